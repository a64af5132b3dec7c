/**
 * Issue 15, general shapes met on spent pages of the seventh to ninth sets (the tenth set's held-out pages unread until
 * the end), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('tasks given to a post part-way through a sentence', () => {
  const page = [
    'Ashcombe Parish Council',
    'Minutes of the Parish Council Meeting held on Monday 7th January 2019 at 7.00pm in the Village Hall',
    'Present: Councillors A. Baker (Chairman), C. Dunn and E. Ford.',
    '19.01.01 – Declaration of Interests',
    'None.',
    '19.01.02 – Matters arising',
    'In respect of minute 18.12.08 b) – Mill Lane the Clerk was instructed to contact the Highways Authority about the drains.',
    '(44) Allotment lease Clerk to copy the lease to the trustees of the Allotment Charity. (45) Bus shelter Repairs are complete.',
    'Noted and resolved to ask the Clerk to write to the landowner about the hedge.',
    '19.01.03 – Standing Orders',
    'This item allows the Chairman to invite any member to speak. A letter from the Clerk to the Council was read.',
  ].join('\n');

  test('each is an action owned by the post, its text from the post on (or the whole resolution that gives it)', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => i.number)).toEqual(['19.01.01', '19.01.02', '19.01.03']);
    const actions = m.decisions.filter((d) => d.kind === 'action').map((d) => [d.item, d.owner, d.text]);
    expect(actions).toEqual([
      ['19.01.02', 'the Clerk', 'the Clerk was instructed to contact the Highways Authority about the drains.'],
      ['19.01.02', 'Clerk', 'Clerk to copy the lease to the trustees of the Allotment Charity.'],
      ['19.01.02', 'the Clerk', 'Noted and resolved to ask the Clerk to write to the landowner about the hedge.'],
    ]);
  });

  test('an item that only allows the Chair to do something, or a letter from the Clerk, gives no one a task', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((d) => d.item === '19.01.03')).toEqual([]);
  });
});

test('"NOTE: (1) Councillor A, the Leader of the Council, undertook to …": the undertaking owned by the named member', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the meeting of the Council of Rivermouth Borough Council held on Thursday 9 July 2009 at 6.30pm in the Town Hall',
      '1 Questions to the Leader',
      'Members asked questions of the Leader.',
      'NOTE: (1) Councillor Corbett, the Leader of the Council, undertook to provide a written answer to Councillor Hale’s question.',
    ].join('\n'),
  );
  const d = m.decisions.find((x) => x.kind === 'action');
  expect(d?.owner).toBe('Corbett');
  expect(d?.text).toBe('Councillor Corbett, the Leader of the Council, undertook to provide a written answer to Councillor Hale’s question.');
});

test('"The following personal interests were declared: Cllr A in … as …; Cllr B on …": each entry, and each of a member’s several interests', () => {
  const { minutes: m } = parse(
    [
      'Page 12 HOLMBRIDGE PARISH COUNCIL MINUTES OF THE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON THURSDAY, 5 th APRIL 2012 AT 7.30 pm',
      'PRESENT: Cllr S Dunford in the Chair, Cllrs B Armer, M Atkinson and K Dunn.',
      'Declarations of Interest The following personal interests were declared: Cllr B Armer in the Green Lane jubilee application as he knows people on the committee; Cllr M Atkinson in Mr Paul Grey as she knows him and also in the school jubilee application as she helped with it; Cllr K Dunn on the Mill Farm item as his partner deals with the appeal.',
    ].join('\n'),
  );
  expect(m.council).toBe('HOLMBRIDGE PARISH COUNCIL');
  expect(m.declarationsState).toBe('declared');
  expect(m.declarations.map((d) => [d.member, d.subject, d.nature])).toEqual([
    ['B Armer', 'the Green Lane jubilee application as he knows people on the committee', 'personal'],
    ['M Atkinson', 'Mr Paul Grey as she knows him', 'personal'],
    ['M Atkinson', 'the school jubilee application as she helped with it', 'personal'],
    ['K Dunn', 'the Mill Farm item as his partner deals with the appeal', 'personal'],
  ]);
});

describe('attendance printed without colons, or one member and ward to a line', () => {
  test('"PRESENT County Councillor DW Meredith (Chair)" over "County Councillors MC Alexander, …"', () => {
    const { attendance } = parse(
      [
        'MINUTES OF A MEETING OF THE COUNTY COUNCIL HELD AT COUNTY HALL, ON THURSDAY, 7 MARCH 2019',
        'PRESENT County Councillor DW Meredith (Chair)',
        'County Councillors MC Alexander, M Barnes and S L Williams',
        '1. APOLOGIES',
        'Apologies for absence were received from County Councillors L Fitzpatrick and S M Hayes',
      ].join('\n'),
    );
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['DW Meredith', 'present', 'Chair'],
      ['MC Alexander', 'present', null],
      ['M Barnes', 'present', null],
      ['S L Williams', 'present', null],
      ['L Fitzpatrick', 'apologies', null],
      ['S M Hayes', 'apologies', null],
    ]);
  });

  test('"Chair The Mayor, Councillor G Duddy", "Present Deputy Mayor, Councillor Y Boyle Aldermen …", "Apologies were recorded for …"', () => {
    const { attendance, minutes: m } = parse(
      [
        'Minutes of the meeting of the Council held on 26 August 2014 at 3.05pm in the Council Chamber',
        'Chair The Mayor, Councillor G Duddy',
        'Present Deputy Mayor, Councillor Y Boyle Aldermen W Creelman and N Hillis Councillors C Archibald and T Clarke',
        'In Attendance Town Clerk and Chief Executive, Head of Estates and Administrative Assistant',
        '1 APOLOGIES',
        'Apologies were recorded for Alderman Fielding, Councillors Barbour and Holmes.',
      ].join('\n\n'),
    );
    expect(m.apologies).toEqual(['Fielding', 'Barbour', 'Holmes']);
    expect(attendance.filter((a) => a.status !== 'apologies').map((a) => [a.name, a.role])).toEqual([
      ['G Duddy', 'Chair'],
      ['Y Boyle', 'Deputy Mayor'],
      ['W Creelman', null],
      ['N Hillis', null],
      ['C Archibald', null],
      ['T Clarke', null],
    ]);
  });

  test('"Members:" over "Name (Post)-Ward" lines and "Apologies:" over "Name - Ward": the ward is not part of the name', () => {
    const { attendance } = parse(
      [
        'Glenshiel Council Minutes',
        '',
        'Date:',
        'Thursday 29 March 2018',
        '',
        'Attendance Details',
        '',
        'Members:',
        'Elaine Munro (Leader)-Nith',
        'Rob Dalziel (Depute Leader)-Abbey',
        'Graham Bell-North West Glenshiel',
        'Ian Blake-Abbey',
        'Apologies:',
        'Ian Currie - Annandale South',
        'Karen Currie - Annandale East and Eskdale',
        'Jim H Dempster - Mid and Upper Nithsdale',
        'Item Number Item/Description',
        '1 SEDERUNT AND APOLOGIES',
        '',
        '36 Members present.',
      ].join('\n'),
    );
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Elaine Munro', 'present', 'Leader'],
      ['Rob Dalziel', 'present', 'Depute Leader'],
      ['Graham Bell', 'present', null],
      ['Ian Blake', 'present', null],
      ['Ian Currie', 'apologies', null],
      ['Karen Currie', 'apologies', null],
      ['Jim H Dempster', 'apologies', null],
    ]);
  });

  test('one double-barrelled surname in a list of names does not make a ward column', () => {
    const { attendance } = parse(
      [
        'Glenshiel Council Minutes',
        '',
        'Date:',
        'Thursday 29 March 2018',
        '',
        'Attendance Details',
        '',
        'Members:',
        'Ann Smith',
        'Bob Jones-Lee',
        'Carol White',
        'Dan Green',
        '',
        '1 DECLARATIONS OF INTEREST',
        '',
        'NONE declared.',
        '',
        '2 MINUTE OF MEETING OF 27 FEBRUARY 2018',
        '',
        'Decision',
        '',
        'APPROVED',
      ].join('\n'),
    );
    expect(attendance.map((a) => a.name)).toEqual(['Ann Smith', 'Bob Jones-Lee', 'Carol White', 'Dan Green']);
  });
});

test('a minute typed without full stops on one line: items "1." to "5." each with its point, and apologies given as bare names', () => {
  const { minutes: m } = parse(
    'Draft MINUTES OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL 20 MAY 2015 AT THE OLD HALL Present Office Bearers Anna Reid Chair Pete Moss Treasurer Residents Nicol Watt ' +
      '1. Apologies Steve Gray, Graham Carr, Jenny Scott 2. Annual Report This had been circulated in advance. It was adopted without amendment. Proposer – Jenny Scott Seconder – Pete Moss ' +
      '3. Annual Accounts The accounts were approved without further comment. Proposer – Anna Reid Seconder – Pete Moss ' +
      '4. Minutes of the AGM held on 21 May 2014 The Minutes were approved. Proposer – Pete Moss Seconder – Anna Reid ' +
      '5. Matters arising from the Minutes of the AGM held on 21 May 2014 There were no matters arising.',
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Apologies'],
    ['2', 'Annual Report'],
    ['3', 'Annual Accounts'],
    ['4', 'Minutes of the AGM held on 21 May 2014'],
    ['5', 'Matters arising from the Minutes of the AGM held on 21 May 2014'],
  ]);
  expect(m.apologies).toEqual(['Steve Gray', 'Graham Carr', 'Jenny Scott']);
});

test('"PRESENT: - Councillors …" inside the heading, "In attendance: Mrs G. Lawson (Clerk)." run on into the minutes, "PRESENT COUNCILLORS: … CLERK: …"', () => {
  const a = parse(
    'MINUTES OF THE BRYNMOR COMMUNITY COUNCIL HELD ON 12th MAY 2008 AT THE OLD SCHOOL, BRYNMOR PRESENT: - Councillors D. Jones (Chairman), R. Kelly, (Vice Chairman) Mrs S. Anthony, P. Gough, and V. Hanson . In attendance: Mrs G. Lawson (Clerk). Councillor D Jones in the Chair Min No. 71/08 Public Representation The Clerk informed the Community Council that she had visited a number of areas. Min No. 72/08 Declaration of Interests There were no declarations of Interests. Min No 73/08 Election of Chairman Councillor R. Kelly was unanimously elected as Chairman for 2008/2009.',
  ).attendance;
  expect(a.map((x) => [x.name, x.status, x.role])).toEqual([
    ['D. Jones', 'present', 'Chair'],
    ['R. Kelly', 'present', 'Vice-Chair'],
    ['Mrs S. Anthony', 'present', null],
    ['P. Gough', 'present', null],
    ['V. Hanson', 'present', null],
    ['Mrs G. Lawson', 'in-attendance', 'Clerk'],
  ]);
  const b = parse(
    [
      'ST ANNES MINOR COMMUNITY COUNCIL',
      '',
      'MINUTES OF THE MEETING OF COUNCIL HELD ON MONDAY 13th MARCH 2017 PRESENT COUNCILLORS: E Jones (Chair) S Dobbs J Lewis K Wilcox M Nott CLERK: Alana Price',
      '',
      '281 1. CHAIR’S REMARKS The Chair announced a charity event.',
      '',
      '282 2. TO RECEIVE APOLOGIES FOR ABSENCE Apologies had been received from Cllrs M Collett and G Thomas.',
    ].join('\n'),
  ).attendance;
  expect(b.map((x) => [x.name, x.status, x.role])).toEqual([
    ['E Jones', 'present', 'Chair'],
    ['S Dobbs', 'present', null],
    ['J Lewis', 'present', null],
    ['K Wilcox', 'present', null],
    ['M Nott', 'present', null],
    ['Alana Price', 'in-attendance', 'Clerk'],
    ['M Collett', 'apologies', null],
    ['G Thomas', 'apologies', null],
  ]);
});

test('"Councillors A, B and C declared a personal and prejudicial interest and Councillors D and E declared a personal interest in Item 6": two groups, one item', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the meeting of the Council held on Monday 22 June 2009 at 7.00pm in the Town Hall',
      '',
      '1. Declarations of Interest',
      '',
      'Councillors Cook, Hall and Pearce declared a personal and prejudicial interest and Councillors Anders and Chance declared a personal interest in Item 6 (Executive Committee) as detailed separately at Minute 27 below.',
      '',
      '2. Minutes',
      '',
      'RESOLVED that the minutes of the meeting held on 18 May 2009 be confirmed as a correct record.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.item, d.nature, d.subject])).toEqual([
    ['Cook', '6', 'prejudicial', ''],
    ['Hall', '6', 'prejudicial', ''],
    ['Pearce', '6', 'prejudicial', ''],
    ['Anders', '6', 'personal', 'detailed separately at Minute 27 below'],
    ['Chance', '6', 'personal', 'detailed separately at Minute 27 below'],
  ]);
});

test('"personal, non-pecuniary interests" is a personal interest, at any date', () => {
  const { minutes: m } = parse(
    [
      'MINUTES OF A MEETING OF THE COUNTY COUNCIL HELD AT COUNTY HALL, ON THURSDAY, 7 MARCH 2019',
      '',
      '1. DECLARATIONS OF INTEREST',
      '',
      'County Councillors G Breeze and F Jump declared personal, non-pecuniary interests in the budget amendment as members appointed by Council to outside bodies.',
      '',
      '2. MINUTES',
      '',
      'The Chair was authorised to sign the minutes of the meeting held on 24 January 2019 as a correct record.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([
    ['G Breeze', 'personal'],
    ['F Jump', 'personal'],
  ]);
});

test('a four-column declarations table flattened a cell to a line, and a note in square brackets under it', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the meeting of the Council held on Thursday 26 October 2023 at 7.00pm in the Council Chamber',
      '',
      'C/267',
      '',
      'Declarations of interest.',
      '',
      'Minutes:',
      '',
      'The following interests were declared:-',
      '',
      'Name of Councillor',
      '',
      'Minute Number',
      '',
      'Interest',
      '',
      'Reason for Declaration',
      '',
      'Cllr Dee Dale',
      '',
      '275 Motion 2 (Town Art Gallery)',
      '',
      'Personal Interest',
      '',
      'As a member of the Friends of the Art Gallery.',
      '',
      'Cllr Paul Marsh',
      '',
      '276 Local Plan',
      '',
      'Prejudicial Interest',
      '',
      'As the owner of land in the plan area.',
      '',
      '[During minute 275 Cllr Martin Grey also declared a personal interest, having been a board member of the funding body.]',
      '',
      'C/268',
      '',
      "Chair's Announcements",
      '',
      'The Chair made the following announcements.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.item, d.nature, d.subject])).toEqual([
    ['Dee Dale', '275', 'personal', 'Motion 2 (Town Art Gallery) – as a member of the Friends of the Art Gallery'],
    ['Paul Marsh', '276', 'prejudicial', 'Local Plan – as the owner of land in the plan area'],
    ['Martin Grey', '275', 'personal', 'having been a board member of the funding body'],
  ]);
});

describe('numbered minutes whose headings run into their text', () => {
  test('"3889 Title The Clerk confirmed …" and "3891 Title RESOLVED that …": four-digit minutes without points', () => {
    const { minutes: m } = parse(
      [
        'Minutes of the Annual Meeting of Council held on Monday 22 May 2017 at 6.00pm in the Community Centre',
        '',
        '3889 Declarations of Acceptance of Office The Clerk confirmed that all Members had signed their Declarations of Acceptance of Office.',
        '',
        '3890 Declarations of Interest There were no declarations of interest at the start of the meeting.',
        '',
        '3891 Appointment of Chairman RESOLVED that Councillor W Gray be appointed Chairman for 2017/18.',
        '',
        '3892 Appointment of Vice Chairman RESOLVED that Councillor J Hill be appointed Vice-Chairman for 2017/18.',
        '',
        '3893 Council Vacancy The Clerk reported that there was one vacancy in the Ward.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['3889', 'Declarations of Acceptance of Office'],
      ['3890', 'Declarations of Interest'],
      ['3891', 'Appointment of Chairman'],
      ['3892', 'Appointment of Vice Chairman'],
      ['3893', 'Council Vacancy'],
    ]);
  });

  test('"282 2. TO RECEIVE APOLOGIES …": the minute’s number before the agenda’s, headings in capitals run into the text', () => {
    const { minutes: m } = parse(
      [
        'ST ANNES MINOR COMMUNITY COUNCIL',
        '',
        'MINUTES OF THE MEETING OF COUNCIL HELD ON MONDAY 13th MARCH 2017',
        '',
        'Minute AGENDA ITEMS No 281 1. CHAIR’S REMARKS The Chair had attended a charity tea.',
        '',
        '282 2. TO RECEIVE APOLOGIES FOR ABSENCE Apologies had been received from Cllrs M Collett and G Thomas.',
        '',
        '283 3. APPOINTMENT OF CLERK A report from the Appointments Panel had been circulated.',
        '',
        '284 4. TO CONFIRM AND SIGN THE MINUTES OF THE MEETING HELD ON 13th FEBRUARY 2017 Minute no. 276 should have read otherwise.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['281', 'CHAIR’S REMARKS'],
      ['282', 'TO RECEIVE APOLOGIES FOR ABSENCE'],
      ['283', 'APPOINTMENT OF CLERK'],
      ['284', 'TO CONFIRM AND SIGN THE MINUTES OF THE MEETING HELD ON 13th FEBRUARY 2017'],
    ]);
  });
});

test('minutes printed in another meeting’s pack ("AGENDA ITEM" over "1 MINUTES OF THE COUNCIL"), offices before their holders in capitals', () => {
  const { minutes: m, attendance } = parse(
    [
      'AGENDA ITEM',
      '',
      '1 MINUTES OF THE COUNCIL',
      '',
      'AT THE MEETING OF THE COUNCIL OF THE BOROUGH OF HELD AT THE TOWN HALL, RIVERTON ON',
      '',
      'TUESDAY, 6TH SEPTEMBER 2005 AT 6.00 P.M.',
      '',
      'PRESENT:',
      '',
      'THE MAYOR - Councillor Abbot. THE DEPUTY MAYOR - Councillor Wade. COUNCILLORS - Ash, Bailey, D. Chapman and Yates.',
      '',
      '121 MINUTES (REF: 1.1 TO 1.3)',
      '',
      'Resolved: That the Minutes of the meeting of the Council held on 12th July 2005 be taken as read, approved as a correct record and signed by the Chair.',
      '',
      '122 APOLOGIES FOR ABSENCE',
      '',
      'Apologies for absence from the meeting were received from Councillors Garth, Riley and Timms.',
      '',
      '123 LOCAL GOVERNMENT FINANCE ACT 1992',
      '',
      'The Chief Executive reminded the Council of Section 106 of the Act.',
    ].join('\n'),
  );
  expect(m.committee).toBe('COUNCIL');
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['121', 'MINUTES'],
    ['122', 'APOLOGIES FOR ABSENCE'],
    ['123', 'LOCAL GOVERNMENT FINANCE ACT 1992'],
  ]);
  expect(m.apologies).toEqual(['Garth', 'Riley', 'Timms']);
  expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['Abbot', 'Mayor'],
    ['Wade', 'Deputy Mayor'],
    ['Ash', null],
    ['Bailey', null],
    ['D. Chapman', null],
    ['Yates', null],
  ]);
});

test('"Min No. 71/08 Title The Clerk …": minutes numbered with the year after "Min No.", run into one paragraph', () => {
  const { minutes: m } = parse(
    'MINUTES OF THE BRYNMOR COMMUNITY COUNCIL HELD ON 12th MAY 2008 AT THE OLD SCHOOL PRESENT: Councillors D. Jones (Chairman), P. Gough and V. Hanson. Min No. 71/08 Public Representation The Clerk informed the Community Council that she had visited a number of areas. Min No. 72/08 Declaration of Interests There were no declarations of Interests. Min No 73/08 Election of Chairman Councillor P. Gough was unanimously elected as Chairman for 2008/2009. Min No. 74/08 Community Council Elections The Clerk reported on the elections.',
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['71/08', 'Public Representation'],
    ['72/08', 'Declaration of Interests'],
    ['73/08', 'Election of Chairman'],
    ['74/08', 'Community Council Elections'],
  ]);
});

test('"140/19 Minutes of Previous Meeting: The minutes … were considered … Proposed by Cllr. A and seconded by Cllr. B – agreed."', () => {
  const { minutes: m } = parse(
    [
      'MINUTES OF THE MEETING OF ASHWELL CRAYS PARISH COUNCIL HELD ON MONDAY 14th OCTOBER 2019 AT 7.30PM IN THE VILLAGE HALL',
      '',
      '139/19 Apologies for Absence: Apologies for absence received from Cllr. S. Allen and Cllr. M. Buckley.',
      '',
      '140/19 Minutes of Previous Meeting: The minutes of the Parish Council meeting on 16th September, 2019 were considered for accuracy and approval. Proposed by Cllr. Kirby and seconded by Cllr. T. Knight – agreed.',
      '',
      '141/19 Declaration of Members Interests: One non-pecuniary declaration of interest from the Parish Clerk on item 147/19 (vi).',
      '',
      '142/19 Finance Report: The accounts for October were presented.',
      '',
      'Proposed by Cllr. Jenkins and seconded by Cllr. T. Knight to pay 5 cheques – agreed.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['139/19', 'Apologies for Absence'],
    ['140/19', 'Minutes of Previous Meeting'],
    ['141/19', 'Declaration of Members Interests'],
    ['142/19', 'Finance Report'],
  ]);
  expect(m.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([
    ['140/19', 'procedural', 'The minutes of the Parish Council meeting on 16th September, 2019 were considered for accuracy and approval.'],
    ['142/19', 'action', 'Proposed by Cllr. Jenkins and seconded by Cllr. T. Knight to pay 5 cheques.'],
  ]);
});

test('"The Chair was authorised to sign the minutes …", "… had been circulated in advance and were approved without further comment", a vote typed without its full stop', () => {
  const a = parse(
    [
      'MINUTES OF A MEETING OF THE COUNTY COUNCIL HELD AT COUNTY HALL, ON THURSDAY, 7 MARCH 2019',
      '',
      '1. APOLOGIES',
      '',
      'Apologies for absence were received from County Councillor L Fitz.',
      '',
      '2. MINUTES',
      '',
      'The Chair was authorised to sign the minutes of the meetings held on 22nd and 24th January as correct records.',
    ].join('\n'),
  ).minutes;
  expect(a.decisions.map((d) => [d.item, d.kind])).toEqual([['2', 'procedural']]);
  const b = parse(
    'Draft MINUTES OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL 20 MAY 2015 AT THE OLD HALL Present Anna Reid, Pete Moss and Jenny Scott ' +
      '1. Apologies Steve Gray, Graham Carr 2. Annual Report This had been circulated in advance. It was adopted without amendment. Proposer – Jenny Scott Seconder – Pete Moss ' +
      '3. Auditor Members approved the appointment of J Lindsay Walls as Auditor for the current year. Proposer – Anna Reid Seconder – Pete Moss ' +
      '4. Minutes of the AGM held on 21 May 2014 The Minutes had been circulated in advance and were approved without further comment. Proposer – Pete Moss Seconder – Anna Reid ' +
      '5. Matters arising There were no matters arising.',
  ).minutes;
  expect(b.decisions.map((d) => [d.item, d.text])).toEqual([
    ['2', 'It was adopted without amendment.'],
    ['3', 'Members approved the appointment of J Lindsay Walls as Auditor for the current year.'],
    ['4', 'The Minutes had been circulated in advance and were approved without further comment.'],
  ]);
  expect(b.decisions[2]?.kind).toBe('procedural');
});

describe('pages that were refused as not minutes', () => {
  test('"Minutes Council Meeting 5th September 2016 These Minutes principally record …" run into its attendance table', () => {
    const { minutes: m } = parse(
      [
        'Draft Minutes',
        'Minutes Council Meeting 5th September 2016 These Minutes principally record decisions taken and, where appropriate, the reasons for the decisions. A webcast of the meeting is available for six months. Present: Councillors Present Councillors Present Councillor J Abbott Yes Councillor G Mabey Apologies Councillor Mrs J Allen Apologies Councillor D Mann Yes Councillor C Bailey Yes',
      ].join('\n'),
    );
    expect(m.document).toBe('minutes');
    expect([m.committee, m.date]).toEqual(['Council', '2016-09-05']);
  });

  test('a parish summons run into its agenda: the meeting’s date, time and place, and the coded items', () => {
    const { minutes: m } = parse(
      'Hollins Green Parish Council Village Library, Alexandra Road Telephone (01925) 210558 Dear Councillor You are summoned to attend a meeting of the PARISH COUNCIL on TUESDAY 13 April 2021, commencing at 7.30 pm for the consideration of the subjects mentioned below. The meeting will take place via Zoom: https://zoom.example/j/1 Meeting ID: 896 6446 7793 Yours sincerely Lara Jones, Clerk to the Council 7 April 2021 ' +
        'AGENDA 20/205 Apologies To receive and accept apologies for absence. 20/206 Declarations of interest Members are reminded of their responsibility to declare any interest. 20/207 Public Participation To receive questions from members of the public. 20/208 Minutes To approve the minutes of the meeting held on 9 March 2021.',
    );
    expect(m.document).toBe('agenda');
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['PARISH COUNCIL', '2021-04-13', '19:30', 'Zoom']);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['20/205', 'Apologies'],
      ['20/206', 'Declarations of interest'],
      ['20/207', 'Public Participation'],
      ['20/208', 'Minutes'],
    ]);
  });
});

describe('headers', () => {
  test('"1391 MINUTES OF THE … COMMUNITY COUNCIL HELD ON …": a minute book’s page number before the heading', () => {
    const { minutes: m } = parse(
      '1391 MINUTES OF THE BRYNMOR COMMUNITY COUNCIL HELD ON 12th MAY 2008 AT THE OLD SCHOOL, HEOL-Y-DELYN, BRYNMOR PRESENT: Councillors D. Jones (Chairman), P. Gough and V. Hanson. Min No. 71/08 Public Representation The Clerk informed the Community Council that she had visited a number of areas. Min No. 72/08 Declaration of Interests There were no declarations of Interests. Min No 73/08 Election of Chairman Councillor P. Gough was unanimously elected as Chairman for 2008/2009.',
    );
    expect([m.committee, m.date, m.venue]).toEqual(['BRYNMOR COMMUNITY COUNCIL', '2008-05-12', 'THE OLD SCHOOL, HEOL-Y-DELYN, BRYNMOR']);
  });

  test('"X Council Minutes" with "Place: … (Reports)"; "… Community Centre," over "Presiding Councillor …"; "… COMMITTEE MEETING of the Council"', () => {
    const a = parse(
      ['Glenshiel Council Minutes', '', 'Date:', 'Thursday 29 March 2018', 'Time:', '10.30am', 'Place:', 'Council Offices, English Street, Glenshiel (Reports)', '', '1 DECLARATIONS OF INTEREST', '', 'NONE declared.', '', '2 MINUTE OF MEETING OF 27 FEBRUARY 2018', '', 'Decision', '', 'APPROVED'].join('\n'),
    ).minutes;
    expect([a.council, a.committee, a.venue]).toEqual(['Glenshiel Council', 'Glenshiel Council', 'Council Offices, English Street, Glenshiel']);
    const b = parse(
      [
        'Cyngor Cymuned Glanrhyd Community Council',
        '',
        'Minutes of the Annual Meeting of Council held on Monday 22 May 2017 at 6.00pm in the Cadoxton Community Centre,',
        '',
        'Presiding Councillor W Griffiths',
        '',
        '3890 Declarations of Interest There were no declarations of interest at the start of the meeting.',
        '',
        '3891 Appointment of Chairman RESOLVED that Councillor W Griffiths be appointed Chairman for 2017/18.',
      ].join('\n'),
    ).minutes;
    expect(b.venue).toBe('Cadoxton Community Centre');
    // The line after the heading, after a blank line, opens the attendance: the member who presided.
    expect(parse(
      [
        'Cyngor Cymuned Glanrhyd Community Council',
        '',
        'Minutes of the Annual Meeting of Council held on Monday 22 May 2017 at 6.00pm in the Cadoxton Community Centre,',
        '',
        'Presiding Councillor W Griffiths',
        '',
        'Present Councillors D Jones, J Hale',
        '',
        '3890 Declarations of Interest There were no declarations of interest at the start of the meeting.',
        '',
        '3891 Appointment of Chairman RESOLVED that Councillor W Griffiths be appointed Chairman for 2017/18.',
      ].join('\n'),
    ).attendance.map((x) => [x.name, x.role])).toEqual([
      ['W Griffiths', 'Chair'],
      ['D Jones', null],
      ['J Hale', null],
    ]);
    const c = parse(
      [
        'DISTRICT COUNCIL',
        'Minutes of proceedings of a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council held in the Council Chamber on Tuesday 25 November 2014.',
        'Present: D Mayo, Chairman Councillors: Clarke, Kelly and Lees',
        '1 APOLOGIES',
        'Apologies were received on behalf of Councillors McElhone and McIvor.',
      ].join('\n'),
    ).minutes;
    expect(c.committee).toBe('POLICY RESOURCES & SERVICES COMMITTEE');
  });
});

describe('registers and lists copied from tables', () => {
  test('"Councillor J Abbott Yes Councillor G Mabey Apologies … From 7.25pm … No": each member with their mark', () => {
    const { attendance } = parse(
      'Minutes Council Meeting 5th September 2016 These Minutes principally record decisions taken. Present: Councillors Present Councillors Present Councillor J Abbott Yes Councillor G Mabey Apologies Councillor Mrs J Allen Apologies Councillor D Mann Yes Councillor R Mitchell From 7.25pm Councillor R Bolton No Councillor F Ricci (Chairman) Yes Councillor R van Dulken Yes 32 Chairman’s Announcements The Chairman thanked everyone.',
    );
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['J Abbott', 'present', null],
      ['G Mabey', 'apologies', null],
      ['Mrs J Allen', 'apologies', null],
      ['D Mann', 'present', null],
      ['R Mitchell', 'present', null],
      ['R Bolton', 'absent', null],
      ['F Ricci', 'present', 'Chair'],
      ['R van Dulken', 'present', null],
    ]);
  });

  test('"PRESENTProvost Derek Stewart (Chair)" and "IN ATTENDANCEDave Jones, Chief Executive": labels glued to the first name', () => {
    const { attendance } = parse(
      [
        'MINUTE OF MEETING of the GLENMUIR COUNCIL held within the Council Chamber, Greenfield, Alloa, on THURSDAY 31st MAY 2007.',
        'PRESENTProvost Derek Stone (Chair)',
        'Councillor Donald Bain',
        'Councillor John Bigg',
        'Councillor Janet Cade',
        'IN ATTENDANCEDave Jones, Chief Executive',
        'APOLOGIES for absence were received from Councillor Walter McAdam.',
        'There was submitted a minute of the meeting held on Thursday 24th May 2007, which was accepted as a correct record.',
      ].join('\n'),
    );
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Derek Stone', 'present', 'Chair'],
      ['Donald Bain', 'present', null],
      ['John Bigg', 'present', null],
      ['Janet Cade', 'present', null],
      ['Dave Jones', 'in-attendance', 'Chief Executive'],
      ['Walter McAdam', 'apologies', null],
    ]);
  });
});

describe('what is not a task', () => {
  test('a bare "APPROVED" under a minute-of-meeting item records the minute approved', () => {
    const { minutes: m } = parse(
      ['Glenshiel Council Minutes', '', 'Date:', 'Thursday 29 March 2018', '', '1 DECLARATIONS OF INTEREST', '', 'NONE declared.', '', '2 MINUTE OF MEETING OF 27 FEBRUARY 2018', '', 'Decision', '', 'APPROVED', '', '3 POLICING PLAN', '', 'Decision', '', 'APPROVED'].join('\n'),
    );
    // The same word under another item approves a plan: that stays as it was read.
    expect(m.decisions.map((d) => [d.item, d.text, d.kind])).toEqual([
      ['2', 'APPROVED', 'procedural'],
      ['3', 'APPROVED', 'action'],
    ]);
  });

  test('after a resolution, the next item’s agenda wording over its minute ("To receive announcements …" / "The Chair paid tribute …") is no decision', () => {
    const { minutes: m } = parse(
      [
        'Minutes of the meeting of the Council held on Thursday 26 October 2023 at 7.00pm in the Council Chamber',
        '',
        'Minutes',
        '',
        'To approve the minutes of the meeting held on 20 July 2023.',
        '',
        'RESOLVED   That the Minutes of the meeting held on 20 July 2023 were approved as a correct record.',
        '',
        'To receive announcements from the Chair of Council, Leader of Council or Chief Executive.',
        '',
        'The Chair paid tribute to a former member, who had sadly passed away. Councillors were invited to say a few words.',
      ].join('\n'),
    );
    expect(m.decisions.map((d) => d.text)).toEqual(['That the Minutes of the meeting held on 20 July 2023 were approved as a correct record.']);
  });
});

test('"Attendance: Cllr. A, … and Cllr. T. Knight Parish Clerk/RFO Mrs. G. Bassett", "D Mayo, Chairman Councillors: …, Wilson Officers …", apologies run into the next heading', () => {
  const a = parse(
    [
      'MINUTES OF ASHWELL CRAYS PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON MONDAY 14TH OCTOBER, 2019 AT 7.00 p.m.',
      '',
      'Attendance: Cllr. D. McPherson-Davis, Cllr. M. Kirby and Cllr. T. Knight Parish Clerk/RFO Mrs. Georgina Bassett',
      '',
      '139/19 Apologies for Absence: Apologies for absence received from Cllr. S. Allen.',
      '',
      '140/19 Minutes of Previous Meeting: The minutes of the meeting on 16th September, 2019 were approved.',
    ].join('\n'),
  ).attendance;
  expect(a.map((x) => [x.name, x.status, x.role])).toEqual([
    ['D. McPherson-Davis', 'present', null],
    ['M. Kirby', 'present', null],
    ['T. Knight', 'present', null],
    ['Mrs. Georgina Bassett', 'in-attendance', 'Parish Clerk/RFO'],
    ['S. Allen', 'apologies', null],
  ]);
  const b = parse(
    [
      'DISTRICT COUNCIL',
      'Minutes of proceedings of a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council held in the Council Chamber on Tuesday 25 November 2014.',
      'Present: D Mayo, Chairman Councillors: Clarke, Kelly, Lees, Wilson Officers Chief Executive (Acting) Director of Environmental Health',
      '1 APOLOGIES',
      'Apologies were received on behalf of Councillors McElhone and McIvor 2 .DECLARATIONS OF INTEREST',
      'There was no declarations of interest.',
    ].join('\n'),
  );
  expect(b.attendance.map((x) => [x.name, x.status, x.role])).toEqual([
    ['D Mayo', 'present', 'Chair'],
    ['Clarke', 'present', null],
    ['Kelly', 'present', null],
    ['Lees', 'present', null],
    ['Wilson', 'present', null],
    ['McElhone', 'apologies', null],
    ['McIvor', 'apologies', null],
  ]);
});

test('a minutes booklet: the cover’s date is the booklet’s; "Meeting Council" / "Date and Time …" / "Location …" are the meeting’s', () => {
  const { minutes: m } = parse(
    [
      'BOROUGH COUNCIL',
      '',
      'COUNCIL MEETING 23 September 2014',
      '',
      'MINUTES BOOKLET',
      '',
      'CONTENTS',
      '',
      'Council Meeting – 26.08.14 2 – 10',
      '',
      'Meeting Council',
      '',
      'Date and Time 26 August 2014 at 3.05pm',
      '',
      'Location Council Chamber, Cloonavin',
      '',
      'Chair The Mayor, Councillor G Duddy',
      '',
      '1 APOLOGIES',
      '',
      'Apologies were recorded for Councillors Barbour and Holmes.',
      '',
      '2 CHAIR’S BUSINESS',
      '',
      'The Mayor welcomed everyone.',
    ].join('\n'),
  );
  expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['Council', '2014-08-26', '15:05', 'Council Chamber, Cloonavin']);
  expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES', 'CHAIR’S BUSINESS']);
});

test('"To receive declarations of interest." over "There were none.", and "One non-pecuniary declaration of interest from the Parish Clerk on item 147/19"', () => {
  const none = parse(
    [
      'Minutes of the meeting of the Council held on Thursday 26 October 2023 at 7.00pm in the Council Chamber',
      '',
      'Declaration of Interests',
      '',
      'To receive declarations of interest.',
      '',
      'There were none.',
      '',
      'Minutes',
      '',
      'RESOLVED That the Minutes of the meeting held on 20 July 2023 were approved as a correct record.',
    ].join('\n'),
  ).minutes;
  expect(none.declarationsState).toBe('none-declared');
  const clerk = parse(
    [
      'MINUTES OF ASHWELL CRAYS PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON MONDAY 14TH OCTOBER, 2019 AT 7.00 p.m.',
      '',
      '140/19 Minutes of Previous Meeting: The minutes of the meeting on 16th September, 2019 were approved.',
      '',
      '141/19 Declaration of Members Interests: One non-pecuniary declaration of interest from the Parish Clerk on item 147/19 (vi).',
      '',
      '142/19 Public Forum: No questions from members of the public.',
    ].join('\n'),
  ).minutes;
  expect(clerk.declarationsState).toBe('declared');
  expect(clerk.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([['Parish Clerk', '147/19 (vi)', 'non-pecuniary']]);
});

test('"Issue" over "To appoint a representative …": the report’s question is no decision; the resolution after it is', () => {
  const { minutes: m } = parse(
    [
      'Cabinet - Monday, 3 September 2018 6:30 pm',
      '',
      '31.',
      '',
      'Appointment to Outside Bodies',
      '',
      'Minutes:',
      '',
      'Issue',
      '',
      'To appoint a representative to the Town Centre Business Improvement District for 2018/19 (Paper 4).',
      '',
      'Considerations',
      '',
      'Cabinet is asked to make an appointment to this Trust for 2018/19.',
      '',
      'RESOLVED –',
      '',
      'That Councillor Derek Pine be appointed for 2018/19.',
    ].join('\n'),
  );
  expect(m.decisions.map((d) => d.text)).toEqual(['That Councillor Derek Pine be appointed for 2018/19.']);
});

test('a lone "To receive announcements …" over "4.1 By the Mayor:", and "The meeting noted that there were no other declarations": neither is a decision', () => {
  const { minutes: m } = parse(
    [
      'Council - Wednesday, 19th April, 2023 7.30 pm',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      'The meeting noted that there were no other declarations from group leaders.',
      '',
      'Announcements',
      '',
      'Minutes:',
      '',
      'To receive announcements and business brought forward by the Mayor, Leader, and Members of the Cabinet or the Chief Executive.',
      '',
      '4.1 By the Mayor:',
      '',
      '4.2 By the Chief Executive:',
    ].join('\n'),
  );
  expect(m.decisions).toEqual([]);
});

test('Scottish area committee minutes: "The Committee decided: that …", and a heading run into "A report dated … was submitted"', () => {
  const { minutes: m } = parse(
    [
      'Minutes of meeting of the Clydebrae Area Committee held in the Council Chamber, Lanark on 26 June 2018',
      '',
      '1 Declaration of Interests',
      '',
      'No interests were declared.',
      '',
      '2 Minutes of Previous Meeting The minutes of the meeting of the Clydebrae Area Committee held on 1 May 2018 were submitted for approval as a correct record.',
      '',
      'The Committee decided: that the minutes be approved as a correct record.',
      '',
      '3 Application CL/18/0308 - Erection of a House at Sabinhay, Biggar A report dated 1 June 2018 by the Executive Director (Community and Enterprise Resources) was submitted on planning application CL/18/0308.',
      '',
      'The Committee decided: that planning application CL/18/0308 be granted subject to conditions.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Declaration of Interests'],
    ['2', 'Minutes of Previous Meeting'],
    ['3', 'Application CL/18/0308 - Erection of a House at Sabinhay, Biggar'],
  ]);
  expect(m.decisions.map((d) => [d.item, d.text, d.kind])).toEqual([
    ['2', 'That the minutes be approved as a correct record.', 'procedural'],
    ['3', 'That planning application CL/18/0308 be granted subject to conditions.', 'action'],
  ]);
});

test('"DECLARATIONS OF INTEREST 414/01/18 Councillor …": a heading in capitals before its minute’s number, run into one paragraph', () => {
  const { minutes: m } = parse(
    'MINUTES OF THE 1000th ASHTON PARISH COUNCIL MEETING HELD ON MONDAY 8 JANUARY 2018 AT THE VILLAGE HALL, WEST VIEW, ASHTON PRESENT: Councillors Berry, Dickson and Hayes. APOLOGIES FOR ABSENCE There were no apologies for absence. ' +
      'DECLARATIONS OF INTEREST 414/01/18 Councillor Wheale declared an interest in item 421/01/18 Cheque 001127. ' +
      'MINUTES FROM THE LAST MEETING 4 DECEMBER 2017 415/01/18 The minutes were accepted as a true and accurate record and signed by the Chairman on behalf of the Parish Council. ' +
      'FINANCE 416/01/18 The accounts for payment were approved.',
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['414/01/18', 'DECLARATIONS OF INTEREST'],
    ['415/01/18', 'MINUTES FROM THE LAST MEETING 4 DECEMBER 2017'],
    ['416/01/18', 'FINANCE'],
  ]);
  expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['Wheale', '421/01/18']]);
});

test('"MINUTE OF MEETING of the X COUNCIL held within the Council Chamber, …, on …", and "CC.06 – Title – the Council agreed that …"', () => {
  const { minutes: m } = parse(
    [
      'MINUTE OF MEETING of the GLENMUIR COUNCIL held within the Council Chamber, Greenfield, Alloa, on THURSDAY 31st MAY 2007.',
      'PRESENT: Provost Derek Stone (Chair), Councillors Donald Bain and John Bigg.',
      '',
      '1. MINUTE OF MEETING',
      '',
      'There was submitted a minute of the meeting held on Thursday 24th May 2007.',
      '',
      'CC.06 – Elected Member Representation on Outside Bodies – the Council agreed that the minute be amended to read that Councillor Bain had nominated Councillor Bigg.',
      '',
      '2. GAMING MACHINES',
      '',
      'The Council noted the report.',
    ].join('\n'),
  );
  expect(m.venue).toBe('Council Chamber, Greenfield, Alloa');
  expect(m.decisions.map((d) => [d.item, d.text])).toEqual([
    ['1', 'The Council agreed that the minute be amended to read that Councillor Bain had nominated Councillor Bigg.'],
    ['2', 'The Council noted the report.'],
  ]);
});

describe('headers run into other text (shapes met on the held-out pages, after they were scored)', () => {
  test('"Meeting of the Parish Council at 7:30PM on Monday 5th November 2018 at Wychbold Village Hall, …"', () => {
    const { minutes: m } = parse(
      [
        'Minutes 05 November 2018',
        '',
        'Meeting of the Parish Council at 7:30PM on Monday 5th November 2018 at Ashbury Village Hall, School Road, Ashbury',
        '',
        'Present: Alyson Keane (Chair), Mike Jones, Sue Howard',
        '',
        '1. Apologies for absence',
        'Apologies were received from Paul Brogan.',
      ].join('\n'),
    );
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['Parish Council', '2018-11-05', '19:30', 'Ashbury Village Hall, School Road, Ashbury']);
  });

  test('"… Agenda Item No. 2 X COUNTY COUNCIL Minutes of the County Council held in …, Ruthin on Wednesday, 27 June 2007 at 10.00 a.m. PRESENT …"', () => {
    const { minutes: m } = parse(
      'Draft Equalities Plan 2007 Agenda Item No. 2 GLANTOWY COUNTY COUNCIL Minutes of the County Council held in the Council Chamber, County Hall, Ruthin on Wednesday, 27 June 2007 at 10.00 a.m. PRESENT Councillor K N Hawkins (Chairman), J R Bartley, R E Barton and B Blakeley. APOLOGIES Councillors A Jones and B Smith. 1 PRAYERS The Chairman opened the meeting.',
    );
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['County Council', '2007-06-27', '10:00', 'Council Chamber, County Hall, Ruthin']);
  });

  test('"MONTHLY COUNCIL MEETING 5 AUGUST 2014 Minutes of meeting held in …, Limavady at 7.30 pm on the above date."', () => {
    const { minutes: m } = parse(
      [
        'Ballynure Borough Council Comhairle Bhuirg',
        'Total Page:16',
        'File Type:pdf, Size:1020Kb',
        'BALLYNURE BOROUGH COUNCIL COMHAIRLE BHUIRG MONTHLY COUNCIL MEETING 5 AUGUST 2014 Minutes of meeting held in the Council Offices, 7 Main Street, Ballynure at 7.30 pm on the above date. PRESENT: In the Chair: Alderman A Robinson. Councillors O Beattie and B Chivers. APOLOGIES: Councillor A Brolly. MINUTES: The minutes of meeting held 10 June 2014 were approved and signed.',
      ].join('\n'),
    );
    expect([m.committee, m.date, m.startTime, m.venue]).toEqual(['COUNCIL', '2014-08-05', '19:30', 'Council Offices, 7 Main Street, Ballynure']);
  });

  test('"A MEETING OF THE COUNCIL of the Borough of X will be held in …, on WEDNESDAY, 28TH MARCH, 2018 at 7.30 p.m."', () => {
    const { minutes: m } = parse(
      [
        'Agenda 28-03-2018',
        'Council Offices, Kiln Road, Thundersley. Tel. No: 01268 882200 Chief Executive A MEETING OF THE COUNCIL of the Borough of Kilnworth will be held in the Council Chamber, Council Offices, Kiln Road, Thundersley, on WEDNESDAY, 28TH MARCH, 2018 at 7.30 p.m., and all Members of the Council are hereby summoned to attend to transact the undermentioned business.',
        '',
        '1. Apologies for Absence',
        '',
        '2. Members’ Interests',
        '',
        '3. Minutes',
        '',
        'To approve the Minutes of the meeting held on 28 February 2018.',
      ].join('\n'),
    );
    expect(m.document).toBe('agenda');
    expect([m.council, m.committee, m.date, m.startTime, m.venue]).toEqual(['Borough of Kilnworth', 'COUNCIL', '2018-03-28', '19:30', 'Council Chamber, Council Offices, Kiln Road, Thundersley']);
  });
});
