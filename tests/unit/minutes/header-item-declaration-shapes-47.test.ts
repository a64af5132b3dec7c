/**
 * Headers, items and declarations, round 41: a meeting's body named with how it met ("the TOWN COUNCIL via video
 * link"), minutes numbered by year, month and paragraph ("24/09/2.1"), and a declaration written as a resolution's
 * numbered paragraph ("1887.1 that Professor Dame … declared an interest …"), as real pages print them (set 49), written
 * here with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n')).minutes;

test('"a MEETING of the TOWN COUNCIL via video link": how it met is not part of the body\u2019s name', () => {
  const m = parse([
    'MINUTES of a MEETING of the TOWN COUNCIL via video link held on FRIDAY, 25 SEPTEMBER 2020 at 10.00 am',
    'Present: Cllr A Barr (Chair), Cllr D Burt, Cllr C Bute',
    '295 MINUTES',
    'RESOLVED that the Minutes of the meeting be confirmed and signed as a correct record.',
  ]);
  expect(m.committee).toBe('TOWN COUNCIL');
});

test('minutes numbered "24/09/2.1" are items, and the declarations item among them says none were made', () => {
  const m = parse([
    'Minutes of the Riverside College Board Meeting - 27th June 2024',
    'Present: Mr John Hale (Chair), Ms Erin Cass, Mr Alan Smart',
    'Agenda item |',
    '24/09/2.1 Apologies for absence and declarations of interests |',
    'Apologies for absence were received from:',
    'No further Declarations of Interest were received besides those already held by the Clerk to the Board. |',
    '||',
    '24/09/2.2 Minutes of the last meeting |',
    'The minutes were approved. |',
  ]);
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['24/09/2.1', 'Apologies for absence and declarations of interests'],
    ['24/09/2.2', 'Minutes of the last meeting'],
  ]);
  expect(m.declarationsState).toBe('none-declared');
});

test('"1887.1 that Professor Dame Jan Finn declared an interest …": the paragraph\u2019s number and "that" are not the member', () => {
  const m = parse([
    'Minutes of the meeting of the Council of Riverside University held on Monday 8 February 2021 at 10.00am',
    'Present: Professor Sam Palmer (Chair), Professor Dame Jan Finn, Dr Sue Luke',
    '1886 Minutes',
    'Received the minutes of the last meeting.',
    '1887 Declarations of interest',
    '1887.1 that Professor Dame Jan Finn declared an interest in relation to agenda item 21 (Membership of the Partnership), being a member of its funder.',
    '1888 Chair\u2019s Report',
    'Received and considered the Chair\u2019s report.',
  ]);
  expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['Professor Dame Jan Finn', '21']]);
  expect(m.declarationsState).toBe('declared');
});

describe('declarations', () => {
  const declarationsOf = (line: string) => {
    const m = parse([
      'Minutes of the meeting of Anyplace Parish Council held on Tuesday 7 May 2024 at 7.30pm',
      'Present: Cllr A Smith (Chair), Cllr B Jones',
      '1. Apologies',
      'None.',
      '2. Declarations of interest',
      line,
      '3. Date of next meeting',
      'Tuesday 4 June 2024.',
    ]);
    return { state: m.declarationsState, read: m.declarations.map((d) => [d.member, d.item, d.subject]) };
  };

  test('"Peter Hurd, Treasurer to the Fire Authority, declared …": the post between commas is not part of the member', () => {
    expect(declarationsOf('Peter Hurd, Treasurer to the Fire Authority, declared a non-prejudicial interest in agenda item 8, Retirement of the Treasurer.')).toEqual({
      state: 'declared',
      read: [['Peter Hurd', '8', 'agenda item 8, Retirement of the Treasurer']],
    });
  });

  test('"Declarations of Public Interest: T. Holt, D. Cree and A. Cree.": each member declared, what in is not said', () => {
    expect(declarationsOf('Declarations of Public Interest:  T. Holt, D. Cree and A. Cree.')).toEqual({
      state: 'declared',
      read: [
        ['T. Holt', null, ''],
        ['D. Cree', null, ''],
        ['A. Cree', null, ''],
      ],
    });
  });

  test('"Declarations of interest: Planning Application" names no member: nothing is read as a declaration', () => {
    expect(declarationsOf('Declarations of interest: Planning Application').read).toEqual([]);
  });
});

test('headings in capitals with a full stop after them are the items; the page\u2019s title lines before them are not', () => {
  const m = parse([
    'PC Meeting Minutes & Agenda - Nov 2022',
    '',
    'MINUTES FROM THE PARISH COUNCIL MEETING  HELD ON Nov 22nd 2022 (Agenda is below the minutes)',
    '',
    'PRESENT: Councillors A Wills, (Chairman), Cllrs Mrs Penn, Mrs Pat, C Rich and the Parish Clerk, Mrs S. Mack.',
    '',
    'APOLOGIES FOR ABSENCE.  There were none.',
    '',
    'DECLARATIONS OF INTEREST.  There were none.',
    '',
    'MINUTES OF MEETING, Sept 27th 2022. It was proposed by Cllr Mrs Penn and seconded by Cllr Mrs Pat that these be accepted as Minutes.',
    '',
    'REPORTS FROM VISITING REPRESENTATIVE(S). D/Cllr Jack submitted a report prior to the meeting, which was noted.',
    '',
    'VACANCY FOR COUNCILLOR. Mrs Farr has resigned. The district council has been notified.',
  ]);
  expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'MINUTES OF MEETING', 'REPORTS FROM VISITING REPRESENTATIVE(S)', 'VACANCY FOR COUNCILLOR']);
  expect(m.declarationsState).toBe('none-declared');
});

test('a page copied as one long paragraph: the list of who came is read from it and its business stays', () => {
  const talk = 'The Chairman opened the meeting by welcoming the health board\u2019s representatives, who gave a presentation on services in the area and answered questions. '.repeat(10);
  const m = parse([
    `Glenbeg CC Minutes 22 April 2013 MINUTES OF THE MEETING OF GLENBEG COMMUNITY COUNCIL HELD IN GLENBEG HALL ON MONDAY, 22 APRIL 2013 at 7.30 pm. PRESENT : C M Rae (Chair) C Will J Kenna I Camp J Sand 1 Resident APOLOGIES were received from G James ${talk}1. MINUTES OF LAST MEETING The Minutes of the last meeting were proposed and seconded by I Camp and J Sand respectively. It was agreed to write to the Highland Council about the road.`,
  ]);
  expect(m.decisions.length).toBeGreaterThan(0);
});

test('dates in a line of correspondence ("Email - 3/3/14 - Ann Gunn - …") are not minutes\u2019 numbers', () => {
  const m = parse([
    'Glenbeg Community Council',
    '',
    'Minutes of Meeting held on 24th March 2014 @ 7:30 p.m. Glenbeg Hall',
    '',
    '1 Present & Apologies Present: Ellen Frost, Phil Gale, Mary Beth Apologies: Dawn Lupp',
    '',
    '2 Approve and adopt previous minutes February\u2019s minutes were accepted proposed by Ellen and seconded by Mary.',
    '',
    `3 Communications received 3.1 By the secretary February - March 2014 ${['Ann Gunn', 'Mai Thom', 'Fiona Geach', 'Gill Vick', 'Mona Urq', 'Anne Carr', 'Drew Hend', 'John Book', 'Gill Vick', 'Sam Hart']
      .map((name, k) => `Email - ${k + 3}/3/14 - ${name} - NHS Highland Options meeting - distributed`)
      .join(' ')}`,
  ]);
  expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
});
