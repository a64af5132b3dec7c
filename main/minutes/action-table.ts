/**
 * An action log printed as a table and copied with its cells separated by "|":
 * "Action | Owner | Due date | Status" (also "Responsible", "Lead", "By whom", "Deadline", "Timescale",
 * "By when", "Progress"), then one row per action. Each row is an action with its owner, due date
 * (as written; an absolute date becomes ISO) and progress. A reference column ("No.", "Ref", "Minute")
 * gives the row's label.
 */
import type { Block } from './blocks';

export interface ActionRow {
  label: string | null;
  text: string;
  owner: string | null;
  due: string | null;
  status: string | null;
}

type Column = 'ref' | 'action' | 'owner' | 'due' | 'status' | 'other';

const cellsOf = (text: string): string[] => {
  const cells = text.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
};

function columnOf(head: string): Column {
  const h = head.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(?:no|ref|reference|item|minute|minute no|minute ref|action no|action ref|number)$/.test(h)) return 'ref';
  if (/^(?:actions?|action required|action agreed|agreed action|actions agreed|description|what)$/.test(h)) return 'action';
  if (/^(?:owner|action owner|responsible|responsibility|responsible officer|lead|lead officer|officer|by whom|who|assigned to)$/.test(h)) return 'owner';
  if (/^(?:due|due date|deadline|target date|date due|timescale|by when|when|completion date|target)$/.test(h)) return 'due';
  if (/^(?:status|progress|update|rag|rag status|current status|comments?|progress update)$/.test(h)) return 'status';
  return 'other';
}

/** The table's columns when `text` is an action log's header row, else null. */
export function actionTableHeader(text: string): Column[] | null {
  if (!text.includes('|') || text.length > 300) return null;
  const cols = cellsOf(text).map(columnOf);
  if (cols.length < 2 || cols.filter((c) => c === 'action').length !== 1) return null;
  if (!cols.includes('owner') && !cols.includes('due')) return null;
  return cols;
}

const SEPARATOR_RE = /^[|\s:-]*$/;

/** Rows of the action table whose header is blocks[start]; next is the index after the last row. */
export function readActionTable(blocks: readonly Block[], start: number): { rows: ActionRow[]; next: number } | null {
  const cols = actionTableHeader(blocks[start]?.text ?? '');
  if (!cols) return null;
  const rows: ActionRow[] = [];
  let j = start + 1;
  for (; j < blocks.length; j++) {
    const t = blocks[j]?.text ?? '';
    if (SEPARATOR_RE.test(t)) continue;
    if (!t.includes('|')) break;
    const cells = cellsOf(t);
    if (cells.length !== cols.length) break;
    const get = (c: Column) => {
      const k = cols.indexOf(c);
      const v = k >= 0 ? (cells[k] ?? '').trim() : '';
      return v && !/^(?:-+|–|—|n\/?a|tbc|none)$/i.test(v) ? v : null;
    };
    const text = get('action');
    if (!text) continue;
    const ref = get('ref');
    rows.push({ label: ref && ref.length <= 12 ? ref.replace(/[.)]$/, '') : null, text, owner: get('owner'), due: get('due'), status: get('status') });
  }
  return { rows, next: j };
}
