/** Backups: back up now, the list with what each holds, restore (after confirming), export everything. */
import { useCallback, useState } from 'react';
import type { BackupKind, BackupSummary } from '../../../shared/types/backup';
import { api } from '../../kernel/api';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Button } from '../../ui/Button';
import { IncludeConfidential } from '../../ui/Confidential';
import { FormError } from '../../ui/FormError';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { formatMeetingDate, formatTimestamp, plural } from '../../ui/dates';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/useAction';

const KIND: Record<BackupKind, string> = {
  automatic: 'Automatic',
  manual: 'Backed up by you',
  safety: 'Taken before a restore',
  'before-upgrade': 'Taken before an update',
};

export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** What a backup holds, in words. */
export function BackupContents({ backup }: { backup: BackupSummary }) {
  const p = backup.preview;
  if (!p) return <p className="backups__problem">{backup.problem ?? 'This backup cannot be read.'}</p>;
  return (
    <ul className="backups__contents">
      <li>
        {plural(p.committees, 'committee')}, {plural(p.meetings, 'meeting')}, {plural(p.documents, 'paper')}
      </li>
      <li>
        {plural(p.annotations, 'annotation')}, {plural(p.interests, 'interest')}, {plural(p.actions, 'action')}
      </li>
      <li>{p.newestMeeting ? `Newest meeting: ${p.newestMeeting.committeeName}, ${formatMeetingDate(p.newestMeeting.date)}` : 'No dated meetings'}</li>
    </ul>
  );
}

function BackupRow({ backup, onRestore, busy }: { backup: BackupSummary; onRestore: (b: BackupSummary) => void; busy: boolean }) {
  const when = formatTimestamp(backup.createdAt);
  return (
    <li className="backups__item">
      <h3 className="backups__when">{when}</h3>
      <p className="backups__meta">
        {KIND[backup.kind]} · {sizeText(backup.sizeBytes)}
      </p>
      <BackupContents backup={backup} />
      {backup.preview && (
        <Button variant="secondary" disabled={busy} onClick={() => onRestore(backup)} aria-label={`Restore the backup from ${when}`}>
          Restore…
        </Button>
      )}
    </li>
  );
}

export function BackupsPage({ refreshKey, focusOnMount, onRestored }: { refreshKey: number; focusOnMount: boolean; onRestored: () => void }) {
  useDocumentTitle('Backups');
  const [reload, setReload] = useState(0);
  const load = useCallback(() => api['backup.list']({}), []);
  const list = useResource(load, refreshKey + reload);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState('');
  const [last, setLast] = useState<'backUp' | 'restore' | 'export' | null>(null);
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const [includeConfidential, setIncludeConfidential] = useState(false);

  // Progress (while busy) and success go to the status line; the last action's failure is shown as the form's error.
  const begin = (action: NonNullable<typeof last>, what: string) => {
    setLast(action);
    setProgress(what);
    setStatus('');
  };
  const backUpNow = useAction(async () => {
    begin('backUp', 'Backing up…');
    const result = await api['backup.now']({});
    setReload((n) => n + 1);
    if (!result.ok) return `The backup failed: ${result.error.message}`;
    setStatus(`Backed up at ${formatTimestamp(result.value.createdAt)}.`);
  });

  const restore = useAction(async (backup: BackupSummary) => {
    begin('restore', 'Restoring…');
    const result = await api['backup.restore']({ id: backup.id });
    setConfirming(null);
    if (!result.ok) return `Nothing was restored: ${result.error.message}`;
    const missing = result.value.missingFiles;
    setStatus(
      `Restored the backup from ${formatTimestamp(backup.createdAt)}. The library as it was just before is kept as a backup.` +
        (missing > 0 ? ` ${plural(missing, 'stored file')} could not be found and must be imported again.` : ''),
    );
    setReload((n) => n + 1);
    onRestored();
  });

  const exportAll = useAction(async () => {
    begin('export', 'Preparing the export…');
    const result = await api['backup.exportEverything']({ includeConfidential });
    if (!result.ok) return `The export failed: ${result.error.message}`;
    saveFile(result.value);
    setStatus(includeConfidential ? 'Everything was exported, including confidential papers.' : 'Everything was exported; confidential (exempt) papers were left out.');
  });

  const busy = backUpNow.busy || restore.busy || exportAll.busy;
  const error = last && { backUp: backUpNow, restore, export: exportAll }[last].error;

  return (
    <>
      <PageHeading focusOnMount={focusOnMount}>Backups</PageHeading>
      <p>
        Scrutineer backs up your library once a day while it is open, and keeps a week of daily backups and a month of weekly ones, with the papers
        they need. Back up now before a big change. Backups stay on this computer, in the library’s own folder, encrypted like the library.
      </p>
      <div className="questions-page__actions">
        <Button onClick={() => void backUpNow.run()} disabled={busy}>
          Back up now
        </Button>
      </div>
      <p role="status" className="backups__status">
        {busy ? progress : status}
      </p>
      <FormError error={error} />

      {confirming && (
        <section className="backups__confirm" role="alertdialog" aria-labelledby="restore-title" aria-describedby="restore-text">
          <h2 id="restore-title" className="section-heading">
            Restore the backup from {formatTimestamp(confirming.createdAt)}?
          </h2>
          <p id="restore-text">
            Your library will be replaced by this backup: anything imported, noted or changed since then will no longer be in it. A backup of the
            library as it is now is taken first, so you can go back.
          </p>
          <BackupContents backup={confirming} />
          <div className="questions-page__actions">
            <Button onClick={() => void restore.run(confirming)} disabled={busy}>
              Restore this backup
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)} disabled={busy}>
              Cancel
            </Button>
          </div>
        </section>
      )}

      <section className="section" aria-labelledby="backups-list">
        <h2 id="backups-list" className="section-heading">
          Backups on this computer
        </h2>
        {list.status === 'loading' && <Loading what="the backups" />}
        {list.status === 'error' && <ErrorPanel title="The backups could not be listed" error={list.error} />}
        {list.status === 'ready' &&
          (list.value.length === 0 ? (
            <p>There are no backups yet.</p>
          ) : (
            <ul className="backups__list">
              {list.value.map((b) => (
                <BackupRow key={b.id} backup={b} busy={busy} onRestore={setConfirming} />
              ))}
            </ul>
          ))}
      </section>

      <section className="section" aria-labelledby="export-everything">
        <h2 id="export-everything" className="section-heading">
          Export everything
        </h2>
        <p>
          One zip file with everything in open formats: every table as JSON, every paper as its original PDF, the minutes files you imported, and your
          annotations as W3C Web Annotations (JSON-LD). The file is not encrypted.
        </p>
        <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
        <div className="questions-page__actions">
          <Button variant="secondary" onClick={() => void exportAll.run()} disabled={busy}>
            Export everything
          </Button>
        </div>
      </section>
    </>
  );
}
