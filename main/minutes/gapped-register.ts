/**
 * "In Attendance" over "Bob Kirby-Harris        Chairman, Cornwall AONB Partnership" / "John Holmes            Natural
 * England": a register printed as a table of two columns, each person's name in the first cell and their post or the
 * body they come from in the second, copied with the gap between the cells. Each row is written as the page means it,
 * "Bob Kirby-Harris, Chairman, Cornwall AONB Partnership", so the person and what follows are read apart.
 */

/** A label alone on its line that a register's rows follow. */
const REGISTER_LABEL_RE = /^\s*(?:\d{1,3}[.)]?\s+)?(?:Present|Members\s+present|In\s+attendance|Also\s+(?:present|in\s+attendance)|Attendees|Attendance|(?:Supporting\s+)?Officers(?:\s+(?:present|in\s+attendance))?|Apologies(?:\s+for\s+absence)?)\s*:?\s*$/i;
/** A row: a person's name (a title or initials allowed), a gap of three spaces or a tab, and the second cell. */
const GAPPED_ROW_RE = /^\s*((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?:\p{Lu}\.?\s*){0,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){0,2})(?: {3,}|\t+)\s*(\p{Lu}[^\t]{1,100}?)\s*$/u;

export function gappedRegisterRows(lines: string[]): string[] {
  if (!lines.some((l) => l.includes('   ') || l.includes('\t'))) return lines;
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!REGISTER_LABEL_RE.test(lines[i] ?? '')) continue;
    let k = i + 1;
    const rows: number[] = [];
    for (; k < lines.length; k++) {
      const m = GAPPED_ROW_RE.exec(lines[k] ?? '');
      if (!m || / {3,}|\t/.test(m[2] ?? '')) break;
      rows.push(k);
    }
    // Two rows at least: one line with a gap in it can be anything.
    if (rows.length < 2) continue;
    for (const r of rows) out[r] = (lines[r] ?? '').replace(GAPPED_ROW_RE, '$1, $2');
    i = k - 1;
  }
  return out;
}
