/**
 * Issue 15, twenty-fifth round: shapes seen on set 26's pages after they were scored once (the honest figure), written
 * here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const detailed = (text: string) => parseMinutesDetailed('page.txt', text);
const parse = (text: string) => detailed(text).minutes;

describe('a meeting\'s business run into one line, numbered without points or sentence ends', () => {
  const page = [
    'EASTBROOK COMMUNITY COUNCIL MINUTES OF THE MEETING HELD AT EASTBROOK HALL ON MONDAY 17th JULY 2017 Present: Community Councillors Ann Reid, Tom Bell, Joan Hart In Attendance: Clerk – Mark Dee Apologies: Councillors Ian Vale, Ruth Moss Guests: ACTION 1 Apologies for Absence 2 Declarations of Interest The Clerk asked those present whether they had any declarations of interest to make beyond those already recorded. No additional interests were declared at this point 3 Chairman’s Remarks Chairman, Councillor Reid welcomed everyone to the meeting. 4 Declaration of acceptance of office – Councillors Bell and Hart signed their acceptance of office. 5 Date of Next Meeting The next meeting will be held on 4 September 2017.',
  ].join('\n');

  test('a chain from 1 that opens with apologies and declarations is the items, each heading ending where the next starts', () => {
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
      ['3', 'Chairman’s Remarks'],
      ['4', 'Declaration of acceptance of office'],
      ['5', 'Date of Next Meeting'],
    ]);
  });

  test('"Community Councillors" is a title before the list, not a person', () => {
    const people = detailed(page).attendance.filter((a) => a.status === 'present').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Ann Reid', 'Tom Bell']));
    expect(people.some((n) => /Councillors/.test(n))).toBe(false);
  });

  test('"No additional interests were declared" in a section that names no member: none were declared', () => {
    expect(parse(page).declarationsState).toBe('none-declared');
  });

  test('"No further interests were declared" after a member\'s declaration does not say none', () => {
    const m = parse(['Minutes of the Meeting of Westholm Parish Council held on 3 March 2024', '', 'Present: Cllr A Reid (Chair), Cllr B Bell.', '', '1. Declarations of Interest', '', 'Cllr Bell declared a personal interest in item 4 as a member of the hall committee. No further interests were declared.', '', '2. Minutes', '', 'The minutes were approved.'].join('\n'));
    expect(m.declarationsState).toBe('declared');
  });

  test('a chain of numbers with no opening business stays prose', () => {
    const m = parse(['Minutes of the Meeting of Westholm Parish Council held on 3 March 2024', '', 'Present: Cllr A Reid (Chair), Cllr B Bell.', '', '1. Planning', '', 'The council considered the plans for 1 Market Street 2 Church Lane 3 Mill Row 4 Station Road and 5 Bridge End, all of which were supported by the members present after a short discussion of parking.'].join('\n'));
    expect(m.items.map((i) => i.number)).toEqual(['1']);
  });
});

test('"2. To consider a variation of order of business There was no variation": a heading in the agenda\'s words, then its minute', () => {
  const m = parse(
    'MINUTES OF THE MEETING OF WESTHOLM TOWN COUNCIL HELD IN THE CIVIC HALL ON MONDAY 3rd JUNE 2019 Present: Councillors S. Burr, T. Cole, A. Dale (Chairman) and P. Wren In Attendance: 2 members of public and Anne Tate (Town Clerk) 1. Apologies Apologies were received from Cllr Mary Egan. 2. To consider a variation of order of business There was no variation to the order of business. 3. Declarations of Interest Cllr Dale declared a non-pecuniary interest in agenda item 8 as he chairs the licensing committee. 4. Public Speaking Two residents spoke about the sale of the old hall and asked whether the council had been consulted before the sale of a public building. 5. Council Minutes The minutes of the meeting held on 13 May 2019 were approved as a correct record.',
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Apologies'],
    ['2', 'To consider a variation of order of business'],
    ['3', 'Declarations of Interest'],
    ['4', 'Public Speaking'],
    ['5', 'Council Minutes'],
  ]);
});

describe('a council\'s name in capitals before "MINUTES OF MEETING held …" makes a page minutes', () => {
  const page = [
    'WESTVALE UNITED COUNCIL MINUTES OF MEETING held at Memorial Hall on Monday 20 January 2020 at 7 pm',
    '',
    'PUBLIC MEETING: with reference to the village green (agenda item 20011) a resident told councillors of the work needed.',
    '',
    '20001. APOLOGIES FOR ABSENCE: Cllr M Wake',
    '',
    '20002. DECLARATIONS OF INTEREST: Cllr Poole – item 20011, as his house adjoins the green.',
    '',
    '20003. REPORT FROM COUNTY COUNCILLOR: The report was circulated.',
  ].join('\n');

  test('read as minutes, not refused as an index page (a public session naming an agenda item before the first minute)', () => {
    const m = parse(page);
    expect(m.document).toBe('minutes');
    expect(m.date).toBe('2020-01-20');
    expect(m.items.map((i) => i.number)).toEqual(['20001', '20002', '20003']);
  });

  test('an agenda\'s "To approve the minutes of the meeting held on …" is not such a heading', () => {
    expect(() => parse(['To Approve The Minutes Of The Meeting Held on 3 May', '', 'Please see the website for details.'].join('\n'))).toThrow(/does not look like council minutes/);
  });
});

describe('"347. Apologies for Absence - Apologies for absence were presented …": a numbered heading, a dash, its minute', () => {
  const page = [
    'Minutes of Town Council Planning Committee Meeting held on Monday 16 December 2013 in the Council Chamber at 7.00 pm',
    '',
    'Committee Members Present: Councillor A Lee (Chair) Councillor P Vale',
    '',
    '347. Apologies for Absence - Apologies for absence were presented on behalf of Councillor Mrs C Marsh.',
    '',
    '348. Deferment of Business - (for comment by the public) - There were no members of the public present.',
    '',
    '350. Minutes - The minutes of the Planning Committee meeting held on Monday 18 November 2013 were approved and signed by the Chair.',
    '',
    '351. Finance - Accounts for Payment',
    '',
    'The accounts were approved.',
  ].join('\n');

  test('the heading stops at the dash; a note in brackets after it is not the title; a title in two parts stays whole', () => {
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['347', 'Apologies for Absence'],
      ['348', 'Deferment of Business'],
      ['350', 'Minutes'],
      ['351', 'Finance - Accounts for Payment'],
    ]);
  });
});

describe('declarations as minutes set them down', () => {
  const item = (body: string[], date = '23 February 2012') =>
    parse([`Minutes of the Meeting of Westholm Borough Council held on ${date}`, '', 'Present: Councillor Ann Reid (Chair), Councillor Tom Bell.', '', '1. Declarations of Interest', '', ...body, '', '2. Minutes', '', 'The minutes were approved.'].join('\n'));

  test('"(Councillor Ann Reid made a personal declaration of interest in respect of Agenda Item 7 (Budget) as …)": the sentence in brackets', () => {
    const m = item([
      'Minutes: (Councillor Ann Reid made a personal declaration of interest in respect of Agenda Item 7 (Council Budget 2012/13) as she was a retired member of a trade union.)',
      '(Councillor Tom Bell made a personal declaration of interest in respect of Agenda Item 8d (Bus Service) as he was a director of the bus company.)',
    ]);
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['Ann Reid', '7', 'personal'],
      ['Tom Bell', '8d', 'personal'],
    ]);
  });

  test('"Personal interests declared by Cllr Kent, Cllr Hart and Cllr Abbot in respect of the Village Hall": note form, read as the passive', () => {
    const m = item(['Personal interests declared by Cllr Kent, Cllr Hart and Cllr Abbot in respect of the Village Hall.']);
    expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([
      ['Kent', 'personal'],
      ['Hart', 'personal'],
      ['Abbot', 'personal'],
    ]);
  });

  test('"Councillor Howe Non-pecuniary interest 12. a) Schedule of Accounts": a table\'s rows copied as lines', () => {
    const m = item(['The following interests were made:', 'Name of Councillor', 'Details of Interest Minute Number', 'Councillor Howe Non-pecuniary interest 12. a) Schedule of Accounts (Expenses)', '', 'Councillor Carr Non-pecuniary interest 15 Westholm Rugby Club'], '4 March 2019');
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['Howe', '12', 'non-pecuniary'],
      ['Carr', '15', 'non-pecuniary'],
    ]);
  });

  test('"Cllr Boland decared an interest in the Chair\'s report": the verb mistyped', () => {
    expect(item(['Cllr Boland decared an interest in the Chair’s report.']).declarations.map((d) => d.member)).toEqual(['Boland']);
  });

  test('a sentence about an earlier declaration is none of these', () => {
    const m = item(['The Chairman noted the interest declared by Cllr Kent at the last meeting. No declarations were made.']);
    expect(m.declarations).toEqual([]);
  });
});

describe('"12.042 Apologies for absence … 12.043 Seminar: feedback The Chairman …": the council year, then the minute in three figures', () => {
  const page = [
    'Minutes of the Parish Council Meeting held on Thursday 15 March 2012 in the Pavilion at 8pm',
    '',
    'PRESENT: Cllr Ann Dent, Chairman; Cllr Geoff Abbot',
    '',
    'ACTION 12.042 Apologies for absence 1. Councillors: Cllr David Gill - holiday 2. Others: None',
    '',
    '12.043 Village seminar: feedback The Chairman considered it a very useful and clear presentation, and councillors agreed that the notes should be circulated to all residents who had asked for them.',
    '',
    '12.044 Charity Commission: Code of Conduct The Chairman reminded the councillors that all local authorities operate under the statutory Code of Conduct rules, which the council adopted in June 2007. There followed a long discussion of which code came first, and Cllr Abbot agreed to act under the council’s own code.',
    '',
    '12.045 Minutes of Parish Council Meeting 16 February 2012 1. Cllr Abbot asked for an amendment to be made to the opening statement, which was agreed by all.',
  ].join('\n');

  test('each coded paragraph is a minute; a colon inside a heading stays in it; the first numbered point is not the title\'s', () => {
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['12.042', 'Apologies for absence'],
      ['12.043', 'Village seminar: feedback'],
      ['12.044', 'Charity Commission: Code of Conduct'],
      ['12.045', 'Minutes of Parish Council Meeting 16 February 2012'],
    ]);
  });
});

describe('registers of who came, as pages copy them', () => {
  test('an attendance table copied with its cells\' borders: each label\'s names, rows carried on', () => {
    const r = detailed(
      [
        'Eastcairn Community Council',
        '',
        'Minutes of the meeting held on Wednesday 4th September 2013',
        '',
        '|Present: |Ross Bell, Sally Shaw, Sheena Dunn, Julie Swan, |',
        '',
        '| |Suzie Kerr, Alex Kerr, Councillor Moss |',
        '',
        '|Apologies |Councillors Dale and Tait, Ann Hollis |',
        '',
        '|In attendance |Julie Reid, Police Scotland |',
        '',
        '| | | |',
        '',
        '|Approve minutes |Proposed by Sheena, seconded by Suzie | |',
      ].join('\n'),
    );
    expect(r.attendance.map((a) => [a.name, a.status])).toEqual([
      ['Ross Bell', 'present'],
      ['Sally Shaw', 'present'],
      ['Sheena Dunn', 'present'],
      ['Julie Swan', 'present'],
      ['Suzie Kerr', 'present'],
      ['Alex Kerr', 'present'],
      ['Moss', 'present'],
      ['Dale', 'apologies'],
      ['Tait', 'apologies'],
      ['Ann Hollis', 'apologies'],
      ['Julie Reid', 'in-attendance'],
    ]);
  });

  test('"Chairman M Noble (MN)", "Vice-Chairman C Sands (CS)": the office before a name in initials is the role; "Ward Cllr Collins" a member', () => {
    const r = detailed(
      [
        'Minutes of the Meeting of Westbourne Parish Council held on Monday 7 September 2020 at 7pm',
        '',
        'Councillors Present: T Baker (TB), Chairman M Noble (MN), D Pack (DP), Vice-Chairman C Sands (CS), A Thomas (AT).',
        'Present: Clerk Maxine Wood, Ward Cllr Collins, 1 member of public',
        '',
        '1. Apologies',
        '',
        'None.',
      ].join('\n'),
    );
    const byName = new Map(r.attendance.map((a) => [a.name, a.role]));
    expect(byName.get('M Noble')).toBe('Chair');
    expect(byName.get('C Sands')).toBe('Vice-Chair');
    expect(byName.has('Collins')).toBe(true);
    expect([...byName.keys()].some((n) => /Chairman|Ward/.test(n))).toBe(false);
  });

  const stHelier = [
    'WESTHAM BOROUGH COUNCIL (Present) The Mayor (Councillor...',
    '',
    '24',
    'WESTHAM BOROUGH COUNCIL At a meeting of the Westham Borough Council held on 4 November 2009 (Present) The Mayor (Councillor Shaw) (Chairman), Councillors N J Ash, W Ash, Astley, Ayres, Banks, Beirne, Caunce, Crowther, Deakin, Dunn, Evans, Ferry and Stephen Tope (Not Present) Councillor Ward ------- 41. THE MINUTES OF THE COUNCIL MEETING HELD ON 2 SEPTEMBER 2009 * Resolved that the Minutes of the meeting of the Council held on 2 September 2009 be approved. 42. APOLOGIES FOR ABSENCE An apology for absence was received from Councillor Ward. 43. DECLARATIONS OF INTEREST FROM MEMBERS Councillor Ferry declared a personal interest in item 8 as a governor of a school.',
    'Transcript of WESTHAM BOROUGH COUNCIL',
    '(Present) The Mayor (Councillor...',
    'Page 1: WESTHAM BOROUGH COUNCIL (Present)',
  ].join('\n');

  test('"(Present) … (Not Present) Councillor Ward": a register\'s labels in brackets run into the heading\'s line', () => {
    const r = detailed(stHelier);
    expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(expect.arrayContaining(['N J Ash', 'W Ash', 'Astley', 'Ferry', 'Stephen Tope']));
    expect(r.attendance.filter((a) => a.status === 'present')).toHaveLength(13);
    expect(r.minutes.apologies).toEqual(['Ward']);
  });

  test('a page number over the meeting\'s heading is no minute; "* Resolved" after a heading in capitals; the site\'s repeat of the page is left out', () => {
    const m = parse(stHelier);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'THE MINUTES OF THE COUNCIL MEETING HELD ON 2 SEPTEMBER 2009'],
      ['42', 'APOLOGIES FOR ABSENCE'],
      ['43', 'DECLARATIONS OF INTEREST FROM MEMBERS'],
    ]);
    expect(m.declarations.map((d) => d.member)).toEqual(['Ferry']);
  });
});

describe('"C1. Former Councillor … C2. Police Report …": a committee\'s letter before each minute\'s number, run into one line', () => {
  const page = [
    'Minutes of the Meeting of Westby Town Council held on Monday 16 April 2012 at Westby Town Hall. Present: Cllrs: C.Hall (Chair), D.Adams, H.Brown, E.Fraser. Apologies: Cllrs: J.Jackson (abroad), A.Roberts (holiday) C1. Police Report No Police representative was present at the meeting to give the monthly report. C2. Reports on Matters Relating to Westby C2.a County Council Cllr Dodds apologies were submitted. C2.b District Council Cllr Adams advised that the new committee would have parish representatives. C3. Open Forum Resolved: that standing orders be suspended. Tony Jones the Chairman of the Almshouse Charity spoke about the grants made this year. Resolved: that standing orders be re-instated. C4. Minutes C4.a Town Council Meeting held on 19 March 2012 Resolved: that the Minutes of the Meeting of the Town Council held on 19 March 2012 be approved.',
  ].join('\n');

  test('the minutes and their titles, each ending before its first sub-point or its decision\'s label', () => {
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['C1', 'Police Report'],
      ['C2', 'Reports on Matters Relating to Westby'],
      ['C3', 'Open Forum'],
      ['C4', 'Minutes'],
    ]);
  });

  test('"Resolved:" mid-text starts a decision; the account after a resolution is no part of it', () => {
    expect(parse(page).decisions.map((d) => [d.item, d.text])).toEqual([
      ['C3', 'That standing orders be suspended.'],
      ['C3', 'That standing orders be re-instated.'],
      ['C4', 'That the Minutes of the Meeting of the Town Council held on 19 March 2012 be approved.'],
    ]);
  });
});

test('a resolution\'s own second sentence ("That the Clerk be asked …") stays with it', () => {
  const m = parse(['Minutes of the Meeting of Westby Town Council held on 16 April 2012', '', 'Present: Cllr A Bell (Chair), Cllr B Cox', '', '1. Grants', '', 'After a long discussion it was RESOLVED that a grant of £200 be made. That the Clerk be asked to write to the charity.'].join('\n'));
  expect(m.decisions[0]?.text).toMatch(/^That a grant of £200 be made\. That the Clerk be asked/);
});

describe('a community council\'s minutes typed as a form and run into one line', () => {
  const page = [
    'ECC Minutes 180813',
    'Total Page:16',
    'File Type:pdf, Size:1020Kb',
    'TITLE : Eastshore Community Council DATE : 13–08–18 TIME : 7.30pm VENUE : Eastshore Hall Minutes of Meeting DISTRIBUTION : To all Council Members Present: W. Grey, R. Frame, C. Mackie, L. Darby. Item Summary and Action Who? When? CM (Vice-Chair) welcomed everyone to the meeting. 1 Apologies G. Atkin, N. Macrae. 2 Approval of Minutes Minutes of meeting held on 4th June 2018, approved by CM, seconded by WG. Balance stands at £3,227.67.',
  ].join('\n');

  test('read as minutes (members listed in initials as present; a motion moved and seconded), not refused', () => {
    expect(parse(page).document).toBe('minutes');
  });

  test('"Members Present: W. Grey, …" mid-line: the list is read', () => {
    expect(detailed(page).attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['W. Grey', 'R. Frame', 'C. Mackie', 'L. Darby']);
  });

  test('"Council Officials Present:" stays one label', () => {
    const r = detailed(['Minutes of the Meeting of Westby Town Council held on 3 May 2022', '', 'Councillors Present: Cllr A Bell (Chair), Cllr B Cox.', '', 'Council Officials Present: J. Dunn, Town Clerk', '', '1. Apologies', '', 'None.'].join('\n'));
    expect(r.attendance.find((a) => a.name === 'J. Dunn')?.status).toBe('in-attendance');
  });
});

test('"1151PRESENT–Cllr G Berry (Chairman), …" under "… Monday 27th October 2014in the Hall": glued number, label and dash; a year glued to the next word', () => {
  const r = detailed(
    [
      'Minutes of the Town Council meeting held on Monday 27th October 2014in the Skyrm Room at the Public Hall, Westminster at 7.00pm.',
      '1151PRESENT–Cllr G Bell (Chairman), Cllr Mrs V Bowen, Cllr P Body,',
      'Cllr Mrs A Cane and Cllr R Chester',
      '1152IN ATTENDANCE – Mrs Chris Bright (Town Clerk).',
      '(a) Police Representative',
      'In the absence of a police representative no report was received.',
    ].join('\n'),
  );
  expect(r.minutes.date).toBe('2014-10-27');
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['G Bell', 'Chair'],
    ['Mrs V Bowen', null],
    ['P Body', null],
    ['Mrs A Cane', null],
    ['R Chester', null],
  ]);
});

describe('pages that were refused as "not minutes"', () => {
  test('"EEMP Committee minutes – 26/9/19" over "Thursday 26th September 2019, …": the title\'s date on the next line', () => {
    const m = parse(['WEMP Committee minutes – 26/9/19', '', 'Thursday 26th September 2019, 10:00am-12.30pm', 'Location: West Sailing Club, Shore Rd', '', 'Voting members', '', 'Westshire County Council: Cllr Jeff Trent (JT)', 'Eastfield Town Council: Cllr Ann Howe (AH)', '', '1.    Introductions', '', 'Welcome from the chair.'].join('\n'));
    expect(m.document).toBe('minutes');
    expect(m.date).toBe('2019-09-26');
  });

  test('"… EXECUTIVE COMMITTEE Meeting, Wednesday, 20th July, 2011 at 2.00 p.m. … A G E N D A": an agenda', () => {
    const m = parse('BOROUGH OF WESTHAM EXECUTIVE COMMITTEE Meeting, Wednesday, 20th July, 2011 at 2.00 p.m. (Committee Room No. 4) A G E N D A PART ONE 1. To note any items which the Chairman considers to be of an urgent nature. 2. Admission of Public and Press To consider whether the public and press should be excluded. 3. Disclosure of Interests. A Member with a personal interest in a matter to be considered at this meeting must declare it. 4. To confirm the Minutes of the meeting held on 29th June, 2011. 5. Apologies for Absence To receive apologies.');
    expect(m.document).toBe('agenda');
    expect(m.items.length).toBeGreaterThanOrEqual(3);
  });

  test('a page dated at its top that speaks of a meeting\'s business five ways is read, whatever its heading says', () => {
    const m = parse(['Westvale Hall, 20 January 2020', '', 'Those there: Cllr Ann Bell (Chairman), Cllr Tom Cox, Mrs Jo Dunn (Clerk).', '', 'Apologies: Cllr Ray Hart.', '', 'Interests: none.', '', 'The minutes of the last meeting were agreed and signed.', '', 'Matters arising: the bench is repaired.'].join('\n'));
    expect(m.document).toBe('minutes');
  });

  test('a guidance page about meetings is still refused', () => {
    expect(() => parse(['Guidance, 20 January 2020', '', 'You should send your apologies to the clerk. The chair will ask you to declare any interests. You must read the minutes on our website, where you can download the agenda. Councillors are present at every meeting held in the hall; matters arising are taken first.'].join('\n'))).toThrow(/does not look like council minutes/);
  });
});

describe('a partnership\'s register: one person a line, after their body or post, under headings of their capacity', () => {
  const page = [
    'WEMP Committee minutes – 26/9/19',
    '',
    'Thursday 26th September 2019, 10:00am-12.30pm',
    '',
    'Voting members',
    '',
    'Westshire County Council (Partnership Chair): Cllr Jeff Trent (JT)',
    'Eastfield District Council: Cllr Mike Howe (MH)',
    'Northby Town Council: Cllr Bruce Dent (BD)',
    'RSPB: Peter Oakley (PO)',
    '',
    'Supporting Officers (non-voting)',
    '',
    'Westshire County Council: Peter Chambers (PC)',
    'Estuary Officer: Stephanie Hart (SH)',
    'Minute taker: Rowena Gale (RG)',
    '',
    'Apologies',
    '',
    'Northby Town Council: Cllr Terry Lowe (TL)',
    'Natural England: (TBC)',
    'Water Company: Hugh Dale (HD)',
    '',
    '1.    Introductions',
    '',
    'Welcome from the chair.',
  ].join('\n');

  test('each person with the capacity the heading gives, and a post (not a body) as the role', () => {
    const r = detailed(page);
    type Row = [string, string, string | null];
    const byName = (x: Row, y: Row) => x[0].localeCompare(y[0]);
    const expected: Row[] = [
      ['Jeff Trent', 'present', 'Chair'],
      ['Mike Howe', 'present', null],
      ['Bruce Dent', 'present', null],
      ['Peter Oakley', 'present', null],
      ['Peter Chambers', 'in-attendance', null],
      ['Stephanie Hart', 'in-attendance', 'Estuary Officer'],
      ['Rowena Gale', 'in-attendance', 'Minute taker'],
      ['Terry Lowe', 'apologies', null],
      ['Hugh Dale', 'apologies', null],
    ];
    expect(r.attendance.map((a): Row => [a.name, a.status, a.role]).sort(byName)).toEqual(expected.sort(byName));
    expect([...r.minutes.apologies].sort()).toEqual(['Hugh Dale', 'Terry Lowe']);
  });
});

describe('a declarations item none of the sentence or list readers can read: each member\'s entry, where it says what the interest is', () => {
  const withSection = (lines: string[], title = 'Declarations of Interest') =>
    parse(['Minutes of the Meeting of Westvale Community Council held on 3 May 2016', '', 'Present: Cllr A Bell (Chair), Cllr B Cole, Cllr S Price.', '', `68. ${title}`, '', ...lines, '', '69. Minutes', '', 'The minutes were approved.'].join('\n'));

  test('"Declarations of interest were made by: (i) Cllr B Cole regarding … (ii) Cllr S Price regarding …"', () => {
    const m = withSection(['Declarations of interest were made by: (i) Cllr B Cole regarding any issues about the Park Warden due to personal association. (ii) Cllr S Price regarding planning issues due to a conflict of interest. (iii) Cllr H Morris-Jones regarding the Village Hall as a trustee.']);
    expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([
      ['B Cole', 'personal'],
      ['S Price', 'unspecified'],
      ['H Morris-Jones', 'unspecified'],
    ]);
    expect(m.declarations[0]?.passage).toMatch(/^Cllr B Cole regarding/);
  });

  test('"… Recreation Area: Cllr Sherwood: personal interest as a member of …; Cllr Thorpe: …": each entry, its item when it names one', () => {
    const m = withSection(['Lease of the Recreation Area: Cllr Sherwood: personal interest as a member of the Gardening Association re the Recreation Area, agenda item 7; Cllr Thorpe: personal interest as a member of the Cricket Club']);
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['Sherwood', '7', 'personal'],
      ['Thorpe', null, 'personal'],
    ]);
  });

  test('advice to members is not a declaration; a member named where the minutes say none is not one either', () => {
    expect(withSection(['Members were reminded that Cllr Bell, as Chair, should declare any interest at the start of the meeting.']).declarations).toEqual([]);
    expect(withSection(['There were no declarations of interest. The Clerk advised that Cllr Cole had called the application in as ward member.']).declarations).toEqual([]);
  });

  test('an entry that says nothing of an interest leaves the whole section unread, not guessed', () => {
    const m = withSection(['Cllr Bell asked about the date of the next meeting. Cllr Cole as a trustee of the Village Hall.']);
    expect(m.declarations).toEqual([]);
    expect(m.declarationsState).toBe('unread');
  });

  test('under a heading that holds other business too ("Apologies and Declarations"), the readers\' silence stands', () => {
    const m = withSection(['Apologies were received from Cllr Dent regarding a family matter.'], 'Apologies and Declarations of Interest');
    expect(m.declarations).toEqual([]);
  });
});

test('"50. 23-24 Apologies": the minute\'s number and the council\'s year are one number, each minute the next; a title listing its business keeps its comma', () => {
  const m = parse(
    [
      'The minutes of the meeting of Westmere Parish Council held at 6.30pm on Wednesday 12th July 2023 at the Village Hall.',
      '',
      'Present: Councillors Fuller (Chair), Bugden, Jacobs.',
      '',
      '50. 23-24 Apologies',
      '',
      'Apologies were received from Cllr. Wood',
      '',
      '51. 23-24 Members’ declarations of interest',
      '',
      'None declared',
      '',
      '52. 23-24 Planning, licensing and tree preservation order applications',
      '',
      'No applications were received.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['50.23-24', 'Apologies'],
    ['51.23-24', 'Members’ declarations of interest'],
    ['52.23-24', 'Planning, licensing and tree preservation order applications'],
  ]);
});

test('"67/13 /" over its heading, "69/13 / Minutes:", "Apologies: Christine Carr (Vice Chairman) and Mark Coe": a table\'s cells copied with their borders', () => {
  const m = parse(
    [
      'Westmere Parish Council',
      '',
      'Minutes Meeting Monday 1st July 2013',
      '',
      'Present: D Ingram (Chairman), E Atkin, B Duff, S Pender (Clerk)',
      '',
      'Minute / Note / Action',
      '67/13 /',
      'Co-option of new Parish Councillor',
      'Resolved that Professor Brian Wills be appointed to the Parish Council',
      '68/13 /',
      'Apologies: Christine Carr (Vice Chairman) and Mark Coe',
      'Resolved That apologies be noted and the reasons approved',
      '69/13 / Minutes:',
      'Resolved To authorise the Chairman to sign the minutes of the last meeting',
      '70/13 / Declarations of interest',
      'None',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['67/13', 'Co-option of new Parish Councillor'],
    ['68/13', 'Apologies'],
    ['69/13', 'Minutes'],
    ['70/13', 'Declarations of interest'],
  ]);
  expect(m.apologies).toEqual(['Christine Carr', 'Mark Coe']);
  expect(m.decisions.map((d) => d.item)).toEqual(['67/13', '68/13', '69/13']);
});

test('"… agenda items. 2. Chairman’s Opening Remarks • Chair advised …": bullets run into a line keep each heading whole, its number with it', () => {
  const m = parse(
    'EASTBRAE COMMUNITY COUNCIL MINUTES of MEETING – 15th April 2019 @ THE INN. Members Present: D Wall, D Robb, G Middle. Apologies: H Fox 1. Introduction of Attendees& Welcome to Visitors • The Chairman welcomed all present to the meeting and asked that all matters be addressed through the chair. 2. Chairman’s Opening Remarks • Chair advised of the late change to the agenda and confirmed that Ian Dow had resigned from the council 3. Declaration of any Conflicts of Interest to Agenda Items • No conflicts of interest reported.',
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Introduction of Attendees& Welcome to Visitors'],
    ['2', 'Chairman’s Opening Remarks'],
    ['3', 'Declaration of any Conflicts of Interest to Agenda Items'],
  ]);
});

test('an event page linking "Minutes 24/03/2025" over its agenda ("To receive …" throughout, nothing minuted) is an agenda', () => {
  const m = parse(
    [
      'Westham Town Council',
      '',
      'Event Details',
      '',
      'Minutes 24/03/2025',
      '',
      'Meeting Pack 24/03/2025',
      '',
      'Agenda – Meeting 7 (2024/25)',
      '',
      '1.            Apologies and reasons for absence',
      '',
      'To receive apologies and approve reasons for absence from members.',
      '',
      '2.            Declarations of interest',
      '',
      'To note any declarations of interest on items which are on the agenda.',
      '',
      '3.            Neighbourhood Plan',
      '',
      'To receive an update from members of the group.',
      '',
      '4.            Youth Association Lease',
      '',
      '(a) To receive a report from the Chair of the Youth Association.',
      '',
      '(b) To agree action to be taken',
    ].join('\n'),
  );
  expect(m.document).toBe('agenda');
  expect(m.decisions).toEqual([]);
});

test('"You are on page 1of 5" over the heading; "Present: !", "Appologies: ! !" (a form\'s tick marks, the word mistyped); a body in brackets on a line of its own', () => {
  const r = detailed(
    [
      'You are on page 1of 5',
      '',
      'Eastrigg and Westholm Community Council',
      '',
      'Minutes of meeting held on 19th September 2013 at Sports Pavilion, Eastrigg at 19:30 hours.',
      'Present: !',
      '',
      '',
      'Darius Nam (Chair), Elaine Ferg (Treasurer), Janet Clark,',
      '',
      'Ruth Scott, Jim Green',
      '(Vice Chair).',
      '',
      'In attendance:!',
      '',
      'Isabel Hess, Councillor Ian Bax, Craig Find',
      '',
      '(Eastrigg Advertiser)',
      '',
      'Appologies: ! !',
      '',
      'Jo Lee (Secretary)',
      '',
      'The chairman welcomed the new visitors.',
      '',
      'Police Report',
      'No report was received.',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Darius Nam', 'Elaine Ferg', 'Janet Clark', 'Ruth Scott', 'Jim Green']);
  expect(r.minutes.apologies).toEqual(['Jo Lee']);
  expect(r.minutes.items.map((i) => i.title)).not.toContain('Isabel Hess, Councillor Ian Bax, Craig Find');
});

test('"SH and LB to assist those members …": two members\' initials given a task together; "AGM and PS to …" is no one', () => {
  const m = parse(['Minutes of the Meeting of Westby Parish Council held on 16 April 2018', '', 'Present: Cllr A Bell (Chair), Cllr B Cox', '', '1. Website', '', 'Some members have not updated their pages. SH and LB to assist those members who have not yet updated their pages.', '', 'AGM and PS to be held in May.'].join('\n'));
  expect(m.decisions.map((d) => [d.kind, d.owner])).toEqual([['action', 'SH and LB']]);
});

test('"E Murray (Council Chair)", "C Howe (Chairman of the Council)", "M Clark (Council Vice Chair)": the body\'s chair in its own words', () => {
  const r = detailed(['Minutes of the Meeting of Westby Parish Council held on 16 April 2018', '', 'Present: E Murray (Council Chair), M Clark (Council Vice Chair), C Howe (Chairman of the Council), R Dee', '', '1. Apologies', '', 'None.'].join('\n'));
  expect(r.attendance.map((a) => [a.name, a.role])).toEqual([
    ['E Murray', 'Chair'],
    ['M Clark', 'Vice-Chair'],
    ['C Howe', 'Chair'],
    ['R Dee', null],
  ]);
});

test('"Item 10:  Notice of Motion – Councillor Jupp declared a personal interest …" under the declarations heading is a declaration, not a heading', () => {
  const m = parse(
    [
      'Agenda and minutes',
      '',
      'Venue: Park Suite, Westham',
      '',
      'No. Item',
      '',
      'Minutes pdf icon PDF 245 KB',
      '',
      'To approve as correct the minutes of the meeting of the Council held on 23 June 2021',
      '',
      'The minutes of the meeting of the Council held on 23 June were approved as a correct record and signed by the Chairman.',
      '',
      "Declarations of Members' Interests",
      '',
      'To receive any declarations of interest from Members',
      '',
      'Item 10:  Notice of Motion – Councillor Nigel Jupp declared a personal interest because he is a County Councillor.',
    ].join('\n'),
  );
  expect(m.items.map((i) => i.number)).not.toContain('10');
  expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['Nigel Jupp', '10']]);
});

test('"Councillor Claire Arnott asked it be noted that she worked at …": the member, not the words of the request', () => {
  const m = parse(['Minutes of the Meeting of Westby District Council held on 4 June 2025', '', 'Present: Councillor A Bell (Chair), Councillor Claire Arnott.', '', '1. Declarations of Interest', '', 'Councillor Claire Arnott asked it be noted that she worked at the Campus, Item No. 7 refers.', '', 'Councillor George Hart further asked it be noted that he was a member of the Town Council, Item No. 15 refers.', '', '2. Minutes', '', 'The minutes were approved.'].join('\n'));
  expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
    ['Claire Arnott', '7'],
    ['George Hart', '15'],
  ]);
});
