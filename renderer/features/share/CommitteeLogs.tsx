/**
 * A committee's shared action log on the Sharing page: connect a committee of the library to its
 * database on the sharing server, see the changes the server refused (and why), and choose, entry by
 * entry, whether entries from exempt (confidential) items go to the committee. Running and the
 * status of each database are in the list above (share.run runs every shared database).
 */
import { useCallback, useId, useState } from 'react';
import type { ShareDatabaseView, ShareRefusalView, ShareStatusView } from '../../../shared/types/share';
import { api } from '../../kernel/api';
import { useResource } from '../../kernel/useResource';
import { Button } from '../../ui/Button';
import { CommitteeSelect } from '../../ui/CommitteeSelect';
import { useAction } from '../../ui/useAction';
import { ServerConnectForm } from './ServerConnectForm';

function CommitteeConnectForm({ onConnected, refreshKey }: { onConnected: () => void; refreshKey: number }) {
  const load = useCallback(() => api['library.overview']({}), []);
  const overview = useResource(load, refreshKey);
  const [committeeId, setCommitteeId] = useState<number | null>(null);
  const [dbName, setDbName] = useState('');
  const councils = overview.status === 'ready' ? overview.value.councils : [];
  return (
    <ServerConnectForm
      heading="Share a committee’s action log"
      intro={
        'The committee’s database on the sharing server is read by its members and kept by the chair and named officers; the server ' +
        'decides who may change what. It is not locked with your passphrase: the committee, and so the server, can read it. Entries ' +
        'from exempt items stay on this device unless you choose to send them. Only the chair adds entries: one you add by hand stays on this device.'
      }
      submitLabel="Connect the committee’s log"
      connect={async ({ url, user, password }) => {
        if (committeeId === null) return 'Choose the committee whose action log to share.';
        const result = await api['share.committeeConnect']({
          url,
          user,
          committeeId,
          ...(password ? { password } : {}),
          ...(dbName.trim() ? { dbName: dbName.trim() } : {}),
        });
        if (!result.ok) return result;
        onConnected();
      }}
      before={() => (
        <div className="field">
          <CommitteeSelect councils={councils} emptyLabel="Choose a committee" value={committeeId} onChange={setCommitteeId} required />
        </div>
      )}
      after={(id) => (
        <div className="field">
          <label htmlFor={`${id}-db`}>Database name (as the server’s administrator gave it)</label>
          <input id={`${id}-db`} type="text" spellCheck={false} value={dbName} onChange={(e) => setDbName(e.target.value)} />
        </div>
      )}
    />
  );
}

function Refusal({ refusal, onChanged }: { refusal: ShareRefusalView; onChanged: () => void }) {
  const tried = Object.entries(refusal.attempted)
    .map(([field, value]) => `${field}: ${Array.isArray(value) ? value.join('; ') : String(value ?? 'none')}`)
    .join(', ');
  const { run, busy, error } = useAction(async () => {
    const result = await api['share.committeeDismissRefusal']({ id: refusal.id });
    if (!result.ok) return result;
    onChanged();
  });
  return (
    <li>
      <strong>{refusal.what || 'An action'}</strong> — you set {tried || 'a change'}. The server refused it: {refusal.reason}{' '}
      <Button variant="secondary" disabled={busy} onClick={() => void run()}>
        Dismiss<span className="visually-hidden"> the refusal of the change to {refusal.what}</span>
      </Button>
      {error && (
        <span className="sync-problem" role="alert">
          {' '}
          {error}
        </span>
      )}
    </li>
  );
}

function ExemptEntries({ db, refreshKey, onChanged }: { db: ShareDatabaseView; refreshKey: number; onChanged: () => void }) {
  const id = useId();
  const committeeId = db.committeeId as number;
  const load = useCallback(() => api['share.committeeHeldBack']({ committeeId }), [committeeId]);
  const entries = useResource(load, refreshKey);
  const [problem, setProblem] = useState<string | null>(null);
  if (entries.status !== 'ready' || entries.value.length === 0) return null;
  const choose = async (entryId: number, send: boolean) => {
    const result = await api['share.committeeChooseExempt']({ entryId, send });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    onChanged();
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Entries from exempt items</h3>
      <p className="muted">These come from items taken in private. They stay on this device unless you choose to send them to the committee’s database.</p>
      <ul>
        {entries.value.map((e) => (
          <li key={e.entryId}>
            {e.what} {e.meetingDate ? <span className="muted">({e.meetingDate})</span> : null} —{' '}
            {e.chosen ? 'sent to the committee.' : 'kept on this device.'}{' '}
            <Button variant="secondary" onClick={() => void choose(e.entryId, !e.chosen)}>
              {e.chosen ? 'Stop sending' : 'Send to the committee'}
              <span className="visually-hidden">: {e.what}</span>
            </Button>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="sync-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

export function CommitteeLogs({ status, refreshKey, onChanged }: { status: ShareStatusView | null; refreshKey: number; onChanged: () => void }) {
  const id = useId();
  const committees = (status?.databases ?? []).filter((d) => d.committeeId !== undefined);
  const load = useCallback(() => api['share.committeeRefusals']({}), []);
  const refusals = useResource(load, refreshKey);
  const [connecting, setConnecting] = useState(false);
  return (
    <>
      {committees.length > 0 && (
        <section className="section" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="section-heading">
            Committees’ action logs
          </h2>
          {refusals.status === 'ready' && refusals.value.length > 0 && (
            <>
              <h3>Changes the server refused</h3>
              <ul>
                {refusals.value.map((r) => (
                  <Refusal key={r.id} refusal={r} onChanged={onChanged} />
                ))}
              </ul>
            </>
          )}
          {committees.map((db) => (
            <ExemptEntries key={db.name} db={db} refreshKey={refreshKey} onChanged={onChanged} />
          ))}
        </section>
      )}
      {connecting ? (
        <CommitteeConnectForm
          onConnected={() => {
            setConnecting(false);
            onChanged();
          }}
          refreshKey={refreshKey}
        />
      ) : (
        <section className="section" aria-labelledby={`${id}-share`}>
          <h2 id={`${id}-share`} className="section-heading">
            A committee’s action log
          </h2>
          <Button variant="secondary" onClick={() => setConnecting(true)}>
            Share a committee’s action log…
          </Button>
        </section>
      )}
    </>
  );
}
