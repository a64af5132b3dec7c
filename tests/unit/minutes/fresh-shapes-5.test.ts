/**
 * Issue 15, the fourth fresh set's held-out pages once scored (so no longer unseen): shapes the parser missed, written
 * here with made-up councils and people. A web page's links above a heading dated month first; minute numbers
 * marked with a star; a heading in capitals beside its minute number; a pack's covering letter before the minutes;
 * numbered headings in capitals run straight into their text.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a web page of minutes: links, the body, "Committee Minutes", a date written month first, starred numbers', () => {
  const page = [
    'Skip to content',
    '',
    'Meeting documents',
    '',
    'Cabinet',
    '',
    'Committee Minutes',
    '',
    'Wed Feb 10 2016',
    '',
    'Related Documents:',
    'agenda for these minutes',
    '',
    'Present:-',
    '',
    'Councillors Abbott (Chairman), Birch, Carver and Dale',
    '',
    'Members attending in accordance with Standing Orders 8 and 25:-',
    '',
    'Councillors Ellery, Finch and Gale',
    '',
    '*612 Minutes',
    '',
    'RESOLVED that the minutes of the meeting held on 13 January 2016 be signed as a correct record.',
    '',
    '*613 Announcements',
    '',
    'There was no announcement by the Chairman at this meeting.',
    '',
    '614 Highways Maintenance Plan',
    '',
    'The Cabinet considered the report of the Chief Engineer.',
  ].join('\n');

  test('the body and the date come from the lines under the links', () => {
    const { minutes } = parse(page);
    expect(minutes.committee).toBe('Cabinet');
    expect(minutes.date).toBe('2016-02-10');
  });

  test('a star before a minute number does not hide the item', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['612', 'Minutes'],
      ['613', 'Announcements'],
      ['614', 'Highways Maintenance Plan'],
    ]);
  });

  test('members attending under standing orders are in attendance, not members present', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Abbott', 'Birch', 'Carver', 'Dale']);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['Ellery', 'Finch', 'Gale']);
  });
});

describe('minutes sent behind a covering letter, headings in capitals beside their minute numbers', () => {
  const pack = [
    'Public Document Pack',
    'Please ask for: Ann Other',
    'Direct Dial: (01234) 567890',
    'Date: 2 June 2016',
    'Dear Councillor',
    'LICENSING COMMITTEE - THURSDAY, 9TH JUNE, 2016',
    'I am now able to enclose, for consideration at the next meeting, the minutes of the previous meeting.',
    'Agenda No',
    '4',
    'Item',
    'To approve the minutes of the meeting dated 19 May 2016 (Pages 1 - 8)',
    'Ann Other',
    'Democratic Services Officer',
    'This page is intentionally left blank',
    'Agenda Item 4',
    '1',
    'LICENSING COMMITTEE',
    'Thursday, 19 May 2016',
    'Present: Councillor Hale (Chairman)',
    'Councillors Irwin (Vice-Chairman), Jarvis, Kemp, Lowe, Mason, Nash, Orme and Pike and also some',
    'Officers in Attendance: Ruth Quinn (Licensing Manager) and Sam Reed (Solicitor)',
    'Other Members in Attendance: Councillors Tate and Underwood',
    'APOLOGIES',
    'LIC12/16',
    'Apologies for absence were recorded from Councillor Vance.',
    'DECLARATIONS OF INTEREST',
    'LIC13/16',
    'No declarations of interest were made.',
    'TAXI FARES REVIEW',
    'LIC14/16',
    'The Committee considered the report of the Licensing Manager on the review of taxi fares. The Committee was',
    'asked to agree the revised table of fares for consultation.',
    'RESOLVED – That the revised table of fares be agreed for consultation.',
  ].join('\n');

  test('the header is the minutes\' own, not the letter\'s date', () => {
    const { minutes } = parse(pack);
    expect(minutes.committee).toBe('LICENSING COMMITTEE');
    expect(minutes.date).toBe('2016-05-19');
  });

  test('each heading in capitals takes the minute number printed under it', () => {
    expect(parse(pack).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['LIC12/16', 'APOLOGIES'],
      ['LIC13/16', 'DECLARATIONS OF INTEREST'],
      ['LIC14/16', 'TAXI FARES REVIEW'],
    ]);
  });

  test('officers and other members in attendance are read as in attendance, each on their own line', () => {
    const { minutes, attendance } = parse(pack);
    const inAttendance = attendance.filter((a) => a.status === 'in-attendance');
    expect(inAttendance.map((a) => [a.name, a.role])).toEqual([
      ['Ruth Quinn', 'Licensing Manager'],
      ['Sam Reed', 'Solicitor'],
      ['Tate', null],
      ['Underwood', null],
    ]);
    expect(minutes.apologies).toEqual(['Vance']);
    expect(minutes.declarationsState).toBe('none-declared');
  });

  test('a page without a letter keeps its first lines', () => {
    const { minutes } = parse(pack.split('\n').slice(16).join('\n'));
    expect(minutes.date).toBe('2016-05-19');
    expect(minutes.items).toHaveLength(3);
  });
});

describe('numbered headings in capitals run straight into their text', () => {
  const page = [
    'WESTBRIDGE COMMUNITY COUNCIL',
    '',
    'MINUTES OF THE COUNCIL MEETING HELD ON 12th MARCH 2019, AT THE VILLAGE HALL.',
    '',
    '21.PRESENT Councillors: A Brown, C Dunn, Mrs E Ford & G Hart',
    '',
    '22. APOLOGIES Apologies for absence were received from Councillors: J King & Mrs L Moss',
    '',
    `23. TO RECEIVE A PRESENTATION FROM THE POLICE The Chairman welcomed PC North to the meeting. ${'PC North reported on the work of the local team over the winter, the number of calls received and the steps being taken about speeding on the main road through the village. '.repeat(2)}`,
    '',
    '24. TO RECEIVE DECLARATIONS OF INTEREST Councillor C Dunn declared an interest in agenda item 9 as a member of the hall committee.',
  ].join('\n');

  test('each number is an item titled by its capitals', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['21', 'PRESENT'],
      ['22', 'APOLOGIES'],
      ['23', 'TO RECEIVE A PRESENTATION FROM THE POLICE'],
      ['24', 'TO RECEIVE DECLARATIONS OF INTEREST'],
    ]);
  });

  test('the attendance, apologies and the declaration in those items are read', () => {
    const { minutes, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['A Brown', 'C Dunn', 'Mrs E Ford', 'G Hart']);
    expect(minutes.apologies).toEqual(['J King', 'Mrs L Moss']);
    expect(minutes.declarations.map((d) => [d.member, d.item])).toEqual([['C Dunn', '9']]);
  });

  test('a numbered sentence that starts with capitals initials is not a heading', () => {
    const items = parse(['WESTBRIDGE COMMUNITY COUNCIL', '', 'MINUTES OF THE COUNCIL MEETING HELD ON 12th MARCH 2019.', '', '21. PRESENT: Councillors A Brown and C Dunn.', '', '22. APOLOGIES: None.', '', '23. PC North reported on speeding.'].join('\n')).minutes.items;
    expect(items.map((i) => i.title)).not.toContain('PC');
  });
});

describe('a transcription run onto one line, minutes numbered with a code and the council year', () => {
  const page = [
    'Ashwell Parish Council',
    '',
    'Size: px',
    'Start display at page:',
    '',
    'Download "Ashwell Parish Council"',
    '',
    'Transcription',
    '',
    '1 (These minutes are published subject to approval by the Parish Council and to any amendments that will be recorded in the minutes of the Meeting at which they are approved) Ashwell Parish Council Minutes of a Meeting of Ashwell Parish Council held at 7.30pm on Monday 3 March 2008 at the Village Hall, Mill Lane, Ashwell ' +
      'Ash/301/07-08 Present Members: Cllr A Bell (Chairman), Cllr C Dart, Cllr Eve and Cllr F Gold. ' +
      'Ash/302/07-08 Apologies for Absence Apologies for absence were received from Cllr Hunt. ' +
      'Ash/303/07-08 Declarations of Interest None were declared. ' +
      'Ash/304/07-08 Village Hall Roof The Clerk reported that three quotations had been received for the repair of the roof.',
  ].join('\n');

  test('the heading is the one before the date, with its time and place', () => {
    const { minutes } = parse(page);
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Ashwell Parish Council', '2008-03-03', '19:30', 'Village Hall, Mill Lane, Ashwell']);
  });

  test('each coded minute is an item, its title ending where its text starts', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['Ash/301/07-08', 'Present Members'],
      ['Ash/302/07-08', 'Apologies for Absence'],
      ['Ash/303/07-08', 'Declarations of Interest'],
      ['Ash/304/07-08', 'Village Hall Roof'],
    ]);
  });

  test('the list after "Present Members:" is read, and the apologies', () => {
    const { minutes, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['A Bell', 'C Dart', 'Eve', 'F Gold']);
    expect(minutes.apologies).toEqual(['Hunt']);
  });

  test('codes that do not follow one another are not cut', () => {
    const prose = `${page.split('\n')[0]}\n\nMinutes of the meeting held on 3 March 2008.\n\nThe Clerk referred to planning applications Ash/12/08 Barn Conversion and Ash/40/08 New Dwelling, which had been approved by the district council since the last meeting of the council in February.`;
    expect(parse(prose).minutes.items.map((i) => i.number)).not.toContain('Ash/12/08');
  });
});

describe('a Scottish partnership\'s minute run onto one line', () => {
  const page =
    '2 ESKVALE TRANSPORT PARTNERSHIP Minute of the Meeting of the Eskvale Transport Partnership held in the Garden Room, Station Hotel, Mill Street, Perth on Tuesday 16 June 2009 at 10.30am. ' +
    'Present: Councillor Jean Abbot (Angus Council); Councillors Will Baxter, Rory Craig and Alan Dunn (Dundee City Council); Bill Ellis and Gavin Ford (Members). ' +
    'In Attendance: E Grant (Director); N Hay, M Irvine and M Kerr (Eskvale); G Lamb (Secretary). ' +
    'Apologies for absence were received from Professor Ian Muir (Member). ' +
    '1. DECLARATIONS OF INTEREST In terms of the Code of Conduct, Councillor Will Baxter declared a non- financial interest in Item 8, the Travel Plan Progress Report and Councillor Rory Craig declared a non-financial interest in Item 10, the Estuary Rail Study Report. ' +
    '2. APPOINTMENT OF CHAIRPERSON Gillian Lamb, Secretary to the Partnership, reported on the need to appoint a new Chairperson.';

  test('the minute\'s heading gives the body, date, time and place', () => {
    const { minutes } = parse(page);
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Eskvale Transport Partnership', '2009-06-16', '10:30', 'Garden Room, Station Hotel, Mill Street, Perth']);
  });

  test('the first two numbered headings in capitals are items', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'DECLARATIONS OF INTEREST'],
      ['2', 'APPOINTMENT OF CHAIRPERSON'],
    ]);
  });

  test('"Present:" and "In Attendance:" run into the paragraph are read; a member called Will is a name, not a verb', () => {
    const { attendance, minutes } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Jean Abbot', 'Will Baxter', 'Rory Craig', 'Alan Dunn', 'Bill Ellis', 'Gavin Ford']);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['E Grant', 'Director'],
      ['N Hay', 'Eskvale'],
      ['M Irvine', 'Eskvale'],
      ['M Kerr', 'Eskvale'],
      ['G Lamb', 'Secretary'],
    ]);
    expect(minutes.apologies).toEqual(['Professor Ian Muir']);
  });

  test('two declarations joined by "and" are two, each non-financial (a hyphen broken at a line\'s end included)', () => {
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['Will Baxter', '8', 'non-financial'],
      ['Rory Craig', '10', 'non-financial'],
    ]);
  });
});

describe('a town council\'s monthly minutes whose first line lost its start', () => {
  const page = [
    'and Town Council Monthly Meeting Wednesday 15 th January 2014',
    '',
    'Councillor Mary Allen (Mayor) Councillors Glyn Bowen, Ken Carey, Mrs Jean Dale and David Evans',
    '',
    'In attendance: Ruth Fox (Town Clerk) and Alan Gee (Responsible Finance Officer)',
    '',
    '(Memorial Hall, Harbour Road, Porthcove, 7.00pm – 9.00pm)',
    '',
    '133. Opening Prayer',
    '',
    'The opening prayer was given by Cllr Glyn Bowen.',
    '',
    '134. Personal Matters',
    '',
    'Apologies were received from Cllrs Hugh Ince and Mrs Pat Jones.',
  ].join('\n');

  test('the date and body come from what is left of the first line; the place and times from the brackets', () => {
    const { minutes } = parse(page);
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.endTime, minutes.venue]).toEqual(['Town Council', '2014-01-15', '19:00', '21:00', 'Memorial Hall, Harbour Road, Porthcove']);
  });

  test('the unlabelled list of councillors, the Mayor first, is the members present', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Mary Allen', 'Mayor'],
      ['Glyn Bowen', null],
      ['Ken Carey', null],
      ['Mrs Jean Dale', null],
      ['David Evans', null],
    ]);
  });
});

describe('other headers and numbers seen on unseen councils', () => {
  test('"A meeting of the Community Council was held Tuesday night February the 6th 2018 at 7.30pm in …"', () => {
    const { minutes } = parse(['COMMUNITY COUNCIL', '', 'A meeting of the Community Council was held Tuesday night February the 6th 2018 at 7.30pm in Bro Hiraethog Community Centre, Llanfair.', '', '1. Welcome and Apologies:', '', 'Apologies were received from Cllr Gwyn Lloyd.', '', '2. Planning', '', 'No applications.'].join('\n'));
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Community Council', '2018-02-06', '19:30', 'Bro Hiraethog Community Centre, Llanfair']);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome and Apologies'],
      ['2', 'Planning'],
    ]);
  });

  test('"23-24/FRA/1": a minute number with the council year first', () => {
    const { minutes } = parse(['Agenda and minutes', '', 'Items', 'No. Item', '', '23-24/FRA/1', '', 'Election of Chair 2023/24', '', 'Minutes:', '', 'RESOLVED: That Councillor J Burn be elected Chair.', '', '23-24/FRA/2', '', 'Apologies', '', 'Minutes:', '', 'An apology for absence was received from Councillor R Wend.'].join('\n'));
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['23-24/FRA/1', 'Election of Chair 2023/24'],
      ['23-24/FRA/2', 'Apologies'],
    ]);
  });
});

describe('an Aberdeen-style minute: headings in capitals, the number starting the paragraph under each', () => {
  const page = [
    'Minute of Meeting of the Northshire Transport Partnership Board',
    '',
    'Aberdeen, Wednesday, 19 September 2018',
    '',
    'Present: Councillor Sandra Mack (Chairperson), and Councillors Philip Bain, John Coull and Alex Nairn.',
    '',
    'DECLARATIONS OF INTEREST',
    '',
    '1. There were no declarations of interest intimated.',
    '',
    'MINUTE OF BOARD MEETING, 20 JUNE 2018',
    '',
    '2. The Board had before it the minute of its previous meeting of 20 June 2018 for approval.',
    '',
    'The Board resolved:- to approve the minute as a correct record.',
    '',
    'BOARD MEETING DATES 2019',
    '',
    '3. The Board had before it a report which sought approval of dates for the Board meetings in 2019.',
  ].join('\n');

  test('the body, the place and the date come from the two heading lines', () => {
    const { minutes } = parse(page);
    expect([minutes.committee, minutes.date, minutes.venue]).toEqual(['Northshire Transport Partnership Board', '2018-09-19', 'Aberdeen']);
  });

  test('each heading takes the number of the paragraph under it', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'DECLARATIONS OF INTEREST'],
      ['2', 'MINUTE OF BOARD MEETING, 20 JUNE 2018'],
      ['3', 'BOARD MEETING DATES 2019'],
    ]);
  });

  test('"The Board resolved:- to approve …" records the resolution, and "no declarations" is none', () => {
    const { minutes } = parse(page);
    expect(minutes.decisions.map((d) => [d.item, d.text])).toEqual([['2', 'To approve the minute as a correct record.']]);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

describe('a parish page that says so when no one is absent and nothing is declared', () => {
  const page = [
    'Minutes of Meeting, Tuesday, 7th March 2023',
    '',
    'The Parish Council met on Tuesday, 7th March in the Evangelical Hall, at 7.30pm',
    '',
    'Councillors: T. Grant, V. Hale, A. Pell , S. Venn        Parishioners: 2',
    '',
    '573. Apologies for Absence: There were no absentees',
    '',
    '574. To invite Councillors to declare an interest in matters on the Agenda. None were declared',
    '',
    '575. Minutes 07/02/2023',
    '',
    'RESOLVED that the Minutes of the meeting held on 7th February 2023 be approved.',
  ].join('\n');

  test('"The Parish Council met on … in the Hall, at 7.30pm" gives the body, place and time; "Meeting" is no body', () => {
    const { minutes } = parse(page);
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Parish Council', '2023-03-07', '19:30', 'Evangelical Hall']);
  });

  test('"There were no absentees" names no one; the count of parishioners is no one\'s role', () => {
    const { minutes, attendance } = parse(page);
    expect(minutes.apologies).toEqual([]);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['T. Grant', 'present', null],
      ['V. Hale', 'present', null],
      ['A. Pell', 'present', null],
      ['S. Venn', 'present', null],
    ]);
  });

  test('a heading and its one-line minute are told apart, and "None were declared" is none', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['573', 'Apologies for Absence'],
      ['574', 'To invite Councillors to declare an interest in matters on the Agenda'],
      ['575', 'Minutes 07/02/2023'],
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

describe('a town council page: minutes numbered with two years, a page number over a sentence, a list ending on a comma', () => {
  const page = [
    'WESTPORT TOWN COUNCIL',
    '',
    'Minutes of a Meeting of Town Council held in The Guildhall on Thursday 6th December 2012 at 7.00pm',
    '',
    'PRESENT: Councillors: M Grey (Chairman), R Aston, P Clay, Mrs J Dent',
    '',
    'APOLOGIES: Councillors: C Rich, J Shaw,',
    '',
    'HEALTH AND SAFETY ANNOUNCEMENTS',
    '',
    'The Mayor informed those present of the actions required in the event of a fire.',
    '',
    '268/12/13 DECLARATIONS OF INTEREST',
    '',
    'None.',
    '',
    '2896',
    '',
    'The Chairman thanked Mr Webb on behalf of the council for his report and all the work he has done for the town.',
    '',
    '269/12/13 TOWN CRIER REPORT',
    '',
    'The report was noted.',
  ].join('\n');

  test('the heading after a list ending on a comma is not a name', () => {
    expect(parse(page).minutes.apologies).toEqual(['C Rich', 'J Shaw']);
  });

  test('"268/12/13" is minute 268 of 2012/13, and the page number over a sentence is no item', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['268/12/13', 'DECLARATIONS OF INTEREST'],
      ['269/12/13', 'TOWN CRIER REPORT'],
    ]);
  });
});

describe('a community council\'s draft minutes with the lists set in a column', () => {
  const page = [
    '                Draft Minutes of Meeting held on Thursday 12th January 2012',
    '',
    '                              Glenmoor Community Centre at 19.30',
    '',
    'Apologies and Attendees',
    '',
    'Attendees:           Councillor Helen Mack, Councillor Anne Young, Andrew Fin',
    '                     (Chair), David Rob, Sandra Mac, Judy',
    '                     McDowell, Gill Brock',
    '',
    'Other Attendees:     Alan Moss, Lynn Duke (Glenmoor Herald) plus three Members of the public',
    '',
    'Apologies:           Gordon Mack',
    '',
    '1. Welcome and Introduction',
    '',
    'CC Fin welcomed those present.',
  ].join('\n');

  test('the place and time under the heading', () => {
    const { minutes } = parse(page);
    expect([minutes.date, minutes.startTime, minutes.venue]).toEqual(['2012-01-12', '19:30', 'Glenmoor Community Centre']);
  });

  test('the attendees\' wrapped lines are one list; the public are no one\'s post', () => {
    const { minutes, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Helen Mack', 'Anne Young', 'Andrew Fin', 'David Rob', 'Sandra Mac', 'Judy McDowell', 'Gill Brock']);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Alan Moss', null],
      ['Lynn Duke', 'Glenmoor Herald'],
    ]);
    expect(minutes.apologies).toEqual(['Gordon Mack']);
  });
});

describe('never a declaration the minutes do not record', () => {
  test('a statement after "There were no declarations" is not a declaration', () => {
    const { minutes } = parse([
      'Eastmoor Fire Authority',
      '',
      'Wednesday, 11 December 2019',
      '',
      '1. Declaration of Members\' Interests',
      '',
      'Minutes: There were no declarations of Members\' interests.',
      '',
      'Councillor Bob Reed did, however, state that he had signed a petition which called for a second fire engine.',
      '',
      'Councillor Mark Dale indicated that he had also signed the petition.',
      '',
      '2. Questions from Members of the Public',
      '',
      'None.',
    ].join('\n'));
    expect(minutes.declarations).toEqual([]);
    expect(minutes.declarationsState).toBe('none-declared');
  });

  test('the statutory declaration of acceptance of office is not a declaration of interest', () => {
    const { minutes } = parse([
      'Minutes of the Annual Meeting of the County Council held on 20 May 2014',
      '',
      '24/14 ELECTION OF CHAIRMAN',
      '',
      'RESOLVED: That Mr David Moor be elected Chairman of the Council for the council year 2014/15.',
      '',
      '25/14 DECLARATION OF ACCEPTANCE OF OFFICE',
      '',
      'Mr Moor made the statutory declaration of office and took the Chair.',
    ].join('\n'));
    expect(minutes.declarations).toEqual([]);
  });

  test('a member who noted a membership in a declarations item that does not say "none" is still read', () => {
    const { minutes } = parse(['Eastmoor Committee', '', 'Tuesday, 4 June 2019', '', '1. Declarations of Interest', '', 'Councillor Denise Marsh noted that she was a member of the Eastmoor Trust.', '', '2. Minutes', '', 'Approved.'].join('\n'));
    expect(minutes.declarations.map((d) => d.member)).toEqual(['Denise Marsh']);
  });
});

describe('a ModernGov item table copied as text lines, with no blank lines', () => {
  const page = [
    'Agenda, decisions and minutes',
    'Venue: Conference Hall - Civic Centre, Engineers Way, Westbrook. View directions',
    'Contact: Jane Kell, Governance Manager Tel: 020 8937 0000',
    'Media',
    'No. | Item |',
    '---|---|',
    'Apologies for Absence Additional documents: Decision: An apology for absence was received from Councillor Mina Patel. Minutes: An apology for absence was received from Councillor Mina Patel. |',
    '|',
    'Declarations of Interest Members are invited to declare at this stage of the meeting any relevant interests. Additional documents: Decision: No declarations of interest were made at the meeting. Minutes: No declarations of interest were made at the meeting. |',
    '|',
    'Minutes of the Previous Meeting PDF 246 KB To approve the minutes of the previous meeting held on Monday 17 April 2023 as a correct record. Additional documents: Minutes: RESOLVED that the minutes of the previous meeting held on Monday 17 April 2023 be approved as an accurate record of the meeting. |',
  ].join('\n');

  test('each row is an item with its title, the table\'s head and rule are not', () => {
    expect(parse(page).minutes.items.map((i) => i.title)).toEqual(['Apologies for Absence', 'Declarations of Interest', 'Minutes of the Previous Meeting']);
  });

  test('the rows\' minutes are read', () => {
    const { minutes } = parse(page);
    expect(minutes.apologies).toEqual(['Mina Patel']);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

describe('the chair and the date, told right', () => {
  test('"Councillor MAY, Convener, in the Chair." gives the one present member of that name the chair, and adds no one', () => {
    const { attendance } = parse([
      'MINUTE of MEETING of the ROADS COMMITTEE held in the Town Hall, Forfar on Tuesday 20 January 2009 at 4.00 pm.',
      '',
      'Present: Councillors DAVID MAY, DAVID FAIR, GLENNIS MIDDLE and JOHN WHYTE.',
      '',
      'Councillor MAY, Convener, in the Chair.',
      '',
      '1. APOLOGIES',
      '',
      'None.',
    ].join('\n'));
    expect(attendance.map((a) => [a.name, a.role])).toEqual([
      ['DAVID MAY', 'Chair'],
      ['DAVID FAIR', null],
      ['GLENNIS MIDDLE', null],
      ['JOHN WHYTE', null],
    ]);
  });

  test('a web page\'s posting date gives way to the date in the printed heading', () => {
    const { minutes } = parse([
      'Townbury Town Council 2007 minutes',
      '',
      'Tuesday, August 28, 2007',
      '',
      'Minutes of the meeting of Townbury Town Council held in the Church Hall, Fore Street, Townbury on Monday, 6th August 2007 at 7pm',
      '',
      '14365 CHAIRMAN’S ANNOUNCEMENTS',
      'The chairman reported on his engagements.',
    ].join('\n'));
    expect([minutes.committee, minutes.date, minutes.startTime]).toEqual(['Townbury Town Council', '2007-08-06', '19:00']);
  });
});

test('"Apologies for absence were submitted on behalf of:-" over a Members / Role table ends at the next heading', () => {
  const { minutes } = parse([
    'At a MEETING of the EASTSHIRE INTEGRATION JOINT BOARD held remotely on 27th October, 2021.',
    '',
    'Present:-',
    '',
    'Members',
    '',
    'Role',
    '',
    'Trudy MACK (Vice Chairperson)',
    '',
    'Nominated by Health Board (Non-Executive Member)',
    '',
    'Lynne SHORE',
    '',
    'Nominated by Eastshire Council (Elected Member)',
    '',
    'I APOLOGIES FOR ABSENCE',
    '',
    'Apologies for absence were submitted on behalf of:-',
    '',
    'Members',
    '',
    'Role',
    '',
    'Anne BUCHAN',
    '',
    'Nominated by Health Board (Non-Executive Member)',
    '',
    'Ken LYNE (Chairperson)',
    '',
    'Nominated by Eastshire Council (Elected Member)',
    '',
    'II DECLARATION OF INTEREST',
    '',
    'There were no declarations of interest.',
  ].join('\n'));
  expect(minutes.apologies).toEqual(['Anne BUCHAN', 'Ken LYNE']);
});

test('decisions recorded in passive prose: a Scottish minute approved or noted, a report submitted and noted, prices agreed', () => {
  const { minutes } = parse([
    'Eastshire Committee',
    '',
    'Tuesday 20 January 2009',
    '',
    '3. MINUTES',
    '',
    'The minute of meeting of this Committee of 25 November 2008 was approved as a correct record and signed by the Convener.',
    '',
    'The minute of meeting of the Executive Sub-Committee of 15 December 2008 was submitted and noted.',
    '',
    'Following the above amendment, the minutes from 9 January 2009 were noted.',
    '',
    '4. ROADS REPORT',
    '',
    'There was submitted and noted Report No 51/09 by the Director of Infrastructure Services.',
    '',
    '5. HALL CHARGES',
    '',
    'The new prices were unanimously agreed.',
    '',
    'The minute\'s silence was observed.',
  ].join('\n'));
  expect(minutes.decisions.map((d) => [d.item, d.kind, d.text.slice(0, 40)])).toEqual([
    ['3', 'procedural', 'The minute of meeting of this Committee '],
    ['3', 'noted', 'The minute of meeting of the Executive S'],
    ['3', 'noted', 'Following the above amendment, the minut'],
    ['4', 'noted', 'There was submitted and noted Report No '],
    ['5', 'action', 'The new prices were unanimously agreed.'],
  ]);
});

test('a declarations item listing members by their initials is "could not read", never absent or none', () => {
  const { minutes } = parse([
    'COMMUNITY COUNCIL',
    '',
    'A meeting of the Community Council was held on 6 February 2018 at 7.30pm in the Village Hall.',
    '',
    '1. Welcome and Apologies:',
    '',
    'Apologies were received from Cllr Gwyn Lloyd.',
    '',
    '2. DECLARATION OF INTEREST – IF THERE IS ANY ITEM ON THE AGENDA THAT IS LINKED TO A MEMBER OF THE COUNCIL, THEY SHOULD DECLARE AN INTEREST 2.1 AV – Invoice submitted for the costs under item 11. 2.2 GL – Planning application 0/44654.',
    '',
    '3. Planning',
    '',
    'No applications.',
  ].join('\n'));
  expect(minutes.items.map((i) => i.title)).toContain('DECLARATION OF INTEREST');
  expect(minutes.declarations).toEqual([]);
  expect(minutes.declarationsState).toBe('unread');
});

test('a ModernGov row copied with its minutes on the next line, and an item\'s first sub-heading on its number\'s line', () => {
  const rows = parse([
    'Recording of Meeting Members are reminded that this meeting will be audio-recorded. Minutes: Members were reminded that the meeting would be audio-recorded.',
    'Apologies for Absence Minutes: Apologies for absence were received from Councillor Rachel Bell.',
    "Chair's Announcements To receive any announcements that the Chair wishes to make.",
    'Minutes: The Chair asked Members to note the content of the announcements. |',
    "Declaration of Members' Interests Members are reminded of the Code of Conduct. Minutes: There were no declarations of Members’ interests.",
  ].join('\n')).minutes;
  expect(rows.items.map((i) => i.title)).toEqual(['Recording of Meeting', 'Apologies for Absence', "Chair's Announcements", "Declaration of Members' Interests"]);

  const lettered = parse(['Parish Council', '', 'Tuesday, 7th March 2023', '', '575. Minutes', '', 'Approved.', '', '576.  a) Planning applications', '', 'There were no new planning applications.', '', 'b) Planning decisions', '', 'None.'].join('\n')).minutes;
  expect(lettered.items.map((i) => [i.number, i.title])).toEqual([
    ['575', 'Minutes'],
    ['576', 'Planning applications'],
  ]);
});

test('"with Councillor A substituting for Councillor B and Councillor C substituting for Councillor D": both substitutes', () => {
  const { attendance } = parse([
    'MINUTE of MEETING of the ROADS COMMITTEE held in the Town Hall, Forfar on Tuesday 20 January 2009 at 4.00 pm.',
    '',
    'Present: Councillors DAVID MAY, GLENNIS MIDDLE, DONALD MORRIS and JOHN WHYTE.',
    '',
    '1. APOLOGIES/SUBSTITUTES',
    '',
    'Apologies for absence were intimated on behalf of Councillors Frank Ellis and Sandy West with Councillor Glennis Middle substituting for Councillor Ellis and Councillor Donald Morris substituting for Councillor West.',
  ].join('\n'));
  expect(attendance.filter((a) => a.role?.startsWith('substitute')).map((a) => [a.name, a.role])).toEqual([
    ['GLENNIS MIDDLE', 'substitute for Ellis'],
    ['DONALD MORRIS', 'substitute for West'],
  ]);
});

describe('a ModernGov cabinet page: long agenda headings over "Minutes:", and two members sharing a surname', () => {
  const page = [
    'Cabinet - Thursday, 24th March, 2011 7.00 pm',
    '',
    '277.',
    '',
    'Declarations of Interest in matters before this meeting',
    '',
    'Minutes:',
    '',
    'Councillors George and Judith Crane both declared a personal interest in Item 9 (minute 284) as their property backed onto the school and remained in the room.',
    '',
    'Councillor George Crane declared a personal interest in Item 17 as a trustee of the Groundwork Trust and remained in the room.',
    '',
    '278.',
    '',
    'To confirm that the items of business marked Part 1 will be considered in public and that the items of business marked Part 2 in private',
    '',
    'Minutes:',
    '',
    'This was confirmed.',
    '',
    '279.',
    '',
    'The use of Assistive Technology to support Independent Living - a major review by the Social Services Policy Overview Committee pdf icon PDF 129 KB',
    '',
    'Additional documents:',
    '',
    'Minutes:',
    '',
    'RESOLVED: That Cabinet welcomes the review.',
  ].join('\n');

  test('each long heading is its item', () => {
    expect(parse(page).minutes.items.map((i) => i.number)).toEqual(['277', '278', '279']);
  });

  test('"Councillors George and Judith Crane" are George Crane and Judith Crane, as the minutes name him in full', () => {
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.item])).toEqual([
      ['George Crane', '9'],
      ['Judith Crane', '9'],
      ['George Crane', '17'],
    ]);
  });

  test('a list of surnames is left as it is', () => {
    const { minutes } = parse(page.replace('Councillor George Crane declared', 'Councillor Crane declared'));
    expect(minutes.declarations.map((d) => d.member)).toEqual(['George', 'Judith Crane', 'Crane']);
  });
});

describe('a ModernGov page copied from below its header', () => {
  const page = [
    'Most Council meetings can be viewed on the Council’s YouTube channel. You can watch them live or view previous recordings.',
    '',
    'Apologies for absence',
    '',
    'An apology for absence was received from Cllr Ejaz Aslan and CllrGary Hardy attended as substitute.',
    '',
    'To sign the minutes of the previous meeting pdf icon PDF 136 KB',
    '',
    'The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed by the Chair.',
  ].join('\n');

  test('"Most Council meetings …" names no council', () => {
    expect(parse(page).minutes.council).toBeNull();
  });

  test('"… from Cllr A and CllrB attended as substitute": B came for A, the title glued to the name or not', () => {
    const { minutes, attendance } = parse(page);
    expect(minutes.apologies).toEqual(['Ejaz Aslan']);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([['Gary Hardy', 'substitute for Ejaz Aslan']]);
  });
});

test('a shared document\'s banner names no one; "MINUTES OF PROCEEDINGS" over "At a meeting of the …" names the body', () => {
  const { minutes, attendance } = parse([
    'Docstoc',
    '',
    'In Attendance - DOC',
    '',
    'Document Sample',
    'In Attendance - DOC Powered By Docstoc',
    '                          CITY OF EASTMINSTER',
    '',
    '                    LICENSING SUB-COMMITTEE No.5',
    '',
    '                          MINUTES OF PROCEEDINGS',
    '',
    'At a meeting of the Licensing Sub-Committee No. 5 held at 6pm on Tuesday 27 September 2005 in the Council Chamber, Council House',
    '',
    'Present:   Councillors:     Frixos Tomb (Chairman)',
    '',
    '1     Membership',
    '',
    'There were no changes to the membership.',
  ].join('\n'));
  expect([minutes.committee, minutes.date, minutes.startTime]).toEqual(['Licensing Sub-Committee No. 5', '2005-09-27', '18:00']);
  expect(attendance.map((a) => a.name)).toEqual(['Frixos Tomb']);
});

describe('a parish page with members known by their initials', () => {
  const page = [
    'ASHLEY PARISH COUNCIL',
    'DRAFT MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 16th JANUARY 2017 IN THE VILLAGE HALL AT 7.30PM',
    '1. APOLOGIES',
    'Mark Eden (ME), John Hale (JH), Mary Hebden (MH).',
    '2. MATTERS ARISING',
    'Defibrillator. Councillors are keen to get a defibrillator. ACTION: NB to chase BT to remove the old phone box. PB to chase grant for defibrillator.',
    '3. HIGHWAYS',
    'Butt Lane junction',
  ].join('\n');

  test('an apologies item listing names in full with their initials', () => {
    expect(parse(page).minutes.apologies).toEqual(['Mark Eden', 'John Hale', 'Mary Hebden']);
  });

  test('the task after an action label, owned by the initials before "to"', () => {
    expect(parse(page).minutes.decisions.filter((d) => d.kind === 'action').map((d) => [d.owner, d.text])).toEqual([
      ['NB', 'NB to chase BT to remove the old phone box.'],
      ['PB', 'PB to chase grant for defibrillator.'],
    ]);
  });
});

describe('a Scottish committee printed in narrow columns', () => {
  const page = [
    '2007.P.F.A.M.1',
    '',
    'THE EASTFIELD COUNCIL - POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE - GLENMORE.',
    '',
    '2nd August, 2007',
    '',
    '10.00 a.m. - 1.25 p.m.',
    '',
    '2.00 p.m. - 2.50 p.m.',
    '',
    'PRESENT:',
    '',
    'Councillors Peter Gray (Chair), David Allan, Andrew Arbuck,',
    'Tim Brett and Pat Callan.',
    '',
    'ATTENDING:',
    '',
    'Ronnie Hind, Chief Executive; Michael Enson, Executive Director',
    '(Performance & Organisational Support); Iain Gray, Committee Manager',
    'and Steve Thomson, Committee Administrator, Law & Administration',
    'Service; and John Allan, Senior Manager, Social Work Service.',
    '',
    'APOLOGY',
    'FOR ABSENCE:',
    '  Councillor George Lesley.',
    '',
    '1.',
    'DECLARATIONS OF INTEREST',
    '',
    'Councillor Tim Brett declared an interest in paragraph 15 as manager of the Voluntary Service.',
  ].join('\n');

  test('council, body and place in one line; the sittings from first start to last end', () => {
    const { minutes } = parse(page);
    expect([minutes.council, minutes.committee, minutes.venue, minutes.date, minutes.startTime, minutes.endTime]).toEqual([
      'EASTFIELD COUNCIL', 'POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE', 'GLENMORE', '2007-08-02', '10:00', '14:50',
    ]);
  });

  test('officers as "Name, Post;" wrapped over lines, and an apology label wrapped in two', () => {
    const { minutes, attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Ronnie Hind', 'Chief Executive'],
      ['Michael Enson', 'Executive Director (Performance & Organisational Support)'],
      ['Iain Gray', 'Committee Manager'],
      ['Steve Thomson', 'Committee Administrator, Law & Administration Service'],
      ['John Allan', 'Senior Manager, Social Work Service'],
    ]);
    expect(minutes.apologies).toEqual(['George Lesley']);
  });

  test('"in paragraph 15" names the minute the interest is in', () => {
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.item])).toEqual([['Tim Brett', '15']]);
  });
});

test('apologies "for whom … was substitute" and a second group "and from PKC Clrs …"', () => {
  const { minutes, attendance } = parse([
    'Eastshire Fire and Rescue Authority - Policy and Strategy',
    'Friday, 24th July, 2015 10.00 am',
    '',
    '1.',
    '',
    'APOLOGIES FOR ABSENCE',
    '',
    'Minutes:',
    '',
    'Apologies for absence were received from:',
    '',
    'Councillor Jon Cole, for whom Councillor Malcolm Wood was substitute;',
    '',
    'Councillor Chris Barns, for whom Councillor Roger Jack was substitute.',
    '',
    '2.',
    '',
    'VISITORS',
    '',
    'Minutes:',
    '',
    'Apologies were received from CClrs Hamilton and Smith, and from PKC Clrs Barnett and Cuthbert.',
  ].join('\n'));
  expect(minutes.apologies).toEqual(['Jon Cole', 'Chris Barns', 'Hamilton', 'Smith', 'Barnett', 'Cuthbert']);
  expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
    ['Malcolm Wood', 'substitute for Jon Cole'],
    ['Roger Jack', 'substitute for Chris Barns'],
  ]);
});

describe('a Scottish council\'s full meeting run onto one line', () => {
  const page =
    'EASTERHOLM COUNCIL - 18 June 2009 Dunmore, 18 June 2009 at 4 pm. A Meeting of the EASTERHOLM COUNCIL PRESENT Councillor Baird, Provost; Councillor Rennie, Depute Provost; Councillors Aitken, Bryce, Cowan and Dunlop. CHAIR Councillor Baird (Provost) presided. IN ATTENDANCE The Chief Executive. APOLOGIES Councillors Ewing and Fyfe. DECLARATIONS OF INTEREST IN TERMS OF THE ETHICAL STANDARDS IN PUBLIC LIFE ETC. (SCOTLAND) ACT 2000 1. Prior to consideration of the business on the agenda, declarations of interest were received from Members, details of which are set out below, and the Members concerned took no part in the consideration of the matters identified:- Councillors Aitken and Bryce by reason of their membership of the Board of Dunmore Stadium Limited in respect of paragraph 43 of the Minute of the meeting of the Leisure Committee of 12 May 2009. Councillor Cowan by reason of her membership of the Dunmore Civic Trust.';

  test('the council, its meeting, the place, date and time', () => {
    const { minutes } = parse(page);
    expect([minutes.council, minutes.committee, minutes.venue, minutes.date, minutes.startTime]).toEqual(['EASTERHOLM COUNCIL', 'EASTERHOLM COUNCIL', 'Dunmore', '2009-06-18', '16:00']);
  });

  test('civic offices after the names are roles, not people', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Baird', 'Provost'],
      ['Rennie', 'Depute Provost'],
      ['Aitken', null],
      ['Bryce', null],
      ['Cowan', null],
      ['Dunlop', null],
    ]);
  });

  test('each entry "Councillors … by reason of …" set out below is a declaration; another meeting\'s paragraph is no item here', () => {
    expect(parse(page).minutes.declarations.map((d) => [d.member, d.item, d.withdrew])).toEqual([
      // "took no part in the consideration": not said to have left the room, so not a withdrawal.
      ['Aitken', null, false],
      ['Bryce', null, false],
      ['Cowan', null, false],
    ]);
  });
});

test('a meeting page whose agenda numbers and minute numbers both print, one heading lost in the copy', () => {
  const { minutes } = parse([
    'Full Authority',
    '30 May 2018 - 10:00 to 11:30',
    '',
    'Agenda Items',
    '1 Election of Chairman',
    'To elect a Chairman of the Authority.',
    '177',
    '',
    'RESOLVED that Mr R J Phelps be elected as Chairman of the Fire Authority.',
    '',
    '2 Apologies for Absence',
    'To receive any apologies for absence.',
    '178',
    'Apologies were received from Cllr R Adams.',
    '3 Declarations of Interest (if any)',
    'This item allows the Chairman to invite any Councillor to declare an interest.',
    '179',
    'There were no interests declared.',
    'To confirm the minutes of the meeting held on 14 February 2018.',
    '180',
    '',
    'RESOLVED that the minutes of the meeting held on 14 February 2018 be confirmed as a correct record.',
    '',
    '5 Chairman’s Announcements',
    'To update Members on recent activities.',
    '181',
    '',
    'The Chairman thanked officers.',
  ].join('\n'));
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['177', 'Election of Chairman'],
    ['178', 'Apologies for Absence'],
    ['179', 'Declarations of Interest (if any)'],
    // (The heading "4 Minutes" was lost; the agenda's wording under it is the item's heading, as a reader takes it.)
    ['180', 'To confirm the minutes of the meeting held on 14 February 2018'],
    ['181', 'Chairman’s Announcements'],
  ]);
  expect(minutes.decisions.map((d) => d.item)).toEqual(['177', '180']);
});

test('"The Committee resolved:-" over its resolution; a coded number glued to its heading', () => {
  const { minutes } = parse([
    'ASSETS COMMITTEE',
    '',
    'Monday 4 March 2024',
    '',
    'A23/023 STRATEGIC PLAN',
    '',
    'Progress on delivery of agreed actions was noted.',
    '',
    'A23/024COMMITTEE SERVICE FEES 2024/25',
    '',
    'The Committee resolved:-',
    '',
    'to approve the fees as set out in the report.',
  ].join('\n'));
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['A23/023', 'STRATEGIC PLAN'],
    ['A23/024', 'COMMITTEE SERVICE FEES 2024/25'],
  ]);
  expect(minutes.decisions.filter((d) => d.item === 'A23/024').map((d) => d.text)).toEqual(['To approve the fees as set out in the report.']);
});

test('a web page\'s link "Contact your Parish Council" is not the council', () => {
  const { minutes } = parse(['Contact your Parish Council', '', 'Minutes 11/07/2012, 18.30', '', 'WESTSTONE BOROUGH COUNCIL', '', 'CABINET', '', 'Minutes of the meeting held on', 'Wednesday 11 July 2012', '', '32. Apologies for Absence', '', 'There were no apologies for absence.'].join('\n'));
  expect([minutes.council, minutes.committee, minutes.date]).toEqual(['WESTSTONE BOROUGH COUNCIL', 'CABINET', '2012-07-11']);
});

test('prose decisions: voted as Chairman, a noun phrase noted, decisions and minutes approved; "It was noted" is not one', () => {
  const { minutes } = parse([
    'Eastfield Parish Council',
    '',
    'Minutes of the meeting held on Monday 12 May 2008',
    '',
    '1. ELECTION OF CHAIRMAN',
    '',
    'Cllr Prabu was unanimously voted as Chairman.',
    '',
    '2. MINUTES',
    '',
    'The decisions and minutes of the last meeting were approved as a correct record.',
    '',
    '3. STRATEGIC PLAN',
    '',
    'Progress on delivery of agreed actions was noted.',
    '',
    'It was noted that the hall was booked.',
  ].join('\n'));
  expect(minutes.decisions.map((d) => [d.item, d.kind, d.text])).toEqual([
    ['1', 'procedural', 'Cllr Prabu was unanimously voted as Chairman.'],
    ['2', 'procedural', 'The decisions and minutes of the last meeting were approved as a correct record.'],
    ['3', 'noted', 'Progress on delivery of agreed actions was noted.'],
  ]);
});

test('a venue field run on to the date field stops at "Date:"', () => {
  const { minutes } = parse(['Meeting: Eastmoor National Park Authority', 'Venue: The National Park Office, The Old Vicarage, Bondgate, Helmsley', 'Date: Monday 25 September 2023 at 9.30am', 'Business', '1. Apologies for absence', '2. Public minutes of the meeting held on 19 June 2023'].join('\n'));
  expect([minutes.venue, minutes.date, minutes.startTime]).toEqual(['The National Park Office, The Old Vicarage, Bondgate, Helmsley', '2023-09-25', '09:30']);
});

test('a police rank goes to the role; a clergy style stays with the name as printed', () => {
  const { attendance } = parse([
    'WESTPORT TOWN COUNCIL',
    '',
    'Minutes of a Meeting of Town Council held in The Guildhall on Thursday 6th December 2012 at 7.00pm',
    '',
    'PRESENT: Councillors: M Grey (Chairman), R Aston',
    '',
    'ALSO PRESENT: Sergeant A Dunn – Westport Police, R Lane – Town Clerk',
    '',
    'APOLOGIES: Councillors: C Rich, Canon Reverend A Butt',
  ].join('\n'));
  expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['M Grey', 'present', 'Chair'],
    ['R Aston', 'present', null],
    ['A Dunn', 'in-attendance', 'Sergeant Westport Police'],
    ['R Lane', 'in-attendance', 'Town Clerk'],
    ['C Rich', 'apologies', null],
    ['Canon Reverend A Butt', 'apologies', null],
  ]);
});

describe('an agenda run onto one line after its AGENDA word', () => {
  const page =
    'WESTDOWN BOROUGH COUNCIL 23 September 2016 Dear Sir/Madam You are hereby invited to attend a meeting of the Westdown Borough Council which will be held in the Council Chamber, Town Hall, Bangor on Wednesday, 28 September 2016 commencing at 7.00pm. Yours faithfully Chief Executive A G E N D A 1. Prayer 2. Apologies 3. Declarations of Interest 4. Mayor’s Business 5. Minutes of Meeting of 24 August 2016 (Copy attached) 6. Minutes of Committees (Copies attached) 6.1. Planning Committee dated 6 September 2016 7. Sealing Documents';

  test('each number of the run is an item of the agenda', () => {
    const { minutes } = parse(page);
    expect(minutes.document).toBe('agenda');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Prayer'],
      ['2', 'Apologies'],
      ['3', 'Declarations of Interest'],
      ['4', 'Mayor’s Business'],
      ['5', 'Minutes of Meeting of 24 August 2016'],
      ['6', 'Minutes of Committees'],
      ['7', 'Sealing Documents'],
    ]);
    expect([minutes.date, minutes.startTime]).toEqual(['2016-09-28', '19:00']);
  });

  test('numbered points in a paragraph without the AGENDA word are not cut', () => {
    const prose = 'EASTDOWN COUNCIL\n\nMinutes of the meeting held on 4 May 2016\n\n5. HOUSING\n\nThe Council agreed: 1. That the plan be approved 2. That officers report back 3. That the Leader write to the Minister 4. That the fund be set up, all of which were carried unanimously after a long debate on the housing strategy for the district.';
    expect(parse(prose).minutes.items.map((i) => i.number)).toEqual(['5']);
  });
});

test('sub-items titled by dates with a separator before their link', () => {
  const { minutes } = parse(['Agenda and minutes', '', 'Executive Board - Monday, 4th June, 2018 10.00 am', '', 'Items', 'No. Item', '', '5.', '', 'MINUTES', '', 'Additional documents:', '', '5.1', '', '5TH FEBRUARY, 2018; pdf icon PDF 244 KB', '', 'Minutes:', '', 'RESOLVED that the minutes be signed as a correct record.', '', '5.2', '', '30TH APRIL, 2018; pdf icon PDF 169 KB', '', 'Minutes:', '', 'RESOLVED that the minutes be signed as a correct record.'].join('\n'));
  expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['5', 'MINUTES'],
    ['5.1', '5TH FEBRUARY, 2018'],
    ['5.2', '30TH APRIL, 2018'],
  ]);
});

test('minutes run onto one line with the printed heading inside are minutes, not refused; a document reference is not the council', () => {
  const text =
    'MM 23.06.2020 EASTBURN & WESTREAGH CITY COUNCIL Minutes of the Remote Monthly Meeting of Council held on Tuesday, 23 June, 2020 at 5:32 pm PRESENT IN The Right Worshipful the Mayor CHAMBER: Councillor N Trim Deputy Mayor Councillor Jenny Palm Commencement of the Meeting At the commencement of the meeting, the Mayor welcomed those present to the remote meeting of Council, which was being live streamed.';
  const { minutes } = parse(text);
  expect(minutes.document).toBe('minutes');
  expect([minutes.council, minutes.committee, minutes.date, minutes.startTime]).toEqual(['EASTBURN & WESTREAGH CITY COUNCIL', 'Council', '2020-06-23', '17:32']);
});

describe('headings without "held", or inside the first paragraph', () => {
  test('"Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall"', () => {
    const { minutes } = parse(['<<', '', 'Chair June Hood [email protected] Secretary Cathie Buch [email protected]', '', 'Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall', '', '1. Present', '', 'Carlyn Dougall, June Hood', '', '2. Appointment of the Chair', '', 'June accepted the nomination.'].join('\n'));
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Community Council', '2019-10-29', '19:30', 'Village Hall']);
  });

  test('"At a meeting of the X held in … on Friday, 15th September, 2017 the following Members were present"', () => {
    const { minutes } = parse('WESTPOOL COMBINED AUTHORITY PUBLICATION: 15 SEPTEMBER 2017 DEADLINE FOR CALL-IN: 25 SEPTEMBER 2017. At a meeting of the Westpool City Region Combined Authority held in the Authority Chamber - No. 1 Mann Island, Westpool on Friday, 15th September, 2017 the following Members were Present: Councillor P Davies, Councillor B Grune.\n\n1. APOLOGIES\n\nNone.');
    expect([minutes.committee, minutes.date]).toEqual(['Westpool City Region Combined Authority', '2017-09-15']);
  });
});

describe('lists under a heading of their own', () => {
  test('"Elected Members" over one member to a line, each with the council they come from', () => {
    const { attendance } = parse(['A meeting of representatives of the health scrutiny committees.', '', '10.30 a.m. Friday 26th February 2010', '', 'Minutes of the meeting', '', 'Elected Members', '', 'Cllr Marian Swann, Darlington Borough Council', '', 'Cllr Stuart Greer, Gateshead Council', '', 'Cllr Jonathan Brace, Hartlepool Borough Council', '', '1. Apologies', '', 'Apologies were received from Cllr Ann Cole.'].join('\n'));
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Marian Swann', 'present', null],
      ['Stuart Greer', 'present', null],
      ['Jonathan Brace', 'present', null],
      ['Ann Cole', 'apologies', null],
    ]);
  });

  test('"1. Present" over the list: the members present, and the heading stays an item', () => {
    const { minutes, attendance } = parse(['Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall', '', '1. Present', '', 'Carlyn Dougall, June Hood, Louise Rint, Alick Rint', '', 'Apologies: Billy Dougall', '', '2. Appointment of the Chair', '', 'June accepted the nomination.'].join('\n'));
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Carlyn Dougall', 'June Hood', 'Louise Rint', 'Alick Rint']);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Present'],
      ['2', 'Appointment of the Chair'],
    ]);
  });
});

test('a letter-spaced label ("P r e s e n t:") is read; capitals initials are never joined', () => {
  const { attendance } = parse('At a meeting of the Westpool City Region Combined Authority held in the Authority Chamber, Westpool on Friday, 15th September, 2017 the following Members were P r e s e n t: Councillor P Davies, Councillor B Grune and Councillor R Polhill.\n\nApologies for absence were received from Councillor A B C Moor.\n\n1. MINUTES\n\nThe minutes were approved as a correct record.');
  expect(attendance.map((a) => [a.name, a.status])).toEqual([
    ['P Davies', 'present'],
    ['B Grune', 'present'],
    ['R Polhill', 'present'],
    ['A B C Moor', 'apologies'],
  ]);
});

test('a network\'s page: the time before the date, and a column of member councils is not the page\'s council', () => {
  const { minutes } = parse(['A meeting of representatives of the health scrutiny committees of the twelve local authorities.', '', '10.30 a.m. Friday 26th February 2010', '', 'Minutes of the meeting', '', 'Elected Members', '', 'Cllr Marian Swann, Darlington Borough Council', '', 'Cllr Stuart Greer, Gateshead Council', '', 'Cllr Jonathan Brace, Hartlepool Borough Council', '', 'Darlington Borough Council', '', 'Gateshead Council', '', 'Hartlepool Borough Council', '', 'Middlesbrough Council', '', '1. Apologies', '', 'Apologies were received from Cllr Ann Cole.'].join('\n'));
  expect([minutes.council, minutes.date, minutes.startTime]).toEqual([null, '2010-02-26', '10:30']);
});

describe('a town council\'s minutes numbered "1)" and a parish heading with "Full"', () => {
  test('"1) Apologies – Councillors …", "2) Declarations of Interest – …", "4) Councillor vacancies" are items titled before the dash', () => {
    const { minutes } = parse(['Minutes of the Council Meeting, 14th May 2024', '', '1) Apologies – Councillors S Dole, N Tarr and B Ellis.', '2) Declarations of Interest – PM and GW in relation to Acre field', '3) Minutes of previous meeting', 'The minutes of the full council meeting on 9th April 2024 were unanimously approved.', '4) Councillor vacancies', 'There are two vacancies for Councillors.'].join('\n'));
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes of previous meeting'],
      ['4', 'Councillor vacancies'],
    ]);
    expect(minutes.apologies).toEqual(['S Dole', 'N Tarr', 'B Ellis']);
  });

  test('"the Full Brandon Town Council" is Brandon Town Council; a rank and the public beside the list', () => {
    const { minutes, attendance } = parse(['BRANDWELL TOWN COUNCIL', 'Minutes of the Meeting of the Full Brandwell Town Council', 'Held at 7pm on Monday 5th September 2005', 'At the Forest School, Bury Road, Brandwell', ' ', 'Present: Cllr. Mrs E Miller (in the Chair), Cllr. R Silver', ' ', 'Also present: Mrs C Mason (Acting Town Clerk), Squadron Leader Jo Daniel', '1 member of the public', ' ', '1.  APOLOGIES FOR ABSENCE', 'Cllr. S Edge due to an alternative meeting'].join('\n'));
    expect(minutes.committee).toBe('Brandwell Town Council');
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Mrs C Mason', 'Acting Town Clerk'],
      ['Jo Daniel', 'Squadron Leader'],
    ]);
  });
});

test('"Thursday 25 October 2012 East Herts District Council Wallfields," under the heading: the date, then the place', () => {
  const { minutes } = parse(['MEETING OF POLICE AND CRIME PANEL', '', 'Thursday 25 October 2012 Eastfield District Council Wallfields,', '', 'Present: Cllr M Alex, Eastfield District Council', '', '1. APOLOGIES', '', 'Apologies were received from Cllr A White.'].join('\n'));
  expect([minutes.committee, minutes.date, minutes.venue]).toEqual(['POLICE AND CRIME PANEL', '2012-10-25', 'Eastfield District Council Wallfields']);
});

test('"Action SH" under a paragraph gives that paragraph to its owners as an action; "Action is needed" does not', () => {
  const { minutes } = parse(['Parish Council', '', 'Minutes of the Council Meeting, 14th May 2024', '', '4) Councillor vacancies', 'There are two vacancies for Councillors, and the positions will be advertised.', 'Action SH', '5) Website update', 'Business emails to be set up by each Councillor.', 'Action ALL', '6) Recruitment', 'It will continue to be promoted.', 'Action CB, NT, JH', '7) Trees', 'The hedge needs cutting back.', 'Action is needed before spring.'].join('\n'));
  expect(minutes.decisions.map((d) => [d.item, d.kind, d.owner])).toEqual([
    ['4', 'action', 'SH'],
    ['5', 'action', 'ALL'],
    ['6', 'action', 'CB, NT, JH'],
  ]);
});

test('a bilingual community council keeps its English name; "Council Meeting" is the council; minutes "unanimously approved"', () => {
  const { minutes } = parse(['Minutes 14th May 2024', 'CYNGOR CYMUNED LLANGOEDMOR COMMUNITY COUNCIL', '', 'Minutes of the Council Meeting,', '14th May 2024 Venue, Church House', '', '1) Apologies – Councillors S Dole and N Tarr.', '2) Minutes of previous meeting', 'The minutes of the full council meeting on 9th April 2024 were unanimously approved.'].join('\n'));
  expect([minutes.council, minutes.committee, minutes.date]).toEqual(['LLANGOEDMOR COMMUNITY COUNCIL', 'Council', '2024-05-14']);
  expect(minutes.decisions.map((d) => [d.item, d.kind])).toEqual([['2', 'procedural']]);
  // "CYNGOR CYMUNED" on a line of its own, the place on the next, is never taken for the council.
  const split = parse(['Minutes 14th May 2024', 'CYNGOR CYMUNED', 'LLANGOEDMOR', 'COMMUNITY COUNCIL', '', 'Minutes of the Council Meeting,', '14th May 2024', '', '1) Apologies – Councillors S Dole and N Tarr.'].join('\n'));
  expect(split.minutes.council).not.toBe('CYNGOR CYMUNED');
});

test('a declarations table copied with its cell separators: the minute number in a cell is no heading, and the page never says it records no declarations', () => {
  const { minutes } = parse([
    'Declarations of Interest Members are requested at a meeting where a disclosable pecuniary interest or personal interest arises to declare any interests that relate to an item on the agenda.',
    'Minutes:',
    'In accordance with the Code of Conduct, the following declaration of personal interest was made and the Member remained in the room:',
    'Member |',
    'Minute No. |',
    'Nature of Interest |',
    'Councillor Waterman |',
    'Minute No. 84 - DC/2021/00123 - 90 Roe Lane, Eastport |',
    'Has spoken to objectors to the development |',
  ].join('\n'));
  expect(minutes.items.map((i) => i.number)).not.toContain('84');
  expect(minutes.declarationsState).not.toBe('absent');
  expect(minutes.declarationsState).not.toBe('none-declared');
});
