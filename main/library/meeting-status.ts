/**
 * What a council's site says about a meeting after it was first stored: moved to another date, or
 * cancelled and perhaps reinstated. The library owns the meetings table; sync reports these through
 * here rather than writing the rows itself. Run inside the caller's transaction.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Moves a stored meeting to its new date (and committee), keeping its row and everything on it. Not
 * when the member set its date, committee or council themselves, nor onto another meeting's date.
 */
export function rescheduleMeeting(db: Database.Database, meetingId: number, committeeId: number, date: string): boolean {
  const row = db.prepare('SELECT identity_key, member_fields FROM meetings WHERE id = ?').get(meetingId) as { identity_key: string; member_fields: string } | undefined;
  if (!row || row.identity_key === `d:${date}`) return false;
  const clash = db.prepare('SELECT 1 FROM meetings WHERE committee_id = ? AND identity_key = ? AND id <> ?').get(committeeId, `d:${date}`, meetingId);
  const memberSet = (JSON.parse(row.member_fields) as string[]).some((f) => f === 'date' || f === 'committee' || f === 'council');
  if (clash || memberSet) return false;
  db.prepare('UPDATE meetings SET identity_key = ?, date = ?, committee_id = ? WHERE id = ?').run(`d:${date}`, date, committeeId, meetingId);
  return true;
}

/** Marks a meeting cancelled (never deleted), or takes the mark away when it is reinstated. */
export function setMeetingCancelled(db: Database.Database, meetingId: number, cancelled: boolean, at: string): 'cancelled' | 'reinstated' | null {
  const was = db.prepare('SELECT cancelled_at FROM meetings WHERE id = ?').pluck().get(meetingId) as string | null | undefined;
  if (cancelled && !was) {
    db.prepare('UPDATE meetings SET cancelled_at = ? WHERE id = ?').run(at, meetingId);
    return 'cancelled';
  }
  if (!cancelled && was) {
    db.prepare('UPDATE meetings SET cancelled_at = NULL WHERE id = ?').run(meetingId);
    return 'reinstated';
  }
  return null;
}
