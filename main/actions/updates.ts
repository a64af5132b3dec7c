/** The member's own changes to the tracker: statuses with a dated log, notes, evidence, hand-added entries, responses. */
import type Database from 'better-sqlite3-multiple-ciphers';
import { CHECKED_FIELDS, type ActionStatus, type Implementation, type RecommendationResponse } from '../../shared/types/actions';
import { NotFoundError } from '../errors';
import { resolveDueDates } from './tracker';

const now = () => new Date().toISOString();

function currentStatus(db: Database.Database, id: number): ActionStatus {
  const status = db.prepare('SELECT status FROM action_entries WHERE id = ?').pluck().get(id) as ActionStatus | undefined;
  if (!status) throw new NotFoundError('That action is not in the tracker.');
  return status;
}

/** Sets the status of one or more entries (bulk from the dashboard) and logs it, with an optional note. */
export function updateStatus(db: Database.Database, ids: number[], status: ActionStatus | null, note: string): void {
  db.transaction(() => {
    const stamp = now();
    for (const id of ids) {
      const from = currentStatus(db, id);
      if (status && status !== from) db.prepare('UPDATE action_entries SET status = ?, updated_at = ? WHERE id = ?').run(status, stamp, id);
      if (status !== from || note.trim()) {
        db.prepare('INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, ?, ?, ?, ?)').run(
          id,
          stamp,
          status && status !== from ? from : null,
          status && status !== from ? status : null,
          note.trim(),
        );
      }
    }
  })();
}

export function addEvidence(db: Database.Database, id: number, kind: 'minute' | 'paper' | 'note', text: string, ref: { itemId?: number; documentId?: number } = {}): void {
  currentStatus(db, id);
  db.prepare('INSERT INTO action_evidence (entry_id, kind, item_id, document_id, text, added_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    kind,
    ref.itemId ?? null,
    ref.documentId ?? null,
    text,
    now(),
  );
}

export function addManualEntry(
  db: Database.Database,
  e: {
    committeeId: number;
    meetingId?: number;
    itemId?: number;
    kind: 'action' | 'recommendation';
    what: string;
    owner?: string;
    due?: string;
    recommendedTo?: string;
    minuteText?: string;
  },
): number {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM committees WHERE id = ?').get(e.committeeId)) throw new NotFoundError('That committee is not in the library.');
    if (e.meetingId && !db.prepare('SELECT 1 FROM meetings WHERE id = ? AND committee_id = ?').get(e.meetingId, e.committeeId)) {
      throw new NotFoundError('That meeting is not one of the committee’s.');
    }
    // An item only with its meeting, and one of that meeting's.
    if (e.itemId !== undefined && !(e.meetingId && db.prepare('SELECT 1 FROM items WHERE id = ? AND meeting_id = ?').get(e.itemId, e.meetingId))) {
      throw new NotFoundError('That item is not one of the meeting’s.');
    }
    const stamp = now();
    const id = Number(
      db
        .prepare(
          `INSERT INTO action_entries (committee_id, meeting_id, item_id, source, kind, what, minute_text, owner, due_text, recommended_to, created_at, updated_at)
           VALUES (?, ?, ?, 'manual', ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(e.committeeId, e.meetingId ?? null, e.itemId ?? null, e.kind, e.what, e.minuteText ?? null, e.owner ?? null, e.due ?? null, e.recommendedTo ?? null, stamp, stamp)
        .lastInsertRowid,
    );
    resolveDueDates(db, e.committeeId);
    return id;
  })();
}

export function setResponse(
  db: Database.Database,
  id: number,
  r: { response?: RecommendationResponse | null; responseText?: string | null; implementation?: Implementation | null; reviewDate?: string | null },
): void {
  currentStatus(db, id);
  const kind = db.prepare('SELECT kind FROM action_entries WHERE id = ?').pluck().get(id);
  if (kind !== 'recommendation') throw new NotFoundError('Only recommendations have a response.');
  // A field left out keeps its value; a field sent as null is cleared.
  const columns: Array<[keyof typeof r, string]> = [
    ['response', 'response'],
    ['responseText', 'response_text'],
    ['implementation', 'implementation'],
    ['reviewDate', 'review_date'],
  ];
  const given = columns.filter(([key]) => r[key] !== undefined);
  if (given.length === 0) return;
  db.prepare(`UPDATE action_entries SET ${given.map(([, column]) => `${column} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...given.map(([key]) => r[key] ?? null),
    now(),
    id,
  );
}

export interface EntryCorrection {
  what?: string;
  owner?: string | null;
  /** YYYY-MM-DD or words ("next meeting"); null clears it. */
  due?: string | null;
  /** 'noted': not an action (kept, out of the tracker). */
  kind?: 'action' | 'recommendation' | 'noted';
}

/**
 * The member corrects what was read from the minutes: the text, the owner, the due date, the kind, or
 * "not an action". Each field set is the member's and survives re-import and re-parse; the change is logged.
 */
export function correctEntry(db: Database.Database, id: number, c: EntryCorrection): void {
  db.transaction(() => {
    currentStatus(db, id);
    const row = db.prepare('SELECT committee_id AS committeeId, member_fields AS memberFields FROM action_entries WHERE id = ?').get(id) as { committeeId: number; memberFields: string };
    const fields = new Set(JSON.parse(row.memberFields) as string[]);
    // A field set now is the member's own wording, no longer one they confirmed as the minutes gave it (checkEntry).
    const setByMember = (field: string) => fields.add(field).delete(`confirmed:${field}`);
    const notes: string[] = [];
    const stamp = now();
    if (c.what !== undefined) {
      db.prepare('UPDATE action_entries SET what = ? WHERE id = ?').run(c.what.trim(), id);
      setByMember('what');
      notes.push(`Text set to “${c.what.trim()}”`);
    }
    if (c.owner !== undefined) {
      db.prepare('UPDATE action_entries SET owner = ? WHERE id = ?').run(c.owner?.trim() || null, id);
      setByMember('owner');
      notes.push(c.owner?.trim() ? `Owner set to ${c.owner.trim()}` : 'Owner cleared');
    }
    if (c.due !== undefined) {
      db.prepare('UPDATE action_entries SET due_text = ? WHERE id = ?').run(c.due?.trim() || null, id);
      setByMember('due');
      notes.push(c.due?.trim() ? `Due set to ${c.due.trim()}` : 'Due date cleared');
    }
    if (c.kind !== undefined) {
      if (c.kind === 'noted') {
        db.prepare('UPDATE action_entries SET not_action = 1 WHERE id = ?').run(id);
        notes.push('Marked “not an action”');
      } else {
        db.prepare('UPDATE action_entries SET kind = ?, not_action = 0 WHERE id = ?').run(c.kind, id);
        notes.push(`Kind set to ${c.kind}`);
      }
      setByMember('kind');
    }
    db.prepare('UPDATE action_entries SET member_fields = ?, updated_at = ? WHERE id = ?').run(JSON.stringify([...fields].sort()), stamp, id);
    if (notes.length) db.prepare('INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, ?, NULL, NULL, ?)').run(id, stamp, `${notes.join('; ')}.`);
    resolveDueDates(db, row.committeeId);
  })();
}

/**
 * The member compared an entry read from the minutes with its minute and found it right: its text, owner, due date
 * and kind become theirs as they stand (so no re-import or re-parse changes them) and the entry is checked. Logged.
 * False when there was nothing to check (added by hand, or already checked).
 */
export function checkEntry(db: Database.Database, id: number): boolean {
  return db.transaction(() => {
    currentStatus(db, id);
    const row = db.prepare('SELECT source, member_fields AS memberFields FROM action_entries WHERE id = ?').get(id) as { source: string; memberFields: string };
    const fields = new Set(JSON.parse(row.memberFields) as string[]);
    if (row.source !== 'minutes' || CHECKED_FIELDS.every((f) => fields.has(f))) return false;
    // "confirmed:owner": kept as the minutes gave it, not set to something else (the page says "set by you" only then).
    for (const f of CHECKED_FIELDS.filter((x) => !fields.has(x))) fields.add(f).add(`confirmed:${f}`);
    const stamp = now();
    db.prepare('UPDATE action_entries SET member_fields = ?, updated_at = ? WHERE id = ?').run(JSON.stringify([...fields].sort()), stamp, id);
    db.prepare('INSERT INTO action_updates (entry_id, at, status_from, status_to, note) VALUES (?, ?, NULL, NULL, ?)').run(
      id,
      stamp,
      'Checked against the minutes: the text, owner, due date and kind are kept as they stand.',
    );
    return true;
  })();
}
