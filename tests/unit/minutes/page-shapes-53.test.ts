/**
 * Round 43 (after set 52 was spent): registers and lists the parser read in part or not at all, as real pages print them,
 * written here with made-up bodies and people: a partnership's register printed as a table of two columns (the name, then
 * the body or post after a wide gap), its officers under "Supporting Officers:", and an apologies item whose names come
 * bare on one line, or each with the body they come from, parted by semicolons.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { itemTwoDecisions } from './helpers/item-two';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.status}`);

const partnership = [
  'Minutes of Fernvale Coast Partnership meeting held on Thursday 11th December 2014 at 1.30pm at the Old Granary, Fernvale',
  '',
  'In Attendance',
  'Robert Hale-Morris        Chairman, Fernvale Coast Partnership',
  'Cllr Edith Harland        Fernvale Council',
  'Cllr Daniel Hughes        Fernvale Council',
  'Joan Holt            Coastal Trust',
  'Peter Jellicoe            Fernvale Rural Charity',
  'Jim Scoble            CLA',
  '',
  'Supporting Officers:',
  'Kevin Brant        Fernvale Council, Head of Direct Services',
  'Colin Becket    Fernvale Coast Partnership Manager',
  'Karen Jones        Fernvale Coast Office Manager',
  '',
  '1.    Apologies',
  'Dora Appleby, Coastal Trust; Andrew Wilkes, LEP; Heritage Fund; Hannah Harker, Fernvale Council Transport; ',
  'Rupert Hanley, CLA; Tim Lowe, Ferry Company; Cllr Neil Hatt, Fernvale Council',
  '2. Minutes of last meeting (19 June 2014) – were agreed to be a true and accurate record.',
];

test('a register printed in two columns under "In Attendance", the officers under "Supporting Officers:": each row a person, the first list the members present', () => {
  const r = read(partnership);
  expect(people(r)).toEqual(
    expect.arrayContaining(['Robert Hale-Morris|present', 'Edith Harland|present', 'Joan Holt|present', 'Jim Scoble|present', 'Kevin Brant|in-attendance', 'Colin Becket|in-attendance', 'Karen Jones|in-attendance']),
  );
  expect(r.attendance.find((a) => a.name === 'Colin Becket')?.role).toBe('Fernvale Coast Partnership Manager');
  // The body a row gives is no person of its own.
  expect(r.attendance.map((a) => a.name)).not.toContain('Fernvale Council');
});

test('apologies as "Name, Body; Name, Body; …" over two lines: each person, without the body; a body alone is no person', () => {
  const { minutes } = read(partnership);
  expect(minutes.apologies).toEqual(expect.arrayContaining(['Dora Appleby', 'Andrew Wilkes', 'Hannah Harker', 'Rupert Hanley', 'Tim Lowe', 'Neil Hatt']));
  expect(minutes.apologies).not.toContain('Coastal Trust');
  expect(minutes.apologies).not.toContain('LEP');
});

test('an apologies item whose line is names in full, "A, B and C": three people, not one person and a post', () => {
  const { minutes } = read([
    'Minutes of the Fernvale Coast Partnership meeting held on Thursday 11th December 2014',
    '',
    'Present',
    'Robert Hale-Morris, Chairman',
    'Joan Holt, Coastal Trust',
    '',
    '1. Apologies',
    'Dora Appleby, Andrew Wilkes and Hannah Harker',
    '2. Minutes of last meeting – were agreed.',
  ]);
  expect(minutes.apologies).toEqual(['Dora Appleby', 'Andrew Wilkes', 'Hannah Harker']);
});

test('one person and a post on the apologies line ("Dora Appleby, Partnership Manager") is still one person', () => {
  const { minutes } = read([
    'Minutes of the Fernvale Coast Partnership meeting held on Thursday 11th December 2014',
    '',
    'Present',
    'Robert Hale-Morris, Chairman',
    'Joan Holt, Coastal Trust',
    '',
    '1. Apologies',
    'Dora Appleby, Partnership Manager',
    '2. Minutes of last meeting – were agreed.',
  ]);
  expect(minutes.apologies).toEqual(['Dora Appleby']);
});

test('"The Mayor (Councillor …)" and "The Deputy Mayor (…)" over "Councillors" and one name in full to a line, some first names unknown to the lists: every one present, the civic heads with their offices', () => {
  const names = ['Zain Abbott', 'Sushila Abrams', 'Steph Archer', 'Roy Arden', 'Kim Bailey', 'Rowena Bass', 'Mark Beynon', 'Jaesung Hart', 'Sam Foulder-Hughes', 'Olivia Boult', 'Ian George', 'Liz Green'];
  const r = read([
    'MEETING OF THE COUNCIL',
    '',
    '29 April 2021',
    '',
    '(7:30 pm - 11:41 pm)',
    '',
    'The Mayor (Councillor Margaret Thorne)',
    '',
    'The Deputy Mayor (Councillor Sushila Abrams)',
    '',
    'Councillors',
    '',
    ...names.flatMap((n) => [`  ${n}`, ' ']),
    '',
    '60.         Apologies',
    '',
    'There were no apologies for absence.',
    '',
    '61.         Minutes',
    '',
    'The minutes of the previous meeting were approved as a correct record.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(expect.arrayContaining(['Margaret Thorne', ...names]));
  expect(r.attendance.find((a) => a.name === 'Margaret Thorne')?.role).toBe('Mayor');
  expect(r.attendance.find((a) => a.name === 'Sushila Abrams')?.role).toBe('Deputy Mayor');
  expect(r.attendance.filter((a) => a.name === 'Sushila Abrams')).toHaveLength(1);
});

const forum = [
  'Fernvale Locality',
  'Public Partnership Forum',
  'Minutes of Meeting',
  'Held in the Bridge, Fernvale',
  'On Tuesday 24th June 2008',
  '1. Present / Margo Carr / Public Health PractitionerRobert Wilde / Friends of Lady Park',
  'Bob Hoskins / CUIN',
  'Mary Ray / CHIPS',
  'Peter Kingsley / Service Development Manager',
  'G. Ventor / SHC Fernvale',
  'Alan Hendry / HAVOC',
  'Apologies / Ed Archer / RSVP Scotland',
  'Nan Frame / Healthy Valleys',
  '2. Welcome and apologies / The Chair introduced a new member to the forum.',
  '3. Guest Speaker / Linda Browne – Fernvale Carers Service.',
  '4. Previous Minutes / The concise minute of key points and actions was agreed.',
];

test('a register copied with " / " between its cells, its label in the first row\'s first cell ("1. Present / Name / Body" over "Name / Body"): each row a person with their body; a post run into the next name is two rows', () => {
  const r = read(forum);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role}`)).toEqual(
    expect.arrayContaining(['Margo Carr|present|Public Health Practitioner', 'Robert Wilde|present|Friends of Lady Park', 'Bob Hoskins|present|CUIN', 'G. Ventor|present|SHC Fernvale', 'Alan Hendry|present|HAVOC', 'Ed Archer|apologies|null', 'Nan Frame|apologies|null']),
  );
});

test('a minutes table\'s row copied with " / " between the heading and the minute ("4. Previous Minutes / The concise minute … was agreed."): the heading is the title, the minute its text', () => {
  const { minutes } = read(forum);
  expect(minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual(expect.arrayContaining(['2|Welcome and apologies', '3|Guest Speaker', '4|Previous Minutes']));
  expect(minutes.decisions.find((d) => d.item === '4')?.text).toBe('The concise minute of key points and actions was agreed.');
});

test('"CONFIRMED MINUTES" over the body\'s name over its place and date, its register a numbered table run into one line after "Present:": minutes, the register\'s rows no items', () => {
  const rows = ['David Howard Convenor - Fernvale Access Forum', 'Janice Wilson Secretary - Fernvale Access Forum', 'Helen Mason Horse Society', 'Paul Tims Cycling Fernvale', 'Kevin Laffan Forestry Fernvale', 'Angus Dunn Local Authorities'];
  const r = read([
    'CONFIRMED MINUTES',
    '',
    'Fernvale Access Forum – 45 th meeting',
    '',
    `Battleby 16 May 2018 Present: Representatives Organisation ${rows.map((row, k) => `${k + 1}. ${row}`).join(' ')}`,
    '',
    'Item 1 – Welcome – the Convenor opened the meeting with a welcome to all attending.',
    '',
    'Apologies: Colin Shedd (BASC), Andrew Hope (HHAS)',
    '',
    'Item 2 – Minutes of the last meeting – the minutes were agreed.',
  ]);
  expect(r.minutes.document).toBe('minutes');
  expect(r.minutes.items.map((i) => i.title)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:David|Janice|Helen|Paul|Kevin|Angus) /)]));
});

test('a grid of titled members, two to a line, under the heading and no label ("Cllr I Kilby – Chairman Cllr M Cosgrove"): every one present; the rows "N. / Heading: minute" are the items', () => {
  const r = read([
    'The minutes of the Finance and General Purposes Committee meeting',
    '',
    'held on 13th February 2013.',
    '',
    '',
    'Cllr I Kilby – Chairman Cllr M Cosgrove',
    '',
    'Cllr B Frost Cllr K Black',
    '',
    'Cllr C Stickley Cllr J Cronin',
    '',
    'Cllr B Hawkes Cllr E Rowe (from 7.20pm)',
    '',
    'Cllr C Tough Cllr M Burnell (ex-officio)',
    '',
    '',
    'Linda Dykes – Town Clerk',
    '',
    '1. / Chairman’s opening remarks: Cllr Kilby opened the meeting at 7.15 pm. / Actions',
    '2. / Apologies for absence: Cllr D Cronin',
    '3. / Declarations of interest: Cllr Black declared an interest in item 7 as a member of the festival committee.',
    '4. / Minutes of previous meeting: RESOLVED: To confirm the minutes of the previous meeting as a true record.',
  ]);
  const present = r.attendance.filter((a) => a.status === 'present').map((a) => `${a.name}|${a.role}`);
  expect(present).toEqual(['I Kilby|Chair', 'M Cosgrove|null', 'B Frost|null', 'K Black|null', 'C Stickley|null', 'J Cronin|null', 'B Hawkes|null', 'E Rowe|null', 'C Tough|null', 'M Burnell|ex-officio']);
  expect(r.minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual(['1|Chairman’s opening remarks', '2|Apologies for absence', '3|Declarations of interest', '4|Minutes of previous meeting']);
  expect(r.minutes.declarations.map((d) => `${d.member}|${d.item}`)).toEqual(['Black|7']);
});

test('a page copied with its line breaks doubled: "Present:" over untitled names one to a line stays a list, and each numbered minute after a short one opens its own item (not exempt for asking whether any part of the minutes is)', () => {
  const r = read(
    [
      'LITTLE HAMBLE PARISH COUNCIL',
      '7.30pm – 8.55 pm, Monday 18th April 2016',
      'Village Hall Little Hamble',
      'Minutes',
      'Present:',
      'Victor Crossley',
      'Sue Nashe',
      'Andrew Bicker',
      'Olaf Brunt',
      'Mike Tilby (Borough Councillor)',
      'Kevin Webber (Clerk and minutes)',
      'One parishioner',
      '1 Declarations of Interest - None',
      '2 Apologies for Absence – K. Wade and J. Dobbs (County Councillor)',
      '3 Confirmation of any part of the minutes that is exempt under the',
      'Freedom of Information Act',
      '4 Minutes of the meeting held on 21st March 2016:',
      'All agreed that the minutes be signed as a true copy with an amendment that the meeting finished at 8.44 p.m.',
      '5 Matters arising from minutes',
      'a)  The Chairman had received a response from the MP regarding Housing',
      'Association tenants’ right to buy. This requires clarification and the Chairman will draft',
      'a reply.',
      'b)  Mrs. Nashe and the Chairman had attended a meeting with the youth club leader and four of her helpers. It had been useful to clarify the Parish Council’s views, e.g. that occasional fund-raising events should be held. A tuck shop was being considered.',
      'c)  Rubbish behind the estate has not been moved. The Clerk will chase the agents.',
    ].flatMap((l) => [l, '']),
  );
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Victor Crossley', 'Sue Nashe', 'Andrew Bicker', 'Olaf Brunt', 'Mike Tilby']);
  expect(r.minutes.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
  expect(r.minutes.items.find((i) => i.number === '3')?.exempt).toBe(false);
  expect(r.minutes.apologies).toEqual(['K. Wade', 'J. Dobbs']);
});

test('"Present" without its colon, the chair and vice-chair first by office ("Present Chairman Mr David Hook, Vice Chairman Mr Richard Delf, …"), and apologies from a "County & District Councillor"', () => {
  const r = read([
    'Minutes of the Parish Council meeting held on Tuesday 13 November 2018 at 7:30pm at The Mill Centre',
    '',
    'Present Chairman Mr David Hooke, Vice Chairman Mr Richard Delph, Mrs Liz Allan, Mr Stephen Burleigh, Mr Roger Parkes and the Clerk Mr Ian Nelsen.',
    '',
    'Apologies Apologies were received from County & District Councillor Alison Thomsett.',
    '',
    'Declarations of Interest Mrs Allan declared a pecuniary interest in the item re land off Bungay Road.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => `${a.name}|${a.role}`)).toEqual(
    expect.arrayContaining(['Mr David Hooke|Chair', 'Mr Richard Delph|Vice-Chair', 'Mrs Liz Allan|null', 'Mr Roger Parkes|null']),
  );
  expect(r.minutes.apologies).toEqual(['Alison Thomsett']);
});

test('"Present (7) Cllrs …": how many came, in brackets after the label, is no part of the list', () => {
  const r = read([
    'Minutes of a Meeting of the Council held in the Chapel Vestry on Tuesday 13th November 2018 at 7.00 p.m.',
    '',
    'Present (5) Cllrs Derek Baker, Heidi Benson, Dave Fowles, Gary Haynes & Meryl Wilkes.',
    '',
    '1. Apologies',
    '',
    'Apologies were received from Cllrs Joyce Haynes and Ann Jones.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(expect.arrayContaining(['Derek Baker', 'Heidi Benson', 'Dave Fowles', 'Gary Haynes']));
});

test('"Assembly Commission Members:" over "Name MLA, Speaker (Chairperson)" and names with post-nominals, then officials and others with their posts ("…, Head of Finance (Items 10, 11 and 12)")', () => {
  const r = read([
    'The Northern Ireland Assembly Commission',
    '',
    'Meeting date: Tuesday, 6 May 2025',
    '',
    'Assembly Commission Members:',
    '',
    'Edwin Potts MLA, Speaker (Chairperson)',
    '',
    'Trevor Clark MLA',
    '',
    'Nuala Allister MLA',
    '',
    'Andy Allan MBE MLA',
    '',
    ' ',
    '',
    'Officials present:',
    '',
    'Lesley Hogan, Clerk/Chief Executive',
    '',
    'Tara Cole, Director of Legal, Governance and Research Services',
    '',
    'Janet Hewes, Clerical Supervisor',
    '',
    ' ',
    '',
    'Others in attendance:',
    '',
    'David Murfey, Chairperson of the Audit and Risk Committee',
    '',
    'Paula McLintock, Head of Finance (Items 10, 11 and 12)',
    '',
    'Jonathan Millen, Head of Legal Services (Item 24.3)',
    '',
    '1. APOLOGIES',
    '',
    'There were no apologies.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role}`)).toEqual([
    'Edwin Potts MLA|present|Chair',
    'Trevor Clark MLA|present|null',
    'Nuala Allister MLA|present|null',
    'Andy Allan MBE MLA|present|null',
    'Lesley Hogan|in-attendance|Clerk/Chief Executive',
    'Tara Cole|in-attendance|Director of Legal, Governance and Research Services',
    'Janet Hewes|in-attendance|Clerical Supervisor',
    'David Murfey|in-attendance|Chairperson of the Audit and Risk Committee',
    'Paula McLintock|in-attendance|Head of Finance',
    'Jonathan Millen|in-attendance|Head of Legal Services',
  ]);
});

const decisionsOfItemTwo = (sentence: string) => itemTwoDecisions(sentence).map((d) => `${d.kind}|${d.text}`);

test.each([
  ['These minutes were received by the meeting and approved as a correct account.', 'procedural'],
  ['The document was noted and received by the meeting.', 'noted'],
  ['The minutes of the additional meeting held on 5th November were received.', 'noted'],
  ['It was moved to note the report.', 'noted'],
  ['Cabinet authorised the Leader to sign, as a correct record, the Minutes of the meeting held on 26 July 2018.', 'procedural'],
])('the decision "%s" is read whole, %s', (sentence, kind) => {
  expect(decisionsOfItemTwo(sentence)).toEqual([`${kind}|${sentence}`]);
});

test('minutes of another meeting that "were received" in the course of someone\'s account are no decision', () => {
  expect(decisionsOfItemTwo('The Clerk said that the minutes of the working party were received late and would be circulated.')).toEqual([]);
});

test('minutes numbered with the meeting\'s month and year ("01.06.15", "02.06.15" …), alone on a line or before the heading; the register under "Present:" / "Councillors:" past "The Mayor (in the chair)", a member by style and surname alone among them', () => {
  const r = read([
    '1st June 2015 Town Council Minutes',
    '',
    'Minutes of an Ordinary Meeting of Testham Town Council held Monday 1st June',
    '2015, in the Council Chamber, Guildhall, Testham at 7:00pm.',
    'Present:',
    'Councillors:',
    'The Mayor (in the chair)',
    'HJ Bragge',
    'PI Carteret',
    'RA Dawes',
    'Mrs J Dunn',
    'JEM Gisby',
    'Ms O’Donohue',
    'CL Trimble',
    'Officer:',
    'Miss L Fiddler',
    '01.06.15',
    'MAYOR’S OPENING COMMENTS',
    'The Mayor welcomed everyone to the first meeting of the new Council.',
    'The first fundraising event will be a Garden Party at the Mayor’s house, on 13th June, and all Councillors are invited.',
    '02.06.15',
    'APOLOGIES',
    'Apologies were received and accepted from Cllr Millar (due to a personal commitment).',
    '03.06.15',
    'DECLARATIONS OF INTEREST',
    'Cllr Carteret declared an interest in agenda item 09.06.15, matters relating to the school.',
    '04.06.15',
    'MINUTES',
    'The Minutes of the Ordinary Town Council meeting, held on 27th April 2015, were received, approved and signed.',
  ]);
  expect(r.minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual(['01.06.15|MAYOR’S OPENING COMMENTS', '02.06.15|APOLOGIES', '03.06.15|DECLARATIONS OF INTEREST', '04.06.15|MINUTES']);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['HJ Bragge', 'PI Carteret', 'RA Dawes', 'Mrs J Dunn', 'JEM Gisby', 'Ms O’Donohue', 'CL Trimble']);
  expect(r.minutes.apologies).toEqual(['Millar']);
});

test('a date alone on a line is no minute\'s number unless the next stands with it', () => {
  const r = read([
    'Minutes of the Meeting of Testham Parish Council held on Monday 1st June 2015',
    'Present: Cllrs A Reid (Chairman), T Bell, S Hart',
    '1. Apologies',
    'None.',
    '2. Correspondence',
    'A letter dated',
    '12.05.15',
    'was received from the county council about the bus shelter.',
  ]);
  expect(r.minutes.items.map((i) => i.number)).toEqual(['1', '2']);
});

test('a register in columns: "PRESENT: Councillors: J England" over a member in initials to a line (one "– Mayor and Chairman"), and "Also in" / "attendance:" beside the first two of those in attendance', () => {
  const r = read([
    '  Minutes of a meeting of TESTHAM AND WESTON TOWN COUNCIL',
    '             held in the Council Chamber, Town Hall, Testham',
    '                    on Wednesday 18 April 2012 at 6.00pm',
    '',
    '      PRESENT: Councillors: J England',
    '                            P Hickmott',
    '                            J Olliff-Cooke',
    '                            A Rostan – Mayor and Chairman',
    '                            A Swaine',
    '',
    '                   Also in     S Cridlan (Town Clerk)',
    '                   attendance: L Kerrigane (Minutes Secretary)',
    '                               J Wall (Testham Times)',
    '                               8 Members of the public',
    '',
    '',
    '113. APOLOGIES FOR ABSENCE',
    'Apologies were received from Cllrs Kilby and Jackson.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['J England', 'P Hickmott', 'J Olliff-Cooke', 'A Rostan', 'A Swaine']);
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => `${a.name}|${a.role}`)).toEqual(['S Cridlan|Town Clerk', 'L Kerrigane|Minutes Secretary', 'J Wall|Testham Times']);
});

test('a member who "recorded" an interest declared it; the passage shown is the minutes\' own words', () => {
  const { minutes } = read([
    'Minutes of the Meeting of the Testham Street Trust held on Wednesday 17 March 2021',
    'Present: Cllrs A Reid (Chairman), T Evans, S Beamish',
    '',
    '1. Disclosure of interests',
    'Cllr Evans recorded non-pecuniary interests as being the town council’s representative to the Maltings.',
    'Cllr Beamish recorded a personal interest in item 6 as a member of the Society.',
    '',
    '2. Minutes',
    'The minutes were approved as a correct record.',
  ]);
  expect(minutes.declarations.map((d) => `${d.member}|${d.item}|${d.nature}`)).toEqual(['Evans|null|non-pecuniary', 'Beamish|6|personal']);
  expect(minutes.declarations[0]?.passage).toContain('recorded non-pecuniary interests');
  expect(minutes.declarationsState).toBe('declared');
});

test('minutes numbered with the year, the month and the year\'s running number ("11.01.127 APOLOGIES FOR ABSENCE")', () => {
  const { minutes } = read([
    'TESTHAM TOWN COUNCIL',
    'Minutes of the Meeting of the Town Council held on Monday 17 January 2011 at 7.00pm',
    'Present: Cllrs A Reid (Mayor), T Bell, S Hart',
    '11.01.127 APOLOGIES FOR ABSENCE',
    'Apologies were received from Cllr Green.',
    '11.01.128 DECLARATIONS OF INTEREST',
    'Cllr Thomas declared a personal interest in agenda item 11.01.143 due to his involvement with the club.',
    '11.01.129 PUBLIC PARTICIPATION',
    'No members of the public spoke.',
  ]);
  expect(minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual(['11.01.127|APOLOGIES FOR ABSENCE', '11.01.128|DECLARATIONS OF INTEREST', '11.01.129|PUBLIC PARTICIPATION']);
  expect(minutes.declarations.map((d) => `${d.member}|${d.item}`)).toEqual(['Thomas|11.01.143']);
});

test('officers in a sentence, each post (with the body\'s letters) before the person by their style: "Also in attendance were the Chief Executive Officer Mr M H Hardy, Chief IFCO Mr A B Browne, …"', () => {
  const r = read([
    'MINUTES OF THE GENERAL COMMITTEE MEETING',
    'HELD AT THE QUADRANT, TESTHAM COUNCIL',
    'ON 27 OCTOBER 2015 AT 2.00 PM',
    '',
    'PRESENT: Members:',
    '',
    'Mr G R Arkless (Chairman), Mr L Weller (Vice Chairman), Mr B Burdon, Mrs C Hedley, Dr M Kitchen.',
    '',
    'Also in attendance were the TIFCA Chief Executive Officer Mr M H Hardie, Chief IFCO Mr A B Brown, Deputy Chief IFCO Mr J Greene,',
    'IFCO Ms V Ray, TIFCA Administrative Officer Ms E Cosi and Mr R Blackhurst from Seafish.',
    '',
    '3.1  DECLARATIONS OF INTEREST',
    '',
    'No declarations of interest made.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => `${a.name}|${a.role}`)).toEqual([
    'Mr M H Hardie|TIFCA Chief Executive Officer',
    'Mr A B Brown|Chief IFCO',
    'Mr J Greene|Deputy Chief IFCO',
    'Ms V Ray|IFCO',
    'Ms E Cosi|TIFCA Administrative Officer',
    'Mr R Blackhurst|null',
  ]);
});

test('a joint committee\'s officers under the council each comes from ("Attending: Argyll Council: Jon Bell, Assistant Manager." / "East Council: …"), and apologies parted by semicolons, each person before a post with commas of its own', () => {
  const r = read([
    'At a meeting of the Testshire Criminal Justice Partnership Joint Committee held in Meeting Room 3, Council offices, on Thursday, 12 March 2009 at 2.00 p.m.',
    '',
    'Present: Councillors Jonathan McCall (North Council), Gordon Lowe (East Council) and Elaine Robson.',
    '',
    'Attending: North Testshire Council: Jon Belton, Assistant Criminal Justice Partnership Manager.',
    '',
    'East Testshire Council: John Flemming, Assistant Criminal Justice Partnership Manager.',
    '',
    'West Testshire Council: Norman Firth, Criminal Justice Partnership Manager; Janine Corrie, Accountant and Nuala Borth, Committee Officer.',
    '',
    'Apologies: Apologies for absence were intimated on behalf of Councillor John Miller and Anne Richey, Head of Social Work Services (Operations) (West Testshire Council); Douglas Dunlap, Head of Service - Children, Families, Young People and Criminal Justice (North Testshire Council) and Tony Keough, Head of Social Work (East Testshire Council).',
    '',
    'Councillor Jonathan McCall in the Chair',
    '',
    'NOTE OF PREVIOUS MEETING',
    '',
    'A note of the meeting of the Joint Committee held on 11 December 2008 was submitted and noted.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => `${a.name}|${a.role}`)).toEqual([
    'Jon Belton|Assistant Criminal Justice Partnership Manager',
    'John Flemming|Assistant Criminal Justice Partnership Manager',
    'Norman Firth|Criminal Justice Partnership Manager',
    'Janine Corrie|Accountant',
    'Nuala Borth|Committee Officer',
  ]);
  expect(r.minutes.apologies).toEqual(['John Miller', 'Anne Richey', 'Douglas Dunlap', 'Tony Keough']);
});

test('"Attendance Details" over the members by title, then the officers in initials and surname with their label lost: those in attendance', () => {
  const r = read([
    'Joint Archives Committee Minutes',
    '',
    'Thursday 26 April 2012',
    '10:30 a.m.',
    'Testside Archives, Exchange House, Testham',
    '',
    'Attendance Details',
    '',
    'Councillor S Clark (Substitute - Westby Council), Councillor K Dixey (Eastby Council) and Councillor C Rooke (Testham Council).',
    'M Braith, J Britton, M Freeland, R Hobbs and D Worth.',
    'Apologies for absence:',
    'Apologies for absence were submitted on behalf of Councillor Hannan (Westby Council).',
    'Declarations of interest:',
    '',
    'There were no Declarations of Interest.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['S Clark', 'K Dixey', 'C Rooke']);
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['M Braith', 'J Britton', 'M Freeland', 'R Hobbs', 'D Worth']);
});

test('a joint body\'s register grouped under the council or service each comes from, a name on a line of its own ("North Testshire Council" over "B Chadd (Depute), T Lunn"), "Chair:" over its member and "Councillor’s Apology:"', () => {
  const r = read([
    'TESTSHIRE COMMUNITY JUSTICE AUTHORITY',
    'Minutes of meeting held in Committee Rooms 1 and 2, North Testshire Council, Civic Centre,',
    'Windmill Street, Testham on 2 December 2011',
    '',
    '',
    'Chair:',
    'Councillor B McCabe, South Testshire Council',
    '',
    'Councillors Present:',
    'North Testshire Council',
    'B Chadd (Depute), T Lunn, H McGuire',
    'South Testshire Council',
    'J Andrews',
    '',
    'Councillor’s Apology:',
    'South Testshire Council',
    'G Scot',
    '',
    'Attending:',
    'Crown Office and Procurator Fiscal’s Service',
    'D Dixon, Co-ordinator to Testshire Criminal Justice Board',
    'Testshire Community Justice Authority (TCJA)',
    'T McNaught, Chief Officer; J Plunket, Administration Assistant; R Reed, Planning and Development',
    'Adviser',
    'Scottish Prison Service',
    'J Dunstan, Liaison Manager',
    '',
    '1. Minutes',
    'The minutes of the meeting held on 16 September 2011 were approved.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role}`)).toEqual([
    'B McCabe|present|Chair',
    'B Chadd|present|Depute',
    'T Lunn|present|null',
    'H McGuire|present|null',
    'J Andrews|present|null',
    'G Scot|apologies|null',
    'D Dixon|in-attendance|Co-ordinator to Testshire Criminal Justice Board',
    'T McNaught|in-attendance|Chief Officer',
    'J Plunket|in-attendance|Administration Assistant',
    'R Reed|in-attendance|Planning and Development Adviser',
    'J Dunstan|in-attendance|Liaison Manager',
  ]);
});

test('"Decisions on taking business in private", a Scottish agenda\'s standing item, is not itself exempt', () => {
  const { minutes } = read([
    '421st meeting of the Testshire Accounts Commission Thursday 12 November 2015, 10.15am in the offices of Audit Testshire, 102 West Port, Testham Agenda 1. Apologies for absence. 2. Declarations of interest. 3. Decisions on taking business in private: The Commission will consider whether to take items 12 and 13 in private. 4. Minutes of meeting of 8 October 2015. 5. Shared risk assessment process: The Commission will consider a report by the Director.',
  ]);
  expect(minutes.document).toBe('agenda');
  expect(minutes.items.find((i) => i.number === '3')).toMatchObject({ title: 'Decisions on taking business in private', exempt: false });
});

test('declarations labelled by their kind, one to a line ("Non Pecuniary Interest: G Spokes – Item 5.2 (Youth Centre)")', () => {
  const { minutes } = read([
    'TESTHAM PARISH COUNCIL',
    '',
    'MINUTES OF THE MEETING OF THE PARISH COUNCIL',
    '',
    'MONDAY 12th MARCH 2018',
    '',
    '1.2 PRESENT: J Christy, S Osborn (Chairman), M Owens, G Spokes, A Webber',
    '',
    '1.4 DECLARATIONS OF INTERESTS',
    '',
    'Non Pecuniary Interest: G Spokes – Item 5.2 (Testham Youth Centre)',
    '',
    'Disclosable Pecuniary Interest: A Webber – Item 6.2 (cheque payment)',
    '',
    '2. MATTERS ARISING',
    '',
    '2.1 The Clerk will write to the canal trust.',
  ]);
  expect(minutes.declarations.map((d) => `${d.member}|${d.item}|${d.nature}|${d.subject}`)).toEqual(['G Spokes|5.2|non-pecuniary|Testham Youth Centre', 'A Webber|6.2|disclosable-pecuniary|cheque payment']);
});
