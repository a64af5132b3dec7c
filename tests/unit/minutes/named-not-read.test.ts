/**
 * Members the minutes name elsewhere and no list read (issue 15, "never a confident wrong answer"): a councillor who
 * proposed a motion or declared an interest was at the meeting, so the meeting page names those whom no list read
 * beside the lists it shows. Made-up councils and people; through parseMinutesDetailed, through
 * `parse-minutes --json`, and through the store to the meeting page's data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../main/cli';
import { importFile } from '../../../main/library/import-file';
import { meetingDetail } from '../../../main/library/queries';
import { parseMinutesDetailed } from '../../../main/minutes';
import { namedNotRead } from '../../../main/minutes/named-not-read';
import type { Store } from '../../../main/store/database';
import { withTempStore } from '../../helpers/temp-dir';

const page = (present: string, body: string[]) =>
  [
    'Minutes of the Marshfield Parish Council meeting held on Tuesday 14 January 2025 at 7.00 pm in the Village Hall',
    '',
    present,
    'In attendance: Mrs J Kemp (Clerk)',
    '',
    '1. Apologies for absence',
    'Apologies were received from Councillor L Moss.',
    '',
    '2. Precept',
    ...body,
    '',
  ].join('\n');

const PROPOSED = ['It was proposed by Cllr Burbage and seconded by Councillors Dale and Orme that the precept be £25,000. RESOLVED.'];

test('a councillor who proposed a motion and is in no list: the name is given beside the lists read', () => {
  const r = parseMinutesDetailed('minutes.txt', page('Present: Councillors A Brook (Chair), C Dale and G Hale', PROPOSED));
  expect(r.attendance.map((a) => a.name)).toEqual(['A Brook', 'C Dale', 'G Hale', 'Mrs J Kemp', 'L Moss']);
  // The lists read held no name left unread: their state says so; the names are given beside it.
  expect(r.minutes.attendanceState).toBe('read');
  expect(r.minutes.attendanceNamedElsewhere).toEqual(['Cllr Burbage', 'Councillor Orme']);
});

test('everyone the minutes name is in a list: read, and no one is named', () => {
  const r = parseMinutesDetailed('minutes.txt', page('Present: Councillors A Brook (Chair), S Burbage, C Dale, G Hale and P Orme', PROPOSED));
  expect(r.minutes.attendanceState).toBe('read');
  expect(r.minutes.attendanceNamedElsewhere).toEqual([]);
});

test('no one is ever added to the attendance from a mention', () => {
  const r = parseMinutesDetailed('minutes.txt', page('Present: Councillors A Brook (Chair) and G Hale', ['Councillor T Quill declared a personal interest as a member of the allotment society.']));
  expect(r.attendance.some((a) => /Quill/.test(a.name))).toBe(false);
  expect(r.minutes.attendanceNamedElsewhere).toEqual(['Councillor T Quill']);
});

test('a title before a common word is no name; possessives and broken words are tidied; plural titles give each person', () => {
  const text =
    'The scheme was approved. Cllr Scheme. Councillor Tricia Bear’s apologies were noted. Councillors Rutland- Barsby spoke. ' +
    'Cllrs Ashton, Bowles and Carr arrived at 7.35pm. Mr. J. France applied to be co-opted.';
  expect(namedNotRead(text, new Set(['carr']))).toEqual(['Councillor Tricia Bear', 'Cllr Ashton', 'Cllr Bowles', 'Mr. J. France']);
});

test('parse-minutes --json prints the names and the state', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'named-not-read-'));
  const file = path.join(dir, 'marshfield.txt');
  fs.writeFileSync(file, page('Present: Councillors A Brook (Chair), C Dale and G Hale', PROPOSED));
  const lines: string[] = [];
  expect(await run(['parse-minutes', file, '--json'], (line) => lines.push(line))).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
  const parsed = JSON.parse(lines.join('\n')) as { attendanceState: string; attendanceNamedElsewhere: string[] };
  expect(parsed.attendanceState).toBe('read');
  expect(parsed.attendanceNamedElsewhere).toEqual(['Cllr Burbage', 'Councillor Orme']);
});

describe('through the store', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('the meeting page is given the names; a later whole copy that lists them clears them', async () => {
    const first = await importFile(store, { fileName: 'marshfield.txt', bytes: Buffer.from(page('Present: Councillors A Brook (Chair), C Dale and G Hale', PROPOSED)) });
    const meeting = meetingDetail(store.db, first.meetingId as number);
    expect(meeting.attendanceState).toBe('read');
    expect(meeting.attendanceNamedElsewhere).toEqual(['Cllr Burbage', 'Councillor Orme']);

    const fuller = page('Present: Councillors A Brook (Chair), S Burbage, C Dale, G Hale and P Orme', PROPOSED);
    const second = await importFile(store, { fileName: 'marshfield-final.txt', bytes: Buffer.from(fuller) });
    expect(second.meetingId).toBe(first.meetingId);
    const after = meetingDetail(store.db, first.meetingId as number);
    expect(after.attendanceNamedElsewhere).toEqual([]);
  });
});

test('someone the minutes say was not there is not asked about', () => {
  const text = 'A written report was provided by Ward Councillor Watson (who was not present). Cllr Ames was unable to attend. Mr Cansdale spoke.';
  expect(namedNotRead(text, new Set())).toEqual(['Mr Cansdale']);
});

test('two people read as one ("M Rouse Cll S Friend-Smith") leave the lists partial: they were not read as printed', () => {
  const r = parseMinutesDetailed('minutes.txt', page('Present: Councillors A Brook (Chair), M Rouse Cll S Friend-Smith, C Dale and G Hale', []));
  // Whatever the reader made of the run-together names, a name holding a second title is never in a list shown as whole.
  const joined = r.attendance.some((a) => /\bCll\b/.test(a.name));
  expect(joined && r.minutes.attendanceState === 'read').toBe(false);
  expect(r.attendance.some((a) => /Rouse/.test(a.name))).toBe(true);
  // Courtesy titles at the start of each name are no sign of that.
  const styled = parseMinutesDetailed('minutes.txt', page('Present: Mr R Montagu (Chair), Mrs C Dale and Dr G Hale', []));
  expect(styled.attendance.map((a) => a.name)).toEqual(expect.arrayContaining(['Mr R Montagu', 'Mrs C Dale', 'Dr G Hale']));
  expect(styled.minutes.attendanceState).toBe('read');
});

test('a title used as a noun\'s first word is no one: "Councillor Vacancy", "Councillor Training Day", "Cllr CCllr"', () => {
  const text =
    'Councillor Vacancy: the notice was posted. Councillor Training Day on 14 November. Present: Cllr CCllr Ames. Mrs M Paterson Representing the Trust. ' +
    'Councillor Dr Moore would leave early.';
  expect(namedNotRead(text, new Set(['ames']))).toEqual(['Mrs M Paterson', 'Councillor Dr Moore']);
});
