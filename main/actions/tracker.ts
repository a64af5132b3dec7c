/**
 * Keeps the tracker in step with the minutes: one entry per action or recommendation decision,
 * created on first import and refreshed on re-import without touching the member's status, log or
 * evidence. Runs inside the import's transaction.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { dueRule, isWorkProgrammeItem, recommendedTo, responseDue } from './due';

const now = () => new Date().toISOString();

interface DecisionRow {
  id: number;
  item_id: number | null;
  text: string;
  kind: 'action' | 'recommendation';
  owner: string | null;
  due: string | null;
  withdrawn_at: string | null;
  status: 'done' | 'in-progress' | null;
}

export function syncEntriesForMeeting(db: Database.Database, meetingId: number): void {
  const meeting = db.prepare('SELECT committee_id AS committeeId, date FROM meetings WHERE id = ?').get(meetingId) as
    | { committeeId: number; date: string | null }
    | undefined;
  if (!meeting) return;
  const decisions = db
    .prepare("SELECT id, item_id, text, kind, owner, due, withdrawn_at, status FROM decisions WHERE meeting_id = ? AND kind IN ('action', 'recommendation')")
    .all(meetingId) as DecisionRow[];
  const stamp = now();
  // Fields the member set (what, owner, due, kind) are theirs: the minutes never refresh them.
  const keep = (field: string, column: string) => `CASE WHEN instr(action_entries.member_fields, '"${field}"') > 0 THEN action_entries.${column} ELSE excluded.${column} END`;
  const upsert = db.prepare(
    `INSERT INTO action_entries (decision_id, committee_id, meeting_id, item_id, source, kind, what, minute_text, owner, due_text,
       recommended_to, response_due, minute_withdrawn, status, created_at, updated_at)
     VALUES (@decisionId, @committeeId, @meetingId, @itemId, 'minutes', @kind, @what, @what, @owner, @dueText,
       @recommendedTo, @responseDue, @withdrawn, @status, @stamp, @stamp)
     ON CONFLICT (decision_id) DO UPDATE SET item_id = excluded.item_id, kind = ${keep('kind', 'kind')}, what = ${keep('what', 'what')},
       minute_text = excluded.minute_text, owner = ${keep('owner', 'owner')}, due_text = ${keep('due', 'due_text')},
       recommended_to = excluded.recommended_to, response_due = excluded.response_due,
       minute_withdrawn = excluded.minute_withdrawn, updated_at = excluded.updated_at`,
  );
  // An action log's "COMPLETED" / "Ongoing" sets the status, logged, unless the member has set one.
  const fromMinutes = db.prepare(
    `UPDATE action_entries SET status = @status, updated_at = @stamp WHERE decision_id = @decisionId AND status <> @status
     AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.entry_id = action_entries.id AND u.status_to IS NOT NULL AND u.note NOT LIKE 'Marked % in the minutes%')
     RETURNING id, @status AS statusTo`,
  );
  const logFromMinutes = db.prepare(
    `INSERT INTO action_updates (entry_id, at, status_from, status_to, note)
     SELECT id, @stamp, @from, @status, @note FROM action_entries WHERE id = @id`,
  );
  for (const d of decisions) {
    const to = d.kind === 'recommendation' ? recommendedTo(d.text) : null;
    upsert.run({
      decisionId: d.id,
      committeeId: meeting.committeeId,
      meetingId,
      itemId: d.item_id,
      kind: d.kind,
      what: d.text,
      owner: d.owner,
      dueText: d.due,
      recommendedTo: to,
      responseDue: responseDue(meeting.date, to),
      withdrawn: d.withdrawn_at ? 1 : 0,
      status: d.status ?? 'open',
      stamp,
    });
    if (d.status) {
      const before = db.prepare('SELECT id, status FROM action_entries WHERE decision_id = ?').get(d.id) as { id: number; status: string };
      const changed = fromMinutes.get({ status: d.status, stamp, decisionId: d.id }) as { id: number } | undefined;
      if (changed) {
        const words = d.status === 'done' ? 'Marked COMPLETED in the minutes' : 'Marked in progress in the minutes';
        logFromMinutes.run({ stamp, from: before.status, status: d.status, note: words, id: changed.id });
      }
    }
  }
  resolveDueDates(db, meeting.committeeId);
}

/** (Re-)resolves every entry's due date and work-programme target for one committee. */
export function resolveDueDates(db: Database.Database, committeeId: number): void {
  const entries = db
    .prepare(
      `SELECT e.id, e.due_text AS dueText, e.what, m.date AS meetingDate FROM action_entries e
       LEFT JOIN meetings m ON m.id = e.meeting_id WHERE e.committee_id = ?`,
    )
    .all(committeeId) as Array<{ id: number; dueText: string | null; what: string; meetingDate: string | null }>;
  const nextMeeting = db.prepare(
    'SELECT id, date FROM meetings WHERE committee_id = ? AND date > ? ORDER BY date LIMIT 1',
  );
  const update = db.prepare('UPDATE action_entries SET due_date = ?, target_meeting_id = ? WHERE id = ?');
  for (const e of entries) {
    const rule = dueRule(e.dueText);
    const wantsMeeting = rule.kind === 'next-meeting' || isWorkProgrammeItem(`${e.what} ${e.dueText ?? ''}`);
    const next = wantsMeeting && e.meetingDate ? (nextMeeting.get(committeeId, e.meetingDate) as { id: number; date: string } | undefined) : undefined;
    const due = rule.kind === 'date' ? rule.date : rule.kind === 'next-meeting' ? (next?.date ?? null) : null;
    update.run(due, next?.id ?? null, e.id);
  }
}
