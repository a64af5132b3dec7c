import type Database from 'better-sqlite3-multiple-ciphers';
import { CHECKED_FIELDS, type ActionEntry, type ActionStatus, type ShownStatus } from '../../shared/types/actions';
import { NotFoundError } from '../errors';

export interface EntryFilter {
  committeeId?: number;
  meetingId?: number;
  owner?: string;
  kind?: 'action' | 'recommendation';
  status?: ShownStatus;
  overdue?: boolean;
  /** true: only entries the member has checked (or added); false: only those read from the minutes and not yet checked. */
  checked?: boolean;
  /** YYYY-MM-DD; "overdue" and "due this week" are measured from it. */
  today: string;
}

interface Row {
  id: number;
  kind: 'action' | 'recommendation';
  source: 'minutes' | 'manual';
  what: string;
  minute_text: string | null;
  owner: string | null;
  due_text: string | null;
  due_date: string | null;
  status: ActionStatus;
  committee_id: number;
  committee_name: string;
  meeting_id: number | null;
  meeting_date: string | null;
  item_id: number | null;
  item_number: string | null;
  item_title: string | null;
  recommended_to: string | null;
  response_due: string | null;
  response: ActionEntry['response'];
  response_text: string | null;
  implementation: ActionEntry['implementation'];
  review_date: string | null;
  target_meeting_id: number | null;
  target_date: string | null;
  minute_withdrawn: number;
  member_fields: string;
  not_action: number;
  created_at: string;
}

export const isOpen = (status: ActionStatus) => status === 'open' || status === 'in-progress';

export function shownStatus(status: ActionStatus, dueDate: string | null, today: string): ShownStatus {
  return isOpen(status) && dueDate !== null && dueDate < today ? 'overdue' : status;
}

const SELECT = `SELECT e.*, c.name AS committee_name, m.date AS meeting_date, i.number AS item_number, i.title AS item_title,
                       t.date AS target_date
                FROM action_entries e JOIN committees c ON c.id = e.committee_id
                LEFT JOIN meetings m ON m.id = e.meeting_id LEFT JOIN items i ON i.id = e.item_id
                LEFT JOIN meetings t ON t.id = e.target_meeting_id`;

/** Read from the minutes and not yet checked: some of what the member checks is still as Scrutineer read it. */
const isChecked = (source: ActionEntry['source'], memberFields: readonly string[]) =>
  source === 'manual' || CHECKED_FIELDS.every((f) => memberFields.includes(f));

function toEntry(db: Database.Database, r: Row, today: string): ActionEntry {
  const memberFields = JSON.parse(r.member_fields) as string[];
  const updates = db
    .prepare('SELECT at, status_from AS statusFrom, status_to AS statusTo, note FROM action_updates WHERE entry_id = ? ORDER BY at, id')
    .all(r.id) as ActionEntry['updates'];
  const evidence = db
    .prepare('SELECT kind, text, added_at AS addedAt FROM action_evidence WHERE entry_id = ? ORDER BY added_at, id')
    .all(r.id) as ActionEntry['evidence'];
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    what: r.what,
    minuteText: r.minute_text,
    owner: r.owner,
    dueText: r.due_text,
    dueDate: r.due_date,
    status: r.status,
    shownStatus: shownStatus(r.status, r.due_date, today),
    committee: { id: r.committee_id, name: r.committee_name },
    meeting: r.meeting_id ? { id: r.meeting_id, date: r.meeting_date } : null,
    item: r.item_id ? { id: r.item_id, number: r.item_number, title: r.item_title ?? '' } : null,
    recommendedTo: r.recommended_to,
    responseDue: r.response_due,
    response: r.response,
    responseText: r.response_text,
    implementation: r.implementation,
    reviewDate: r.review_date,
    targetMeeting: r.target_meeting_id ? { id: r.target_meeting_id, date: r.target_date } : null,
    minuteWithdrawn: r.minute_withdrawn === 1,
    memberFields,
    notAction: r.not_action === 1,
    checked: isChecked(r.source, memberFields),
    updates,
    evidence,
    createdAt: r.created_at,
  };
}

export function listEntries(db: Database.Database, f: EntryFilter): ActionEntry[] {
  // "Not an action" (the member's correction) takes an entry out of the tracker; it is kept with its log.
  const where: string[] = ['e.not_action = 0'];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (f.committeeId) add('e.committee_id = ?', f.committeeId);
  if (f.meetingId) add('e.meeting_id = ?', f.meetingId);
  if (f.owner) add('e.owner = ?', f.owner);
  if (f.kind) add('e.kind = ?', f.kind);
  const rows = db
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY e.due_date IS NULL, e.due_date, m.date, e.id`)
    .all(...params) as Row[];
  return rows
    .map((r) => toEntry(db, r, f.today))
    .filter((e) => (f.status ? e.shownStatus === f.status : true))
    .filter((e) => (f.overdue ? e.shownStatus === 'overdue' : true))
    .filter((e) => (f.checked === undefined ? true : e.checked === f.checked));
}

export function getEntry(db: Database.Database, id: number, today: string): ActionEntry {
  const row = db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('That action is not in the tracker.');
  return toEntry(db, row, today);
}
