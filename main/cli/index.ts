// `npm run cli -- <command>`: the same handlers the app uses, from a terminal.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Input, Method, Output } from '../../shared/contract';
import type { CommitteeDetail, ImportOutcome } from '../../shared/types/library';
import { dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import type { Store } from '../store/database';
import { defaultDataDir } from '../store/data-dir';
import { openStoreFromEnv } from '../store/key-source';
import { syncCommand } from './sync';
import { shareCommand } from './share';
import { closeShareService } from '../share/service';
import { correctionCommand } from './corrections';
import { searchCommand } from './search';
import { backupCommand, damagedAdvice } from './backup-command';
import { StoreDamagedError } from '../store/errors';
import { formatActions, formatCommittees, formatImport, formatMeeting, formatMeetings, formatParsed } from './format';
import { wirePipeline } from '../wiring';

wirePipeline();

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  import <files…>                 import minutes pages (HTML, text, PDF, ModernGov XML)
  list committees                 councils and committees in the library
  list meetings [--committee ID]  meetings, newest first
  show meeting <ID>               one meeting: items, declarations, decisions, its files (versions)
  list to-check                   meetings whose details could not be read from their files
  edit meeting <ID> [--council NAME] [--committee NAME] [--date YYYY-MM-DD] [--start HH:MM] [--end HH:MM] [--venue TEXT]
                                  set a meeting's details (yours: no import changes them; "none" clears one)
  merge meetings <KEEP> <OTHER>   two meetings that are one: everything of OTHER moves to KEEP
  split meeting <ID> <SHA256>     what one of its files brought becomes a meeting of its own
  delete meeting <ID>             move it to the bin (with your notes), restorable for 30 days
  restore meeting <ID>            bring it back from the bin
  list bin                        meetings in the bin
  rename committee <ID> <NAME>    (and: rename council <ID> <NAME>)
  merge committees <KEEP> <OTHER> (and: merge councils <KEEP> <OTHER>)
  parse-minutes <file>            parse a file and print the minutes contract (nothing stored)
  actions list [--committee ID] [--status open|in-progress|done|dropped|overdue] [--overdue] [--unchecked]
                                  --unchecked: only those read from the minutes that nobody has checked
  actions update <ID> [--status open|in-progress|done|dropped] [--note TEXT]
                  [--owner NAME] [--due YYYY-MM-DD|WORDS] [--kind action|noted|recommendation] [--text TEXT] [--checked]
                                  correct what was read from the minutes (yours: re-imports keep it);
                                  --kind noted marks it "not an action"; --owner "" or --due "" clears;
                                  --checked: you compared it with the minute, and the rest is right as it stands
  sync add-council <URL> [--name NAME] [--from YYYY-MM-DD]   connect a council's ModernGov site (https)
  sync committees [--council ID] [--refresh]                its committees, and which you follow
  sync follow <ID> [--mine] [--unfollow]                    follow a committee (--mine: you sit on it)
  sync run [--committee ID] [--council ID]                  fetch new and changed meetings and papers
  sync status                                               last sync per followed committee
  share connect <URL> --user NAME                           share your notes and tracker edits between your devices
                                  (CouchDB, https; SCRUTINEER_SHARE_PASSWORD, SCRUTINEER_SHARE_PASSPHRASE)
  share run | share status | share disconnect
  share committee connect <URL> --committee ID --user NAME [--db NAME]   share a committee's action log (members read; the chair and officers write)
  share committee run [--committee ID] [--include-exempt]   --include-exempt: this run sends entries from exempt items too
  share committee exempt --committee ID | send-exempt <ENTRY> | keep-exempt <ENTRY>
  share committee refused | dismiss <ID> | disconnect --committee ID | design
  search <QUERY> [--committee ID] [--from DATE] [--to DATE] [--limit N]
                                  search every paper and the minutes (dates DD/MM/YYYY or YYYY-MM-DD)
  backup list                     backups in the library's folder, with what each holds
  backup now                      take a backup
  backup restore <ID>             replace the library with a backup (a safety backup is taken first;
                                  a damaged library is set aside in its "damaged" folder)

Options:
  --json            machine-readable output
  --data-dir DIR    the store to use (default: SCRUTINEER_DATA_DIR or the app's data folder)

Encryption: set SCRUTINEER_STORE_KEY (64 hex characters) or SCRUTINEER_STORE_KEY_FILE to open or
create an encrypted library; an unencrypted one is then encrypted in place.`;

class CliError extends Error {}

async function call<M extends Method>(store: Store | null, method: M, input: Input<M>): Promise<Output<M>> {
  const handlers = createHandlers(store as Store);
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as Output<M>;
}

function readFile(file: string): { name: string; data: Uint8Array } {
  const full = path.resolve(file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) throw new CliError(`No such file: ${file}`);
  return { name: path.basename(full), data: new Uint8Array(fs.readFileSync(full)) };
}

function positiveId(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new CliError(`${what} must be a whole number, e.g. 3.`);
  return n;
}

export async function run(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      committee: { type: 'string' },
      status: { type: 'string' },
      overdue: { type: 'boolean', default: false },
      unchecked: { type: 'boolean', default: false },
      checked: { type: 'boolean', default: false },
      note: { type: 'string' },
      council: { type: 'string' },
      name: { type: 'string' },
      from: { type: 'string' },
      mine: { type: 'boolean', default: false },
      unfollow: { type: 'boolean', default: false },
      refresh: { type: 'boolean', default: false },
      date: { type: 'string' },
      owner: { type: 'string' },
      due: { type: 'string' },
      kind: { type: 'string' },
      text: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      venue: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
      user: { type: 'string' },
      db: { type: 'string' },
      'include-exempt': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  const print = (value: unknown, human: () => string) => out(values.json ? JSON.stringify(value, null, 2) : human());

  if (command === 'parse-minutes') {
    const file = rest[0];
    if (!file) throw new CliError('parse-minutes needs a file.');
    const parsed = await call(null, 'minutes.parse', readFile(file));
    print(parsed, () => formatParsed(parsed));
    return 0;
  }

  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  if (command === 'backup') {
    try {
      return await backupCommand(rest, dataDir, print);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  let store: Store;
  try {
    store = openStoreFromEnv(dataDir);
  } catch (error) {
    // A damaged library: say so and name the backup that would bring it back.
    if (error instanceof StoreDamagedError) throw new CliError(damagedAdvice(dataDir, error));
    throw error;
  }
  try {
    if (command === 'import') {
      if (rest.length === 0) throw new CliError('import needs at least one file.');
      const outcomes: ImportOutcome[] = [];
      for (const file of rest) {
        outcomes.push(fs.existsSync(file) ? await call(store, 'import.file', readFile(file)) : {
          fileName: file, status: 'failed' as const, meetingId: null, message: 'No such file.',
        });
      }
      print(outcomes, () => outcomes.map(formatImport).join('\n'));
      return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    }
    if (command === 'list' && rest[0] === 'committees') {
      const overview = await call(store, 'library.overview', {});
      print(overview, () => formatCommittees(overview));
      return 0;
    }
    if (command === 'list' && rest[0] === 'meetings') {
      const overview = await call(store, 'library.overview', {});
      const ids = values.committee
        ? [positiveId(values.committee, '--committee')]
        : overview.councils.flatMap((c) => c.committees.map((m) => m.id));
      const committees: CommitteeDetail[] = [];
      for (const committeeId of ids) committees.push(await call(store, 'library.committee', { committeeId }));
      print(committees, () => formatMeetings(committees));
      return 0;
    }
    if (command === 'show' && rest[0] === 'meeting') {
      const meeting = await call(store, 'library.meeting', { meetingId: positiveId(rest[1], 'The meeting ID') });
      print(meeting, () => formatMeeting(meeting));
      return 0;
    }
    if (command === 'actions' && rest[0] === 'list') {
      const entries = await call(store, 'actions.list', {
        committeeId: values.committee ? positiveId(values.committee, '--committee') : undefined,
        status: values.status as Input<'actions.list'>['status'],
        overdue: values.overdue || undefined,
        checked: values.unchecked ? false : undefined,
      });
      print(entries, () => formatActions(entries));
      return 0;
    }
    if (command === 'actions' && rest[0] === 'update') {
      const id = positiveId(rest[1], 'The action ID');
      const correcting = values.owner !== undefined || values.due !== undefined || values.kind !== undefined || values.text !== undefined;
      if (!values.status && !values.note && !correcting && !values.checked) throw new CliError('actions update needs --status, --note, --owner, --due, --kind, --text or --checked.');
      if (values.kind !== undefined && !['action', 'noted', 'recommendation'].includes(values.kind)) throw new CliError('--kind must be action, noted or recommendation.');
      if (correcting) {
        await call(store, 'actions.correct', {
          id,
          what: values.text,
          owner: values.owner === undefined ? undefined : values.owner || null,
          due: values.due === undefined ? undefined : values.due || null,
          kind: values.kind as Input<'actions.correct'>['kind'],
        });
      }
      // After any correction: what was corrected is the member's own; --checked confirms the rest as it stands.
      if (values.checked) await call(store, 'actions.check', { id });
      if (values.status || values.note) await call(store, 'actions.update', { ids: [id], status: (values.status as Input<'actions.update'>['status']) ?? null, note: values.note ?? '' });
      const entry = await call(store, 'actions.get', { id });
      print(entry, () => formatActions([entry]));
      return 0;
    }
    const searched = await searchCommand(positionals, { committee: values.committee, from: values.from, to: values.to, limit: values.limit }, (method, input) => call(store, method, input), print, positiveId, (message) => {
      throw new CliError(message);
    });
    if (searched !== null) return searched;
    const corrected = await correctionCommand(
      positionals,
      { council: values.council, committee: values.committee, date: values.date, start: values.start, end: values.end, venue: values.venue },
      (method, input) => call(store, method, input),
      print,
      positiveId,
      (message) => {
        throw new CliError(message);
      },
    );
    if (corrected !== null) return corrected;
    if (command === 'sync') {
      try {
        return await syncCommand(
          rest,
          { ...values, mine: values.mine || undefined },
          (method, input) => call(store, method, input),
          print,
          positiveId,
        );
      } catch (error) {
        throw error instanceof CliError ? error : new CliError((error as Error).message);
      }
    }
    if (command === 'share') {
      try {
        return await shareCommand(
          rest,
          { user: values.user, committee: values.committee, db: values.db, includeExempt: values['include-exempt'], positiveId },
          (method, input) => call(store, method, input),
          print,
        );
      } catch (error) {
        throw error instanceof CliError ? error : new CliError((error as Error).message);
      }
    }
    throw new CliError(`Unknown command "${positionals.join(' ')}". Run with --help for the list.`);
  } finally {
    await closeShareService(store);
    store.close();
  }
}

if (require.main === module) {
  // Exit only once stdout has drained: a piped `--json` of more than 64 KB must arrive whole.
  const exit = (code: number) => process.stdout.write('', () => process.exit(code));
  run(process.argv.slice(2))
    .then(exit)
    .catch((error: Error) => {
      console.error(`scrutineer: ${error.message.split('\n')[0]}`);
      exit(error instanceof CliError || error.name === 'StoreError' ? 1 : 2);
    });
}
