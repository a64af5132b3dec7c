/**
 * Does the meeting page's "Scrutineer may not have read every decision" mark (MinutesItem.decisionsState) tell the
 * truth on labelled real pages? For each minutes page with hand-checked decisions: how many of them the parser shows
 * (a decision's passage or text holds the label's words), and whether any item, or the opening before the first item,
 * is marked 'partial' or 'unread'. A page
 * whose decisions were read in part should be marked (else it is shown as if complete); a page read in full should
 * not be (a needless warning).
 *
 *   npx tsx scripts/eval/decisions-state-check.ts [--labels DIR] [--all]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutesDetailed } from '../../main/minutes';
import { loadLabels, isHeldOut, LABELS_DIR } from './minutes-evaluate';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--labels');
const dir = dirAt >= 0 ? (args[dirAt + 1] as string) : LABELS_DIR;
const all = args.includes('--all');
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
/** The label's words as the evaluation compares them: without "It was resolved that" / "That", the first 40 letters. */
const words = (t: string) => squash(t).replace(/^(?:itwas)?(?:unanimously)?(?:resolved|agreed)(?=that|to)/, '').replace(/^that/, '').slice(0, 40);

let pages = 0;
let readInPart = 0;
let marked = 0;
let shownAsComplete = 0;
let readInFull = 0;
let needlessWarning = 0;
for (const l of loadLabels(dir)) {
  if (l.origin !== 'real' || (l.document && l.document !== 'minutes')) continue;
  if (!all && dir === LABELS_DIR && isHeldOut(l)) continue;
  let read;
  try {
    read = parseMinutesDetailed(path.basename(l.source), fs.readFileSync(l.source, 'utf8')).minutes;
  } catch {
    continue;
  }
  if (read.document !== 'minutes') continue;
  const shown = read.decisions.map((d) => squash(`${d.passage ?? ''} ${d.text}`));
  const expected = (l.expected.decisions ?? []).map((d) => words(d.text)).filter((w) => w.length > 0);
  const missing = expected.filter((e) => !shown.some((s) => s.includes(e) || (s.length > 20 && e.includes(s.slice(0, 40)))));
  const notAllRead = (s: string | undefined) => s === 'partial' || s === 'unread';
  // (The opening before the first item counts as a part of its own: the page lists it with the items.)
  const flagged = [...read.items.filter((i) => notAllRead(i.decisionsState)).map((i) => i.number ?? '-'), ...(notAllRead(read.introDecisionsState) ? ['opening'] : [])];
  pages++;
  const complete = missing.length === 0;
  if (complete) {
    readInFull++;
    if (flagged.length > 0) needlessWarning++;
  } else {
    readInPart++;
    if (flagged.length > 0) marked++;
    else shownAsComplete++;
  }
  const bad = (!complete && flagged.length === 0) || (complete && flagged.length > 0);
  console.log(`${bad ? '!' : ' '} ${String(expected.length - missing.length).padStart(3)}/${String(expected.length).padEnd(3)} ${flagged.length ? `marked ${flagged.join(',')}` : 'unmarked'} ${l.file}`);
}
console.log(JSON.stringify({ pages, readInPart, marked, shownAsComplete, readInFull, needlessWarning }));
