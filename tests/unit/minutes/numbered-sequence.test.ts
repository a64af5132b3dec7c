/**
 * Issue 15, twenty-sixth round: items read from a page's own numbering when the item reader finds at most one, whatever
 * shape the numbers take and whatever the headings say (main/minutes/numbered-sequence.ts). Made-up councils and people,
 * in the layouts unseen pages used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../../main/cli';
import { makeTempDir } from '../../helpers/temp-dir';
import { parseMinutesDetailed } from '../../../main/minutes';
import { toBlocks } from '../../../main/minutes/blocks';
import { sequenceItems } from '../../../main/minutes/numbered-sequence';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;
const items = (text: string) => parse(text).items.map((i) => [i.number, i.title]);

describe('a run of minute numbers in one shape is the items', () => {
  test('bracketed numbers with the year and a spaced dash, in one paragraph, over sentences with no headings', () => {
    const page =
      'Minutes of the Regular Meeting of Ashcombe and Lowfield Parish Council held on Tuesday 12th March 2019 at 7.30pm in Ashcombe Village Hall. (2019 – 021) Present were Cllr Ann Reid (Chairman), Cllr Tom Bell and Cllr Joan Hart. (2019 – 022) Also present were Mark Dee, Clerk, and 2 members of the public. (2019 – 023) No Apologies were received. (2019 – 024) No Declarations of Interest were received. (2019 – 025) It was resolved that the minutes of the meeting held on 15th January 2019 were a true record. (2019 – 026) Cllr Bell reported on the footpath by the church.';
    expect(items(page)).toEqual([
      ['2019 – 021', ''],
      ['2019 – 022', ''],
      ['2019 – 023', ''],
      ['2019 – 024', ''],
      ['2019 – 025', ''],
      ['2019 – 026', ''],
    ]);
    const m = parse(page);
    expect(m.declarationsState).toBe('none-declared');
    expect(m.decisions.map((d) => d.item)).toEqual(['2019 – 025']);
    expect(m.decisions[0]?.text).toMatch(/^that the minutes of the meeting held on 15th January 2019/i);
  });

  test('"102 /2017" with a space before the slash, headings in title case running into the minute', () => {
    const page = [
      'At a Meeting of Westerleigh Parish Council held in the Old School on Thursday 14 September 2017 at 7.30pm there were present: Mr Ian Vale (Chair); Mrs Ruth Moss; Mr Sam Hale.',
      '',
      '88 /2017 Chairman’s Welcome The Chair welcomed councillors and residents. 89 /2017 Apologies for Absence Cllrs Lowe and Dunn. 90 /2017 Members’ Declarations',
      '',
      'A. Pecuniary Interests – Members must declare any interest on their register relevant to the agenda. None declared.',
      '',
      'B. Dispensations – Members to consider any written requests for dispensations. None declared.',
      '',
      '91 /2017 Public Participation Two residents spoke about the bus shelter.',
    ].join('\n');
    expect(items(page)).toEqual([
      ['88 /2017', 'Chairman’s Welcome'],
      ['89 /2017', 'Apologies for Absence'],
      ['90 /2017', 'Members’ Declarations'],
      ['91 /2017', 'Public Participation'],
    ]);
    const m = parse(page);
    // "B. Dispensations – Members to consider …": the agenda's wording under a lettered heading, not a member "B. Dispensations".
    expect(m.declarations).toEqual([]);
    expect(m.declarationsState).toBe('none-declared');
  });

  test('letters, a point and the number ("CO.12"), headings on lines of their own', () => {
    const page = [
      'Northholm Town Council',
      'Minutes of the meeting of the Council held on Monday 6 March 2023 at 7pm',
      'Present: Cllr A Reid (Mayor), Cllr B Bell, Cllr C Hart',
      'CO.12 Prayers',
      'The Revd Jane Lowe led the Council in prayer.',
      'CO.13 Apologies for absence',
      'Apologies were received from Cllr D Dunn.',
      'CO.14 Minutes',
      'RESOLVED that the minutes of the meeting held on 6 February 2023 be approved.',
      'CO.15 Declarations of interest',
      'Cllr Bell declared a personal interest in item CO.17 as a trustee of the hall.',
    ].join('\n');
    expect(items(page)).toEqual([
      ['CO.12', 'Prayers'],
      ['CO.13', 'Apologies for absence'],
      ['CO.14', 'Minutes'],
      ['CO.15', 'Declarations of interest'],
    ]);
    expect(parse(page).declarations.map((d) => [d.member, d.nature, d.item])).toEqual([['Bell', 'personal', 'CO.17']]);
  });

  test('"1- Apologies / Cllrs …": a table copied with a dash after the number and a slash between its cells', () => {
    const page = [
      'Minutes of the meeting of Fernbrook Community Council',
      'Held at Fernbrook School on Wednesday 2nd November 2016 at 7.30 pm',
      'Present / Cllrs Ann Reid (chairman), Tom Bell, Joan Hart.',
      '1- Apologies / Cllrs. Ruth Moss, Ian Vale.',
      '2- Declarations of Interest / Cllr Reid declared a pecuniary interest in item 4.',
      '3- Police Update / The police sent the following report.',
      '4- Adoption of the minutes / Resolved:- The minutes of the meeting held on 5th October 2016 were adopted.',
    ].join('\n');
    expect(items(page)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Declarations of Interest'],
      ['3', 'Police Update'],
      ['4', 'Adoption of the minutes'],
    ]);
  });

  test('"FC175 -19/20", "16/172/PC": a dash with a space on one side, letters after a slash; a longer run of a minute\'s paragraphs gives way', () => {
    const dashed = ['ASHFORD PARISH COUNCIL', '', 'Minutes of the Meeting of the Parish Council held on Monday 13th January 2020 at Ashford Hall at 7 pm.', '', 'Present: Councillors A Reid (Chairman), B Bell.', '', 'FC175 -19/20 Apologies for Absence Apologies from Cllr C Hart were received and noted.', '', 'FC176-19/20 Declarations of Interest None.', '', 'FC177-19/20 Minutes of Council Meeting of 9th December 2019 It was resolved to approve the minutes.'].join('\n');
    expect(items(dashed).map(([n]) => n)).toEqual(['FC175 -19/20', 'FC176-19/20', 'FC177-19/20']);
    const lettered = ['MINUTES OF THE MEETING OF ASHFORD PARISH COUNCIL HELD ON MONDAY 20TH FEBRUARY 2017 AT 7.30 P.M.', '', 'Present Mr. A Reid (In the Chair) Mr. B Bell Mrs. C Hart', '', '16/172/PC Apologies for absence Mr. D Vale.', '', '16/173/PC Minutes of the meetings held on 23rd January 2017 These were approved and signed.', '', '16/174/PC Matters Arising 174.1 The Clerk reported on the bench. 174.2 The Clerk reported on the bins. 174.3 The Clerk reported on the lights. 174.4 The Clerk reported on the verges.'].join('\n');
    expect(sequenceItems(toBlocks(lettered))?.map((i) => i.number)).toEqual(['16/172/PC', '16/173/PC', '16/174/PC']);
  });

  test('a number on a line of its own ("Note 01/20") with its heading on the next line', () => {
    const run = sequenceItems(toBlocks(['Note 01/20', 'Welcome and Introductions.', 'AB welcomed everyone.', 'Note 02/20', 'Terms of Reference.', 'The panel agreed its terms.', 'Note 03/20', 'Work Programme.', 'The panel noted the plan.'].join('\n')));
    expect(run?.map((i) => [i.number, i.title])).toEqual([
      ['01/20', 'Welcome and Introductions'],
      ['02/20', 'Terms of Reference'],
      ['03/20', 'Work Programme'],
    ]);
  });
});

describe('a run of numbers no list holds, found beside a reader that found only some of the items', () => {
  test('five-digit minute numbers: the run is taken when it is twice as long as what the item reader found', () => {
    const page = [
      '2021/10/04',
      'Monday 4th October 2021',
      '12929. CONFIRMED minutes of an ordinary meeting of the Ashdale Parish Council held on',
      'Monday 4th October 2021 at 7pm at The Village Institute, Spring Bank, Ashdale.',
      '12930. Present:',
      'Chairman – A.B Reid (Ann), Vice Chairman – T. Bell (Tom)',
      'Parish Councillors – J Hart (Joan), S. Hale (Sam), K Lowe (Kay)',
      'Deputy Clerk – R. Moss (Ruth)',
      '12931. Apologies for Absence – Clerk I D Vale due to testing positive for COVID19.',
      '12932. Co-option of a New Parish Councillor to Replace Jo Dunn – Applications were received from both',
      'Mark Dee and Pat Cole and following a meeting on Monday 4th October where candidates were invited to',
      'attend alongside Cllr Reid, Cllr Bell and Cllr Hart, it was unanimously voted',
      'upon that the vacancy be filled by Mark Dee given his knowledge of planning.',
      '12933. Declarations of Members Interests – Cllr Hart declared a non-pecuniary interest in relation to',
      'item 12941 b), i – Planning Application 21/00982/FUL Dove House, Spring Bank.',
      '12934. Approval of the Minutes from the Previous Ordinary Parish Council Meeting – The minutes of the ordinary',
      'Parish Council meeting held at the Village Institute on Monday 6th September were APPROVED by Cllrs and',
      'passed to the Chairman for signing.',
      '12935. Matters arising from the Minutes of Previous Meetings, not Covered by the Agenda – Deputy Clerk discussed',
      'the newly created Action Point list for the Cllrs distributed with the unconfirmed minutes from September. Items',
      'were confirmed as actioned or to be carried forward to the next meeting.',
      '12936. Report of Relevant Matters from the Police – None received.',
    ].join('\n');
    expect(items(page).map(([n]) => n)).toEqual(['12929', '12930', '12931', '12932', '12933', '12934', '12935', '12936']);
    expect(items(page)[2]).toEqual(['12931', 'Apologies for Absence']);
  });

  test('a heading in capitals run into its minute when copied ("years.57/19 ELECTION OF CHAIRJohn …")', () => {
    const page =
      'MINUTES OF BRACKLEY PARISH COUNCIL ANNUAL MEETING HELD ON MONDAY 13 MAY 2019 IN THE VILLAGE HALL AT 7.30 PMPRESENTAnn Reid – Chair, Tom Bell, Joan Hart.Ann Reid welcomed the new Councillors following the election, the first contested one for someyears.57/19 ELECTION OF CHAIRAnn Reid was proposed and elected as Chair of the Council.58/19 ELECTION OF VICE CHAIRTom Bell was proposed, seconded and elected as Vice Chair.59/19 FINANCE The accounts were approved.60/19 OTHER APPOINTMENTS Joan Hart was appointed as the tree warden.';
    expect(items(page)).toEqual([
      ['57/19', 'ELECTION OF CHAIR'],
      ['58/19', 'ELECTION OF VICE CHAIR'],
      ['59/19', 'FINANCE'],
      ['60/19', 'OTHER APPOINTMENTS'],
    ]);
  });
});

describe('numbers that are not a page\'s items', () => {
  test('the standard business read by its wording is kept over the numbering', () => {
    // Both readers see this page; the headings the wording reader finds stand.
    const page = [
      'Uplands Community Council',
      'Minutes of the meeting held on 21 May 2008',
      'Present: Mr A Reid (Chair), Mrs B Bell, Mr C Hart',
      '1. Apologies Mrs D Dunn',
      '2. MINUTES OF PREVIOUS MEETINGS The minutes were approved.',
      '3. MATTERS ARISING FROM MINUTES a Cold Calling Zones Mr Hart reported on progress.',
    ].join('\n');
    expect(items(page).map(([n]) => n)).toEqual(['1', '2', '3']);
  });

  test('a minute\'s paragraphs (3.0, 3.1, 3.2 …) are one item\'s, not items', () => {
    const text = ['1.0 Purpose of Report', '', '3.0 Main report', '', '3.1 The Council adopted its policy in 2019.', '', '3.2 The Local Government Act sets out the duties.', '', '3.3 In December, members asked for a review.'].join('\n');
    expect(sequenceItems(toBlocks(text))).toBeNull();
  });

  test('paragraphs under a printed item number ("3 … 3.1 … 3.2 …") are that item\'s', () => {
    const text = ['3 MINUTES OF THE LAST MEETING', '3.1 The minutes of the last meeting were agreed.', '3.2 Cllr Reid asked about the review.', '3.3 The clerk would write to the MP.', '3.4 Cllr Bell thanked the clerk.'].join('\n');
    expect(sequenceItems(toBlocks(text))).toBeNull();
  });

  test('"(1) Item 13 …", "(2) Item 16 …": a resolution\'s list of the items it names', () => {
    const text = 'RESOLVED: To move the following items to confidential\n(1) Item 13 (Hire charges) due to its sensitive nature\n(2) Item 16 (Land dispute) due to a legal dispute\n(3) Item 18 (Update on the lease) due to negotiations';
    expect(sequenceItems(toBlocks(text))).toBeNull();
  });

  test('plain numbers over sentences are a list of options, not items', () => {
    const text = ['The meeting was inquorate. The Mayor may:', '', '1. Make the decisions in private and publish his record of decisions.', '', '2. Rearrange the meeting for another date in the coming month.', '', '3. Defer the items to the next meeting on 21 March 2024 of the committee.'].join('\n');
    expect(sequenceItems(toBlocks(text))).toBeNull();
  });

  test('"Item 4.1", "Item 4.3" in running text are references', () => {
    const text = '3.2 Item 4.1 Cllr Reid enquired about the review. 3.3 Item 4.3 Incorrectly named Colin Smith. 3.4 Item 4.4 Cllr Bell apologised. 3.5 Item 4.6 Cllr Hart would object.';
    const run = sequenceItems(toBlocks(text));
    expect(run?.map((i) => i.number) ?? []).not.toContain('4.1');
  });

  test('dates and amounts are not numbers of minutes', () => {
    const text = 'The meeting was held on 19 November 2019. 20 November was the deadline. 21 November 2019 saw the works begin. £5,800 was spent. 22 November brought snow.';
    expect(sequenceItems(toBlocks(text))).toBeNull();
  });
});

describe('through parse-minutes --json', () => {
  test('a page numbered "C13/202", "C13 /204" gives its items with the numbers as printed', async () => {
    const temp = makeTempDir();
    const file = path.join(temp.dir, 'minutes.txt');
    fs.writeFileSync(
      file,
      'Westmoor Parish Council Minutes of the Meeting held on 4 December 2013 at 7.30pm. Present: Cllrs A Reid (Chairman), B Bell, C Hart. C13/202 Apologies for Absence - None. C13/203 Declarations of Members’ Interests - None. C13 /204 Community Police PC Dunn reported two thefts. C13/205 Open Forum Residents raised the state of the footpaths.',
    );
    const lines: string[] = [];
    const code = await run(['parse-minutes', file, '--json'], (line) => lines.push(line));
    temp.cleanup();
    expect(code).toBe(0);
    const m = JSON.parse(lines.join('\n')) as { items: { number: string | null; title: string }[] };
    expect(m.items.map((i) => i.number)).toEqual(['C13/202', 'C13/203', 'C13 /204', 'C13/205']);
    expect(m.items[0]?.title).toBe('Apologies for Absence');
  });
});

describe('who came, read from lists the clerk introduced in words of their own (attendance-cues.ts)', () => {
  const who = (text: string) => parseMinutesDetailed('page.txt', text).attendance.map((a) => [a.name, a.status, a.role]);

  test('"there were present:" inside the opening sentence, entries parted by semicolons', () => {
    const page = [
      'At a Meeting of Westerleigh Parish Council held in the Old School on Thursday 14 September 2017 at 7.30pm there were present: Mr Ian Vale (Chair); Mrs Ruth Moss (Vice Chair); Mrs Joan Hart; Mr Sam Hale.',
      '',
      'Clerk to the Council: Mark Dee',
      '',
      '88 /2017 Chairman’s Welcome The Chair welcomed councillors. 89 /2017 Apologies for Absence Cllrs Lowe and Dunn. 90 /2017 Minutes The minutes were approved.',
    ].join('\n');
    expect(who(page).filter(([, status]) => status === 'present')).toEqual([
      ['Mr Ian Vale', 'present', 'Chair'],
      ['Mrs Ruth Moss', 'present', 'Vice-Chair'],
      ['Mrs Joan Hart', 'present', null],
      ['Mr Sam Hale', 'present', null],
    ]);
  });

  test('"Present were …" after a minute\'s number ends at its full stop; "and Cllr" parts the last two', () => {
    const page =
      'Minutes of the Regular Meeting of Ashcombe Parish Council held on Tuesday 12th March 2019 at 7.30pm. (2019 – 021) Present were Cllr Ann Reid (Chairman), Cllr Tom Bell, Cllr Joan Hart and Cllr Sam Hale. (2019 – 022) Also present were Mark Dee, Clerk. (2019 – 023) No Apologies were received. (2019 – 024) Cllr Bell reported on the footpath.';
    expect(who(page).filter(([, status]) => status === 'present').map(([name]) => name)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart', 'Sam Hale']);
  });

  test('"Attendance:" and "Apologies:" in one line, the list ending at the next minute\'s number', () => {
    const page =
      'Eastmuir Community Council Meeting Date: Monday 3rd June 2019 Time: 7pm Minutes 1. Welcome, attendance & apologies Chair 7.00pm Attendance: Ann Reid (Chair), Tom Bell, Cllr Joan Hart, Sam Hale Apologies: Ruth Moss, Ian Vale, Cllr Jo Dunn 2. Minutes 7.05pm - Previous minutes proposed by Tom Bell, seconded by Ann Reid 3. Police Report 7.15pm No report was received. 4. Reports 7.20pm The treasurer reported a balance of £200.';
    const people = who(page);
    expect(people.filter(([, s]) => s === 'present').map(([n]) => n)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart', 'Sam Hale']);
    expect(people.filter(([, s]) => s === 'apologies').map(([n]) => n)).toEqual(['Ruth Moss', 'Ian Vale', 'Jo Dunn']);
  });

  test('"Present / Cllrs…" copied from a table, the title run into the first name', () => {
    const page = ['Minutes of the meeting of Fernbrook Community Council', 'Held at Fernbrook School on Wednesday 2nd November 2016 at 7.30 pm', 'Present / CllrsAnn Reid (chairman);Tom Bell (vice chairman),Joan Hart, Sam Hale.', 'The Clerk.', '1- Apologies / Cllrs. Ruth Moss, Ian Vale.', '2- Declarations of Interest / None.', '3- Police Update / The police sent a report.'].join('\n');
    expect(who(page).filter(([, s]) => s === 'present').map(([n]) => n)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart', 'Sam Hale']);
  });

  test('kinds of member under an apologies cue with nothing of its own are apologies, not present', () => {
    const page = [
      'NORTHCWM COMMUNITY COUNCIL',
      'Minutes of the Meeting Held at the Hall, Northcwm, on Monday 29th July 2013. Meeting Commenced at 7:30pm.',
      '1.00 ATTENDANCE : Community Councillors: Chair Ann Reid, Tom Bell, Joan Hart and Sam Hale. Clerk: Mark Dee County Councillors: None Present. 2.00 APOLOGIES : Community Councillors: Ruth Moss County Councillors: Ian Vale, Jo Dunn and Kay Lowe.',
      '',
      '3.00 DECLARATIONS OF INTEREST. None.',
    ].join('\n');
    const people = who(page);
    expect(people.filter(([, s]) => s === 'apologies').map(([n]) => n)).toEqual(['Ruth Moss', 'Ian Vale', 'Jo Dunn', 'Kay Lowe']);
    expect(people.filter(([, s]) => s === 'present').map(([n]) => n)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart', 'Sam Hale']);
    expect(people.find(([n]) => n === 'Mark Dee')).toEqual(['Mark Dee', 'in-attendance', 'Clerk']);
  });

  test('"APOLOGIES:" over "Councillors: …": the members\' title under an apologies label with its colon is apologies', () => {
    const page = ['NORTHTON TOWN COUNCIL', '', 'Minutes of the Meeting of Northton Town Council held at the Town Hall on Wednesday 28th September 2011.', '', 'PRESENT:', '', 'Councillors: Ann Reid (Mayor), Tom Bell, Joan Hart.', '', 'APOLOGIES:', '', 'Councillors: Ruth Moss and Ian Vale.', '', '56. DECLARATIONS OF INTEREST', '', 'There were no declarations of interest expressed.'].join('\n');
    const people = who(page);
    expect(people.filter(([, s]) => s === 'apologies').map(([n]) => n)).toEqual(['Ruth Moss', 'Ian Vale']);
    expect(people.filter(([, s]) => s === 'present').map(([n]) => n)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart']);
  });

  test('"T Bond (Terry)", "E. Dunn (Liz)": the forename an initial stands for is not a post; "(Treasurer)", "(Inspector)" are', () => {
    const page = ['12929. CONFIRMED minutes of an ordinary meeting of the Ashdale Parish Council held on Monday 4th October 2021 at 7pm.', '12930. Present:', 'Chairman – A Reid', 'Parish Councillors – T Bond (Terry), J. Hart (Jim), K Lowe (Treasurer), M Leeson (Inspector), S. Hale (Sue), E. Dunn (Liz), P Cole', '12931. Apologies for Absence – None.', '12932. Minutes – Approved.'].join('\n');
    const roles = Object.fromEntries(who(page).map(([n, , r]) => [n, r]));
    // ("E. Dunn (Liz)": a short form need not start with the initial's letter.)
    expect([roles['T Bond'], roles['J. Hart'], roles['S. Hale'], roles['E. Dunn']]).toEqual([null, null, null, null]);
    expect([roles['K Lowe'], roles['M Leeson']]).toEqual(['Treasurer', 'Inspector']);
    // ("… P Cole" over "12931. Apologies …": the next minute's five-figure number ends the list, not its last name.)
    expect(Object.keys(roles)).toContain('P Cole');
  });

  test('"Councillors:D Parker-Chairman" over names one to a line: a post joined by a hyphen is a post, and a label run onto the last name is no name', () => {
    const page = ['Ashdale Town Council', 'Minutes of the Finance and General Purposes Committee', 'Wednesday 11thJuly2012', 'at 6:30 pm in the Council Chamber of the Town Hall, Ashdale', 'Present:', 'Councillors:A Reid-Chairman', 'Dr T Bell', 'J Hart', 'S Hale-Mayor', 'P Cole', 'B Dunn', 'D Vale', 'Clerks:Miss K Lowe', 'Mrs R Moss', 'Absent Councillors:I Vale-Apologies Received', 'R Lee-Apologies Received', '098/12Committee Chairman’s Announcements', '(i)The flood group will hold a coffee morning on Saturday 28th July 2012.', '099/12Mayor’s Announcements', '(i)The Mayor will present a full diary at Full Council.', '100/12Declarations of Interest', 'None.'].join('\n');
    const people = who(page);
    expect(people.filter(([, s]) => s === 'present').slice(0, 4)).toEqual([
      ['A Reid', 'present', 'Chair'],
      ['Dr T Bell', 'present', null],
      ['J Hart', 'present', null],
      ['S Hale', 'present', 'Mayor'],
    ]);
    expect(people.some(([n]) => /Absent/.test(n ?? ''))).toBe(false);
  });

  test('a list whose guessed end runs into prose keeps the names read before it; a capital typed twice opens a name', () => {
    const page = [
      'Westcwm Community Council',
      'The monthly meeting of the Council was held on Thursday the 1st of November 2018 at the Hall at 7:00 p.m.',
      'Members Present:-',
      'Ann Reid, Tom Bell, Joan Hart, Sam Hale and PCSO Jo Dunn from the Police Station. Apologies were received from Nigel WIlliams, Ruth Moss and County Councillor Kay Lowe who is unwell.',
      'The Chairman Ann Reid welcomed everyone to the meeting.',
    ].join('\n');
    const people = who(page);
    expect(people.filter(([, s]) => s === 'present').map(([n]) => n)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart', 'Sam Hale']);
    expect(people.filter(([, s]) => s === 'apologies').map(([n]) => n)).toEqual(['Nigel WIlliams', 'Ruth Moss', 'Kay Lowe']);
  });

});

describe('headers and declarations in the words unseen pages used', () => {
  test('"MEETING OF X DISTRICT COUNCIL HELD IN …, ON TUESDAY 7 MARCH 2006" under a bare "DISTRICT COUNCIL"', () => {
    const m = parse(['DISTRICT COUNCIL', '', 'MEETING OF FENWICK DISTRICT COUNCIL HELD IN THE COUNCIL CHAMBER, TOWN HALL, , ON TUESDAY 7 MARCH 2006, AT 6.00 PM', '', 'Present: Councillor A Reid (Chairman)', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes were approved.'].join('\n'));
    expect([m.committee, m.date]).toEqual(['FENWICK DISTRICT COUNCIL', '2006-03-07']);
  });

  test('a heading behind a web page\'s bullet ("• Minutes of meeting held 8th January 2014 in …")', () => {
    const m = parse(['Parish Council Minutes - January 2014', '', '  • Minutes of meeting held 8th January 2014 in the Supper Room Ashdale Public Hall - 7.30pm', '', '    Present : Dr Reid; Messrs. Bell, Hart.', '', '    1. Apologies: Mr Vale.', '', '    2. Declarations of interest . None'].join('\n'));
    expect(m.date).toBe('2014-01-08');
  });

  test('a heading in capitals copied without its spaces ("HELD ONMONDAY …", "7.30 PMPRESENTAnn Reid")', () => {
    const page = [
      'Page 1 of 8MINUTES OF BRACKLEY PARISH COUNCIL ANNUAL MEETING HELD ONMONDAY 13 MAY 2019 IN BRACKLEY VILLAGE HALL AT 7.30 PMPRESENTAnn Reid – Chair, Tom Bell, Joan Hart, Sam Hale, 12 members of the public, and the Clerk – Mark Dee.',
      '57/19 ELECTION OF CHAIR Ann Reid was proposed and elected as Chair of the Council.',
      '58/19 ELECTION OF VICE CHAIR Tom Bell was proposed, seconded and elected as Vice Chair.',
      '59/19 FINANCE The accounts were approved.',
    ].join('\n');
    const { minutes, attendance } = parseMinutesDetailed('page.txt', page);
    expect([minutes.committee, minutes.date]).toEqual(['BRACKLEY PARISH COUNCIL', '2019-05-13']);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Ann Reid', 'Tom Bell', 'Joan Hart', 'Sam Hale']);
  });

  test('"X stated that he had a private interest in …": a member named without a title, under the declarations heading', () => {
    const m = parse(['Minutes of Ashby Parish Council held on 3 March 2020.', '', '1. Apologies', 'None.', '', '2. Declarations of Interest', 'Andrew Reid stated that he had a private interest in the planning application DC/19/01834 Land West of Vale Lane. He has a relative who lives there.', '', '3. Minutes', 'The minutes were approved.'].join('\n'));
    expect(m.declarations.map((d) => [d.member, d.subject])).toEqual([['Andrew Reid', 'the planning application DC/19/01834 Land West of Vale Lane']]);
  });

  test('a declarations heading run into its minute\'s sentence ("… Interests Councillor X declared …") gives the declaration', () => {
    const m = parse(['Minutes of the Planning Committee of Ashdale Borough Council held on 3 May 2005.', '', '16', 'Declarations of Personal or Prejudicial Interests Councillor Hale declared a personal and prejudicial interest in the application at Slowley Farm and left the meeting', '', '17', 'Rural Renaissance Report', 'The Assistant Director reported on the scheme.'].join('\n'));
    expect(m.items.map((i) => i.title)).toContain('Declarations of Personal or Prejudicial Interests');
    expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([['Hale', 'prejudicial']]);
    expect(m.declarationsState).toBe('declared');
  });

  test('"Cllrs Boot and Smith: non pecuniary interest in item 15, …. Cllr Jones: …": two members in one entry, entries parted by full stops', () => {
    const m = parse(['Minutes of Ashby Parish Council held on 3 March 2020.', '', '1. Apologies', 'None.', '', '2. DECLARATIONS OF INTEREST', 'Cllrs Boot and Smith: non pecuniary interest in item 15, report from the field consultation meetings. Cllr Charles-Jones: non-pecuniary interest in item 18, allocation of old crockery.', '', '3. Minutes', 'The minutes were approved.'].join('\n'));
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['Boot', '15', 'non-pecuniary'],
      ['Smith', '15', 'non-pecuniary'],
      ['Charles-Jones', '18', 'non-pecuniary'],
    ]);
  });
});

describe('decisions in prose', () => {
  test('"X was proposed and elected as Chair …; a Declaration …": the election, without the clause after it', () => {
    const m = parse(['Minutes of Ashby Parish Council annual meeting held on 3 May 2020.', '', '57/19 ELECTION OF CHAIR', 'Ann Reid was proposed and elected as Chair of the Council; a Declaration of Acceptance of Office was signed.', '', '58/19 ELECTION OF VICE CHAIR', 'Tom Bell was proposed, seconded and elected as Vice Chair.'].join('\n'));
    expect(m.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([
      ['57/19', 'procedural', 'Ann Reid was proposed and elected as Chair of the Council'],
      ['58/19', 'procedural', 'Tom Bell was proposed, seconded and elected as Vice Chair.'],
    ]);
  });

  test('"The Clerk was instructed to ensure …" is the clerk\'s action', () => {
    const m = parse(['Minutes of Ashby Parish Council held on 3 May 2020.', '', '1. Dementia Friendly Town', 'Cllr Reid spoke about the scheme. The Clerk was instructed to ensure dementia is an agenda item for the next meeting.', '', '2. Bins', 'The bins were discussed.'].join('\n'));
    expect(m.decisions.map((d) => [d.item, d.kind, d.owner])).toEqual([['1', 'action', 'the Clerk']]);
  });

  test('the next items\' headings under a resolution, their numbers lost to one "1.", are not its points', () => {
    const m = parse(['Westholm Parish Council Meeting Minutes 6th September 2017', '', 'Minutes of the Westholm Annual Parish Council Meeting', '', 'held on 6th September 2017 at Westholm Chapel', '', 'Present: Councillor A. Reid (Chair); Councillor B. Bell; A. Dee (Clerk)', '', '  1. Minutes of the Parish Council meeting held on 28th June 2017', '', 'It was AGREED that the minutes of the Parish Council meeting held on 28th June 2017 be APPROVED as a true record. The minutes were signed by the Chair', '', '  1. Apologies–Councillor D. Vale', '  1. Declarations of Interest - None', '  1. Public Participation- None', '', 'Bus shelter', 'The painting of the shelter is now complete.'].join('\n'));
    expect(m.decisions.map((d) => d.kind)).toEqual(['procedural']);
  });

  test('"It was proposed by Cllr A and seconded by Cllr B that the minutes be signed …": the decision is what was moved', () => {
    const m = parse(['Minutes of Ashby Parish Council held on 3 May 2020.', '', '5. Notes of the Annual Parish Council Meeting held on 12 June 2023 to be approved and signed as the minutes', 'It was proposed by Cllr Reid and seconded by Cllr Bell that the minutes be signed as a true record.', '', '6. Clerk\'s report', 'The clerk reported on the audit.'].join('\n'));
    expect(m.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([['5', 'procedural', 'That the minutes be signed as a true record']]);
  });
});

describe('where the meeting was held, from the sentence that dates it', () => {
  const venue = (lines: string[]) => parse([...lines, '', 'Present: Cllr A Reid, Cllr B Bell.', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes were approved.'].join('\n')).venue;

  test('council names as headings copy them: a glued "theChisworth", "Annual" inside the name, the page\'s title after it, the Welsh name before the English', () => {
    const names = (head: string[]) => {
      const m = parse([...head, '', 'Present: Cllr A Reid, Cllr B Bell.', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes were approved.'].join('\n'));
      return [m.council, m.committee];
    };
    expect(names(['Ashworth Parish Council Meeting Minutes 6th September 2017', '', 'Minutes of theAshworth Annual Parish Council Meeting', '', 'held on 6th September 2017 at Ashworth Chapel'])).toEqual(['Ashworth Parish Council', 'Ashworth Parish Council']);
    expect(names(['Eastinch Community Council Minute of Community Council Meeting, 30/1/18, Eastinch Centre at 7pm.'])[0]).toBe('Eastinch Community Council');
    expect(names(['CYNGOR CYMUNEDOL LLANARTH COMMUNITY COUNCIL MINUTES OF COUNCIL MEETING 12th February 2013'])[0]).toBe('LLANARTH COMMUNITY COUNCIL');
  });

  test('"COUNCIL Minutes of … held on <date> at <place> at 20:30 hours"', () => {
    expect(venue(['ASHTON PARISH COUNCIL Minutes of the Parish Council Meeting held on Tuesday 27 March 2012 at Ashton School of Dance at 20:30 hours'])).toBe('Ashton School of Dance');
  });

  test('"… was held in <place>" over "Monday 18 October 2010, commencing at 7.30pm"', () => {
    expect(venue(['The Parish Council Meeting of the Ashton Parish Council', 'was held in the United Reformed Church Hall, Ashton', 'Monday 18 October 2010, commencing at 7.30pm'])).toBe('United Reformed Church Hall, Ashton');
  });

  test('"Held at <place>onWednesday …": the space before "on" lost in copying', () => {
    expect(venue(['Minutes of the meeting of Ashton Community Council-', 'Held at Ashton SchoolonWednesday 2nd November 2016 at 7.30 pm'])).toBe('Ashton School');
  });

  test('a time is no place ("held at 13:30 in …" is read past the time)', () => {
    expect(venue(['Minutes of the meeting of Ashton Town Council held on 11 December 2003 at 13:30 in the Town Hall, Ashton.'])).toBe('Town Hall, Ashton');
  });
});
