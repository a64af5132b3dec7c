/**
 * Issue 15, twenty-second round: shapes seen on set 22's pages after they were scored once (the honest figure), written
 * here with made-up councils and people — lobbying recorded beside the declarations, minute numbers with a letter and
 * the year ("C81.16"), headings that repeat the agenda's number, and minutes refused as "an index page".
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDocument } from '../../../main/minutes/document-kind';
import { findDeclarations } from '../../../main/minutes/declarations';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;

describe('declarations of lobbying beside the declarations of interest', () => {
  const page = [
    'Northdale - Planning Committee',
    'Tuesday, 6th April, 2021 6.30 pm',
    'Venue: Virtual Meeting - Zoom',
    'Minutes - 2 March 2021',
    'That the Minutes of the meeting held on 2 March 2021 be signed and approved as an accurate record.',
    'Declarations of Interest',
    'There were no declarations of interest reported at the meeting.',
    'Declarations of Lobbying',
    'Councillor Ann Hollis declared that she had been lobbied in relation to Minute P71/20.',
    'Councillors Bea Dale and Kit Foster declared that they had been lobbied in relation to Minute P72/20.',
  ].join('\n');

  test('being lobbied is not an interest: no member is listed as declaring one, and none were declared', () => {
    const m = parse(page);
    expect(m.declarations).toEqual([]);
    expect(m.declarationsState).toBe('none-declared');
  });

  test('an interest declared in the same words as lobbying is still read', () => {
    const m = parse(page.replace('There were no declarations of interest reported at the meeting.', 'Councillor Ann Hollis declared a personal interest in Minute P71/20 as she had been lobbied by her neighbour.'));
    expect(m.declarations.map((d) => d.member)).toEqual(['Ann Hollis']);
  });
});

describe('minute numbers of a letter, the count and the year: "C81.16"', () => {
  const page = [
    'Borough of Westhaven',
    'Council Minutes',
    'Date:',
    'Tuesday 15th November 2016',
    'Time:',
    '7:00pm',
    'C81.16 PRAYERS',
    'Prayers were said.',
    'C82.16 APOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Councillors Ball and Chant.',
    'C83.16 MINUTES',
    'RESOLVED that the Minutes of the last Meeting of the Council held on 27 September 2016 be confirmed.',
    'C84.16 MAYOR’S COMMUNICATIONS',
    'The Mayor referred Members to her Communications.',
  ].join('\n');

  test('each heading is an item under its own number, in order (the first not run into the time above it)', () => {
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['C81.16', 'PRAYERS'],
      ['C82.16', 'APOLOGIES FOR ABSENCE'],
      ['C83.16', 'MINUTES'],
      ['C84.16', 'MAYOR’S COMMUNICATIONS'],
    ]);
  });

  test('a year-coded number going backwards is not taken as the next minute', () => {
    const m = parse(page.replace('C83.16 MINUTES', 'C12.16 MINUTES'));
    expect(m.items.map((i) => i.number)).not.toContain('C12.16');
  });
});

describe("a minute's heading that repeats the agenda's number", () => {
  test('"001.18 AGENDA ITEM 1: WELCOME …": the minute number stays, the agenda\'s words go from the title', () => {
    const page = [
      'MINUTES OF THE MEETING OF EASTCOTE PARISH COUNCIL HELD ON MONDAY 8 JANUARY 2018 AT 7PM',
      '001.18 AGENDA ITEM 1: WELCOME AND APOLOGIES FOR ABSENCE The Chairman welcomed everyone. Cllr Ames sent apologies.',
      '002.18 AGENDA ITEM 2: DECLARATIONS OF INTEREST There were no declarations of interest.',
      '003.18 AGENDA ITEM 3: MINUTES OF THE PREVIOUS MEETING It was RESOLVED that the minutes be signed as a true record.',
    ].join('\n');
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['001.18', 'WELCOME AND APOLOGIES FOR ABSENCE'],
      ['002.18', 'DECLARATIONS OF INTEREST'],
      ['003.18', 'MINUTES OF THE PREVIOUS MEETING'],
    ]);
  });

  test('"15. Apologies (Agenda item 1 15.06.23)": the reference and its date go; a bare "Agenda item 1" heading stays', () => {
    const page = [
      'Minutes of the meeting of Fenby Parish Council held on 15 June 2023',
      '15. Apologies for absence and reasons given (Agenda item 1 15.06.23)',
      'Cllr Barr sent apologies.',
      '16. Declarations of interest (Agenda item 2 15.06.23)',
      'None.',
      '17. Planning applications (Agenda item 3 15.06.23)',
      'No objections were raised.',
    ].join('\n');
    expect(parse(page).items.map((i) => i.title)).toEqual(['Apologies for absence and reasons given', 'Declarations of interest', 'Planning applications']);
  });
});

describe('minutes refused as "an index page"', () => {
  test('"… were adopted and signed": minutes approved, as only minutes record', () => {
    const page = 'STATUTORY MONTHLY MEETING KIRKTON COMMUNITY COUNCIL 17.3.2011 7.00pm Church Hall 1 Sederunt and Apologies Office Bearers as above 2 Adoption of Minutes Minutes, having been previously circulated, were adopted and signed – proposed J. Watt seconded P. Fox.';
    expect(classifyDocument(page)).toEqual({ kind: 'minutes' });
    expect(parse(page).document).toBe('minutes');
  });

  test('a register with its absentees marked, and the officers in attendance: minutes, even cut off before the business', () => {
    const page = [
      'Meeting COUNTY COUNCIL',
      'Date Thursday, 1st November 2012 (10.00 am – 6.07 pm)',
      'Membership',
      "Persons absent are marked with `A'",
      'COUNCILLORS',
      'Carol Pike (Chairman) L B Cole (Vice Chairman)',
      'OFFICERS IN ATTENDANCE',
      'Mick Barrow (Chief Executive)',
    ].join('\n');
    expect(classifyDocument(page)).toEqual({ kind: 'minutes' });
  });

  test('an agenda listing the membership is still an agenda', () => {
    const agenda = [
      'Meeting COUNTY COUNCIL',
      'Date Thursday, 1st November 2012 (10.00 am)',
      'Membership',
      'Carol Pike (Chairman) L B Cole (Vice Chairman)',
      'AGENDA',
      '1. Apologies for absence',
      '2. Declarations of interest',
      '3. Minutes of the last meeting',
    ].join('\n');
    expect(classifyDocument(agenda).kind).toBe('agenda');
  });
});

describe('attendance the parser passed over', () => {
  test('office holders one to a line under "Present:", then the other members in paragraphs of "Councillor X, …"', () => {
    const page = [
      'Borough of Eastpool',
      'Council Minutes',
      'Date:',
      'Tuesday 15th November 2016',
      'Present:',
      '',
      'Councillor Xena Dale (Mayor)',
      '',
      'Councillor Ann Stone (Deputy Mayor)',
      '',
      'Councillor Lin Webb (Sheriff)',
      '',
      'Councillor Adams, Councillor Ms Atkinson, Councillor Brooke, Councillor Garner-Watts,',
      '',
      'Councillor Gupta, Councillor Hadley, Councillor Mrs Haines and Councillor Wilson',
      '',
      'Members of the public in attendance:',
      '4',
      'C81.16 PRAYERS',
      'Prayers were said.',
      'C82.16 APOLOGIES FOR ABSENCE',
      'Apologies were received from Councillors Bagwell and Howell.',
    ].join('\n');
    const { attendance } = parseMinutesDetailed('page.txt', page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Xena Dale', 'Mayor'],
      ['Ann Stone', 'Deputy Mayor'],
      ['Lin Webb', 'Sheriff'],
      ['Adams', null],
      ['Ms Atkinson', null],
      ['Brooke', null],
      ['Garner-Watts', null],
      ['Gupta', null],
      ['Hadley', null],
      ['Mrs Haines', null],
      ['Wilson', null],
    ]);
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Bagwell', 'Howell']);
  });

  test('the same meeting\'s heading twice ("Minutes of meeting held …" over "Confirmed Minutes of meeting held …") is one meeting', () => {
    const page = [
      '2017 Minutes',
      'Minutes of meeting held by Westby Community Council on Thursday 14TH December 2017.',
      'Westby Community Council',
      'Confirmed Minutes of meeting held by Westby Community Council on Thursday 14th December 2017.',
      '',
      'Councillors present: A Davies; F Evans; R Harries; B James; S Phillips (Chair); R Tippet-Maudsley,',
      '',
      'In attendance: Mrs Kathryn Bradley (Clerk)',
      'Apologies:  P Davies; M Megan; J James',
      '',
      'Chair’s Welcome',
      'The Chair welcomed all Councillors to the meeting.',
    ].join('\n');
    const { minutes, attendance } = parseMinutesDetailed('page.txt', page);
    expect(minutes.date).toBe('2017-12-14');
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['A Davies', 'F Evans', 'R Harries', 'B James', 'S Phillips', 'R Tippet-Maudsley']);
    expect(minutes.apologies).toEqual(['P Davies', 'M Megan', 'J James']);
  });

  test('a second heading on another date is another meeting: what follows it is not this meeting\'s', () => {
    const page = [
      '2017 Minutes',
      'Minutes of meeting held by Westby Community Council on Thursday 14TH December 2017.',
      'Westby Community Council',
      'Confirmed Minutes of meeting held by Westby Community Council on Thursday 16th November 2017.',
      '',
      'Councillors present: A Davies; F Evans; R Harries; B James; S Phillips (Chair); R Tippet-Maudsley,',
      '',
      'Chair’s Welcome',
      'The Chair welcomed all Councillors to the meeting.',
    ].join('\n');
    const { attendance } = parseMinutesDetailed('page.txt', page);
    expect(attendance.map((a) => a.name)).not.toContain('A Davies');
  });
});

describe('the body that met, named without the words around it', () => {
  const head = (first: string[]) => parse([...first, '', '1. APOLOGIES', '', 'Apologies were received from Cllr Lee.', '', '2. MINUTES', '', 'The minutes were approved as a correct record.'].join('\n'));

  test('"… the NORTHSHIRE FIRE & RESCUE AUTHORITY Meeting held at …": the body, not its meeting; the venue without "commencing"', () => {
    const m = head(['MINUTES of the Meeting of the NORTHSHIRE FIRE & RESCUE AUTHORITY Meeting held at the Joint Training Centre, Eastley Hall, Ripton commencing at 1000 hours on Thursday 7 December 2023']);
    expect(m.committee).toBe('NORTHSHIRE FIRE & RESCUE AUTHORITY');
    expect(m.venue).toBe('Joint Training Centre, Eastley Hall, Ripton');
    expect(m.startTime).toBe('10:00');
  });

  test('"the minutes of the Council Meeting that was held on …": the council', () => {
    expect(head(['The following are the minutes of the Council Meeting that was held on Tuesday, 31st July 2012 in the Town Hall.']).committee).toBe('Council');
  });

  test('"Meeting of the Westhope Community Council": the council is the body that met', () => {
    const m = head(['Meeting of the Westhope Community Council', '', 'held via ZOOM, at 7 pm Wednesday the 30th September 2020']);
    expect(m.council).toBe('Westhope Community Council');
    expect(m.committee).toBe('Westhope Community Council');
  });

  test('"Northshire County Council County Council" (a ModernGov heading): the authority, then the body that met', () => {
    const m = head(['Meeting documents', '', 'Northshire County Council County Council', 'Thursday, 21st April, 2016 10.00 am', '', 'Venue: Council Chamber - County Hall.']);
    expect(m.council).toBe('Northshire County Council');
    expect(m.committee).toBe('County Council');
  });

  test('"THE RIVER ESK () INTERNAL DRAINAGE BOARD" over "Minutes of the Meeting of the Board …": the board by its heading\'s name', () => {
    const m = head(['THE RIVER ESK () INTERNAL DRAINAGE BOARD', '', 'Minutes of the Meeting of the Board held at 14:00 on Thursday 7 February 2019 at the Business Park, Whitfield']);
    expect(m.committee).toBe('RIVER ESK INTERNAL DRAINAGE BOARD');
  });
});

describe('declarations the parser missed or misplaced', () => {
  const findDecl = (text: string, item = '2', date = '2019-03-20') => findDeclarations(text, item, true, { meetingDate: date }).map((d) => [d.member, d.item, d.nature, d.withdrew]);

  test('"The following declarations … were made in respect of Item 11:" over a paragraph a member, some without a verb', () => {
    const text = [
      'The following declarations of interest were made in respect of Item 11: Local Government Reorganisation Update.',
      'Councillor Gale declared a non-pecuniary interest as a secondary school teacher in the city.',
      'Councillor Parry as an employee of Northshire County Council.',
      'Councillor Gray, as an employee at Futures, a company jointly owned by the two councils.',
    ].join('\n');
    expect(findDecl(text, '10', '2025-07-17')).toEqual([
      ['Gale', '11', 'non-pecuniary', false],
      ['Parry', '11', 'unspecified', false],
      ['Gray', '11', 'unspecified', false],
    ]);
  });

  test('"A personal and prejudicial interest was received from Councillor Mr X on item 8.1 … and withdrew"', () => {
    const text = 'A personal and prejudicial interest was received from Councillor Mr Selwyn Price on item 8.1 on the agenda relating to the planning application at Tan-y-Bryn as the landowner and withdrew from the meeting while members made comments and decisions.';
    expect(findDecl(text, '4', '2021-09-14')).toEqual([['Mr Selwyn Price', '8.1', 'prejudicial', true]]);
  });

  test('"Mr A B Court - declared a DPI in respect of Agenda item 8, …": the item read from the entry\'s words', () => {
    const text = ['Interests were declared by:', 'Mr A B Court - declared a DPI in respect of Agenda item 8, Notice of Motion 2 as he worked for a charity in this area and would withdraw for that Item.', 'Mr C D Roe - declared an interest in Agenda item 10, Question 8 as his sister-in-law ran the stall.'].join('\n');
    const ds = findDeclarations(text, '1829', true, { meetingDate: '2016-11-10' });
    expect(ds.map((d) => [d.member, d.item])).toEqual([
      ['Mr A B Court', '8'],
      ['Mr C D Roe', '10'],
    ]);
    expect(ds[0]?.subject).not.toMatch(/^declared/);
  });

  test('"agenda item four": the item in words', () => {
    expect(findDecl('Councillor David Jeffs declared a prejudicial interest in agenda item four (Planning Application 20/00352/RG3), as he had previously expressed a view on the application.', '2', '2020-08-13')).toEqual([['David Jeffs', '4', 'prejudicial', false]]);
  });

  test('"Register of Interest – None", "35.1 None.": the minutes say none were declared', () => {
    const page = [
      'Minutes of meeting held by Westby Community Council on Thursday 14th December 2017.',
      '',
      'Councillors present: A Davies; F Evans; R Harries',
      'Register of Interest – None',
      '',
      'Chair’s Welcome',
      'The Chair welcomed all Councillors to the meeting.',
    ].join('\n');
    expect(parse(page).declarationsState).toBe('none-declared');
    const numbered = ['MINUTES of the Meeting of the NORTHSHIRE FIRE & RESCUE AUTHORITY held on Thursday 7 December 2023', '', '34/23', 'APOLOGIES', '', '34.1 Apologies were received from Councillor Lee.', '', '35/23', 'DECLARATIONS OF INTEREST', '', '35.1 None.', '', '36/23', 'MINUTES', '', '36.1 RESOLVED that the minutes be approved.'].join('\n');
    expect(parse(numbered).declarationsState).toBe('none-declared');
  });
});

describe('the meeting\'s date, time and place from headings the lines after them ran into', () => {
  const withItems = (head: string[]) => parseMinutesDetailed('page.txt', [...head, '', '1. Apologies', '', 'Apologies were received from Cllr Grace.', '', '2. Minutes', '', 'The minutes were approved as a correct record.'].join('\n'));

  test('a website post\'s "Date:" / "Time:" / "Posted By:" is when it was posted; the heading gives the meeting', () => {
    const m = withItems(['Eastbrae Community Council Meeting', 'Date: 5th April 2012', 'Time: 15:16', 'Posted By: Secretary', '', 'Discuss in Forum', '', 'Minutes of Eastbrae Community Council held on 2nd April 2012 at Strathmore Community Campus']).minutes;
    expect(m.date).toBe('2012-04-02');
    expect(m.startTime).toBeNull();
  });

  test('"… held on 2nd April 2012 at Strathmore Community Campus i Welcome Angus Reid opened the Meeting …": the place ends where the first item begins', () => {
    const m = withItems(['Minutes of Eastbrae Community Council held on 2nd April 2012 at Strathmore Community Campus i Welcome Angus Reid opened the Meeting by welcoming all present']).minutes;
    expect(m.venue).toBe('Strathmore Community Campus');
  });

  test('"Minutes of the meeting of X Parish Council, Monday 4th December 2017, 6.30pm at X Village Hall" over "Committee Members: …"', () => {
    const m = withItems(['Minutes of the meeting of Westwell Parish Council, Monday 4th December 2017, 6.30pm at Westwell Village Hall', 'Committee Members: Cllr. Lister (Chairman), Cllr. Gooch, Cllr. Robins']).minutes;
    expect(m.date).toBe('2017-12-04');
    expect(m.startTime).toBe('18:30');
    expect(m.venue).toBe('Westwell Village Hall');
    expect(m.committee).toBe('Westwell Parish Council');
  });

  test('"… held on February 21st, 2018 in the Burton Room of the Glebe Hall at 7.30pm" over "Present were – Cllr …": the heading whole, and the members', () => {
    const { minutes, attendance } = withItems([
      'Minutes of the meeting of Westbourne Parish Council held on February 21st, 2018 in the Burton Room of the Glebe Hall, Westbourne Earls at 7.30pm',
      'Present were – Cllr C Penn (chairman), Cllr M Atkin (vice-chairman), Cllr R Judd, Cllr A Burrows and Mrs M Thomas (Parish Clerk), Unitary Cllr Mike Hewson',
    ]);
    expect(minutes.venue).toBe('Burton Room of the Glebe Hall, Westbourne Earls');
    expect(minutes.startTime).toBe('19:30');
    expect(attendance.map((a) => a.name)).toEqual(expect.arrayContaining(['C Penn', 'M Atkin', 'R Judd', 'A Burrows', 'Mrs M Thomas', 'Mike Hewson']));
    expect(attendance.map((a) => a.name)).not.toContain('Unitary');
  });
});

test('"Minutes of the meeting held on 5th March 2012 were passed as a true and accurate record" is a decision, not a second meeting\'s heading', () => {
  const page = [
    'Eastbrae Community Council Meeting',
    'Date: 5th April 2012',
    'Time: 15:16',
    'Posted By: Secretary',
    'Minutes of Eastbrae Community Council held on 2nd April 2012 at Strathmore Community Campus',
    'Item Heading/Minute Action',
    '1 Minutes of last Meeting',
    'Minutes of the meeting held on 5th March 2012 were passed as a true and accurate record of the meeting. Proposed by A. Gourlay and seconded by D. Young.',
    '',
    '2 Matters arising',
    'The path was discussed.',
    '',
    '3 Police Report',
    'Two incidents were reported.',
  ].join('\n');
  const m = parse(page);
  expect(m.date).toBe('2012-04-02');
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'Minutes of last Meeting'],
    ['2', 'Matters arising'],
    ['3', 'Police Report'],
  ]);
  expect(m.decisions[0]).toMatchObject({ item: '1', kind: 'procedural' });
  expect(m.decisions[0]?.text).toMatch(/^Minutes of the meeting held on 5th March 2012 were passed/);
});

describe('no person made from a cut-off preview or a post', () => {
  test('"Vice-Chairman – Mr Ian ..." (a preview cut off) gives no "Mr Ian"', () => {
    const page = [
      'PRESENT: Chairman – Mr Richard Lake, Vice-Chairman – Mr Ian ...',
      '',
      'MINUTES OF THE MEETING OF THE EASTPORT HARBOUR COMMISSIONERS HELD ON FRIDAY 27 SEPTEMBER 2010 AT 9.30 A.M.',
      '',
      '1. APOLOGIES',
      '',
      '1.1 Apologies were received from Mr Graham Hill & Mr Andy Rams, Harbour Engineer.',
      '',
      '2. MINUTES',
      '',
      '2.1 The minutes of the Board Meeting held on 27 August 2010 were approved.',
    ].join('\n');
    const { minutes, attendance } = parseMinutesDetailed('page.txt', page);
    expect(attendance.map((a) => a.name)).not.toContain('Mr Ian');
    expect(minutes.apologies).toEqual(['Mr Graham Hill', 'Mr Andy Rams']);
  });
});

describe('the minutes approved, and headings that wrapped or kept a stray comma', () => {
  test('"Adoption of Minutes and Matters Arising": the minutes adopted, the vote after a dash left in the passage only', () => {
    const page = 'STATUTORY MONTHLY MEETING KIRKTON COMMUNITY COUNCIL 17.3.2011 7.00pm Church Hall\n\n1 Sederunt and Apologies\n\nAll office bearers present.\n\n2 Adoption of Minutes and Matters Arising\n\nMinutes, having been previously circulated, were adopted and signed – proposed J.Watt seconded P.Fox. The CC asked for a copy of the Board\'s minute.\n\n3 Police Report\n\nNo police in attendance.';
    const d = parse(page).decisions.find((x) => x.item === '2');
    expect(d).toMatchObject({ kind: 'procedural', text: 'Minutes, having been previously circulated, were adopted and signed' });
    expect(d?.passage).toMatch(/seconded P\.Fox/);
  });

  test('"It was proposed by Cllr A, seconded by Cllr B and RESOLVED that the Minutes …": what was resolved', () => {
    const page = 'Minutes of the Meeting of Eastcombe Parish Council held on 6 June 2012\n\nPresent: Cllrs. Wick, Flower, Hodge\n\n1. Minutes of the previous meeting 2nd May and Matters Arising\n\nIt was proposed by Cllr. Dorley, seconded by Cllr. Dyer and RESOLVED that the Minutes of the Meeting held on the 2nd May 2012 be approved as a true record of the meeting and be duly signed.\n\n2. Planning\n\nNo applications.\n\n3. Finance\n\nThe accounts were noted.';
    expect(parse(page).decisions.map((d) => d.text)).toContain('That the Minutes of the Meeting held on the 2nd May 2012 be approved as a true record of the meeting and be duly signed');
  });

  test('a numbered heading in capitals ending in a stray comma, and one wrapped onto a word in capitals', () => {
    const page = [
      'Minutes of the meeting of Derby Vale Community Council held on 17 May 2023',
      '4. DISCUSSION WITH PCSO BARRY JONES FROM THE DEE VALLEY POLICING',
      'AREA.',
      'The Chairman welcomed PCSO Jones to the meeting who covers the area.',
      '5. ELECTION OF CHAIRMAN FOR THE 2023/24 TERM OF OFFICE',
      'Members elected Councillor Hywel Price as Chairman of the Council for the 2023/24 term of office.',
      '8. CONFIRM THE MINUTES OF THE PREVIOUS COUNCIL MEETING,',
      'Members confirmed 15th March 2023 minutes as a true record and signed by the Chairman',
      '9. MATTERS ARISING FROM THE MINUTES NOT APPEARING ON THE AGENDA.',
      'None.',
    ].join('\n');
    const m = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['4', 'DISCUSSION WITH PCSO BARRY JONES FROM THE DEE VALLEY POLICING AREA'],
      ['5', 'ELECTION OF CHAIRMAN FOR THE 2023/24 TERM OF OFFICE'],
      ['8', 'CONFIRM THE MINUTES OF THE PREVIOUS COUNCIL MEETING'],
      ['9', 'MATTERS ARISING FROM THE MINUTES NOT APPEARING ON THE AGENDA'],
    ]);
    expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([
      ['5', 'procedural'],
      ['8', 'procedural'],
    ]);
  });
});

describe("an agenda's list run into one line without the word \"Agenda\" before it", () => {
  test('"… Introduction 1. To receive apologies for absence 2. Chairman’s announcements 3. …": each number an item', () => {
    const page = 'Northmere Authority Agenda Papers 24 July 2020 Northmere Authority Agenda 24 July 2020 10.00am This is a remote meeting held under the Authority’s Standing Orders on Procedure Rules for Remote Meetings. Participants: You will be sent a link to join the meeting. Introduction 1. To receive apologies for absence 2. Chairman’s announcements 3. Introduction of members and declarations of interest 4. To note whether any items have been proposed as matters of urgent business 5. Public question time 6. To receive and confirm the minutes of the previous meeting';
    const m = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'To receive apologies for absence'],
      ['2', 'Chairman’s announcements'],
      ['3', 'Introduction of members and declarations of interest'],
      ['4', 'To note whether any items have been proposed as matters of urgent business'],
      ['5', 'Public question time'],
      ['6', 'To receive and confirm the minutes of the previous meeting'],
    ]);
  });

  test('a table of contents with dot leaders is not cut into items', () => {
    const page = [
      'Minute of the Meeting of Westray Community Council held in the School, on Wednesday, 27 February 2019 at 18:30',
      '',
      'Order of Business.',
      '',
      '1. Apologies ...... 2 2. Adoption of Minutes ...... 2 3. Grass Cutting Contracts 2019 ...... 2 4. Matters Arising ...... 2 5. Correspondence ...... 4',
      '',
      '1. Apologies Resolved to note that apologies for absence had been intimated on behalf of Councillor G Sinclair.',
      '',
      '2. Adoption of Minutes The minute of the meeting held on 14 November 2018 was approved.',
      '',
      '3. Grass Cutting Contracts 2019 Members considered the tender documents, and it was resolved to advertise the tenders.',
    ].join('\n');
    const titles = parse(page).items.map((i) => i.title);
    expect(titles.some((t) => /\.{4}/.test(t))).toBe(false);
  });
});
