/**
 * A register copied from a web page as a Markdown table: "Present Court Members | Court Members |" over "---|---|" over
 * "Ann Lyle (Chair) | Tom Bray |", or "Staff members in attendance | Role |" over "Jo Cole | Head of Finance |" (a row
 * may lose its cell break, the name on one line and the post on the next). The table's head says who its people are;
 * a second column headed "Role" (or "Post", "Organisation" …) holds each person's post, otherwise every cell is a person.
 * Read only where the head is followed by the table's rule and at least two people are read.
 */
import type { Block } from './blocks';
import type { AttendanceStatus, Attendee } from './attendance';

export interface PipeTableReaders {
  /** One cell as a person and their post, or null when it is not one. */
  entry: (cell: string) => { name: string; role: string | null } | null;
  /** A cell that is only a person's name. */
  isName: (cell: string) => boolean;
}

const RULE_RE = /^[\s|:]*-{2,}[-|:\s]*$/;
const ROLE_HEAD_RE = /^(?:Role|Post|Position|(?:Job\s+)?Title|Organi[sz]ation|Representing|Body|Designation|Department)$/i;

/** Who the table's people are, from its first head cell ("Present Court Members", "Staff members in attendance"). */
function statusOfHead(head: string): AttendanceStatus | null {
  if (/\bapolog/i.test(head)) return 'apologies';
  if (/\babsent\b/i.test(head)) return 'absent';
  if (/\b(?:in\s+attendance|attending|staff|officers?|officials|secretariat|guests?|observers?|advis[eo]rs)\b/i.test(head)) return 'in-attendance';
  if (/\b(?:present|members|attendees|attendance)\b/i.test(head)) return 'present';
  return null;
}

const NAME_THEN_POST_RE = /^((?:(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}?)\s+((?:Dean|Head|Director|Chief|Vice|Deputy|Assistant|Interim|Acting|Senior|Principal|Secretary|Clerk|Manager|Officer|Policy)\b.{2,120})$/u;

const TITLED_ROW_RE = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+\p{Lu}[^.!?;:]*$/u;

const cellsOf = (text: string) =>
  text
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);

export function pipeTableRegister(blocks: readonly Block[], from: number, read: PipeTableReaders): { attendees: Attendee[]; end: number } | null {
  const head = blocks[from]?.text ?? '';
  if (!head.includes('|') || head.length > 200 || !RULE_RE.test(blocks[from + 1]?.text ?? '')) return null;
  const heads = cellsOf(head);
  const status = heads[0] ? statusOfHead(heads[0]) : null;
  if (!status) return null;
  const roleColumn = heads.length >= 2 && ROLE_HEAD_RE.test(heads[1] ?? '');
  const attendees: Attendee[] = [];
  const push = (name: string, role: string | null) => attendees.push({ name, status, role });
  let pending: string | null = null;
  let k = from + 2;
  for (; k < blocks.length; k++) {
    const text = blocks[k]?.text ?? '';
    // ("Dr Sara Smith Dean of Health Sciences": a titled person's row whose one pipe the page reader took off.)
    const titledRow = !text.includes('|') && text.length <= 120 && TITLED_ROW_RE.test(text);
    if ((!text.includes('|') && !titledRow) || text.length > 300 || RULE_RE.test(text)) break;
    const cells = cellsOf(text);
    if (cells.length === 0) continue;
    if (roleColumn) {
      // A row whole ("Jo Cole | Head of Finance |"), or its two cells on lines of their own.
      if (cells.length >= 2 && read.isName(cells[0] ?? '')) {
        push(cells[0] ?? '', cells[1] ?? null);
        pending = null;
      } else if (cells.length === 1 && pending === null && read.isName(cells[0] ?? '')) pending = cells[0] ?? null;
      else if (cells.length === 1 && pending !== null) {
        push(pending, cells[0] ?? null);
        pending = null;
      } else {
        // ("Dr Sara Smith Dean of Health Sciences |": the cell break lost inside the row, the post opening with its word.)
        const glued = cells.length === 1 ? NAME_THEN_POST_RE.exec(cells[0] ?? '') : null;
        if (glued?.[1] && glued[2] && read.isName(glued[1])) push(glued[1], glued[2]);
        // (A cell that is neither is passed over: the table's pipes, not its words, say where it ends.)
      }
      continue;
    }
    const entries = cells.map((c) => read.entry(c));
    if (entries.some((e) => !e)) break;
    for (const e of entries) if (e) push(e.name, e.role);
  }
  if (pending !== null) push(pending, null);
  return attendees.length >= 2 ? { attendees, end: k } : null;
}
