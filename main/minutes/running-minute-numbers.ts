/**
 * Minutes numbered in a running sequence under the agenda's own headings: a parish clerk types the agenda's heading
 * ("1. Apologies for absence: To receive and accept apologies …", "Chairman's opening remarks"), then the minute under
 * it with the council's running number ("202. None received, Clerk to email …"). Each minute is an item, numbered as
 * the minutes number it, titled by the heading above it; the text is rewritten so the rest of the parser reads it so:
 * "202. Apologies for absence: To receive …" over "None received, Clerk to email …". The same for a heading that
 * carries the minute's number after it on one line: "1. Chairperson's welcome: 047/25: The Chairman welcomed …" becomes
 * "047/25 Chairperson's welcome" over "The Chairman welcomed …". (Each heading written so stands between blank lines, so it
 * is never read as part of the paragraph above it or below it.)
 *
 * Only a run of at least three minutes whose numbers follow one another is read this way, so a page numbered any
 * other way is left exactly as it was.
 */

/** "202. None received, Clerk to email …": the minute's running number (two to four figures), then its text. */
const MINUTE_LINE_RE = /^(\d{2,4})\.\s+(\S.*)$/;
/** "1. Apologies …", "4.1 County & District Council Reports", or an unnumbered heading: what stands above a minute. */
const AGENDA_NUMBER_RE = /^(?:\d{1,2}(?:\.\d{1,2})?\.?)\s+(?=\S)/;
/** "1. Chairperson's welcome: 047/25: The Chairman welcomed …": agenda number, heading, minute number, text. */
const HEADING_MINUTE_LINE_RE = /^\d{1,2}\.\s+(\p{Lu}[^:]{1,150}?):\s*(\d{2,4}\/\d{2}):\s*(.*)$/u;

const MIN_RUN = 3;

function headingLike(line: string): boolean {
  if (line.length < 3 || line.length > 320 || !/^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?\p{Lu}/u.test(line)) return false;
  // An agenda-numbered heading may be as long as the agenda's wording; an unnumbered one is short, a title, not a sentence.
  if (AGENDA_NUMBER_RE.test(line)) return true;
  const words = line.split(/\s+/).length;
  if (words > 12 || /\b(?:was|were|had|has|is|are|will|would)\b/.test(line)) return false;
  // ("Comments, questions and queries from press and public." is a heading; "The committee noted the report." is not.)
  return !/\.$/.test(line) || (words <= 8 && !/\b\p{Ll}{2,}ed\b/u.test(line));
}

/** What follows a minute's number is the minute, not another heading: prose, or "None". */
function minuteLike(text: string): boolean {
  if (/^(?:none|nil|n\/a)\b/i.test(text) || /[.!?]$/.test(text)) return true;
  // ("228. Cllr. Lockley – Prior Engagement & Cllr. J. Jones – Business Meeting": members named with their titles.)
  if (/\b(?:Cllrs?|Councillors?)\.?\s+\p{Lu}/u.test(text)) return true;
  const words = text.split(/\s+/);
  // "Title 10", "Planning Applications": a heading's words, each capitalised (or a joining word), is not a minute.
  return words.length > 10 || words.some((w) => /^\p{Ll}{3,}/u.test(w) && !/^(?:and|the|for|from|with|into|upon|of|to|in|on|at|by)$/.test(w));
}

/** Each run of consecutive numbers in `found` (by its number), at least MIN_RUN long. */
function runs<T extends { n: number }>(found: readonly T[]): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  for (const f of found) {
    if (run.length > 0 && f.n !== (run[run.length - 1] as T).n + 1) {
      if (run.length >= MIN_RUN) out.push(run);
      run = [];
    }
    run.push(f);
  }
  if (run.length >= MIN_RUN) out.push(run);
  return out;
}

export function runningMinuteNumbers(text: string): string {
  if (text.length > 2_000_000) return text;
  const lines = text.split('\n');
  const headed = headedMinutes(lines);
  const inline = headingMinuteLines(lines);
  return headed || inline ? lines.join('\n') : text;
}

/** "Heading" over "202. Minute …": rewritten in place when they run on; true when any was. */
function headedMinutes(all: string[]): boolean {
  const found: Array<{ n: number; printed: string; minute: number; heading: number; text: string }> = [];
  for (let i = 0; i < all.length; i++) {
    const m = MINUTE_LINE_RE.exec((all[i] ?? '').trim());
    if (!m?.[1] || !m[2] || !minuteLike(m[2].trim())) continue;
    let h = i - 1;
    while (h >= 0 && !(all[h] ?? '').trim()) h--;
    const above = (all[h] ?? '').trim();
    // ("230. Standing Orders were suspended …" straight under the minute before: a minute with no heading of its own,
    // kept in the run so the numbers still follow one another; it stays as it was printed.)
    const headed = h >= 0 && headingLike(above) && !MINUTE_LINE_RE.test(above);
    found.push({ n: Number(m[1]), printed: m[1], minute: i, heading: headed ? h : -1, text: m[2] });
  }
  // A run counts when three or more of its minutes, and at least half, stand under a heading.
  const chosen = runs(found).filter((run) => {
    const headed = run.filter((f) => f.heading >= 0).length;
    return headed >= MIN_RUN && headed * 2 >= run.length;
  });
  for (const f of chosen.flat().filter((x) => x.heading >= 0)) {
    all[f.heading] = `\n${f.printed}. ${(all[f.heading] ?? '').trim().replace(AGENDA_NUMBER_RE, '')}\n`;
    all[f.minute] = f.text;
  }
  return chosen.length > 0;
}

/** "1. Title: 047/25: Text" lines: rewritten as "047/25 Title" over "Text" when they run on; true when any was. */
function headingMinuteLines(all: string[]): boolean {
  const found: Array<{ n: number; at: number; code: string; title: string; rest: string }> = [];
  for (let i = 0; i < all.length; i++) {
    const m = HEADING_MINUTE_LINE_RE.exec((all[i] ?? '').trim());
    if (!m?.[1] || !m[2]) continue;
    found.push({ n: Number(m[2].split('/')[0]), at: i, code: m[2], title: m[1].trim(), rest: (m[3] ?? '').trim() });
  }
  const chosen = runs(found);
  for (const f of chosen.flat()) all[f.at] = f.rest ? `\n${f.code} ${f.title}\n\n${f.rest}` : `\n${f.code} ${f.title}`;
  return chosen.length > 0;
}
