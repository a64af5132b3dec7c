/**
 * Issue 15, sixteenth round: general shapes read from pages already spent (earlier rounds' held-out pages, scored
 * before), written here with made-up councils and people. The round's own set was held out whole.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);
const who = (text: string, status: string) =>
  parse(text)
    .attendance.filter((a) => a.status === status)
    .map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

describe('a printed grid: labels in the left column, names in columns beside and under them', () => {
  const page = [
    'SOUTHTOWN DISTRICT COUNCIL',
    '',
    'Minutes of Proceedings of a Meeting of the',
    'HOUSING COMMITTEE',
    'held in the Council Chamber, Council Offices,',
    'The Mall, Southtown, on',
    'Monday, 3 November, 2008 at 7.30 pm',
    '',
    'PRESENT:',
    '',
    'Presiding Chairperson:      Councillor T G Hanlon',
    '',
    'Other Members:              Councillors:',
    '',
    '                            Mrs M H Black             P Brannigan         P Corrigan',
    '                            W G Irwin                 D McNally           C Rollston',
    '                            G Mallon',
    '',
    'Apologies:                  Councillors:',
    '',
    '                            Mrs M Doyle               Mrs C A Rafferty    N Sheridan',
    '                            N Donnelly                Mrs F Donnelly',
    '',
    'In Attendance:              Strategic Director of Regeneration and Development',
    '                            Scrutiny and Performance Improvement Officer',
    '                            Democratic Services Officer (M Mallon)',
    '',
    '                            Mrs Helen Stoops, Roads Service',
    '                            Mr Roy Frazer, Southtown Housing Association',
    '',
    '',
    '1.0   APOLOGIES',
    '',
    'Apologies were received and accepted.',
    '',
    '2.0   MINUTES',
    '',
    'The minutes of the meeting held on 6 October 2008 were agreed.',
  ].join('\n');

  test('the heading set over five lines gives the committee, the date, the time and the place', () => {
    const { minutes } = parse(page);
    expect(minutes.committee).toBe('HOUSING COMMITTEE');
    expect(minutes.date).toBe('2008-11-03');
    expect(minutes.startTime).toBe('19:30');
    expect(minutes.venue).toBe('Council Chamber, Council Offices, The Mall, Southtown');
  });

  test('"Presiding Chairperson:" is the chair; "Other Members: Councillors:" heads the members, every row of the grid read', () => {
    expect(who(page, 'present')).toEqual(['T G Hanlon (Chair)', 'Mrs M H Black', 'P Brannigan', 'P Corrigan', 'W G Irwin', 'D McNally', 'C Rollston', 'G Mallon']);
  });

  test('a grid row whose first cell is a person is a row of names, not a label over the rest ("N Donnelly   Mrs F Donnelly")', () => {
    expect(who(page, 'apologies')).toEqual(['Mrs M Doyle', 'Mrs C A Rafferty', 'N Sheridan', 'N Donnelly', 'Mrs F Donnelly']);
  });

  test('officers by post alone are passed over; a post with its holder in brackets, and people with their bodies, are read', () => {
    expect(who(page, 'in-attendance')).toEqual(['M Mallon (Democratic Services Officer)', 'Mrs Helen Stoops (Roads Service)', 'Mr Roy Frazer (Southtown Housing Association)']);
  });
});

describe('a county council\'s own minutes: "X met at Y on DATE", "County Councillors …", minutes numbered "83 :"', () => {
  const page = [
    '212',
    '',
    'THE COUNTY COUNCIL OF THE CITY & COUNTY OF',
    '',
    'The County Council of the City & County of Eastport met at County Hall, Eastport on 20 October 2016 to transact the business set out in the Council summons dated 14 October 2016.',
    '',
    "Present: County Councillor Marsh (Lord Mayor). County Councillors Ann Ahmed, Aubin, Bale, De'Ath, Hill-Jones, Richard Cole, Dianne Reece, Walker and Woodall 83 : APOLOGIES FOR ABSENCE Apologies for absence had been received from Councillors Dilwar Alam, Burford, Ralph Cole and David Reece.",
    '',
    '84 : DECLARATIONS OF INTEREST No declarations of interest were made.',
    '',
    '85 : MINUTES The minutes of the meeting of Council on 28 July 2016 were approved as a correct record.',
  ].join('\n');

  test('the council and the body that met come from the sentence, not from the heading cut off at "OF"; the place is where it met', () => {
    const { minutes } = parse(page);
    expect(minutes.council).toBe('County Council of the City & County of Eastport');
    expect(minutes.date).toBe('2016-10-20');
    expect(minutes.venue).toBe('County Hall, Eastport');
  });

  test('"83 : APOLOGIES FOR ABSENCE", run on after the list, and "84 :", "85 :" are the minutes; the page number is not', () => {
    expect(parse(page).minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['83 APOLOGIES FOR ABSENCE', '84 DECLARATIONS OF INTEREST', '85 MINUTES']);
  });

  test('"County Councillors A, B …" after the Lord Mayor are the council\'s own members: present, the office not a role', () => {
    expect(who(page, 'present')).toEqual(['Marsh (Lord Mayor)', 'Ann Ahmed', 'Aubin', 'Bale', "De'Ath", 'Hill-Jones', 'Richard Cole', 'Dianne Reece', 'Walker', 'Woodall']);
  });

  test('an apology from "Ralph Cole" is not "Richard Cole", who came: first names in full must agree', () => {
    expect(who(page, 'apologies')).toEqual(['Dilwar Alam', 'Burford', 'Ralph Cole', 'David Reece']);
  });
});

describe('the same words at a parish meeting keep their office', () => {
  const page = [
    'Upper Wick Parish Council',
    'Minutes of the meeting held on Monday 6 March 2017 at 7.30 pm in the Village Hall',
    '',
    'Present: Cllr A Lowe (Chairman); Cllr B Pike; Cllr C Rudd. County Councillors J Marsh and P Quinn.',
    '',
    '1. Apologies',
    'None.',
  ].join('\n');

  test('"County Councillors J Marsh and P Quinn" at a parish meeting: visiting members, their office kept', () => {
    const present = parse(page).attendance.filter((a) => /Marsh|Quinn/.test(a.name));
    expect(present.map((a) => a.role)).toEqual(['County Councillor', 'County Councillor']);
  });
});

describe('the minutes approved, however the clerk put it, under the minutes\' own heading', () => {
  const page = [
    'Eastfield Community Council',
    'Minutes of the meeting held on Monday 4 March 2019 at 7.30 pm in the Hall',
    '',
    'Present: A Brown (Chair), C Dent, E Fox',
    '',
    '1. Apologies',
    'None.',
    '',
    '2. Minutes of Previous Meeting',
    'Proposed as a true record by CD and seconded by EF.',
    '',
    '3. Minutes',
    'Approved as read, proposed Davie Sharp, seconded Willie Lenz.',
    '',
    '4. Minutes of last meeting',
    'Minutes of meeting 24th March agreed, proposed Robin and seconded Nicola.',
    '',
    '5. Previous minutes',
    '1. Minutes from 16 November. Cllr Hudd proposed that the minutes be accepted. Cllr Smyth seconded the proposal. All were in favour.',
    '',
    '6. Matters arising from the minutes',
    'The Clerk had written to the council about the bins, which were approved last year.',
    '',
    '7. Minutes of the Joint Committee',
    'The Chair said it would be most appropriate to approve the final minutes of that committee at the next meeting.',
  ].join('\n');
  const approvals = () =>
    parse(page)
      .minutes.decisions.filter((d) => d.kind === 'procedural')
      .map((d) => `${d.item}: ${d.text}`);

  test('a proposal, "approved as read", "minutes … agreed", a proposal and its seconding: each the approval of the minutes', () => {
    expect(approvals()).toEqual([
      '2: Proposed as a true record by CD and seconded by EF',
      '3: Approved as read, proposed Davie Sharp, seconded Willie Lenz',
      '4: Minutes of meeting 24th March agreed, proposed Robin and seconded Nicola',
      '5: Cllr Hudd proposed that the minutes be accepted. Cllr Smyth seconded the proposal',
    ]);
  });

  test('matters arising, and an intention to approve other minutes later, are no approval', () => {
    expect(approvals().some((a) => a.startsWith('6') || a.startsWith('7'))).toBe(false);
  });
});

describe('bilingual headings keep their English side', () => {
  const page = [
    'Cyngor Tref Aberwen Town Council',
    'Minutes of the meeting held on Monday 4 March 2019 at 7.30 pm',
    '',
    'Present: Cllr A Brown (Chair), Cllr C Dent',
    '',
    '1. APOLOGIES FOR ABSENCE / YMDDIHEURIADAU Cllr Stather, Cllr Bridger',
    '',
    '2. Ymddiheuriadau/Materion Personol / Apologies/Personal matters',
    'None.',
    '',
    '3. CONFIRMATION OF MINUTES / CADARNHAU’R COFNODION The minutes were approved.',
    '',
    '4. Financial business Busnes Ariannol (5) There were no items for payment.',
    '',
    '5. Ceisiadau Cynllunio',
    'None.',
  ].join('\n');

  test('the English side of each heading, whichever comes first; a heading only in Welsh stays as printed', () => {
    expect(parse(page).minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 APOLOGIES FOR ABSENCE', '2 Apologies/Personal matters', '3 CONFIRMATION OF MINUTES', '4 Financial business', '5 Ceisiadau Cynllunio']);
  });

  test('the item is read whole under its heading: the apologies after the Welsh words are still read', () => {
    expect(parse(page).minutes.apologies).toEqual(['Stather', 'Bridger']);
  });
});

describe("the body's courtesies and how it sits are procedure, not tasks", () => {
  const page = [
    'Northvale Combined Authority',
    'Minutes of the meeting held on Friday 31 May 2019 at 10.00 am at the Town Hall',
    '',
    'NCA 97/19 CHAIR’S ANNOUNCEMENTS',
    'RESOLVED/-',
    '1. That the Authority formally welcome Councillor Ann Wells, Leader of Eastvale Council, as a member of the Authority.',
    '2. That the Authority record its thanks to Councillor Lee Dunn for his contribution.',
    '3. That a message of congratulations be sent to Mr and Mrs Porter.',
    '',
    'NCA 98/19 OBSERVERS',
    'The Committee agreed that Councillor Ball be permitted to observe the meeting.',
    '',
    'NCA 99/19 EXCLUSION',
    'RESOLVED – That item 8 ‘To consider an appeal against a dismissal’ be considered in the absence of the public and press.',
  ].join('\n');

  test('a welcome, thanks on record, leave to observe and a private sitting are procedural; a message to be sent is a task', () => {
    const kinds = parse(page).minutes.decisions.map((d) => `${d.kind}: ${d.text.slice(0, 40)}`);
    expect(kinds).toEqual([
      'procedural: That the Authority formally welcome Coun',
      'procedural: That the Authority record its thanks to ',
      'action: That a message of congratulations be sen',
      'procedural: The Committee agreed that Councillor Bal',
      'procedural: That item 8 ‘To consider an appeal again',
    ]);
  });
});

describe('a "Councillor | Interest" table flattened into one paragraph', () => {
  const page = [
    'NORTHSHIRE COUNCIL',
    'Minutes of the meeting of the Council held at County Hall on 20 October 2016.',
    '',
    'Present: Councillors Smyth (Chair), Jonas and Brook 83 : APOLOGIES FOR ABSENCE Apologies for absence had been received from Councillor Green.',
    '',
    '84 : DECLARATIONS OF INTEREST The following declarations of interest were declared: - Councillor Interest Councillor Ann Ahmed Item 7: Planning Guidance – Houses in Multiple Occupation – Personal interest in an HMO. Councillor Hudd Item 6 : Annual Improvement Report and Item 9: Health Statement - Personal interest as a family member. Councillor Kell Item 7: Planning Guidance – Prejudicial interest as a landlord; he left the room.',
    '',
    '85 : MINUTES The minutes of the meeting of Council on 28 July 2016 were approved as a correct record.',
  ].join('\n');

  test('each row a member, the items and the interest; the kind of interest and a departure read from the row', () => {
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
      ['Ann Ahmed', '7', 'personal', false],
      ['Hudd', '6 and 9', 'personal', false],
      ['Kell', '7', 'prejudicial', true],
    ]);
  });
});

describe('declarations: untitled members after "expressed by", coded paragraphs, a table headed by the kind of interest', () => {
  test('"Declarations of Interest were expressed by Val Harte, personally known to …, and Brian Farrow, …": both members', () => {
    const page = [
      'Eastfield Parish Council',
      'Minutes of the meeting held on Monday 4 March 2019 at 7.30 pm in the Hall',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Declarations of Interest',
      'Declarations of Interest were expressed by Val Harte, personally known to applicant of 2020/1325/LBA, and Brian Farrow, personally known to applicant of same.',
    ].join('\n');
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.subject])).toEqual([
      ['Val Harte', 'personally known to applicant of 2020/1325/LBA'],
      ['Brian Farrow', 'personally known to applicant of same'],
    ]);
  });

  test('"106/19/01 Mr K Banks declared an interest …": the paragraph\'s coded number is not part of the member', () => {
    const page = [
      'Eastfield Drainage Board',
      'Minutes of the meeting held on Monday 4 March 2019 at 10.00 am',
      '',
      '106/19 DECLARATIONS OF INTEREST',
      '',
      '106/19/01 Mr K Banks declared an interest in respect of all references to the Wolf Flood Scheme, due to his employment with the Estate. RESOLVED that this be noted.',
      '',
      '107/19 MINUTES OF THE LAST MEETING',
      '',
      '107/19/01 The minutes of the last Board meeting were confirmed and signed.',
    ].join('\n');
    expect(parse(page).minutes.declarations.map((d) => d.member)).toEqual(['Mr K Banks']);
  });

  test('a table headed "Panel Member" / "Personal Interest": each row a member, the kind taken from the head', () => {
    const page = [
      'Westshire Police and Crime Panel',
      'Minutes of the meeting held on Friday 7 June 2019 at 10.30 am at County Hall',
      '',
      '15. Declarations of Interest',
      '',
      'In accordance with the code of conduct members of the Panel declared the personal interests contained in the table below.',
      '',
      'Panel Member',
      '',
      'Personal Interest',
      '',
      'Sara Osbourne',
      '',
      'Member of Lewton Community Safety Partnership',
      '',
      'Brad Watkin',
      '',
      'Member of Horton Safety Partnership',
    ].join('\n');
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.nature, d.subject])).toEqual([
      ['Sara Osbourne', 'personal', 'Member of Lewton Community Safety Partnership'],
      ['Brad Watkin', 'personal', 'Member of Horton Safety Partnership'],
    ]);
  });
});

describe('a venue ends where the place does', () => {
  const venueOf = (heading: string) => parse([heading, '', 'Present: Cllr A Brown (Chair), Cllr C Dent', '', '1. Apologies', 'None.'].join('\n')).minutes.venue;

  test('"HELD IN THE VILLAGE HALL AT 7.30 P.M. th ON MONDAY …": not the time, nor the raised ordinal the copy left', () => {
    expect(venueOf('MINUTES OF THE MEETING OF EASTBY PARISH COUNCIL HELD IN THE VILLAGE HALL AT 7.30 P.M. th ON MONDAY 14 APRIL 2008')).toBe('VILLAGE HALL');
    expect(venueOf('MINUTES OF THE FULL COUNCIL MEETING HELD IN THE PARISH ROOMS, EASTBY th ON THURSDAY, 10 NOVEMBER 2016 at 7.15pm')).toBe('PARISH ROOMS, EASTBY');
  });

  test('"… at 6:30pm in Canolfan Wen; the Chairperson, Cllr A Brown, presided": the place, not the clause after it', () => {
    expect(venueOf('Eastby Community Council. The monthly meeting of the Council was held on Tuesday 8th January 2019 at 6:30pm in Canolfan Wen; the Chairperson, Cllr A Brown, presided.')).toBe('Canolfan Wen');
  });
});

describe('headings that name the meeting by its month, or name no body at all', () => {
  test('"MINUTES OF THE JANUARY 2013 MEETING OF EASTOW PARISH COUNCIL" over "HELD AT … ON" and the date', () => {
    const page = ['MINUTES OF THE JANUARY 2013 MEETING OF EASTOW PARISH COUNCIL', '', 'HELD AT EASTOW PARISH HALL ON', 'THURSDAY 17th JANUARY 2013 AT 7.30 PM', '', 'Present: - Councillors N Crane, M Green and Mr R Jacobs (Parish Clerk).', '', '1. Apologies', 'None.'].join('\n');
    const { minutes } = parse(page);
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['EASTOW PARISH COUNCIL', '2013-01-17', '19:30', 'EASTOW PARISH HALL']);
  });

  test('"Kilbride Community Council" over "Minutes of Meeting – Tuesday 29th April 2025": the community council met', () => {
    const page = ['Kilbride Community Council', '', 'Minutes of Meeting – Tuesday 29th April 2025 – 15:00', '', 'Present: Ed Pyle, Cat Renfrew, John MacCall.', '', 'Apologies: Councillor Gordon Blair.', '', 'Matters Arising', 'The Clerk to write to the ferry company.'].join('\n');
    expect(parse(page).minutes.committee).toBe('Kilbride Community Council');
  });
});

describe('"Present" over the members, then other paragraphs of names', () => {
  const page = [
    'Eastfield Community Council',
    '',
    'Minutes of the meeting held on 6th December 2017 at 7pm in the Hall',
    '',
    'Present',
    '',
    'Councillor Andy Hare, Bernard Donnell, Jim Dunn, Ian Purves and Laura Buckle.',
    '',
    'Sergeant Sharon Holme and PC Emma Fish from Police Scotland .',
    '',
    'Maggie Johns, John McIvor and Patrick Wedder.',
    '',
    'Welcome',
    '',
    'The Chair welcomed everyone.',
  ].join('\n');

  test('the members present; the police and the others named after them attended; the next heading is no one', () => {
    expect(who(page, 'present')).toEqual(['Andy Hare', 'Bernard Donnell', 'Jim Dunn', 'Ian Purves', 'Laura Buckle']);
    expect(who(page, 'in-attendance')).toEqual(['Sharon Holme (Sergeant)', 'Emma Fish (PC)', 'Maggie Johns', 'John McIvor', 'Patrick Wedder']);
  });
});

describe('an address with a street number under the heading is the place, not a minute', () => {
  const page = [
    'EASTMOOR INTERNAL DRAINAGE BOARD',
    '',
    'MINUTES OF THE FULL BOARD MEETING',
    '',
    'MONDAY 13th MAY 2019',
    '',
    '91 BRIDGE STREET, , DN14 7JJ',
    '',
    'PRESENT: Mr Barker (Ch) Mr Cowling Mr Hirst (VCh)',
    '',
    '49 Welcome, Introductions and Apologies',
    '',
    '49.1 The Chairman welcomed members to the meeting.',
    '',
    '50 Declarations of Interest',
    '',
    '50.1 None were made.',
  ].join('\n');

  test('"91 BRIDGE STREET, , DN14 7JJ": the venue; the minutes numbered 49 and 50 are read', () => {
    const { minutes } = parse(page);
    expect(minutes.venue).toBe('91 BRIDGE STREET, DN14 7JJ');
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['49 Welcome, Introductions and Apologies', '50 Declarations of Interest']);
  });
});

describe('a "Council | Member" table flattened: each member\'s council printed before the title', () => {
  const page = [
    'MINUTES OF THE NORTHVALE COMBINED AUTHORITY MEETING HELD ON 31 MAY 2019 AT THE TOWN HALL',
    '',
    'PRESENT:',
    '',
    'Northvale Mayor (In the Chair) Eastby Councillor David Greaves Westby Councillor Richard Lees Northby Councillor Sean Field Southby Councillor Allen Britt Hilton City Mayor Paul Dennis Lowton Councillor Elise Wills Moorby Councillor Brenda Warren Dalby Councillor Fenby Councillor David Mollison',
    '',
    'NVCA 96/19 APOLOGIES',
    '',
    'That apologies be received from Steven Pleasance.',
  ].join('\n');

  test('each member is the two words after the title; the councils between them, and a title over an empty cell, are no one', () => {
    expect(who(page, 'present')).toEqual(['David Greaves', 'Richard Lees', 'Sean Field', 'Allen Britt', 'Paul Dennis', 'Elise Wills', 'Brenda Warren', 'David Mollison']);
  });
});

describe('a combined authority\'s lists: members after their councils, officers after their body\'s letters', () => {
  const page = [
    'MINUTES OF THE NORTHVALE COMBINED AUTHORITY MEETING HELD ON 31 MAY 2019 AT THE TOWN HALL',
    '',
    'PRESENT:',
    '',
    'Eastby Councillor David Greaves Westby Councillor Richard Lees Northby Councillor Sean Field Southby Councillor Allen Britt',
    '',
    'OTHER MEMBERS IN ATTENDANCE:',
    '',
    'Eastby Councillor Angela Stone Westby Councillor Janet Ems Northby Councillor Leanne Fey Southby Councillor Peter Smyth',
    '',
    'OFFICERS IN ATTENDANCE:',
    '',
    'NVCA – Chief Executive Eamon Boyle NVCA - Deputy Chief Executive Andrew Light NVCA – Monitoring Officer Liz Tracey',
    '',
    'NVCA 96/19 APOLOGIES',
    '',
    'That apologies be received from Steven Pleasance.',
  ].join('\n');

  test('the members present, the other members attending, and each officer with their post', () => {
    expect(who(page, 'present')).toEqual(['David Greaves', 'Richard Lees', 'Sean Field', 'Allen Britt']);
    expect(who(page, 'in-attendance')).toEqual(['Angela Stone', 'Janet Ems', 'Leanne Fey', 'Peter Smyth', 'Eamon Boyle (Chief Executive)', 'Andrew Light (Deputy Chief Executive)', 'Liz Tracey (Monitoring Officer)']);
  });

  test('"NVCA – Chief Executive … NVCA – …" with something else run on after it is not read as one person called "NVCA"', () => {
    const runOn = page.replace('Monitoring Officer Liz Tracey', 'Monitoring Officer Liz Tracey Office of the Mayor Kevin Lee');
    expect(parse(runOn).attendance.some((a) => a.name === 'NVCA')).toBe(false);
  });
});

describe('"no such declarations", "no written or verbal declarations", and a standard heading with a full stop', () => {
  const page = (declarations: string) =>
    ['Eastby Parish Council', 'Minutes of the meeting held on Monday 4 March 2019 at 7.30 pm in the Hall', '', 'Present: Cllr A Brown (Chair), Cllr C Dent', '', ...declarations.split('\n'), '', '226. Minutes', '', 'The minutes were approved.'].join('\n');

  test('"225.1There were no such declarations." says none were declared', () => {
    expect(parse(page('225. Declarations of Interest\n\n225.1There were no such declarations.')).minutes.declarationsState).toBe('none-declared');
  });

  test('"008/01 Declarations of Interest." is a heading; "No written or verbal declarations of interest were received." says none', () => {
    const { minutes } = parse(page('008/01 Declarations of Interest.\n\nNo written or verbal declarations of interest were received.'));
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)[0]).toBe('008/01 Declarations of Interest');
    expect(minutes.declarationsState).toBe('none-declared');
  });

  test('"no further declarations" after one that was made still leaves that one declared', () => {
    const { minutes } = parse(page('225. Declarations of Interest\n\nCllr C Dent declared a personal interest in item 7 as a member of the Hall committee. There were no further declarations.'));
    expect(minutes.declarationsState).toBe('declared');
  });
});

describe('labels with a semicolon for a colon, under a web page\'s title line', () => {
  const page = [
    'May 2022 DRAFT Minutes Annual Parish Council Meeting',
    '',
    'EASTBY PARISH COUNCIL',
    '',
    'Minutes of a meeting held on 19th May 2022 (Annual Meeting)',
    '',
    'Present; Cllrs. R. Gore (Chair), S. Farrell, C. Cuxton',
    '',
    'In attendance; Cllr. J. Milner (WLDC)',
    '',
    'Apologies; had been received from Cllr. C. Hunter, these were accepted',
    '',
    '16/22 Election of Officers',
  ].join('\n');

  test('"Present;", "In attendance;" and "Apologies; had been received from …" are read as with colons', () => {
    expect(who(page, 'present')).toEqual(['R. Gore (Chair)', 'S. Farrell', 'C. Cuxton']);
    expect(who(page, 'in-attendance')).toEqual(['J. Milner (WLDC)']);
    expect(parse(page).minutes.apologies).toEqual(['C. Hunter']);
  });

  test('the title line ("May 2022 DRAFT Minutes …") is not the body: the parish council under it met', () => {
    expect(parse(page).minutes.committee).toBe('EASTBY PARISH COUNCIL');
  });
});

describe('a page run into one line in capitals: "PRESENT: CHAIRMAN: CLLR. … COUNCILLORS: …"', () => {
  const page =
    'MINUTES OF THE FULL COUNCIL MEETING HELD AT 10 HIGH STREET, EASTBY ON THURSDAY, 7TH JUNE 2018 AT 6PM PRESENT: CHAIRMAN: CLLR. M. PROTHERO COUNCILLORS: A. CARTWRIGHT G. L. EVANSON J. EVANSON D. FLINN MRS L. JONAS IN ATTENDANCE: KATHRYN CHARLTON BEN HUGHSON SARA WHARTON ' +
    '7118 TO RECEIVE APOLOGIES FOR ABSENCE Apologies for absence were received from Cllr. B. MacCall and Cllr. A. McGrath. 7119 TO RECEIVE DECLARATIONS OF INTEREST FROM MEMBERS There were no declarations of interest received. 7120 YOUTH UPDATE The Town Clerk informed the Meeting of the youth council.';

  test('the chair under a label of their own, then the members in capitals, each as printed', () => {
    expect(who(page, 'present')).toEqual(['M. PROTHERO (Chair)', 'A. CARTWRIGHT', 'G. L. EVANSON', 'J. EVANSON', 'D. FLINN', 'MRS L. JONAS']);
  });

  test('"CHAIRMAN" is no one, and three names in full run together are three people, cut at their given names', () => {
    const { attendance } = parse(page);
    expect(attendance.some((a) => /^CHAIRMAN$/i.test(a.name) || /KATHRYN CHARLTON BEN/.test(a.name))).toBe(false);
    expect(who(page, 'in-attendance')).toEqual(['KATHRYN CHARLTON', 'BEN HUGHSON', 'SARA WHARTON']);
  });

  test('names run together whose given names do not settle where each ends are not read; the list says it was not all read', () => {
    const unsure = page.replace('KATHRYN CHARLTON BEN HUGHSON SARA WHARTON', 'KATHRYN CHARLTON XANTHIPPE HUGHSON ZEBEDIAH WHARTON');
    const { attendance, minutes } = parse(unsure);
    expect(attendance.some((a) => /XANTHIPPE|ZEBEDIAH/.test(a.name))).toBe(false);
    expect(minutes.attendanceState).toBe('partial');
  });
});

describe("the minutes' shorthand for a member is not a role; a body after an apology is no one", () => {
  const page = [
    'Eastby Parish Council',
    'MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 11th DECEMBER 2018 at 7.30pm IN THE VILLAGE HALL',
    '',
    'Present: Cllrs Morrison (KM)(Chairman), O’Donovan (IO’D)(Vice Chairman), Beckett (NB) and Craig (DC)',
    'In attendance: Sharon Jones, Clerk to the Council and 4 residents',
    '',
    '2. Apologies for absence: Apologies for absence were received from Cllr Andrew Kolb, Council.',
  ].join('\n');

  test('"Morrison (KM)(Chairman)": the initials are the minutes\' shorthand, the office the role', () => {
    expect(who(page, 'present')).toEqual(['Morrison (Chair)', 'O’Donovan (Vice-Chair)', 'Beckett', 'Craig']);
  });

  test('"… from Cllr Andrew Kolb, Council.": one apology, not a member called "Council"', () => {
    expect(parse(page).minutes.apologies).toEqual(['Andrew Kolb']);
  });

  test('a body\'s letters in a bracket after someone are still their role ("Cllr. J. Milner (WLDC)")', () => {
    expect(who(page.replace('Sharon Jones, Clerk to the Council and 4 residents', 'Cllr. J. Milner (WLDC)'), 'in-attendance')).toEqual(['J. Milner (WLDC)']);
  });
});

describe('minutes numbered by the minute and the agenda ("392/02 2 Election of Chairman") after an item numbered alone', () => {
  const page = [
    'Minutes of the Highways Committee Meeting',
    '       held on Monday 16 September 2002 at 8.00pm in the Community Centre',
    '',
    'Present:   J Farrow (chair)   JE Coston   R Day   B Jeffers   PK Oldman',
    '           HM Smyth   RT Summers   LC Twin',
    '           In attendance  CJ Locke',
    '           The clerk  SJ Dane',
    '       1   Apologies for absence  -  TJ Sigg',
    '',
    '392/02 2   Election of Chairman -  JF was elected chairman.',
    '',
    '393/02 3   Minutes',
    '           The minutes of the meeting of 30 April 02 were approved and signed as a true record.',
    '',
    '394/02 4   Crossing near the school',
    '           The motion to submit the three schemes in priority order was proposed:',
    '           1 Butt Lane Junction',
    '           2 Footpath Link to Cemetery',
    '           3 Pedestrian Crossing near the school',
  ].join('\n');

  test('the coded minutes are the items, each kept by its minute number; a numbered list inside a minute is not', () => {
    const items = parse(page).minutes.items;
    expect(items.map((i) => i.number)).toEqual(['1', '392/02', '393/02', '394/02']);
    expect(items.some((i) => /Footpath|Butt Lane/.test(i.title))).toBe(false);
  });
});

describe('after scoring: an office is never a person, and offices printed before names are roles', () => {
  test('"Sederunt: Chair Moira McCann (MM), Sec Sue Grey (SG), … Treasurer John Fergus (JF), Vice chair Jim Mens (JM)"', () => {
    const page = ['Glenbrae Community Council', 'Minutes of the meeting held on Monday 12 November 2018 at 7.30 pm in the Hall', '', '1. Sederunt: Chair Moira McCann (MM), Sec Sue Grey (SG), Scott Millar (SM), Treasurer John Fergus (JF), Vice chair Jim Mens (JM)', '', '2. Apologies', 'None.'].join('\n');
    expect(who(page, 'present')).toEqual(['Moira McCann (Chair)', 'Sue Grey (Secretary)', 'Scott Millar', 'John Fergus (Treasurer)', 'Jim Mens (Vice-Chair)']);
  });

  test('"Mr. J. Bailey, County Councillor,Mr. A. Capo, District Councillorand Mr. P. Horse, Clerk.": no one called "County Councillor"', () => {
    const page = ['Eastby Parish Council', 'Minutes of the meeting held on Thursday 11th June 2015 at 7.30pm in the Town Hall', '', 'Present: Mrs. H. Panton (Chairman), Mr. G. Pope', '', 'In attendance: Mr. J. Bailey, County Councillor,Mr. A. Capo, District Councillorand Mr. P. Horse, Clerk.', '', '1. Apologies', 'None.'].join('\n');
    const names = parse(page).attendance.map((a) => a.name);
    expect(names.some((n) => /Councillor/.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Mr. J. Bailey', 'Mr. A. Capo', 'Mr. P. Horse']));
  });

  test('"… received from CouncillorsJA Brinsden, RN Hancock": the title glued to the initials is parted from them', () => {
    const page = ['Eastby Authority', 'Minutes of the Development Committee held on 25 January 2012 at 1.30pm', '', 'Apologies for absence were received from CouncillorsJA Brinsden, RN Hancock and PJ Morgan.', '', '2. Minutes', 'The minutes were approved.'].join('\n');
    expect(parse(page).minutes.apologies).toEqual(['JA Brinsden', 'RN Hancock', 'PJ Morgan']);
  });
});
