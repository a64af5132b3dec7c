/**
 * Issue 15, general shapes met on spent pages of the seventh to tenth sets (the eleventh set's held-out pages unread
 * until the end), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a printed page run into one paragraph, its labels and headings in capitals', () => {
  const page = [
    'Agenda Item No. 2 BRYNDALE COUNTY COUNCIL Minutes of the County Council held in the Council Chamber, County Hall, Llanfair on Wednesday, 27 June 2007 at 10.00 a.m. PRESENT Councillor K N Hale (Chairman), J R Bart, R E Barr, B Blake and R Ll. Wynne. ALSO PRESENT Chief Executive, Corporate Directors and County Clerk. PRAYERS Canon Dr R Bell offered prayers at the commencement of the meeting. BEREAVEMENT The Chairman referred to the sad passing away of a member of staff. Members stood in silence as a mark of respect. APOLOGIES FOR ABSENCE WERE RECEIVED FROM Councillors S Frost, T R Hughes and G Wynne. CORPORATE HEALTH STANDARD The Lead Member for Health reported that the Council was being assessed for the standard.',
  ].join('\n');

  test('"PRESENT" without its colon after the dated heading opens the members’ list', () => {
    const r = parse(page);
    const present = r.attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role]);
    expect(present).toEqual([
      ['K N Hale', 'Chair'],
      ['J R Bart', null],
      ['R E Barr', null],
      ['B Blake', null],
      ['R Ll. Wynne', null],
    ]);
    expect(r.minutes.apologies).toEqual(['S Frost', 'T R Hughes', 'G Wynne']);
  });

  test('headings in capitals after sentence ends are the items', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => i.title)).toEqual(['PRAYERS', 'BEREAVEMENT', 'CORPORATE HEALTH STANDARD']);
    expect(m.date).toBe('2007-06-27');
  });
});

test('"PRESENT: In the Chair: Alderman A. Aldermen B and C. Councillors …" in a run-on page: the chair first, then every member', () => {
  const r = parse(
    'MILLFORD BOROUGH COUNCIL MONTHLY COUNCIL MEETING 5 AUGUST 2014 Minutes of meeting held in the Council Offices, 7 Bridge Street, Millford at 7.30 pm on the above date. PRESENT: In the Chair: Alderman A Robson. Aldermen J Rankine and M Coyne. Councillors O Beatty, B Chalmers and E Stevens. IN ATTENDANCE: Director of Development and the Committee Clerk. APOLOGIES: Councillor A Brolan, Councillor D Nichol and the Chief Executive. MINUTES: The minutes of the meeting held 10 June 2014 were approved and signed. MATTERS ARISING: None. MINUTES OF AUDIT COMMITTEE: The minutes of the Audit Committee meeting held 12 March 2014 were approved by Council.',
  );
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['A Robson', 'Chair'],
    ['J Rankine', null],
    ['M Coyne', null],
    ['O Beatty', null],
    ['B Chalmers', null],
    ['E Stevens', null],
  ]);
  expect(r.minutes.apologies).toEqual(['A Brolan', 'D Nichol']);
  expect(r.minutes.items.map((i) => i.title)).toEqual(['MINUTES', 'MATTERS ARISING', 'MINUTES OF AUDIT COMMITTEE']);
});

test('a paragraph with one or two words in capitals after a sentence is not cut into items', () => {
  const { minutes: m } = parse(
    [
      'Minutes of the meeting of Eastbrook Parish Council held on Monday 3 March 2014 at 7pm in the Village Hall',
      '1. Highways',
      'The Clerk reported on the drains. CCTV Cameras would be fitted in May. NHS Lothian had written about the surgery and the Chairman would reply.',
      '2. Finance',
      'The accounts were approved.',
    ].join('\n'),
  );
  expect(m.items.map((i) => i.title)).toEqual(['Highways', 'Finance']);
});

test('"Borough Councillors, Mrs M Frane and C Frane" under the members, and "Clerk: Parish Clerk Joanne Carr": each office kept as printed', () => {
  const r = parse(
    [
      'MINUTES OF THE WHEATLEY PARISH COUNCIL MEETING HELD ON MONDAY 8 JANUARY 2018 AT WHEATLEY VILLAGE HALL',
      'PRESENT: Councillors Berrow, Dickens, Harpe and Whale. Borough Councillors, Mrs M Frane and C Frane. Clerk: Parish Clerk Joanne Carrow.',
      'APOLOGIES FOR ABSENCE There were no apologies for absence.',
    ].join('\n'),
  );
  expect(r.attendance.map((a) => [a.name, a.role])).toEqual([
    ['Berrow', null],
    ['Dickens', null],
    ['Harpe', null],
    ['Whale', null],
    ['Mrs M Frane', 'Borough Councillor'],
    ['C Frane', 'Borough Councillor'],
    ['Joanne Carrow', 'Parish Clerk'],
  ]);
});

test('"PRESENT Mr A (Convener) Mr B (Leader) Mr C …": names each after its style, without commas or a colon', () => {
  const r = parse(
    [
      'COMHAIRLE NAN EILEAN BHEAG',
      'Minute of Meeting held in the Council Offices, Lochmor, on Thursday 16 December 2010 at 5.00pm',
      'PRESENT Mr Alasdair A MacRae (Convener) Mr Angus Camshron (Leader) Mr Keith Dodds Mrs Annie MacRath Mr Donald John Macsween',
      'APOLOGIES Mr Donal Manford Mr Martin C Tayler Mrs Morag Munn Mr Peter Carlow Catriona Macdonnell',
      'Prayer',
      'The Meeting was opened in prayer.',
    ].join('\n'),
  );
  expect(r.minutes.council).toBe('COMHAIRLE NAN EILEAN BHEAG');
  expect(r.attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Mr Alasdair A MacRae', 'present', 'Convener'],
    ['Mr Angus Camshron', 'present', 'Leader'],
    ['Mr Keith Dodds', 'present', null],
    ['Mrs Annie MacRath', 'present', null],
    ['Mr Donald John Macsween', 'present', null],
    ['Mr Donal Manford', 'apologies', null],
    ['Mr Martin C Tayler', 'apologies', null],
    ['Mrs Morag Munn', 'apologies', null],
    ['Mr Peter Carlow', 'apologies', null],
    ['Catriona Macdonnell', 'apologies', null],
  ]);
});

test('a styled name in initials followed by names in full: each read apart, as before', () => {
  const r = parse(
    [
      'Minutes of the meeting of Burravoe Community Council held on 2 March 2021 at 7pm in the Hall',
      'APOLOGIES Mrs C Irwin Ms H Moncur Mr A Sinclar Mr H Harper Michael Dunn (SIC) Ana Arnot (SIC)',
    ].join('\n'),
  );
  expect(r.attendance.map((a) => a.name)).toEqual(['Mrs C Irwin', 'Ms H Moncur', 'Mr A Sinclar', 'Mr H Harper', 'Michael Dunn', 'Ana Arnot']);
});

describe('a ModernGov "Agenda and minutes" page without its heading line', () => {
  const page = [
    'Agenda and minutes',
    'Venue: Harbour Hall, Quay Street, Portmell. PM1 5DW',
    'Contact: Clive Wills',
    'Items',
    'No. Item',
    'C 19/27',
    'Minutes of the meeting held on 25 June 2019 pdf icon PDF 118 KB',
    'RESOLVED – That the minutes of the meeting held on 25 June 2019 be signed by the Chair as a correct record.',
    'C 19/28',
    'Asset Transfer of Hill Community Centre',
    'Minutes:',
    'RESOLVED to:',
    '1)    Agree to the transfer of Hill Community Centre to the Church by way of a 99 year lease; and',
    '2)    Authorise the Deputy Chief Executive and Director of Finance to approve the terms of the lease.',
  ].join('\n\n');

  test('an item’s "Minutes of the meeting held on …" is the first item, not the page’s date', () => {
    const { minutes: m } = parse(page);
    expect(m.date).toBeNull();
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['C 19/27', 'Minutes of the meeting held on 25 June 2019'],
      ['C 19/28', 'Asset Transfer of Hill Community Centre'],
    ]);
    expect(m.decisions[0]).toMatchObject({ item: 'C 19/27', kind: 'procedural' });
  });

  test('"RESOLVED to:" over numbered points: each point a decision, the one authorised its owner', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((d) => d.item === 'C 19/28').map((d) => [d.label, d.kind, d.owner])).toEqual([
      ['1', 'action', null],
      ['2', 'action', 'the Deputy Chief Executive and Director of Finance'],
    ]);
  });
});

test('"11/17:01 APOLOGIES …" numbering, and "Councillor A proposed," / "Seconded by Councillor B and resolved," over the resolution', () => {
  const { minutes: m } = parse(
    [
      'MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 10TH OCTOBER 2011',
      'In the Chair: Councillor P McShean',
      'Members Present: Councillors J Bard, S Blainey and C Thomson.',
      '11/17:01 APOLOGIES AND CHAIRMAN’S BUSINESS',
      'Apologies were received on behalf of Councillor McCamb.',
      '11/17:02 MINUTES OF THE COUNCIL MEETING HELD ON 12TH SEPTEMBER 2011',
      'After discussion,',
      'Councillor Cunning proposed,',
      'Seconded by Councillor C McShean and resolved,',
      '“That the minutes of the Council Meeting held on 12th September be adopted.”',
      '11/17:03 MATTERS ARISING',
      'The Clerk reported on the fencing.',
    ].join('\n'),
  );
  expect(m.items.map((i) => i.number)).toEqual(['11/17:01', '11/17:02', '11/17:03']);
  expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([['11/17:02', 'procedural']]);
});

test('"12. MINUTES 12th April 2012 It was PROPOSED by …" / "SECONDED by Councillor B RESOLVED - That …": the heading cut from its text, and the resolution', () => {
  const { minutes: m } = parse(
    [
      'At a Meeting of Town Council held at the Pater Hall on Thursday 31st May 2012',
      '11. QUESTION AND ANSWER SESSION There were no questions from the members of the public',
      '12. MINUTES 12th April 2012 It was PROPOSED by Councillor P Follan',
      'SECONDED by Councillor M Murten RESOLVED - That the Minutes of 12th April 2012 are adopted as a true record.',
      '13. PLANNING The Hollies, Main Street',
      'No objection.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['11', 'QUESTION AND ANSWER SESSION'],
    ['12', 'MINUTES 12th April 2012'],
    ['13', 'PLANNING The Hollies, Main Street'],
  ]);
  expect(m.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([['12', 'procedural', 'That the Minutes of 12th April 2012 are adopted as a true record.']]);
});

test('"X COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 Hall,": minutes, with date, times and place', () => {
  const { minutes: m } = parse(
    [
      'KINNEFF AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 Harbour Resource Centre,',
      '',
      '1. Chairperson’s Welcome The Chair welcomed everyone. 2. Treasurer The report was noted.',
    ].join('\n'),
  );
  expect(m.document).toBe('minutes');
  expect([m.council, m.date, m.startTime, m.endTime, m.venue]).toEqual(['KINNEFF AND DISTRICT COMMUNITY COUNCIL', '2019-08-13', '19:00', '21:30', 'Harbour Resource Centre']);
});

test('an agenda item "3. Minutes of 12 March 2019" on a page that names no meeting does not make it minutes', () => {
  expect(() => parse(['3. Approval of the minutes of 12 March 2019', '4. Any other business', 'Please send comments to the clerk.'].join('\n'))).not.toThrow(/minutes/);
  const { minutes: m } = parse(['AGENDA', '1. Apologies', '2. To approve the minutes of 12 March 2019', '3. Planning'].join('\n'));
  expect(m.document).toBe('agenda');
});

test('a table of names copied without its cell breaks: "Mr. G. Evans   Mr. G. Davies", apologies "Mrs E. Wake   Mr. A. Olive"', () => {
  const r = parse(
    [
      'Minutes of the meeting of Penhallow Community Council held on Tuesday 10th October 2006',
      '',
      'Present:   Mr. A. Glas – Chairman',
      '',
      '                Mr. G. Evan                                         Mr. G. Davy',
      '',
      '                Mr. T. Methuen-Campion                    Ms. E. Jon – Clerk',
      '',
      '06/225   Apologies for absence',
      '',
      '               Mrs E. Wake                                   Mr. A. Olive',
      '',
      '06/226   Declarations of Interest',
      '',
      'None.',
    ].join('\n'),
  );
  expect(r.attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Mr. A. Glas', 'present', 'Chair'],
    ['Mr. G. Evan', 'present', null],
    ['Mr. G. Davy', 'present', null],
    ['Mr. T. Methuen-Campion', 'present', null],
    ['Ms. E. Jon', 'in-attendance', 'Clerk'],
    ['Mrs E. Wake', 'apologies', null],
    ['Mr. A. Olive', 'apologies', null],
  ]);
});

test('"IN ATTENDANCE: Moira Sands- Town Clerk Sarah Scott – Assistant Town Clerk", "… Stephen Rodd J Shall and the Town Clerk", "M Knight- McQuill"', () => {
  const r = parse(
    [
      'At a Meeting of Town Council held at the Pater Hall, Pembroke Dock on Thursday 31st May 2012',
      '',
      'PRESENT: Councillors A McNaught, P Kraus, M Knight- McQuill, Stephen Rodd J Shall and the Town Clerk.',
      '',
      'IN ATTENDANCE: Moira Sands- Town Clerk Sarah Scott – Assistant Town Clerk',
      '',
      '9. APOLOGIES FOR ABSENCE Apologies were received from Councillor S Perkin.',
    ].join('\n'),
  );
  expect(r.attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['A McNaught', 'present', null],
    ['P Kraus', 'present', null],
    ['M Knight- McQuill', 'present', null],
    ['Stephen Rodd', 'present', null],
    ['J Shall', 'present', null],
    ['Moira Sands', 'in-attendance', 'Town Clerk'],
    ['Sarah Scott', 'in-attendance', 'Assistant Town Clerk'],
    ['S Perkin', 'apologies', null],
  ]);
});

describe('a town council page typed by hand: "Couns", "1.Welcome and introduction:..", "Coun X on …"', () => {
  const page = [
    'September 5th 2022 Meeting Minutes',
    'Present: Couns K. Connell, L. Saltney, P Browning,',
    'N. Slate, M. Davids .',
    '1.Welcome and introduction:..',
    '2. Apologies',
    'Couns. Entwhistle, Brookes and Walkden.',
    '3.Declaration of interests :',
    'Coun Slate on The Royal British Legion and Coun. Davids on Part 2 item.',
    '4 Minutes of the last meeting:',
    'These were agreed.',
  ].join('\n');

  test('members under "Couns", the last line’s stray full stop left out, and the apologies', () => {
    const r = parse(page);
    expect(r.attendance.map((a) => [a.name, a.status])).toEqual([
      ['K. Connell', 'present'],
      ['L. Saltney', 'present'],
      ['P Browning', 'present'],
      ['N. Slate', 'present'],
      ['M. Davids', 'present'],
      ['Entwhistle', 'apologies'],
      ['Brookes', 'apologies'],
      ['Walkden', 'apologies'],
    ]);
  });

  test('the items, the date but no venue from "Meeting Minutes", and each member’s declaration', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome and introduction'],
      ['2', 'Apologies'],
      ['3', 'Declaration of interests'],
      ['4', 'Minutes of the last meeting'],
    ]);
    expect([m.date, m.venue]).toEqual(['2022-09-05', null]);
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => [d.member, d.subject])).toEqual([
      ['Slate', 'The Royal British Legion'],
      ['Davids', 'Part 2 item'],
    ]);
  });
});

test('"1. Attendance The following were in attendance: …", "4. Minutes of the Meeting These had been circulated …": short headings run on', () => {
  const { minutes: m } = parse(
    [
      'MINUTES of BRAMFORD PARISH COUNCIL MEETING held at the Village Hall on 10 November 2020 at 7pm',
      '',
      '1. Attendance The following were in attendance: Councillors Poult (Chairman), Engle, Bickley and Wrighton',
      '',
      '4. Minutes of the Meeting These had been circulated previously, were agreed and will be duly signed.',
      '',
      '6. Financial Report The following was reported:',
      '',
      'Balance at 10 Nov 20 £ 8,857.25',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Attendance'],
    ['4', 'Minutes of the Meeting'],
    ['6', 'Financial Report'],
  ]);
});

test('"Also Present: Mr A, Clerk and Chief Executive" over officers one to a line: each post whole, "and" kept', () => {
  const r = parse(
    [
      'MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 10TH OCTOBER 2011',
      '',
      'Members Present: Councillors J Bairds, S Blainey and C C Thomas.',
      '',
      'Also Present: Mr R G Lewin, Clerk and Chief Executive',
      '',
      'Mrs M Quinney, Assistant Chief Executive and Head of Corporate Services',
      '',
      'Ms L Moon, Member Services/Clerical Officer',
      '',
      '1. APOLOGIES',
      '',
      'None.',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Mr R G Lewin', 'Clerk and Chief Executive'],
    ['Mrs M Quinney', 'Assistant Chief Executive and Head of Corporate Services'],
    ['Ms L Moon', 'Member Services/Clerical Officer'],
  ]);
});

test('"In the Chair: Cllr Mrs A Wales, MBE, Mayor" under a heading ending in a comma; "(to 9.14pm)" says when, not what', () => {
  const r = parse(
    [
      'Minutes of Meeting held on Monday, 9 January 2017 at 7.00 pm in the Council Chamber, The Braid, 1-29 Bridge Street,',
      '',
      'In the Chair: Cllr Mrs A Walsh, MBE, Mayor',
      '',
      'Vice Chair: Ald W McNeill, Deputy Mayor',
      '',
      'Present: Ald Mrs M Beatty Ald R Cherrie, MBE Cllr Miss P Hardie (to 9.14pm) Cllr B Henryson',
    ].join('\n'),
  );
  expect(r.minutes.venue).toBe('Council Chamber, The Braid, 1-29 Bridge Street');
  expect(r.attendance.map((a) => [a.name, a.role])).toEqual([
    ['Mrs A Walsh MBE', 'Chair'],
    ['W McNeill', 'Vice-Chair'],
    ['Mrs M Beatty', null],
    ['R Cherrie MBE', null],
    ['Miss P Hardie', null],
    ['B Henryson', null],
  ]);
});

describe('decisions in a parish page’s own words', () => {
  const page = [
    'Minutes of the Parish Council meeting held on 5 September 2022 at 7pm in the Hall',
    '',
    '1. Minutes of the last meeting',
    '',
    'These were agreed.',
    '',
    '2. Minutes of the Extraordinary Meeting',
    '',
    'It was agreed and RESOLVED to approve as a correct record the minutes of the meeting held on 2 August 2022.',
    '',
    '3. Mayor’s update',
    '',
    'Both bands have offered a free concert to raise money for the Mayor’s Fund, Coun. Connell to try and secure an offer from a printer.',
    '',
    '4. Planning',
    '',
    'Link to be circulated by Councillor Chapman-Aston on new regulations.',
    '',
    '5. Visitors',
    '',
    'The Chairman suspended Standing Orders and invited County Cllr Sweeting to speak on matters of interest.',
  ].join('\n');

  test('"These were agreed." under a minutes heading and "It was agreed and RESOLVED to approve …" approve the minutes; Standing Orders suspended', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((d) => d.kind === 'procedural').map((d) => [d.item, d.text])).toEqual([
      ['1', 'These were agreed'],
      ['2', 'To approve as a correct record the minutes of the meeting held on 2 August 2022.'],
      // (Suspending Standing Orders is the meeting's procedure too, as readers of real pages label it: round 39.)
      ['5', 'The Chairman suspended Standing Orders and invited County Cllr Sweeting to speak on matters of interest.'],
    ]);
  });

  test('a member given a task mid-sentence, and a task in the passive with its owner after "by"; an invitation to speak is no task', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((d) => d.kind === 'action').map((d) => [d.item, d.owner, d.text])).toEqual([
      ['3', 'Connell', 'Coun. Connell to try and secure an offer from a printer.'],
      ['4', 'Chapman-Aston', 'Link to be circulated by Councillor Chapman-Aston on new regulations.'],
    ]);
  });
});

test('a declarations table flattened one cell to a line with a "Committee" column and members by surname: each row, no item taken from it', () => {
  const { minutes: m } = parse(
    [
      'Full Council - Wednesday, 18th October, 2017 6.00 pm',
      '',
      'Items',
      'No. Item',
      '',
      '12.',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      'The following Councillors declared their interest in the minutes indicated:',
      '',
      'Councillor',
      '',
      'Committee',
      '',
      'Minute',
      '',
      'Interest',
      '',
      'Edwardes',
      '',
      'Cabinet, 11 September 2017',
      '',
      '31 – Income Generation Strategy',
      '',
      'Personal – he works in the property industry',
      '',
      '13.',
      '',
      'Announcements from the Mayor',
      '',
      'Minutes:',
      '',
      'The Mayor announced the dates of events.',
    ].join('\n'),
  );
  expect(m.items.map((i) => i.number)).toEqual(['12', '13']);
  expect(m.declarations.map((d) => [d.member, d.item, d.nature, d.subject])).toEqual([['Edwardes', '31', 'personal', 'he works in the property industry']]);
});

test('"73/15 Apologies for absence ." and "74/15 Declarations of interests . To receive …": headings with a full stop set apart', () => {
  const { minutes: m } = parse(
    [
      'Minutes, Full Council Meeting, Friday, 20 th November, 2015, Vane Community Centre.',
      '',
      '73/15 Apologies for absence .',
      '',
      'There were apologies for absence received from the following Council members; Councillor Barbara Jonas, and Maria Hale.',
      '',
      '74/15 Declarations of interests . To receive disclosures of personal interest.',
      '',
      'None.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['73/15', 'Apologies for absence'],
    ['74/15', 'Declarations of interests'],
  ]);
  expect(m.apologies).toEqual(['Barbara Jonas', 'Maria Hale']);
});

test('"Declaration of InterestCllr A declared …" and "4. Public QuestionsRobin G queried …": a heading cell glued to its text', () => {
  const { minutes: m } = parse(
    [
      'Minutes of a hybrid Monthly Meeting of Llanfach Community Council held at the Chapel at 7.30 p.m. on Thursday 18th May 2023',
      'PRESENT: Councillor Jennifer Slade (Chair), Paul Totten and Elwyn Wills',
      'Declaration of InterestCllr Elwyn Wills declared an interest as his brother is the handyman',
      '3. Chair’s Announcements The Chair had very little to report.',
      '4. Public QuestionsRobin Griff queried why the Council had not voted on the amendment.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.subject])).toEqual([['Elwyn Wills', 'his brother is the handyman']]);
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['3', 'Chair’s Announcements'],
    ['4', 'Public Questions'],
  ]);
});

test('"In attendance were District Councillor A, the clerk and …", "Apologies were received and approved by the Chairman: Councillor B", "3. MINUTES … 2014 – the Minutes were accepted …"', () => {
  const r = parse(
    [
      'Minutes – Parish Council Meeting – 10 September, 2014',
      '',
      'PRESENT:  Mrs R. Woods (in the Chair), Mr G. Davey and Mrs C Beddow',
      '',
      'In attendance were District Councillor Thorn, the clerk and several members of the public.',
      '',
      'Apologies were received and approved by the Chairman: Councillor Holmes-Stewart',
      '',
      '  3. MINUTES OF THE MEETING HELD ON 30th July, 2014 – the Minutes were accepted as an accurate record and were so acknowledged by the signature of the Chairman.',
      '  4. PLANNING – no applications.',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status !== 'present').map((a) => [a.name, a.status, a.role])).toEqual([
    ['Thorn', 'in-attendance', 'District Councillor'],
    ['Holmes-Stewart', 'apologies', null],
  ]);
  expect(r.minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['3', 'MINUTES OF THE MEETING HELD ON 30th July, 2014'],
    ['4', 'PLANNING'],
  ]);
  expect(r.minutes.decisions.map((d) => [d.item, d.kind])).toEqual([['3', 'procedural']]);
});

test('"PRESENT:Cllr Mrs S. Mills(Chair)" over ditto marks, one member a line; "received fromCllrs P. Davies"', () => {
  const r = parse(
    [
      'MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER ON MONDAY 24th MARCH 2014 AT 7.00 PM',
      '',
      'PRESENT:Cllr Mrs S. Mills(Chair)',
      '',
      '“ E.J. Breese',
      '',
      '“ Mrs J. Crispin',
      '',
      '“ Lady Hooper',
      '',
      'Town Clerk',
      '',
      '380/01APOLOGIES Apologies were received fromCllrs P. Davey & G. Morgans',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['Mrs S. Mills', 'Chair'],
    ['E.J. Breese', null],
    ['Mrs J. Crispin', null],
    ['Lady Hooper', null],
  ]);
  expect(r.minutes.apologies).toEqual(['P. Davey', 'G. Morgans']);
});

test('"Officers on the dias" / "Other Officers attending or observing from the gallery …": officers one to a line, name then post', () => {
  const r = parse(
    [
      'Agenda and minutes',
      'Tuesday, 28th January, 2020 10.00 am',
      'Venue: Civic Centre, Hanbury Road, Pontnewydd',
      'Attendance / Presenoldeb',
      'Officers on the dias',
      'Nigel Aurelian, Assistant Chief Executive (Resources)',
      'Delyth Harris, Monitoring Officer & Assistant Chief Legal Officer',
      'Other Officers attending or observing from the gallery for parts of the meeting',
      'Richard Davey, Head of Revenues, Benefits & Customer Services',
      'Jason O’Brine, Head of Children’s Services',
      '1.',
      'Apologies for Absence',
      'Apologies for absence were received from Councillor Glyn Carew.',
    ].join('\n\n'),
  );
  expect(r.attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Nigel Aurelian', 'in-attendance', 'Assistant Chief Executive (Resources)'],
    ['Delyth Harris', 'in-attendance', 'Monitoring Officer & Assistant Chief Legal Officer'],
    ['Richard Davey', 'in-attendance', 'Head of Revenues, Benefits & Customer Services'],
    ['Jason O’Brine', 'in-attendance', 'Head of Children’s Services'],
    ['Glyn Carew', 'apologies', null],
  ]);
});

test('"In Attendance: Jim Boyd, Chief Accountant, Corporate Services Peter Broad, Solicitor … Keith Yeats, Chief Executive": each officer and post', () => {
  const r = parse(
    [
      'MINUTES of the MEETING of BRAESIDE COUNCIL held in the COUNCIL CHAMBERS, OLD HALL on THURSDAY 13 DECEMBER 2007 at 10.00am.',
      'Present: Provost Margaret BRISTOW (in the Chair) Councillor Neil BENNET Councillor Alistair BERRY Councillor Ian BROWNE',
      'In Attendance: Jim Boyd, Chief Accountant, Corporate Services Peter Broad, Solicitor to the Council & Corporate Governance Manager, Corporate Services Greig Cauldwell, Research & Information Officer (Planning), Corporate Services Keith Yeats, Chief Executive',
      'SC91 DECLARATIONS OF INTEREST There were no declarations of interest.',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Jim Boyd', 'Chief Accountant, Corporate Services'],
    ['Peter Broad', 'Solicitor to the Council & Corporate Governance Manager, Corporate Services'],
    ['Greig Cauldwell', 'Research & Information Officer (Planning), Corporate Services'],
    ['Keith Yeats', 'Chief Executive'],
  ]);
});

test('the same run into one paragraph with the members and the first coded heading: "… Councillor Ian BROWNE In Attendance: Jim Boyd, … Chief Executive SC91 DECLARATIONS OF INTEREST …"', () => {
  const r = parse(
    'BRAESIDE COUNCIL MINUTES of the MEETING of BRAESIDE COUNCIL held in the COUNCIL CHAMBERS, OLD HALL on THURSDAY 13 DECEMBER 2007 at 10.00am. Present: Provost Margaret BRISTOW (in the Chair) Councillor Neil BENNET Councillor Alistair BERRY Councillor Ian BROWNE In Attendance: Jim Boyd, Chief Accountant, Corporate Services Peter Broad, Solicitor to the Council & Corporate Governance Manager, Corporate Services Greig Cauldwell, Research & Information Officer (Planning), Corporate Services Irene Cavan, Chief Social Work Officer & Head of Community Care, Community Services Lesley Gallan, Community Planning Manager, Chief Executive’s Office Keith Yeats, Chief Executive SC91 DECLARATIONS OF INTEREST There were no declarations of interest.',
  );
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['Jim Boyd', 'Peter Broad', 'Greig Cauldwell', 'Irene Cavan', 'Lesley Gallan', 'Keith Yeats']);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Margaret BRISTOW', 'Neil BENNET', 'Alistair BERRY', 'Ian BROWNE']);
});

test('names in full under "1. Apologies" at the top of a page are apologies, never the members present', () => {
  const r = parse(
    [
      'Draft MINUTES OF THE ANNUAL GENERAL MEETING OF THE COMMUNITY COUNCIL 20 MAY 2015 AT THE OPEN DOOR',
      '1. Apologies',
      'Steve Gregg, Graham Camden, Jennifer Scarcey, Noelle Doherty',
      '2. Annual Report',
      'This had been circulated in advance. It was adopted without amendment.',
    ].join('\n\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'present')).toEqual([]);
  expect(r.minutes.apologies).toEqual(['Steve Gregg', 'Graham Camden', 'Jennifer Scarcey', 'Noelle Doherty']);
});

test('"OFFICERS: Mrs C J Early, Town Clerk Mrs R P Dudd, Assistant Clerk": two officers, each with their own post (a post before a name is not that name’s)', () => {
  const r = parse(
    [
      'Minutes of the Annual Meeting of the Town Council held remotely on Monday 20 July 2020 at 6.00 pm',
      '',
      'PRESENT: Councillors A Bell, B Carr and C Dunn',
      '',
      'OFFICERS: Mrs C J Early, Town Clerk Mrs R P Dudd, Assistant Clerk',
    ].join('\n'),
  );
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Mrs C J Early', 'Town Clerk'],
    ['Mrs R P Dudd', 'Assistant Clerk'],
  ]);
});

test('"Townth Hall, , 6 October, 2010" over "MINUTE OF MEETING OF KINCORTH CITY COUNCIL" and a letter-spaced "S e d e r u n t :": minutes, with place and date', () => {
  const { minutes: m } = parse(
    [
      'KINCORTH CITY COUNCIL',
      'Townth Hall, , 6 October, 2010',
      'MINUTE OF MEETING OF KINCORTH CITY COUNCIL',
      'S e d e r u n t :',
      'Lord Provost Peter Stephens, Chairperson ; Depute Provost Jacqueline Dunbarr; and',
      'ANNOUNCEMENTS',
      '2 (A) Councillor John Stewarts advised that he had attended the awards in September.',
    ].join('\n\n'),
  );
  expect([m.document, m.committee, m.date, m.venue]).toEqual(['minutes', 'KINCORTH CITY COUNCIL', '2010-10-06', 'Townth Hall']);
});

test('an agenda whose items are "Sederunt and Apologies" and earlier minutes ("Minute of Meeting of the Education Committee, 25 May 2023.") stays an agenda', () => {
  const { minutes: m } = parse(
    [
      'Agenda',
      'Council - Thursday, 29th June, 2023 6.00 pm',
      'Venue: Council Chambers, Civic Centre, Kirkbrae',
      'Items',
      'No. Item',
      '1.',
      'Sederunt and Apologies',
      '2.',
      'Declarations of Interest',
      '3.',
      'Minute of Meeting of the Education Committee, 25 May 2023. pdf icon PDF 103 KB',
    ].join('\n\n'),
  );
  expect(m.document).toBe('agenda');
});
