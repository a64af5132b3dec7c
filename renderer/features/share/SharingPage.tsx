/**
 * Sharing between the member's own devices through their council's (or their own) CouchDB server:
 * connect, see each database's status (progress, when it last synced, why it last failed), run now,
 * disconnect, and merge notes edited on two devices at once. Looks and behaves like Council sync.
 */
import { format, isValid, parseISO } from 'date-fns';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ShareConflictView, ShareDatabaseView, ShareProgressView, ShareStatusView } from '../../../shared/types/share';
import { api, onEvent } from '../../kernel/api';
import type { PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Button } from '../../ui/Button';
import { plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { CommitteeLogs } from './CommitteeLogs';
import { ServerConnectForm } from './ServerConnectForm';
import '../sync/sync.css';
import './share.css';

/** "Tuesday, 14 January 2025 at 17:30". */
export function formatSharedAt(iso: string | null): string {
  if (!iso) return 'Not yet';
  const d = parseISO(iso);
  return isValid(d) ? format(d, "EEEE, d MMMM yyyy 'at' HH:mm") : iso;
}

function ConnectForm({ onConnected }: { onConnected: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <ServerConnectForm
      heading="Connect this device"
      intro="Use the address of your sharing server (Apache CouchDB), for example https://couch.example.org, with the user name and password you were given. Only secure (https) addresses are used."
      submitLabel="Connect"
      connect={async ({ url, user, password }) => {
        if (passphrase.length < 8) return 'The passphrase must be at least 8 characters long.';
        const result = await api['share.connect']({ url, user, passphrase, ...(password ? { password } : {}) });
        if (!result.ok) return result;
        setPassphrase('');
        onConnected();
      }}
      after={(id) => (
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>Passphrase</label>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="off"
            required
            minLength={8}
            aria-describedby={`${id}-passphrase-note`}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <p id={`${id}-passphrase-note`} className="share-note">
            Your notes are locked with this passphrase before they leave this device. The passphrase itself never leaves the device:
            the server cannot read your notes and cannot tell you the passphrase if you forget it. Use the same passphrase on each of
            your devices — you will need it once on each.
          </p>
        </div>
      )}
    />
  );
}

const DATABASE_NAMES: Record<string, string> = { member: 'Your notes and tracker' };

const ROLE_NAMES: Record<NonNullable<ShareDatabaseView['role']>, string> = { chair: 'chair', officer: 'officer', member: 'reads only' };

function DatabaseRow({ db, progress }: { db: ShareDatabaseView; progress: ShareProgressView | null }) {
  return (
    <tr>
      <th scope="row">
        {db.committeeId !== undefined ? 'Committee’s action log' : (DATABASE_NAMES[db.name] ?? db.name)}
        <div className="muted">
          {db.user}
          {db.role ? ` (${ROLE_NAMES[db.role]})` : ''} on {db.serverUrl}
          {db.committeeId !== undefined ? `, ${db.dbName}` : ''}
        </div>
      </th>
      <td>{formatSharedAt(db.lastSyncedAt)}</td>
      <td className="sync-committee__status">
        {progress && progress.phase !== 'done' ? (
          <span>{progress.message}</span>
        ) : db.lastError ? (
          <span className="sync-problem">{db.lastError}</span>
        ) : (
          (db.lastSummary ?? '')
        )}
        {db.waiting > 0 && <span className="muted"> {plural(db.waiting, 'change')} waiting to be sent.</span>}
        {db.notHere > 0 && <span className="muted"> {db.notHere} waiting for papers or meetings not on this device.</span>}
        {(db.heldBack ?? 0) > 0 && <span className="muted"> {plural(db.heldBack ?? 0, 'entry', 'entries')} from exempt items kept on this device.</span>}
        {(db.refused ?? 0) > 0 && <span className="sync-problem"> {plural(db.refused ?? 0, 'change')} refused by the server.</span>}
        {(db.keptBack ?? 0) > 0 && (
          <span className="muted">
            {' '}
            {plural(db.keptBack ?? 0, 'entry', 'entries')} with your changes kept on this device: {db.keptReason}.
          </span>
        )}
        {(db.localOnly ?? 0) > 0 && (
          <span className="muted">
            {' '}
            {plural(db.localOnly ?? 0, 'entry', 'entries')} you added by hand {db.localOnly === 1 ? 'stays' : 'stay'} on this device: only the chair adds
            entries to the committee’s log.
          </span>
        )}
        {(db.withdrawn ?? 0) > 0 && (
          <span className="muted"> {plural(db.withdrawn ?? 0, 'entry', 'entries')} removed from the log by the chair (kept here, marked dropped).</span>
        )}
      </td>
    </tr>
  );
}

function RunNow({ status, onFinished }: { status: ShareStatusView; onFinished: () => void }) {
  const id = useId();
  const [progress, setProgress] = useState<ShareProgressView | null>(status.running?.progress ?? null);
  // The per-run choice (the CLI's --include-exempt): entries from exempt items held back go with this run only.
  const [includeExempt, setIncludeExempt] = useState(false);
  const heldBack = status.databases.reduce((n, db) => n + (db.heldBack ?? 0), 0);
  const [running, setRunning] = useState(status.running !== null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(
    () =>
      onEvent('share.progress', (p) => {
        setProgress(p);
        setRunning(p.phase !== 'done');
        if (p.phase === 'done') onFinished();
      }),
    [onFinished],
  );
  const start = async () => {
    setProblem(null);
    setProgress(null);
    setRunning(true);
    const result = includeExempt && heldBack > 0 ? await api['share.committeeRun']({ includeExempt: true, wait: true }) : await api['share.run']({ wait: true });
    setRunning(false);
    setIncludeExempt(false);
    if (!result.ok) return setProblem(result.error.message);
    const r = result.value.report;
    if (r) setProgress({ jobId: result.value.jobId, database: r.database, phase: 'done', done: r.applied, message: r.ok ? `Shared: ${r.message}.` : `Sharing failed: ${r.message}` });
    onFinished();
  };
  return (
    <>
      {heldBack > 0 && (
        <div className="field share-exempt-choice">
          <input id={`${id}-exempt`} type="checkbox" checked={includeExempt} disabled={running} onChange={(e) => setIncludeExempt(e.target.checked)} aria-describedby={`${id}-exempt-note`} />{' '}
          <label htmlFor={`${id}-exempt`}>In this run, also send the {plural(heldBack, 'entry', 'entries')} from exempt items held back</label>
          <p id={`${id}-exempt-note`} className="share-note">
            Entries from items taken in private stay on this device unless you choose. This sends them to the committee’s database
            (which the committee and the server can read) with this run only; they are then shared like any other entry.
          </p>
        </div>
      )}
      <div className="sync-now">
        <Button onClick={() => void start()} disabled={running}>
          {running ? 'Sharing…' : 'Run now'}
        </Button>
        <div className="sync-now__status" role="status" aria-live="polite">
          {progress && <span>{progress.message}</span>}
          {!progress && running && <span>Starting…</span>}
        </div>
        {problem && (
          <p className="sync-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="table-wrap">
        <table className="sync-committees">
          <caption className="visually-hidden">Shared databases</caption>
          <thead>
            <tr>
              <th scope="col">Shared</th>
              <th scope="col">Last synced</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {status.databases.map((db) => (
              <DatabaseRow key={db.name} db={db} progress={running ? progress : null} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Disconnect({ onDone }: { onDone: () => void }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const disconnect = async () => {
    const result = await api['share.disconnect']({});
    if (!result.ok) return setProblem(result.error.message);
    setAsking(false);
    onDone();
  };
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Stop sharing on this device
      </h2>
      {!asking ? (
        <Button variant="secondary" ref={openRef} onClick={() => setAsking(true)}>
          Disconnect…
        </Button>
      ) : (
        <div className="share-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>
            Disconnect this device? Your notes and tracker stay on this device and on the server; changes you make here will no longer
            reach your other devices until you connect again with your passphrase.
          </p>
          <Button ref={confirmRef} onClick={() => void disconnect()}>
            Yes, disconnect this device
          </Button>{' '}
          <Button
            variant="secondary"
            onClick={() => {
              setAsking(false);
              setTimeout(() => openRef.current?.focus(), 0);
            }}
          >
            Cancel
          </Button>
        </div>
      )}
      {problem && (
        <p className="sync-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function Conflict({ conflict, onResolved }: { conflict: ShareConflictView; onResolved: () => void }) {
  const id = useId();
  const versions = [{ label: 'Version shown now', text: conflict.current }, ...conflict.others.map((o, i) => ({ label: `Other version${conflict.others.length > 1 ? ` ${i + 1}` : ''}`, text: o.text }))];
  const [merged, setMerged] = useState(conflict.current);
  const [problem, setProblem] = useState<string | null>(null);
  const resolve = async (text: string) => {
    const result = await api['share.resolveConflict']({ docId: conflict.docId, text });
    if (!result.ok) return setProblem(result.error.message);
    onResolved();
  };
  return (
    <li className="share-conflict">
      <h3 id={`${id}-h`} className="share-conflict__where">
        {conflict.where ?? 'A note'}
      </h3>
      <div className="share-conflict__versions">
        {versions.map((v, i) => (
          <section key={i} className="share-conflict__version" aria-labelledby={`${id}-v${i}`}>
            <h4 id={`${id}-v${i}`}>{v.label}</h4>
            <p className="share-conflict__text">{v.text || <span className="muted">(empty)</span>}</p>
            <Button variant="secondary" onClick={() => void resolve(v.text)}>
              Keep this version<span className="visually-hidden"> ({v.label.toLowerCase()})</span>
            </Button>
          </section>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-merge`}>Or merge them: edit the text to keep</label>
        <textarea id={`${id}-merge`} rows={4} value={merged} onChange={(e) => setMerged(e.target.value)} />
      </div>
      <Button onClick={() => void resolve(merged)}>Save merged text</Button>
      {problem && (
        <p className="sync-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

function Conflicts({ refreshKey, onResolved }: { refreshKey: number; onResolved: () => void }) {
  const id = useId();
  const load = useCallback(() => api['share.conflicts']({}), []);
  const conflicts = useResource(load, refreshKey);
  if (conflicts.status !== 'ready' || conflicts.value.length === 0) return null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Notes with two versions
      </h2>
      <p className="muted">
        These notes were changed on two devices before they had shared. The later change is shown everywhere; choose the version to
        keep, or merge the two.
      </p>
      <ul className="share-conflicts">
        {conflicts.value.map((c) => (
          <Conflict key={c.docId} conflict={c} onResolved={onResolved} />
        ))}
      </ul>
    </section>
  );
}

export function SharingPage({ refreshKey, focusOnMount }: PageProps) {
  useDocumentTitle('Sharing');
  const [reload, setReload] = useState(0);
  const again = useCallback(() => setReload((n) => n + 1), []);
  const load = useCallback(() => api['share.status']({}), []);
  const status = useResource(load, refreshKey + reload);
  return (
    <>
      <PageHeading focusOnMount={focusOnMount}>Sharing</PageHeading>
      <p className="lede">
        Share your notes, questions, tags, action tracker edits, register of interests and the declarations you made between your own
        devices — say, your laptop and your tablet — through a sharing server. Papers and minutes are not shared: each device gets them from council sync or by import. Sharing
        runs when the app starts, every 15 minutes, and whenever you choose Run now.
      </p>
      {status.status === 'loading' && <Loading what="sharing" />}
      {status.status === 'error' && <ErrorPanel title="Sharing could not be opened" error={status.error} />}
      {status.status === 'ready' &&
        (status.value.connected ? (
          <>
            <RunNow status={status.value} onFinished={again} />
            <Conflicts refreshKey={refreshKey + reload} onResolved={again} />
            <CommitteeLogs status={status.value} refreshKey={refreshKey + reload} onChanged={again} />
            <Disconnect onDone={again} />
          </>
        ) : (
          <>
            <ConnectForm onConnected={again} />
            <CommitteeLogs status={null} refreshKey={refreshKey + reload} onChanged={again} />
          </>
        ))}
    </>
  );
}
