import type { Block } from './blocks';

/**
 * A register printed as a table of two or more columns, each cell a person in full and their post, copied with " / "
 * between the cells of a row, one row to a line:
 *   "Ann Lyle, Chairperson / Tom Bray, Member"
 *   "Jo Cole, Treasurer / Ray Dunn, Associate Member"
 *   "Sue Hale / Kim Lowe, Ward Manager"
 * A post may have lost its space before the next cell's name ("Tom Bray, MemberJo Cole, Treasurer"); it is put back
 * where a post's last word runs into a name. Read only when every cell of every line is such, and three people or more.
 */

export interface CellPerson {
  name: string;
  post: string | null;
}

const NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2}`;
const CELL_RE = new RegExp(String.raw`^(${NAME})(?:,\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|&|the|for)){0,6}))?$`, 'u');
/** "MemberJo Cole": a post's last word, then the next cell's name with no space or slash between. */
const GLUED_CELL_RE = new RegExp(String.raw`(?<=\b(?:Member|Chair(?:man|woman|person)?|Treasurer|Secretary|Clerk|Officer|Manager|Councillor|Trustee))(?=${NAME},)`, 'gu');
/** Words that are a post or a label, never a person's name. */
const NOT_NAME_RE = /\b(?:Member|Members|Chair(?:man|woman|person)?|Treasurer|Secretary|Clerk|Officer|Manager|Councillors?|Present|Apologies|Attendance|Associate|Council|Committee|Item|Minutes)\b/;

function cellsOf(line: string): CellPerson[] | null {
  const cells = line.replace(GLUED_CELL_RE, ' / ').split(/\s+\/\s+/);
  const out: CellPerson[] = [];
  for (const cell of cells) {
    const m = CELL_RE.exec(cell.trim().replace(/[.;]$/, ''));
    if (!m?.[1] || NOT_NAME_RE.test(m[1])) return null;
    out.push({ name: m[1], post: m[2] ?? null });
  }
  return out;
}

/** The people of the table's lines from `from` on, and the index after its last line; null when it is not such a table. */
export function slashCellLines(blocks: readonly Block[], from: number): { people: CellPerson[]; end: number } | null {
  const people: CellPerson[] = [];
  let k = from;
  let slashed = 0;
  for (; k < blocks.length && k < from + 40; k++) {
    const b = blocks[k];
    const line = b && !b.bullet && b.text.length <= 200 ? b.text.trim() : '';
    const cells = line ? cellsOf(line) : null;
    if (!cells) break;
    if (cells.length > 1) slashed++;
    people.push(...cells);
  }
  // (Without a slash, lines of "Name, Post" are another reader's.)
  return people.length >= 3 && slashed >= 1 ? { people, end: k } : null;
}
