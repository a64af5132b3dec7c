/**
 * The composition root of the post-write pipeline (main/pipeline.ts): which modules follow which
 * events, in order. Called once by every entry point (the desktop shell and the preview through
 * createHandlers, the CLI, the benches, the test setup); calling it again does nothing.
 */
import { subscribeActions } from './actions/pipeline';
import { subscribeAnnotations } from './annotations/pipeline';
import { subscribePapers } from './papers/pipeline';
import { sealPipeline } from './pipeline';

let wired = false;

export function wirePipeline(): void {
  if (wired) return;
  // Order matters within an event: the tracker before the item maps, as the ingest always ran them.
  subscribeActions();
  subscribePapers();
  subscribeAnnotations();
  sealPipeline();
  wired = true;
}
