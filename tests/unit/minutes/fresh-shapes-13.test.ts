/**
 * Issue 15, general shapes met on the thirteenth set's pages built on (its held-out third unread until the end),
 * written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a civic post before its holder, and officers listed by post alone', () => {
  const page = [
    'Minutes of the Meeting of the Council held on Thursday 14 March 2024 at 7.00 pm in the Council Chamber, Town Hall, Eastmoor',
    '',
    'Present: The Worshipful the Mayor, P. Lindqvist, R. Osei (Deputy Mayor), Councillors A. Baxter, Mrs C. Dunmore, T. Fenwick and H. Quayle',
    '',
    'Officers: Chief Executive, Corporate Director of Children & Young People, Director of Housing & Regeneration and Head of Legal Services.',
    '',
    '1. Apologies for Absence',
    '',
    'Apologies for absence were received from Councillors Ruth Marsh and Ian Petrie.',
    '',
    '2. Declarations of Interest',
    '',
    'None.',
  ].join('\n');

  test('"The Worshipful the Mayor, P. Lindqvist": the holder, untitled, has the post as role', () => {
    const { attendance } = parse(page);
    expect(attendance.find((a) => a.name === 'P. Lindqvist')).toMatchObject({ status: 'present', role: 'Mayor' });
    expect(attendance.find((a) => a.name === 'R. Osei')?.role).toBe('Deputy Mayor');
  });

  test('posts between commas with "&" inside them are no people', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'in-attendance')).toEqual([]);
    expect(attendance.map((a) => a.name)).not.toContain('Young People');
  });

  test('a list of posts with a person in it is still read as people', () => {
    const withName = page.replace('Officers: Chief Executive,', 'Officers: Chief Executive, Mrs J Harrow,');
    const { attendance } = parse(withName);
    expect(attendance.some((a) => a.name === 'Mrs J Harrow' && a.status === 'in-attendance')).toBe(true);
  });
});

describe('a summons whose agenda runs on after "the following business:-"', () => {
  const question = 'In April this year the new houses in Mill Close had to be demolished. Does the Council accept that the decision was flawed? '.repeat(3);
  const page = `Public Document Pack BOROUGH OF WESTMARSH You are summoned to attend a Meeting of the Council of the Borough of Westmarsh to be held in the Council Chamber, Town Hall, Westmarsh on Wednesday, 11 December 2024 at 5.00 pm for the purpose of transacting the following business:- 1. To approve as a correct record the Minutes of the meetings of the Council held on 9 October and 18 November, 2024. (Pages 5 - 16) 2. Mayor's Communications 3. Apologies for Absence 4. Declarations of Members' and Officers' Interests relating to items on the Agenda. 5. Public Questions to the Council To receive questions from members of the public in accordance with Standing Order No. 12. Question submitted by Ann Ridley: “${question}” 6. Petitions to Council To receive petitions submitted under Standing Order No. 13 7. Questions to the Leader To receive questions submitted to the Leader under Standing Order No.14 8. Annual Audit Letter 2023/24 (Pages 17 - 30) 9. Members' Allowances`;

  test('every numbered item is read, the first one with its long wording, and the header ends before it', () => {
    const { minutes: m } = parse(page);
    expect(m.document).toBe('agenda');
    expect(m.date).toBe('2024-12-11');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'To approve as a correct record the Minutes of the meetings of the Council held on 9 October and 18 November, 2024'],
      ['2', "Mayor's Communications"],
      ['3', 'Apologies for Absence'],
      ['4', "Declarations of Members' and Officers' Interests relating to items on the Agenda"],
      ['5', 'Public Questions to the Council'],
      ['6', 'Petitions to Council'],
      ['7', 'Questions to the Leader'],
      ['8', 'Annual Audit Letter 2023/24'],
      ['9', "Members' Allowances"],
    ]);
  });

  test("an item's wording after its heading stays with the item", () => {
    const { minutes: m } = parse(page);
    expect(m.items.find((i) => i.number === '6')?.agendaText).toContain('To receive petitions submitted under Standing Order No. 13');
  });
});

describe('an archive copy: the council over "Minutes for <body> meeting, <date>", items without numbers', () => {
  const page = [
    'Eastwold Borough Council:',
    '',
    'Minutes for Planning (Development Control) Committee North meeting, Oct 12 2009, 7.30PM official page',
    '',
    'Other committee documents for Eastwold Borough Council :: Planning (Development Control) Committee North details',
    '',
    'Venue: Council Chamber, Civic Offices, High Street, Eastwold',
    '',
    'Items No. Item',
    '',
    'Substitute Members',
    '',
    'To note any substitute Members appointed for the meeting in accordance with the notification procedure.',
    '',
    'It was noted that Councillor Pryce had been appointed as a member of the Committee for this meeting only in place of Councillor Ames.',
    '',
    'Disclosures of Interest',
    '',
    'Councillor Pryce disclosed a personal and prejudicial interest in planning application 5/2009/0412 because she was the Portfolio Holder for Housing. She left the meeting room during discussion of that item.',
  ].join('\n');

  test('the title names the body that met, its date and time; the line above is the council', () => {
    const { minutes: m } = parse(page);
    expect(m.committee).toBe('Planning (Development Control) Committee North');
    expect(m.council).toBe('Eastwold Borough Council');
    expect(m.date).toBe('2009-10-12');
    expect(m.startTime).toBe('19:30');
  });

  test('short headings over their "To …" wording are the items', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Substitute Members'],
      [null, 'Disclosures of Interest'],
    ]);
    expect(m.declarations).toEqual([expect.objectContaining({ member: 'Pryce', nature: 'prejudicial', withdrew: true })]);
  });

  test('without any "To …" wording under a heading, short lines are not taken for items', () => {
    const bare = page.replace('To note any substitute Members appointed for the meeting in accordance with the notification procedure.\n\n', '');
    const { minutes: m } = parse(bare);
    expect(m.items.map((i) => i.title)).not.toEqual(['Substitute Members', 'Disclosures of Interest']);
  });
});

describe('a parish page copied as one paragraph: "In attendance:" after the dated heading', () => {
  const page = [
    'ASHWORTH PARISH COUNCIL',
    'MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON: Thursday 16th July 2020 Held via Zoom In attendance: Cllr G Hollis (Chairman) Cllr C Byrne Cllr G Platt (Vice Chairman) Cllr L Amis Cllr P Rowe Cllr I Dent Miss L Wren (Clerk to the Council) 1. Declaration of Interests/Recording of Meetings Members were reminded that they must disclose any interests they know they have in items of business on the meeting’s agenda. Cllr Hollis declared an interest in planning application 20/00111/FUL. 2. Apologies All present. 3. Minutes/Public Forum a. The Minutes of the Parish Council Meeting of 18th June 2020 were approved and signed. b. On the motion of the Chairman the meeting was adjourned for members of the public to address the Council. 4. To Approve the Appointment of the Clerk/RFO It was agreed to appoint Miss L Wren to the position of Clerk/RFO. 5. Policies The Remote Meeting Policy was approved. The Grants Policy was approved with one amendment. 6. To Approve Revised Standing Orders Deferred to the next meeting.',
  ].join('\n');

  test('the members listed "In attendance" are present; the clerk after the last of them is in attendance', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['G Hollis', 'present', 'Chair'],
      ['C Byrne', 'present', null],
      ['G Platt', 'present', 'Vice-Chair'],
      ['L Amis', 'present', null],
      ['P Rowe', 'present', null],
      ['I Dent', 'present', null],
      ['Miss L Wren', 'in-attendance', 'Clerk to the Council'],
    ]);
  });
});

describe('a table copied with wide gaps between its cells', () => {
  const page = [
    'Draft Minutes of Longmere Parish Council Meeting held from 7pm on 19 June 2017',
    '',
    '295     Those Present and In Attendance',
    '',
    'Present         Cllr R Hale (Chair), Cllr R Tonks (Vice Chair), Cllr C Noon, Cllr D Crane',
    '',
    'In Attendance          NCC Cllr N Crane   Mr N Mayhew',
    '',
    '296     Apologies for non-attendance        Cllr Allsop     RBC Cllr Corbett',
    '',
    '297     Declaration of Interest from Members in Matters scheduled for discussion: There were none',
    '',
    '298     Minutes of the Annual Parish Meeting held on May 22 2017',
    '',
    'The Council approved the Minutes of the Annual Parish Meeting.',
  ].join('\n');

  test('each cell after a label is a person', () => {
    const { minutes: m, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['N Crane', 'Mr N Mayhew']);
    expect(m.apologies).toEqual(['Allsop', 'Corbett']);
  });

  test("a heading's cell is the title, the names or words beside it are its minute", () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['295', 'Those Present and In Attendance'],
      ['296', 'Apologies for non-attendance'],
      ['297', 'Declaration of Interest from Members in Matters scheduled for discussion'],
      ['298', 'Minutes of the Annual Parish Meeting held on May 22 2017'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
  });
});

describe('a parish page numbered "1/", its members under the item "Members present"', () => {
  const page = [
    'Minutes of the meeting held on Thursday 14th November 2019 7.30pm at the village hall.',
    '',
    '1/ Members present',
    '',
    'Chairman Councillor Owen Pascoe, Councillor Lara Penrose, Councillor Gil Moyle and Councillor Jo Tresize.',
    'Apologies were received by Devon County Councillor Mary Sallis.',
    '',
    '2/ Public Questions',
    '',
    'No members of the public present.',
    '',
    '3/ Minutes of the last meeting',
    '',
    'The minutes were agreed as correct',
  ].join('\n');

  test('"1/" numbers the items', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Members present'],
      ['2', 'Public Questions'],
      ['3', 'Minutes of the last meeting'],
    ]);
  });

  test('the paragraph under "Members present" is the list, the chair first; a county councillor’s apology is a name', () => {
    const { minutes: m, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Owen Pascoe', 'Chair'],
      ['Lara Penrose', null],
      ['Gil Moyle', null],
      ['Jo Tresize', null],
    ]);
    expect(m.apologies).toEqual(['Mary Sallis']);
  });

  test('"1/19" stays a minute number of its own shape', () => {
    const { minutes: m } = parse(page.replace('1/ Members present', '1/19 Members present').replace('2/ Public', '2/19 Public').replace('3/ Minutes', '3/19 Minutes'));
    expect(m.items.map((i) => i.number)).toEqual(['1/19', '2/19', '3/19']);
  });
});

describe('a parish page one line a paragraph, bullets under coded minute numbers', () => {
  const page = [
    'Minutes May 2019',
    'Minutes of the Parish Council Meeting held on 14 May 2019',
    'At the Community Centre, Hesketh',
    'Commenced 19.15',
    'Concluded 20.05',
    'Present: Ann Birch',
    'Carl Lomax',
    'Dina Rees',
    'Tom O’Neill',
    'Parish Clerk Ruth Mawson',
    'Public Participation',
    '- None present',
    '163/19 Apologies',
    '- Cllr Lister had submitted an apology',
    '164/19 Declarations of Interest',
    '- Cllrs Lomax, Rees, and Birch in respect of Planning matter',
    '165/19 Minutes of the previous meeting',
    '- Approved',
    '166/19 Finance',
    '- List circulated',
  ].join('\n');

  test('a coded number after a short bullet starts its own heading', () => {
    const { minutes: m } = parse(page);
    // (The public's part of the meeting, printed without a number before the minutes, is an item of its own: round 42.)
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Public Participation'],
      ['163/19', 'Apologies'],
      ['164/19', 'Declarations of Interest'],
      ['165/19', 'Minutes of the previous meeting'],
      ['166/19', 'Finance'],
    ]);
  });

  test('the heading’s lines give the times and the place', () => {
    const { minutes: m } = parse(page);
    expect([m.date, m.startTime, m.endTime, m.venue]).toEqual(['2019-05-14', '19:15', '20:05', 'Community Centre, Hesketh']);
  });

  test('names one to a line after "Present:" are read in pairs, the clerk’s post before the last', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.role])).toEqual([
      ['Ann Birch', null],
      ['Carl Lomax', null],
      ['Dina Rees', null],
      ['Tom O’Neill', null],
      ['Ruth Mawson', 'Parish Clerk'],
      ['Lister', null],
    ]);
  });

  test('"had submitted an apology" is an apology; "Cllrs A, B, and C in respect of …" is each one’s declaration', () => {
    const { minutes: m } = parse(page);
    expect(m.apologies).toEqual(['Lister']);
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => [d.member, d.subject])).toEqual([
      ['Lomax', 'Planning matter'],
      ['Rees', 'Planning matter'],
      ['Birch', 'Planning matter'],
    ]);
  });
});

describe('a town council page in the older printed form, one member to a line', () => {
  const page = [
    'Town Council Minutes',
    '',
    'At the Council Meeting held, pursuant to notice on Monday 15th December 2014 at 7.15 pm in the Council Chamber, the Town Hall, the following members were present: –',
    'Cllr. M. Tandy, Town Mayor',
    'Cllr. C. Butt, Deputy Mayor',
    'Cllr. Mrs. S. Barlow',
    'Cllr. R. Benn Cllr. Mrs. E. Cole',
    'Cllr. D. Dale',
    '',
    'Officer: The Town Clerk',
    '',
    '6420 The minutes of the meeting held on the 17th November 2014 – were approved and signed at the meeting.',
    '6421 Public Participation',
    'There had been no requests for public participation.',
    '6422 Apologies for absence – had been received from Cllrs. Mrs. S. Wills, Mrs. J. Grey and',
    'T. Hale.',
    '6423 Declaration of interests',
    'Cllr. D. Dale declared an interest in planning application 4794, The Manor House as he was a neighbour.',
  ].join('\n');

  test('"held, pursuant to notice on …": the date, time and place; the list’s label after them is not the place', () => {
    const { minutes: m } = parse(page);
    expect([m.date, m.startTime, m.venue]).toEqual(['2014-12-15', '19:15', 'Council Chamber, the Town Hall']);
  });

  test('the members listed under the heading’s "the following members were present"', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['M. Tandy', 'Town Mayor'],
      ['C. Butt', 'Deputy Mayor'],
      ['Mrs. S. Barlow', null],
      ['R. Benn', null],
      ['Mrs. E. Cole', null],
      ['D. Dale', null],
    ]);
  });

  test('a heading, a dash, then "had been received from" a list that ends on the next line', () => {
    const { minutes: m } = parse(page);
    expect(m.apologies).toEqual(['Mrs. S. Wills', 'Mrs. J. Grey', 'T. Hale']);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['6420', 'The minutes of the meeting held on the 17th November 2014'],
      ['6421', 'Public Participation'],
      ['6422', 'Apologies for absence'],
      ['6423', 'Declaration of interests'],
    ]);
  });
});

describe('headings over paragraphs that open with the minute’s coded number', () => {
  const page = [
    'Minutes 8th January 2018',
    '',
    'Present Cllrs S Dane, D Eagle, C Grey and P Lamb.',
    '',
    'In attendance Dr J Dorey (Clerk), County Cllr Irwin (from minute 18/5) District Cllrs N Bunce and A Thorne and 25 members of the public.',
    '',
    'Apologies for absence',
    '18/1 There were none.',
    '',
    'Declarations of Interest',
    '18/2 There were none.',
    '',
    'Minutes of meeting held on 4 December 2017 18/3 The minutes of the meeting held on 4 December 2017 were approved as a correct record and signed.',
    '',
    'Planning and Tree Matters',
    '18/4 Consultations 6A Mill Road: erection of a rear extension. The Parish Council resolved not to object to the proposal.',
    '',
    'Withdrawal of the No. 5 bus service / Public participation session 18/5 In view of the public concern, these two agenda items were taken together.',
  ].join('\n');

  test('each heading takes the number that opens the paragraph under it (or after it on its line)', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['18/1', 'Apologies for absence'],
      ['18/2', 'Declarations of Interest'],
      ['18/3', 'Minutes of meeting held on 4 December 2017'],
      ['18/4', 'Planning and Tree Matters'],
      ['18/5', 'Withdrawal of the No. 5 bus service / Public participation session'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
  });

  test('another council’s members after a bracket are people of their own', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['Dr J Dorey', 'Irwin', 'N Bunce', 'A Thorne']);
  });
});

describe('coded minutes run on in one paragraph, headings ending on "Meeting held on <date>" and before "a)"', () => {
  const page = [
    'MINUTES OF THE ORDINARY MEETING OF PARISH COUNCIL Tuesday 2 March 2021 at 7.30pm',
    '',
    'PRESENT : Councillors L Vane, C Brown, P Brown, G Foster.',
    '',
    '236/20 Apologies for Absence Apologies for absence were received from Councillor P Rowley. 237/20 Minutes of the Ordinary Meeting held on 2 February 2021 Resolved: that the minutes of the Ordinary Meeting held on 2 February 2021 be accepted as a true and accurate record. 238/20 Declarations of Interest Councillor Foster declared a personal interest in minute 239/20 as a neighbour. 239/20 Planning Matters a) The Clerk advised that decisions had been received on the following applications.',
  ].join('\n');

  test('the titles are whole', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['236/20', 'Apologies for Absence'],
      ['237/20', 'Minutes of the Ordinary Meeting held on 2 February 2021'],
      ['238/20', 'Declarations of Interest'],
      ['239/20', 'Planning Matters'],
    ]);
  });
});

describe('decisions written as bullets under coded minute numbers', () => {
  const page = [
    'Minutes of the Parish Council Meeting held on 9 April 2019',
    'At the Leisure Centre, Marsh',
    'Present: Bill Abbot',
    'Chris Lenton',
    'Dora Hale',
    '163/18 Apologies',
    '- None',
    '169/18 Finance',
    '- List circulated',
    '- Agreed that payments of Accounts since the last meeting are ratified and invoices now presented are approved',
    '172/18 To consider the position of arranging road sweeping operation within the parish',
    '- Agreed that Cllr Abbot could proceed to arrange road sweeping in the area',
    '173/18 To receive reports and recommendations from Members representing the Council on working groups and outside bodies',
    '- Community Centre',
    '- Nothing to report',
    '- Hesketh Avenue (Marsh Park)',
    '- Clerk to place agenda item for next month to discuss playground improvements',
    '- Health Issues',
    '- Cllr Hale to arrange meeting with Practice Manager',
  ].join('\n');

  test('a bullet that is a resolution is one decision; a bullet giving someone a task is an action', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => i.number)).toEqual(['163/18', '169/18', '172/18', '173/18']);
    expect(m.decisions.map((d) => [d.item, d.kind, d.owner, d.text])).toEqual([
      ['169/18', 'action', null, 'That payments of Accounts since the last meeting are ratified and invoices now presented are approved'],
      ['172/18', 'action', 'Cllr Abbot', 'That Cllr Abbot could proceed to arrange road sweeping in the area'],
      ['173/18', 'action', 'Clerk', 'Clerk to place agenda item for next month to discuss playground improvements'],
      ['173/18', 'action', 'Hale', 'Cllr Hale to arrange meeting with Practice Manager'],
    ]);
  });
});

describe('a parish heading after a generic first line, and a clerk after her council’s initials', () => {
  const page = [
    'Parish Council Meeting 26 June 2017',
    '',
    'Draft Minutes of Kelby Bassett Parish Council Meeting held from 7pm on 26 June 2017',
    '',
    '295     Those Present and In Attendance',
    '',
    'Present         Cllr R Jolley (Chair), Cllr R Tate (Vice Chair), Cllr C Nunn',
    '',
    'In Attendance          NCC Cllr N Clay   KBPC Clerk N Mayhew',
    '',
    '296     Apologies for non-attendance        Cllr Allcock',
  ].join('\n');

  test('the heading’s named council is the body; "held from 7pm on" gives the start', () => {
    const { minutes: m } = parse(page);
    expect([m.committee, m.council, m.date, m.startTime]).toEqual(['Kelby Bassett Parish Council', 'Kelby Bassett Parish Council', '2017-06-26', '19:00']);
  });

  test('"KBPC Clerk N Mayhew" is the clerk', () => {
    const { attendance } = parse(page);
    expect(attendance.find((a) => a.name === 'N Mayhew')).toMatchObject({ status: 'in-attendance', role: 'Clerk' });
  });
});

describe('numbered minutes without points, a long standard heading closed by its full stop', () => {
  const page = [
    'Draft Minutes of Kelby Parish Council Meeting held at 7pm on 26 June 2017',
    '',
    '296     Apologies for non-attendance: Cllr Allcock',
    '',
    '297     Declaration of Interest from Members in Matters scheduled for discussion: There were none',
    '',
    '298     Minutes of the 2017 Annual Parish Meeting held on May 22 2017',
    '',
    'The Council approved the Minutes of the 2017 Annual Parish Meeting.',
    '',
    '299     Minutes of the Annual Parish Council Meeting held on May 22 2017. The Council noted the Minutes of the 2017 Annual Parish Council Meeting.',
    '',
    '300     Matters arising from the Minutes of May 22 2017',
    '',
    'a) Speed Watch Repairs: no response to date.',
  ].join('\n');

  test('"299 … held on May 22 2017. The Council noted …" is the next minute, its heading up to the full stop', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['296', 'Apologies for non-attendance'],
      ['297', 'Declaration of Interest from Members in Matters scheduled for discussion'],
      ['298', 'Minutes of the 2017 Annual Parish Meeting held on May 22 2017'],
      ['299', 'Minutes of the Annual Parish Council Meeting held on May 22 2017'],
      ['300', 'Matters arising from the Minutes of May 22 2017'],
    ]);
  });
});

describe('an apology from a civic office holder', () => {
  test('"from the Deputy Mayor, Councillor Dana Ade King", "Alan Mead (vice chairman)": the office stays with the apology', () => {
    const page = [
      'Minutes of the Meeting of the Council held on Tuesday 9 April 2024 at 7.00 pm in the Council Chamber, Civic Centre',
      '',
      '1. Apologies',
      '',
      'Apologies for absence were received from the Deputy Mayor, Councillor Dana Ade King and Councillors Alan Mead (vice chairman) and Alison Ware.',
      '',
      '2. Minutes',
      '',
      'The Minutes of the meeting held on 20 February 2024 were signed by the Mayor.',
    ].join('\n');
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => [a.name, a.role])).toEqual([
      ['Dana Ade King', 'Deputy Mayor'],
      ['Alan Mead', 'Vice-Chair'],
      ['Alison Ware', null],
    ]);
  });
});

describe('"Present: The Mayor, Councillor P McGrath in the Chair" over the aldermen and councillors', () => {
  test('the chair is read with the rest, "in the Chair" without brackets', () => {
    const page = [
      'Minutes of the Monthly Meeting of Ardmore Borough Council held on Monday 8 May 2006 at 7.00 pm',
      '',
      'Present: The Mayor, Councillor P McGrath in the Chair',
      'Aldermen F Campbell H Connolly, Deputy Mayor, J Doran and T Flynn',
      'Councillors M Boyle, K Carr',
      '',
      'M/139/2006 APOLOGIES',
      'Apologies were received from Councillor B Kerr.',
    ].join('\n');
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['P McGrath', 'F Campbell', 'H Connolly', 'J Doran', 'T Flynn', 'M Boyle', 'K Carr']);
    expect(attendance.find((a) => a.name === 'P McGrath')?.role).toBe('Chair');
  });
});

describe('a heading whose first words were lost: the place, the date alone, the start', () => {
  const page = [
    'held in the Council Chamber',
    '',
    '13 th December 2011 (adjourned) and 20 th December 2011 (reconvened).',
    '',
    'commencing at 6.30p.m.',
    '',
    'Present: Councillor Lister, Chairman.',
    '',
    'Councillors: Beale, Mrs. Burton, Gale and Hale.',
    '',
    'The Chairman welcomed all those present.',
  ].join('\n');

  test('the date between "held in …" and "commencing at …" is the meeting’s, with its place and time', () => {
    const { minutes: m } = parse(page);
    expect([m.date, m.startTime, m.venue]).toEqual(['2011-12-13', '18:30', 'Council Chamber']);
  });

  test('a date alone on a line with neither beside it is not taken', () => {
    const { minutes: m } = parse(page.replace('held in the Council Chamber', 'Planning Committee').replace('commencing at 6.30p.m.', 'Agenda published'));
    expect(m.date).toBeNull();
  });
});

// Shapes seen on the thirteenth set's held-out pages after they were scored (those pages are spent).
describe('a parish page whose first line lost its first word, minutes numbered "M01/04/21"', () => {
  const page = [
    'AND WESTBURY PARISH COUNCIL',
    '',
    'MINUTES OF A MEETING OF EASTON AND WESTBURY PARISH COUNCIL HELD REMOTELY ON MONDAY 26th APRIL 2021 AT 7:15 PM',
    '',
    'PRESENT: Councillors T Aston (Chairman), B Allen and S Bell',
    '',
    'M01/04/21 DECLARATIONS OF INTERESTS',
    '',
    'There were no declarations of interests.',
    '',
    'M02/04/21 MINUTES',
    '',
    'RESOLVED: that the minutes of the Parish Council meeting held on 22nd March 2021 be confirmed and signed.',
    '',
    'M03/04/21 FINANCE',
    '',
    'RESOLVED: that the Financial Statement to 20th April 2021 be received and noted.',
  ].join('\n');

  test('the heading’s whole name is the council, never the cut first line', () => {
    const { minutes: m } = parse(page);
    expect(m.council).toBe('EASTON AND WESTBURY PARISH COUNCIL');
  });

  test('"M01/04/21", "M02/04/21", … are a run of minute numbers', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['M01/04/21', 'DECLARATIONS OF INTERESTS'],
      ['M02/04/21', 'MINUTES'],
      ['M03/04/21', 'FINANCE'],
    ]);
  });
});

describe('a council’s running header after the attendance', () => {
  test('"The City of Kelso Council – 2 June 2016" gives the day and the body when the heading did not', () => {
    const page = [
      'Minutes',
      '',
      'The City of Council',
      '',
      'Present:-',
      '',
      'COUNCILLORS',
      '',
      'Elaine Aird, Robert Allan',
      '',
      'The City of Kelso Council – 2 June 2016',
      '',
      '1. Minutes',
      '',
      'Decision',
      '',
      'To approve the minute of the Council of 28 April 2016 as a correct record.',
    ].join('\n');
    const { minutes: m } = parse(page);
    expect([m.date, m.committee, m.council]).toEqual(['2016-06-02', 'City of Kelso Council', 'City of Kelso Council']);
  });
});
