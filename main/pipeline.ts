/**
 * What a write transaction did that other modules follow (issue 17): the library and papers publish
 * events; the tracker, the item maps and the annotations subscribe. Nobody calls up into a module
 * that depends on them, so the layers stay as docs/architecture.md draws them.
 *
 * Subscribers run synchronously, in the order wired, inside the publisher's transaction: what they
 * write commits or rolls back with the write that caused it. The subscriptions are made once, at
 * start-up, by wirePipeline() (main/wiring.ts); publishing before that is an error rather than a
 * silent loss (an import that did not re-anchor the member's notes).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Link, Remap, TableRows } from './store/row-moves';

/** A minutes PDF whose text was read as the meeting's minutes: kept as the meeting's "minutes" paper. */
export interface MinutesPdf {
  sha256: string;
  fileName: string;
  byteSize: number;
  pages: readonly string[];
}

export interface PipelineEvents {
  /** A meeting's items, decisions or details were written (an import, sync, or the member's correction). */
  'meeting-changed': { meetingId: number };
  /** A copy of a meeting's minutes (or agenda) was applied; `pdf` when it came as a PDF. */
  'minutes-ingested': { meetingId: number; pdf: MinutesPdf | null };
  /** A paper got a new version (`previousVersion` 0: its first). */
  'version-written': { documentId: number; versionId: number; previousVersion: number };
  /** A meeting was put on a committee's calendar (a pack filed before its minutes). */
  'meeting-scheduled': { committeeId: number };
  /** Confidential papers' text purged after their meeting (in the library or a backup of it). */
  'papers-purged': { documentIds: readonly number[]; stamp: string };
  /**
   * The member's corrections and the bin move whatever points at a meeting; each module moves its own
   * rows (main/library/meeting-moves.ts has the helpers). Subscribers run parents first (the order in
   * main/wiring.ts): papers before the annotations and actions that point at its documents.
   */
  /** A meeting is going to the bin: each module returns the rows of its own the meeting holds (reads only). */
  'meeting-binning': { meetingId: number };
  /** …and, every module's rows taken, deletes the rows it returned (`rows`: every module's, by table). */
  'meeting-binned': { meetingId: number; rows: TableRows };
  /**
   * A binned meeting's own rows are back (its id may have changed: `remap`); each module puts its rows
   * back and re-points its `links` (rows outside the meeting that pointed into it).
   */
  'meeting-restored': { meetingId: number; rows: TableRows; remap: Remap; links: readonly Link[] };
  /** Everything of `otherId` moves to `keepId` (then deleted); each module returns the tables it moved. */
  'meetings-merged': { keepId: number; otherId: number };
  /** What one file brought (`sha256`, its items `itemIds`) moved from meeting `fromId` to the new `toId`. */
  'meeting-split': { fromId: number; toId: number; sha256: string; itemIds: readonly number[] };
  /**
   * Committee `otherId` is merged into `keepId` (then deleted); each module moves its own references
   * to it and returns the tables it moved (a table pointing at committees that nobody moved stops it).
   */
  'committees-merged': { keepId: number; otherId: number };
  /** The same for councils (their committees have moved already). */
  'councils-merged': { keepId: number; otherId: number };
  /** A query, before the library drops a committee left empty: each module returns true if rows of its own still need it. */
  'committee-in-use': { committeeId: number };
  /** …and the same for a council left with no committees. */
  'council-in-use': { councilId: number };
}

export type PipelineEvent = keyof PipelineEvents;
type Run<K extends PipelineEvent> = (db: Database.Database, event: PipelineEvents[K]) => unknown;

const subscribers: { [K in PipelineEvent]?: Array<{ module: string; run: Run<K> }> } = {};
let sealed = false;

/** Subscribes `module` to `event` (once; again is a no-op). Only before the pipeline is sealed. */
export function subscribe<K extends PipelineEvent>(event: K, module: string, run: Run<K>): void {
  if (sealed) throw new Error(`The pipeline is already wired: subscribe ${module} to '${event}' in main/wiring.ts.`);
  const list = (subscribers[event] ??= []) as Array<{ module: string; run: Run<K> }>;
  if (!list.some((s) => s.module === module)) list.push({ module, run });
}

export function sealPipeline(): void {
  sealed = true;
}

/**
 * Runs every subscriber of `event` in the caller's transaction; what each returned, by module.
 * `childrenFirst` runs them in the reverse of the wired order (deleting rows others point at last).
 */
export function publish<K extends PipelineEvent>(db: Database.Database, event: K, payload: PipelineEvents[K], order: 'wired' | 'childrenFirst' = 'wired'): Map<string, unknown> {
  if (!sealed) throw new Error(`The post-write pipeline is not wired (publishing '${event}'): call wirePipeline() from main/wiring.ts at start-up.`);
  const results = new Map<string, unknown>();
  const list = [...((subscribers[event] ?? []) as Array<{ module: string; run: Run<K> }>)];
  if (order === 'childrenFirst') list.reverse();
  for (const s of list) results.set(s.module, s.run(db, payload));
  return results;
}
