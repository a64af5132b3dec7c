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
}

export function syncEntriesForMeeting(db: Database.Database, meetingId: number): void {
  const meeting = db.prepare('SELECT committee_id AS committeeId, date FROM meetings WHERE id = ?').get(meetingId) as
    | { committeeId: number; date: string | null }
    | undefined;
  if (!meeting) return;
  const decisions = db
    .prepare("SELECT id, item_id, text, kind, owner, due, withdrawn_at FROM decisions WHERE meeting_id = ? AND kind IN ('action', 'recommendation')")
    .all(meetingId) as DecisionRow[];
  const stamp = now();
  const upsert = db.prepare(
    `INSERT INTO action_entries (decision_id, committee_id, meeting_id, item_id, source, kind, what, minute_text, owner, due_text,
       recommended_to, response_due, minute_withdrawn, created_at, updated_at)
     VALUES (@decisionId, @committeeId, @meetingId, @itemId, 'minutes', @kind, @what, @what, @owner, @dueText,
       @recommendedTo, @responseDue, @withdrawn, @stamp, @stamp)
     ON CONFLICT (decision_id) DO UPDATE SET item_id = excluded.item_id, kind = excluded.kind, what = excluded.what,
       minute_text = excluded.minute_text, owner = excluded.owner, due_text = excluded.due_text,
       recommended_to = excluded.recommended_to, response_due = excluded.response_due,
       minute_withdrawn = excluded.minute_withdrawn, updated_at = excluded.updated_at`,
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
      stamp,
    });
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
