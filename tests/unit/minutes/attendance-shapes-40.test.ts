/**
 * Round 35: shapes of attendance lists that real pages from bodies the parser had not seen printed and it missed,
 * written here with made-up bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

/** Who the reader found, as "name|role|status". */
const attendance = (lines: string[]) =>
  parseMinutesDetailed('page.txt', ['MINUTES of the Court of Fenwardens held on Wednesday 15th September 2021 at 9.30 a.m. in the Wardens’ Hall, Ashby.', '', ...lines, '', '2021/101 MINUTES OF THE LAST MEETING', '', 'The Minutes of the Court held on Wednesday, 21st July 2021 were approved.'].join('\n')).attendance.map(
    (a) => `${a.name}|${a.role ?? ''}|${a.status}`,
  );

describe('a table of people and posts flattened with nothing between the cells, every person after a style', () => {
  const lines = [
    'PRESENT: Mr O Hartley Official Warden Mr R Dent Elected Warden Mr J F Kemble MBE Elected Warden& Chairman of the Staff Committee The Hon Mr R Amory Forestry Appointed Warden Mrs P Thorn DEFRA Appointed Warden',
    '',
    'IN ATTENDANCE: Miss S West Clerk to the Wardens Mr J R Gale Head Reeve',
    '',
    'APOLOGIES: Mr A Gale Elected Warden Mr C Mayne National Park Appointed Warden',
  ];

  test('each person is the style, initials and surname (and honours); what runs to the next style is their post', () => {
    expect(attendance(lines)).toEqual([
      'Mr O Hartley|Official Warden|present',
      'Mr R Dent|Elected Warden|present',
      'Mr J F Kemble MBE|Elected Warden& Chairman of the Staff Committee|present',
      'The Hon Mr R Amory|Forestry Appointed Warden|present',
      'Mrs P Thorn|DEFRA Appointed Warden|present',
      'Miss S West|Clerk to the Wardens|in-attendance',
      'Mr J R Gale|Head Reeve|in-attendance',
      'Mr A Gale||apologies',
      'Mr C Mayne||apologies',
    ]);
  });

  test('posts in brackets and a member styled as an alderman are left to the readers of those shapes', () => {
    const bracketed = attendance(['Present: Mr D Stone (Chairman) Mr C D Wray (CEO and Clerk) Mr G Ellis (Ashby Town Council)']);
    expect(bracketed).toEqual(expect.arrayContaining(['Mr D Stone|Chair|present', 'Mr C D Wray|CEO and Clerk|present']));
    expect(attendance(['Present: Mr A Hume Ald A Hatch Mr C Mack Ald P Pryce']).some((a) => a.includes('Ald A Hatch|'))).toBe(false);
  });

  test('a sentence after a style is not a post: the run is not read that way', () => {
    const read = attendance(['Present: Mr A Hume said that Mr B Dale was unwell Mr C Mack']);
    expect(read.some((a) => a.includes('said that'))).toBe(false);
  });
});

describe("'ABC Officials:' under the members present: the body's officials, in attendance", () => {
  test('each official after a bullet, with their post after a dash', () => {
    const read = attendance(['Present:', '', 'Board Members:', '', '  • Mr D Marsh – Chair', '  • Mrs H Single – Deputy Chair', '  • Mr M Mahon', '  • Mrs C Mounts FSANI Boardroom Apprentice', '', 'FSANI Officials:', '', '  • Mr R Kidd – Chief Executive', '  • Mr L Burr – Deputy Chief Executive', '  • Dr B Munro – Deputy Chief Executive', '  • Ms L Nelson – Minutes', '  • Mrs A Marsh – FSANI Accountant', '  • Mr D Cart – P/S Minister, DfE   ', '', 'The Chair welcomed everyone to the meeting.']);
    expect(read).toEqual(expect.arrayContaining(['Mr R Kidd|Chief Executive|in-attendance', 'Ms L Nelson|Minutes|in-attendance', 'Mrs A Marsh|FSANI Accountant|in-attendance', 'Mr D Marsh|Chair|present']));
  });
});

describe('those who came for an item, each line after the item’s number ("Item 7.2: Ms J Nolan, Solicitor")', () => {
  const lines = [
    'Present:',
    '',
    'Dr I Cole, Mr R Greer, Mrs L Mann and Ms M Shaw.',
    '',
    'In Attendance:',
    '',
    'Mr A Mack, Clerk',
    'Ms S Bell, Depute Clerk',
    '',
    'Also in Attendance:',
    '',
    'Sergeant B Gray, Police Scotland',
    '',
    'Item 7.2: Ms J Nolan, Solicitor for the Applicant',
    'Item 8.2: Mr N Hart, Solicitor for the Applicant and Ms K Crane, Applicant',
    'Items 9.4 to 9.9: Mrs L Moore, Solicitor for the Applicant',
    'Item 9.13: Mr Morton, Applicant',
    '',
    'Briefing on Protocol for Webcasting of Meetings',
    '',
    'The Clerk advised the Board that the meeting would be filmed.',
  ];

  test('each is in attendance with their post, two on one line read apart', () => {
    expect(attendance(lines)).toEqual(
      expect.arrayContaining(['Ms J Nolan|Solicitor for the Applicant|in-attendance', 'Mr N Hart|Solicitor for the Applicant|in-attendance', 'Ms K Crane|Applicant|in-attendance', 'Mrs L Moore|Solicitor for the Applicant|in-attendance', 'Mr Morton|Applicant|in-attendance', 'Mr A Mack|Clerk|in-attendance']),
    );
  });

  test('a sentence after an item number is no list of people', () => {
    const read = attendance(['Present: Dr I Cole, Mr R Greer and Ms M Shaw.', '', 'Item 7.2: Ms J Nolan said that the applicant had withdrawn.']);
    expect(read.some((a) => a.startsWith('Ms J Nolan'))).toBe(false);
  });
});

describe('members each followed by the council they sit for, a flattened table ("Councillor M Goode Ashby Borough Council …")', () => {
  const lines = [
    'FENLAND JOINT COMMITTEE Meeting No 053 Virtual Meeting MINUTES Thursday 28 January 2021 Members Present: Councillor M Goode Ashby and Fenwick Borough Council Alderman R Gibb (Chair) Ards and North Down Borough Council Councillor Gavin Walsh Ards and North Down Borough Council Councillor F Ferris Belton City Council Councillor H McKee Newry, Mourne & Down District Council Members’ Apologies: Councillor T McGrath Ashby & Fenwick Borough Council Councillor JJ Magill Belton City Council Councillor W Clark (Deputy Chair) Newry, Mourne & Down District Council Officers Present: T Walk Fenland G Crag (Secretary) Fenland The Chair welcomed all to the meeting.',
  ];

  test('each member by name, an office in brackets their role, the council no part of either', () => {
    expect(attendance(lines)).toEqual(
      expect.arrayContaining(['M Goode||present', 'R Gibb|Chair|present', 'Gavin Walsh||present', 'F Ferris||present', 'H McKee||present', 'T McGrath||apologies', 'JJ Magill||apologies', 'W Clark|Deputy Chair|apologies']),
    );
  });
});

describe('who chaired, said outside the list of those present', () => {
  const page = (lines: string[]) =>
    parseMinutesDetailed('page.txt', ['ASHBY MAGNA PARISH COUNCIL', 'Minutes of the meeting held on Monday 9th March 2020 in the Parish Rooms at 7.30pm', '', ...lines].join('\n')).attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);

  test('a membership line with the offices in brackets, above the members present', () => {
    const read = page(['Committee: Cllrs Mrs Tedd (Chairman), Mrs Head (Vice-Chairman), Mrs Beach, Taylor and Coombs', '', 'Present: Cllrs Mrs Tedd, Mrs Head, Taylor and Coombs', '', '1. Apologies', 'Mrs Beach sent apologies.']);
    expect(read).toEqual(expect.arrayContaining(['Mrs Tedd|Chair|present', 'Mrs Head|Vice-Chair|present']));
  });

  test('the minutes signed by the chairman, named', () => {
    const read = page(['Present: Nic Brown (NB), John Lewis (JL), Julia Witt (JW)', '', '1. Minutes', 'Minutes were agreed as a true record and signed by Chairman, Nic Brown.']);
    expect(read).toEqual(expect.arrayContaining(['Nic Brown|Chair|present']));
  });

  test('a chair elected in the meeting, or named in a list that already gives an office, changes nothing', () => {
    const elected = page(['Present: Alex Scott, Phyl Meyer, Chris Hart (Outgoing Chair), Su Millar', '', '1. Election of office-bearers', 'Chair: Phyl Meyer; proposed by C. Hart; seconded S. Millar.']);
    expect(elected.find((a) => a.startsWith('Phyl Meyer|'))).not.toContain('|Chair|');
    const two = page(['Present: D Cox, P Cox, I Bates', '', '1. Minutes', 'The minutes were signed by the Chairman, Cllr Cox.']);
    expect(two.some((a) => a.includes('|Chair|'))).toBe(false);
  });
});

describe('a register of name, initials and post, the initials in a column of their own ("Dr Avi Bell AB Clinical Chair")', () => {
  const lines = [
    'Fenland CCG Governing Body Meeting in Public',
    'Held on 13th January 2022 via Microsoft Teams',
    'Present:',
    'Dr Avi Bell AB Clinical Chair',
    'Dr Bruce Brand BB Secondary Care Consultant',
    'Richard Chance RCp Chief Finance Officer',
    'Dr Chris Clay CC Chief Executive Officer (part meeting)',
    'Martin Whit MWh Lay Member for Patient and Public Involvement / Vice Chair',
    'Apologies:',
    'Dr Penny Black PB Governing Body GP',
    'Suzanne Pick SP Head of Governance',
    'Brigid Stace BS Chief Nursing Officer',
    'In attendance:',
    'Helen Hipp HH Director of Quality',
    'Fran Palm FP Corporate Governance Manager',
    'Sean Thorn ST Deputy Director Communications and Engagement',
    'GBP/2122/214: Welcome, Apologies & Quoracy',
    'Dr Avi Bell (AB) welcomed members to the meeting.',
  ];

  test('each person’s name ends at their initials; the post runs to the next name', () => {
    expect(attendance(lines)).toEqual(
      expect.arrayContaining([
        'Dr Avi Bell|Clinical Chair|present',
        'Richard Chance|Chief Finance Officer|present',
        'Dr Chris Clay|Chief Executive Officer|present',
        'Martin Whit|Vice-Chair|present',
        'Dr Penny Black||apologies',
        'Brigid Stace||apologies',
        'Helen Hipp|Director of Quality|in-attendance',
        'Sean Thorn|Deputy Director Communications and Engagement|in-attendance',
      ]),
    );
  });

  test('capitals that are not the name’s initials are part of the post, not a column', () => {
    const read = attendance(['Present:', 'Dr Avi Bell NHS Clinical Chair', 'Dr Bruce Brand GP Secondary Care Consultant', 'Richard Chance CFO Chief Finance Officer', '', '1. Welcome', 'The Chair welcomed members.']);
    expect(read.some((a) => a.startsWith('Dr Avi Bell|Clinical Chair'))).toBe(false);
  });
});

test('"Board Members:", "Executive Team in attendance:" and "Secretariat:" label the lists of a board’s minutes', () => {
  const read = attendance(['Board Members: Mike Brook, Ruth Hale, Peter Mathers (Chair)', '', 'Executive Team in attendance: Graham Hill, Liz Davies', '', 'Secretariat: Geraldine Mills', '', 'Item 1 Welcome', '', 'The Chairman welcomed all to the meeting.']);
  expect(read).toEqual(expect.arrayContaining(['Mike Brook||present', 'Peter Mathers|Chair|present', 'Graham Hill||in-attendance', 'Geraldine Mills||in-attendance']));
});

test('a Welsh list: "Presennol ;" over "Cyng." and names, the last two joined by "a"', () => {
  const read = parseMinutesDetailed('page.txt', ['CYNGOR CYMUNED', '', 'Cofnodion o gyfarfod o’r Cyngor a gynhaliwyd Nos Fercher y 27ain o Ionawr 2021 am 7.30 o’r gloch drwy gyfrwng zoom.', '', 'Presennol ; Cyng. Berwyn Hughes, Hedd Pugh, Idris Jones, John P Roberts (Cyngor ) a Huw T Jones (Clerc)', '', '1. Estynwyd groeso cynnes i bawb gan y Cadeirydd. Roedd ymddiheuriadau gan y Cyng Robin Hughes. 2. Cadarnhawyd gofnodion y cyfarfod diwethaf a gyfarfu ar y 9fed o Ragfyr fel rhai cywir.', '', '3. Materion yn codi .', '', 'a. Materion Priffyrdd – adroddwyd fod yr ymatebion wedi eu danfon.'].join('\n')).attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);
  expect(read).toEqual(['Berwyn Hughes||present', 'Hedd Pugh||present', 'Idris Jones||present', 'John P Roberts|Cyngor|present', 'Huw T Jones|Clerc|present']);
});

test('the initials the minutes use for a person, after a dash, are no post ("Sharon Smart - SS")', () => {
  const read = attendance(['Present: Sharon Smart - SS, Natalie Hush - NH, David MacDougall - DMac, Jo Cole - RFO']);
  expect(read).toEqual(expect.arrayContaining(['Sharon Smart||present', 'Natalie Hush||present', 'David MacDougall||present', 'Jo Cole|RFO|present']));
});

test('"Cllrs." alone on its line between the chair and the members’ names below it', () => {
  const read = attendance(['Present: Cllr. S. M. Cain (Chairman)', '', 'Cllrs.', '', 'S. L. Davies J. P. Hart T. Dev A. G. Morgan S. M. Dunn', '', 'Absent: F. Akhtar, R. L. Najmi']);
  expect(read).toEqual(['S. M. Cain|Chair|present', 'S. L. Davies||present', 'J. P. Hart||present', 'T. Dev||present', 'A. G. Morgan||present', 'S. M. Dunn||present', 'F. Akhtar||absent', 'R. L. Najmi||absent']);
});

describe('lists under an item that says what they are, not under a label', () => {
  const page = (lines: string[]) =>
    parseMinutesDetailed('page.txt', ['ASHBY MAGNA PARISH COUNCIL', 'MINUTES OF THE MEETING HELD ON 2nd MARCH 2011', 'AT 7:45pm IN THE VILLAGE HALL', '', ...lines].join('\n'));

  test('"1. Attendance and Apologies" over members one to a line, then "Apologies for absence:": the first were present', () => {
    const r = page(['1. Attendance and Apologies', '', 'Cllr. Russell Peart – Chair', 'Cllr. Paul Ash – Vice Chair', 'Cllr. Sam Hunt', 'Cllr. David Child', '', 'Apologies for absence:', '', 'Cllr. John Sutton – written and accepted', '', '2. Declarations of Interests', '', 'None.', '', '3. Public Forum', '', 'No members of the public attended.']);
    const read = r.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);
    expect(read).toEqual(expect.arrayContaining(['Russell Peart|Chair|present', 'Paul Ash|Vice-Chair|present', 'Sam Hunt||present', 'David Child||present', 'John Sutton||apologies']));
    expect(r.minutes.apologies).toEqual(['John Sutton']);
  });

  test('"Attendance:" alone on its line is the members present, and the apologies are only those under "Apologies:"', () => {
    // ("ATENDANCE": the heading's own typing.)
    const r = page(['OPEN PUBLIC FORUM', '7', '41/11 ATENDANCE AND APOLOGIES', 'Attendance:', 'Cllr R Grand (Chairman) Cllr Ayling', 'Cllr Poll Cllr D Hall', 'Cllr Banner Cllr T Rich', 'Cllr C Fee', 'S Purnell (Clerk)', 'DCllr Cash', '6 members of the public.', 'Apologies:', 'Ccllr Avril Davey', 'DCllr Cash’s report was postponed until his arrival at 7.55pm', '42/11 DISCLOSURES OF INTERESTS IN ITEMS ON THE AGENDA', 'None given.', '43/11 MINUTES OF THE MEETING ON 2nd FEBRUARY 2011', 'It was RESOLVED to approve the minutes.']);
    const read = r.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);
    expect(read).toEqual(expect.arrayContaining(['R Grand|Chair|present', 'Ayling||present', 'T Rich||present']));
    expect(read.filter((a) => a.endsWith('|apologies')).map((a) => a.split('|')[0])).not.toContain('Ayling');
  });

  test('people in full one to a line continue a list; a post alone on its line does not', () => {
    const read = attendance(['Present: / Tom Scot (Chair)', 'Tony Crook (Vice Chair)', 'William Leath (from 2.30pm)', 'Hilary Single', 'Ida Fisk', 'Honorary Warden', '', 'In attendance: / Ian Crow (until 2.45pm)', 'Jim Mill']);
    expect(read).toEqual(expect.arrayContaining(['Tom Scot|Chair|present', 'Hilary Single||present', 'Ida Fisk||present', 'Jim Mill||in-attendance']));
    expect(read.some((a) => a.startsWith('Honorary Warden'))).toBe(false);
  });
});

test('a committee’s minutes that never say "minutes", the members by their initials: read as minutes, with who came under "Welcome, Apologies & Attendance"', () => {
  const r = parseMinutesDetailed('page.txt', [
    'ASHBY FORUM Committee Meeting',
    'Wednesday, 13th August 2014',
    'Ashby Library 19:00',
    '',
    '1.    Welcome, Apologies & Attendance',
    'Sharon Smart - SS',
    'Natalie Hunt - NH',
    'Stuart Fair - SF',
    'David MacDougal - DMac',
    'Apologies received from;',
    'Betty Wood, Carol Bailey & Bill Jordan',
    '',
    '2.    Minutes of June & July’s meetings',
    '',
    'SS confirmed that all members had read the drafts of the minutes. DMac seconded this and the committee agreed them. - Action - NH',
    '',
    '3.    Close Company Update',
    '',
    'SS explained to the committee that the company was a social enterprise.',
  ].join('\n'));
  expect(r.minutes.document).toBe('minutes');
  expect(r.attendance.map((a) => `${a.name}|${a.status}`)).toEqual(expect.arrayContaining(['Sharon Smart|present', 'David MacDougal|present', 'Betty Wood|apologies', 'Bill Jordan|apologies']));
});

test('"Cllr. Osborne chaired the monthly meeting … with Cllrs. P Chapman, C Smith, County Cllr. Nicky Chopak and one member of the public attending."', () => {
  const r = parseMinutesDetailed('page.txt', [
    'July 2020 Minutes',
    '',
    'Minutes of Meeting held on Zoom on 7thJuly, 2020',
    '',
    '  1. Cllr. Osbourne chaired the monthly meeting which was held on Zoom with Cllrs. P Chapel, C Smyth, I Franks, County Cllr. Nicky Chopra and one member of the public attending.',
    '    Apologies received from Cllr. A Vogel.',
    '  2. Declarations',
    '',
    '    There were no declarations of Interest in respect of this Agenda.',
    '',
    '  3. Minutes',
    '',
    '    The minutes of the previous meeting were agreed and signed by the Chairman as correct.',
  ].join('\n'));
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`)).toEqual(
    expect.arrayContaining(['Osbourne|Chair|present', 'P Chapel||present', 'C Smyth||present', 'I Franks||present', 'Nicky Chopra|County Councillor|in-attendance', 'A Vogel||apologies']),
  );
});

test('the council a member sits for, however written ("- Bradford Council", "- Kirklees MBC", "- City of Wakefield MDC"), is no role', () => {
  const read = attendance(['PRESENT: Councillor Alison Lowe (Chair) - Leeds City Council, Councillor Tariq Hume - Bradford Council, Councillor Linda Wilks - Kirklees MBC, Councillor Alan Wass - City of Wakefield MDC, Mr Roger Grass - Independent']);
  expect(read).toEqual(expect.arrayContaining(['Alison Lowe|Chair|present', 'Tariq Hume||present', 'Linda Wilks||present', 'Alan Wass||present']));
});
