/**
 * Round 42 (set 51): shapes of whole pages the parser read as one item or none, and lists and sentences it skipped, as
 * real pages print them, written here with made-up bodies and people: a ModernGov page copied without its numbers whose
 * business confirms the last meeting's minutes, a resolution's numbered points under "agreed to", a numbered paragraph
 * page whose items carry headings, a Senedd-style attendance table, a village hall's headings after one numbered item,
 * and agreements to what the sentence before put forward.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { itemTwoDecisions } from './helpers/item-two';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));

const itemTwo = (sentence: string) => itemTwoDecisions(sentence).map((d) => ({ text: d.text, kind: d.kind }));

test('a ModernGov page without numbers: "Minutes of the meeting held on <another date>" deep in the business is an item, not the page\'s heading', () => {
  const { minutes } = read([
    'Fernlea Crematorium Joint Committee - Wednesday 17 June 2020 9.30 am',
    '',
    'Apologies for Absence',
    '',
    'Apologies for absence were received from Councillors J Rowe and B Tate.',
    '',
    'Substitute Members',
    '',
    'There were no substitutes.',
    '',
    'Minutes of the Meeting pdf icon PDF 362 KB',
    '',
    'The minutes of the meeting held on 28 January 2020 were confirmed as a correct record and would be signed by the Chair.',
    '',
    'Declarations of Interest, if any.',
    '',
    'There were no declarations of interest.',
    '',
    'Minutes of the meeting held on 28 January 2020',
    '',
    'The part B minutes of the meeting held on 28 January 2020 were confirmed as a correct record.',
    '',
    'Cremator Replacement',
    '',
    'The Joint Committee considered a report on the cremator replacement.',
    '',
    'That the recommendations contained in the report be agreed.',
  ]);
  expect(minutes.date).toBe('2020-06-17');
  expect(minutes.items.map((i) => i.title)).toEqual([
    'Apologies for Absence',
    'Substitute Members',
    'Minutes of the Meeting',
    'Declarations of Interest, if any',
    'Minutes of the meeting held on 28 January 2020',
    'Cremator Replacement',
  ]);
  expect(minutes.declarationsState).toBe('none-declared');
});

test('"The Management Committee agreed to" over "1) Note that …": the points are decisions, not the page\'s items; "Apologies were received from" over "Name, Body" lines is the apologies', () => {
  const { minutes, attendance } = read([
    'Agenda and minutes',
    '',
    'Glenmorrow Community Planning Partnership - Management Committee - Friday, 18 December 2015 9:30 am',
    '',
    'Venue: Council Chambers, Kilmory. View directions',
    '',
    'Welcome and apologies (Chair) - Ross Dunbar',
    '',
    'Apologies were received from',
    '',
    'Councillor Rab Wallace, Glenmorrow Council',
    '',
    'Kirsty Baird, Police Scotland',
    '',
    'Ewan Lockhart, Scottish Enterprise',
    '',
    'Action Tracker pdf icon PDF 39 KB',
    '',
    'The Action Tracker was updated and approved as an accurate reflection of current actions.',
    '',
    'Internal Audit of CPP pdf icon PDF 117 KB',
    '',
    'Rona updated the Management Committee on the audit.',
    '',
    'The Management Committee agreed to',
    '',
    '1)    Note that the Internal Audit review took place earlier in 2015',
    '',
    '2)    Note the content of the report',
    '',
    'Community Empowerment Act pdf icon PDF 95 KB',
    '',
    'The report outlined which organisations must take part.',
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    [null, 'Welcome and apologies (Chair) - Ross Dunbar'],
    [null, 'Action Tracker'],
    [null, 'Internal Audit of CPP'],
    [null, 'Community Empowerment Act'],
  ]);
  expect(minutes.apologies).toEqual(['Rab Wallace', 'Kirsty Baird', 'Ewan Lockhart']);
  expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Rab Wallace', 'Kirsty Baird', 'Ewan Lockhart']);
  expect(minutes.decisions.map((d) => [d.label, d.text, d.kind])).toEqual([
    [null, 'The Action Tracker was updated and approved as an accurate reflection of current actions.', 'procedural'],
    ['1', 'Note that the Internal Audit review took place earlier in 2015', 'noted'],
    ['2', 'Note the content of the report', 'noted'],
  ]);
});

test('a page of numbered paragraphs ("1.1 …") whose items print "1 Heading" above them; a Senedd attendance table; "Concise Minutes - " and "Meeting Venue:" over its value', () => {
  const { minutes, attendance } = read([
    'Concise Minutes - Rural Affairs and Transport Committee',
    '',
    'Meeting Venue:',
    '',
    'Committee Room 2 and video conference',
    '',
    'Meeting date: Wednesday, 17 September 2025',
    '',
    'Meeting time: 09.15 - 10.40',
    '',
    'Attendance',
    '',
    'Category',
    '',
    'Names',
    '',
    'Members of the Senedd:',
    '',
    'Mark Talbot MS (Chair)',
    '',
    'Tom Griffiths MS',
    '',
    'Sian Powell MS',
    '',
    'Committee Staff:',
    '',
    'Gwenllian Rees (Clerk)',
    '',
    'Peter Marsh (Researcher)',
    '',
    '1       Introductions, apologies, substitutions, and declarations of interest',
    '',
    '1.1        The Chair welcomed Members to the meeting.',
    '',
    '1.2        Sian Powell MS declared that she is a trustee of the Valleys Rail Trust.',
    '',
    '2       Paper(s) to note',
    '',
    '2.1        The papers were noted.',
  ]);
  expect(minutes.committee).toBe('Rural Affairs and Transport Committee');
  expect(minutes.venue).toBe('Committee Room 2 and video conference');
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Introductions, apologies, substitutions, and declarations of interest'],
    ['2', 'Paper(s) to note'],
  ]);
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Mark Talbot MS', 'present', 'Chair'],
    ['Tom Griffiths MS', 'present', null],
    ['Sian Powell MS', 'present', null],
    ['Gwenllian Rees', 'in-attendance', 'Clerk'],
    ['Peter Marsh', 'in-attendance', 'Researcher'],
  ]);
  // (Declared under item 1, on no item in particular.)
  expect(minutes.declarations.map((d) => [d.member, d.item])).toEqual([['Sian Powell MS', null]]);
});

test('one numbered item, then headings typed with ":-" or "-" over their text: the headings are items, the line under one is its text', () => {
  const { minutes } = read([
    'The Village Hall Management Committee',
    '',
    'Minutes of Meeting',
    'The Village Hall in Lower Stowe',
    '19 February 2018',
    'Present: Dan Shaw (DS) (chair); Ben Cole (BC); Amy Lane (AL)',
    '',
    '1.      Apologies:   Jo Gray (JG)',
    '',
    'Hall website',
    'The draft specification was discussed. BG to look at security implications.',
    '',
    'Minutes of the Meeting on 11 December 2017-',
    '',
    'The minutes were approved as circulated.',
    '',
    'Matters Arising:-',
    '',
    'No matters arising',
    '',
    'Treasurers report:-',
    '',
    'The balance of the current account is £5,546.09',
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Apologies'],
    [null, 'Hall website'],
    [null, 'Minutes of the Meeting on 11 December 2017'],
    [null, 'Matters Arising'],
    [null, 'Treasurers report'],
  ]);
});

describe('an agreement to what the sentence before it put forward', () => {
  test.each([
    ['BG suggested that the cash reserve be increased from £500 to £2,000. This was agreed by the committee.', 'BG suggested that the cash reserve be increased from £500 to £2,000. This was agreed by the committee.', 'action'],
    ['DS reported on the boiler and asked for permission to purchase two more bars at about £60. This was agreed.', 'DS reported on the boiler and asked for permission to purchase two more bars at about £60. This was agreed.', 'action'],
    [
      'BG recommended that accounts now be presented quarterly (except in exceptional circumstances) This was agreed by the committee.',
      'BG recommended that accounts now be presented quarterly (except in exceptional circumstances) This was agreed by the committee.',
      'action',
    ],
  ])('"%s"', (sentence, text, kind) => {
    expect(itemTwo(sentence)).toEqual([{ text, kind }]);
  });

  test('a sentence that puts nothing forward is not made a decision by "This was agreed."', () => {
    expect(itemTwo('The clerk gave an update on the footpath. This was agreed.')).toEqual([]);
  });
});

test('a public forum printed without a number among numbered minutes is an item of its own; "PC/01/21 Apologies for absence." is a heading', () => {
  const { minutes } = read([
    'MINUTES OF THE MEETING OF EASTHOPE PARISH COUNCIL HELD ON TUESDAY 15th JUNE 2021 AT 8 P.M. AT EASTHOPE SCHOOL.',
    '',
    'Present',
    '',
    'Cllr. Jane Dale (Chair), Cllr. Simon Barker, Cllr. Ewan Moss',
    '',
    'Open Forum',
    '',
    'A resident asked about the website. The Chair responded that the report would be put up shortly, and Cllr. Barker agreed to liaise after the meeting on this.',
    '',
    'PC/01/21 Apologies for absence.',
    '',
    'County Councillor Paul Kerr.',
    '',
    'PC/02/21 To confirm the minutes of the Meeting held on 11th May 2021',
    '',
    'The minutes were approved as a correct record.',
    '',
    'ADJOURNMENT FOR PUBLIC COMMENT',
    '',
    '(Two members of the public were in attendance, but no matters were raised).',
    '',
    'PC/03/21 Co-option of councillor',
    '',
    'There were no applications.',
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    [null, 'Open Forum'],
    ['PC/01/21', 'Apologies for absence'],
    ['PC/02/21', 'To confirm the minutes of the Meeting held on 11th May 2021'],
    [null, 'ADJOURNMENT FOR PUBLIC COMMENT'],
    ['PC/03/21', 'Co-option of councillor'],
  ]);
  expect(minutes.apologies).toEqual(['Paul Kerr']);
  // (The member who took a task on, after a resident's account, in the same sentence.)
  expect(minutes.decisions.filter((d) => d.item === null).map((d) => [d.text, d.kind, d.owner])).toEqual([['Cllr. Barker agreed to liaise after the meeting on this.', 'action', 'Barker']]);
});

test('apologies accepted "for non-attendance at the Meeting from" a list whose last entry has a post after a comma', () => {
  const { minutes } = read([
    'Minutes of the Meeting of the District Policing Partnership held in Glenvale Primary School on Tuesday, 17th August 2004 at 7.00 pm',
    'PRESENT:',
    'Councillor S P Porter (Chairman)',
    'Mr C T Annon',
    'Councillor D W Archer',
    '1',
    'Apologies',
    'It was agreed to accept apologies for non-attendance at the Meeting from Mrs S Irwin, Councillor J H Lock, Miss E Shaw, Assistant',
    'Director of Corporate Services and Mrs A McCann, DPP Manager.',
    '2',
    'Declarations of Interest',
    'There were no declarations of interest.',
  ]);
  expect(minutes.apologies).toEqual(['Mrs S Irwin', 'J H Lock', 'Miss E Shaw', 'Mrs A McCann']);
});

test('"In Attendance" run into "Councillor Ward (Chair), Councillor Marshall …"; the list read whole', () => {
  const { attendance } = read([
    'Annual Parish Council Meeting Minutes',
    '',
    'Minutes of the Annual Parish Council Meeting of Oakby & District Parish Council held at Oakby Hall on Thursday 18 May 2023.',
    'Public Forum',
    'There were three members of the public in attendance.  One reported that two benches in the cemetery were in a poor state of repair.',
    'Action: The Chair to investigate.',
    'One member of the public left the meeting and two remained to observe.',
    'In Attendance',
    'Councillor Ward (Chair), Councillor Marsh (Vice-Chair), Councillor Hume, Councillor Lees, Mrs N Gale (Clerk & RFO), District Councillor Trott.',
    'The Chair opened the meeting at 7.15pm',
    'Councillor Lees proposed that Councillor Ward be re-elected as Chairman, which was seconded by Councillor Marsh.',
    'Resolved:  To re-elect Councillor Ward as Chair.',
  ]);
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Ward', 'present', 'Chair'],
    ['Marsh', 'present', 'Vice-Chair'],
    ['Hume', 'present', null],
    ['Lees', 'present', null],
    ['Mrs N Gale', 'in-attendance', 'Clerk & RFO'],
    ['Trott', 'present', 'District Councillor'],
  ]);
});

test('"N. Title Oral Name Surname informed …", "N. Title CNI 2017 (1) 5 Name presented …": the agenda\'s notes end the heading, a person named in full starts the minute; "Observers:" are in attendance', () => {
  const { minutes, attendance } = read([
    'Heritage Fund: Committee for Meeting on 20 March 2017',
    '',
    'Summary report of the meeting of the Committee for the Borders held on 20 March 2017 at 10 a.m.',
    '',
    'Members: • Anna Carr (Chair) • Mark Glen • Jacqueline Irvine',
    '',
    'Apologies: • Sheila McKee',
    '',
    'Observers: • Jodie Jack • Jim McGrath • Mukesh Shah',
    '',
    'Committee Business',
    '',
    '1. Declarations of interest Oral Jacqueline Irvine informed the committee that she chairs one of the applicant groups.',
    '',
    '2. Minutes of the meeting on 22 November 2016 CNI 2017 (1) 2 The minutes were agreed and signed as an accurate record of the meeting.',
    '',
    '3. Matters arising from the minutes Oral There were none.',
    '',
    '4. Borders Overview Report CNI 2017 (1) 4 Paul Mullin presented the overview.',
    '',
    'The Committee noted the report.',
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Declarations of interest'],
    ['2', 'Minutes of the meeting on 22 November 2016'],
    ['3', 'Matters arising from the minutes'],
    ['4', 'Borders Overview Report'],
  ]);
  expect(minutes.decisions.map((d) => [d.item, d.text])).toEqual([
    ['2', 'The minutes were agreed and signed as an accurate record of the meeting.'],
    ['4', 'The Committee noted the report.'],
  ]);
  expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['Jodie Jack', 'Jim McGrath', 'Mukesh Shah']);
  expect(minutes.apologies).toEqual(['Sheila McKee']);
});

test('a board\'s items numbered "24/01/1.1" under sections "1", "2", after "Agenda item" / "Main discussion points" (a table\'s head, not an agenda item\'s page)', () => {
  const { minutes } = read([
    'Introduction',
    '',
    'Present:',
    '  • Mr John Eddy (Chair)',
    '',
    '  • Dr Andrew Corran (Principal)',
    '',
    'In attendance:',
    '  • Mr Damian Gee (Clerk to the Board)',
    '',
    'The Clerk confirmed that the meeting was quorate.',
    '',
    'Agenda item',
    '',
    'Main discussion points',
    '',
    '1',
    '',
    'Meeting Governance',
    '',
    '24/01/1.1',
    '',
    'Apologies for absence and declarations of interests',
    '',
    'Apologies for absence were received from Mr John Wills.',
    '',
    '24/01/1.2',
    '',
    'Approval of the minutes of the last meeting: 7 December 2023',
    '',
    'The Board CONFIRMED the minutes of the Board meeting held on Thursday 7th December 2023 as an accurate record.',
    '',
    '2',
    '',
    'Matters for Discussion and / or Approval',
    '',
    '24/02/2.1',
    '',
    'Matters on the agenda of the College Board on 7th March 2024 (Verbal)',
    '',
    'The Principal gave an update.',
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Meeting Governance'],
    ['24/01/1.1', 'Apologies for absence and declarations of interests'],
    ['24/01/1.2', 'Approval of the minutes of the last meeting: 7 December 2023'],
    ['2', 'Matters for Discussion and / or Approval'],
    ['24/02/2.1', 'Matters on the agenda of the College Board on 7th March 2024'],
  ]);
  expect(minutes.decisions.map((d) => [d.item, d.kind])).toEqual([['24/01/1.2', 'procedural']]);
});

test('"Present: …. Public Present : … In Attendance : …" on one line; couples under one surname are two people; "Housekeeping – The Mayor advised …" is no one', () => {
  const { attendance } = read([
    'Elmbridge Town Council',
    'Minutes of the Council meeting held on Tuesday 28 February 2017 at 7pm in the Main Hall, Town Hall',
    '',
    'Present: Cllrs; C Bowen, E Gale, N Hart & P Tofts. Public Present : Councillors Karen Hugh & Steve Knight, Graham Small, Mr & Mrs Mockett, Angela & Geoff Richards, Helen Rowe. In Attendance : Anne Minns (Town Clerk) & Beverley Cole (Minutes).',
    '',
    'Housekeeping – The Mayor advised of evacuation routes in case of an emergency and reminded all those present of the rules.',
    '',
    '323/17 Apologies – apologies were received from Cllrs Bass & Jones.',
    '',
    '324/17 Declarations of interest – none.',
  ]);
  expect(attendance.map((a) => [a.name, a.status])).toEqual([
    ['C Bowen', 'present'],
    ['E Gale', 'present'],
    ['N Hart', 'present'],
    ['P Tofts', 'present'],
    ['Karen Hugh', 'in-attendance'],
    ['Steve Knight', 'in-attendance'],
    ['Graham Small', 'in-attendance'],
    ['Mr Mockett', 'in-attendance'],
    ['Mrs Mockett', 'in-attendance'],
    ['Angela Richards', 'in-attendance'],
    ['Geoff Richards', 'in-attendance'],
    ['Helen Rowe', 'in-attendance'],
    ['Anne Minns', 'in-attendance'],
    ['Beverley Cole', 'in-attendance'],
    ['Bass', 'apologies'],
    ['Jones', 'apologies'],
  ]);
});

test('"Apologies:- Councillors R. Stewart, B. White."; an "In Attendance:-" list run into the minutes keeps "Mrs. A. Isles" whole', () => {
  const { minutes, attendance } = read([
    'MINUTE OF MEETING OF THE GLENMOOR LICENSING BOARD held in the Council Chamber, Newtown on Friday, 15 February 2013 at 10.30 a.m.',
    '',
    'Present:- Councillors W. Archer (Convener), J. Brown, J. Campbell. Apologies:- Councillors R. Stewart, B. White. In Attendance:- Mr. I. Wilkie (Clerk to the Licensing Board), Mrs. A. Isles (Legal and Licensing Services Manager), J. Wilson (Licensing Team Leader). ALCOHOL PROFILE 1. The Convener welcomed everyone to the meeting.',
  ]);
  expect(minutes.apologies).toEqual(['R. Stewart', 'B. White']);
  expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Mr. I. Wilkie', 'Clerk to the Licensing Board'],
    ['Mrs. A. Isles', 'Legal and Licensing Services Manager'],
    ['J. Wilson', 'Licensing Team Leader'],
  ]);
});

test('"Brennus Place – Howard Walsh (Brennus Representative), David Parr": the group a list\'s people are printed under is no one', () => {
  const { attendance } = read([
    "St Brides Residents' Association",
    'Minutes of the Open Committee Meeting held on',
    'Wednesday 26th November 2014 at 7.00pm',
    'The Old Customs House Inn, Chester.',
    'Present:',
    'Brennus Place – Howard Walsh (Brennus Representative), David Parr (Minuting Secretary).',
    'Sens Close – Paulette Thomas (Sens Representative), Brian Cross.',
    'The Yonne – Michael Harrison (Acting Chairman), Alan Edge (Treasurer).',
    'Apologies: Hilary Strange, Cheryl Brown',
    "Acting Chairman's Introduction",
    'The Acting Chairman welcomed residents to the Open Meeting.',
  ]);
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Howard Walsh', 'present', 'Brennus Representative'],
    ['David Parr', 'present', 'Minuting Secretary'],
    ['Paulette Thomas', 'present', 'Sens Representative'],
    ['Brian Cross', 'present', null],
    ['Michael Harrison', 'present', 'Acting Chairman'],
    ['Alan Edge', 'present', 'Treasurer'],
    ['Hilary Strange', 'apologies', null],
    ['Cheryl Brown', 'apologies', null],
  ]);
});

test('"Participating: Chairman: Cllr Mr T R Batt" over "Councillors: …"; minutes headed in the agenda\'s wording with an abbreviation\'s dots and a full stop, their numbers a few paragraphs apart', () => {
  const { minutes, attendance } = read([
    'September 2022 Minutes',
    'Cranfield Parish Council',
    'Minutes of the ordinary meeting of Cranfield Parish Council held at Cranfield Village Hall on Friday 30th September 2022 at 7:00 pm.',
    'Participating: Chairman: Cllr Mr T R Batt',
    'Councillors: Cllr Mrs C Batt, Cllr Mrs M Cass, Cllr Mr M Pearce (Vice Chairman) and Cllr M Alexander',
    'The Chairman declared the ordinary meeting open at 7:08 pm.',
    '133. To receive apologies for absence and reasons given i.a.w. Local Government Act 1972, Sch 12, para 40.',
    'Cllr M Collins was unable to attend, and his reasons were made known to the Council.',
    'Action: The Council RESOLVED to approve Cllr Collins’ reasons for absence.',
    'Proposed by Cllr Michael Cass, seconded by Cllr C Batt and approved by unanimous vote.',
    '134. To receive declarations of interest and to consider applications in relation to Disclosable Pecuniary Interests.',
    'None were declared.',
  ]);
  expect(attendance.slice(0, 2).map((a) => [a.name, a.role])).toEqual([
    ['Mr T R Batt', 'Chair'],
    ['Mrs C Batt', null],
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['133', 'To receive apologies for absence and reasons given i.a.w. Local Government Act 1972, Sch 12, para 40'],
    ['134', 'To receive declarations of interest and to consider applications in relation to Disclosable Pecuniary Interests'],
  ]);
});

test('"In attendance: Parish Clerk – Lynda Wilcox. Ward Councillor John Hardwick. 9 local residents."; apologies "from Steve Hunt, George & Barbara Kerr"', () => {
  const { minutes, attendance } = read([
    'Hampton Vale Parish Council',
    '',
    'Minutes of a Parish Council Meeting held on',
    'Thursday 27th March 2014 at 7.30 pm in the Village Hall',
    '',
    'PRESENT',
    'Councillors: Norman Whyte (Chairman), Julia Pearce, Phil Rodgers.',
    'In attendance: Parish Clerk – Lynda Wilcox. Ward Councillor John Hardy. 9 local residents.',
    '',
    '1. APOLOGIES FOR ABSENCE were accepted from Steve Hunt, George & Barbara Kerr.',
    '',
    '2. MINUTES of the meeting held on 27th February were approved.',
  ]);
  expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
    ['Lynda Wilcox', 'Parish Clerk'],
    ['John Hardy', 'Ward Councillor'],
  ]);
  expect(minutes.apologies).toEqual(['Steve Hunt', 'George Kerr', 'Barbara Kerr']);
});

test('one "In Attendance:" list and no list of those present: the members are present, the clerk and parishioners in attendance', () => {
  const { attendance } = read([
    'Minutes of the Meeting of Wardlow Parish Council held on Tuesday 28th July 2015 at 7.30pm in Wardlow Memorial Hall',
    '',
    'In Attendance:  Mr G Paige (Chair), Mr G Marten, Mrs A Pascal, Mr M Hickmott (Clerk), Mr I Franklyn (Parishioner)',
    '',
    'Apologies: Mr N Banks (Vice-Chair)',
    '',
    '1. Matters arising from previous meetings',
    '',
    'Mr Franklyn was unanimously co-opted on to the parish council.',
  ]);
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Mr G Paige', 'present', 'Chair'],
    ['Mr G Marten', 'present', null],
    ['Mrs A Pascal', 'present', null],
    ['Mr M Hickmott', 'in-attendance', 'Clerk'],
    ['Mr I Franklyn', 'in-attendance', 'Parishioner'],
    ['Mr N Banks', 'apologies', 'Vice-Chair'],
  ]);
});

describe('kinds: the apologies noted, a forum\'s notes approved, a parish supporting an application', () => {
  test.each([
    ['RESOLVED: To note the apologies.', 'To note the apologies.', 'procedural'],
    ['RESOLVED: To accept the notes as a true record of the meeting.', 'To accept the notes as a true record of the meeting.', 'procedural'],
    ['RESOLVED: To support this application.', 'To support this application.', 'recommendation'],
    ['RESOLVED: To note the report.', 'To note the report.', 'noted'],
  ])('"%s"', (sentence, text, kind) => {
    expect(itemTwo(sentence)).toEqual([{ text, kind }]);
  });
});

test('"Public speaking: Chairman … asked …" run into its text is an item among numbered minutes; "The Chairman declared the ordinary meeting open" declares no interest', () => {
  const { minutes } = read([
    'Minutes of the ordinary meeting of Cranfield Parish Council held at Cranfield Village Hall on Friday 30th September 2022 at 7:00 pm.',
    'Participating: Chairman: Cllr Mr T R Batt',
    'Councillors: Cllr Mrs C Batt, Cllr Mrs M Cass and Cllr M Alexander',
    'Public speaking: Chairman Cllr T Batt asked the attendees of the public if they wanted to speak. No one wished to do so.',
    'The Chairman declared the ordinary meeting open at 7:08 pm.',
    '133. To receive apologies for absence.',
    'Cllr M Collins was unable to attend.',
    '134. To receive declarations of interest.',
    'None were declared.',
  ]);
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    [null, 'Public speaking'],
    ['133', 'To receive apologies for absence'],
    ['134', 'To receive declarations of interest'],
  ]);
  expect(minutes.declarations).toEqual([]);
  expect(minutes.declarationsState).toBe('none-declared');
});

test('"PC Troy Brandt, Thorpe St. Andrew Beat Manager sent apologies": the post after the comma is no one', () => {
  const { minutes } = read([
    'Minutes of the Salby Annual Parish Meeting held at 7.30pm on Wednesday 11th April 2018 At Jubilee Hall, Salby',
    '',
    'Present: Martin Murray (Chairman), Colin McCall, Bob Cooke.',
    '',
    '1. Welcome The Chairman welcomed all to the meeting.',
    '',
    '2. Police, District and County Councillor  PC Troy Brandt, Thorpe St. Andrew Beat Manager sent apologies to the meeting due to prior commitments, however a report was sent in.',
  ]);
  expect(minutes.apologies).toEqual(['Troy Brandt']);
});

test('a site\'s section title over "Annual General Meeting of the … Forum": the meeting\'s heading keeps its own line', () => {
  const { minutes } = read([
    'Community Council Forums',
    'Annual General Meeting of the Glenbrae Community Council Forum',
    'Wednesday 4th June 2025 @ 19:00 in Dalmore Community Centre',
    '1) Welcome',
    'The Chair welcomed everyone.',
    '2) Office Bearers’ Report',
    'The Forum office bearers were re-elected.',
    '3) Any other business',
    'None.',
  ]);
  expect([minutes.committee, minutes.date, minutes.startTime]).toEqual(['Glenbrae Community Council Forum', '2025-06-04', '19:00']);
});

test('"These were received and accepted from Cllr Dean and Cllr Mrs Hay" under the apologies heading; "No Members of the Public" under the clerk is no one; a member\'s statement that they have no interest declares none', () => {
  const { minutes, attendance } = read([
    'BRISTOW PARISH COUNCIL',
    'Minutes of the meeting held on Wednesday 2nd May 2018 at 7.30pm in the Village Hall',
    'Present:',
    'Councillor E Cole (Chairman)',
    'Councillor T Irwin',
    'Councillor B Greene',
    '',
    'Sheryl Irwin (Clerk to the Council)',
    'No Members of the Public',
    '',
    '103/06 APOLOGIES FOR ABSENCE',
    '',
    'These were received and accepted from Cllr Dean and Cllr Mrs Hay.',
    '',
    '104/06 DECLARATION OF INTEREST',
    '',
    'Statement from Cllr Paine',
    '',
    'As a result of a query if I had an interest in the playground, I wrote to the monitoring officer. The monitoring officer has written back and supported my view that I do not have an interest.',
    '',
    '105/06 PLAYGROUND',
    '',
    'The playground was discussed.',
  ]);
  expect(minutes.apologies).toEqual(['Dean', 'Mrs Hay']);
  expect(attendance.map((a) => a.name)).not.toContain('No');
  expect(minutes.declarations).toEqual([]);
  // (Said in a statement the parser does not read as "none declared": it says it could not read the section.)
  expect(minutes.declarationsState).toBe('unread');
});

test('"Democratic Period: …" before a page\'s running minute numbers, each run into its text: the public\'s part is an item and every numbered minute is still read (spent set 51, after its score)', () => {
  const { minutes } = read([
    'Minutes of the Ordinary Meeting of Parish Council held on 7th March 2019',
    '',
    'Democratic Period: no matters additional to those on the agenda for further action.',
    '',
    '679 Attendance Present: M Newell (Chairman); W Bradley; N Parkin; B Yarwood Apologies: R Henley; District Councillor C Palmer In Attendance: J Hill (Clerk)',
    '',
    '680 Declarations of Interest Disclosable Pecuniary Interests in items on the agenda: none',
    '',
    '681 There were no written requests for the Council to grant a dispensation under Section 33 of the Localism Act 2011.',
    '',
    '682 Minutes of Previous Meetings of the Council Minutes of the Ordinary Meeting of Clifton upon Avon Parish Council held on 7th February 2019 were approved (BY/NP) and signed by the Chairman as a correct record.',
    '',
    '683 Progress Reports/Updates on Matters Previously Considered, relating to outstanding items not mentioned elsewhere on the agenda None.',
    '',
    '684 To receive the report of County Councillor (WCC) Ken Pollard - For Information CCllr Pollard had apologised for his absence from the meeting; his report had been circulated to Council by email prior to the meeting.',
    '',
    '685 Planning a) To consider planning applications referred by the District Council for comment prior to publication of the agenda: none received',
  ]);
  expect(minutes.items.map((i) => i.number)).toEqual([null, '679', '680', '681', '682', '683', '684', '685']);
  expect(minutes.items[0]?.title).toBe('Democratic Period');
});

test('the initials the minutes use for a person, printed after the name without brackets ("Ian Pride IPr", "Tom McKell TMc", "Terry Bains TAB"), are no part of it (spent set 52)', () => {
  const { minutes, attendance } = read([
    "MINUTES of Cricket AGM held at Marsh House, Hunt St. on Tuesday, 13th February 2018 at 8 o'clock",
    '1. Members Present – Ian Morell IM, Alex Beech AB, Ian Pride IPr, Tom McKell TMc, Bill North BN',
    '2. Apologies – Jack Marten JM, Terry Bains TAB, Thom Wills ThW',
    '3. Minutes of the previous AGM in February 2017 – were read and approved as a fair record.',
  ]);
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Ian Morell', 'Alex Beech', 'Ian Pride', 'Tom McKell', 'Bill North']);
  expect(minutes.apologies).toEqual(['Jack Marten', 'Terry Bains', 'Thom Wills']);
});

test('"Cll Gwennol Ellis": a member\'s title typed short is no part of the name (spent set 52)', () => {
  const { minutes } = read([
    'Cerrig Community Council',
    '',
    'Minutes of meeting held on the 13th November 2025',
    '',
    'Present were Guto Jones, Menai Hughes, Llio Morris (chairperson) and Maria Roberts.  Apologies from Cll Gwennol Ellis.',
    '',
    'The last minutes were read and signed as correct.',
  ]);
  expect(minutes.apologies).toEqual(['Gwennol Ellis']);
});
