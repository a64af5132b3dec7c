// `npm run cli -- sync …`: council sync from a terminal, through the same handlers as the app.
import { format, parseISO } from 'date-fns';
import type { Input, Method, Output } from '../../shared/contract';
import type { SyncCommitteeView, SyncCouncilView, SyncReport } from '../../shared/types/sync';

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface SyncFlags {
  council?: string;
  committee?: string;
  name?: string;
  from?: string;
  mine?: boolean;
  unfollow?: boolean;
  refresh?: boolean;
}

const when = (iso: string | null) => (iso ? format(parseISO(iso), "d MMMM yyyy 'at' HH:mm") : 'never');

function committeeLine(c: SyncCommitteeView): string {
  const marks = [c.followed ? 'following' : '', c.mine ? 'I sit on it' : '', c.expired ? 'expired' : ''].filter(Boolean).join(', ');
  const status = c.followed ? ` — last synced ${when(c.lastSyncedAt)}${c.lastError ? `; last error: ${c.lastError}` : ''}` : '';
  return `  [${c.id}] ${c.title}${marks ? ` (${marks})` : ''}${status}`;
}

export const formatCouncil = (s: SyncCouncilView, all = true): string =>
  [
    `[${s.id}] ${s.name} — ${s.baseUrl} (meetings from ${format(parseISO(s.syncFrom), 'd MMMM yyyy')})${s.lastError ? `\n  Last error: ${s.lastError}` : ''}`,
    ...s.committees.filter((c) => all || c.followed).map(committeeLine),
  ].join('\n');

export function formatReport(r: SyncReport): string {
  const lines = r.committees.map((c) => `${c.ok ? 'OK    ' : 'FAILED'} ${c.title}: ${c.message}`);
  return [...lines, `${r.message} (${r.requests} request${r.requests === 1 ? '' : 's'} to councils' sites)`].join('\n');
}

/** Returns the exit code; throws (with a one-line message) on a refused request. */
export async function syncCommand(
  args: string[],
  flags: SyncFlags,
  call: Call,
  print: (value: unknown, human: () => string) => void,
  id: (value: string | undefined, what: string) => number,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add-council') {
    const url = rest[0];
    if (!url) throw new Error('sync add-council needs the site address, e.g. https://democracy.example.gov.uk');
    const council = await call('sync.addCouncil', { url, name: flags.name, syncFrom: flags.from });
    print(council, () => `Connected ${council.name}: ${council.committees.length} committees. Follow some with: sync follow ID [--mine]\n${formatCouncil(council)}`);
    return 0;
  }
  if (sub === 'committees') {
    let councils = await call('sync.councils', {});
    if (flags.council) councils = councils.filter((c) => c.id === id(flags.council, '--council'));
    if (flags.refresh) {
      for (const c of councils) await call('sync.committees', { councilId: c.id, refresh: true });
      councils = (await call('sync.councils', {})).filter((c) => councils.some((k) => k.id === c.id));
    }
    if (councils.length === 0) throw new Error(flags.council ? 'That council is not connected.' : 'No council is connected yet. Start with: sync add-council URL');
    print(councils, () => councils.map((c) => formatCouncil(c)).join('\n\n'));
    return 0;
  }
  if (sub === 'follow') {
    const view = await call('sync.follow', { committeeId: id(rest[0], 'The committee ID'), follow: !flags.unfollow, mine: flags.mine });
    print(view, () => `${view.followed ? 'Following' : 'No longer following'} ${view.title}${view.mine ? ' (you sit on it)' : ''}.`);
    return 0;
  }
  if (sub === 'run') {
    const { report } = await call('sync.run', {
      committeeId: flags.committee ? id(flags.committee, '--committee') : undefined,
      councilId: flags.council ? id(flags.council, '--council') : undefined,
      wait: true,
    });
    if (!report) throw new Error('Another sync is running; try again when it has finished.');
    print(report, () => formatReport(report));
    return report.status === 'done' ? 0 : 1;
  }
  if (sub === 'status') {
    const councils = await call('sync.councils', {});
    const status = await call('sync.status', {});
    print({ councils, status }, () =>
      [
        status.lastRun ? `Last run: ${when(status.lastRun.startedAt)}, ${status.lastRun.status}. ${status.lastRun.message ?? ''}` : 'No sync has run yet.',
        ...councils.map((c) => formatCouncil(c, false)),
      ].join('\n'),
    );
    return 0;
  }
  throw new Error(`Unknown sync command "${[sub, ...rest].join(' ')}". Use add-council, committees, follow, run or status.`);
}
