/**
 * Issue 15, shapes from the fifth fresh set (all of it scored, so no longer unseen) and the sixth set's built-on
 * pages, written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDecision } from '../../../main/minutes/classify';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a town council page: numbered headings in capitals with a bracketed note or the words that finish them', () => {
  const page = [
    'ASHCOMBE TOWN COUNCIL',
    'Minutes of the Meeting of the Full Ashcombe Town Council',
    'Held at 7pm on Monday 5th September 2005',
    '',
    'Present: Cllr. Mrs E Hollis (in the Chair), Cllr. R Pike, Cllr. N Vane',
    '',
    '1.  APOLOGIES FOR ABSENCE',
    'Cllr. Mrs C Pike due to hospitalisation, Cllr. S Edge due to an alternative meeting',
    '',
    '2.  DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS INTERESTS (per Parish Councils code of conduct 2001/Local Government Act 2000)',
    'None',
    '',
    'THAT VICE-CHAIRMAN R PIKE BE ASKED TO CHAIR THE MEETING',
    '3.  TO RECEIVE, CONFIRM AND SIGN MINUTES',
    'of the Ashcombe Town Council Full Meeting of Monday 4th July 2005 (Public items) [LGA 1972 Sch.12]',
    '',
    'The minutes were signed as a correct record.',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads each apology without the reason given for it', () => {
    expect(minutes.apologies).toEqual(['Mrs C Pike', 'S Edge']);
  });

  it('keeps the bracketed note in the heading, and reads "None" under it as no declarations', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS INTERESTS (per Parish Councils code of conduct 2001/Local Government Act 2000)'],
      ['3', 'TO RECEIVE, CONFIRM AND SIGN MINUTES'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

describe('a list of those present that ends with officers named after their posts', () => {
  const page = [
    'MARLOW HEATH TOWN COUNCIL',
    'Minutes of the meeting of the Town Council held on Monday 6 August 2007',
    '',
    'PRESENT: Councillor D. Tarrant (chairman), who presided, Councillors Mrs G. Hale, J. Irwin and S. Kemp, and the clerk A. Lister and the assistant to the clerk Mrs J. Moss. There were 8 members of the public present.',
    '',
    '1. Apologies',
    'None.',
  ].join('\n');
  const { attendance } = parse(page);

  it('keeps the members present and lists each officer in attendance with their post', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['D. Tarrant', 'present', 'Chair'],
      ['Mrs G. Hale', 'present', null],
      ['J. Irwin', 'present', null],
      ['S. Kemp', 'present', null],
      ['A. Lister', 'in-attendance', 'Clerk'],
      ['Mrs J. Moss', 'in-attendance', 'Assistant to the Clerk'],
    ]);
  });
});

describe('a board page run into one line: posts with commas, initials, minute numbers with the year', () => {
  const page = [
    'EASTMOOR HEALTH TRUST',
    '',
    '1. EASTMOOR HEALTH TRUST Minutes of a Public meeting of the Eastmoor Health Trust Board held on Wednesday 26 November 2014 at 11.00 am in the Great Hall, Moor House, Eastmoor ' +
      'PRESENT: Mr C Kenning, Chairman Mr H Lowry, Chief Executive Miss F Grant, Non-Executive Director Ms D Mann-Keel, Non-Executive Director Ms N Pearce, Director of Primary Care, Older People & Executive Director of Nursing ' +
      'IN ATTENDANCE: Ms R Colter, Director of Planning, Performance & Informatics Ms P Glenn, Senior Manager, Community Stroke Team (For item 128/14) Miss J Tanner, Executive Support Services Manager ' +
      'APOLOGIES: Mr P Davey, Non-Executive Director OPENING REMARKS At the outset, the Chairman welcomed everyone to the meeting. ' +
      '121/14 DECLARATION OF POTENTIAL CONFLICT OF INTERESTS WITH ANY BUSINESS ITEMS ON THE AGENDA No conflict of interest with any business item on the agenda was declared. ' +
      '122/14 CHAIRMAN’S BUSINESS The Chairman informed members that he attended a number of events since the last meeting.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads each person and post, a post with commas in it kept whole, and "Non-Executive" never as a person', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr C Kenning', 'present', 'Chair'],
      ['Mr H Lowry', 'present', 'Chief Executive'],
      ['Miss F Grant', 'present', 'Non-Executive Director'],
      ['Ms D Mann-Keel', 'present', 'Non-Executive Director'],
      ['Ms N Pearce', 'present', 'Director of Primary Care, Older People & Executive Director of Nursing'],
      ['Ms R Colter', 'in-attendance', 'Director of Planning, Performance & Informatics'],
      ['Ms P Glenn', 'in-attendance', 'Senior Manager, Community Stroke Team'],
      ['Miss J Tanner', 'in-attendance', 'Executive Support Services Manager'],
      ['Mr P Davey', 'apologies', null],
    ]);
    expect(minutes.apologies).toEqual(['Mr P Davey']);
  });

  it('finds the two minutes numbered with their year, not the page number before the heading', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['121/14', 'DECLARATION OF POTENTIAL CONFLICT OF INTERESTS WITH ANY BUSINESS ITEMS ON THE AGENDA'],
      ['122/14', 'CHAIRMAN’S BUSINESS'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
    expect(minutes.date).toBe('2014-11-26');
  });
});

describe('a Scottish partnership minute copied from a sharing site: the heading twice, lists run into the next heading', () => {
  const page = [
    'Minute of Meeting Held in the Council Chamber, Islands Council Offices, Kirkwall on Friday 15 September 2017 at 9.00Am',
    'Total Page:16',
    'File Type:pdf, Size:1020Kb',
    'Minute of Meeting held in the Council Chamber, Islands Council Offices, Kirkwall on Friday 15 September 2017 at 9.00am. ' +
      'PRESENT Cllr Alan Hendry, The Northern Council Member (Chair) Cllr John Cowie, Eastern Council Member (Vice Chair) Cllr Uilleam Ross, Islands Council Member Mr Wilson Metcalf, Non-Councillor Member Prof David Grey, Non-Councillor Member ' +
      'IN ATTENDANCE Mr Ranald Robb, Partnership Director Mr Frank Roche, Partnership Manager Mrs. Nicola Mott, Eastern Council ' +
      'APOLOGIES Cllr Roddy McCuaig, Argyll and Bute Council Ms Pip Farmer, NHS Northern Mr Robin Clark, HIE MINUTES Minute of Meeting 1 The Minute of Meeting of 23 June 2017 was approved.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the meeting from the heading that the site repeated', () => {
    expect(minutes.date).toBe('2017-09-15');
    expect(minutes.startTime).toBe('09:00');
    expect(minutes.venue).toBe('Council Chamber, Islands Council Offices, Kirkwall');
  });

  it('reads each member with the chair in brackets, the officers, and the apologies up to the next heading', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Alan Hendry', 'present', 'Chair'],
      ['John Cowie', 'present', 'Vice-Chair'],
      ['Uilleam Ross', 'present', 'Islands Council Member'],
      ['Mr Wilson Metcalf', 'present', 'Non-Councillor Member'],
      ['Prof David Grey', 'present', 'Non-Councillor Member'],
      ['Mr Ranald Robb', 'in-attendance', 'Partnership Director'],
      ['Mr Frank Roche', 'in-attendance', 'Partnership Manager'],
      ['Mrs. Nicola Mott', 'in-attendance', 'Eastern Council'],
      ['Roddy McCuaig', 'apologies', null],
      ['Ms Pip Farmer', 'apologies', null],
      ['Mr Robin Clark', 'apologies', null],
    ]);
    expect(minutes.apologies).toEqual(['Roddy McCuaig', 'Ms Pip Farmer', 'Mr Robin Clark']);
  });
});

describe('a list of members each with their council, substitutes marked, is not read as people and posts', () => {
  const page = [
    'Minutes of the meeting of the Police and Crime Panel held on Thursday 25 October 2012',
    '',
    'Present: Cllr M Abbot, East Vale District Council Cllr Mrs A Brewer, City and District Council Cllr J Dean, Hatfield Borough Council Ms A Frost, Co-opted Member Cllr A Fane (substitute), Borough Council Dr M Vernon, Co-opted Member',
    '',
    '1 INTRODUCTION AND WELCOME',
    '',
    'A welcome was extended to all members of the Panel.',
  ].join('\n');
  const { attendance } = parse(page);

  it('keeps every member, none folded into another\'s post', () => {
    expect(attendance.map((a) => a.name)).toEqual(['M Abbot', 'Mrs A Brewer', 'J Dean', 'Ms A Frost', 'A Fane', 'Dr M Vernon']);
  });
});

describe('a county cabinet\'s printed minutes: "MEMBERS OF THE CABINET" over its list, then "Other Members present:"', () => {
  const page = [
    'CABINET',
    '',
    '16 JUNE 2009',
    '',
    'MINUTES',
    '',
    'ATTENDANCE',
    '',
    'MEMBERS OF THE CABINET',
    '',
    'D A Ashby, R I N Gorton (Chairman), S M Holme (substituting for K F Elsom), D E Lloyd',
    '',
    'Other Members present:',
    '',
    'R H Beech, N Bellamy, G F Button,',
    '',
    'C M Hayes, T C Herring',
    '',
    '1. MINUTES',
    '',
    'The minutes of the Cabinet meeting held on 26 May 2009 were confirmed as a correct record.',
  ].join('\n');
  const { attendance } = parse(page);

  it('reads the cabinet members with the chair and the substitute, and the other members over their wrapped lines', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['D A Ashby', 'present', null],
      ['R I N Gorton', 'present', 'Chair'],
      ['S M Holme', 'present', 'substitute for K F Elsom'],
      ['D E Lloyd', 'present', null],
      ['R H Beech', 'present', null],
      ['N Bellamy', 'present', null],
      ['G F Button', 'present', null],
      ['C M Hayes', 'present', null],
      ['T C Herring', 'present', null],
    ]);
  });
});

describe('a Northern Irish council page one entry to a line: the chair under its label, members "In Attendance", coded minutes', () => {
  const page = [
    'NEWTOWN AND MOORE DISTRICT COUNCIL',
    'Minutes of Monthly Meeting of the Council held on Monday 8 May 2006 at 7.00 pm in the',
    'Boardroom, District Council Offices, Market Row, Newtown.',
    'In the Chair:',
    'Councillor P McGlynn',
    'In Attendance:',
    'Councillor C Byrne',
    'Councillor W Byrne',
    'Councillor M Carey',
    'Councillor P McGlynn',
    'Also in',
    'Attendance:',
    'Mr E Curran, Director of Administration',
    'Mrs C Whyte, Committee Administrator',
    'Apologies:',
    'Councillor J Paterson',
    'M/140/2006:-',
    'CONDEMNATION',
    '(REF: M/66;SC/41 )',
    'Councillor Reid condemned all graffiti in community play areas in the district.',
    'M/141/2006:-',
    'SYMPATHY',
    '(REF: M/21)',
    'It was agreed to send a letter of sympathy to the family of the late Mary Keown.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the chair from the line under "In the Chair:", and the members listed "In Attendance" as present', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['P McGlynn', 'present', 'Chair'],
      ['C Byrne', 'present', null],
      ['W Byrne', 'present', null],
      ['M Carey', 'present', null],
      ['Mr E Curran', 'in-attendance', 'Director of Administration'],
      ['Mrs C Whyte', 'in-attendance', 'Committee Administrator'],
      ['J Paterson', 'apologies', null],
    ]);
  });

  it('reads each coded minute with its heading, without the file reference after it', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['M/140/2006', 'CONDEMNATION'],
      ['M/141/2006', 'SYMPATHY'],
    ]);
  });
});

describe('a Welsh community council page: numbered headings ending in a colon or full stop, "Also:" after a list', () => {
  const page = [
    'Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.',
    '',
    '1          Present',
    '',
    'Councillors, Mr Tom Owens (Chair), Mrs Sharon Barr, Mr Andrew Hughson & Mr J Alun Fowler (Clerk). Also: County Councillor Mr Arfon Wynne',
    '',
    '2         Apologies',
    '',
    'were received from: Councillors Mr Gareth Evanson & Mr Les Thomason.',
    '',
    '3         Welcome:',
    '',
    'The Chair welcomed everyone to the meeting.',
    '',
    '4         To declare any personal and/or prejudicial interest.',
    '',
    'No personal declaration was received.',
    '',
    '5         To Correct & Approve minutes of previous meetings.',
    '',
    'Proposed (AH) & Seconded (SB) that the minutes be approved as correct. Unanimously agreed and signed by the Chair.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads every heading of the numbered sequence', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Present'],
      ['2', 'Apologies'],
      ['3', 'Welcome'],
      ['4', 'To declare any personal and/or prejudicial interest'],
      ['5', 'To Correct & Approve minutes of previous meetings'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });

  it('reads the clerk and the county councillor as in attendance, and the apologies under their heading', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr Tom Owens', 'present', 'Chair'],
      ['Mrs Sharon Barr', 'present', null],
      ['Mr Andrew Hughson', 'present', null],
      ['Mr J Alun Fowler', 'in-attendance', 'Clerk'],
      ['Mr Arfon Wynne', 'in-attendance', 'County Councillor'],
      ['Mr Gareth Evanson', 'apologies', null],
      ['Mr Les Thomason', 'apologies', null],
    ]);
  });
});

describe('a Scottish joint board: members listed under the council each represents, a civic title in the apologies', () => {
  const page = [
    'At a MEETING of the TAYVALE VALUATION JOINT BOARD held at Dundee on 20th November, 2017.',
    '',
    'Present:-',
    '',
    'Representing Angus Council',
    '',
    'Councillor David Cheyne Councillor Richard Moor Councillor Lynne Devlin',
    '',
    'Representing Dundee City Council',
    '',
    'Bailie Christina Robb Councillor Alan Rose',
    '',
    'Representing Perth and Kinross Council',
    '',
    'Councillor Angus Forbes Councillor Dave Dugan',
    '',
    'Councillor David Cheyne, Convener, in the Chair.',
    '',
    'I APOLOGIES',
    '',
    'Apologies for absence were submitted on behalf of Depute Lord Provost Bill Campbell (Dundee City Council) and Councillor Willie Watson (Perth and Kinross Council).',
    '',
    'II DECLARATION OF INTEREST',
    '',
    'No declarations of interest were made.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads every group of members, the bailie among them', () => {
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['David Cheyne', 'Chair'],
      ['Richard Moor', null],
      ['Lynne Devlin', null],
      ['Christina Robb', null],
      ['Alan Rose', null],
      ['Angus Forbes', null],
      ['Dave Dugan', null],
    ]);
  });

  it('reads the apology without the civic title', () => {
    expect(minutes.apologies).toEqual(['Bill Campbell', 'Willie Watson']);
    expect(parse('Minutes of the Authority meeting held on 15 September 2017\n\nApologies for absence were received from Mayor J Andrews and Councillor P Davey.').minutes.apologies).toEqual(['J Andrews', 'P Davey']);
  });
});

describe('a parish page: members after "Cllrs" with no label, headings run into their minute after a full stop', () => {
  const page = [
    'Draft Minutes of Annual Ordinary Parish Council meeting 9th May 2016',
    '',
    'Cllrs M Kane, Mrs L Wills, J Evason, R Wills and Mrs K Hewitt (Clerk to Council)',
    '',
    '1. Election of Chairman. Cllr Laura Wills proposed that Cllr Mike Kane take up the position of Chairman and Cllr Richard Wills seconded it.',
    '',
    '2. Election of Vice Chairman. Cllr Mike Kane proposed that Cllr Richard Wills continues as Vice Chairman.',
    '',
    '3. Apologies',
    '3.1. There were apologies from PCO Lowri Anders and Dave Atkins (Locality Steward)',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the members, and the clerk as in attendance', () => {
    expect(attendance.filter((a) => a.status !== 'apologies').map((a) => [a.name, a.status, a.role])).toEqual([
      ['M Kane', 'present', null],
      ['Mrs L Wills', 'present', null],
      ['J Evason', 'present', null],
      ['R Wills', 'present', null],
      ['Mrs K Hewitt', 'in-attendance', 'Clerk to Council'],
    ]);
  });

  it('reads each heading before its full stop, and the apologies without the police rank', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Election of Chairman'],
      ['2', 'Election of Vice Chairman'],
      ['3', 'Apologies'],
    ]);
    expect(minutes.apologies).toEqual(['Lowri Anders', 'Dave Atkins']);
  });
});

describe('a town council page copied with every line break doubled', () => {
  const page = [
    'PRESENT: The Town Mayor Councillor Allan Knight in the Chair;',
    'The Deputy Town Mayor, Councillor Kevin Horton;',
    'Councillors Valerie Cope, Pam Dowling, Susan Knight , Simon',
    'O’Rourke, Mary Robins and Alan Yeardley.',
    'The Town Clerk.',
    'APOLOGIES: apologies for absence, together with reasons, were received from',
    'Councillors Ruth Moore and Jim Sherwin .',
    'RESOLVED: That the apologies be accepted.',
    '410.13 ANNUAL MEETING - 7 MAY, 2013.',
    'Consideration was given to the Agenda for the Annual Meeting of the Town',
    'Council to be held on 7 May 2013, and to the arrangements for the',
    'reception after it, which the Town Clerk had made with the',
    'Mayor’s office and the caterers.',
    'RESOLVED: That the agenda for the Annual Meeting be approved.',
  ].join('\n\n');
  const { minutes, attendance } = parse(page);

  it('joins the lines the blanks broke, so a name split over two lines is one person', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Allan Knight', 'present', 'Chair'],
      ['Kevin Horton', 'present', null],
      ['Valerie Cope', 'present', null],
      ['Pam Dowling', 'present', null],
      ['Susan Knight', 'present', null],
      ['Simon O’Rourke', 'present', null],
      ['Mary Robins', 'present', null],
      ['Alan Yeardley', 'present', null],
      ['Ruth Moore', 'apologies', null],
      ['Jim Sherwin', 'apologies', null],
    ]);
    expect(minutes.apologies).toEqual(['Ruth Moore', 'Jim Sherwin']);
  });
});

describe('a CMIS meeting page: its notices above "Items Of Business" are not items', () => {
  const page = [
    'Meeting Summary',
    'Finance and Resources Policy Board',
    '14 Nov 2018 - 14:00 to 15:00',
    '',
    'Documents',
    '',
    'Agenda',
    '',
    'Notification',
    'Standard Items',
    'Members of the Press and Public',
    'Members of the press and public wishing to attend the meeting should report to the customer service centre.',
    'Further Information',
    '',
    'This is a meeting which is open to members of the public.',
    '',
    'Chair',
    'Councillor Shore, Convener, presided.',
    'In Attendance',
    'A Rowan, Director of Finance & Resources; L McIntosh, Head of Policy & Commissioning and B Lambie, Strategic Procurement Manager (both Chief Executive’s); D Gillan, Head of Facilities Management (Environment & Infrastructure Services); and K Grant, Head of Corporate Governance (all Finance & Resources).',
    'Contract Authorisation Reports',
    'As below.',
    'Items Of Business',
    'Apologies',
    'Apologies from members.',
    'Councillors Dowd and K McLaren.',
    'Declarations of Interest',
    'Members are asked to declare an interest in any item(s) on the agenda and to provide a brief explanation of the nature of the interest.',
    'Councillor Shore declared a non-financial interest in item 17 of the agenda.',
  ].join('\n');
  const { minutes } = parse(page);

  it('finds only the business under that heading', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Apologies', 'Declarations of Interest']);
    expect(minutes.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([['Shore', '17', 'non-financial']]);
  });
});

describe('a ModernGov page whose first item is the last meeting\'s minutes "(previously circulated)"', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Planning Regulatory Committee - Monday, 4th February 2019 10.30 a.m.',
    '',
    'Venue: Town Hall',
    '',
    'Items',
    'No. Item',
    '',
    '109.',
    '',
    'Minutes',
    '',
    'Minutes of meeting held on 7 January, 2019 (previously circulated). ',
    '',
    'Minutes:',
    '',
    'The minutes of the meeting held on 7th January 2019 were signed by the Chairman as a correct record.',
    '',
    '110.',
    '',
    'Items of Urgent Business authorised by the Chairman',
    '',
    'Minutes:',
    '',
    'There were no items of urgent business.',
  ].join('\n');
  const { minutes } = parse(page);

  it('keeps that item: the agenda\'s words are not a second meeting\'s heading', () => {
    expect(minutes.date).toBe('2019-02-04');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['109', 'Minutes'],
      ['110', 'Items of Urgent Business authorised by the Chairman'],
    ]);
    expect(minutes.decisions.map((d) => [d.item, d.kind])).toEqual([['109', 'procedural']]);
  });
});

describe('a joint board\'s decisions in prose: minutes "submitted and approved", "agreed to note", "agreed:-" over points', () => {
  const page = [
    'At a MEETING of the TAYVALE VALUATION JOINT BOARD held at Dundee on 20th November, 2017.',
    '',
    'I APOLOGIES',
    '',
    'There were no apologies.',
    '',
    'II DECLARATION OF INTEREST',
    '',
    'No declarations of interest were made.',
    '',
    'III MEMBERSHIP OF JOINT BOARD',
    '',
    'It was reported that the council had appointed Councillor Dave Dugan as a replacement.',
    '',
    'The Joint Board agreed to note the change in membership as indicated.',
    '',
    'IV MINUTE OF PREVIOUS MEETING',
    '',
    'The minute of meeting of the Joint Board held on 28th August, 2017 was submitted and approved.',
    '',
    'V NON DOMESTIC RATING - UPDATE',
    '',
    'There was submitted Report No TVJB25-2017 by the Assessor.',
    '',
    'The Joint Board agreed:-',
    '',
    '(i) to note that 6,279 appeals had been received; and',
    '',
    '(ii) to approve the timetable for hearing them.',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads each decision with its kind, the points under "agreed:-" one by one', () => {
    expect(minutes.decisions.map((d) => [d.item, d.label, d.kind])).toEqual([
      ['III', null, 'noted'],
      ['IV', null, 'procedural'],
      ['V', 'i', 'noted'],
      ['V', 'ii', 'action'],
    ]);
  });
});

describe('a ModernGov table copied with empty rows between items, apologies as inline bullets', () => {
  const page = [
    'Agenda, decisions and minutes',
    'Venue: C1, 1st Floor, Town Hall, London',
    'No. | Item | |',
    '---|---|---|',
    'APOLOGIES FOR ABSENCE To receive any apologies for absence. Additional documents: Minutes: Apologies for absence were received on behalf of:',
    '· Councillor Danny Hazel, Cabinet Member for Housing. · Ann Sutton, Corporate Director, Place for whom Vicky Clarke, Divisional Director, was deputising. · Andreas Christou, Divisional Director of Communications. |',
    '||',
    'DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS PDF 215 KB Members are reminded to consider the categories of interest.',
    'If in doubt as to the nature of an interest, you are advised to seek advice prior to the meeting.',
    'Additional documents: Minutes: Councillors Asma Iqbal and Motin Zaman declared pecuniary interests in relation to Agenda Item 6.6 (Selective Licensing) due to owning properties which they rented out near the scheme. They left the meeting for the duration of that item. |',
    '||',
    'UNRESTRICTED MINUTES PDF 259 KB The unrestricted minutes of the Cabinet meeting held on Wednesday 28 April are presented for approval.',
  ].join('\n');
  const { minutes } = parse(page);

  it('starts an item after each empty row, its title ending at its document link', () => {
    expect(minutes.items.map((i) => i.title)).toEqual([
      'APOLOGIES FOR ABSENCE',
      'DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS',
      'UNRESTRICTED MINUTES',
    ]);
  });

  it('reads one apology a bullet, never a post as a person', () => {
    expect(minutes.apologies).toEqual(['Danny Hazel', 'Ann Sutton', 'Andreas Christou']);
  });

  it('reads both members\' declarations, and that they left', () => {
    expect(minutes.declarations.map((d) => [d.member, d.item, d.withdrew])).toEqual([
      ['Asma Iqbal', '6.6', true],
      ['Motin Zaman', '6.6', true],
    ]);
  });
});

describe('the sentence after a declaration says what the interest was', () => {
  const page = [
    'Cabinet - Thursday, 20th July, 2023 1.00 pm',
    '',
    'DECLARATION OF PERSONAL INTEREST',
    '',
    'Councillor Dafydd Morris declared a personal interest with Item 5 as he was the Chairman of the board of one of the applicants. It was noted that this was a prejudicial interest and the Councillor withdrew from the meeting for this discussion.',
    '',
    'Councillor Ioan Tomos declared a personal interest in Item 6 as a member of the board. It was confirmed that this was not a prejudicial interest.',
  ].join('\n');
  const { minutes } = parse(page);

  it('takes the nature and the withdrawal from it, and keeps "not prejudicial" personal', () => {
    expect(minutes.declarations.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
      ['Dafydd Morris', '5', 'prejudicial', true],
      ['Ioan Tomos', '6', 'personal', false],
    ]);
  });
});

describe('a community council AGM page with unnumbered headings and labelled attendance lines', () => {
  const page = [
    'Glenbrook Community Council – Minutes',
    '',
    'Glenbrook Community Council',
    'Minutes of 41st AGM held on Monday 7th May 2018',
    '',
    'Present: CCllrs Palmer (Acting Chairman), Horsley, Lowden, Tait',
    '',
    'By Invitation: Nominated CCllrs Heslop and Mcleod',
    '',
    'Apologies: P&K Cllrs Purvis and Waters, CCllr Paton',
    "Chairman's Report",
    "The Chairman's report was received and is available to view online.",
    '',
    'Planning Report',
    'CCllr Palmer delivered a short report on the year’s activities.',
    '',
    'Election of Office Bearers',
    'All community councillors agreed to continue their previous roles.',
    'Chairperson – Margaret Paton',
    'Secretary – Ian Palmer',
    'Treasurer – Daniel Horsley',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the headings, not the attendance lines or the offices elected', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(["Chairman's Report", 'Planning Report', 'Election of Office Bearers']);
  });

  it('reads those invited as in attendance, and no chair from the offices elected', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Palmer', 'present', 'Acting Chairman'],
      ['Horsley', 'present', null],
      ['Lowden', 'present', null],
      ['Tait', 'present', null],
      ['Heslop', 'in-attendance', null],
      ['Mcleod', 'in-attendance', null],
      ['Purvis', 'apologies', null],
      ['Waters', 'apologies', null],
      ['Paton', 'apologies', null],
    ]);
  });
});

describe('a page whose headings were not found: the agenda\'s "To approve …" and "To receive …" lines are no decisions', () => {
  const page = [
    'Council - Tuesday, 7th November, 2023 6.30 pm',
    '',
    'Public Session',
    'Priority Business (if any)',
    'To dispose of any business required by statute.',
    'There was no priority business.',
    'To approve the Minutes of the meeting of Council held on 5 September 2023.',
    'RESOLVED: That the minutes of the meeting of Council held on 5 September 2023 be approved and signed by the Chairman.',
    'To receive any apologies for non-attendance.',
    'Apologies were received from Councillor H Adamson and Councillor P Allen.',
  ].join('\n');
  const { minutes } = parse(page);

  it('keeps only the resolution', () => {
    expect(minutes.decisions.map((d) => [d.kind, d.text])).toEqual([
      ['procedural', 'That the minutes of the meeting of Council held on 5 September 2023 be approved and signed by the Chairman.'],
    ]);
    expect(minutes.apologies).toEqual(['H Adamson', 'P Allen']);
  });
});

describe('header fields on lines of their own in a hard-wrapped page, and a Welsh patronymic', () => {
  const page = [
    'Minutes from the Eleventh Meeting of the Public Health Board',
    'Date of meeting: 11 April 2011',
    'Time of meeting: 9.30am – 3.30pm',
    'Venue for meeting: Temple of Peace, Cardiff',
    'Mr Keith Cole / Board Secretary',
    'Dr Jo Farr / Non Executive Director',
    'Mr Huw Gower / Executive Director of Finance',
    'Mr Bob Hudd / Chief Executive',
    '1. Apologies',
    'Apologies were received from Councillors Craig ab Iago and Dilwyn Morris.',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads the start and end times from their own field', () => {
    expect([minutes.date, minutes.startTime, minutes.endTime, minutes.venue]).toEqual(['2011-04-11', '09:30', '15:30', 'Temple of Peace, Cardiff']);
  });

  it('keeps "ab" inside the name', () => {
    expect(minutes.apologies).toEqual(['Craig ab Iago', 'Dilwyn Morris']);
  });
});

describe('reserve members in a two-column table flattened a cell to a line', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Overview and Scrutiny Committee - Monday 16 May 2005',
    '',
    '290.',
    '',
    'Attendance by Reserve Members',
    '',
    'Minutes:',
    '',
    'RESOLVED:  To note the attendance of the following duly appointed Reserve Members:-',
    '',
    'Ordinary Member',
    '',
    'Reserve Member',
    '',
    'Councillor Mark Ingle',
    '',
    'Councillor Ann Grove',
    '',
    'Councillor Seymer',
    '',
    'Councillor Myra Michaels',
    '',
    '291.',
    '',
    'Appointment of Vice-Chair',
    '',
    'Minutes:',
    '',
    'RESOLVED:  To appoint Councillor Gale as Vice-Chair of the Committee for the Municipal Year 2005/06.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads each reserve as present for the member beside them, and says nothing of the members they replaced', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Ann Grove', 'present', 'substitute for Mark Ingle'],
      ['Myra Michaels', 'present', 'substitute for Seymer'],
    ]);
  });

  it('reads the appointment of a vice-chair as procedural', () => {
    expect(minutes.decisions.map((d) => [d.item, d.kind])).toEqual([
      ['290', 'noted'],
      ['291', 'procedural'],
    ]);
  });
});

describe('a flattened ModernGov table whose rows wrap over lines and whose decision points carry labels mid-line', () => {
  const page = [
    'Agenda, decisions and minutes',
    'Venue: Committee Room, County Hall, Mold',
    'No. | Item |',
    'Dispensations To receive any requests for dispensations. Decision: None were received. Minutes: None were received. |',
    'Visits to Town and Community Councils To advise Members of the practical and',
    'financial arrangements for visiting Town and Community',
    'Councils. Additional documents:',
    'Decision: (a) That Members undertaking observational visits to Town and Community Councils be able to claim travel expenses for doing so; and',
    '(b) That Members note the suggested ‘toolkit’ for undertaking such visits. Minutes: The Monitoring Officer presented a report on the arrangements.',
  ].join('\n');
  const { minutes } = parse(page);

  it('starts a row after one that closed, and keeps the wrapped lines and "(b) …" inside their row', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Dispensations', 'Visits to Town and Community Councils']);
    expect(minutes.decisions.map((d) => [d.label, d.kind])).toEqual([
      ['a', 'action'],
      ['b', 'noted'],
    ]);
  });
});

describe('officers in attendance given with initials, their posts holding "&" and "and", several to a semicolon', () => {
  const page = [
    'Finance and Resources Policy Board',
    '',
    '14 Nov 2018 - 14:00 to 15:00',
    '',
    'Chair',
    'Councillor Shore, Convener, presided.',
    'In Attendance',
    'A Rusk, Director of Finance & Resources; L McIntosh, Head of Policy & Commissioning and B Lamb, Strategic Procurement Manager (both Chief Executive’s); and K Graves, Head of Corporate Governance, R Cree, OD and Workforce Planning Manager, S Fannin, Principal HR & OD Manager and N O’Brian, Assistant Committee Services Officer (all Finance & Resources).',
    '',
    'Items Of Business',
    'Apologies',
    'Apologies from members.',
  ].join('\n');
  const { attendance } = parse(page);

  it('reads every officer with their whole post', () => {
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['A Rusk', 'Director of Finance & Resources'],
      ['L McIntosh', 'Head of Policy & Commissioning'],
      ['B Lamb', 'Strategic Procurement Manager'],
      ['K Graves', 'Head of Corporate Governance'],
      ['R Cree', 'OD and Workforce Planning Manager'],
      ['S Fannin', 'Principal HR & OD Manager'],
      ['N O’Brian', 'Assistant Committee Services Officer'],
    ]);
  });
});

describe('a resolution followed in its paragraph by a task given to the clerk', () => {
  const page = [
    'Minutes of the Community Council Meeting held on Tuesday, 19th July 2022.',
    '',
    '6          Matters arising from the minutes.',
    '',
    'Agreed that a meeting of the Cemetery Sub-Committee needs to be arranged on site with the Chair. Clerk to arrange a meeting during August to discuss the above and report back by the next Full Council Meeting.',
    '',
    '7          Correspondence.',
    '',
    'None.',
  ].join('\n');
  const { minutes } = parse(page);

  it('makes the task an action of its own, with its owner and month', () => {
    expect(minutes.decisions.map((d) => [d.text, d.kind, d.owner, d.due])).toEqual([
      ['That a meeting of the Cemetery Sub-Committee needs to be arranged on site with the Chair.', 'action', null, null],
      ['Clerk to arrange a meeting during August to discuss the above and report back by the next Full Council Meeting.', 'action', 'Clerk', 'August 2022'],
    ]);
  });
});

describe('decision kinds: taking up or continuing in an office is procedural', () => {
  it.each([
    ['That Cllr Mike Kane take up the position of Chairman.', 'procedural'],
    ['That Cllr Richard Wills continues as Village Hall Representative.', 'procedural'],
    ['To appoint Councillor Gale as Vice-Chair of the Committee.', 'procedural'],
    ['The Joint Board agreed to note the change in membership.', 'noted'],
    ['The Joint Board agreed to note the report and to approve the Guide.', 'action'],
  ])('%s → %s', (text, kind) => {
    expect(classifyDecision(text)).toBe(kind);
  });
});

describe('an agenda index of long headings in capitals with colons and dashes inside them', () => {
  const page = [
    'Cabinet',
    'Thursday, 16th August 2007',
    '',
    'Index to Agendas',
    '',
    '  1. MINUTES',
    '  2. DECLARATIONS OF INTEREST',
    '  3. REGENERATION AND PLANNING STRATEGY: DEPARTMENT FOR COMMUNITIES AND LOCAL GOVERNMENT - PLANNING FOR A SUSTAINABLE FUTURE – PLANNING WHITE PAPER – COUNCIL RESPONSE',
    '  4. STREETSCENE AND TRANSPORT SERVICES - RESIDENT PARKING SCHEMES – RESIDENTS’ AND LOCAL BUSINESS RESPONSES TO THE PILOT CONSULTATION EXERCISE',
    '  5. CORPORATE SERVICES: APPROVED DUTIES AND APPOINTMENTS',
  ].join('\n');
  const { minutes } = parse(page);

  it('keeps each heading whole', () => {
    expect(minutes.items.map((i) => i.title).slice(2)).toEqual([
      'REGENERATION AND PLANNING STRATEGY: DEPARTMENT FOR COMMUNITIES AND LOCAL GOVERNMENT - PLANNING FOR A SUSTAINABLE FUTURE – PLANNING WHITE PAPER – COUNCIL RESPONSE',
      'STREETSCENE AND TRANSPORT SERVICES - RESIDENT PARKING SCHEMES – RESIDENTS’ AND LOCAL BUSINESS RESPONSES TO THE PILOT CONSULTATION EXERCISE',
      'CORPORATE SERVICES: APPROVED DUTIES AND APPOINTMENTS',
    ]);
  });
});

describe('an agenda\'s letter of invitation names the body and the place', () => {
  const page = [
    'ARDMORE BOROUGH COUNCIL 23 September 2016 Dear Sir/Madam You are hereby invited to attend a meeting of the Ardmore Borough Council which will be held in the Council Chamber, Town Hall, The Castle, Bangor on Wednesday, 28 September 2016 commencing at 7.00pm. Yours faithfully Stephen Reed Chief Executive',
    '',
    'A G E N D A',
    '',
    '1. Prayer',
    '2. Apologies',
    '3. Declarations of Interest',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads the body, the date, the time and the place from the sentence', () => {
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Ardmore Borough Council', '2016-09-28', '19:00', 'Council Chamber, Town Hall, The Castle, Bangor']);
  });
});

describe('an election told in prose after its nominations, and once more as a resolution', () => {
  it('records the election told after "There were no other nominations and …"', () => {
    const { minutes } = parse(['Minutes of the Annual General Meeting of the Parish Council held on Monday 12th May 2008 at 8.30pm.', '', '1. ELECTION OF CHAIRMAN', 'Cllr Prabin was proposed by Cllr Bell, seconded by Cllr Sharpe. There were no other nominations and Cllr Prabin was unanimously voted as Chairman.', '', '2. DECLARATIONS OF INTEREST', 'None declared'].join('\n'));
    expect(minutes.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([['1', 'procedural', 'Cllr Prabin was unanimously voted as Chairman.']]);
  });

  it('keeps only the resolution when the minutes print both', () => {
    const { minutes } = parse(['Minutes of the Fire Authority meeting held on 15 June 2023', '', '23-24/FRA/1 Election of Chair', '', 'Councillor J Burnet was nominated by Councillor M Hedley and seconded by Councillor A Sultan.', '', 'As there were no other nominations, Councillor J Burnet was duly elected as Chair of the Authority for 2023/24.', '', 'RESOLVED:', '', 'That Councillor J Burnet be elected Chair of the Authority for 2023/24.', '', '23-24/FRA/2 Declarations of Interest', '', 'There were no declarations of interest.'].join('\n'));
    expect(minutes.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([['23-24/FRA/1', 'procedural', 'That Councillor J Burnet be elected Chair of the Authority for 2023/24.']]);
  });
});

describe('two members declaring one interest together, and what they then did', () => {
  it('reads both members, and their withdrawal from a later sentence about both', () => {
    const { minutes } = parse([
      'Minutes of the National Park Authority meeting held on 1 October 2019',
      '',
      '111/19 Declarations of Interest',
      '',
      'Mr I Rowan and Mr E Evanson declared a personal and prejudicial interest in item 9 – Composition of the Authority.  Mr Evanso subsequently left the meeting before this item was addressed.  The Monitoring Officer advised that both members could declare a personal interest and remain in the meeting but both members opted to withdraw.',
      '',
      '112/19 Minutes',
      '',
      'The minutes were approved as a correct record.',
    ].join('\n'));
    expect(minutes.declarations.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
      ['Mr I Rowan', '9', 'prejudicial', true],
      ['Mr E Evanson', '9', 'prejudicial', true],
    ]);
  });

  it('still reads two declarations joined by "and" as two', () => {
    const { minutes } = parse([
      'Minutes of the Cabinet meeting held on 1 October 2019',
      '',
      '1. Declarations of Interest',
      '',
      'Councillor A Brook declared a personal interest in item 4 and Councillor C Dean declared a prejudicial interest in item 6.',
    ].join('\n'));
    expect(minutes.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['A Brook', '4', 'personal'],
      ['C Dean', '6', 'prejudicial'],
    ]);
  });
});

describe('a register marked with letters its key explains (P = present, A = apology, N = non-attendance)', () => {
  const page = [
    'MINUTES OF THE PARISH COUNCIL MEETING',
    'Thursday 1 April 2004 at 7.30 p.m.',
    'Village Primary School',
    'Subject |',
    'Minute |',
    'Action |',
    '1. Attendance |',
    'Mr AC Rickman (Chairman) A Mr DR Peel (Vice-Chairman) P (in the chair) Mr JB Adair P Mrs J Boothe P Mr PJ Gregg A County Councillor K Olliver N P = present, A = apology, N = non-attendance |',
    '|',
    '2. Minutes |',
    'Resolved: the minutes of 19 February 2004 were approved |',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads each person with the status their letter stands for', () => {
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr AC Rickman', 'apologies', 'Chair'],
      ['Mr DR Peel', 'present', 'Vice-Chair'],
      ['Mr JB Adair', 'present', null],
      ['Mrs J Boothe', 'present', null],
      ['Mr PJ Gregg', 'apologies', null],
      ['K Olliver', 'absent', 'County Councillor'],
    ]);
    expect(minutes.apologies).toEqual(['Mr AC Rickman', 'Mr PJ Gregg']);
  });

  it('reads each heading without the table\'s cell separator', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Attendance'],
      ['2', 'Minutes'],
    ]);
  });
});

describe('the body named in a heading "of the Community Council virtual Meeting"', () => {
  it('is the Community Council', () => {
    const { minutes } = parse(['Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.', '', '1 Present', '', 'Councillors, Mr Tom Owens (Chair), Mrs Sharon Barr, Mr Andrew Hughson.', '', '2 Apologies', '', 'were received from: Councillors Mr Gareth Evanson.', '', '3 Minutes', '', 'The minutes were approved as correct.'].join('\n'));
    expect([minutes.committee, minutes.date]).toEqual(['Community Council', '2022-07-19']);
  });
});

describe('a Northern Irish special meeting copied with a stray letter before its heading, surnames with arrival times', () => {
  const page = [
    'A Minutes of Special Meeting of Mid Antrim District Council held on Thursday 17 November 2016 in the Council Offices, Circular Road, Dungannon',
    '',
    'Members Present: Councillor Wilkes, Chair',
    '',
    'Councillors Ashby, Buchan, Burton (7.03pm), Cuddy, Forde (7.08pm) Gilder, Gillespie and Totten',
    '',
    '1. Apologies',
    '',
    'Councillors Clarke and Cuthbert.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the heading without the stray letter', () => {
    expect([minutes.committee, minutes.date, minutes.venue]).toEqual(['Mid Antrim District Council', '2016-11-17', 'Council Offices, Circular Road, Dungannon']);
  });

  it('parts two surnames whose comma was lost after a bracket', () => {
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Wilkes', 'Ashby', 'Buchan', 'Burton', 'Cuddy', 'Forde', 'Gilder', 'Gillespie', 'Totten']);
  });
});

describe('the whole body declaring one interest', () => {
  it.each([
    ['All members present declared a personal interest in item 14 – Independent Remuneration Panel report.', 'All members present', '14', 'personal'],
    ['It was declared that Cabinet members had an interest in Item 5 as the Cabinet were trustees of the Museum.', 'Cabinet members', '5', 'unspecified'],
  ])('%s', (sentence, member, item, nature) => {
    const { minutes } = parse(['Minutes of the Authority meeting held on 1 October 2019', '', '1. Declarations of Interest', '', sentence, '', '2. Minutes', '', 'The minutes were approved as a correct record.'].join('\n'));
    expect(minutes.declarations.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([[member, item, nature, false]]);
  });
});
