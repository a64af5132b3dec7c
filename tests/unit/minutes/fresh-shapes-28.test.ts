/**
 * Issue 15, twenty-eighth round: shapes from pages of councils never seen before (set 31's opened two-thirds), in
 * made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDocument } from '../../../main/minutes/document-kind';
import { agendaWordingTitle } from '../../../main/minutes/run-on';
import { itemOf } from '../../../main/minutes/declarations';
import { parseByCli } from './helpers/parse-by-cli';

const detailed = (text: string) => parseMinutesDetailed('page.txt', text);
const parse = (text: string) => detailed(text).minutes;
const items = (text: string) => parse(text).items.map((i) => [i.number, i.title]);

describe('a numbered item whose heading ran into its text, or is the agenda’s wording, keeps that heading as its title', () => {
  const page = [
    'Minutes of the Meeting of Brackley Green Parish Council held on Tuesday 3rd February 2009 at 7.30pm in the Village Hall',
    'Present: Cllr A Hale (Chairman), Cllr B Nunn, Cllr C Orme',
    'TC/701 To receive apologies for absence – Apologies were received from Cllr D Pike (work commitments)',
    'TC/702 To receive and adopt the Minutes of the Council Meeting held on',
    'Tuesday, 6th January 2009 and discuss matters arising thereof. The minutes were adopted as a correct record.',
    'TC/703 Village Green Fencing The Clerk reported that the contractor had finished the work.',
  ].join('\n');

  test('the agenda’s wording up to its dash or full stop is the title; the text is still read for apologies and decisions', () => {
    expect(items(page)).toEqual([
      ['TC/701', 'To receive apologies for absence'],
      // (The heading's first line: the reader takes a numbered heading from its own line.)
      ['TC/702', 'To receive and adopt the Minutes of the Council Meeting held on'],
      ['TC/703', 'Village Green Fencing'],
    ]);
    expect(parse(page).apologies).toEqual(['D Pike']);
  });

  test('the wording read alone: its end at a full stop, a dash, a date before a new sentence, or a member', () => {
    expect(agendaWordingTitle('To review outstanding actions from previous meeting.')).toBe('To review outstanding actions from previous meeting');
    expect(agendaWordingTitle('To consider changes to the order of business. (All Items 1-6: 10 mins)')).toBe('To consider changes to the order of business');
    expect(agendaWordingTitle('To Sign and Approve Minutes of the Meeting dated 9th December 2008 Minutes of the meeting held 9th December 2008 were approved')).toBe(
      'To Sign and Approve Minutes of the Meeting dated 9th December 2008',
    );
    expect(agendaWordingTitle('To note the resignation of Cllr Paula Stone – Noted')).toBe('To note the resignation of Cllr Paula Stone');
    expect(agendaWordingTitle('To receive the report. Councillor Hale presented it')).toBe('To receive the report');
    // A sentence, not a heading; and text that does not open with the agenda's "To …".
    expect(agendaWordingTitle('To everyone’s relief the roof was mended')).toBeNull();
    expect(agendaWordingTitle('The Clerk reported on the fencing.')).toBeNull();
  });
});

describe('an agenda whose items name earlier minutes is still an agenda', () => {
  const summons = [
    'Notice of a Meeting of Westerby Parish Council (07/03/17)',
    '',
    'Dear Councillor,',
    '',
    'YOU ARE duly summoned to attend a MEETING OF THE WESTERBY PARISH COUNCIL to be held on',
    '',
    'TUESDAY, 7th March, 2017',
    '',
    'commencing at 7.30 p.m. in the Memorial Hall.',
    '',
    '1. Apologies.',
    '2. Declaration of Interest.',
    '3. Minutes of the Meeting of the Parish Council Held on the 7th February, 2017 Accuracy / Progress.',
    '4. Finance:',
    'a) Monthly Payments and Receipts.',
  ].join('\n');
  const webPage = [
    'Meeting: Eastmoor National Park Authority',
    'Venue: The Park Office, Helmsley Road',
    'Date: Monday 25 September 2023 at 9.30am',
    'Business',
    '1. Apologies for absence',
    '2. Public minutes of the meeting held on 19 June 2023',
    '3. Public question time',
    '4. Planning applications',
  ].join('\n');

  test('a parish summons with "Minutes of the Meeting … Held on" as its third item', () => {
    expect(classifyDocument(summons)).toEqual({ kind: 'agenda' });
    expect(parse(summons).decisions).toEqual([]);
  });

  test('the summons’s date is the meeting’s, not the date the letter bears', () => {
    const letter = summons.replace('Dear Councillor,', '2 March 2017\n\nDear Councillor,');
    expect(parse(letter).date).toBe('2017-03-07');
    // ("commencing at 7.30 p.m. in the Memorial Hall.": where, under the date.)
    expect(parse(letter).venue).toBe('Memorial Hall');
  });

  test('an authority’s meeting page listing "Public minutes of the meeting held on …" among its business', () => {
    expect(classifyDocument(webPage)).toEqual({ kind: 'agenda' });
  });

  test('a printed heading of minutes is still read as minutes', () => {
    expect(classifyDocument(['Minutes of the meeting of Westerby Parish Council held on 7th March 2017', '1. Apologies.', '2. Finance.'].join('\n'))).toEqual({ kind: 'minutes' });
  });

  test('through parse-minutes --json', async () => {
    const m = (await parseByCli(summons)) as { document: string; items: { number: string }[] };
    expect(m.document).toBe('agenda');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a declarations table copied with each surname in a cell further on', () => {
  const page = [
    'MINUTES OF THE MEETING OF HARROWFIELD TOWN COUNCIL HELD ON MONDAY 6 JUNE 2011 AT 7.00PM IN THE COUNCIL CHAMBER',
    'Present: Councillors A Rowe (Mayor), B Stead, C Lowther, D Penn and E Varley',
    'T11/125 ITEM 2 - Councillors’ Declarations of Interest',
    'All declarations are personal, unless otherwise stated.',
    'Councillor A Item 8b) – Prejudicial – Member of Harrowfield in Bloom Rowe Councillor B Stead Item 5 – Planning Application 6.100.2801 – Councillor has a property close by Councillor D Penn Item 8b) – Prejudicial – Chair of Harrowfield in Bloom',
    'T11/126 ITEM 3 - Minutes',
    'RESOLVED: That the minutes of the Council Meeting held 16th May 2011 be approved as a correct record.',
  ].join('\n');

  test('no member is called "A Item" or "C Member": the rows read are kept and the section is said to be unread in part', () => {
    const m = parse(page);
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      // ("All declarations are personal, unless otherwise stated.": the kind for an entry that gives none.)
      ['B Stead', '5', 'personal'],
      ['D Penn', '8b', 'prejudicial'],
    ]);
    expect(m.declarationsState).toBe('unread');
  });

  test('"T11/125 ITEM 2 - …": the agenda’s number after a lettered minute number is not part of the title', () => {
    expect(items(page)).toEqual([
      ['T11/125', 'Councillors’ Declarations of Interest'],
      ['T11/126', 'Minutes'],
    ]);
  });

  test('through parse-minutes --json', async () => {
    const m = (await parseByCli(page)) as { declarationsState: string; declarations: { member: string }[] };
    expect(m.declarationsState).toBe('unread');
    expect(m.declarations.map((d) => d.member)).toEqual(['B Stead', 'D Penn']);
  });
});

test('under the declarations heading, a member and what they declared in, in brackets, is a declaration', () => {
  const m = parse(
    [
      'OLDCASTLE COMMUNITY COUNCIL',
      'Minutes of the meeting held on Thursday 20th March 2008 at 7.30pm in the Church Hall',
      'Present: Councillors A Bevan (Chairman), C Price, D Lloyd',
      '1. APOLOGIES Mrs G Jones',
      '2. DECLARATION OF INTERESTS',
      'Councillor C Price ( Scout Matters )',
      '3. POLICE MATTERS',
      'No police officer attended.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.item, d.subject])).toEqual([['C Price', null, 'Scout Matters']]);
  expect(m.declarationsState).toBe('declared');
});

test('"Item 4: …" headings with a meeting’s date, or standard business with a note, before the minute’s sentence or first point', () => {
  const m = parse(
    [
      'Brynteg Community Council',
      'Minutes of Council Meeting held at Brynteg Village Hall on Thursday, 11th May 2017 at 7.20pm.',
      'Present: Chairman : Councillor Ray Hollis Councillors : Mary Evans, David Hart and Jim Tate.',
      'Item 1: Apologies for Absence. None.',
      'Item 2: Declarations of Interest. None.',
      'Item 3: Community Police Matters. PC Owen advised that there are no reported crimes since the last meeting.',
      'Item 4: Acceptance of Minutes of Meeting held 6th April 2017. Resolved that the minutes of the meetings held 6th April 2017 were a correct record of the meetings and the minutes were duly signed by the Chairman.',
      'Item 5: Matters arising from the Minutes of Meeting held 6th April 2017, (not included in this agenda). 5.1 Item 7.2 – Purchase of a defibrillator. An event that was organised to raise funds towards the purchase was cancelled. It was noted that the residents group are planning to purchase a defibrillator for the village. The Clerk advised that she would make enquiries about the most cost effective way to purchase one.',
      '5.2 Item 14 – Letter drafted by Councillor Tate about the salt bin. The Members approved the letter and agreed that it should be sent out without any amendments.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Apologies for Absence'],
    ['2', 'Declarations of Interest'],
    ['3', 'Community Police Matters'],
    ['4', 'Acceptance of Minutes of Meeting held 6th April 2017'],
    ['5', 'Matters arising from the Minutes of Meeting held 6th April 2017, (not included in this agenda)'],
  ]);
  expect(m.decisions.map((d) => `${d.item}|${d.kind}`)).toEqual(expect.arrayContaining(['4|procedural']));
});

test('"PRESENT: MRS V TALLOWIN, CHAIRMAN MR L BEALES MR S K MOODY …": the office after the comma is the first name’s, the rest a run of names', () => {
  const { attendance } = detailed(
    [
      'EASTWICK PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING HELD ON Monday, 5th September 2005, at 7.15pm in the Community Hall',
      'PRESENT: MRS V TALBOT, CHAIRMAN MR L BEALE MR S K MOORE MRS G SMITHSON MR T WOODS',
      'Mrs S Chase, Clerk/Treasurer',
      '1. APOLOGIES were received from Mr P Sparkes',
      '2. MINUTES OF LAST MEETING These were approved as circulated.',
    ].join('\n'),
  );
  expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['MRS V TALBOT', 'Chair'],
    ['MR L BEALE', null],
    ['MR S K MOORE', null],
    ['MRS G SMITHSON', null],
    ['MR T WOODS', null],
  ]);
});

test('"Cllr’s G Baylis (Chair), J Cridland …" under the heading is the members present; "County Cllr R Chesterton" is in attendance as a county councillor', () => {
  const { attendance } = detailed(
    [
      'The Minutes of the Annual Meeting of Ashcombe Parish Council held in the Committee Room at Ashcombe Village Hall at 7.30pm on Monday 12th June 2023.',
      '',
      'Cllr’s G Bayliss (Chair), J Crandon, F Crossley and P Potts.',
      '',
      'In attendance:',
      '',
      'County Cllr R Chesters, District Cllr C Adams and the Clerk, Mrs J Larkin.',
      '',
      '21/06/23. To receive apologies for absence.',
      '',
      'Apologies were accepted from Cllr V Stevenson.',
      '',
      '22/06/23. Declarations of Interest.',
      '',
      'There were no declarations of interest.',
    ].join('\n'),
  );
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual(
    expect.arrayContaining([
      ['G Bayliss', 'present', 'Chair'],
      ['J Crandon', 'present', null],
      ['F Crossley', 'present', null],
      ['P Potts', 'present', null],
      ['R Chesters', 'in-attendance', 'County Councillor'],
      ['C Adams', 'in-attendance', 'District Councillor'],
      ['V Stevenson', 'apologies', null],
    ]),
  );
});

test('"Town Mayor Councillor J. Gilbey (in the Chair)", "Councillors’ R. Priest, …" and a run-together "TownClerk RFO": members by name, the post no one', () => {
  const { attendance } = detailed(
    [
      'WESTCLIFF TOWN COUNCIL',
      '',
      'Minutes of a Meeting of the Town Council held at Cliff Hall, Westcliff on Thursday 9th February 2017',
      '',
      'PRESENT: Town Mayor Councillor J. Gilby (in the Chair)',
      '',
      'Councillors’ R. Priestley, Ms S. Warde, C. Quirke, TownClerk RFO.',
      '',
      '1. APOLOGIES FOR ABSENCE',
      '',
      'Councillors’ D. Cable, R. Bloom, Mrs L. Flemming,',
      '',
      'J. Luscombe',
      '',
      '2. DECLARATIONS OF INTEREST',
    ].join('\n'),
  );
  // ("Councillors’ D. Cable, …" under the apologies heading: the title with its apostrophe, the list over two lines.)
  expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['D. Cable', 'R. Bloom', 'Mrs L. Flemming', 'J. Luscombe']);
  expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['J. Gilby', 'Chair'],
    ['R. Priestley', null],
    ['Ms S. Warde', null],
    ['C. Quirke', null],
  ]);
});

test('"The Board resolved :- to note the information." is a decision in the item before it, never an item of its own', () => {
  const m = parse(
    [
      'Minute of Meeting of the Northshire Transport Partnership Board',
      '',
      'Dunmore, 8 December, 2011',
      '',
      'Present :- Councillor Yule (Chairperson), and Councillors Bolt and Deane.',
      '',
      '1. PARTNERSHIP BUDGET',
      '',
      'The Chair advised the Board that the Treasurer had left and that an Acting Treasurer would be appointed.',
      '',
      'The Board resolved :- to note the information.',
      '',
      '2. MINUTE OF PREVIOUS MEETING',
      '',
      'The Board had before it the minute of its previous meeting of 5 October, 2011.',
      '',
      'The Board resolved :- to approve the minute.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'PARTNERSHIP BUDGET'],
    ['2', 'MINUTE OF PREVIOUS MEETING'],
  ]);
  expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
    ['1', 'noted'],
    ['2', 'procedural'],
  ]);
});

test('numbered paragraphs without headings: "The Board resolved :-" stays a decision, not a heading', () => {
  const m = parse(
    [
      'Minute of Meeting of the Northshire Transport Partnership Board',
      '',
      'Dunmore, 8 December, 2011',
      '',
      'Present :- Councillor Yule (Chairperson), and Councillors Bolt and Deane.',
      '',
      'Apologies :- Jennifer Crow and Derek Provis.',
      '',
      '1. The Chair advised the Board that the Treasurer had left and that an Acting Treasurer would be appointed.',
      '',
      'The Board resolved :- to note the information.',
      '',
      '2. The Board had before it the minute of its previous meeting of 5 October, 2011.',
      '',
      'The Board resolved :- to approve the minute.',
    ].join('\n'),
  );
  expect(m.items.map((i) => i.title)).not.toContain('The Board resolved');
  expect(m.decisions.map((d) => [d.text, d.kind])).toEqual([
    ['To note the information.', 'noted'],
    ['To approve the minute.', 'procedural'],
  ]);
});

test('a CMIS page: "1 pdf Minutes (126Kb)" is item 1 with its document, and a heading printed without its agenda number over the next minute number titles that minute', () => {
  const m = parse(
    [
      'Meeting Details',
      '',
      'Meeting Summary',
      'Planning Committee',
      '21 Nov 2023 - 18:30 to 19:55',
      'Occurred',
      '',
      'Documents',
      '',
      'Agenda',
      '',
      'Meeting Details',
      'Public Session',
      '1 pdf Minutes (126Kb)',
      'To approve the minutes of the Planning Committee Meeting of Tuesday, October 17 2023.',
      '21',
      'RESOLVED: That the minutes of the Planning Committee held on 17 October 2023 be approved and signed by the Chairman.',
      '2 Apologies',
      'To receive any apologies for non-attendance.',
      '22',
      'Apologies were received from Councillors H Adamson and M Evanson.',
      '3 Declarations of Interest',
      'To receive any declarations of interest.',
      '23',
      'Councillor Reed declared an interest in application 23/00145/FUL and took no part in the debate or decision.',
      'Report of Development Management Team Manager',
      '24',
      'The Committee received the report of the Development Management Manager.',
      'RESOLVED: That the application be APPROVED subject to the conditions set out in the Planning Officers report.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['21', 'Minutes'],
    ['22', 'Apologies'],
    ['23', 'Declarations of Interest'],
    ['24', 'Report of Development Management Team Manager'],
  ]);
  expect(m.items[0]?.documents).toEqual([expect.objectContaining({ title: 'Minutes', format: 'pdf', sizeKb: 126 })]);
  expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
    ['21', 'procedural'],
    ['24', 'action'],
  ]);
});

test('a run-on header: "… K Swindon Westshire Councillor: J Barr Clerk: C Warne Members of the Public: 12 01/17 …" and "02/17 Apologies for absence: Cllrs …"', () => {
  const { minutes, attendance } = detailed(
    'Ashby Rural Parish Council Minutes of the Meeting of the Parish Council held on Tuesday 31 January 2017, in the Village Hut starting at 7pm Present: Councillors: R Milton (Chair), J Barlow, P Broom and K Swindon Westshire Councillor: J Barr Clerk: C Warne Members of the Public: 12 01/17 Public Participation Period A resident asked questions which the Clerk answered regarding the Local Plan. 02/17 Apologies for absence: Cllrs V Byrne, P Mayes and A Milne (accepted). 03/17 Minutes The minutes of the Meeting held on 20 December 2016 were approved and signed.',
  );
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['R Milton', 'present', 'Chair'],
    ['J Barlow', 'present', null],
    ['P Broom', 'present', null],
    ['K Swindon', 'present', null],
    ['J Barr', 'in-attendance', null],
    ['C Warne', 'in-attendance', 'Clerk'],
    ['V Byrne', 'apologies', null],
    ['P Mayes', 'apologies', null],
    ['A Milne', 'apologies', null],
  ]);
  expect(minutes.apologies).toEqual(['V Byrne', 'P Mayes', 'A Milne']);
});

test('"It was proposed by Cllr. D. Hughes that Mr Stephen Owen represent the Cefn Ward Seconded: Cllr. J. Jones All in favour": the proposal ends at the seconder, a vacancy filled', () => {
  const m = parse(
    [
      'CYNGOR CYMUNED BRYNIAU COUNCIL Minutes of the Virtual Meeting held Monday 21st September, 2020 for 7.00pm',
      '',
      '1. CHAIRMAN: Cllr. L. Williams',
      '',
      '2. PRESENT: Cllrs. R. Edwards, D. Hughes, J. Jones & C. Thomas',
      '',
      '3. VACANCIES – Co-option Councillor vacancies for the Cefn ward. The Chair welcomed the applicants and explained the procedure.',
      '',
      'It was proposed by Cllr. D. Hughes that Mr Stephen Owens represent the Cefn Ward Seconded: Cllr. J. Jones All in favour – Motion carried',
      '',
      '4. PLANNING No applications.',
    ].join('\n'),
  );
  expect(m.decisions.map((d) => [d.item, d.text, d.kind])).toEqual([['3', 'That Mr Stephen Owens represent the Cefn Ward', 'procedural']]);
});

test('officers one to a line under the members’ list, "C Pinnells, Acting Town Clerk", no label: in attendance with their posts; "the online … Council Meeting" names the council', () => {
  const { minutes, attendance } = detailed(
    [
      'Minutes of the online Tamebury Town Council Meeting held on 27 April 2021 at 6:30pm.',
      '',
      'Cllrs B Austen, D Bretton, P Cowan (Deputy Mayor) and A Midwell (Town Mayor)',
      '',
      'C Pinnel, Acting Town Clerk',
      'G Marklew, Neighbourhood Plan Continuity Officer',
      'A Oughtred, Asset Manager',
      '',
      '1 Apologies for Absence',
      '',
      'Apologies were received from Cllr Dodd (personal).',
    ].join('\n'),
  );
  expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['C Pinnel', 'Acting Town Clerk'],
    ['G Marklew', 'Neighbourhood Plan Continuity Officer'],
    ['A Oughtred', 'Asset Manager'],
  ]);
  expect(attendance.filter((a) => a.status === 'present')).toHaveLength(4);
  expect([minutes.council, minutes.committee]).toEqual(['Tamebury Town Council', 'Tamebury Town Council']);
});

test('"Present Councillor Mrs P Jenks (Chairman)" over "Councillors Mr L Acker Mr M Boyd Mrs D Reese": each styled member an entry, none a post', () => {
  const { attendance } = detailed(
    [
      'OLD ST. BRIDES COUNCIL',
      '',
      'Minutes of the Council Meeting held in the Village Hall, Old St. Brides on Thursday 20th March 2008',
      '',
      'Present Councillor Mrs P Jenks (Chairman)',
      '',
      'Councillors Mr L Acker Mr M Boyd Mr C Pryce Mrs D Reese',
      '',
      '1. APOLOGIES Mrs G Jonas',
      '',
      '2. POLICE MATTERS',
      '',
      'No Police presence.',
    ].join('\n'),
  );
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Mrs P Jenks', 'present', 'Chair'],
    ['Mr L Acker', 'present', null],
    ['Mr M Boyd', 'present', null],
    ['Mr C Pryce', 'present', null],
    ['Mrs D Reese', 'present', null],
    ['Mrs G Jonas', 'apologies', null],
  ]);
});

test('"Pat Parry, PCSO John Evans." under "1) Apologies." are the apologies; "Council authorised the Chair to sign the minutes as a correct record" approves them', () => {
  const m = parse(
    [
      'Minutes – Llanfair Uchaf Community Council – 10/10/2022',
      '',
      'Minutes of the Ordinary meeting held on Monday 10th October 2022 at 7:30pm in the Community Centre.',
      '',
      'Councillors: Caryl Jonas (Chair), Beth Antony (vice chair), Rhodri Evan, Lynet Pugha.',
      '1) Apologies.',
      'Pat Parri, PCSO John Evanson.',
      '2) To confirm the minutes of the meeting held on 12 September 2022.',
      'Council authorised the Chair to sign the minutes as a correct record of the ordinary meeting held on 12 September 2022.',
      '3) Matters arising from the minutes',
      'a) Clerk to check timescale and requirements for the Community grant scheme and report back to next meeting.',
    ].join('\n'),
  );
  expect(m.apologies).toEqual(['Pat Parri', 'John Evanson']);
  expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
    ['2', 'procedural'],
    ['3', 'action'],
  ]);
});

test('under the minutes’ heading, the sentence whose subject is the minutes is their approval, not a member’s request before it', () => {
  const m = parse(
    [
      'Agenda and minutes',
      'Overview and Scrutiny Committee - Monday, 17th January, 2022 6.00 pm',
      'Venue: Council Chamber - Civic Centre, Eastham.',
      'Items',
      'No. Item',
      '34.',
      'Apologies for absence',
      'Minutes:',
      'None.',
      '35.',
      'Confirmation of minutes',
      'To confirm as a correct record the minutes of the meeting of the Overview and Scrutiny Committee held on Monday 22 November 2021.',
      'Minutes:',
      'Councillor Fell requested an amendment to the draft minutes (minute 29) of the meeting held on 22 November 2021 to highlight that not all members agreed to the proposed changes, which members of the committee agreed. Therefore, the minutes of the meeting held on 22 November 2021 were approved as a correct record with the amendment.',
    ].join('\n\n'),
  );
  expect(m.decisions.map((d) => [d.item, d.text, d.kind])).toEqual([['35', 'The minutes of the meeting held on 22 November 2021 were approved as a correct record with the amendment', 'procedural']]);
});

test('"Present:- Cllrs. A. Watt, …, W Dargie. Meeting chaired by J Carr.": the last member kept, the chair named by the sentence after the list', () => {
  const { attendance } = detailed(
    [
      'Minute of Meeting held on Tuesday 29th November 2005',
      '',
      'Present:- Cllrs. A. Watts, A Mason, J Kerr, S Hale, W Dargy. Meeting chaired by J Kerr.',
      '',
      '1.    Apologies',
      '',
      'Jim Marsh, Peter Hale.',
    ].join('\n'),
  );
  expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['A. Watts', null],
    ['A Mason', null],
    ['J Kerr', 'Chair'],
    ['S Hale', null],
    ['W Dargy', null],
  ]);
});

test('"declared a personal interest in C24/022 as …": a coded minute number after "interest in" is the item; a planning reference is not', () => {
  expect(itemOf('Cllr Garner declared a personal interest in C24/022 as a member of the county council')).toBe('C24/022');
  expect(itemOf('Cllr Banner declared a personal interest in 24/021 as the council’s representative')).toBe('24/021');
  expect(itemOf('Cllr Reed declared an interest in 23/00145/FUL as a neighbour')).toBeNull();
});

test('"42.1 Apologies – Cllr Mrs Selwood had advised …" before "42.2" and "42.3": the first of a decimal run, its heading before the dash', () => {
  const m = parse(
    [
      'NEWBURY GREEN TOWN COUNCIL',
      '',
      'Minutes of the Newbury Green Town Council Meeting held on 26 April 2021 at 7pm.',
      '',
      'Present: Councillors Mrs C Howe (Mayor), Mrs M Duff, Mrs G Mosely',
      '',
      '42.1 Apologies – Cllr Mrs Selwood had advised in advance that she would be late for the meeting.',
      '',
      '42.2 Declaration of Interests',
      '',
      'None.',
      '',
      '42.3 Approval of the Minutes of the Meeting held on 12 April 2021',
      '',
      'Resolved: The Minutes of the Council Meeting held on 12 April 2021 were approved.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['42.1', 'Apologies'],
    ['42.2', 'Declaration of Interests'],
    ['42.3', 'Approval of the Minutes of the Meeting held on 12 April 2021'],
  ]);
});

test('"Apologies had been received from D/Councillor Mrs S Tarr, and P/Councillors Mr R Higg, Mrs S Tuck and Mr M Wes": titles shortened with a stroke are no part of a name', () => {
  const m = parse(
    [
      'Minutes of the meeting of Hecksby Parish Council held in Hecksby Village Hall on Monday 29th November 2021 commencing at 1930hrs',
      '1. Chairman’s welcome and opening remarks',
      '1.1 The Chairman welcomed everyone to the meeting.',
      '2. To receive apologies for absence',
      '2.1 Apologies had been received from D/Councillor Mrs S Tarr, and P/Councillors Mr R Higg, Mrs S Tuck and Mr M Wes',
      '3. To receive declarations of interest',
      '3.1 None.',
    ].join('\n'),
  );
  expect(m.apologies).toEqual(['Mrs S Tarr', 'Mr R Higg', 'Mrs S Tuck', 'Mr M Wes']);
});

test('"Staff present: The Clerk, and Assistant.": a post of one word is no one', () => {
  const { attendance } = detailed(
    [
      'Minutes of the Meeting of Knaresby Town Council Held at Knaresby House, Knaresby',
      '',
      '73 6 June 2011',
      '',
      'Chair: The Mayor – Councillor A Willowby',
      '',
      'Councillors: I Avery, P Beards, A Gallic and C Reed.',
      '',
      'Staff present: The Clerk, and Assistant.',
      '',
      'C11/124 ITEM 1 - To receive Apologies for inability to attend the meeting',
      '',
      'Apologies were received from Councillors J Batts and P Irish.',
    ].join('\n'),
  );
  expect(attendance.map((a) => a.name)).not.toContain('Assistant');
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['A Willowby', 'I Avery', 'P Beards', 'A Gallic', 'C Reed']);
});

test('"In Attendance Councillor Mrs G Phillips," — a label without its colon before a member’s title and style', () => {
  const { attendance } = detailed(
    [
      'OLD ST. BRIDES COUNCIL',
      '',
      'Minutes of the Council Meeting held in the Village Hall, Old St. Brides on Thursday 20th March 2008',
      '',
      'Present Councillor Mrs P Jenks (Chairman)',
      '',
      'In Attendance Councillor Mrs G Phelps,',
      '',
      '1. APOLOGIES Mrs G Jonas',
    ].join('\n'),
  );
  expect(attendance.map((a) => [a.name, a.status])).toEqual([
    ['Mrs P Jenks', 'present'],
    ['Mrs G Phelps', 'in-attendance'],
    ['Mrs G Jonas', 'apologies'],
  ]);
});
