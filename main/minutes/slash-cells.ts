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

/** A member's title or a style before a name in a person's cell: "Cllr Colly Kelly", "Ald Drew Thompson", "Mr Gerard Deeney". */
const TITLE_RE = /^(?:(?:Cllr|Councillor|Ald|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+)/;
const PERSON_CELL_RE = new RegExp(String.raw`^(?:(?:Cllr|Councillor|Ald|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:Mc|Mac|O['’]|(?:Ó|Ní|Nic|Mac|Uí)\s+[hnt]?)?\p{Lu}[\p{L}'’-]+){1,2})$`, 'u');

/**
 * "Kevin O’Connor / DCSDC / Cllr Colly Kelly / Sinn Féin": a table of people and the bodies they come from, two columns of
 * each, a person's cell then their body's on each row ("Gearóid Ó hEára / An Gaeláras Ltd": an Irish surname's prefix).
 * Null unless every second cell is a person and no other is.
 */
function personBodyCells(cells: readonly string[]): CellPerson[] | null {
  if (cells.length < 2 || cells.length % 2 !== 0) return null;
  const out: CellPerson[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const person = PERSON_CELL_RE.exec(cells[k]?.trim() ?? '');
    const body = cells[k + 1]?.trim() ?? '';
    if (!person?.[1] || NOT_NAME_RE.test(person[1]) || !body || PERSON_CELL_RE.test(body) && TITLE_RE.test(body)) return null;
    // The body a member comes from (a council, a party, an agency) is no post: the labels give them no role.
    out.push({ name: (cells[k] ?? '').trim().replace(TITLE_RE, ''), post: null });
  }
  return out;
}

function cellsOf(line: string, pairs = false): CellPerson[] | null {
  const cells = line.replace(GLUED_CELL_RE, ' / ').split(/\s+\/\s+/);
  if (pairs) return personBodyCells(cells);
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
  return slashCellRun(blocks, from, false) ?? slashCellRun(blocks, from, true);
}

function slashCellRun(blocks: readonly Block[], from: number, pairs: boolean): { people: CellPerson[]; end: number } | null {
  const people: CellPerson[] = [];
  let k = from;
  let slashed = 0;
  for (; k < blocks.length && k < from + 40; k++) {
    const b = blocks[k];
    const line = b && !b.bullet && b.text.length <= 200 ? b.text.trim() : '';
    const cells = line ? cellsOf(line, pairs) : null;
    if (!cells) break;
    if (cells.length > 1 || pairs) slashed++;
    people.push(...cells);
  }
  // (Without a slash, lines of "Name, Post" are another reader's.)
  return people.length >= 3 && slashed >= 1 ? { people, end: k } : null;
}
