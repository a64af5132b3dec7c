/**
 * The member's merges of two meetings, and the files they split off a meeting, travel between their
 * devices (a split: the meeting's key and the file's sha256, in share_splits, the same way). When the member merges here, the
 * two meetings' identities as every device knows them (their original keys: council, committee, the
 * identity they were read as, their strong keys) are kept in share_merges before the merged one goes;
 * its insert trigger (0018) queues the merge for sharing, except while another device's is applied.
 * Another device makes the same merge once it has both meetings (library/sharing.ts, applySharedMerge).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { type SharedMeetingKey, originalMeetingKey } from '../library/sharing';
import { subscribe } from '../pipeline';
import { canonical } from './merge';

export interface MeetingMergeRecord {
  kept: SharedMeetingKey;
  merged: SharedMeetingKey;
  mergedAt: string;
}

export interface MeetingSplitRecord {
  from: SharedMeetingKey;
  sha256: string;
  splitAt: string;
}

export function followMeetingMergesWithShare(): void {
  subscribe('meeting-split', 'share', (db, e) => {
    const from = originalMeetingKey(db, e.fromId);
    if (from) db.prepare('INSERT INTO share_splits (meeting_key, sha256, split_at) VALUES (?, ?, ?)').run(JSON.stringify(from), e.sha256, new Date().toISOString());
  });
  subscribe('meetings-merged', 'share', (db, e) => {
    // Read while both meetings are still here (the merged one's strong keys move to the kept one after).
    const kept = originalMeetingKey(db, e.keepId);
    const merged = originalMeetingKey(db, e.otherId);
    if (kept && merged) {
      db.prepare('INSERT INTO share_merges (kept_key, merged_key, merged_at) VALUES (?, ?, ?)').run(JSON.stringify(kept), JSON.stringify(merged), new Date().toISOString());
    }
    return [];
  });
}

export function meetingMerge(db: Database.Database, id: number): MeetingMergeRecord | null {
  const row = db.prepare('SELECT kept_key AS kept, merged_key AS merged, merged_at AS mergedAt FROM share_merges WHERE id = ?').get(id) as
    | { kept: string; merged: string; mergedAt: string }
    | undefined;
  return row ? { kept: JSON.parse(row.kept) as SharedMeetingKey, merged: JSON.parse(row.merged) as SharedMeetingKey, mergedAt: row.mergedAt } : null;
}

export function meetingSplit(db: Database.Database, id: number): MeetingSplitRecord | null {
  const row = db.prepare('SELECT meeting_key AS meetingKey, sha256, split_at AS splitAt FROM share_splits WHERE id = ?').get(id) as
    | { meetingKey: string; sha256: string; splitAt: string }
    | undefined;
  return row ? { from: JSON.parse(row.meetingKey) as SharedMeetingKey, sha256: row.sha256, splitAt: row.splitAt } : null;
}

/** Every split kept here, oldest first. */
export const allSplitIds = (db: Database.Database): number[] => db.prepare('SELECT id FROM share_splits ORDER BY id').pluck().all() as number[];

/** This device's record of splitting that file off (made here, or applied from another device). */
export const splitHere = (db: Database.Database, sha256: string): number | null =>
  (db.prepare('SELECT MAX(id) FROM share_splits WHERE sha256 = ?').pluck().get(sha256) as number | null) ?? null;

/** Every merge kept here, oldest first: what a newly connected device offers. */
export const allMergeIds = (db: Database.Database): number[] => db.prepare('SELECT id FROM share_merges ORDER BY id').pluck().all() as number[];

/** This device's own record of merging that meeting away (its key as kept here), if it has one. */
export function mergedHere(db: Database.Database, merged: SharedMeetingKey): number | null {
  const want = canonical(merged);
  const rows = db.prepare('SELECT id, merged_key AS key FROM share_merges ORDER BY id').all() as Array<{ id: number; key: string }>;
  return rows.find((r) => canonical(JSON.parse(r.key) as SharedMeetingKey) === want)?.id ?? null;
}

/** The row of the merge just made here (while applying another device's), to link its document to. */
export const lastMergeId = (db: Database.Database): number | null => (db.prepare('SELECT MAX(id) FROM share_merges').pluck().get() as number | null) ?? null;
