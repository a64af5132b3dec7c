/**
 * Issue 15, shapes from the seventh fresh set's built-on pages (its held-out third unread until the end), written here
 * with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a copy that lost many of its spaces', () => {
  const page = [
    'Minutes of a Meeting of the Brackenby Parish Council',
    '',
    'heldatThe Old School,Church Street,Brackenby at 7.30 pm on Monday 9February 2015',
    '',
    'Councillor P Hale (Chairman in the Chair) andCouncillors R Dent,Mrs C Roe, A Lund and H Lund',
    '',
    'Also Present',
    '',
    'Mr A Kerr (Clerk), PCSO 4471 S Mayne and 3 Members of the public',
    '',
    '1/15Apologies for absence',
    '',
    'None.',
    '',
    '2/15Declarations of Interest',
    '',
    'CouncillorsMrs C Roe, A Lund and H Lunddeclared a personal interest in agenda item7 (a) and took no part in the vote (CountyCouncil elections).',
    '',
    '3/15Public Speaking',
    '',
    'The Police representative reported that there had been no incidents.',
    '',
    'RESOLVED that the report be noted.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the heading, the place without its time, and the date glued to its month', () => {
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Brackenby Parish Council', '2015-02-09', '19:30', 'The Old School, Church Street, Brackenby']);
  });

  it('reads the minutes whose numbers run into their titles', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1/15', 'Apologies for absence'],
      ['2/15', 'Declarations of Interest'],
      ['3/15', 'Public Speaking'],
    ]);
  });

  it('reads those present, and the officers under a bare "Also Present" with a police number kept in the role', () => {
    expect(attendance).toEqual([
      { name: 'P Hale', status: 'present', role: 'Chair' },
      { name: 'R Dent', status: 'present', role: null },
      { name: 'Mrs C Roe', status: 'present', role: null },
      { name: 'A Lund', status: 'present', role: null },
      { name: 'H Lund', status: 'present', role: null },
      { name: 'Mr A Kerr', status: 'in-attendance', role: 'Clerk' },
      { name: 'S Mayne', status: 'in-attendance', role: 'PCSO 4471' },
    ]);
  });

  it('reads the group declaration whose last name ran into the verb; "took no part in the vote" is not leaving the room', () => {
    expect(minutes.declarations.map((d) => [d.member, d.nature, d.withdrew])).toEqual([
      ['Mrs C Roe', 'personal', false],
      ['A Lund', 'personal', false],
      ['H Lund', 'personal', false],
    ]);
  });
});

test('a page with one or two capitalised brand names keeps its words as printed', () => {
  const { minutes } = parse(['Minutes of the Finance Committee held on 3 March 2020', '', '1. PowerPoint presentation', '', 'The McDonald report on YouTube use was noted.'].join('\n'));
  expect(minutes.items.map((i) => i.title)).toEqual(['PowerPoint presentation']);
  expect(minutes.decisions.map((d) => d.text)).toEqual(['The McDonald report on YouTube use was noted.']);
});

describe('a parish page: minute numbers with the year, headings written as the agenda words them, ACTION lines after resolutions', () => {
  const page = [
    'Minutes of Eastfold Parish Council held on 7 November 2022',
    '',
    'Present: Cllr B Leland; Cllr S Marr; Cllr I Moss.',
    '',
    'Also Present: County Councillor M Birch. Borough Councillor M Cole.',
    '',
    '082/22  Apologies for absence and reasons given',
    '',
    'Councillors Cotton, Briggs and Barker sent their apologies and reasons for absence. It was resolved to accept their apologies and reasons for absence.',
    '',
    '083/22  To receive any declarations of interest in accordance with the Localism Act 2011:  None.',
    '',
    '084/22  Notes of the meeting held on 3.10.22 to be confirmed and signed as minutes.',
    '',
    'The above notes were agreed and signed as minutes. It was resolved to accept the notes as minutes. ACTION: Clerk to post minutes on website.',
    '',
    '085/22  Financial matters: Accounts for payment and budget figures.',
    '',
    'It was resolved to authorise the above payments. ACTION: Clerk to make payments and add budget to website.',
    '',
    '086/22  Planning: B/22/0911, erection of a garage at Oak House, Long Lane.',
    '',
    'Following a discussion, it was resolved that there were no objections. ACTION: Clerk to advise the Borough Council.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads every minute, the long agenda-worded headings included', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['082/22', 'Apologies for absence and reasons given'],
      ['083/22', 'To receive any declarations of interest in accordance with the Localism Act 2011'],
      ['084/22', 'Notes of the meeting held on 3.10.22 to be confirmed and signed as minutes'],
      ['085/22', 'Financial matters: Accounts for payment and budget figures'],
      ['086/22', 'Planning: B/22/0911, erection of a garage at Oak House, Long Lane'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });

  it('reads every member who sent apologies, and the councillors of other councils by their office', () => {
    expect(minutes.apologies).toEqual(['Cotton', 'Briggs', 'Barker']);
    expect(attendance.filter((a) => a.status === 'in-attendance')).toEqual([
      { name: 'M Birch', status: 'in-attendance', role: 'County Councillor' },
      { name: 'M Cole', status: 'in-attendance', role: 'Borough Councillor' },
    ]);
  });

  it('keeps each resolution and gives the clerk the task its ACTION line sets', () => {
    expect(minutes.decisions.filter((d) => d.item !== '082/22').map((d) => [d.item, d.kind, d.owner, d.text])).toEqual([
      ['084/22', 'procedural', null, 'To accept the notes as minutes.'],
      ['084/22', 'action', 'Clerk', 'Clerk to post minutes on website.'],
      ['085/22', 'action', null, 'To authorise the above payments.'],
      ['085/22', 'action', 'Clerk', 'Clerk to make payments and add budget to website.'],
      ['086/22', 'action', null, 'That there were no objections.'],
      ['086/22', 'action', 'Clerk', 'Clerk to advise the Borough Council.'],
    ]);
  });
});

describe('a community council page: "A Meeting of … took place in …", names between slashes, a numbered "Apologies:" line', () => {
  const page = [
    'Draft Minutes of HCC Meeting held 3rd October 2017',
    '',
    'Hollowburn Community Council',
    '',
    'A Meeting of Hollowburn Community Council',
    'took place in Hollowburn Village Hall',
    'on Tuesday 3 October 2017 at 7.30pm',
    '',
    'Present: Cllrs: Chris Baird (Chair)/Janice Hay/Elspeth Watt/Janette',
    'Mackay/Barbara Wylie/Anne Lyle and Cris Tait',
    '',
    '1.1 Apologies: Donna Cole and Pauline Jack',
    '',
    '2 Police Business',
    '',
    'No report submitted.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the body, the place, the date and the time from the sentence', () => {
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Hollowburn Community Council', '2017-10-03', '19:30', 'Hollowburn Village Hall']);
  });

  it('reads every name between the slashes, the one broken over two lines whole', () => {
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Chris Baird', 'Chair'],
      ['Janice Hay', null],
      ['Elspeth Watt', null],
      ['Janette Mackay', null],
      ['Barbara Wylie', null],
      ['Anne Lyle', null],
      ['Cris Tait', null],
    ]);
    expect(minutes.apologies).toEqual(['Donna Cole', 'Pauline Jack']);
  });
});

describe('minutes numbered in brackets, each heading run straight into its first sentence', () => {
  const page = [
    'ASHLEY GREEN PARISH COUNCIL',
    '',
    'MINUTES OF THE PARISH COUNCIL MEETING HELD AT 7.30 P.M. ON TUESDAY 10th SEPTEMBER 2019 AT THE VILLAGE HALL.',
    '',
    '(1) Chairman’s Opening Remarks and Apologies for Absence The Chairman welcomed everyone to the meeting and asked for apologies for absence. None were received.',
    '',
    '(2) Confirmation of previous Minutes of the last meeting held on 09th July 2019 and Extraordinary Meeting held on 09th August 2019 Cllr Cole proposed and Cllr Root seconded, and all councillors voted in favour, that the Minutes of the parish council meeting held on 09th July 2019 and extraordinary meeting held on 09th August 2019 (previously circulated) be accepted as a true record of the meeting and the Chairman duly signed them.',
    '',
    '(3) Council: a) Declaration of any councillor’s interest in agenda items Cllr Hope declared an interest in Item 13 as a family member has submitted a quotation.',
    '',
    '(4) Matters Arising from the Minutes Item 11 – The Clerk reported that the drainage works have been delayed.',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads each bracketed number and the heading before the sentence', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Chairman’s Opening Remarks and Apologies for Absence'],
      ['2', 'Confirmation of previous Minutes of the last meeting held on 09th July 2019 and Extraordinary Meeting held on 09th August 2019'],
      ['3', 'Council: a) Declaration of any councillor’s interest in agenda items'],
      ['4', 'Matters Arising from the Minutes'],
    ]);
  });

  it('reads the declaration and the motion carried after "proposed … seconded …, that"', () => {
    expect(minutes.declarations.map((d) => [d.member, d.item])).toEqual([['Hope', '13']]);
    expect(minutes.decisions.map((d) => [d.item, d.kind, d.text.slice(0, 40)])).toEqual([['2', 'procedural', 'That the Minutes of the parish council m']]);
  });
});

test('points of a resolution numbered in brackets stay points, not minutes', () => {
  const { minutes } = parse(['Minutes of the Finance Committee held on 3 March 2020', '', 'RESOLVED:', '', '(1) Approve the budget for 2020', '', '(2) Note the reserves', '', '(3) Agree the fees'].join('\n'));
  expect(minutes.items.filter((i) => i.number !== null)).toEqual([]);
});

describe('a parish page with no blank lines: labels in capitals without colons, dashes before reasons and posts', () => {
  const page = [
    'Minutes',
    'Minutes of a meeting of the FULL COUNCIL held on Wednesday 22nd March 2023 at 7.30pm in The Old Exchange, Crafton Green, Stanbridge, Essex',
    'PRESENT Cllr M Carter (Chair), Cllrs A Barnes, A Gurney, J Hudd, M Jessop,',
    'J Kavan, F Rich and T Smith',
    'ATTENDING',
    'Mrs Ruth Cliff – Parish Clerk',
    'Mrs Emma Philby – Deputy Clerk',
    'Cllr L Pryor – via Zoom',
    '1 member of the press – via Zoom',
    '408 APOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Cllr Brack – At University, Cllr Hogan – Unwell, Cllr Khan – Attending another meeting as a District Cllr and Cllr Pryce – Work Commitments.',
    '409 DECLARATIONS OF INTEREST – None',
    '410 TO APPROVE THE MINUTES OF THE MEETING HELD ON 1ST MARCH 2023',
    'RESOLVED To accept the minutes of the meeting held on 1st March 2023 as a true and accurate account.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('keeps the venue’s own capital "The" and reads the headings that follow each other line by line', () => {
    expect(minutes.venue).toBe('The Old Exchange, Crafton Green, Stanbridge, Essex');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['408', 'APOLOGIES FOR ABSENCE'],
      ['409', 'DECLARATIONS OF INTEREST'],
      ['410', 'TO APPROVE THE MINUTES OF THE MEETING HELD ON 1ST MARCH 2023'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });

  it('reads the members present, the officers with their posts and a member attending by video, and apologies without their reasons', () => {
    expect(attendance.filter((a) => a.status === 'present')).toHaveLength(8);
    expect(attendance.filter((a) => a.status === 'in-attendance')).toEqual([
      { name: 'Mrs Ruth Cliff', status: 'in-attendance', role: 'Parish Clerk' },
      { name: 'Mrs Emma Philby', status: 'in-attendance', role: 'Deputy Clerk' },
      { name: 'L Pryor', status: 'in-attendance', role: null },
    ]);
    expect(minutes.apologies).toEqual(['Brack', 'Hogan', 'Khan', 'Pryce']);
  });
});

describe('a community council page run together: labels inside the list, headings without dots, declarations without full stops', () => {
  const page = [
    'BRYNDERW COMMUNITY COUNCIL',
    '',
    'Minutes of an ORDINARY Full Council Meeting of Brynderw Community Council held on Wednesday 25th November 2020 via remote access.',
    '',
    'PRESENT Councillors: A Angell, C Bezant, D Cushion, T Parr (Vice) J Postle and J Pritt (Chair) Clerk: C Mortlake In Attendance Mr Phillip Morrow, resident of Forge Mill,',
    '',
    '11 Apologies Apologies were received from Cllr W Griffin due to bereavement.',
    '',
    '12 Declarations of Interest Councillors were reminded of their personal responsibility to declare any personal and/or prejudicial interest(s) in respect of any item of business on this agenda in accordance with the Local Government Act 2000 and the Code of Conduct. Cllr Teresa Parr, Cllr Donna Cushion and Cllr Judith Pritt declared an interest in minute no.19 (i) The Youth Centre Cllr Donna Cushion also declared an interest in minute no.23 – IRP Cllr Alan Angell declared an interest in minute no.24 Planning .',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the minutes whose headings run into their first sentence', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['11', 'Apologies'],
      ['12', 'Declarations of Interest'],
    ]);
  });

  it('reads the vice-chair, the clerk and the resident attending from one run-on list', () => {
    expect(attendance.find((a) => a.name === 'T Parr')?.role).toBe('Vice-Chair');
    expect(attendance.filter((a) => a.status === 'in-attendance')).toEqual([
      { name: 'C Mortlake', status: 'in-attendance', role: 'Clerk' },
      { name: 'Mr Phillip Morrow', status: 'in-attendance', role: null },
    ]);
  });

  it('parts each member’s declaration where the next "Cllr … declared" starts, a sub-item kept with its minute', () => {
    expect(minutes.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Teresa Parr', '19 (i)'],
      ['Donna Cushion', '19 (i)'],
      ['Judith Pritt', '19 (i)'],
      ['Donna Cushion', '23'],
      ['Alan Angell', '24'],
    ]);
  });
});

describe('a Scottish community council page: a running header on every page, lists in capitals without colons', () => {
  const page = [
    'MINUTE SUBJECT TO APPROVAL AT NEXT COMMUNITY COUNCIL MEETING',
    '',
    'NORTHVOE COMMUNITY COUNCIL',
    '',
    'Minute of ZOOM Meeting of Community Council held on Monday 28th September 2020',
    '',
    'PRESENT Mrs S Malone Mr J Robb Mrs A Bruce Cllr G Smyth (ex officio)',
    '',
    'APOLOGIES Mrs C Irwin Ms H Mowat Mr A Sinclair Mr H Harper Michael Dunn (SIC) Ana Arnot (SIC)',
    '',
    'ABSENT Mr G Wadd Cllr R McGill (ex officio)',
    '',
    'IN ATTENDANCE: Ms S Leask (Clerk)',
    '',
    '20/21 POLICE REPORT',
    '',
    'There was no Police Report available.',
    '',
    '20/22',
    '',
    'MINUTE SUBJECT TO APPROVAL AT NEXT COMMUNITY COUNCIL MEETING',
    '',
    '28 September 2020 page two of five',
    '',
    '20/22 MATTERS ARISING',
    '',
    '2) Air Traffic Control: The consultation closes on 30th September 2020. Mr Robb offered to draft a response on behalf of the Community Council.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('names the community council by its own name, and reads the minute after the page break once', () => {
    expect(minutes.committee).toBe('NORTHVOE COMMUNITY COUNCIL');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['20/21', 'POLICE REPORT'],
      ['20/22', 'MATTERS ARISING'],
    ]);
  });

  it('reads apologies and absences printed like the list of those present', () => {
    expect(minutes.apologies).toEqual(['Mrs C Irwin', 'Ms H Mowat', 'Mr A Sinclair', 'Mr H Harper', 'Michael Dunn', 'Ana Arnot']);
    expect(attendance.filter((a) => a.status === 'absent').map((a) => [a.name, a.role])).toEqual([
      ['Mr G Wadd', null],
      ['R McGill', null],
    ]);
  });

  it('gives the member who offered to do something the action', () => {
    expect(minutes.decisions.map((d) => [d.kind, d.owner, d.text])).toEqual([['action', 'Mr Robb', 'Mr Robb offered to draft a response on behalf of the Community Council.']]);
  });
});

describe('a ModernGov meeting page: sub-headings inside an item, an added item "2.a", an officer declaring', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Council - Tuesday, 26th November, 2024 5.00 pm',
    '',
    'Venue: Council Chambers - Civic Centre',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'Preliminaries',
    '',
    'Minutes:',
    '',
    '1.i  Apologies',
    '',
    'Councillor Jonas and B Davey.',
    '',
    '1.ii  Declarations of Interest',
    '',
    'Councillor Adani declared an interest as a ward member of Pill.',
    '',
    '2.',
    '',
    'Minutes pdf icon PDF 180 KB',
    '',
    'Minutes:',
    '',
    'The Minutes of the last meeting held on 24 September 2024 were agreed.',
    '',
    '2.a',
    '',
    'Appointment of Head of Law and Standards',
    '',
    'Minutes:',
    '',
    'The Head of Law and Standards declared an interest and left the room.',
    '',
    '3.',
    '',
    'Appointments',
    '',
    'Minutes:',
    '',
    'Agreed.',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads the added item between 2 and 3', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Preliminaries'],
      ['2', 'Minutes'],
      ['2.a', 'Appointment of Head of Law and Standards'],
      ['3', 'Appointments'],
    ]);
  });

  it('reads the apologies under their sub-heading, and declarations there refer to no item unless they name one', () => {
    expect(minutes.apologies).toEqual(['Jonas', 'B Davey']);
    expect(minutes.declarations.map((d) => [d.member, d.item, d.subject, d.withdrew])).toEqual([
      ['Adani', null, 'a ward member of Pill', false],
      ['Head of Law and Standards', '2.a', '', true],
    ]);
  });
});

describe('a ModernGov minutes page copied without its table headings: the body, a date line with time and place, one member to a line', () => {
  const page = [
    'Westmarch Combined Fire Authority',
    '',
    'Monday, 18 September 2023 at 10.30 am in Hall Lane, Service Training Centre, Easton',
    '',
    "D O'Dowd (Chair)",
    '',
    'J Shedd (Vice-Chair)',
    '',
    'J Mean',
    '',
    'G Barker',
    '',
    'S Morrow',
    '',
    'Z Kahn MBE',
    '',
    "Chair's Welcome and Introduction",
    '',
    'The Chair welcomed County Councillor Matthew Salt to the Authority.',
    '',
    'Apologies for Absence',
    '',
    'Apologies were received from County Councillor Nikki Henn.',
    '',
    'Disclosure of Pecuniary and non-Pecuniary Interests',
    '',
    'None received.',
    '',
    'Minutes of Previous Meeting',
    '',
    'Resolved: That the Minutes of the meeting held on 26 June 2023 be confirmed and signed by the Chair.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the body that met, the date, the time and the place', () => {
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Westmarch Combined Fire Authority', '2023-09-18', '10:30', 'Hall Lane, Service Training Centre, Easton']);
  });

  it('reads the column of names as those present, not as items', () => {
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ["D O'Dowd", 'Chair'],
      ['J Shedd', 'Vice-Chair'],
      ['J Mean', null],
      ['G Barker', null],
      ['S Morrow', null],
      ['Z Kahn MBE', null],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(["Chair's Welcome and Introduction", 'Apologies for Absence', 'Disclosure of Pecuniary and non-Pecuniary Interests', 'Minutes of Previous Meeting']);
    expect(minutes.apologies).toEqual(['Nikki Henn']);
  });
});

describe('a community council page from its website: "<Council> Meeting held on …", "Commencing at …", paragraphs numbered with the year', () => {
  const page = [
    'Documents',
    '',
    'June 2021 Main Meeting Minutes',
    '',
    'Minffordd Community Council Meeting held on Wednesday 16th June 2021',
    '',
    ' Commencing at 7.15 pm and conducted by Zoom videoconference',
    '',
    'Present: Cllrs: J Edwin (Chair), H Fielding (Vice-Chair), W Blake',
    '',
    '28/21               Declarations of interest',
    '',
    '28/21.1            There were no declarations of interest.',
    '',
    '29/21               Ratification of the minutes of the previous meeting',
    '',
    '29.1/21            The minutes of the meeting held on 19 May 2021 were proposed as a correct record by Cllr H Fielding and seconded by Cllr W Blake.',
  ].join('\n');
  const { minutes } = parse(page);

  it('reads the council, the date and the time it started', () => {
    expect([minutes.committee, minutes.date, minutes.startTime]).toEqual(['Minffordd Community Council', '2021-06-16', '19:15']);
  });

  it('reads the minutes proposed as a correct record as their approval, with the paragraph number', () => {
    expect(minutes.decisions.map((d) => [d.item, d.label, d.kind])).toEqual([['29/21', '29.1/21', 'procedural']]);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

test('"To confirm the minutes of the X meeting held on …" under an item is no heading for the page', () => {
  const { minutes } = parse(['Meeting: 08/07/2024 - Finance Committee (Item 82)', '', '82 Minutes of Audit Sub-Committee', '', 'To confirm the minutes of the Audit Sub-Committee meeting held on 20 May 2024 as a correct record.'].join('\n'));
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['82', 'Minutes of Audit Sub-Committee']]);
});

describe('a community council website page: the site’s own words over the heading, a place straight after the time, a dash after a label', () => {
  const page = [
    'Draft Minutes of recent meeting & Agenda for next',
    '',
    'Draft Minutes of the Meeting held Wednesday 28th March 2018. 7.30 p.m. Kirk Hall, Port Ellen',
    '1. PRESENT:- Community Councillors: Mrs A High (Chairman); Mrs J Grey (Secretary); Mr J Grey (Treasurer);',
    'Mrs F Brill; Mr P Carr.',
    '',
    '2. Apologies – Mr D Ball; Mrs H Pavey.',
    '',
    '3. Declarations of Interest: – None Relevant to this Meeting.',
    '',
    '4. Police Report – Police Constable Alison Black attended and spoke of a suspicious vehicle sighted on the estate which had been reported to her, advising also that members should continue to report any such sightings to the police using the 101 telephone number, and she gave advice on crime prevention during the lambing season.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('names no body from the site’s words, and reads the date, time and place', () => {
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual([null, '2018-03-28', '19:30', 'Kirk Hall, Port Ellen']);
  });

  it('reads the list after "PRESENT:- Community Councillors:" from its first name', () => {
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Mrs A High', 'Chair'],
      ['Mrs J Grey', 'Secretary'],
      ['Mr J Grey', 'Treasurer'],
      ['Mrs F Brill', null],
      ['Mr P Carr', null],
    ]);
    expect(minutes.apologies).toEqual(['Mr D Ball', 'Mrs H Pavey']);
  });

  it('reads each numbered heading, a long minute after a dash included, and "– None" as none declared', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'PRESENT'],
      ['2', 'Apologies'],
      ['3', 'Declarations of Interest'],
      ['4', 'Police Report'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

test('a Scottish council’s list run together, surnames in capitals, the provost in the chair', () => {
  const { minutes, attendance } = parse(
    'KIRKTON COUNCIL MINUTES of the MEETING of KIRKTON COUNCIL held in the COUNCIL CHAMBERS, OLD TOLBOOTH, KIRKTON on THURSDAY 13 DECEMBER 2007 at 10.00am. Present: Provost Margaret BRISTOW (in the Chair) Councillor Neil BENN Councillor Alistair BERRY Councillor Ian BRAND Councillor Callum CAMPION Councillor Scott FARMER Councillor Tony FINCH Councillor Colin FINDLAY Councillor David GOSSE',
  );
  expect(minutes.date).toBe('2007-12-13');
  expect(attendance.map((a) => [a.name, a.role])).toEqual([
    ['Margaret BRISTOW', 'Chair'],
    ['Neil BENN', null],
    ['Alistair BERRY', null],
    ['Ian BRAND', null],
    ['Callum CAMPION', null],
    ['Scott FARMER', null],
    ['Tony FINCH', null],
    ['Colin FINDLAY', null],
    ['David GOSSE', null],
  ]);
});

describe('a ModernGov annual council page: the authority and the body in one title, resolutions whose label was lost', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Hartmoor Borough Council Full Council - Wednesday, 18th May, 2022 7.30 pm',
    '',
    'Venue: Town Hall, Hartmoor',
    '',
    'Contact: Sandra Hall  Email:',
    '',
    'Note: Due to technical issues there is no recording of this meeting. ',
    '',
    'No. Item',
    '',
    '',
    '',
    'Election of Chairman',
    '',
    '',
    'It was moved by Councillor Patel and seconded by Councillor Ezra',
    '',
    '“That Councillor Amanda Grant be elected Chairman of Hartmoor Borough Council for the municipal year 2022/23.”',
    '',
    'The motion, on being put to the meeting, was declared to be CARRIED.',
    '',
    '         that Councillor Amanda Grant be elected Chairman of Hartmoor Borough Council for the municipal year 2022/23.',
    '',
    '',
    '',
    'Apologies for Absence',
    '',
    '',
    'Apologies for absence had been received from Councillors Johns and Trent.',
    '',
    'Councillor Ezra had sent apologies that she had had to leave after minute number 2.',
    '',
    '',
    '',
    'Disclosure of Interests',
    '',
    '',
    'There were no disclosures of interest.',
    '',
    '',
    '',
    'Minutes of the last meeting',
    '',
    '',
    'The minutes of the meeting held on 15 March 2022 to be submitted and signed.',
    '',
    'Subject to a correction to minute 19, to include “with 7 abstentions”, the minutes of the meeting held on 15 March 2022 were approved by 13 votes to 8.',
  ].join('\n');
  const { minutes } = parse(page);

  it('parts the authority from the body that met', () => {
    expect([minutes.council, minutes.committee, minutes.date]).toEqual(['Hartmoor Borough Council', 'Full Council', '2022-05-18']);
  });

  it('reads the election left without its RESOLVED label and the approval after "Subject to …", not the agenda’s wording', () => {
    expect(minutes.decisions.map((d) => [d.kind, d.text.slice(0, 50)])).toEqual([
      ['procedural', 'That Councillor Amanda Grant be elected Chairman o'],
      ['procedural', 'Subject to a correction to minute 19, to include “'],
    ]);
  });

  it('takes a member leaving early for no apology for absence', () => {
    expect(minutes.apologies).toEqual(['Johns', 'Trent']);
  });
});

test('a finished resolution is not the first of a list that starts at the item’s next lettered sub-heading', () => {
  const { minutes } = parse(
    ['Minutes of the Parish Council held on 12 January 2015', '', '3/15 Public Speaking', '', '(b) Police Matters', '', 'The Police representative reported no incidents.', '', 'RESOLVED that the report be noted.', '', '(c) County Council Member Report', '', 'County Councillor Freed was unable to attend.'].join('\n'),
  );
  expect(minutes.decisions.map((d) => [d.label, d.kind, d.text])).toEqual([[null, 'noted', 'That the report be noted.']]);
});

test('a ModernGov page titled "Agenda" with a line of background in an item is an agenda, its items no decisions', () => {
  const { minutes } = parse(
    [
      'Agenda',
      '',
      'Council',
      'Wednesday, 15th May, 2019 7.00 pm',
      '',
      'Venue: Council Chamber - Civic Centre, High Street, Esham. View directions',
      '',
      'Items',
      'No. Item',
      '',
      '1.',
      '',
      'Declarations of Interest',
      '',
      '2.',
      '',
      'Leader of the Council',
      '',
      'To receive any statement from the Leader. Councillor James Brown was elected as Leader of the Council on 27 February 2019.',
      '',
      '3.',
      '',
      'Confirmation of Deputy Leader of the Council',
      '',
      'The Leader to confirm the Deputy Leader of the Council.',
    ].join('\n'),
  );
  expect(minutes.document).toBe('agenda');
  expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  expect(minutes.decisions).toEqual([]);
});

describe('a Northern Irish council page from a PDF, its first lines run together (a spent held-out shape)', () => {
  const page = [
    '1 – Dunmore Borough Council Minutes of Council Meeting Held in the Council Chamber',
    'Total Page:16',
    'File Type:pdf, Size:1020Kb',
    'DUNMORE BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE, LAKE ROAD, DUNMORE ON MONDAY 2 MARCH 2015 AT 6.00PM PRESENT: The Worshipful the Mayor, Councillor C C McCann, BA (Hons) The Deputy Mayor, Councillor Ms C Seale Aldermen A R A Carr Councillors J G Buckle C M Dix, LLB, CPLS APOLOGIES: Alderman R Smyth Councillors: P Duff and M O’Dowda IN ATTENDANCE: Chief Executive (Mr R Colvin) OPENING ANNOUNCEMENTS C140/2015 WELCOME The Mayor welcomed Members.',
  ].join('\n');

  it('is read as minutes, not refused, with the council, date, time and place', () => {
    const { minutes } = parse(page);
    expect([minutes.council, minutes.date, minutes.startTime, minutes.venue]).toEqual(['DUNMORE BOROUGH COUNCIL', '2015-03-02', '18:00', 'COUNCIL CHAMBER, CIVIC CENTRE, LAKE ROAD, DUNMORE']);
    // (The first name after the second label, "Councillors: P Duff", is still missed.)
    expect(minutes.apologies).toEqual(expect.arrayContaining(['R Smyth', 'M O’Dowda']));
    expect(minutes.apologies.every((a) => ['R Smyth', 'P Duff', 'M O’Dowda'].includes(a))).toBe(true);
  });

  it('lists no degree or office as a person', () => {
    const names = parse(page).attendance.map((a) => a.name);
    expect(names.filter((n) => /^(?:BA|LLB|CPLS|The)\b/.test(n))).toEqual([]);
  });
});
