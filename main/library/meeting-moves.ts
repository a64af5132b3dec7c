/**
 * How a module follows a meeting through the member's corrections and the bin (main/pipeline.ts):
 * it names the rows of its own that a meeting holds, and how they move on a merge or a split; this
 * subscribes it. The library moves only its own tables; each module's rows are moved by that module.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { subscribe, type PipelineEvents } from '../pipeline';
import { putPartsBack, relink, removeRows, repoint, takeRows } from '../store/row-moves';

/** A table's rows that belong to meeting `@m` (a SQL condition); parents before children. */
export interface MeetingPart {
  table: string;
  where: string;
}

export interface MeetingFollower {
  /** What of this module a meeting holds: taken to the bin whole and put back on restore. */
  parts: readonly MeetingPart[];
  /** Tables whose clash on restore with a row made since means "already back another way": skipped. */
  skipOnClash?: readonly string[];
  /** Tables whose references to a merged-away meeting simply move to the kept one (clashes stay behind). */
  mergeRepoints?: readonly string[];
  /** Anything else a merge needs first (before the references move) or after (tidying what stayed behind). */
  beforeMerge?: (db: Database.Database, event: PipelineEvents['meetings-merged']) => void;
  afterMerge?: (db: Database.Database, event: PipelineEvents['meetings-merged']) => void;
  /** Moves what a split-off file brought (its items, its papers) to the new meeting. */
  split?: (db: Database.Database, event: PipelineEvents['meeting-split']) => void;
}

export function followMeetingMoves(module: string, follower: MeetingFollower): void {
  const tables = follower.parts.map((p) => p.table);
  const skip = new Set(follower.skipOnClash ?? []);
  subscribe('meeting-binning', module, (db, e) => takeRows(db, follower.parts, { m: e.meetingId }));
  subscribe('meeting-binned', module, (db, e) => removeRows(db, e.rows, tables));
  subscribe('meeting-restored', module, (db, e) => {
    putPartsBack(db, follower.parts, e.rows, e.remap, skip);
    relink(db, e.links, e.remap, tables);
  });
  subscribe('meetings-merged', module, (db, e) => {
    follower.beforeMerge?.(db, e);
    for (const table of follower.mergeRepoints ?? []) repoint(db, 'meetings', e.otherId, e.keepId, [table]);
    follower.afterMerge?.(db, e);
    return follower.mergeRepoints ?? [];
  });
  if (follower.split) subscribe('meeting-split', module, follower.split);
}

/** A SQL condition: `column` is one of the ids in the JSON array parameter. */
export const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;
