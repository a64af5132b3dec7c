/**
 * Issue 15, general shapes met again on built-on pages of the seventh and eighth sets (the ninth set's pages unread
 * until the end), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a whole minute run into one paragraph, its items numbered without points', () => {
  // As a PDF's text often comes: one line, a page reference first, "Present:-", items "1 Title Sentence …".
  const page =
    '2-114 MINUTES of MEETING of the GLENMUIR COUNCIL held in the Council Chambers, Kirk Street, Kilbrannan on Tuesday, 3 March 2015 at 2.00pm. ' +
    'Present:- Provost Dunn, Depute Provost Weir and Councillors Barrie, Carswell, Kerr and Moffat. ' +
    '1 Declarations of Interest No declarations of interest were intimated. ' +
    '2 Order of Business The Clerk advised that an additional item would be taken as item No 9A on the Agenda. ' +
    '3 Minutes of Council The Minutes of Meetings of Glenmuir Council of 3 and 10 February 2015 were submitted and approved as correct records. ' +
    '4 Other Meetings The Council noted the Minutes of the Cabinet of 10 February 2015. Planning Committee 24 February 2015 ' +
    '2-115 5 Questions to the Leader No questions had been received.';

  test('is read as minutes, with its heading, its members present and every item', () => {
    const { minutes: m, attendance } = parse(page);
    expect(m.document).toBe('minutes');
    expect(m.date).toBe('2015-03-03');
    expect(m.startTime).toBe('14:00');
    expect(m.venue).toBe('Council Chambers, Kirk Street, Kilbrannan');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Declarations of Interest'],
      ['2', 'Order of Business'],
      ['3', 'Minutes of Council'],
      ['4', 'Other Meetings'],
      ['5', 'Questions to the Leader'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Dunn', 'Weir', 'Barrie', 'Carswell', 'Kerr', 'Moffat']);
  });

  test('numbers inside sentences do not start items: three in a row after sentence ends are needed', () => {
    const prose =
      'MINUTES of MEETING of the GLENMUIR COUNCIL held in Kilbrannan on Tuesday, 3 March 2015 at 2.00pm. Present: Councillors Barrie and Kerr. ' +
      'The Council considered the budget. 12 Members voted for it and 3 Members against. The Provost thanked officers. 4 New Homes were reported in the ward.';
    const m = parse(prose).minutes;
    expect(m.items.map((i) => i.number)).not.toContain('12');
    expect(m.items.map((i) => i.number)).not.toContain('4');
  });
});

describe('attendance lists that run on', () => {
  test("a long 'Name, Post; Name, Post; …' list of officers inside the header paragraph is read whole", () => {
    const posts = [
      'Chief Executive', 'Depute Chief Executive', 'Executive Director of Education', 'Executive Director of Finance', 'Head of Democratic Services',
      'Head of Finance', 'Head of Planning and Economic Development', 'Head of Legal Services', 'Head of Service: Community Care', 'Head of Roads',
      'Corporate Accounting Manager', 'Group Finance Manager - Central', 'Principal Planning Officer', 'Administrative Officer',
      'Acting Head of Roads and Transportation', 'Shared Services Project Manager', 'Head of Housing and Communities',
    ];
    const people = ['Ann Bell', 'Colin Dunn', 'Eva Ford', 'Gus Hart', 'Isla Jack', 'Kit Laird', 'Mona Ness', 'Owen Pratt', 'Rita Shaw', 'Tam Urie', 'Vic Watt', 'Wendy Young', 'Alan Boyd', 'Cara Dale', 'Ewan Fyfe', 'Gail Hogg', 'Iain Kerr'];
    const attending = people.map((p, k) => `${p}, ${posts[k]}`);
    expect(attending.join('; ').length).toBeGreaterThan(600);
    const page = [
      'MINUTES OF MEETING HELD ON THURSDAY 27 JUNE 2013 AT 1000 HOURS IN THE COUNCIL CHAMBERS, KIRK STREET',
      '',
      `PRESENT: Provost Jim Todd and Councillors Helen Coffey, Andrew Hershaw and Moira Pirie. ATTENDING: ${attending.slice(0, -1).join('; ')}; and ${attending.at(-1)}. APOLOGIES: Councillors Ellen Freel and John McGhee.`,
      '',
      '1. DECLARATIONS OF INTEREST',
      '',
      'There were no declarations of interest.',
    ].join('\n');
    const { attendance } = parse(page);
    const inAttendance = attendance.filter((a) => a.status === 'in-attendance');
    expect(inAttendance.map((a) => a.name)).toEqual(people);
    expect(inAttendance.find((a) => a.name === 'Rita Shaw')?.role).toBe('Head of Service: Community Care');
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Ellen Freel', 'John McGhee']);
  });

  test('a list joined to the heading and sentence after it ends at its last name', () => {
    // Every line of the copy stood apart, so its lines were joined into paragraphs: the list took in "Prayers …".
    const wrapped = [
      'Ashby Town Council',
      'MINUTES of the Meeting of the Town Council held at the Old School, Mill Road, Ashby on Thursday, 12 July 2007 at 7 p.m.',
      'PRESENT:- Councillors Jane Andrews, Mark Barrett, Gail Bunting, Emma Sanger (Deputy Mayor), Rick Theobald and Rosa Wheeler Prayers Prayers were led by Councillor Mark Barrett',
      '101. APOLOGIES FOR ABSENCE',
      'Apologies for absence from Councillor Lynne Beaumont were',
      'received and approved.',
      '102. DECLARATIONS OF INTEREST',
      'There were no declarations of interest.',
      '103. MINUTES',
      'RESOLVED: That the Minutes of the meeting held on 30 May 2007 be',
      'approved and signed as a correct record by the Town Mayor.',
      'Proposed: Councillor Jane Andrews',
      'Seconded: Councillor Emma Sanger',
      'Voting: F:14, Ag:0, Ab:0',
    ].join('\n\n');
    const present = parse(wrapped).attendance.filter((a) => a.status === 'present');
    expect(present.map((a) => a.name)).toEqual(['Jane Andrews', 'Mark Barrett', 'Gail Bunting', 'Emma Sanger', 'Rick Theobald', 'Rosa Wheeler']);
    expect(present.find((a) => a.name === 'Emma Sanger')?.role).toBe('Deputy Mayor');
  });
});

describe('item headings', () => {
  test("a table copied with pipes, '1 | Apologies for Absence |' over the minute, gives each item its title", () => {
    const page = [
      'Minutes of the meeting of the Council of Eastmoor Borough Council held on 17 January 2024.',
      'Item | Title | Minutes |',
      '1 | Apologies for Absence |',
      'Apologies for absence were received from Councillors Bell and Dunn. |',
      '2 | Declarations of Interests |',
      'There were no declarations of interests. |',
      '3 | Confirmation of Previous Minutes |',
      'RESOLVED that the minutes of the meeting held on 22 November 2023 be approved as a correct record. |',
      '4 | Public Speaking under Standing Orders 27.5 & 28 |',
      'There were no public questions. |',
    ].join('\n');
    const m = parse(page).minutes;
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interests'],
      ['3', 'Confirmation of Previous Minutes'],
      ['4', 'Public Speaking under Standing Orders 27.5 & 28'],
    ]);
    expect(m.decisions.find((d) => d.item === '3')?.kind).toBe('procedural');
  });

  test("'410 APOLOGIES FOR ABSENCE -', the dash before the minute under it, is the heading without its dash", () => {
    const page = [
      'WESTVALE COUNCIL',
      '',
      'Minutes of a meeting held on 28th September, 2015.',
      '',
      'Present: Councillor Fred Jones (Mayor); Councillors Ann Bell, Rhys Birch and Lis Cox.',
      '',
      '410 APOLOGIES FOR ABSENCE -',
      '',
      'This was received from Councillor Mair Hughes.',
      '',
      '411 DECLARATIONS OF INTEREST -',
      '',
      'No declarations were received.',
      '',
      '412 MINUTES -',
      '',
      'RESOLVED - T H A T the minutes of the meeting held on 15th July, 2015 be approved as a correct record.',
    ].join('\n');
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['410', 'APOLOGIES FOR ABSENCE'],
      ['411', 'DECLARATIONS OF INTEREST'],
      ['412', 'MINUTES'],
    ]);
  });
});

describe('meeting headers', () => {
  const minutesAfter = (heading: string[]) =>
    parse([...heading, '', 'PRESENT: Councillors Bell, Dunn and Ford.', '', '1. APOLOGIES', '', 'Apologies were received from Councillor Hart.', '', '2. MINUTES', '', 'The minutes were approved as a correct record.'].join('\n')).minutes;

  test("'MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER ON MONDAY 24th MARCH2014 AT 7.00 PM': the year glued to the month", () => {
    const m = minutesAfter(['MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER ON MONDAY 24th MARCH2014 AT 7.00 PM']);
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['COUNCIL', '2014-03-24', '19:00', 'COUNCIL CHAMBER']);
  });

  test("'… ON THURSDAY 27 JUNE 2013 AT 1000 HOURS IN THE COUNCIL CHAMBERS, …': the 24-hour clock without its colon, and the place after it", () => {
    const m = minutesAfter(['GLENMUIR COUNCIL', '', 'MINUTES OF MEETING HELD ON THURSDAY 27 JUNE 2013 AT 1000 HOURS IN THE COUNCIL CHAMBERS, COUNCIL HEADQUARTERS, LONDON ROAD,']);
    expect([m.date, m.startTime, m.venue]).toEqual(['2013-06-27', '10:00', 'COUNCIL CHAMBERS, COUNCIL HEADQUARTERS, LONDON ROAD']);
  });

  test("'Tuesday, 8 December 2020, 10:30.': a time ending the sentence is a time, not part of a date", () => {
    const m = minutesAfter(['Minute General Meeting of the Council Tuesday, 8 December 2020, 10:30.']);
    expect([m.date, m.startTime]).toEqual(['2020-12-08', '10:30']);
  });

  test("a sharing site's title and file lines above 'MINUTES OF THE 1000th X PARISH COUNCIL MEETING HELD ON … AT <PLACE> PRESENT: …'", () => {
    const page = [
      'January 2018 at Ashby Village Hall, West View, Ashby',
      '',
      'Total Page:16',
      '',
      'File Type:pdf, Size:1020Kb',
      '',
      'January 2018 at Ashby Village Hall, West View, Ashby MINUTES OF THE 1000th ASHBY PARISH COUNCIL MEETING HELD ON MONDAY 8 JANUARY 2018 AT ASHBY VILLAGE HALL, WEST VIEW, ASHBY PRESENT: Councillors Berry, Dunn, Harper and Wheale.',
      '',
      '413/01/18 APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Councillor Hayes.',
    ].join('\n');
    const m = parse(page).minutes;
    expect([m.council, m.committee, m.date, m.venue]).toEqual(['ASHBY PARISH COUNCIL', 'ASHBY PARISH COUNCIL', '2018-01-08', 'ASHBY VILLAGE HALL, WEST VIEW, ASHBY']);
  });
});

describe('declarations', () => {
  test("'PERSONAL – Councillors A, B and C declared a personal interest …': the label before the sentence", () => {
    const page = [
      'Minutes of the meeting of Ashby Parish Council held on 5 June 2018 at 7.30pm in the Village Hall.',
      '',
      'Present: Councillors Gill, Spence, Sugden and Hart.',
      '',
      '23/18. Declarations of Interests',
      '',
      'PERSONAL – Councillors Gill, Spence and Sugden declared a personal interest in the item concerning Ashby Park Trust.',
      '',
      '24/18. Minutes',
      '',
      'The minutes of the meeting held on 1 May 2018 were approved.',
    ].join('\n');
    const m = parse(page).minutes;
    expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([
      ['Gill', 'personal'],
      ['Spence', 'personal'],
      ['Sugden', 'personal'],
    ]);
    expect(m.declarationsState).toBe('declared');
  });

  test('officers named by initials and surname, without a title, declaring one interest together and leaving', () => {
    const page = [
      'Minutes of the meeting of the Cabinet of Eastmoor District Council held on 3 March 2015 at 6.30pm in the Council Chamber.',
      '',
      'Present: Councillors Bell, Dunn and Ford.',
      '',
      '1. Declarations of Interest',
      '',
      'There were no Declarations of Interest by Members.',
      '',
      'A Byrne, C Dale and E Finch declared Disclosable Pecuniary Interests in Agenda Item No. 15 – Car Allowances, as they are all in receipt of such payments. They all left the meeting during the consideration of this item.',
      '',
      '2. Minutes',
      '',
      'The minutes of the meeting held on 3 February 2015 were approved.',
    ].join('\n');
    const m = parse(page).minutes;
    expect(m.declarations.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
      ['A Byrne', '15', 'disclosable-pecuniary', true],
      ['C Dale', '15', 'disclosable-pecuniary', true],
      ['E Finch', '15', 'disclosable-pecuniary', true],
    ]);
  });

  test("a web page's numbered business, '1 Sederunt' and '2 Declaration of Group Decisions and Members Interests', is the meeting's items", () => {
    const page = [
      'Glenmuir Council',
      '28 Oct 2020 - 09:30 to 12:45',
      '',
      'Public Items',
      '1 Sederunt',
      '2 Declaration of Group Decisions and Members Interests',
      '',
      'Councillors Morrison, Coull and Eagle, as members of the Board, all declared an interest in Agenda Item 8.',
      '',
      '3 Resolution',
      '',
      'The Meeting resolved that the public be excluded from the meeting for Item 14.',
    ].join('\n');
    const m = parse(page).minutes;
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Sederunt'],
      ['2', 'Declaration of Group Decisions and Members Interests'],
      ['3', 'Resolution'],
    ]);
    expect(m.declarations.map((d) => d.member)).toEqual(['Morrison', 'Coull', 'Eagle']);
  });
});

describe('decisions in prose', () => {
  const page = [
    'Minutes of the Meeting of Ashby Town Council held on Tuesday 10th December 2019 at the Town Hall, Mill Street, Ashby.',
    '',
    'Present: Councillors Adams, Goodwin and Haigh.',
    '',
    '1. Confirmation of Minutes',
    '',
    '135/19-20 RESOLVED that, the minutes of the Town Council meeting held on 12th November are duly accepted as a true and accurate record.',
    '',
    '2. Minutes of the Extraordinary Meeting',
    '',
    'The Chair signed the minutes of the extraordinary meeting of the Council, held on 19 November 2019 as a true record.',
    '',
    '3. Review of Action Plan',
    '',
    'The Action plan was NOTED.',
    '',
    '4. Minutes of the Planning Committee',
    '',
    'The minutes of the Planning Committee of 26th November were ratified.',
  ].join('\n');

  test('a minute reference before RESOLVED, the chair signing the minutes, NOTED in capitals, minutes ratified', () => {
    const ds = parse(page).minutes.decisions;
    expect(ds.map((d) => [d.item, d.kind, d.label])).toEqual([
      ['1', 'procedural', null],
      ['2', 'procedural', null],
      ['3', 'noted', null],
      ['4', 'procedural', null],
    ]);
    expect(ds[0]?.text).toMatch(/^that, the minutes of the Town Council meeting held on 12th November are duly accepted/);
  });
});

describe("a list's bullets run into one line", () => {
  test("'Clerk • A, post. In Attendance • B, post. • C, post (for Items 1 to 23). Apology • D. Declarations of Interest • E – Item 14.1.'", () => {
    const page = [
      'Minute General Meeting of the Council Tuesday, 8 December 2020, 10:30.',
      '',
      'Present Councillors Ann Bell, Colin Dunn, Eva Ford and Gus Hart.',
      '',
      'Clerk • Ian Jack, Head of Legal Services. In Attendance • Kit Laird, Interim Chief Executive. • Mona Ness, Executive Director of Development (for Items 1 to 23). • Owen Pratt, Head of Finance. Apology • Councillor Rita Shaw. Declarations of Interest • Councillor Colin Dunn – Item 14.1. • Councillor Gus Hart – Item 14.1.',
      '',
      '1. Urgent Item',
      '',
      'The Council noted that the Convener had permitted discussion of an urgent item.',
      '',
      '2. Minutes',
      '',
      'The minutes of the meeting held on 10 November 2020 were approved.',
    ].join('\n');
    const { minutes: m, attendance } = parse(page);
    // "Present Councillors Ann Bell, Colin Dunn, …": the label without its colon, before titled full names.
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Ann Bell', 'Colin Dunn', 'Eva Ford', 'Gus Hart']);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Ian Jack', 'Head of Legal Services'],
      ['Kit Laird', 'Interim Chief Executive'],
      ['Mona Ness', 'Executive Director of Development'],
      ['Owen Pratt', 'Head of Finance'],
    ]);
    expect(m.apologies).toEqual(['Rita Shaw']);
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Colin Dunn', '14.1'],
      ['Gus Hart', '14.1'],
    ]);
    expect(m.declarationsState).toBe('declared');
    // Every list read: the declarations heading and its bullets after the apology are not part of the apologies.
    expect(m.attendanceState).toBe('read');
  });
});

test("labelled lists as bullets: '• Members: Cllrs A (Chair), B …' / '• Others: C Clerk to the Council' / '• Apologies for absence: Cllrs D'", () => {
  const page = [
    'Minutes of the meeting of the Ashby Community Council held at Ashby School on Monday, 13th March, 2017, at 7.00 p.m.',
    '',
    '167.0. Agenda Item 1: Record of those Present/Apologies • Members: Cllrs Wyn Evans (Chair), Huw Rees (Vice Chair), Nia Lloyd, Simon Morgan and Darren Pryce • Others: Llew Thomas Clerk to the Council, Mr Hefin Jones • Apologies for absence: Cllrs Gavin Griffiths and Ellis Davies.',
    '',
    '167.1 Welcome • The Chair welcomed everyone and declared the meeting open at 7.00 p.m.',
    '',
    '168.0 Agenda Item 2 Declarations of Interest • None were declared.',
  ].join('\n');
  const { attendance } = parse(page);
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Wyn Evans', 'present', 'Chair'],
    ['Huw Rees', 'present', 'Vice-Chair'],
    ['Nia Lloyd', 'present', null],
    ['Simon Morgan', 'present', null],
    ['Darren Pryce', 'present', null],
    ['Llew Thomas', 'in-attendance', 'Clerk to the Council'],
    ['Mr Hefin Jones', 'in-attendance', null],
    ['Gavin Griffiths', 'apologies', null],
    ['Ellis Davies', 'apologies', null],
  ]);
});

test("'Present' over each office and its holder, then 'Councillors' over the members' list", () => {
  const page = [
    'Council',
    'Monday, 16th July 2007',
    '',
    'Present',
    '',
    'Mayor',
    '',
    'Councillor PN Gilmour',
    '',
    'Deputy Mayor',
    '',
    'Councillor AER Jonas',
    '',
    'Councillors',
    '',
    'RL Abbot, C Blake, A Bridge, SA Browne, Karen Hayes, Mrs CM Meade',
    '',
    'Apologies',
    '',
    'S L Clark, AT Jennings',
    '',
    'Minute 25 - MAYOR\'S COMMUNICATIONS',
    '',
    'The Mayor welcomed everyone to the meeting.',
  ].join('\n');
  const { attendance } = parse(page);
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['PN Gilmour', 'present', 'Mayor'],
    ['AER Jonas', 'present', 'Deputy Mayor'],
    ['RL Abbot', 'present', null],
    ['C Blake', 'present', null],
    ['A Bridge', 'present', null],
    ['SA Browne', 'present', null],
    ['Karen Hayes', 'present', null],
    ['Mrs CM Meade', 'present', null],
    ['S L Clark', 'apologies', null],
    ['AT Jennings', 'apologies', null],
  ]);
});

test("'Present:-' over a person to a line, a table's pipes and group headings between them", () => {
  const page = [
    'Glenmuir City Council - 24/06/2019',
    'At a MEETING of the GLENMUIR CITY COUNCIL held at Glenmuir on 24th June, 2019.',
    'Present:- Lord Provost Ian BURNS',
    '|',
    'Depute Lord Provost Bill CAIRD |',
    'BAILIES',
    'Willie SANDS |',
    'Kevin KERR |',
    '|',
    'COUNCILLORS',
    'John ALLAN |',
    'Steven ROSS |',
    'Lord Provost Ian BURNS, Convener, in the Chair.',
    'I DECLARATIONS OF INTEREST',
    'Bailie Sands declared a non-financial interest in Article IX.',
  ].join('\n');
  const { attendance } = parse(page);
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Ian BURNS', 'Bill CAIRD', 'Willie SANDS', 'Kevin KERR', 'John ALLAN', 'Steven ROSS']);
  expect(attendance.find((a) => a.name === 'Bill CAIRD')?.role).toBe('Depute Lord Provost');
});

describe('a register marked P before each member, with no key', () => {
  const heading = 'Minutes of the Meeting of Ashby Town Council Held on Tuesday 10th December 2019 at the Town Hall, Mill Street, Ashby';
  const rest = ['', 'In attendance: Andrew Trent - Town Clerk', '', '1. Apologies for Absence', '', 'Councillor Joan Dix.'];

  test('every mark P: all present', () => {
    const register = 'P Cllr. D. Adamson P Cllr. P. Godwin P Cllr. T. Baggley P Cllr. B. Haig P Cllr. C.P. Cope';
    const { attendance } = parse([heading, '', register, ...rest].join('\n'));
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['D. Adamson', 'P. Godwin', 'T. Baggley', 'B. Haig', 'C.P. Cope']);
  });

  test('another mark, whose meaning only a key would give: the register is not read as present', () => {
    const register = 'P Cllr. D. Adamson P Cllr. P. Godwin A Cllr. T. Baggley P Cllr. B. Haig P Cllr. C.P. Cope';
    const { attendance } = parse([heading, '', register, ...rest].join('\n'));
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).not.toContain('T. Baggley');
  });
});

describe('a resolution inside a paragraph of narrative', () => {
  const head = ['Minutes of the meeting of Ashby Parish Council held on 5 June 2018 at 7.30pm in the Village Hall.', '', 'Present: Councillors Gill, Spence and Hart.', '', '27/18. Speeding', ''];

  test("'… said there had been another accident. Following a lengthy discussion it was AGREED that …' in one paragraph", () => {
    const page = [...head, 'The chairman invited Mr Midson to address the meeting. Mr Midson said there had been another accident. Following a lengthy discussion it was AGREED that the request for the camera be submitted again to the County Council.'];
    const ds = parse(page.join('\n')).minutes.decisions;
    expect(ds.map((d) => [d.item, d.kind, d.text])).toEqual([['27/18', 'action', 'That the request for the camera be submitted again to the County Council.']]);
  });

  test("'… it was AGREED' ending one paragraph, 'that …' opening the next", () => {
    const page = [...head, 'Mr Midson said there had been another accident on the hill, and after some discussion it was AGREED', '', 'that the request for the camera be submitted again to the County Council.'];
    const ds = parse(page.join('\n')).minutes.decisions;
    expect(ds.map((d) => [d.item, d.kind])).toEqual([['27/18', 'action']]);
    expect(ds[0]?.text).toMatch(/the request for the camera be submitted again/);
  });
});

describe('people who are not there twice, and posts that are not people', () => {
  const page = [
    'Minutes of the meeting of the Policy and Resources Committee held on 11 July 2018 at 7.00 pm in the Chamber.',
    '',
    'Present: Councillors: Ann Bell; Colin Dunn; John Feely; Anthony Feely; Tommy Maguire; Eva Ford',
    '',
    'In Attendance: Chief Executive; Director of Corporate Services and Governance; Head of Operations and Estates; Head of Finance; Democratic Services Officer',
    '',
    'Apologies: Councillors: Gus Hart; Isla Jack',
    '',
    'Councillor J Feely entered the meeting during the consideration of apologies. Councillor Maguire arrived at 7.10 pm.',
    '',
    '1. Declarations of Interest',
    '',
    'There were no declarations of interest.',
  ].join('\n');

  test("'Councillor J Feely entered the meeting' is John Feely of the list, not a second member", () => {
    const present = parse(page).attendance.filter((a) => a.status === 'present').map((a) => a.name);
    expect(present).toEqual(['Ann Bell', 'Colin Dunn', 'John Feely', 'Anthony Feely', 'Tommy Maguire', 'Eva Ford']);
  });

  test("'In Attendance: Chief Executive; Head of Operations and Estates; …' names posts, and no one is read from it", () => {
    const { minutes, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'in-attendance')).toEqual([]);
    expect(minutes.attendanceState).toBe('read');
  });
});

test("'… in Civic Hall, Vicarage Lane, (10.00 a.m. to 11.18 a.m.)': the times in brackets are the start and end, not the place", () => {
  const m = parse(
    [
      'Minutes of meeting of the FULL COUNCIL held on Wednesday, 22 February, 2017 in Civic Hall, Vicarage Lane, (10.00 a.m. to 11.18 a.m.)',
      '',
      'PRESENT: Councillors C Hardy (Chairman), P Doodes, D Angel and J Bentley.',
      '',
      '17/38 MINUTES',
      '',
      'The minutes of the meeting held on 7 December 2016 were approved as a correct record.',
    ].join('\n'),
  ).minutes;
  expect([m.date, m.startTime, m.endTime, m.venue]).toEqual(['2017-02-22', '10:00', '11:18', 'Civic Hall, Vicarage Lane']);
});

test("'Special Council, Council - Monday 7 July 2014 6.30 pm': ModernGov's kind of meeting before the body is not its name", () => {
  const m = parse(
    [
      'Agenda, decisions and minutes',
      '',
      'Special Council, Council - Monday 7 July 2014 6.30 pm',
      '',
      'Venue: Bodicote House, Bodicote, Banbury',
      '',
      'Minutes:',
      '',
      'RESOLVED that the Council approves the scheme.',
    ].join('\n'),
  ).minutes;
  expect([m.committee, m.date, m.startTime]).toEqual(['Council', '2014-07-07', '18:30']);
});

test("'PROVOST'S REMARKS 2. The Provost began …': the heading in the margin, the minute's number opening its text", () => {
  const page = [
    'GLENMUIR COUNCIL',
    '',
    'MINUTES OF MEETING HELD ON THURSDAY 27 JUNE 2013 AT 1000 HOURS IN THE COUNCIL CHAMBERS, KIRK STREET',
    '',
    'PRESENT: Provost Jim Todd and Councillors Helen Coffey, Andrew Hershaw and Moira Pirie.',
    '',
    'ADDITIONAL BUSINESS: COUNCIL APPOINTMENTS 1. On the matter having been raised, it was agreed that a request from the Independent Group to alter their representation be dealt with under Item 7 on the Agenda.',
    '',
    "PROVOST'S REMARKS 2. The Provost welcomed everyone to the meeting.",
    '',
    'MINUTES 3. The Minutes of the meeting of 16 May 2013 were approved as a correct record.',
  ].join('\n');
  const m = parse(page).minutes;
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'ADDITIONAL BUSINESS: COUNCIL APPOINTMENTS'],
    ['2', "PROVOST'S REMARKS"],
    ['3', 'MINUTES'],
  ]);
  // Where the business is taken is procedure.
  expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
    ['1', 'procedural'],
    ['3', 'procedural'],
  ]);
});

test("an agenda's notes of its papers, '(Copy attached)', '(Copies attached)', '(To be tabled)', are not part of the titles", () => {
  const page = [
    'EASTMOOR BOROUGH COUNCIL',
    '',
    'You are hereby invited to attend a meeting of the Eastmoor Borough Council to be held on Wednesday, 28 September 2016 at 7.00 pm in the Council Chamber.',
    '',
    'AGENDA',
    '',
    '1. Prayer',
    '2. Apologies',
    '3. Declarations of Interest',
    '4. Mayor and Deputy Mayor Engagements for the Month (To be tabled)',
    '5. Minutes of Meeting of 24 August 2016 (Copy attached)',
    '6. Minutes of Committees (Copies attached)',
  ].join('\n');
  const m = parse(page).minutes;
  expect(m.document).toBe('agenda');
  expect(m.items.map((i) => i.title).slice(3)).toEqual(['Mayor and Deputy Mayor Engagements for the Month', 'Minutes of Meeting of 24 August 2016', 'Minutes of Committees']);
});

test("members in named groups under the members present: 'Assistants:Councillors J Potts and M Richardson.'", () => {
  const page = [
    'Minutes of the Meeting held on Tuesday, 3rd March 2015 at Ashby Town Hall',
    '',
    'Present:Councillor S A Greene (Chair),',
    '',
    'Councillors A Chalmers, J Evans and G J Wynne.',
    '',
    'Assistants:Councillors J Pott and M Richards.',
    '',
    'Advisory Members:Councillors H M Brand and D Challis.',
    '',
    'Officers:D Armitage, S Brown and P Clark.',
    '',
    '(The meeting opened at 6.30pm.)',
  ].join('\n');
  const { attendance } = parse(page);
  expect(attendance.filter((a) => a.role === 'Assistant' || a.role === 'Advisory Member').map((a) => [a.name, a.status, a.role])).toEqual([
    ['J Pott', 'present', 'Assistant'],
    ['M Richards', 'present', 'Assistant'],
    ['H M Brand', 'present', 'Advisory Member'],
    ['D Challis', 'present', 'Advisory Member'],
  ]);
});

test("'… and following a vote, Council' over lettered points 'a. the X be adopted' / 'b. the Y be authorised to …': each a decision", () => {
  const page = [
    'Minutes of the meeting of the Council of Eastmoor Borough Council held on 17 January 2024.',
    'Item | Title | Minutes |',
    '1 | Apologies for Absence |',
    'Apologies for absence were received from Councillor Bell. |',
    '2 | Standards Committee Recommendations |',
    'The members considered the options set out in the committee report and following a vote, Council',
    'a. the revised Constitution, as attached to the report, be adopted with effect from 1 February 2024.',
    'b. the Monitoring Officer be authorised to make consequential changes. |',
  ].join('\n');
  const ds = parse(page).minutes.decisions;
  expect(ds.map((d) => [d.item, d.label, d.kind])).toEqual([
    ['2', 'a', 'action'],
    ['2', 'b', 'action'],
  ]);
  expect(ds[1]?.text).toMatch(/^the Monitoring Officer be authorised to make consequential changes/);
});

test("'… the Council made the undernoted appointments:-' over '(a) Body - Councillor X' lines: each appointment a procedural decision", () => {
  const page = [
    'At a MEETING of the GLENMUIR CITY COUNCIL held at Glenmuir on 24th June, 2019.',
    'Present:- Councillors Allan, Ross and Kerr.',
    'I APPOINTMENT TO OUTSIDE BODIES',
    'It was reported that Councillor Murray had resigned from the undernoted bodies and therefore the Council made the undernoted appointments:-',
    '(a) Glenmuir Science Centre - Councillor Allan',
    '(b) Glenmuir Trust - Councillor Ross',
    'II MINUTES',
    'The minute of the meeting of 27 May 2019 was approved.',
  ].join('\n');
  const ds = parse(page).minutes.decisions;
  expect(ds.map((d) => [d.item, d.label, d.kind, d.text])).toEqual([
    ['I', 'a', 'procedural', 'Glenmuir Science Centre - Councillor Allan'],
    ['I', 'b', 'procedural', 'Glenmuir Trust - Councillor Ross'],
    ['II', null, 'procedural', 'The minute of the meeting of 27 May 2019 was approved.'],
  ]);
});
