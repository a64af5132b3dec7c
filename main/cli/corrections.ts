// `edit meeting`, `delete meeting`, `restore meeting`, `merge meetings`, `list bin` and friends: the member's
// corrections from a terminal, through the same API methods as the app.
import type { Input, Method, Output } from '../../shared/contract';
import type { BinEntry, MeetingDetail } from '../../shared/types/library';
import { formatMeeting, longDate } from './format';

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
type Print = (value: unknown, human: () => string) => void;

export interface CorrectionOptions {
  council?: string;
  committee?: string;
  date?: string;
  start?: string;
  end?: string;
  venue?: string;
}

const binLine = (b: BinEntry) => `${b.meetingId}  ${b.title}  (deleted ${longDate(b.deletedAt.slice(0, 10))}; restore until ${longDate(b.restoreUntil.slice(0, 10))})`;

/** A value given as "" or "none" clears a detail (the member says it is not known). */
const orNull = (value: string | undefined) => (value === undefined ? undefined : value === '' || value.toLowerCase() === 'none' ? null : value);

/** Returns the exit code, or null when the words are not a correction command. */
export async function correctionCommand(
  words: string[],
  options: CorrectionOptions,
  call: Call,
  print: Print,
  id: (value: string | undefined, what: string) => number,
  fail: (message: string) => never,
): Promise<number | null> {
  const [verb = '', noun = '', a, b] = words;
  const what = `${verb} ${noun}`;
  if (what === 'edit meeting') {
    const changes = {
      meetingId: id(a, 'The meeting ID'),
      council: options.council,
      committee: options.committee,
      date: orNull(options.date),
      startTime: orNull(options.start),
      endTime: orNull(options.end),
      venue: orNull(options.venue),
    };
    if (Object.values(changes).filter((v) => v !== undefined).length === 1) fail('edit meeting needs at least one of --council, --committee, --date, --start, --end, --venue.');
    const meeting = await call('library.editMeeting', changes);
    print(meeting, () => `Saved. ${formatMeeting(meeting)}`);
    return 0;
  }
  if (what === 'delete meeting') {
    const entry = await call('library.deleteMeeting', { meetingId: id(a, 'The meeting ID') });
    print(entry, () => `Moved to the bin: ${entry.title}. Restore it with "restore meeting ${entry.meetingId}" until ${longDate(entry.restoreUntil.slice(0, 10))}.`);
    return 0;
  }
  if (what === 'restore meeting') {
    const restored = await call('library.restoreMeeting', { meetingId: id(a, 'The meeting ID') });
    const meeting: MeetingDetail = await call('library.meeting', { meetingId: restored.meetingId });
    print(meeting, () => `Restored from the bin. ${formatMeeting(meeting)}`);
    return 0;
  }
  if (what === 'merge meetings') {
    const meeting = await call('library.mergeMeetings', { keepId: id(a, 'The meeting to keep'), otherId: id(b, 'The meeting to merge into it') });
    print(meeting, () => `Merged. ${formatMeeting(meeting)}`);
    return 0;
  }
  if (what === 'split meeting') {
    if (!b || !/^[0-9a-f]{64}$/.test(b)) fail('split meeting needs the meeting ID and the sha256 of one of its sources (see "show meeting ID --json").');
    const split = await call('library.splitMeeting', { meetingId: id(a, 'The meeting ID'), sha256: b as string });
    print(split, () => `Split off as meeting ${split.meetingId}; check its details with "edit meeting ${split.meetingId} …".`);
    return 0;
  }
  if (what === 'list bin') {
    const bin = await call('library.bin', {});
    print(bin, () => (bin.length === 0 ? 'The bin is empty.' : bin.map(binLine).join('\n')));
    return 0;
  }
  if (what === 'list to-check') {
    const { toCheck } = await call('library.overview', {});
    print(toCheck, () => (toCheck.length === 0 ? 'No meetings need checking.' : toCheck.map((m) => `${m.id}  ${m.title}: ${m.reason}${m.fileName ? ` (${m.fileName})` : ''}`).join('\n')));
    return 0;
  }
  if (what === 'rename committee' || what === 'rename council') {
    const name = words.slice(3).join(' ').trim();
    if (!name) fail(`${what} needs the ID and the new name.`);
    if (noun === 'committee') await call('library.renameCommittee', { committeeId: id(a, 'The committee ID'), name });
    else await call('library.renameCouncil', { councilId: id(a, 'The council ID'), name });
    print({ renamed: true }, () => `Renamed to “${name}”.`);
    return 0;
  }
  if (what === 'merge committees' || what === 'merge councils') {
    const input = { keepId: id(a, `The ${noun.slice(0, -1)} to keep`), otherId: id(b, `The ${noun.slice(0, -1)} to merge into it`) };
    if (noun === 'committees') await call('library.mergeCommittees', input);
    else await call('library.mergeCouncils', input);
    print({ merged: true }, () => `Merged ${noun.slice(0, -1)} ${input.otherId} into ${input.keepId}.`);
    return 0;
  }
  return null;
}
