/**
 * Council sync: connect a council's ModernGov site, choose the committees to follow (and say which
 * the member sits on), sync now, watch progress, and see when each committee was last synced and
 * why it failed if it did. Everything from the council arrives as text in the library; nothing on
 * this page renders the council's HTML.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { SyncCommitteeView, SyncCouncilView, SyncProgress } from '../../../shared/types/sync';
import { api, onEvent } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { useAction } from '../../ui/useAction';
import { formatShortDate, formatTimestamp, plural } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import './sync.css';

const yearAgo = () => {
  const d = new Date();
  d.setFullYear(d.getFullYear() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function ConnectForm({ onConnected }: { onConnected: (council: SyncCouncilView) => void }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [from, setFrom] = useState(yearAgo);
  const { run, busy, error: problem } = useAction(async () => {
    const result = await api['sync.addCouncil']({ url, name: name.trim() || undefined, syncFrom: from || undefined });
    if (!result.ok) return result;
    setUrl('');
    setName('');
    onConnected(result.value);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return (
    <form className="sync-connect" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Connect a council
      </h2>
      <p className="muted">
        Most councils publish through ModernGov. Enter the address of your council’s committee site, for example
        https://democracy.example.gov.uk. Only secure (https) addresses are used.
      </p>
      <div className="field">
        <label htmlFor={`${id}-url`}>ModernGov site address</label>
        <input id={`${id}-url`} type="text" inputMode="url" autoComplete="url" spellCheck={false} required value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <div className="sync-connect__row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Council name (optional)</label>
          <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>Fetch meetings from</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
      </div>
      {problem && (
        <p className="sync-problem" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" disabled={busy || url.trim() === ''}>
        {busy ? 'Connecting…' : 'Connect'}
      </Button>
    </form>
  );
}

function CommitteeRow({ committee, onChange }: { committee: SyncCommitteeView; onChange: (c: SyncCommitteeView) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const change = async (follow: boolean, mine?: boolean) => {
    setProblem(null);
    // The tick shows at once; it is undone if the change could not be saved.
    onChange({ ...committee, followed: follow, mine: mine ?? committee.mine });
    const result = await api['sync.follow']({ committeeId: committee.id, follow, mine });
    if (result.ok) onChange(result.value);
    else {
      onChange(committee);
      setProblem(result.error.message);
    }
  };
  return (
    <tr>
      <th scope="row">
        {committee.libraryCommitteeId ? <a href={hrefs.committee(committee.libraryCommitteeId)}>{committee.title}</a> : committee.title}
        {committee.expired && (
          <>
            {' '}
            <Badge>No longer meets</Badge>
          </>
        )}
      </th>
      <td>
        <input type="checkbox" aria-label={`Follow ${committee.title}`} checked={committee.followed} onChange={(e) => void change(e.target.checked)} />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`I sit on ${committee.title}`}
          checked={committee.mine}
          onChange={(e) => void change(committee.followed || e.target.checked, e.target.checked)}
        />
      </td>
      <td>
        {committee.followed ? (committee.lastSyncedAt ? formatTimestamp(committee.lastSyncedAt) : <span className="muted">Not yet</span>) : <span className="muted">—</span>}
      </td>
      <td className="sync-committee__status">
        {problem ?? (committee.lastError ? <span className="sync-problem">{committee.lastError}</span> : committee.followed ? (committee.lastSummary ?? '') : '')}
        {committee.followed && committee.meetingCount > 0 && <span className="muted"> {plural(committee.meetingCount, 'meeting')} synced.</span>}
      </td>
    </tr>
  );
}

function Council({ council, onChange }: { council: SyncCouncilView; onChange: () => void }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [showExpired, setShowExpired] = useState(false);
  const [committees, setCommittees] = useState(council.committees);
  // A reload from the API replaces the local copy (kept so a tick shows at once).
  const [seen, setSeen] = useState(council.committees);
  if (seen !== council.committees) {
    setSeen(council.committees);
    setCommittees(council.committees);
  }
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return committees.filter((c) => (c.followed || showExpired || !c.expired) && (!words || c.followed || c.title.toLowerCase().includes(words)));
  }, [committees, filter, showExpired]);
  const update = (changed: SyncCommitteeView) => {
    setCommittees((list) => list.map((c) => (c.id === changed.id ? changed : c)));
    onChange();
  };
  const following = committees.filter((c) => c.followed).length;
  return (
    <section className="section sync-council" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`} className="section-heading">
        {council.name}
      </h2>
      <p className="muted">
        {council.baseUrl} · meetings from {formatShortDate(council.syncFrom)} · following {plural(following, 'committee')}
      </p>
      {council.lastError && (
        <p className="sync-problem" role="alert">
          {council.lastError}
        </p>
      )}
      <div className="sync-council__filters">
        <div className="field">
          <label htmlFor={`${id}-filter`}>Find a committee</label>
          <input id={`${id}-filter`} type="text" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <label className="choice">
          <input type="checkbox" checked={showExpired} onChange={(e) => setShowExpired(e.target.checked)} /> Show committees that no longer meet
        </label>
      </div>
      <div className="table-wrap">
        <table className="sync-committees">
          <caption className="visually-hidden">Committees of {council.name}</caption>
          <thead>
            <tr>
              <th scope="col">Committee</th>
              <th scope="col">Follow</th>
              <th scope="col">I sit on this</th>
              <th scope="col">Last synced</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <CommitteeRow key={c.id} committee={c} onChange={update} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="muted">No committee matches.</p>}
    </section>
  );
}

function SyncNow({ onFinished }: { onFinished: () => void }) {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const progressDone = useRef<string | null>(null);
  useEffect(() => {
    return onEvent('sync.progress', (p) => {
      setJobId((current) => current ?? p.jobId);
      setProgress(p);
      if (p.phase === 'done') {
        progressDone.current = p.jobId;
        setJobId(null);
        onFinished();
      }
    });
  }, [onFinished]);
  // A run already going (the background one) shows here too.
  useEffect(() => {
    void api['sync.status']({}).then((r) => {
      if (r.ok && r.value.running) setJobId((current) => current ?? r.value.running?.jobId ?? null);
    });
  }, []);
  const start = async () => {
    setProblem(null);
    setProgress(null);
    const result = await api['sync.run']({});
    if (!result.ok) return setProblem(result.error.message);
    // A fast run may already have reported 'done' before this reply arrives.
    setJobId((current) => (current === null && progressDone.current === result.value.jobId ? null : result.value.jobId));
  };
  const running = jobId !== null;
  const percent = progress && progress.total > 0 && progress.phase !== 'done' ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="sync-now">
      <Button onClick={() => void start()} disabled={running}>
        {running ? 'Syncing…' : 'Sync now'}
      </Button>
      <div className="sync-now__status" role="status" aria-live="polite">
        {running && percent !== null && <progress max={100} value={percent} aria-label="Sync progress" />}
        {progress && <span>{progress.message}</span>}
        {!progress && running && <span>Starting…</span>}
      </div>
      {problem && (
        <p className="sync-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function SyncPage({ refreshKey, focusOnMount }: PageProps) {
  useDocumentTitle('Council sync');
  const [reload, setReload] = useState(0);
  const again = useCallback(() => setReload((n) => n + 1), []);
  const load = useCallback(() => api['sync.councils']({}), []);
  const councils = useResource(load, refreshKey + reload);
  return (
    <>
      <PageHeading focusOnMount={focusOnMount}>Council sync</PageHeading>
      <p className="lede">
        Scrutineer can follow your council’s committees and fetch new and changed meetings, agendas, minutes and papers
        in the background: when the app starts, every few hours, and whenever you choose Sync now. Everything it
        fetches stays on this computer, so it all works offline.
      </p>
      {councils.status === 'loading' && <Loading what="connected councils" />}
      {councils.status === 'error' && <ErrorPanel title="Council sync could not be opened" error={councils.error} />}
      {councils.status === 'ready' && (
        <>
          {councils.value.length > 0 && <SyncNow onFinished={again} />}
          {councils.value.map((c) => (
            <Council key={c.id} council={c} onChange={again} />
          ))}
          <ConnectForm onConnected={again} />
        </>
      )}
    </>
  );
}
