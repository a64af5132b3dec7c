/**
 * The composition root of the post-write pipeline (main/pipeline.ts): which modules follow which
 * events, in order. Called once by every entry point (the desktop shell and the preview through
 * createHandlers, the CLI, the benches, the test setup); calling it again does nothing.
 */
import { followCommitteesWithActions } from './actions/committee-moves';
import { followMeetingsWithActions } from './actions/meeting-moves';
import { subscribeActions } from './actions/pipeline';
import { followMeetingsWithAnnotations } from './annotations/meeting-moves';
import { subscribeAnnotations } from './annotations/pipeline';
import { followMeetingsWithInterests } from './interests/meeting-moves';
import { followMeetingsWithPapers } from './papers/meeting-moves';
import { subscribePapers } from './papers/pipeline';
import { sealPipeline } from './pipeline';
import { followCommitteesWithShare } from './share/committee-moves';
import { followMeetingMergesWithShare } from './share/meeting-merges';
import { followCommitteesWithSync } from './sync/committee-moves';
import { followMeetingsWithSync } from './sync/meeting-moves';

let wired = false;

export function wirePipeline(): void {
  if (wired) return;
  // Order matters within an event: the tracker before the item maps, as the ingest always ran them.
  subscribeActions();
  subscribePapers();
  subscribeAnnotations();
  // Corrections and the bin: parents first (papers before the notes, actions and sync links that point
  // at its documents); the bin deletes in the reverse order.
  followMeetingsWithPapers();
  followMeetingsWithAnnotations();
  followMeetingsWithInterests();
  followMeetingsWithActions();
  followMeetingsWithSync();
  // A merge the member makes is kept for their other devices (read before the merged meeting goes).
  followMeetingMergesWithShare();
  // Committee and council merges, and whether a committee or council left empty is still needed.
  // The share log first: it refuses a merge before anything else moves.
  followCommitteesWithShare();
  followCommitteesWithActions();
  followCommitteesWithSync();
  sealPipeline();
  wired = true;
}
