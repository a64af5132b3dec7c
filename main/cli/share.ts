// `npm run cli -- share …`: sharing the member's work between their devices, through the same handlers as the app.
import { format, parseISO } from 'date-fns';
import type { Input, Method, Output } from '../../shared/contract';
import type { ShareDatabaseView, ShareRunReportView } from '../../shared/types/share';

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface ShareFlags {
  user?: string;
}

/** "Tuesday, 14 January 2025 at 17:30", as the Sharing page says it. */
export const shareWhen = (iso: string | null) => (iso ? format(parseISO(iso), "EEEE, d MMMM yyyy 'at' HH:mm") : 'never');

export function formatShareDatabase(d: ShareDatabaseView): string {
  return [
    `${d.name === 'member' ? 'Your own work' : d.name}: ${d.user} on ${d.serverUrl} (${d.dbName})`,
    `  Last synced: ${shareWhen(d.lastSyncedAt)}`,
    ...(d.lastError ? [`  Last error: ${d.lastError}`] : []),
    ...(d.lastSummary ? [`  Last run: ${d.lastSummary}`] : []),
    `  Waiting to send: ${d.waiting}; waiting for papers or meetings not on this device: ${d.notHere}; notes with two versions: ${d.conflicts}`,
  ].join('\n');
}

export const formatShareReport = (r: ShareRunReportView) => `${r.ok ? 'OK' : 'FAILED'} ${r.ok ? r.message : `— ${r.message}`}`;

/** Returns the exit code; throws (with a one-line message) on a refused request. */
export async function shareCommand(
  args: string[],
  flags: ShareFlags,
  call: Call,
  print: (value: unknown, human: () => string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [sub, ...rest] = args;
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
  throw new Error(`Unknown share command "${[sub, ...rest].join(' ')}". Use connect, run, status or disconnect.`);
}
