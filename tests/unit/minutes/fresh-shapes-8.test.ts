/**
 * Issue 15, shapes from the eighth fresh set's built-on pages (its held-out third unread until the end), written here
 * with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe("a Scottish council's printed minute: the town, the date, then 'At a Meeting of'", () => {
  const page = [
    'Agenda Item 2(a) Glenmuir Council 9 September 2009',
    '',
    'KILBRANNAN, 9 September 2009 - At a Meeting of Glenmuir Council at 2.00 p.m.',
    '',
    "Present Robert Dunn, Ian Carswell, Tom Barrie, Joan Weir and David O'Hara.",
    '',
    'In Attendance E. Moffat, Chief Executive; C. Kerr, Corporate Director (Educational Services).',
    '',
    'Chair Provost Dunn in the Chair.',
    '',
    "1. Provost's Remarks",
    '',
    'The Provost welcomed members to the meeting.',
    '',
    'Page 1 2. Declarations of Interest',
    '',
    'There were no declarations of interest.',
    '',
    '3. Minutes',
    '',
    'The Minutes of the meeting held on 25 June 2009 were confirmed.',
  ].join('\n');

  test('the date, the time, the town as the venue and the council are read from the opening line', () => {
    const m = parse(page).minutes;
    expect(m.date).toBe('2009-09-09');
    expect(m.startTime).toBe('14:00');
    expect(m.venue).toBe('Kilbrannan');
    expect(m.council).toBe('Glenmuir Council');
    expect(m.committee).toBe('Glenmuir Council');
  });

  test('"Present" without its colon before names in full is the list of members present', () => {
    const r = parse(page);
    expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Robert Dunn', 'Ian Carswell', 'Tom Barrie', 'Joan Weir', "David O'Hara"]);
    expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['E. Moffat', 'Chief Executive'],
      ['C. Kerr', 'Corporate Director (Educational Services)'],
    ]);
    expect(r.minutes.attendanceState).toBe('read');
  });

  test('a page number copied onto the start of the next heading is not part of it', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', "Provost's Remarks"],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes'],
    ]);
  });
});

describe('headings that end with a full stop, under "Minutes of meeting in <place>, on <date>"', () => {
  const page = [
    'COUNCIL.',
    '',
    'Minutes of meeting in County Buildings, Market Square, , on 6th October 2016 at 10.00 a.m.',
    '',
    'Present: Councillors Helen Moir (Provost), John Allardyce and Andy Cowie.',
    '',
    'Attending: E. Hewitt, Chief Executive; V. Anders, Executive Director – Resources, Governance and Organisation; D. Hume, Director of Educational Services; and J. McCrae, Committee Services Lead Officer.',
    '',
    '1. Provost.',
    '',
    'The Provost welcomed everyone to the meeting.',
    '',
    '2. Sederunt.',
    '',
    'The Chief Executive called the Sederunt for the meeting.',
    '',
    '3. Declarations of Interest.',
    '',
    'There were no declarations of interest.',
  ].join('\n');

  test('the place is the venue, never the committee', () => {
    const m = parse(page).minutes;
    expect(m.venue).toBe('County Buildings, Market Square');
    expect(m.committee ?? '').not.toMatch(/meeting in/i);
    expect(m.date).toBe('2016-10-06');
  });

  test('"1. Provost." and the numbers after it are headings, each over its minute', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Provost'],
      ['2', 'Sederunt'],
      ['3', 'Declarations of Interest'],
    ]);
  });

  test('numbered options that end with a full stop, one after another, are not taken as headings', () => {
    const options = ['Minutes of the Fenmoor Committee held on 3 July 2017', '', '1. Apologies', '', 'The meeting was inquorate. The Chair could:', '', '1. Make the decisions in private and publish a record of them.', '', '2. Rearrange the meeting.', '', '3. Defer the items to the next meeting.'].join('\n');
    expect(parse(options).minutes.items.map((i) => i.title)).toEqual(['Apologies']);
  });

  test('"Attending:" under the members present is a list of its own: officers with their posts', () => {
    const r = parse(page);
    expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Helen Moir', 'John Allardyce', 'Andy Cowie']);
    expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['E. Hewitt', 'Chief Executive'],
      ['V. Anders', 'Executive Director – Resources, Governance and Organisation'],
      ['D. Hume', 'Director of Educational Services'],
      ['J. McCrae', 'Committee Services Lead Officer'],
    ]);
  });
});

describe('initials run together with full stops ("Mrs. J.S. Bray"), a footnote mark, an apology for part of the meeting', () => {
  const page = [
    'Minutes of the meeting of the Northgate Borough Council held on 1st October 2009 at 7.30 pm',
    '',
    'Present:',
    'Councillor R.S. Mantel (Mayor); Councillors S.S. Bains, Mrs. N.J. Bramley, J.M. Stevens, Mrs. A.F. Tarrow*, Ms. B.J. Thom and C.T.H. Whin.',
    '',
    '*Part meeting',
    '',
    '43 MINUTES',
    'RESOLVED that the Minutes of the meeting held on 23rd July 2009 be approved as a correct record and signed.',
    '44 APOLOGIES FOR ABSENCE',
    'Councillors Mrs. J.S. Braye, Dr. L.R. Hackett, N.D. Harris and Mrs. A.F. Tarrow (part meeting).',
    '45 DECLARATIONS OF INTEREST',
    'None.',
  ].join('\n');

  test('each apology is read whole, the full stops of initials never ending the sentence', () => {
    expect(parse(page).minutes.apologies).toEqual(['Mrs. J.S. Braye', 'Dr. L.R. Hackett', 'N.D. Harris']);
  });

  test('a member with apologies for part of the meeting, marked "*" in the list, is present and not among the apologies', () => {
    const r = parse(page);
    expect(r.attendance.find((a) => a.name === 'Mrs. A.F. Tarrow')?.status).toBe('present');
    expect(r.attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).not.toContain('Mrs. A.F. Tarrow');
  });
});

test('"Agenda Item 9 (title) – Councillor X declared …": the item comes first, then the declaration', () => {
  const page = [
    'MINUTE of MEETING of the COUNCIL held within the Council Chambers, Civic Centre, Kinross, on 8 March 2011.',
    '',
    'Present – Provost Tom Kerrigan (Chair); Councillors Neil Finlay, Greg McCann and Alex Davie.',
    '',
    '1. DECLARATIONS OF INTEREST',
    '',
    'Members declared interests as undernoted:-',
    '',
    'Councillor Finlay: –',
    '',
    'Agenda Item 9 (Notice of Motion - Education) – Councillor Finlay declared a non-financial interest in that he was a teacher.',
    '',
    'Councillor Davie:-',
    '',
    'Agenda Item 15 (Notice of Motion – Local Bus Services - Councillor Davie declared a financial interest as an employee of the operator and left the Chamber during consideration of that item of business.',
    '',
    '2. MINUTES',
    '',
    'The Council confirmed the Minute of its meeting held on 8 February 2011.',
  ].join('\n');
  const m = parse(page).minutes;
  expect(m.declarations.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
    ['Finlay', '9', 'non-financial', false],
    ['Davie', '15', 'financial', true],
  ]);
  expect(m.declarationsState).toBe('declared');
});

describe("a parish page whose lists and headings run on ('… and E Hale In attendance: Mrs P Warfield, Clerk')", () => {
  const page = [
    'ASHCOMBE PARISH COUNCIL Minutes of a meeting held on Thursday 28 November 2013 7.30 pm, Heath End Hall, Ashcombe',
    '',
    'PRESENT: Cllrs M G Slater (Chairman), J Hewlett, F Langham, E Paige Also present: County Councillor W Lovell and 1 member of the public Apologies for absence received from Cllrs P E Garnett and E Hale In attendance: Mrs P Warfield, Clerk',
    '',
    '55. Minutes of the last meeting The Minutes of the meeting held on 24 October 2013, copies of which had been circulated, were taken as read and accepted as a true record.',
    '',
    '56. Declarations of interest Councillors were reminded of their duty to declare any interest at the appropriate item.',
  ].join('\n');

  test('the apologies end where the next list begins, and the clerk keeps her post', () => {
    const r = parse(page);
    expect(r.minutes.apologies).toEqual(['P E Garnett', 'E Hale']);
    expect(r.attendance.find((a) => a.name === 'Mrs P Warfield')).toEqual({ name: 'Mrs P Warfield', status: 'in-attendance', role: 'Clerk' });
  });

  test("standard business run into its minute's own sentence ('… The Minutes of the meeting held on …, were taken as read')", () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['55', 'Minutes of the last meeting'],
      ['56', 'Declarations of interest'],
    ]);
  });
});

describe('a parish page numbered by year and month ("21/02-2"), its headings in capitals run into their minutes', () => {
  const page = [
    'ASHWELL PARISH COUNCIL The Parish Offices, Mill Lane, Ashwell',
    '',
    'Full Parish Council Minutes of Meeting',
    '',
    'Meeting called for: 7:30pm, Thursday 4th February 2021',
    '',
    'Councillors present: I. Barton, R. Dell, L. Malone (Chairman), D. Watt',
    '',
    'Councillors absent: J. Lane (on an authorised leave of absence), C. Mitchell, R. Mitchell',
    '',
    'Also attending: D. Lovell (Parish Clerk), 4 members of the public If not attached to these Minutes then associated documents referred to in it are available online.',
    '',
    '21/02-1 APOLOGIES FOR ABSENCE Apologies were received from Cllrs C. Mitchell and R. Mitchell.',
    '',
    '21/02-2 DECLARATIONS OF INTEREST & REQUESTS FOR DISPENSATION No declarations of interest were made by Councillors. No requests for dispensation were received from Councillors.',
    '',
    "21/02-3 MOTION: ACCURACY OF MINUTES Cllr D. Watt requested that Minute 21/01-10(5) should be amended to refer to the Walk in question as 'Mill Walk' and not 'Mill Valley Walk'. This was agreed by the Council.",
    '',
    '21/02-4 PUBLIC PARTICIPATION A member of the public spoke regarding the Clerk’s Report.',
  ].join('\n');

  test('"Meeting called for:" gives the date and time', () => {
    const m = parse(page).minutes;
    expect(m.date).toBe('2021-02-04');
    expect(m.startTime).toBe('19:30');
  });

  test('each numbered heading is read, split from its minute', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['21/02-1', 'APOLOGIES FOR ABSENCE'],
      ['21/02-2', 'DECLARATIONS OF INTEREST & REQUESTS FOR DISPENSATION'],
      ['21/02-3', 'MOTION: ACCURACY OF MINUTES'],
      ['21/02-4', 'PUBLIC PARTICIPATION'],
    ]);
  });

  test('"Councillors absent:" lists the absent; those who sent apologies are one entry, with apologies; the clerk is read past the public', () => {
    const r = parse(page);
    const by = (status: string) => r.attendance.filter((a) => a.status === status).map((a) => a.name);
    expect(by('absent')).toEqual(['J. Lane']);
    expect(by('apologies')).toEqual(['C. Mitchell', 'R. Mitchell']);
    expect(r.attendance.find((a) => a.name === 'D. Lovell')).toEqual({ name: 'D. Lovell', status: 'in-attendance', role: 'Parish Clerk' });
  });
});

describe('a parish page: the time after the place, the title misspelt "Cllor", the minutes after a finished resolution', () => {
  const page = [
    'BRACKEN HEATH PARISH COUNCIL MINUTES OF ANNUAL MEETING HELD ON TUESDAY 29 MAY 2018 AT COMMUNITY FIRE STATION, BRYANS LANE, RUGMOOR 7.50PM',
    '',
    'Present: Cllr Adams (Chairman), Cllr R Turvey, Cllr Pearce',
    '',
    '4. APOLOGIES Apologies were received and accepted from Cllor Ms S. Wilks.',
    '',
    '5. Visitors',
    'i. PCSO Andrea Elms provided an update for members.',
    'RESOLVED: AE will liaise with Cllr Turvey following the meeting with Streetscene regarding marshalls for the parade.',
    '**PCSO Elms left the meeting at 8.15pm',
    'ii. Jamie Bent (Street Lighting) – did not attend the meeting.',
    'iii. Shaun Dorling',
    '',
    '6. Minutes',
    'RESOLVED that the minutes be approved.',
  ].join('\n');

  test('the venue is the place; the time after it is the start', () => {
    const m = parse(page).minutes;
    expect(m.venue).toBe('COMMUNITY FIRE STATION, BRYANS LANE, RUGMOOR');
    expect(m.startTime).toBe('19:50');
  });

  test('"Cllor" is the member\'s title, not part of the name', () => {
    expect(parse(page).minutes.apologies).toEqual(['Ms S. Wilks']);
  });

  test('what follows a finished resolution ("**PCSO … left", "ii. … did not attend") is not part of it', () => {
    // (Apologies "received and accepted" are the meeting's procedural decision, as the labelling conventions count them.)
    expect(parse(page).minutes.decisions.map((d) => [d.item, d.text])).toEqual([
      ['4', 'Apologies were received and accepted from Cllor Ms S. Wilks.'],
      ['5', 'AE will liaise with Cllr Turvey following the meeting with Streetscene regarding marshalls for the parade.'],
      ['6', 'That the minutes be approved.'],
    ]);
  });
});

test('officers by post among titled people are posts, not people; police and fire ranks are roles', () => {
  const page = [
    'Minutes of the Glenmuir Local Police & Fire Scrutiny Committee held on 6 June 2019 at 3pm',
    '',
    'Present: Councillors Ahern (Chair), Burns and Clyde.',
    '',
    'In attendance: Corporate Director Education, Communities & Organisational Development, Service Manager, Community Learning & Development, Community Safety & Resilience and Sport, Mr I Hanlon (Community Safety & Resilience), Service Manager, Public Protection, Mr J Dougal (for Head of Legal Services) and Ms S Lane (Legal Services).',
    '',
    'In attendance also: Detective Superintendent P Livesey (for Chief Superintendent G Cross) and Sergeant J Logan, Police , Area Manager G Binnie and Group Manager D McCall, Scottish Fire & Rescue Service.',
    '',
    '1. Apologies',
    'There were no apologies.',
  ].join('\n');
  const r = parse(page);
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Mr I Hanlon', 'Community Safety & Resilience'],
    ['Mr J Dougal', 'for Head of Legal Services'],
    ['Ms S Lane', 'Legal Services'],
    ['P Livesey', 'Detective Superintendent for Chief Superintendent G Cross'],
    ['J Logan', 'Sergeant'],
    ['G Binnie', 'Area Manager'],
    ['D McCall', 'Group Manager'],
  ]);
});

test('"APOLOGIES" over "Councillors: …" lists apologies; "Clerk - Mrs A Wilks" is the clerk; "Cllr T Hackett - on holiday" drops the reason', () => {
  const town = [
    'Minutes of Full Council held in Council Chamber, Municipal Offices, Rhosmoor on Wednesday 21st July 2010 at 6.15pm.',
    '',
    'PRESENT',
    '',
    'Councillors: M. Eccles (Mayor), M. Garner, A. Penn.',
    '',
    'IN ATTENDANCE',
    '',
    'Mr N. Acton – Town Clerk, Mrs L. Hewett – Committee Support Assistant.',
    '',
    'APOLOGIES',
    '',
    'Councillors: A. Horrocks, J. Thomas-Hill, P. Newall.',
    '',
    '65 ONE MINUTE SILENCE',
    '',
    'Council stood for a minute’s silence.',
  ].join('\n');
  const r = parse(town);
  const by = (status: string) => r.attendance.filter((a) => a.status === status).map((a) => a.name);
  expect(by('present')).toEqual(['M. Eccles', 'M. Garner', 'A. Penn']);
  expect(by('apologies')).toEqual(['A. Horrocks', 'J. Thomas-Hill', 'P. Newall']);

  const community = [
    'BRACKMOOR COMMUNITY COUNCIL',
    '',
    'Minutes of the Full Council Meeting Held in the Boardroom, Oak Tree Surgery Thursday 11 May 2017 at 7.00 pm',
    '',
    'Members Present Cllr H Towns – Chairperson Cllr D Aston Cllr J Brett',
    '',
    'Clerk - Mrs A Wilks',
    '',
    '1 Apologies for Absence',
    '',
    'Cllr T Hackett - on holiday',
    '',
    '2 Public Address to Council',
    '',
    'Mr Nathan Gold asked about the woodland.',
  ].join('\n');
  const c = parse(community);
  expect(c.attendance.find((a) => a.name === 'Mrs A Wilks')).toEqual({ name: 'Mrs A Wilks', status: 'in-attendance', role: 'Clerk' });
  expect(c.minutes.apologies).toEqual(['T Hackett']);
});

test('a council and the date alone on the first line give the meeting; a table under "Personal and Prejudicial Interests" takes that kind, and the member who left is said to', () => {
  const page = [
    'Ashby, Elmhurst and Farewood Parish Council 9 January 2014',
    '',
    'In attendance: Councillor Brown, Keen, Bailey and Robins.',
    '',
    '1. Declarations of Interest',
    '',
    'The following interests were declared:-',
    '',
    'Personal and Prejudicial Interests',
    '',
    'Councillor',
    '',
    'Interest',
    '',
    'Hazel Leigh',
    '',
    'Plan no. 56337 for six apartments at the Day Nursery, Highfield Road, as a member of the Board of Mossbank Homes.',
    '',
    'Councillor Leigh left the meeting during the consideration of this item and took no part in the discussion or vote.',
    '',
    '2. Public Forum',
    '',
    'There were no issues.',
  ].join('\n');
  const m = parse(page).minutes;
  expect([m.council, m.committee, m.date]).toEqual(['Ashby, Elmhurst and Farewood Parish Council', 'Ashby, Elmhurst and Farewood Parish Council', '2014-01-09']);
  expect(m.declarations.map((d) => [d.member, d.nature, d.withdrew])).toEqual([['Hazel Leigh', 'prejudicial', true]]);
});

test('"… circulated with agenda. RESOLVED That …" in one paragraph: the resolution after the sentence is read', () => {
  const page = [
    'Minutes of Full Council held on Wednesday 21st July 2010 at 6.15pm.',
    '',
    '67 MAYORAL COMMUNICATIONS',
    '',
    'Mayoral Diary of Events – copy of events attended in May circulated with agenda. RESOLVED That all Councillors appointed to Outside Bodies be encouraged to report back on their activity.',
    '',
    '68 CIVIC AMENITY SITE',
    '',
    'The Mayor welcomed Mr Parks.',
  ].join('\n');
  expect(parse(page).minutes.decisions.map((d) => [d.item, d.text])).toEqual([['67', 'That all Councillors appointed to Outside Bodies be encouraged to report back on their activity.']]);
});

describe('after scoring the held-out third (spent): a notice before the heading, a bilingual name, "Cllr’s"', () => {
  test('"To all members of Council: - Minutes of a X TOWN COUNCIL MEETING held at … on …" gives the meeting; the place said twice is said once', () => {
    const page = [
      'CYNGOR TREF LLANFOR LLANFOR TOWN COUNCIL',
      '',
      'To all members of Council: - Minutes of a LLANFOR TOWN COUNCIL MEETING held at Centre Chambers, Llanfor on the 13th November 2018 at 6.30pm.',
      '',
      '18615 Present: Cllr U. Abbot, Cllr M. Baines.',
      '',
      '18616 Apologies: Cllr S. Banks (family issues).',
    ].join('\n');
    const m = parse(page).minutes;
    expect([m.council, m.committee, m.date, m.startTime, m.venue]).toEqual(['LLANFOR TOWN COUNCIL', 'LLANFOR TOWN COUNCIL', '2018-11-13', '18:30', 'Centre Chambers, Llanfor']);
  });

  test('"Present Cllr’s J Payne (Chairman), R Fuller, …" lists the members present', () => {
    const page = ['Ashbury Parish Council', '', '13th NOVEMBER 2017', '', 'Present Cllr’s J Paine (Chairman), R Fuller, K Bishopp.', '', 'C Franks, Clerk', '', 'Item / Action'].join('\n');
    expect(parse(page).attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['J Paine', 'Chair'],
      ['R Fuller', null],
      ['K Bishopp', null],
    ]);
  });
});

describe('after scoring (spent): a list of names with no label under the heading, "Minutes of meeting on <date>"', () => {
  const page = [
    'Minutes of meeting on Tuesday, 8th September 2020, 7:00pm',
    '(by Zoom)',
    '',
    'Tim Pogmore (TP, Chair), Bob Hodge (BH), Sakshi Rao (minute), Daniel Fish, David Woods, Steve Burgh (Councillor), Pauline Flann (member of the public), Joan Carter',
    '',
    'Agenda item Discussion Action',
    '1. Welcome Chair welcomed all to the meeting of the Community Council.',
    '2. Apologies Caroline Barrie, Kaaren Haugh',
    '3. Previous Minutes Adoption of the minutes of the meeting held on 10th March 2020 with amendments noted.',
  ].join('\n');

  test('the names are the people present, each with what the bracket says of them (their initials left out)', () => {
    expect(parse(page).attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Tim Pogmore', 'Chair'],
      ['Bob Hodge', null],
      ['Sakshi Rao', 'minute'],
      ['Daniel Fish', null],
      ['David Woods', null],
      ['Steve Burgh', 'Councillor'],
      ['Pauline Flann', 'member of the public'],
      ['Joan Carter', null],
    ]);
  });

  test('"meeting on" names no body; apologies in a table row that were not read make the attendance partial', () => {
    const m = parse(page).minutes;
    expect(m.committee).toBeNull();
    expect(m.date).toBe('2020-09-08');
    expect(m.attendanceState).toBe('partial');
  });

  test('a list whose entries are not all names is not taken as attendance', () => {
    const notList = page.replace('Daniel Fish, David Woods', 'Daniel Fish, the Community Centre');
    expect(parse(notList).attendance.filter((a) => a.status === 'present')).toEqual([]);
  });
});
