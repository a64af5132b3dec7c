/** The tracker follows the minutes (main/pipeline.ts): entries for new actions, follow-up proposals, due dates. */
import type Database from 'better-sqlite3-multiple-ciphers';
import { subscribe } from '../pipeline';
import { proposeFollowUps } from './follow-up';
import { resolveDueDates, syncEntriesForMeeting } from './tracker';

/** Entries stay with their meeting's committee (it may have been corrected or merged), then follow its decisions. */
function followMeeting(db: Database.Database, meetingId: number): void {
  const committee = '(SELECT committee_id FROM meetings WHERE id = @meetingId)';
  db.prepare(`UPDATE action_entries SET committee_id = ${committee} WHERE meeting_id = @meetingId AND committee_id IS NOT ${committee}`).run({ meetingId });
  syncEntriesForMeeting(db, meetingId);
}

export function subscribeActions(): void {
  subscribe('meeting-changed', 'actions', (db, e) => followMeeting(db, e.meetingId));
  subscribe('minutes-ingested', 'actions', (db, e) => proposeFollowUps(db, e.meetingId));
  // A new meeting on the calendar: "by the next meeting" may now have a date.
  subscribe('meeting-scheduled', 'actions', (db, e) => resolveDueDates(db, e.committeeId));
}
