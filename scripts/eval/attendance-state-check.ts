/**
 * Does the meeting page's "this list may be incomplete" flag (ParsedMinutes.attendanceState) tell the truth on labelled
 * real pages? For each page with hand-checked attendance: how many people the label lists, how many of them were read,
 * and the state. A page read in part must never be 'read' (shown as the whole list); 'absent' there means the page says
 * Scrutineer found no list (true of what it found, and counted apart); a page read in full should be 'read'. Beside the
 * state, how many people the minutes name whom no list read (the page names them), and whether the page says it found
 * no list of members present (lists read in full that hold only apologies): `noSign` counts the pages read in part
 * that say none of these.
 *
 *   npx tsx scripts/eval/attendance-state-check.ts [--labels DIR] [--all]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutesDetailed } from '../../main/minutes';
import { fold, loadLabels, isHeldOut, LABELS_DIR } from './minutes-evaluate';
import { noPresentNote } from '../../renderer/features/meeting/attendance-note';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--labels');
const dir = dirAt >= 0 ? (args[dirAt + 1] as string) : LABELS_DIR;
const all = args.includes('--all');
const rows: Array<{ file: string; expected: number; matched: number; state: string; named: number; noPresent: boolean }> = [];
for (const l of loadLabels(dir)) {
  if (l.origin !== 'real' || !l.attendance || (l.document && l.document !== 'minutes')) continue;
  if (!all && dir === LABELS_DIR && isHeldOut(l)) continue;
  let read;
  try {
    read = parseMinutesDetailed(path.basename(l.source), fs.readFileSync(l.source, 'utf8'));
  } catch {
    continue;
  }
  const got = new Set(read.attendance.map((a) => fold(a.name)));
  const matched = l.attendance.filter((a) => got.has(fold(a.name))).length;
  rows.push({ file: l.file, expected: l.attendance.length, matched, state: read.minutes.attendanceState ?? 'none', named: read.minutes.attendanceNamedElsewhere?.length ?? 0, noPresent: noPresentNote(read.minutes.attendanceState ?? null, read.attendance) !== null });
}
let wrongRead = 0;
/** Read in part, shown as complete, no one named elsewhere and someone present: the page gives no sign at all. */
let noSign = 0;
/** Read in full by the label's count, and still people named elsewhere (members the lists left out, or people who only were mentioned). */
let namedBesideFull = 0;
let needlessWarning = 0;
/** A page that lists people, said to have no list: the page then says Scrutineer found none. */
let noListFound = 0;
for (const r of rows) {
  const complete = r.matched === r.expected;
  const bad = (!complete && (r.state === 'read' || r.state === 'absent')) || (complete && r.expected > 0 && r.state !== 'read');
  if (!complete && r.state === 'read') wrongRead++;
  if (!complete && r.state === 'read' && r.named === 0 && !r.noPresent) noSign++;
  if (complete && r.named > 0) namedBesideFull++;
  if (!complete && r.state === 'absent') noListFound++;
  if (complete && r.expected > 0 && r.state !== 'read') needlessWarning++;
  console.log(`${bad ? '!' : ' '} ${r.state.padEnd(8)} ${String(r.matched).padStart(3)}/${String(r.expected).padEnd(3)} named ${String(r.named).padEnd(3)}${r.noPresent ? ' no-present' : ''} ${r.file}`);
}
const partial = rows.filter((r) => r.matched < r.expected);
console.log(
  JSON.stringify({ pages: rows.length, readInPart: partial.length, shownAsComplete: wrongRead, noSign, noListFound, readInFull: rows.length - partial.length, needlessWarning, namedBesideFull }),
);
