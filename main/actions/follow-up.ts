/**
 * When a committee's later minutes arrive, propose which of their items follow up its open entries:
 * a "matters arising" or action-log item, a report on the same subject, a work-programme item. Only
 * proposals: nothing is closed until the member confirms.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ActionStatus, FollowUpProposal } from '../../shared/types/actions';
import { NotFoundError } from '../errors';
import { addEvidence, updateStatus } from './updates';

const STOP = new Set(
  'that the this with from were would will been have into their there which about report reports update updates members member committee commission council officers officer future meeting meetings noted note information include including further should could more most also other than them they shared sent provided'.split(' '),
);
const ACTION_LOG = /\b(?:matters? arising|action (?:log|tracker|plan update)|outstanding actions|progress on (?:actions|recommendations)|recommendations? (?:tracker|monitoring))\b/i;

export function keywords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(?:'s|s)$/, '')));
}

export function similarity(entry: Set<string>, item: Set<string>): { score: number; shared: string[] } {
  const shared = [...entry].filter((w) => item.has(w));
  return { score: entry.size === 0 ? 0 : shared.length / entry.size, shared };
}

export function proposeFollowUps(db: Database.Database, meetingId: number): number {
  const meeting = db.prepare('SELECT committee_id AS committeeId, date FROM meetings WHERE id = ?').get(meetingId) as
    | { committeeId: number; date: string | null }
    | undefined;
  if (!meeting?.date) return 0;
  const entries = db
    .prepare(
      `SELECT e.id, e.what, e.target_meeting_id AS target FROM action_entries e JOIN meetings m ON m.id = e.meeting_id
       WHERE e.committee_id = ? AND e.status IN ('open', 'in-progress') AND m.date < ?`,
    )
    .all(meeting.committeeId, meeting.date) as Array<{ id: number; what: string; target: number | null }>;
  const items = db
    .prepare('SELECT id, title, agenda_text AS agendaText, minutes_text AS minutesText FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL')
    .all(meetingId) as Array<{ id: number; title: string; agendaText: string; minutesText: string }>;
  const insert = db.prepare(
    `INSERT INTO action_proposals (entry_id, meeting_id, item_id, reason, score, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entry_id, item_id) DO NOTHING`,
  );
  const stamp = new Date().toISOString();
  let proposed = 0;
  for (const entry of entries) {
    const words = keywords(entry.what);
    for (const item of items) {
      let reason: string | null = null;
      let score = 0;
      if (ACTION_LOG.test(item.title)) {
        reason = `"${item.title}" reviews the committee’s actions`;
        score = 0.5;
      }
      const titleMatch = similarity(words, keywords(item.title));
      const bodyMatch = similarity(words, keywords(`${item.title} ${item.agendaText}`));
      const best = titleMatch.score >= bodyMatch.score ? titleMatch : bodyMatch;
      if (best.shared.length >= 2 && best.score >= 0.3 && best.score > score) {
        reason = `"${item.title}" is on the same subject (${best.shared.slice(0, 4).join(', ')})`;
        score = best.score;
      }
      if (entry.target === meetingId && /work programme/i.test(item.title) && score < 0.4) {
        reason = `Due to come to this meeting on the work programme`;
        score = 0.4;
      }
      if (reason && insert.run(entry.id, meetingId, item.id, reason, Math.round(score * 100) / 100, stamp).changes > 0) proposed++;
    }
  }
  return proposed;
}

export function listProposals(db: Database.Database, filter: { meetingId?: number; committeeId?: number }): FollowUpProposal[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.entry_id AS entryId, e.what AS entryWhat, p.meeting_id AS meetingId, m.date, p.item_id AS itemId,
              i.number, i.title, p.reason, p.score
       FROM action_proposals p JOIN action_entries e ON e.id = p.entry_id JOIN meetings m ON m.id = p.meeting_id
       JOIN items i ON i.id = p.item_id
       WHERE p.state = 'proposed' AND e.status IN ('open', 'in-progress')
         AND (? IS NULL OR p.meeting_id = ?) AND (? IS NULL OR e.committee_id = ?)
       ORDER BY m.date DESC, p.score DESC, p.id`,
    )
    .all(filter.meetingId ?? null, filter.meetingId ?? null, filter.committeeId ?? null, filter.committeeId ?? null) as Array<{
    id: number;
    entryId: number;
    entryWhat: string;
    meetingId: number;
    date: string | null;
    itemId: number;
    number: string | null;
    title: string;
    reason: string;
    score: number;
  }>;
  return rows.map((r) => ({
    id: r.id,
    entryId: r.entryId,
    entryWhat: r.entryWhat,
    meeting: { id: r.meetingId, date: r.date },
    item: { id: r.itemId, number: r.number, title: r.title },
    reason: r.reason,
    score: r.score,
  }));
}

/** The member confirms a proposal: the item becomes evidence and the entry's status changes, logged. */
export function confirmProposal(db: Database.Database, id: number, status: ActionStatus, note: string): void {
  db.transaction(() => {
    const p = db
      .prepare(
        `SELECT p.entry_id AS entryId, i.id AS itemId, i.number, i.title, m.date FROM action_proposals p
         JOIN items i ON i.id = p.item_id JOIN meetings m ON m.id = p.meeting_id WHERE p.id = ? AND p.state = 'proposed'`,
      )
      .get(id) as { entryId: number; itemId: number; number: string | null; title: string; date: string | null } | undefined;
    if (!p) throw new NotFoundError('That follow-up proposal is no longer open.');
    db.prepare("UPDATE action_proposals SET state = 'confirmed' WHERE id = ?").run(id);
    addEvidence(db, p.entryId, 'minute', `${p.number ? `${p.number}. ` : ''}${p.title} (meeting of ${p.date ?? 'unknown date'})`, { itemId: p.itemId });
    updateStatus(db, [p.entryId], status, note);
  })();
}

export function rejectProposal(db: Database.Database, id: number): void {
  if (db.prepare("UPDATE action_proposals SET state = 'rejected' WHERE id = ? AND state = 'proposed'").run(id).changes === 0) {
    throw new NotFoundError('That follow-up proposal is no longer open.');
  }
}
