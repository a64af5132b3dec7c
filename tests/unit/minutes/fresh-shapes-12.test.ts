/**
 * Issue 15, general shapes met on spent pages of the seventh to eleventh sets and on the twelfth set's pages built on
 * (its held-out third unread until the end), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a parish meeting minuted as numbered paragraphs, some without a heading', () => {
  const page = [
    'Minutes of the Annual Meeting of Oakley Parish Council',
    '',
    'held - Tuesday May 15th 2018 in the Village Hall.',
    '',
    'Councillors Anne Hart, Ben Cole, Carol Dunn and Parish Clerk Dan Eve',
    '1.Elect Chair:',
    'Anne Hart was proposed as Chair by Ben and seconded by Carol and the Council approved the nomination unanimously',
    '2. There were apologies from Fred Gale',
    '3. The Chair signed the declaration of acceptance',
    '4. Standing Orders were approved without change',
    '5. Financial Regulations were approved without change',
    '6. Councillors were reminded to declare any changes to their interests (Action Clerk was requested to check the register of interests form)',
    '7.Governance Statements:',
    'The Council unanimously approved the accounting statements on page 6 of the Annual Return.',
    `8. 2017/2018 Annual Report (attached) was approved by the Council. The Council agreed to split the final balance of £1,000 into £400 for the general account and £600 for the playground account. ${'The Clerk explained the two ways the accounts could be examined this year and what each would cost. '.repeat(3)}The Council agreed to use the certificate of exemption.`,
    '9. The Council reviewed the internal auditor’s report (attached). The Council approved the increase in the Clerk’s hours.',
  ].join('\n');

  test('"7.Governance Statements:" after a sentence without a full stop is a heading, not the sentence’s end', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Elect Chair'],
      ['2', 'There were apologies from Fred Gale'],
      ['3', 'The Chair signed the declaration of acceptance'],
      ['4', ''],
      ['5', ''],
      ['6', ''],
      ['7', 'Governance Statements'],
      ['8', ''],
      ['9', ''],
    ]);
  });

  test('a one-sentence minute in the past ("… were approved without change") is a decision, not a title', () => {
    const { minutes: m } = parse(page);
    const d = m.decisions.filter((x) => x.item === '4' || x.item === '5');
    expect(d.map((x) => [x.item, x.kind, x.text])).toEqual([
      ['4', 'procedural', 'Standing Orders were approved without change'],
      ['5', 'procedural', 'Financial Regulations were approved without change'],
    ]);
  });

  test('the next paragraph number, long or opening with a year, is the next item; its decisions are its own', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((x) => x.item === '8').map((x) => x.text.slice(0, 40))).toEqual([
      '2017/2018 Annual Report (attached) was a',
      'The Council agreed to split the final ba',
      'The Council agreed to use the certificat',
    ]);
    expect(m.decisions.some((x) => x.item === '9' && /increase in the Clerk/.test(x.text))).toBe(true);
  });

  test('approving the accounting statements is procedure; the body agreeing names no owner', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.find((x) => /accounting statements/.test(x.text))?.kind).toBe('procedural');
    expect(m.decisions.find((x) => /split the final balance/.test(x.text))?.owner).toBeNull();
  });
});

test('"As no other nominations were given Cllr X was elected unopposed." records the election', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the Annual Meeting of Fenby Parish Council held on Monday 21 May 2018 at 7.30pm in the Pavilion',
      '',
      '2018/01 Election of Chairman',
      'Cllr Price proposed Cllr Ward as Chairman. Cllr Hale seconded the proposal. As no other nominations were given Cllr Ward was elected unopposed.',
    ].join('\n'),
  );
  const d = m.decisions.find((x) => /unopposed/.test(x.text));
  expect(d?.kind).toBe('procedural');
  expect(d?.text).toBe('As no other nominations were given Cllr Ward was elected unopposed.');
});

describe('a printed council’s register headed in words', () => {
  const surnames = ['Abbot', 'Baker', 'Carter', 'Dawson', 'Ellis', 'Foster', 'Graham', 'Harper', 'Irwin', 'Jarvis', 'Keller', 'Lawson', 'Mason', 'Nolan', 'Oakes', 'Parker', 'Quinn', 'Rowley', 'Sutton', 'Turner', 'Upton', 'Vaughan', 'Walsh', 'Yates', 'Young', 'Barlow', 'Conway', 'Denton', 'Fairley', 'Gibson', 'Hewitt', 'Ingram', 'Jordan', 'Kirby', 'Lister', 'Morley'];
  const styled = [...surnames, ...surnames.map((s) => `${s}ton`)].map((s, k) => `${['Mr', 'Mrs', 'Miss', 'Mr'][k % 4]} ${'ABCDEFGH'[k % 8]}${k % 3 === 0 ? ' J' : ''} ${s}`);
  const page = [
    'At a meeting of the COUNCIL held in the Civic Hall, Marston, on Wednesday, 3 March 2004 at 7.00 p.m.',
    '',
    'Members',
    '',
    'Mrs L Noble (Chairman)',
    '',
    `${styled.join(' ')} Mr D J T Kemp`,
    '',
    'Apologies for absence were received from Councillors Mr J Armitage and Mrs K Crouch',
    '',
    'Staff Present',
    '',
    'C Carr, J Conley, H Cush and C Slater-Cook',
    '',
    '453 MINUTES',
    '',
    'The minutes of the meeting held on 28 January 2004 were signed as a correct record.',
    '',
    '454 DECLARATION OF INTERESTS',
    '',
    'Councillor A L Barr declared a personal interest in planning application 2/2003/1167 due to being a member of Marston Town Council. A personal interest in minute number 362 – Hackney Carriage Fares, minute number 367 – Rural Transport Policy and item 21 – Recommendation Referred due to the nature of his employment.',
  ].join('\n');

  test('"Members" over the chair and a run of styled names longer than 600 characters: each one present', () => {
    expect(styled.join(' ').length).toBeGreaterThan(600);
    const r = parse(page);
    const present = r.attendance.filter((a) => a.status === 'present');
    expect(present[0]).toEqual({ name: 'Mrs L Noble', status: 'present', role: 'Chair' });
    expect(present.map((a) => a.name)).toEqual(['Mrs L Noble', ...styled, 'Mr D J T Kemp']);
  });

  test('"Staff Present" over a list: each one in attendance', () => {
    const r = parse(page);
    expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['C Carr', 'J Conley', 'H Cush', 'C Slater-Cook']);
    expect(r.minutes.apologies).toEqual(['Mr J Armitage', 'Mrs K Crouch']);
  });

  test('"A personal interest in minute number 362 – …, minute number 367 – … and item 21 – …": the same member, each item', () => {
    const { minutes: m } = parse(page);
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['A L Barr', null, 'personal'],
      ['A L Barr', '362', 'personal'],
      ['A L Barr', '367', 'personal'],
      ['A L Barr', '21', 'personal'],
    ]);
    expect(m.declarations[1]?.subject).toBe('the nature of his employment');
  });

  test('"Members" alone over a list with no apologies or staff after it is not read as who came', () => {
    const r = parse(
      ['Minutes of the Planning Committee held on Monday 2 March 2020 at 7pm', '', 'Members', '', 'Mr A Fox Mrs B Gale Mr C Hall', '', '1 MINUTES', '', 'The minutes were signed as a correct record.'].join('\n'),
    );
    expect(r.attendance).toEqual([]);
  });
});

describe('a CMIS "Meeting Details" page', () => {
  const page = [
    'You are Here : Home  >  Your Council  >  Meetings',
    'Register   |   Login',
    '',
    'Meeting Details',
    '',
    'Communities Scrutiny Panel - up to 15 May 2022',
    '17 Feb 2022 - 10:00 to 12:57',
    'Scheduled',
    '  • Documents',
    '  • Attendance',
    '',
    'Members of the Communities Scrutiny Panel',
    '',
    'Councillor Mrs Ford (Vice-Chair), Councillors Glen, Mrs Hyde, Irons',
    '',
    'Substitutes:',
    '',
    'Ames, Bell, Mrs Cross, Dale and Ellery.',
    '',
    'Public Items',
    'APOLOGIES FOR ABSENCE',
    'To receive apologies for absence and notification of substitutions',
    'CSP.11/22',
    'Apologies for absence were submitted on behalf of Councillor Amy Hyde.',
    'DECLARATIONS OF INTEREST',
    'Members are invited to declare any interests relating to any items on the agenda at this stage.',
    'CSP.12/22',
    'There were no declarations of interest submitted.',
    'PUBLIC AND PRESS',
    'To agree that the items of business within Part A of the agenda should be dealt with in public.',
    'CSP.13/22',
    'RESOLVED - It was agreed that the items of business in Part A be dealt with in public and items in Part B be dealt with in private.',
    'The Chair will move the minutes of the meeting held on 13 January 2022 as a correct record.',
    'CSP.14/22',
    'RESOLVED - The minutes of the meeting held on 13 January 2022 be signed as a correct record.',
  ].join('\n');

  test('the body named "until a date" and the date with its times on the next line', () => {
    const { minutes: m } = parse(page);
    expect([m.committee, m.date, m.startTime, m.endTime]).toEqual(['Communities Scrutiny Panel', '2022-02-17', '10:00', '12:57']);
  });

  test('each heading, the agenda’s wording, then the minute number: one item, numbered; an untitled number too', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['CSP.11/22', 'APOLOGIES FOR ABSENCE'],
      ['CSP.12/22', 'DECLARATIONS OF INTEREST'],
      ['CSP.13/22', 'PUBLIC AND PRESS'],
      ['CSP.14/22', ''],
    ]);
    expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
      ['CSP.13/22', 'procedural'],
      ['CSP.14/22', 'procedural'],
    ]);
  });

  test('the membership and its substitutes printed above the agenda are not who came', () => {
    const r = parse(page);
    expect(r.attendance.map((a) => [a.name, a.status])).toEqual([['Amy Hyde', 'apologies']]);
  });
});

test('"PRESENT The Mayor (Councillor X) in the Chair; Councillors …. APOLOGIES Councillors …. OFFICERS …": labels in capitals without colons', () => {
  const r = parse(
    [
      'FENWICK TOWN COUNCIL Minutes of the proceedings at a meeting of Fenwick Town Council held on Monday, 2nd June 2014 at 6.30 p.m. in the Council Chamber, the Town Hall, Fenwick',
      '',
      'PRESENT The Mayor (Councillor Ruth Allen) in the `Chair; Councillors A. Baker, T. Crane, G. Doyle and K. Evans. APOLOGIES Councillors S. Fenton , A. Grant and P. Hale. OFFICERS Lisa Irons (Town Clerk), John Jukes (Town Treasurer) and Mary Kent (Secretary).',
      '',
      '1005/13/14 DECLARATIONS OF INTEREST No declarations of interest were made at this point.',
    ].join('\n'),
  );
  expect(r.attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Ruth Allen', 'present', 'Chair'],
    ['A. Baker', 'present', null],
    ['T. Crane', 'present', null],
    ['G. Doyle', 'present', null],
    ['K. Evans', 'present', null],
    ['S. Fenton', 'apologies', null],
    ['A. Grant', 'apologies', null],
    ['P. Hale', 'apologies', null],
    ['Lisa Irons', 'in-attendance', 'Town Clerk'],
    ['John Jukes', 'in-attendance', 'Town Treasurer'],
    ['Mary Kent', 'in-attendance', 'Secretary'],
  ]);
});

describe('a joint authority’s "Councillor | Representing" table, flattened', () => {
  const page = [
    'WESTERN FIRE AND RESCUE AUTHORITY',
    '',
    'Minutes of the meeting of Fire and Rescue Authority held on Monday 20 th June 2011 at Council Chamber, Bryncoed. Meeting commenced at 10.45am.',
    '',
    'PRESENT',
    '',
    'Councillor Representing',
    '',
    'S Frost (Chair) County Council A M Jones (Vice-Chair) County Council D Barr County Council M Ll Davies Dyfed County Council E C George Council P Jeffs Wrexham County Borough Council',
    '',
    'APOLOGIES',
    '',
    'Councillor Representing L W Dale Anglesey County Council P C Evans Conwy County Borough Council G James Flintshire County Council',
    '',
    '1 SERIOUS INCIDENT',
    '',
    '1.1 The Chief Fire Officer gave Members an update on a caravan fire.',
  ].join('\n');

  test('the names are the members; the councils they come from are not people', () => {
    const r = parse(page);
    expect(r.attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['S Frost', 'present', 'Chair'],
      ['A M Jones', 'present', 'Vice-Chair'],
      ['D Barr', 'present', null],
      ['M Ll Davies', 'present', null],
      ['E C George', 'present', null],
      ['P Jeffs', 'present', null],
      ['L W Dale', 'apologies', null],
      ['P C Evans', 'apologies', null],
      ['G James', 'apologies', null],
    ]);
  });

  test('"… at Council Chamber, Bryncoed. Meeting commenced at 10.45am.": the venue ends at its sentence', () => {
    const { minutes: m } = parse(page);
    expect([m.venue, m.startTime]).toEqual(['Council Chamber, Bryncoed', '10:45']);
  });
});

describe('minute numbers with a letter and a full stop ("C.3081"), paragraphs under them ("C.3081.2")', () => {
  const page = [
    'MINUTES of the meeting of Trevane Town Council held in Room 3, One Stop Shop, Trevane on Thursday 10 th July 2014 at 6.30 pm.',
    '',
    'C.3081 TO RECEIVE APOLOGIES FOR NON-ATTENDANCE',
    '',
    'C.3081.2 RESOLVED: that the apologies from Councillors Brown and White for non- attendance of the meeting of the Full Council held on 10th July 2014 were received',
    '',
    'Proposed by Councillor Sanders Seconded by Councillor Chapman',
    '',
    'On a vote being taken the matter was approved unanimously.',
    '',
    'C.3082 CHAIRMAN’S ANNOUNCEMENTS',
    '',
    'The Chairman informed members of events he had attended.',
  ].join('\n');

  test('each minute is an item, its resolution labelled by its paragraph', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['C.3081', 'TO RECEIVE APOLOGIES FOR NON-ATTENDANCE'],
      ['C.3082', 'CHAIRMAN’S ANNOUNCEMENTS'],
    ]);
    expect(m.decisions.map((d) => [d.item, d.label, d.kind, d.due])).toEqual([['C.3081', 'C.3081.2', 'procedural', null]]);
  });
});

test('"Item 1:Apologies for Absence." over "19/5 Councillors …": each heading takes the minute’s own number', () => {
  const { minutes: m } = parse(
    [
      'Minutes of Council Meeting held at the Village Hall, Penhill',
      'on Thursday 17th January 2019 at 7pm.',
      'Present: Councillors: Roger Dale (Chair)',
      'Tony Bell, Colin Dunn and Dan Wood.',
      'Item 1:Apologies for Absence.',
      '19/5 Councillors Briony Dale and Charles Smith.',
      'Item 2:Declarations of Interest.',
      '19/6 None.',
      'Item 3:To consider suspension of meeting to receive representations from residents, if in',
      '19/7 attendance at the meeting.',
      'There were no representations from the Public.',
      'Item 4:To receive the minutes of the meeting held 13th December 2018.',
      '19/8Resolved to approve the minutes of the meeting of 13th December 2018. The minutes',
      'were signed by the Chair.',
      'Item 5:Appointment of Clerk.',
      '19/9The letter of engagement was approved.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['19/5', 'Apologies for Absence'],
    ['19/6', 'Declarations of Interest'],
    ['19/7', 'To consider suspension of meeting to receive representations from residents, if in attendance at the meeting'],
    ['19/8', 'To receive the minutes of the meeting held 13th December 2018'],
    ['19/9', 'Appointment of Clerk'],
  ]);
  expect(m.apologies).toEqual(['Briony Dale', 'Charles Smith']);
  expect(m.decisions.find((d) => /approve the minutes/.test(d.text))?.item).toBe('19/8');
});

describe('a summons above a numbered agenda', () => {
  const page = [
    'THE HILLBURY COUNCIL',
    '',
    'You are hereby summoned to attend an ORDINARY MEETING of the Hillbury Borough Council, which will be held in the TOWN HALL, HILLBURY, on Wednesday 15th December 2010 at 7.00 p.m.',
    '',
    'A G E N D A',
    '',
    '1. Apologies for absence.',
    '',
    '2. To approve the minutes of the meeting of Council held on 19th October 2010.',
    '',
    '3. Declaration of Interests.',
    '',
    '4. To receive the Mayor’s Announcements.',
    '',
    '5. Questions pursuant to Standing Order 10 .',
  ].join('\n');

  test('"To approve the minutes of the meeting … held on …" is an agenda’s item, not a minutes heading', () => {
    const { minutes: m } = parse(page);
    expect(m.document).toBe('agenda');
    expect([m.council, m.committee, m.date, m.startTime, m.venue]).toEqual(['HILLBURY COUNCIL', 'Hillbury Borough Council', '2010-12-15', '19:00', 'TOWN HALL, HILLBURY']);
  });

  test('each numbered line ending in a full stop is an item, one after another', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'To approve the minutes of the meeting of Council held on 19th October 2010'],
      ['3', 'Declaration of Interests'],
      ['4', 'To receive the Mayor’s Announcements'],
      ['5', 'Questions pursuant to Standing Order 10'],
    ]);
  });
});

describe('a register of members printed as the present list, its absentees marked "A"', () => {
  const page = [
    'Minutes of a meeting of Ashcott Parish Council held at The Institute, Mill Road, Ashcott on Tuesday, 8 January 2008 at 7.30pm.',
    '',
    'PRESENT: Cllr Mrs A North (Chair) Cllr R Bell Cllr Mrs M Black A Cllr A Blunt Cllr G Dean Cllr A Hart (Vice-Chair) A CllrMrsCHart Cllr I Judd A CllrMrsBUpton Cllr Miss L Walk',
    '',
    'Mrs M Bloor (Clerk to the Parish Council)',
    '',
    '1/08. APOLOGIES FOR ABSENCE Apologies for absence were received from Cllr Blunt (work commitments), Cllr Mrs Upton (prior commitment) and Cllr Mrs Hart (illness).',
    '',
    '2/08. POLICE MATTERS Apologies had been received from PC Gray (rest day) and PCSO Birch (illness). The Clerk gave a brief report on their behalf.',
  ].join('\n');

  test('a member who sent apologies is recorded as such, under the register’s fuller name', () => {
    const r = parse(page);
    expect(r.minutes.apologies).toEqual(['A Blunt', 'Mrs B Upton', 'Mrs C Hart']);
    expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Mrs A North', 'R Bell', 'Mrs M Black', 'G Dean', 'A Hart', 'I Judd', 'Miss L Walk']);
  });

  test('apologies recorded under the police’s item are the officers’, not the meeting’s', () => {
    expect(parse(page).minutes.apologies).not.toContain('PC Gray');
  });

  test('one apology sharing a surname with someone present is a namesake, not a register', () => {
    const r = parse(
      [
        'Minutes of the Council held on Monday 2 March 2015 at 7pm',
        '',
        'Present Councillors C Adams, M Fielding and S Quigley',
        '',
        'Apologies were recorded for Alderman Fielding.',
      ].join('\n'),
    );
    expect(r.attendance.find((a) => a.name === 'M Fielding')?.status).toBe('present');
    expect(r.minutes.apologies).toEqual(['Fielding']);
  });
});

describe('a community council’s page: "which took place on", a chair’s own label, headings run into their minutes', () => {
  const page = [
    'Minutes of the Ordinary meeting of the Council which took place on 27th June 2019, 7pm, at Y Neuadd, Maes-y-Bryn, Llanfair',
    '',
    'Present: Chairman: Fraser Cole. Cllrs: Phil Hunt, Richard Dale, Jo Hunt',
    '',
    '1. Apologies for Absence / Ymddiheuriadau am absenoldeb Apologies had been received from Cllr J Martin.',
    '',
    '2. Declarations of Interest Cllrs B Rees, J Hunt – School Parents Association',
    '',
    '3. Confirmation of Minutes of 13.6.19 The following amendment was agreed to item 8: ‘Highest waterfall in the county’.',
  ].join('\n');

  test('"which took place on <date>, 7pm, at <place>" is read as "held on"', () => {
    const { minutes: m } = parse(page);
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['Council', '2019-06-27', '19:00', 'Y Neuadd, Maes-y-Bryn, Llanfair']);
  });

  test('"Present: Chairman: X. Cllrs: A, B" gives the chair, then the members', () => {
    expect(parse(page).attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Fraser Cole', 'present', 'Chair'],
      ['Phil Hunt', 'present', null],
      ['Richard Dale', 'present', null],
      ['Jo Hunt', 'present', null],
      ['J Martin', 'apologies', null],
    ]);
  });

  test('"Declarations of Interest Cllrs B Rees, …" and "Confirmation of Minutes of 13.6.19 The following …" are headings run on', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      // (A bilingual heading keeps one language, its English side: tests/fixtures/minutes/labels/CONVENTIONS.md.)
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Confirmation of Minutes of 13.6.19'],
    ]);
    expect(m.declarations.map((d) => d.member)).toEqual(['B Rees', 'J Hunt']);
  });
});

describe('a letter calling a joint board’s meeting, its agenda a table with page numbers', () => {
  const page = [
    'Minutes & Agendas',
    '',
    'To all members of the Clyde Partnership for Transport',
    '',
    'Dear Member',
    '',
    'Clyde Partnership for Transport – 14 December 2018',
    '',
    'I request your attendance at a meeting of the Clyde Partnership for Transport to be held at 11.00 am on Friday 14 December 2018 in The Lewis Room, ground floor, 13 Vincent Street, Glasgow, for the purpose of considering the undernoted business.',
    'Yours sincerely',
    '',
    'Item Document name Page Number',
    '1 Apologies N/A',
    '2 Minute of previous meeting 1-6',
    '3 Committee minutes',
    '(a) Operations Committee of 9 November 2018',
    '4 Subway Modernisation – progress update 27-35',
    '5 Brexit 37-39',
    '',
    'It is proposed that the press and public be excluded for item 5 above.',
  ].join('\n');

  test('"… at a meeting of … to be held …" is an agenda; the letter names the body, the time and the place', () => {
    const { minutes: m } = parse(page);
    expect(m.document).toBe('agenda');
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['Clyde Partnership for Transport', '2018-12-14', '11:00', 'The Lewis Room, ground floor, 13 Vincent Street, Glasgow']);
  });

  test('each row is an item, its page numbers left off', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minute of previous meeting'],
      ['3', 'Committee minutes'],
      ['4', 'Subway Modernisation – progress update'],
      ['5', 'Brexit'],
    ]);
  });
});

describe('a parish’s annual meeting with three-part minute numbers ("19/5/52")', () => {
  const page = [
    'Minutes of the Annual Meeting of the Parish Council',
    'held on Monday 13 May 2019',
    'at Thornby Community Centre',
    'Present: Ms M Hart (Chair), Mrs J Fell, Mr C Lidd, Professor R Thom, Dr P Vick.',
    'Apologies: Mrs J Robb.',
    'The Chair opened the meeting at 7.46pm and welcomed those present.',
    '19/5/52 Election of Chair of the Parish Council',
    'Ms Hart was elected as Chair of the Parish Council (proposed Prof Thom, seconded Mr Lidd) and it was AGREED to suspend paragraph 3.2 of Standing Orders relating to the term of office of the Chair. The acceptance of office was completed',
    '19/5/53 Election of Vice Chair of the Parish Council',
    'Dr Vick was elected as Vice Chair of the Parish Council (proposed Mr Lidd, seconded Mrs Fell) and it was AGREED to suspend paragraph 3.3 of Standing Orders relating to the term of office of the Vice Chair.',
    '19/5/54 Declarations of Interest',
    'There were no declarations of interest.',
    '19/5/55 Public Participation',
    'The Chair reported having received a number of emails from a resident.',
  ].join('\n');

  test('each number opens an item, even after a sentence left without its full stop', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['19/5/52', 'Election of Chair of the Parish Council'],
      ['19/5/53', 'Election of Vice Chair of the Parish Council'],
      ['19/5/54', 'Declarations of Interest'],
      ['19/5/55', 'Public Participation'],
    ]);
    expect(m.startTime).toBe('19:46');
  });

  test('"X was elected as Chair (proposed …) and it was AGREED to suspend paragraph 3.2 of Standing Orders": two procedural decisions', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((d) => d.item === '19/5/52').map((d) => [d.kind, d.text.slice(0, 30)])).toEqual([
      ['procedural', 'Ms Hart was elected as Chair o'],
      ['procedural', 'To suspend paragraph 3.2 of St'],
    ]);
  });
});

test('"Minutes of Council Meeting No 868 held in …": the council, not its meeting’s number', () => {
  const { minutes: m } = parse('Ballyglen Borough Council\n\nMinutes of Council Meeting No 868 held in the Council Chamber, Riada House, Ballyglen on Monday 5th November 2007 at 7.00 pm\n\nPRESENT: Councillors A Carr, B Kerr and D McKee\n\n1. MINUTES\n\nThe minutes were approved.');
  expect([m.council, m.committee, m.date]).toEqual(['Ballyglen Borough Council', 'Council', '2007-11-05']);
});

describe('a community council’s minute laid out in headed sections, without numbers', () => {
  const page = [
    'Draft Minute 07/2009',
    '',
    'A meeting of the above Council was held on Monday 13th July 2009 in Sullom Hall',
    '',
    'Present were: Mr J A Crom (Chairman)',
    '',
    'Mrs J Cope',
    '',
    'Mr P Brow',
    '',
    'In Attendance:',
    '',
    'Clerk: Mrs M Hay',
    '',
    'Apologies: Mr A Doull, Mr D Robb',
    '',
    'Approval of Minute',
    '',
    'The minute from the previous meeting held on 15th June 2009 at the Primary School was approved by Mrs Cope and seconded by Mr Brow.',
    '',
    'Police Report',
    '',
    'The police were not represented at the meeting.',
    '',
    'Redundant Fish Farm Equipment – Stow',
    '',
    'The clerk recently visited the site with the planning officer. Members expressed concern about access to the buildings. The clerk will contact the planning officer to ask whether anything can be done.',
    '',
    'Village Shop',
    '',
    'The Chair confirmed that a meeting with the community had been well attended and very positive about the shop.',
  ].join('\n');

  test('"Present were:" over one member a line', () => {
    expect(parse(page).attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr J A Crom', 'present', 'Chair'],
      ['Mrs J Cope', 'present', null],
      ['Mr P Brow', 'present', null],
      ['Mrs M Hay', 'in-attendance', 'Clerk'],
      ['Mr A Doull', 'apologies', null],
      ['Mr D Robb', 'apologies', null],
    ]);
  });

  test('each heading over its paragraph is an item; the labels above them are not', () => {
    expect(parse(page).minutes.items.map((i) => i.title)).toEqual(['Approval of Minute', 'Police Report', 'Redundant Fish Farm Equipment – Stow', 'Village Shop']);
  });

  test('"The minute from the previous meeting … was approved" and "The clerk will contact …" are decisions', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.map((d) => [d.item, d.kind, d.owner])).toEqual([
      [null, 'procedural', null],
      [null, 'action', 'the clerk'],
    ]);
    expect(m.items.find((i) => i.title === 'Approval of Minute')).toBeDefined();
  });
});

test('"In Attendance: Name, Post; Name, Post; Cornwall Councillors A, B and C; Post Name; one member of the public": each entry read its own way', () => {
  const r = parse(
    [
      'MINUTES of the meeting of Trevane Town Council held in the Town Hall, Trevane on Thursday 10 th July 2014 at 6.30 pm.',
      '',
      'Present: Councillors A Bray (Chairman), C Dunn and E Fox',
      '',
      'In Attendance: Amy Grant, Town Clerk; Mel Hart, Administrative Assistant; Kernow Councillors Viv Ince, Harry Jago and Paul Kent; Community Network Manager Charlotte Lamb; one member of the public and one member of the press.',
      '',
      'C.3081 MINUTES',
      '',
      'The minutes were approved.',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Amy Grant', 'Town Clerk'],
    ['Mel Hart', 'Administrative Assistant'],
    ['Viv Ince', 'Kernow Councillor'],
    ['Harry Jago', 'Kernow Councillor'],
    ['Paul Kent', 'Kernow Councillor'],
    ['Charlotte Lamb', 'Community Network Manager'],
  ]);
});

test('"Councillors Bell, Cox, Houldsworthand Mrs Green declaredpersonal interests in item 9": spaces a PDF lost, put back', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the Council held on Monday 2 March 2009 at 6pm in the Town Hall',
      '',
      'Councillors Bell, Cox, Houldsworthand Mrs Green declaredpersonal interests in item 9 on the agenda (Housing Strategy). The nature of the interest being that they were Directors of Coastal Housing.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
    ['Bell', '9', 'personal'],
    ['Cox', '9', 'personal'],
    ['Houldsworth', '9', 'personal'],
    ['Mrs Green', '9', 'personal'],
  ]);
});

test('apologies "for non- attendance" end their list; "from point mentioned" after a name is when the member came', () => {
  const r = parse(
    [
      'MINUTES of the meeting of Trevane Town Council held in the Town Hall, Trevane on Thursday 10 th July 2014 at 6.30 pm.',
      '',
      'PRESENT Councillor C Gold Chairman Councillor T Chalk Vice Chairman Councillor M Champ from point mentioned Councillor J Chap Councillor Mrs V Dale',
      '',
      'C.3081 TO RECEIVE APOLOGIES FOR NON-ATTENDANCE',
      '',
      'C.3081.2 RESOLVED: that the apologies from Councillors Brown, Crick and White for non- attendance; Councillor Champ and Kernow Councillor Paul Whyte for late arrival were received',
    ].join('\n'),
  );
  expect(r.minutes.apologies).toEqual(['Brown', 'Crick', 'White']);
  expect(r.attendance.find((a) => a.name === 'M Champ')?.status).toBe('present');
});

test('notes on an item’s papers ("attached", "to follow", "View papers", "issued under separate cover", "Ref 1.1 to 1.3") are not its title', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the Council held on Tuesday 6 September 2005 at 6.30pm in the Town Hall',
      '',
      '121. MINUTES (REF 1.1 TO 1.3)',
      '',
      'The minutes of the meeting held on 12 July 2005 were approved.',
      '',
      '122. Rolling Action Log View papers',
      '',
      'The log was noted.',
      '',
      '123. Minutes of Council Meeting held Tuesday 1 September 2020 (attached)',
      '',
      'The minutes were approved.',
      '',
      '124. Minute Volume issued under separate cover',
      '',
      'The volume was noted.',
    ].join('\n'),
  );
  expect(m.items.map((i) => i.title)).toEqual(['MINUTES', 'Rolling Action Log', 'Minutes of Council Meeting held Tuesday 1 September 2020', 'Minute Volume']);
});

describe('a Welsh authority’s minutes with labels in both languages (seen on a held-out page after scoring)', () => {
  const page = [
    'AWDURDOD TÂN AC ACHUB CANOLBARTH CYMRU',
    '',
    'MID WALES FIRE AND RESCUE AUTHORITY',
    '',
    'MINUTES OF THE FIRE AUTHORITY MEETING The Conference Centre, Headquarters, Llanfor 11 FEBRUARY 2013 11.00 – 12.15 75% PRESENOLDEB/ATTENDANCE Presennol yn y Cyfarfod/Present at Meeting: GADEIRYDD/ CHAIR: R Llew IS-GADEIRYDD/ DEPUTY CHAIR: G Tomos',
    '',
    'AELODAU/MEMBERS: Cyng/Cllrs: J Bay, K W Curr, J Dud YMDDIHEURIADAU/APOLOGIES: Cyng/Cllrs: C J Crow, B Mill',
    '',
    'YN BRESENNOL /IN ATTENDANCE: R Smith, P Bates',
    '',
    '1 APOLOGIES FOR ABSENCE',
    '',
    'Apologies for absence were received from Councillors C J Crow and B Mill.',
    '',
    '2 DECLARATIONS BY MEMBERS OF ANY PERSONAL OR PREJUDICIAL INTERESTS',
    '',
    'All Members present declared that they had a personal interest in any matters relating to their own Constituent Authority, and the Chair and Deputy Chair declared a personal interest in item 14.',
  ].join('\n');

  test('the English half of each label is read: chair and deputy, members, apologies, officers', () => {
    expect(parse(page).attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['R Llew', 'present', 'Chair'],
      ['G Tomos', 'present', 'Deputy Chair'],
      ['J Bay', 'present', null],
      ['K W Curr', 'present', null],
      ['J Dud', 'present', null],
      ['C J Crow', 'apologies', null],
      ['B Mill', 'apologies', null],
      ['R Smith', 'in-attendance', null],
      ['P Bates', 'in-attendance', null],
    ]);
  });

  test('"All Members present declared that they had …, and the Chair and Deputy Chair declared … in item 14": the group, then each office holder by name', () => {
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['All Members present', null, 'personal'],
      ['R Llew', '14', 'personal'],
      ['G Tomos', '14', 'personal'],
    ]);
  });
});

test('a forum’s present list going on in a second block, each member with the council they come from (seen on a held-out page after scoring)', () => {
  const r = parse(
    [
      'DISTRICT PARISH FORUM',
      '',
      '17 SEPTEMBER 2019 PRESENT:',
      '',
      'Councillors Salt (Chairman), Tapp (Vice-Chair), Ankett and Barn – Council',
      '',
      'Councillor J Potts (Alton Parish Council) Councillor J Alt (Elford Parish Council) Councillor S Plate (Colton Parish Council) Councillor P Kyn (Hints & Canwell Parish Council)',
      '',
      'Officers in Attendance: Miss W Johns and Mr N Turn',
      '',
      '11 APOLOGIES FOR ABSENCE',
      '',
      'Apologies for absence were received from Councillor Field.',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['Salt', 'Chair'],
    ['Tapp', 'Vice-Chair'],
    ['Ankett', null],
    ['Barn', null],
    ['J Potts', null],
    ['J Alt', null],
    ['S Plate', null],
    ['P Kyn', null],
  ]);
});

describe('a national park board’s agenda page (seen on a held-out page after scoring)', () => {
  const page = [
    'Skip to navigation',
    '',
    'Board Meeting 26 September 2022',
    '',
    'The meeting of the Glen Loch National Park Board will be held at National Park Headquarters, Balloch from 0930 on Monday 26th September.',
    '',
    '1. Welcome and Apologies',
    '',
    '2. Declarations of Interest',
    '',
    '3. Minutes of Meeting held on 13 June 2022',
    '',
    '4. Minutes of Special Meeting held on 18 July 2022',
    '',
    '5. Matters Arising',
    '',
    '16. Date of Next Meeting – Monday 12 December 2022',
  ].join('\n');

  test('numbered agenda items "Minutes of … Meeting held on …" do not make the page minutes', () => {
    expect(parse(page).minutes.document).toBe('agenda');
  });

  test('the title gives the date; "16. Date of Next Meeting – Monday 12 December 2022" is neither the body nor the date', () => {
    const { minutes: m } = parse(page);
    expect(m.date).toBe('2022-09-26');
    expect(m.committee).not.toBe('16. Date of Next Meeting');
  });
});
