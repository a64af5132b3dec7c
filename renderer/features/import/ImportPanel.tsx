import type { ImportOutcome, ImportStatus } from '../../../shared/types/library';
import { hrefs } from '../../kernel/router';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Importer } from './useImporter';

const STATUS: Record<ImportStatus, { label: string; tone: BadgeTone }> = {
  imported: { label: 'Imported', tone: 'success' },
  updated: { label: 'Updated', tone: 'info' },
  unchanged: { label: 'Unchanged', tone: 'neutral' },
  kept: { label: 'Kept as a version', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'danger' },
};

function summary(results: ImportOutcome[]): string {
  const failed = results.filter((r) => r.status === 'failed').length;
  const total = `${results.length} file${results.length === 1 ? '' : 's'}`;
  if (failed === 0) return `Finished importing ${total}.`;
  if (failed === results.length) return `None of the ${total} could be imported.`;
  return `Finished importing ${total}; ${failed} could not be imported.`;
}

/** Progress and per-file results, announced politely to screen readers as they change. */
export function ImportPanel({ importer }: { importer: Importer }) {
  const { progress, results } = importer;
  const visible = progress !== null || results.length > 0;
  return (
    <section className={visible ? 'import-panel' : 'import-panel import-panel--empty'} aria-label="Import">
      <div aria-live="polite" aria-relevant="additions text" className="import-panel__live">
        {progress && (
          <div className="import-progress">
            <label htmlFor="import-progress">
              Importing {progress.current} of {progress.total}: {progress.fileName}
            </label>
            <div className="import-progress__row">
              {progress.pages && progress.pages.total > 0 ? (
                <progress id="import-progress" max={progress.pages.total} value={progress.pages.done} aria-describedby="import-pages" />
              ) : (
                <progress id="import-progress" max={progress.total} value={progress.current - 1} />
              )}
              <Button variant="quiet" onClick={importer.cancel}>
                Cancel<span className="visually-hidden"> the import</span>
              </Button>
            </div>
            {progress.pages && progress.pages.total > 0 && (
              <p id="import-pages" className="import-progress__pages">
                Reading pages: {progress.pages.done} of {progress.pages.total}
              </p>
            )}
          </div>
        )}
        {!progress && results.length > 0 && <p className="import-panel__summary">{summary(results)}</p>}
        {results.length > 0 && (
          <ul className="import-results" aria-label="Import results">
            {results.map((r, i) => {
              const status = STATUS[r.status];
              return (
                <li key={`${i}-${r.fileName}`} className={`import-result import-result--${r.status}`}>
                  <Badge tone={status.tone}>{status.label}</Badge>
                  <span className="import-result__name">{r.fileName}</span>
                  <span className="import-result__message">{r.message}</span>
                  {r.meetingId !== null && r.status !== 'failed' && r.needsCheck && (
                    <a className="import-result__link import-result__link--check" href={hrefs.meeting(r.meetingId)}>
                      Check its details<span className="visually-hidden">: the meeting from {r.fileName}</span>
                    </a>
                  )}
                  {r.meetingId !== null && r.status !== 'failed' && !r.needsCheck && (
                    <a className="import-result__link" href={hrefs.meeting(r.meetingId)}>
                      Open the meeting<span className="visually-hidden"> from {r.fileName}</span>
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {!progress && results.length > 0 && (
        <Button variant="quiet" onClick={importer.clearResults}>
          Dismiss import results
        </Button>
      )}
    </section>
  );
}
