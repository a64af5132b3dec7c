/**
 * Attendance, round 41: a list copied from a web page with each bullet on a line of its own and notes in square brackets,
 * labels with their colon over bullets (guests, a college's management), the last bullet run into the minutes' first
 * sentence, and "MEMBERS PRESENT VIA VIDEO LINK" / "MEMBERS NOT PRESENT" over runs of titled members, as real pages
 * print them (set 49), written here with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const attendance = (text: string) => parseMinutesDetailed('page.txt', text).attendance.map((a) => `${a.status}: ${a.name}${a.role ? ` (${a.role})` : ''}`);

describe('bullets on lines of their own', () => {
  const page = [
    'Minutes of the Riverside College Board Meeting - 27th June 2024',
    'Present:',
    '-',
    'Mr John Hale (Chair)',
    '-',
    'Ms Erin Cass',
    '-',
    'Mr Ben Frost [online] [left at 16:18 due to connection issues]',
    '-',
    'Dr Ann Corr (Principal)',
    'College Management:',
    '-',
    'Mrs Amy Dale (Vice Principal Curriculum)',
    '-',
    'Mr Ralf Pine (Chief Operating Officer)',
    'In attendance:',
    '-',
    'Mr Dan Gee (Clerk to the Board)',
    'Guests:',
    '-',
    'Ms Hana Fry (Student Union President)',
    '-',
    'Mr Pete Mann (Chief Operating Officer, Riverside University)',
    'The Clerk confirmed that the meeting was quorate. The meeting commenced at 15:39.',
    '1. Minutes of the last meeting',
    'The minutes were approved.',
  ].join('\n');

  test('every list is read, each person once, with the status its label gives', () => {
    expect(attendance(page)).toEqual([
      'present: Mr John Hale (Chair)',
      'present: Ms Erin Cass',
      'present: Mr Ben Frost',
      'present: Dr Ann Corr (Principal)',
      'in-attendance: Mrs Amy Dale (Vice Principal Curriculum)',
      'in-attendance: Mr Ralf Pine (Chief Operating Officer)',
      'in-attendance: Mr Dan Gee (Clerk to the Board)',
      'in-attendance: Ms Hana Fry (Student Union President)',
      'in-attendance: Mr Pete Mann (Chief Operating Officer, Riverside University)',
    ]);
  });

  test('a note in square brackets stays in the minutes\u2019 text where it is not on a person\u2019s line', () => {
    const m = parseMinutesDetailed('page.txt', page.replace('The minutes were approved.', 'The minutes were approved [online].')).minutes;
    expect(m.items.find((i) => i.number === '1')?.minutesText).toContain('[online]');
  });
});

describe('labels that say how the members attended', () => {
  test('"MEMBERS PRESENT VIA VIDEO LINK" and "MEMBERS NOT PRESENT" over runs of titled members', () => {
    const page = [
      'ANYTOWN TOWN COUNCIL',
      '',
      'MINUTES of a MEETING of the TOWN COUNCIL via video link held on FRIDAY, 25 SEPTEMBER 2020 at 10.00 am',
      '',
      'MEMBERS PRESENT VIA VIDEO LINK',
      '',
      'Cllr S K Barr – Town Mayor Cllr D Burt Cllr C L Bute Cllr C A Chedd',
      '',
      'MEMBERS NOT PRESENT',
      '',
      'Cllr K F Webb – Deputy Town Mayor Cllr M J Hope',
      '',
      '295 TOWN COUNCIL MEETING HELD ON 10 JULY 2020',
      '',
      'RESOLVED that the Minutes of the meeting be confirmed and signed as a correct record.',
    ].join('\n');
    expect(attendance(page)).toEqual([
      'present: S K Barr (Town Mayor)',
      'present: D Burt',
      'present: C L Bute',
      'present: C A Chedd',
      'absent: K F Webb (Deputy Town Mayor)',
      'absent: M J Hope',
    ]);
  });
});

describe('apologies', () => {
  const apologies = (line: string) =>
    parseMinutesDetailed(
      'page.txt',
      ['Minutes of the meeting of Anyplace Parish Council held on Tuesday 7 May 2024 at 7.30pm', 'Present: Cllr A Smith (Chair), Cllr B Jones', '1. Apologies for absence', line, '2. Declarations of interest', 'None.'].join('\n'),
    ).minutes.apologies;

  test.each([
    ['RESOLVED to accept apologies (with reasons noted) from Mrs Jean Lowe, Mr Tom Higg & Mr Gray Calder', ['Mrs Jean Lowe', 'Mr Tom Higg', 'Mr Gray Calder']],
    ['Apologies were received from Councillors Dave Hume (FCC) David Heal (FCC) and Nigel Wills (WCC).', ['Dave Hume', 'David Heal', 'Nigel Wills']],
    ['Apologies noted: Paul Reed', ['Paul Reed']],
  ])('"%s"', (line, names) => {
    expect(apologies(line)).toEqual(names);
  });
});

describe('registers copied without their gaps', () => {
  test('"Councillors:J. W. ColeA. W. Eden": two columns run together, parted at each join', () => {
    const page = [
      'Minutes of a Meeting of the Anyport Town Council held at the Town Hall on Monday, 27th July, 2015 at 7:15 pm',
      '',
      'Councillors:J. W. ColeA. W. Eden',
      '',
      'R. D. EvansR. Gray',
      '',
      'D. R. SinnMrs. Y. G. South',
      '',
      'The Mayor apologised for the late start of the meeting.',
      '',
      'RESOLVED THAT the Minutes of the last meeting be accepted.',
    ].join('\n');
    expect(attendance(page)).toEqual(['present: J. W. Cole', 'present: A. W. Eden', 'present: R. D. Evans', 'present: R. Gray', 'present: D. R. Sinn', 'present: Mrs. Y. G. South']);
  });

  test('a line with anything but names in it is left as printed', () => {
    const m = parseMinutesDetailed(
      'page.txt',
      ['Minutes of a Meeting of the Anyport Town Council held on Monday, 27th July, 2015', 'Present: Cllr A Barr (Chair), Cllr D Burt', '1. Planning', 'The report was written by the consultantA. B. Smith for the Council.'].join('\n'),
    ).minutes;
    expect(m.items[0]?.minutesText).toContain('consultantA. B. Smith');
  });

  test('"PRESENT: … J Storr 1 Resident APOLOGIES were received from G James & M Mack The Chairman opened …": one paragraph, three parts', () => {
    const page = [
      'MINUTES OF THE MEETING OF GLENBEG COMMUNITY COUNCIL HELD ON MONDAY, 22 APRIL 2013 at 7.30 pm.',
      'PRESENT: C M Rae (Chair) C Will J Kenna (Vice Chair) I Camp J Sand 1 Resident APOLOGIES were received from G James & M Mack The Chairman opened the meeting by welcoming Mrs Kate Earn and Mrs Fiona Geach.',
      '1. MINUTES OF LAST MEETING',
      'The Minutes were approved.',
    ].join('\n');
    expect(attendance(page)).toEqual([
      'present: C M Rae (Chair)',
      'present: C Will',
      'present: J Kenna (Vice-Chair)',
      'present: I Camp',
      'present: J Sand',
      'apologies: G James',
      'apologies: M Mack',
    ]);
  });
});

test('"PRESENT Mr Angus Camp, CnES (Chairman) Mr Archie K Camp, CnES … Chief Inspector Gordon Mack, Northern Constabulary …": each person after their style or rank, their body after the comma', () => {
  const page = [
    'Riverside Community Planning Partnership Meeting',
    '',
    'Minute of meeting held on Thursday 3 March 2011 at 7pm',
    '',
    'PRESENT Mr Angus Camp, CnES (Chairman) Mr Archie K Camp, CnES Ms Seona Camp, SDS Mr David Grey, SNH Chief Inspector Gordon Mack, Northern Constabulary Mrs Katie Mack, HVS',
    '',
    '1. Minutes',
    'The minutes were approved.',
  ].join('\n');
  expect(attendance(page)).toEqual([
    'present: Mr Angus Camp (Chair)',
    'present: Mr Archie K Camp (CnES)',
    'present: Ms Seona Camp (SDS)',
    'present: Mr David Grey (SNH)',
    'present: Chief Inspector Gordon Mack (Northern Constabulary)',
    'present: Mrs Katie Mack (HVS)',
  ]);
});

test('"Attendees and apologies" over bullets of the board, "In Attendance" over bullets of officers, each "Name, Post"', () => {
  const page = [
    'Corporate Board minutes: February 2018',
    '',
    'Minutes from the 6 February 2018 meeting of the Corporate Board chaired by the Permanent Secretary.',
    '',
    'Attendees and apologies',
    '',
    '  • Lesley Evans, Permanent Secretary (Chair)',
    '  • Sara Davis, DG Organisational Development',
    '  • Liz Ditch, DG Economy',
    '',
    'In Attendance',
    '',
    '  • Barbara Allan, Director of Communications, Ministerial Support and Facilities',
    '  • Gordon Wales, Chief Financial Officer',
    '  • Julie Hume, Board Secretary, Corporate Board',
    '',
    'Items and actions',
    '',
    'Item 1: Welcome',
    '',
    '1. The Chair welcomed everyone to the meeting.',
  ].join('\n');
  expect(attendance(page)).toEqual([
    'present: Lesley Evans (Chair)',
    'present: Sara Davis (DG Organisational Development)',
    'present: Liz Ditch (DG Economy)',
    'in-attendance: Barbara Allan (Director of Communications, Ministerial Support and Facilities)',
    'in-attendance: Gordon Wales (Chief Financial Officer)',
    'in-attendance: Julie Hume (Board Secretary, Corporate Board)',
  ]);
});

test('"PresentMr Alan Orr (Chair)Dr Theo Lavery" / "Mr Ivan ArbuthMr John Grady": a register\u2019s label and its columns run together', () => {
  const page = [
    'MINUTES OF THE 24TH MEETING OF THE RIVERSIDE TEACHING COUNCIL, HELD ON THURSDAY 17TH APRIL 2008 AT THE CITY HOTEL',
    '',
    'PresentMr Alan Orr (Chair)Dr Theo Lavery',
    '',
    'Mr Ivan ArbuthMr John Grady',
    '',
    'In AttendanceMr Eddie Ardle (Registrar)',
    '',
    'ApologiesMrs Sally Kee',
    '',
    '1. Minutes',
    'The minutes were approved.',
  ].join('\n');
  expect(attendance(page)).toEqual([
    'present: Mr Alan Orr (Chair)',
    'present: Dr Theo Lavery',
    'present: Mr Ivan Arbuth',
    'present: Mr John Grady',
    'in-attendance: Mr Eddie Ardle (Registrar)',
    'apologies: Mrs Sally Kee',
  ]);
});

test('a list with no label under the heading, one person to a semicolon, some with a post after a comma', () => {
  const page = [
    'Minutes of the meeting of the Board of Trustees held on 13 December 2007 in the Court Room, National Museum',
    '',
    'Paul E Lovell, President (in the Chair); Elsie Elias, Vice President; Peter Morgan, Treasurer; Iolo ap Gwyn; Brian Willet ; Colin Jones; Mike Houl, Director General; Ann Smith, Head of Policy and Planning and Tony Lloyd, Head of Administration.',
    '',
    '550 - MINUTES: The minutes of the last meeting were approved.',
  ].join('\n');
  expect(attendance(page)).toEqual([
    'present: Paul E Lovell (Chair)',
    'present: Elsie Elias (Vice President)',
    'present: Peter Morgan (Treasurer)',
    'present: Iolo ap Gwyn',
    'present: Brian Willet',
    'present: Colin Jones',
    'present: Mike Houl (Director General)',
    'present: Ann Smith (Head of Policy and Planning)',
    'present: Tony Lloyd (Head of Administration)',
  ]);
});

describe('who came, told in a sentence', () => {
  const page = (sentence: string) =>
    ['Minutes of the meeting of Brambly Parish Council held on Monday 3 March 2014', '', `1. ${sentence} There was one member of the public.`, '', '2. Declarations of interest', 'None.', '', '3. Planning', 'The council resolved to support the application.'].join('\n');

  test('"The chairman, Chris Nor, welcomed councillors A, B and C.": the chair and the councillors welcomed were present', () => {
    expect(attendance(page('The chairman, Chris Nor, welcomed councillors Nick Levett, Peter Dance and Roger Bent.'))).toEqual([
      'present: Chris Nor (Chair)',
      'present: Nick Levett',
      'present: Peter Dance',
      'present: Roger Bent',
    ]);
  });

  test('guests welcomed are not members', () => {
    expect(attendance(page('The chairman, Chris Nor, welcomed Mrs Kate Earn from the health board.'))).toEqual([]);
  });
});
