/**
 * Issue 15, twenty-fourth round: shapes seen on set 24's pages after they were scored once (the honest figure), written
 * here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { findApologies } from '../../../main/minutes/apologies';
import { findDeclarations } from '../../../main/minutes/declarations';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;
const withItems = (head: string[]) => parse([...head, '', '1. Apologies', '', 'Apologies were received from Cllr Grace.', '', '2. Minutes', '', 'The minutes were approved as a correct record.'].join('\n'));

describe('a parish, town or community council that names no other body is the council meeting', () => {
  test('"Glenard Community Council" over "Approved Minutes of the Meeting held in …": the community council met', () => {
    const m = withItems(['November 2023 Minutes', '', 'Glenard Community Council', 'Approved Minutes of the Meeting held in Glenard Reading Rooms', 'at 7:30 Wednesday 8th November 2023', 'Present: Ann Reid (Chair), Tom Bell.']);
    expect([m.council, m.committee]).toEqual(['Glenard Community Council', 'Glenard Community Council']);
  });

  test('"Held on 16th October 2013" under "Eastbury District Community Council - Minutes of General Meeting"', () => {
    const m = withItems(['Eastbury District Community Council - Minutes of General Meeting', '', 'Held on 16th October 2013 in Eastbury Memorial Hall', '', 'Members Present.', '', 'Ann Reid', '', 'Tom Bell']);
    expect(m.committee).toBe('Eastbury District Community Council');
  });

  test('a committee of the parish council keeps its own name', () => {
    const m = withItems(['Westford Parish Council', '', 'Minutes of the Planning Committee held on Monday 3 March 2025 at 7pm']);
    expect(m.committee).toBe('Planning Committee');
    expect(m.council).toBe('Westford Parish Council');
  });

  test('a town council\'s annual meeting, its minutes headed twice: the council met, under its own name', () => {
    const m = parse(['"Tref-y-Bryn" – The town on the hill', '', 'Minutes of Annual General Meeting, Westmoor Town Council – Monday 22nd May 2017', '', 'Minutes of Annual General meeting of Westmoor Town Council held at the Hill Centre on Monday 22nd May 2017 at 7:30 pm.', '', '  • Cllr Mrs C Bran', '  • Cllr M Hard', '', '1. To receive apologies', 'None.', '', '2. To elect a Mayor', 'Cllr Hard was elected.'].join('\n'));
    expect([m.council, m.committee]).toEqual(['Westmoor Town Council', 'Westmoor Town Council']);
  });
});

describe('an agenda pack\'s first pages, their columns run into one line, are an agenda and its items', () => {
  const board = [
    'Eastmere Growth Board Meeting Minutes',
    '',
    'Total Page:16',
    '',
    'File Type:pdf, Size:1020Kb',
    '',
    'Eastmere Growth Board Meeting Minutes Eastmere Growth Board Date: Thursday, 17 June 2021 Time: 10:00 Venue: Virtual - Microsoft Teams Board Members: Officers: Eastmere City Council: Councillor Ann Reid (chair elect) Sam Evers Gail Nash South Eastmere Council: Councillor Joe Hood (vice chair elect) Tina Holt Paul Cort Westshire County Council: Councillor Andy Gray (chair) Tim McCall Vic Munro Broadmere District Council: Councillor Sean Vane Tina Holt Paul Cort New Anglia Local Enterprise Partnership: C J Grey Chris Stark Page 1 of 124 Agenda Page nos 1 Handover Handover of chair from Councillor Gray, Westshire County Council, to Councillor Reid, Eastmere City Council. Confirmation of Councillor Hood, South Eastmere Council as vice chair. 2 Apologies To receive apologies for absence 3 Declarations of interest (Please note that it is the responsibility of individual members to declare an interest prior to the item if they arrive late for the meeting) 4 Minutes 5 - 8 To approve the accuracy of the minutes of the meeting held on 18 March 2021 (The exempt minute for this meeting is agenda item 10) 5 Eastmere Infrastructure Plan 2021 9 - 106 Paul Cort, Director of Place, Broadmere and South Eastmere District Councils 6 Eastmere Sports and Physical Activity Strategy 107 - 114 Gail Nash, Executive Director of Development and City Services, Eastmere City Council',
  ].join('\n');

  test('"Date: … Time: …" run into the cover is the meeting\'s header, and the numbered list under "Agenda Page nos" its items', () => {
    const m = parse(board);
    expect(m.document).toBe('agenda');
    expect([m.date, m.startTime]).toEqual(['2021-06-17', '10:00']);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Handover'],
      ['2', 'Apologies'],
      ['3', 'Declarations of interest'],
      ['4', 'Minutes'],
      ['5', 'Eastmere Infrastructure Plan 2021'],
      ['6', 'Eastmere Sports and Physical Activity Strategy'],
    ]);
    expect(m.decisions).toEqual([]);
  });

  test('a cover opening "Agenda CABINET … Monday 9 September 2019": each entry closed by a semicolon, its page note dropped', () => {
    const m = parse('Agenda CABINET Members of the Portfolio Date Cabinet Monday 9 September 2019 Mr J Hall External Affairs (Chairman) Time 9.00 am Place Council Chamber Contact Jo White 1 Agenda 1. To report apologies for absence; 2. Any items of business which the Chairman decides should be considered as a matter of urgency; 3. To Receive Declarations of Interest from Members (please see guidance – page 3) 4. To confirm the minutes of the meeting of Cabinet held on Monday 22 July 2019 (attached – page 5) 5. Westfield Neighbourhood Plan');
    expect(m.document).toBe('agenda');
    expect(m.items.map((i) => i.title)).toEqual([
      'To report apologies for absence',
      'Any items of business which the Chairman decides should be considered as a matter of urgency',
      'To Receive Declarations of Interest from Members',
      'To confirm the minutes of the meeting of Cabinet held on Monday 22 July 2019',
      'Westfield Neighbourhood Plan',
    ]);
  });

  test('a summons whose agenda moves "That the minutes of the meeting … held on 21 November 2007 be approved" is still an agenda, with no decisions', () => {
    const m = parse('TO: ALL MEMBERS OF THE NORTHBY CITY COUNCIL You are summoned to attend a meeting of the Northby City Council in the Council Chamber at the Council House, Northby on Wednesday 23 January 2008 at 6 pm. A G E N D A 1. To receive apologies. 2. To receive Declarations of Interest. 3. To approve the minutes of the meeting of the Council held on 21 November 2007 Motion - That the minutes of the meeting of the Council held on 21 November 2007 be approved as a correct record, confirmed and signed by the Mayor 4. To receive any announcements from The Mayor. 5. To receive any questions from the public.');
    expect(m.document).toBe('agenda');
    expect(m.decisions).toEqual([]);
  });
});

describe('a parish\'s minutes, one line a minute under coded numbers', () => {
  const page = [
    'Minutes of monthly meeting of Eastholme Parish Council held on Monday 19th August 2013 in the Lecture Room of The Eastholme Centre, 12 Mill Lane.',
    'Parish Councillors attending: E Farrow, S Greenhill-Brown, P Hart, O Jenner & H Wisby.',
    'Attendees: M Vine (Heritage Warden)',
    '13/63 Apologies for absence D Wisby & C Coll',
    '13/64 Minutes of meeting held Monday 8th July 2013 (as noted on PC Website www.example.org/eastholme) proposed by SG seconded by OJ and agreed as a true record of the meeting..',
    '13/65 Declarations of Interest by parish councillors to items on Agenda. None.',
    '13/66 Police Report',
    'July Police report as circulated to councillors by e-mail. NOTED',
  ].join('\n');

  test('"Parish Councillors attending:" is the register of members present', () => {
    const present = parseMinutesDetailed('page.txt', page).attendance.filter((a) => a.status === 'present').map((a) => a.name);
    expect(present).toEqual(expect.arrayContaining(['E Farrow', 'S Greenhill-Brown', 'P Hart', 'O Jenner', 'H Wisby']));
  });

  test('"13/63 Apologies for absence D Wisby & C Coll": the heading, then the names; the next coded minute is a minute of its own', () => {
    const m = parse(page);
    expect(m.apologies).toEqual(['D Wisby', 'C Coll']);
    expect(m.items[0]).toMatchObject({ number: '13/63', title: 'Apologies for absence' });
    expect(m.items.map((i) => i.number)).toEqual(expect.arrayContaining(['13/63', '13/65', '13/66']));
  });
});

describe('declarations in the shapes of set 24', () => {
  const decl = (text: string, date = '2017-04-04') => findDeclarations(text, null, true, { meetingDate: date }).map((d) => [d.member, d.item, d.nature]);

  test('passive sentences run together without their stops, the first after the item\'s own words and a colon', () => {
    expect(decl('To formally record any personal, political or pecuniary interests: Personal Interest was declared by Cllr. Wilkins in Planning Application 16/1190/PA A professional interest was declared by Cllr. Siggs in Planning Application 16/1190/PA A pecuniary interest was declared by Cllr. Stone in Agenda item 14. Payment of Accounts.')).toEqual([
      ['Wilkins', null, 'personal'],
      ['Siggs', null, 'unspecified'],
      ['Stone', '14', 'disclosable-pecuniary'],
    ]);
  });

  test('"The following Members made a personal declaration of interest …:" over one member a bullet, each with their interest', () => {
    const found = findDeclarations('The following Members made a personal declaration of interest in relation to items on the Agenda:\n\n·        Prue Bee as a Director of Brook Homes Ltd.\n\n·        Stephen Cole as a Trustee of the Almshouse Charity.', null, true, { meetingDate: '2019-09-19' });
    expect(found.map((d) => [d.member, d.nature, d.subject])).toEqual([
      ['Prue Bee', 'personal', 'Director of Brook Homes Ltd'],
      ['Stephen Cole', 'personal', 'Trustee of the Almshouse Charity'],
    ]);
  });

  test('"Declaration of Pecuniary Interest & Dispensations: Cllr Wills – …" before the first item: each entry, of the kind the heading names', () => {
    const m = parse(['« Back to Minutes', '', 'Eastley Parish Council Meeting held on Monday 2nd September 2013', '', 'PRESENT: Cllrs. Amber, Fowles, Lloyds, Mantel, Marlowe, Pike, Wills, Wright (Chair) and Young.', '', '', 'Public Question time: No public were present.', '', 'Apologies: Cllr Hay, Higson, Scarr, Byrd', '', 'Absent: D/Cllr Hoodless', '', 'Declaration of Pecuniary Interest & Dispensations: Cllr Wills – Village Hall donation cheque, 12 Oakfield Lane planning application, Royal British Legion payment request.  Cllr Pike – Payment for R Pike', '', '', 'Minutes of previous meeting', '', '19-8-13 Full Council Meeting signed by Cllr Wright', '', '20-8-13 Community Project signed by Cllr Young', '', '', 'Environment led by Cllr Mantel', '', '1. Play area reports and checks were given by Cllr Fowles – wet pour repairs have been made. Skate park update was given by the Clerk – a group of parents have offered assistance to put the skate equipment up as we canno', '', '2. August Bank Holiday Marquee Events – all events were successful and it is believed that they were well supported. Letter and donation of £500 from the Village Centre was received and letter of thanks from Community Po', '', '3. Waste bin outside fish and chip shop – it was agreed that the PC should replace with a larger bin if possible.', '', '4. Update on works in Hill Road Rec re repairs – quotes obtained from Martin Rich to repair the door, waterproof the building and remove excess surface trench around t'].join('\n'));
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([['Wills', 'disclosable-pecuniary'], ['Pike', 'disclosable-pecuniary']]);
  });

  test('a minute book\'s page number over "46.15 Declarations of Members’ Interests." is no heading; the declaration under it is read', () => {
    const m = parse(['UPPER MERE', '', 'Minutes of a meeting of Upper Mere Internal Drainage Board held on Monday, 28th September 2015 in the Village Hall.', '', 'Present: Mr. F. H. Myles - Chairman. Mr. J. Boyd.', '', '3944', '', '46.15 Declarations of Members’ Interests.', '', 'Mr. V. Kerry declared an interest in item 57.15 relating to the Flood Alleviation Scheme.', '', '47.15 Chairman’s Announcements.', '', 'The Chairman welcomed members.', '', ' South Mereshire District Council.', '', 'Cllr. Nick Crane had been nominated.'].join('\n'));
    expect(m.items.map((i) => i.number)).toEqual(['46.15', '47.15']);
    // (Not the district council named under an item: the board is an authority of its own, so its own council.)
    expect(m.council).toBe('Upper Mere Internal Drainage Board');
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['Mr. V. Kerry', '57.15']]);
  });
});

test('"Cllr Holt subsequently declared and signed his acceptance of office": the new chair\'s oath is no interest', () => {
  expect(findDeclarations('Cllr Holt subsequently declared and signed his acceptance of office.', '1/18', false, { meetingDate: '2018-05-17' })).toEqual([]);
  expect(findDeclarations('Cllr Holt declared a personal interest in item 5 as a member of the club.', null, true, { meetingDate: '2018-05-17' }).map((d) => d.member)).toEqual(['Holt']);
});

describe('a numbered heading ended by a semicolon or a comma', () => {
  const page = ['Eastloch District Community Council - Minutes of General Meeting', '', 'Held on 16th October 2013 in Eastloch Memorial Hall', '', 'Members Present.', '', 'Anne Reid', '', 'Isla Gray', '', '1 Welcome; The Chairman Archie Bell opened the meeting and welcomed all present', '', '2 Apologies, Councillor McNab, Kathleen Merry', '', '3 Minutes of previous meeting were read and deemed correct.', '', '4 Matters Arising, Will be covered later.', '', '5 Police Report, None,', '', '6 Secretary Report; A Hydro Scheme is planned for the glen.'].join('\n');

  test('"1 Welcome; The Chairman …", "2 Apologies, Councillor A, B", "5 Police Report, None,": the heading, then its minute', () => {
    const m = parse(page);
    expect(m.items.map((i) => [i.number, i.title]).filter(([n]) => n !== '3')).toEqual([
      ['1', 'Welcome'],
      ['2', 'Apologies'],
      ['4', 'Matters Arising'],
      ['5', 'Police Report'],
      ['6', 'Secretary Report'],
    ]);
    expect(m.apologies).toEqual(['McNab', 'Kathleen Merry']);
  });

  test('a title that lists its business keeps its commas: "Welcome, Introductions and Apologies", "Announcements from the Mayor, Leader and Chief Executive"', () => {
    const m = parse(['Minutes of the Eastmere Board meeting held on 3 March 2025', '', '1. Welcome, Introductions and Apologies', '', 'The Chair welcomed all.', '', '2. Announcements from the Mayor, Leader and Chief Executive (if any)', '', 'There were none.'].join('\n'));
    expect(m.items.map((i) => i.title)).toEqual(['Welcome, Introductions and Apologies', 'Announcements from the Mayor, Leader and Chief Executive (if any)']);
  });
});

describe('a register printed one person a line, with no caption', () => {
  const page = ['Westisle Community Council', '', 'Minutes of the meeting held on Monday 10th August 2020', '', 'at 6.30 pm using WebEx Phone Conferencing', '', '', '', 'Patrick Ford, Chair', '', 'Claire Pike, Vice Chair', '', 'David Cole', '', 'Caroline Hunt', '', 'Janice Pike', '', 'Alec Pike, North Isles Councillor (ex-officio)', '', '', '', 'Frances Brown, Community Involvement and Development Officer', '', 'Josie Mills, Clerk', '', '01/08/20      Apologies', '', 'John Peters', '', 'PC Angela Mason', '', 'Duncan Andrews, North Isles Councillor (ex-officio)', '', '02/08/20      Minutes from the Last Meeting', '', 'The minutes from the meeting held on Monday 22nd June 2020 were proposed by Janice and seconded by David.'].join('\n');

  test('the lines under the heading are the members present (with their posts), the officers in attendance', () => {
    const { attendance } = parseMinutesDetailed('page.txt', page);
    const row = (name: string) => attendance.find((a) => a.name === name);
    expect(row('Patrick Ford')).toMatchObject({ status: 'present', role: 'Chair' });
    expect(row('David Cole')).toMatchObject({ status: 'present' });
    expect(row('Alec Pike')).toMatchObject({ status: 'present' });
    expect(row('Josie Mills')).toMatchObject({ status: 'in-attendance', role: 'Clerk' });
    expect(row('Frances Brown')?.status).toBe('in-attendance');
  });

  test('the lines under "Apologies" are the apologies, a rank or a post aside', () => {
    expect(parse(page).apologies).toEqual(['John Peters', 'Angela Mason', 'Duncan Andrews']);
  });

  test('"Cllr Stone, Cllr Brook" on one line is two members, not one with a post', () => {
    const m = parse(['Minutes of the Town Council meeting held on 11 January 2010', '', 'COUNCILLORS PRESENT: Councillors: Ivor James, Ann Hughes, Pat Smith.', '', '1. APOLOGIES FOR ABSENCE Cllr Stone, Cllr Brook', '', '2. CONFIRMATION OF MINUTES The minutes were accepted.'].join('\n'));
    expect(m.apologies).not.toContain('Cllr Stone');
  });
});

describe('a forum\'s note: members with the bodies they come from, parted by semicolons', () => {
  const page = ['WESTMOOR NATIONAL PARK AUTHORITY', '', 'NATIONAL PARK FORUM', '', 'Note of meeting held Wednesday, 12 July 2017', '', 'The meeting was attended by 5 members of the Forum:', '', "Present: Bill Hatch, WNPA Chairman; Maurice Reed, WNPA Deputy Chairman; Cathie Pell, WNPA Member; Peter Thorne, British Canoeing; Phil Hunt, Preservation Association; Glyn Rees, Parish Council; Derek Cole", '', 'Apologies: Dr Kevin Bish, Chief Executive (NPO) WNPA; Kevin Bell, WNPA, Member; Phil Sands, WNPA Member; Kate Ash, Open Spaces Society', '', '1. Welcome', '', 'The Chair welcomed all.'].join('\n');

  test('"Note of meeting held …" gives the date; each entry is the person, an office kept as the role, a body not', () => {
    const { minutes, attendance } = parseMinutesDetailed('page.txt', page);
    expect(minutes.date).toBe('2017-07-12');
    const present = attendance.filter((a) => a.status === 'present');
    expect(present.map((a) => a.name)).toEqual(['Bill Hatch', 'Maurice Reed', 'Cathie Pell', 'Peter Thorne', 'Phil Hunt', 'Glyn Rees', 'Derek Cole']);
    expect(present[0]?.role).toBe('Chair');
    expect(present.find((a) => a.name === 'Peter Thorne')?.role).toBeNull();
    expect(minutes.apologies).toEqual(['Dr Kevin Bish', 'Kevin Bell', 'Phil Sands', 'Kate Ash']);
  });

  test('officers with their posts, parted by semicolons, keep their posts', () => {
    const { attendance } = parseMinutesDetailed('page.txt', ['Minutes of the meeting of the Council held on 3 March 2010', '', 'In Attendance E. Murray, Chief Executive; C. Kirk, Corporate Director (Educational Services); T. Orr, Corporate Director (Property Services); A. Herd, Assistant Chief Executive (Finance).', '', '1. Apologies', '', 'None.'].join('\n'));
    expect(attendance.find((a) => a.name === 'E. Murray')).toMatchObject({ status: 'in-attendance', role: 'Chief Executive' });
  });
});

test('"Date & Time: MONDAY 09 MAY 2016. 19:15 – 21:00hrs" under the cover\'s other fields: the date, the start and the end', () => {
  const m = parse(['<<', '', 'WestfieldCommunity Council', '', 'Westfield Community Council CC westfieldcc.org.uk; RECORD OF MEETING', '', 'Meeting No: 002', '', 'Title: WESTFIELD COMMUNITY COUNCIL: RECORD OF MEETING Status: APPROVED', '', 'Location: WESTFIELD SCHOOL, 45 MAIN ROAD', '', 'Date & Time: MONDAY 09 MAY 2016. 19:15 – 21:00hrs', '', 'Purpose: PROGRESS REPORT', '', '1.0 PRESENT / APOLOGIES', '', '1.1 No Apologies were received.', '', '2.0 COMMUNITY POLICING REPORT', '', '2.1 There were 79 incidents.'].join('\n'));
  expect([m.date, m.startTime, m.endTime]).toEqual(['2016-05-09', '19:15', '21:00']);
});

test('"24/25/029  Open the Council meeting." then "24/25/030  To receive …": a coded run, each heading with its full stop', () => {
  const m = parse(['Eastbeck Parish Council', '', 'Minutes for Extraordinary Parish Council Meeting held on 27 June 2024 at 7.00 PM', '', '24/25/029  Open the Council meeting.', '', '-   The formal meeting was opened at 7.26pm.', '', '24/25/030  To receive and approve any apologies for absence.', '', '-   It was RESOLVED unanimously to accept the apologies of Cllr Ollie Crow.', '', '24/25/031  To receive disclosures of interests from Councillors on matters at this meeting.', '', '-   No interests were disclosed.'].join('\n'));
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['24/25/029', 'Open the Council meeting'],
    ['24/25/030', 'To receive and approve any apologies for absence'],
    ['24/25/031', 'To receive disclosures of interests from Councillors on matters at this meeting'],
  ]);
  expect(m.decisions.map((d) => d.item)).toEqual(['24/25/030']);
});

test('"1 Apologies for absence Cllr Reilly for late arrival." heading a run of undotted numbers: the heading, then who', () => {
  const m = parse(['WESTREWAS PARISH COUNCIL Minutes of the parish council meeting held on Monday 13 February 2012 in Village Hall', '', '1 Apologies for absence Cllr Riley for late arrival.', '', '2 Declarations of interest None', '', '3 Minutes a To receive and approve the Minutes of the Parish Council meeting held on 16 January 2012 It was RESOLVED that the Minutes were a true record.', '', '4 Public Participation Nothing tabled.'].join('\n'));
  expect(m.items[0]).toMatchObject({ number: '1', title: 'Apologies for absence' });
  expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
});

describe('a parish\'s numbered minutes, page numbers of its minute book among them', () => {
  test('"1311" alone after minutes 1 to 5 is a page number; "6. Planning and Development. a. The Council noted …" a heading', () => {
    const m = parse(['1310', '', 'EASTINGTON PARISH COUNCIL', '', 'DRAFT Minutes of the Parish Council meeting held on 14 July 2021 at 7.30pm in the Village Hall', '', 'Present. Councillors P Smyth (Chairman), V Bode, S Chow and the Clerk Roger Cole.', '', '1. Apologies. Apologies were received and accepted from Cllr. R Bruce.', '', '2. Declaration of Interests. There were no interests declared.', '', '3. Minutes of the Ordinary Parish Council Meeting held on 16 June 2021. The Council resolved that the minutes were a true and accurate record.', '', '4. Council Report. Cllr. Seed was invited to give his report at item 6d.', '', '5. Chairman’s Report. The Chairman reported that he had nothing to add.', '', '6. Planning and Development. a. The Council noted the status of extant planning applications thus: a dayroom on pitch No.3 and the resulting rearrangement of the remaining pitches, approved.', '', '1311', '', 'EASTINGTON PARISH COUNCIL The Council resolved that it supported the proposal to construct a cycleway alongside the northern edge of the canal.'].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Declaration of Interests'],
      ['3', 'Minutes of the Ordinary Parish Council Meeting held on 16 June 2021'],
      ['4', 'Council Report'],
      ['5', 'Chairman’s Report'],
      ['6', 'Planning and Development'],
    ]);
  });

  test('"2 Declarations of interest None", "6 Secretary Report; A Hydro Scheme …" (a long minute): headings of the run', () => {
    const m = parse(['WESTREWAS PARISH COUNCIL Minutes of the parish council meeting held on Monday 13 February 2012 in Village Hall', '', '1 Apologies for absence Cllr Riley for late arrival.', '', '2 Declarations of interest None', '', '3 Public Participation Nothing tabled.', '', `4 Secretary Report; A Hydro Scheme is planned for the glen. ${'Members attended a meeting with residents and the developer about it. '.repeat(6)}`, '', '5 Treasurers Report; The Treasurer informed that we have £2238.79 in the bank.'].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'Public Participation'],
      ['4', 'Secretary Report'],
      ['5', 'Treasurers Report'],
    ]);
  });
});

test('"July Police report as circulated to councillors by e-mail. NOTED": a noting, the word in capitals closing the paragraph', () => {
  const m = parse(['Minutes of the meeting of Eastley Parish Council held on Monday 19th August 2013.', '', '1. Apologies', '', 'None.', '', '2. Police Report', '', '· July Police report as circulated to councillors by e-mail. NOTED', '', '3. Correspondence', '', 'A letter from the county about gritting. NOTED.', '', '4. Footpaths', '', 'The clerk reported the stile had been repaired; the work was NOTED and AGREED to pay the invoice.'].join('\n'));
  expect(m.decisions.filter((d) => d.item !== '4').map((d) => [d.item, d.kind, d.text])).toEqual([
    ['2', 'noted', 'July Police report as circulated to councillors by e-mail. NOTED'],
    ['3', 'noted', 'A letter from the county about gritting. NOTED.'],
  ]);
  expect(m.decisions.some((d) => d.item === '4' && d.kind === 'noted' && /^The clerk reported/.test(d.text))).toBe(false);
});

test('"IT WAS RESOLVED THAT THE CLERK EMAIL THE PLANNING OFFICER FOR CLARIFICATION": a resolution typed in capitals', () => {
  const m = parse(['MINUTES OF THE MEETING OF WESTFIELD GROUP PARISH COUNCIL HELD ON 3 FEBRUARY, 2015 AT THE VILLAGE HALL AT 7PM.', '', '1 APOLOGIES FOR ABSENCE', '', 'None.', '', '2. OPEN SESSION', '', 'A question was asked on the progress of the planning application at the Court.', 'IT WAS RESOLVED THAT THE CLERK EMAIL THE PLANNING OFFICER FOR CLARIFICATION'].join('\n'));
  expect(m.decisions.map((d) => [d.item, d.text])).toEqual([['2', 'THAT THE CLERK EMAIL THE PLANNING OFFICER FOR CLARIFICATION']]);
});

describe('names and bodies as a Welsh town council prints them', () => {
  test('"C.Cllr." is a county councillor\'s title; a council\'s initials after a name are not the name; "BEM" stays', () => {
    expect(findApologies('Apologies were received from: Cllr. James, C.Cllr. P Davies, C.Cllr. Pepper, Marc Owen PCC and Angela Phillips PCC.')).toEqual(['James', 'P Davies', 'Pepper', 'Marc Owen', 'Angela Phillips']);
    expect(findApologies('Apologies were received from Mrs Beryl Warner BEM and Ann Lee.')).toEqual(['Mrs Beryl Warner BEM', 'Ann Lee']);
  });

  test('a heading printed twice on its line is the council once; "the full Town Council" is no council\'s name', () => {
    const unst = parse(['Westisle Community Council   Westisle Community Council', 'Westisle Community Council', '', 'Minutes of the meeting held on Monday 10th August 2020', '', '1. Apologies', '', 'None.'].join('\n'));
    expect([unst.council, unst.committee]).toEqual(['Westisle Community Council', 'Westisle Community Council']);
    const full = parse('WESTGUARD TOWN COUNCIL The MINUTES of the full Town Council Meeting held in the Town Hall, Westguard on Tuesday 4th April 2017 at 7pm Cllr. Mike May (Mayor) in the Chair. 60/17 APOLOGIES: Apologies were received from Cllr. James. 61/17 MINUTES OF THE PREVIOUS MEETING: The minutes were agreed as a true record.');
    expect(full.council ?? '').not.toMatch(/^full/i);
    expect(full.committee).toBe('Town Council');
  });
});

test('"Apologies: David King (DK), David Moor (DM) leave of absence": the reason after the initials is no part of the name', () => {
  const r = parseMinutesDetailed('page.txt', ['Westfield Community Council', 'Approved minutes of the meeting: Monday 18th December 2023', 'Venue: The Hall 7.30-9.30pm', 'Community Councillors present: Mary Moore (MM), John Kent (JK), Olga Watt (OW)', 'Apologies: David King (DK), David Moor (DM) leave of absence', 'Chair of Meeting: Mary Moore', '', '1. Minutes', '', 'Approved.'].join('\n'));
  expect(r.attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['David King', 'David Moor']);
});
