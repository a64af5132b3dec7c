/**
 * Registers printed as tables and copied with the cells' borders lost, written as the page means them.
 *
 * "In Attendance" over "Bob Kirby-Harris        Chairman, Cornwall AONB Partnership" / "John Holmes            Natural
 * England": a register printed as a table of two columns, each person's name in the first cell and their post or the
 * body they come from in the second, copied with the gap between the cells. Each row is written as the page means it,
 * "Bob Kirby-Harris, Chairman, Cornwall AONB Partnership", so the person and what follows are read apart.
 */

/** A label alone on its line that a register's rows follow. */
const REGISTER_LABEL_RE = /^\s*(?:\d{1,3}[.)]?\s+)?(?:Present|Members\s+present|(?:Board|Committee|Panel)\s+Members|In\s+attendance|Also\s+(?:present|in\s+attendance)|Attendees|Attendance|(?:Supporting\s+)?Officers(?:\s+(?:present|in\s+attendance))?|Apologies(?:\s+for\s+absence)?)\s*:?\s*$/i;
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

/**
 * "1. Present / Margo Carr / Public Health Practitioner" over "Bob Hoskins / CUIN" / "Mary Ray / CHIPS" / … / "Apologies /
 * Ed Archer / RSVP Scotland": a register of two columns (the person, then the body or post), its label in a first column
 * of its own on the first row of each list, copied with " / " between the cells. Each list is written as its label on a
 * line, then "Name, Body" a row; a row whose post ran into the next row's name ("PractitionerRobert Wilson") is two.
 */
const SLASH_LABEL_ROW_RE = /^\s*((?:\d{1,3}[.)]?\s+)?(?:Present|Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present|Absent))\s+\/\s+(\S.*)$/i;
const CELL_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s+)(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const CELL_NAME_RE = new RegExp(`^${CELL_NAME}$`, 'u');
const SLASH_ROW_RE = new RegExp(String.raw`^\s*(${CELL_NAME})\s+\/\s+([^/]{2,100}?)\s*$`, 'u');
/** "Public Health PractitionerRobert Wilson": a cell's last word run into the next row's name. */
const GLUED_ROW_RE = new RegExp(String.raw`^(.*?\p{Ll})(${CELL_NAME})$`, 'u');

function slashRows(cells: string): string[] | null {
  const parts = cells.split(/\s+\/\s+/);
  const rows: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const name = parts[k] ?? '';
    const body = parts[k + 1];
    if (!CELL_NAME_RE.test(name.trim()) || body === undefined) return null;
    const glued = k + 2 < parts.length ? GLUED_ROW_RE.exec(body) : null;
    // (The glued cell is two: this row's body, then the next row's name, which the next turn reads.)
    if (glued?.[1] && glued[2]) parts.splice(k + 1, 1, glued[1], glued[2]);
    rows.push(`${name.trim()}, ${(glued?.[1] ?? body).trim()}`);
  }
  return rows;
}

export function slashedRegisterRows(lines: string[]): string[] {
  if (!lines.some((l) => l.includes(' / ') && SLASH_LABEL_ROW_RE.test(l))) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = SLASH_LABEL_ROW_RE.exec(lines[i] ?? '');
    const first = m?.[2] ? slashRows(m[2]) : null;
    if (!m?.[1] || !first) {
      out.push(lines[i] ?? '');
      continue;
    }
    const rows = [...first];
    let k = i + 1;
    for (; k < lines.length; k++) {
      const row = SLASH_ROW_RE.exec(lines[k] ?? '');
      if (!row?.[1] || !row[2]) break;
      rows.push(`${row[1]}, ${row[2]}`);
    }
    // (A blank line after each: the rows are short, and a short line under another would be read as its wrapped end.)
    out.push(m[1], '', ...rows.flatMap((r) => [r, '']));
    i = k - 1;
  }
  return out;
}
