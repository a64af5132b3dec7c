/**
 * How much of the attendance was read (issue 15, "never a confident wrong answer"): a list read in part is marked
 * 'partial', a list that names people none of whom were read 'unread', and only lists read in full (or minutes that
 * say there were no apologies) 'read'. Made-up councils and people; through parseMinutesDetailed, as the import reads them,
 * and through the store to the meeting page's data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../../../main/library/import-file';
import { meetingDetail } from '../../../main/library/queries';
import { parseMinutesDetailed, parseMinutesText } from '../../../main/minutes';
import type { Store } from '../../../main/store/database';
import { SHARED_FIXTURES, withTempStore } from '../../helpers/temp-dir';

const read = (text: string) => parseMinutesDetailed('minutes.txt', text);

/** A printed council's lists run together, members' degrees among the names: only some of them are read. */
const RUN_TOGETHER =
  'FENMOOR BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE, FENMOOR ON MONDAY 2 MARCH 2015 AT 6.00PM ' +
  'PRESENT: The Worshipful the Mayor, Councillor C C Aldous, BA (Hons) The Deputy Mayor, Councillor Ms C Penrose Aldermen A R Bexley Mrs G Tolland ' +
  'Mrs M E Varley G A Hatherley Councillors J G Brindle N Gorman D J Callow BSc (Hons) P J Mortlake C M Dearing, LLB J J Nettles MSc R A Harcourt ' +
  'K Salter (16) APOLOGIES: Alderman R Smeaton IN ATTENDANCE: Chief Executive (Mr R Colley) C140/2015 WELCOME The Mayor welcomed Members to the ' +
  'meeting. C141/2015 MINUTES It was agreed that the minutes of the meeting held on 2 February 2015 be approved.\n';

const WHOLE = [
  'Minutes of the Marshfield Parish Council meeting held on Tuesday 14 January 2025 at 7.00 pm in the Village Hall',
  '',
  'Present: Councillors A Brook (Chair), C Dale, E Frost and G Hale',
  'In attendance: Mrs J Kemp (Clerk)',
  '',
  '1. Apologies for absence',
  'Apologies were received from Councillor L Moss.',
  '',
  '2. Minutes',
  'RESOLVED that the minutes of the meeting held on 10 December 2024 be approved.',
  '',
].join('\n');

test('a list read only in part is marked partial; the people read are still listed', () => {
  const r = read(RUN_TOGETHER);
  expect(r.minutes.attendanceState).toBe('partial');
  const names = r.attendance.map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining(['C C Aldous', 'R Smeaton']));
  // Not every one of the sixteen was read: that is why the state says so.
  expect(r.attendance.filter((a) => a.status === 'present').length).toBeLessThan(16);
});

test('lists read in full are read; nothing is said to be missing', () => {
  const r = read(WHOLE);
  expect(r.attendance.map((a) => [a.name, a.status])).toEqual([
    ['A Brook', 'present'],
    ['C Dale', 'present'],
    ['E Frost', 'present'],
    ['G Hale', 'present'],
    ['Mrs J Kemp', 'in-attendance'],
    ['L Moss', 'apologies'],
  ]);
  expect(r.minutes.attendanceState).toBe('read');
});

test('an apologies item that names members none of whom were read is unread, never "no apologies"', () => {
  const welsh = [
    'Cofnodion cyfarfod Cyngor Cymuned Llanfair a gynhaliwyd ar 14 Ionawr 2025',
    '',
    '1. Ymddiheuriadau',
    'Cofnodion:',
    "Ymddiheurodd y Cynghorwyr Rhys Parri a Non Evans am na allent fynychu'r cyfarfod.",
    '',
    '2. Cofnodion',
    'Cytunwyd bod cofnodion y cyfarfod blaenorol yn gywir.',
    '',
  ].join('\n');
  const r = read(welsh);
  expect(r.minutes.apologies).toEqual([]);
  expect(r.minutes.attendanceState).toBe('unread');
});

test('minutes that say there were no apologies, with no other list, are read: "none" is what they say', () => {
  const none = WHOLE.replace(/Present:.*\n/, '').replace(/In attendance:.*\n/, '').replace('Apologies were received from Councillor L Moss.', 'There were no apologies.');
  const r = read(none);
  expect(r.attendance).toEqual([]);
  expect(r.minutes.attendanceState).toBe('read');
});

test('minutes that list no one at all are absent, and an agenda is absent', () => {
  const bare = ['Minutes of the Marshfield Parish Council meeting held on Tuesday 14 January 2025', '', '1. Minutes', 'RESOLVED that the minutes be approved.', ''].join('\n');
  expect(read(bare).minutes.attendanceState).toBe('absent');
  const agenda = [
    '2025/01/14: Parish Council Meeting – Agenda',
    '',
    'To: all Members of Marshfield Parish Council',
    '',
    'Issue date: Wednesday 8th January 2025',
    '',
    'You are hereby summoned to attend the meeting of Marshfield Parish Council on Tuesday 14th January 2025 at 7.00pm, to be held at:',
    '',
    'Marshfield Village Hall for the purpose of transacting the business on the following agenda.',
    '',
    'Sam Otter',
    '',
    'Clerk to Marshfield Parish Council',
    '',
    '1. APOLOGIES To receive apologies for absence.',
    '',
    '2. DECLARATIONS OF INTEREST To receive declarations of interest.',
  ].join('\n');
  const a = parseMinutesText(agenda);
  expect(a.document).toBe('agenda');
  expect(a.attendanceState).toBe('absent');
});

test("the web service's attendee records are the whole list: read", () => {
  const xml = fs.readFileSync(path.join(SHARED_FIXTURES, 'moderngov', 'gloucester', 'GetMeeting_7837.xml'), 'utf8');
  const r = parseMinutesDetailed('GetMeeting_7837.xml', xml);
  expect(r.attendance.length).toBeGreaterThan(10);
  expect(r.minutes.attendanceState).toBe('read');
});

describe('through the store', () => {
  let store: Store;
  withTempStore((s) => (store = s));

  test('the meeting page is told a list was read in part; a later full copy that reads it all says so', async () => {
    const first = await importFile(store, { fileName: 'fenmoor-council.txt', bytes: Buffer.from(RUN_TOGETHER) });
    expect(first.status).toBe('imported');
    const meeting = meetingDetail(store.db, first.meetingId as number);
    expect(meeting.attendanceState).toBe('partial');
    expect(meeting.attendance.length).toBeGreaterThan(0);

    const whole = await importFile(store, { fileName: 'marshfield.txt', bytes: Buffer.from(WHOLE) });
    expect(meetingDetail(store.db, whole.meetingId as number).attendanceState).toBe('read');
  });
});

test('"Apologies / B Jones, A Silk." in an Item / Action table, not read while the members present were: partial', () => {
  const page = [
    'Ashbury Parish Council',
    '',
    'Minutes of the meeting held on 13th November 2017',
    '',
    'Present Cllr’s J Paine (Chairman), R Fuller, K Bishopp.',
    '',
    'Item / Action',
    'Apologies / B Jones, A Silk, C Hunter.',
    'Declarations of Interest / None declared.',
  ].join('\n');
  const r = read(page);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['J Paine', 'R Fuller', 'K Bishopp']);
  expect(r.minutes.apologies).toEqual([]);
  expect(r.minutes.attendanceState).toBe('partial');
});
