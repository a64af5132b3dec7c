/**
 * Before the app shows the library it asks whether the library opened. When its file is damaged
 * it says so and offers the newest backup that is sound (and the others), instead of a broken app.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { BackupSummary, StartupState } from '../../../shared/types/backup';
import { api } from '../../kernel/api';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Button } from '../../ui/Button';
import { formatTimestamp } from '../../ui/dates';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { BackupContents, sizeText } from './BackupsPage';

function Recovery({ state }: { state: Extract<StartupState, { state: 'damaged' }> }) {
  useDocumentTitle('The library file is damaged');
  const heading = useRef<HTMLHeadingElement>(null);
  const [restored, setRestored] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const load = useCallback(() => api['backup.list']({}), []);
  const all = useResource(load, showAll ? 1 : 0);
  useEffect(() => heading.current?.focus(), []);

  const restoring = useAction(async (backup: BackupSummary) => {
    const result = await api['backup.restore']({ id: backup.id });
    if (!result.ok) return `Nothing was restored: ${result.error.message}`;
    setRestored(true);
    window.location.reload();
  });
  // Restored: the buttons stay disabled while the page reloads.
  const busy = restoring.busy || restored;
  const restore = (backup: BackupSummary) => void restoring.run(backup);

  const newest = state.newestBackup;
  return (
    <main className="app-main recovery">
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        The library file is damaged
      </h1>
      <p>{state.message}</p>
      <p>The damaged file will be kept aside (in the “damaged” folder beside the library), not deleted.</p>
      {newest ? (
        <section className="backups__confirm" aria-labelledby="offer">
          <h2 id="offer" className="section-heading">
            Restore the backup from {formatTimestamp(newest.createdAt)}?
          </h2>
          <p>
            It is the newest backup that is sound ({sizeText(newest.sizeBytes)}). Anything changed since then will not be in it.
          </p>
          <BackupContents backup={newest} />
          <div className="questions-page__actions">
            <Button onClick={() => restore(newest)} disabled={busy}>
              Restore this backup
            </Button>
            <Button variant="secondary" onClick={() => setShowAll(true)} disabled={busy || showAll}>
              Choose another backup
            </Button>
          </div>
        </section>
      ) : (
        <p>No sound backup was found in the library’s backups folder. Close Scrutineer and ask for help before changing anything in its folder.</p>
      )}
      {showAll && all.status === 'ready' && (
        <ul className="backups__list">
          {all.value.map((b) => (
            <li key={b.id} className="backups__item">
              <h3 className="backups__when">{formatTimestamp(b.createdAt)}</h3>
              <BackupContents backup={b} />
              {b.preview && (
                <Button variant="secondary" disabled={busy} onClick={() => restore(b)} aria-label={`Restore the backup from ${formatTimestamp(b.createdAt)}`}>
                  Restore this one
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{restoring.busy ? 'Restoring…' : restored ? 'Restored. Opening the library…' : ''}</p>
      <FormError error={restoring.error} />
    </main>
  );
}

export function StartupGate({ children }: { children: ReactNode }) {
  const load = useCallback(() => api['backup.startupState']({}), []);
  const state = useResource(load, 0);
  if (state.status === 'loading') return null;
  // If the question itself fails, carry on: the pages show their own errors.
  if (state.status === 'ready' && state.value.state === 'damaged') return <Recovery state={state.value} />;
  return <>{children}</>;
}
