// `npm run cli -- share …`: sharing the member's work between their devices, through the same handlers as the app.
import { format, parseISO } from 'date-fns';
import type { Input, Method, Output } from '../../shared/contract';
import type { ShareDatabaseView, ShareHeldBackView, ShareRefusalView, ShareRunReportView } from '../../shared/types/share';

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface ShareFlags {
  user?: string;
  committee?: string;
  db?: string;
  includeExempt?: boolean;
  positiveId?: (value: string | undefined, what: string) => number;
}

/** "Tuesday, 14 January 2025 at 17:30", as the Sharing page says it. */
export const shareWhen = (iso: string | null) => (iso ? format(parseISO(iso), "EEEE, d MMMM yyyy 'at' HH:mm") : 'never');

export function formatShareDatabase(d: ShareDatabaseView): string {
  if (d.committeeId !== undefined) {
    return [
      `Committee ${d.committeeId}'s action log: ${d.user} (${d.role ?? 'member'}) on ${d.serverUrl} (${d.dbName})`,
      `  Last synced: ${shareWhen(d.lastSyncedAt)}`,
      ...(d.lastError ? [`  Last error: ${d.lastError}`] : []),
      ...(d.lastSummary ? [`  Last run: ${d.lastSummary}`] : []),
      `  Waiting to send: ${d.waiting}; from exempt items, held back: ${d.heldBack ?? 0}; refused by the server: ${d.refused ?? 0}; waiting for minutes not on this device: ${d.notHere}`,
      ...(d.keptBack ? [`  Kept on this device: ${d.keptReason ?? ''} (${d.keptBack} ${d.keptBack === 1 ? 'entry' : 'entries'})`] : []),
      ...(d.localOnly ? [`  Added by hand, staying on this device (only the chair adds entries): ${d.localOnly}`] : []),
      ...(d.withdrawn ? [`  Removed from the log by the chair (kept here, marked dropped): ${d.withdrawn}`] : []),
    ].join('\n');
  }
  return [
    `${d.name === 'member' ? 'Your own work' : d.name}: ${d.user} on ${d.serverUrl} (${d.dbName})`,
    `  Last synced: ${shareWhen(d.lastSyncedAt)}`,
    ...(d.lastError ? [`  Last error: ${d.lastError}`] : []),
    ...(d.lastSummary ? [`  Last run: ${d.lastSummary}`] : []),
    `  Waiting to send: ${d.waiting}; waiting for papers or meetings not on this device: ${d.notHere}; notes with two versions: ${d.conflicts}`,
  ].join('\n');
}

export const formatShareReport = (r: ShareRunReportView) => `${r.ok ? 'OK' : 'FAILED'} ${r.ok ? r.message : `— ${r.message}`}`;

const formatRefusal = (r: ShareRefusalView) =>
  `${r.id}. ${r.what || `entry ${r.entryId}`} — tried ${Object.entries(r.attempted).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} — refused: ${r.reason}`;

const formatHeldBack = (h: ShareHeldBackView) => `${h.entryId}. ${h.meetingDate ?? 'undated'} ${h.what} — ${h.chosen ? 'sent (you chose to)' : 'kept on this device'}${h.waiting ? ', changes waiting' : ''}`;

/** `share committee …`: a committee's shared action log. */
async function committeeCommand(args: string[], flags: ShareFlags, call: Call, print: (value: unknown, human: () => string) => void, env: NodeJS.ProcessEnv): Promise<number> {
  const [sub, ...rest] = args;
  const id = (value: string | undefined, what: string) => {
    if (flags.positiveId) return flags.positiveId(value, what);
    const n = Number(value);
    if (!value || !Number.isInteger(n) || n <= 0) throw new Error(`${what} must be a whole number, e.g. 3.`);
    return n;
  };
  if (sub === 'connect') {
    const url = rest[0];
    if (!url || !flags.user || !flags.committee) throw new Error('share committee connect needs the server address, --committee ID and --user NAME, e.g. share committee connect https://couch.example.org --committee 3 --user jones');
    const password = env.SCRUTINEER_SHARE_PASSWORD;
    const connected = await call('share.committeeConnect', {
      url,
      user: flags.user,
      committeeId: id(flags.committee, '--committee'),
      ...(flags.db ? { dbName: flags.db } : {}),
      ...(password ? { password } : {}),
    });
    print(connected, () => `Connected as ${connected.role ?? 'member'}. Run "share committee run" to share now.\n${formatShareDatabase(connected)}`);
    return 0;
  }
  if (sub === 'run') {
    const { report } = await call('share.committeeRun', {
      wait: true,
      ...(flags.committee ? { committeeId: id(flags.committee, '--committee') } : {}),
      ...(flags.includeExempt ? { includeExempt: true } : {}),
    });
    if (!report) throw new Error('No committee action log is shared on this device: run share committee connect first.');
    print(report, () => formatShareReport(report));
    return report.ok ? 0 : 1;
  }
  if (sub === 'exempt') {
    const list = await call('share.committeeHeldBack', { committeeId: id(flags.committee, '--committee') });
    print(list, () => (list.length ? list.map(formatHeldBack).join('\n') : 'No entries from exempt items.'));
    return 0;
  }
  if (sub === 'send-exempt' || sub === 'keep-exempt') {
    const entryId = id(rest[0], 'The entry');
    await call('share.committeeChooseExempt', { entryId, send: sub === 'send-exempt' });
    print({ entryId, send: sub === 'send-exempt' }, () =>
      sub === 'send-exempt' ? `Entry ${entryId} (from an exempt item) will go to the committee's database with the next run.` : `Entry ${entryId} stays on this device.`,
    );
    return 0;
  }
  if (sub === 'refused') {
    const list = await call('share.committeeRefusals', {});
    print(list, () => (list.length ? list.map(formatRefusal).join('\n') : 'The server has refused none of your changes.'));
    return 0;
  }
  if (sub === 'dismiss') {
    await call('share.committeeDismissRefusal', { id: id(rest[0], 'The refusal') });
    print({ dismissed: true }, () => 'Dismissed.');
    return 0;
  }
  if (sub === 'disconnect') {
    await call('share.committeeDisconnect', { committeeId: id(flags.committee, '--committee') });
    print({ disconnected: true }, () => "The committee's action log is no longer shared on this device. Nothing in the library was changed.");
    return 0;
  }
  if (sub === 'design') {
    const setup = await call('share.committeeDesign', {});
    print(setup, () => JSON.stringify(setup, null, 2));
    return 0;
  }
  throw new Error(`Unknown share committee command "${[sub, ...rest].join(' ')}". Use connect, run, exempt, send-exempt, keep-exempt, refused, dismiss, disconnect or design.`);
}

/** Returns the exit code; throws (with a one-line message) on a refused request. */
export async function shareCommand(
  args: string[],
  flags: ShareFlags,
  call: Call,
  print: (value: unknown, human: () => string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'committee') return committeeCommand(rest, flags, call, print, env);
  if (sub === 'connect') {
    const url = rest[0];
    if (!url || !flags.user) throw new Error('share connect needs the server address and --user NAME, e.g. share connect https://couch.example.org --user jones');
    const passphrase = env.SCRUTINEER_SHARE_PASSPHRASE;
    if (!passphrase) throw new Error('Set SCRUTINEER_SHARE_PASSPHRASE to your sharing passphrase (the same on every device; it never leaves the device).');
    const password = env.SCRUTINEER_SHARE_PASSWORD;
    const connected = await call('share.connect', { url, user: flags.user, passphrase, ...(password ? { password } : {}) });
    print(connected, () => `Connected. Run "share run" to share now.\n${formatShareDatabase(connected)}`);
    return 0;
  }
  if (sub === 'run') {
    const { report } = await call('share.run', { wait: true });
    if (!report) throw new Error('Sharing is not connected on this device: run share connect first.');
    print(report, () => formatShareReport(report));
    return report.ok ? 0 : 1;
  }
  if (sub === 'status') {
    const status = await call('share.status', {});
    print(status, () => (status.connected ? status.databases.map(formatShareDatabase).join('\n\n') : 'Sharing is not connected on this device.'));
    return 0;
  }
  if (sub === 'disconnect') {
    await call('share.disconnect', {});
    print({ disconnected: true }, () => 'Sharing is disconnected on this device. Nothing in the library was changed.');
    return 0;
  }
  throw new Error(`Unknown share command "${[sub, ...rest].join(' ')}". Use connect, run, status, disconnect or committee.`);
}
