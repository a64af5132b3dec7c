/**
 * Issue 15, general shapes met in the fourteenth round (its held-out third unread until the end), written here with
 * made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('initials printed together, without stops or spaces', () => {
  const page = [
    'Ashcombe Parish Council',
    'Minutes of the meeting of the Parish Council held on Monday 9 March 2015 at 7.30 pm in the Village Hall',
    '',
    'Present:   K Lowther (chair)   JE Brandon   R Ives   PK Nuttall   AMB Fairley',
    '',
    '1   Apologies for absence  -  Cllr DW Rees',
    '',
    '2   Minutes',
    'The minutes of the meeting of 9 February 2015 were approved and signed.',
  ].join('\n');

  test('"JE Brandon", "AMB Fairley": each is one member, after a chair in brackets', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['K Lowther', 'JE Brandon', 'R Ives', 'PK Nuttall', 'AMB Fairley']);
    expect(attendance.find((a) => a.name === 'K Lowther')?.role).toBe('Chair');
  });

  test('a council\'s initials before a title are not a member\'s initials ("NCC Cllr")', () => {
    const { attendance } = parse(page.replace('AMB Fairley', 'AMB Fairley\n\nIn attendance:   NCC Cllr T Orme   Mr S Vane'));
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).not.toContain('NCC Cllr');
  });
});

describe('a page copied as one paragraph, its lists inside it', () => {
  const page = [
    'Agenda Item No. 4 WESTFEN LEVELS DRAINAGE BOARD A meeting of the Board was held at Marsh Lane Village Hall, on Thursday 12th June 2014 at 2.30 pm. ' +
      'PRESENT K Allard Esq., T Benn Esq., M. Corley Esq., Elected Members. Cllr R Dacre, Cllr Mrs S Eames, Appointed Members. ' +
      '312. APOLOGIES FOR ABSENCE Apologies were received from P Fry Esq., Elected Members. Cllr J Gale, Appointed Members. ' +
      '313. MINUTES OF PREVIOUS MEETING The minutes were accepted as a correct record. 314. ENGINEERS REPORT The Engineer reported on the pumping stations.',
  ].join('\n');

  test('"A meeting of the Board was held at …, on <date> at <time>." inside the paragraph gives the date, time and place', () => {
    const { minutes: m } = parse(page);
    expect([m.date, m.startTime, m.venue]).toEqual(['2014-06-12', '14:30', 'Marsh Lane Village Hall']);
  });

  test('"PRESENT K Allard Esq." is a label and a member, not a heading "PRESENT K"; a group\'s label is no one', () => {
    const { attendance, minutes: m } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['K Allard Esq', 'T Benn Esq', 'M. Corley Esq', 'R Dacre', 'Mrs S Eames']);
    expect(m.apologies).not.toContain('Elected Members');
    expect(attendance.map((a) => a.name)).not.toContain('Elected');
  });
});

describe('lists a copy damaged', () => {
  const page = (present: string) =>
    [
      'EASTSHIRE POLICE AND CRIME PANEL',
      'MINUTES of a meeting of the Eastshire Police and Crime Panel held in the Oak Room, County Hall, Eastbridge on Thursday, 8 November 2012.',
      `PRESENT: ${present}`,
      '',
      '1. Apologies and Substitutes',
      'There were no apologies.',
    ].join('\n');

  test('a bracket never closed does not swallow the rest of the list', () => {
    const { attendance } = parse(page('Cllr Mrs A Barlow (Northam Borough Council), Mr K Dunn (Westby District Council), Cllr P Eden (Southam City Council and Cllr R Ford (Medway Council)'));
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Mrs A Barlow', 'Mr K Dunn', 'P Eden', 'R Ford']);
  });

  test('"Mr P M Hale, OBE (Chairman) (County Council)": the honour stays with the name, the chair is the role; "Vice – Chairman" is Vice-Chair', () => {
    const { attendance } = parse(page('Mr P M Hale, OBE (Chairman) (Eastshire County Council), Cllr M Orr (Vice- Chairman) (Westby District Council), Cllr T Vance (Southam City Council)'));
    expect(attendance.find((a) => a.name === 'Mr P M Hale OBE')?.role).toBe('Chair');
    expect(attendance.find((a) => a.name === 'M Orr')?.role).toBe('Vice-Chair');
  });

  test('people each after a style, posts after a dash, nothing between them', () => {
    const { attendance } = parse(page('Prof I Marsh - Chairman Mr J Coombe Mr D Penrose Mr L Bright – Deputy Chair Mrs M Alder -Vice Chair Mr R Sayer'));
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Prof I Marsh', 'Chair'],
      ['Mr J Coombe', null],
      ['Mr D Penrose', null],
      ['Mr L Bright', 'Deputy Chair'],
      ['Mrs M Alder', 'Vice-Chair'],
      ['Mr R Sayer', null],
    ]);
  });
});

describe('a small council\'s web page', () => {
  const page = [
    'Parish Council – Minutes – 3/11/20',
    '',
    'The minutes for the virtual meeting of Brackley Green Parish Council held on Zoom on Tuesday 3 November 2020, hosted by Ann Pike.',
    '',
    'Present were Ruth Avery, Chair;  Tom Gale;  Bea Farrow;  Ann Pike;  and Ward councillor Jo Fenn. There were no members of the public.',
    '',
    '1 There were no apologies received for absence.',
    '',
    '2 The Minutes of the previous meeting were unanimously agreed.',
  ].join('\n');

  test('"The minutes for the virtual meeting of X held … on <date>" gives the body and the date', () => {
    const { minutes: m } = parse(page);
    expect([m.committee, m.date]).toEqual(['Brackley Green Parish Council', '2020-11-03']);
  });

  test('"Present were A, Chair; B; C" is the members\' list', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').slice(0, 4).map((a) => [a.name, a.role])).toEqual([
      ['Ruth Avery', 'Chair'],
      ['Tom Gale', null],
      ['Bea Farrow', null],
      ['Ann Pike', null],
    ]);
  });

  test('"06.01Present: …": a minute number run onto the label', () => {
    const text = ['Minutes of the meeting of Oakham Vale Parish Council held on Tuesday 7th June 2016', '', '06.01Present: Mr J Lowe (Chairman), Mr D Cray (Vice Chairman), Councillors Mr D. Pine and Mr R. Crane', '', '06.02Apologies: Councillors Mr A Fane and Mrs M Dale'].join('\n');
    const { attendance } = parse(text);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Mr J Lowe', 'Mr D Cray', 'Mr D. Pine', 'Mr R. Crane']);
  });
});

describe('a council\'s name, never a title or a kind of council', () => {
  test('"Minutes of Annual General Meeting, Knighton Vale Town Council – <date>": the council without the title\'s words', () => {
    const { minutes: m } = parse(['Minutes of Annual General Meeting, Knighton Vale Town Council – Monday 22nd May 2017', '', 'Present: Cllrs A Bell, C Dunn and E Frost', '', '1. To receive apologies', 'None.'].join('\n'));
    expect(m.council).toBe('Knighton Vale Town Council');
  });

  test('"Parish Council MINUTES OF THE FULL COUNCIL MEETING …": "Parish Council" alone names no council', () => {
    const { minutes: m } = parse(['Parish Council MINUTES OF THE FULL COUNCIL MEETING HELD IN THE PARISH ROOMS ON THURSDAY, 10 NOVEMBER 2016 at 7.15pm', '', 'Present: Cllr. Sands (Chairman) Cllr. Webb', '', '181/2016 Members\' declarations: none.'].join('\n'));
    expect(m.council).toBeNull();
    expect(m.date).toBe('2016-11-10');
  });
});

describe('more lists and headings run together', () => {
  test('"Suzie Vane (Town Clerk) Jayne Holt (Assistant Town Clerk)" under "In attendance:" is two people; "K Nash. J Hart" two members', () => {
    const page = ['MINUTES OF THE ORDINARY MEETING OF THE PENFOLD TOWN COUNCIL HELD AT THE TOWN HALL ON THURSDAY 13th JUNE 2019', '', 'Present: Councillors:', '', 'G Innes (Mayor) L Amos (Deputy Mayor), R Black, A Cole, K Nash. J Hart, C Cross,', '', 'In attendance:', '', 'Suzie Vane (Town Clerk) Jayne Holt (Assistant Town Clerk)', '', '24. APOLOGIES FOR ABSENCE Cllrs A Brent, C Dane.'].join('\n');
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Suzie Vane', 'Town Clerk'],
      ['Jayne Holt', 'Assistant Town Clerk'],
    ]);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['G Innes', 'L Amos', 'R Black', 'A Cole', 'K Nash', 'J Hart', 'C Cross']);
  });

  test('"… Civic Centre, Downpatrick In the Chair: Councillor M Moran In attendance: …": the chair\'s label inside the heading\'s paragraph', () => {
    const page = 'NORTHBAY DISTRICT COUNCIL NBC/SC Minutes of Special Council Meeting held on 22 October 2018 at 6pm in the Lake Room, Civic Centre, Northbay In the Chair: Councillor M Moran In attendance: Councillor T Abel Councillor R Bell Councillor P Boyd Councillor C Carr Councillor W Dunn Councillor C Egan Councillor G Hale Councillor H Hart SC/35/2018 APOLOGIES Apologies were received from Councillor Kerr.';
    const { attendance } = parse(page);
    expect(attendance.find((a) => a.name === 'M Moran')).toMatchObject({ status: 'present', role: 'Chair' });
  });

  test('"… to the Board. 457. APOLOGIES FOR ABSENCE Apologies were …": the number stays with its heading', () => {
    const page =
      'EASTMARSH DRAINAGE BOARD A meeting of the Board was held at Marsh Hall, on Wednesday 18th June 2014 at 2.00 pm. PRESENT D Ames Esq., F Birch Esq., Elected Members. ' +
      'N. Bolt Esq., Clerk to the Board. 457. APOLOGIES FOR ABSENCE Apologies were received from C Apps Esq. 458. MINUTES OF PREVIOUS MEETING The minutes of the meeting held on 29th January 2014 were accepted as a correct record. ' +
      // (Minute numbers of the last meeting cited inside 459 put the numbers out of order, so only the capitals mark headings.)
      '459. MATTERS ARISING 447. Matters Arising The Clerk stated that he would be sending out new register of interest forms. 456. Any Other Business Cllr A Hale wished to thank the Clerk. ' +
      '460. ENGINEERS PROGRESS REPORT The Engineer read through the reports from the pumping stations.';
    const { minutes: m } = parse(page);
    expect(m.items.slice(0, 2).map((i) => [i.number, i.title])).toEqual([
      ['457', 'APOLOGIES FOR ABSENCE'],
      ['458', 'MINUTES OF PREVIOUS MEETING'],
    ]);
  });
});

describe('a minutes site\'s own page', () => {
  const page = [
    'This is a meeting of the Council of Northby Borough Council held on the 23rd Jan 2025.',
    '',
    'Meeting Location',
    '',
    'Council Chamber, Civic Office, Northby',
    '',
    '1 Apologies for Absence.',
    '',
    'Apologies were received from Councillor Ann Lowe.',
    '',
    '2 Declarations of Interest, if any.',
    '',
    'There were no declarations of interest made at the meeting.',
    '',
    '3 Minutes of the Council Meeting held on 21st November, 2024',
    '',
    'RESOLVED that the minutes of the Council Meeting held on 21st November, 2024 be approved as a true record.',
  ].join('\n');

  test('"This is a meeting of the X held on the 23rd Jan 2025" gives the date', () => {
    expect(parse(page).minutes.date).toBe('2025-01-23');
  });

  test('"2 Declarations of Interest, if any." — a heading with a full stop, its number printed without a dot — is an item', () => {
    const { minutes: m } = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toContainEqual(['2', 'Declarations of Interest, if any']);
    expect(m.declarationsState).toBe('none-declared');
  });
});

describe('declarations: entries after a colon, and never "absent" when members are named under the heading', () => {
  test('"CLLR Mrs WILSON: husband is an employee of EA; CLLR Ms MIDDLETON: …" under the heading: one declaration each', () => {
    const page = ['Minutes of the Town Council meeting held on 19 January 2012', '', '12/007 DECLARATIONS OF INTEREST', '', 'CLLR Mrs WILLIS: husband is an employee of the Agency; CLLR Ms MADDOX: friend of an employee of Wood Green; CLLR MORTON: personal interest in item 12/011 as a member of the Bowls Club.', '', '12/008 MINUTES OF PREVIOUS MEETING', '', 'The minutes were approved.'].join('\n');
    const { minutes: m } = parse(page);
    expect(m.declarations.map((d) => [d.member, d.item, d.subject])).toEqual([
      ['Mrs WILLIS', null, 'husband is an employee of the Agency'],
      ['Ms MADDOX', null, 'friend of an employee of Wood Green'],
      ['MORTON', '12/011', 'personal interest in item 12/011 as a member of the Bowls Club'],
    ]);
    expect(m.declarationsState).toBe('declared');
  });

  test('"2 Declarations of Interest were expressed by Val Hart, …" that cannot be read is "unread", not "absent"', () => {
    const page = ['The minutes for the virtual meeting of Brackley Green Parish Council held on Zoom on Tuesday 3 November 2020.', '', 'Present were Ruth Avery, Chair;  Tom Gale;  Val Hart.', '', '1 There were no apologies received for absence.', '', '2 Declarations of Interest were expressed by Val Hart, personally known to applicant of 2020/1325/LBA, and Tom Gale, personally known to applicant of same.', '', '3 The Minutes of the previous meeting were unanimously agreed.'].join('\n');
    const { minutes: m } = parse(page);
    expect(['declared', 'unread']).toContain(m.declarationsState);
  });
});

describe('members who came late', () => {
  const page = [
    'MAGHERBURN DISTRICT COUNCIL',
    'Minutes of Proceedings of a Meeting of the District Council held in the Council Chamber on Tuesday 13 November 2012',
    '',
    'Presiding P McLoone',
    '',
    'Other Members Present: Mrs C Elder P J Bates (joined the meeting at 7.32 pm) J Cowan (joined the meeting at 7.32 pm) T J Carr J Crane Mrs E A Ford',
    '',
    '1 Apologies',
    '',
    'There were no apologies.',
    '',
    'Councillors P J Bates and J Cowan joined the meeting at 7.32 pm.',
    '',
    '2 Minutes',
    '',
    'The minutes were approved.',
  ].join('\n');

  test('names in initials before a bracket that is the last one\'s are each a member', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['P McLoone', 'Mrs C Elder', 'P J Bates', 'J Cowan', 'T J Carr', 'J Crane', 'Mrs E A Ford']);
  });

  test('"Councillors A and B joined the meeting at 7.32 pm" under "There were no apologies." is no apology', () => {
    expect(parse(page).minutes.apologies).toEqual([]);
  });
});

describe('a committee page without a date or a numbered item', () => {
  const page = [
    'Corporate Services Committee',
    '',
    'Election of Chairperson',
    '',
    'Councillor Hale thanked Members and Officers for their support throughout his term as Chairperson.',
    '',
    'On the proposal of Councillor Nolan, seconded by Councillor Moran, Councillor Hughes was duly elected as Chairman of the Committee.',
    '',
    'Election of Vice-Chairperson',
    '',
    'On the proposal of Councillor Byrne, seconded by Councillor Kerr, Councillor Dunne was duly elected as Vice-Chairman.',
  ].join('\n');

  test('a vote recorded ("On the proposal of Councillor A, seconded by Councillor B, …") makes it minutes, not a page to refuse', () => {
    const { minutes: m } = parse(page);
    expect(m.document).toBe('minutes');
    expect(m.committee).toBe('Corporate Services Committee');
  });
});

describe('a parish page\'s own words', () => {
  const page = [
    'MINUTES OF THE FULL COUNCIL MEETING HELD IN THE PARISH ROOMS, TREVALE ON THURSDAY, 10 NOVEMBER 2016 at 7.15pm',
    '',
    'Present: Cllr. Sands (Meeting Chairman) Cllr. Webb Cllr. Mrs Moyle In Attendance: Mrs Tonkin (Clerk)',
    '',
    'Apologies: District Co Cllr Charles Penrose-Dyer, Cllr A Bray.',
    '',
    '181/2016 Members’ Declarations – a. Pecuniary/Registerable Declarations of Interests – none. b. Non-Pecuniary/Disclosable Interests – none.',
    '',
    '182/2016 Casual Vacancy – Members RESOLVED to accept the resignation of Cllr. Hart. The Clerk to advise CC.',
    '',
    '183/2016 Apologies for Absence – received from the ward member.',
    '',
    '184/2016 Planning – The application PA16/0001 was supported.',
  ].join('\n');

  test('"(Meeting Chairman)" is the Chair; "District Co Cllr" is a title, not part of the name', () => {
    const { attendance, minutes: m } = parse(page);
    expect(attendance.find((a) => a.name === 'Sands')?.role).toBe('Chair');
    expect(m.apologies).toContain('Charles Penrose-Dyer');
  });

  test('"Declarations of Interests – none" says none were declared', () => {
    expect(parse(page).minutes.declarationsState).toBe('none-declared');
  });

  test('"182/2016 Casual Vacancy – Members RESOLVED …": the heading ends at the long dash', () => {
    expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toContainEqual(['182/2016', 'Casual Vacancy']);
  });
});

describe('members listed without a label', () => {
  const page = (bullets: string[]) =>
    ['Minutes of Annual General meeting of Brynhir Town Council held at the Market Hall on Monday 22nd May 2017 at 7:30 pm.', '', ...bullets.map((b) => `  • ${b}`), '', '1. To receive apologies.', '', 'None.'].join('\n');

  test('bullets under the heading, each a member after their title, are those present', () => {
    const { attendance } = parse(page(['Cllr Mrs C Bryn', 'Cllr M Hart', ' Cllr B Amos (Mayor)', 'Cllr M/s S Vane (Deputy Mayor)']));
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mrs C Bryn', 'present', null],
      ['M Hart', 'present', null],
      ['B Amos', 'present', 'Mayor'],
      ['M/s S Vane', 'present', 'Deputy Mayor'],
    ]);
  });

  test('bullets that say what members did are not a list of who came', () => {
    const { attendance } = parse(page(['Cllr Mrs C Bryn reported on the footpaths', 'Cllr M Hart asked about the bus shelter', 'Cllr B Amos (Mayor) thanked everyone']));
    expect(attendance.filter((a) => a.status === 'present')).toEqual([]);
  });
});

test('minutes that keep the agenda\'s wording as headings, one to a line with nothing under the first ones', () => {
  const page = [
    'Minutes of Annual General meeting of Brynhir Town Council held at the Market Hall on Monday 22nd May 2017 at 7:30 pm.',
    '',
    'Present: Cllrs A Bryn, M Hart and B Amos.',
    '',
    '1. To receive apologies.',
    '',
    '',
    '2. To receive declarations of interest.',
    '',
    '',
    '3. To receive and approve the minutes of the following meetings:',
    '',
    'Full Council Meeting 20th April 2017. RESOLVED that the minutes were a true record.',
    '',
    '4. To appoint the Town Mayor 2017-2018.',
    '',
    'RESOLVED that Cllr B Amos is made Mayor for 2017-18.',
  ].join('\n');
  const { minutes: m } = parse(page);
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'To receive apologies'],
    ['2', 'To receive declarations of interest'],
    ['3', 'To receive and approve the minutes of the following meetings'],
    ['4', 'To appoint the Town Mayor 2017-2018'],
  ]);
  expect(m.decisions.map((d) => d.text)).not.toContain('To receive declarations of interest.');
});

test('a page run into one paragraph, three numbered headings after the attendance, the first not after a full stop', () => {
  const page =
    'MOORSIDE COMMONERS’ COUNCIL Minutes of the meeting of the Moorside Commoners’ Council held at the Moor Hotel on Wednesday 27 March 2013. ' +
    'Present: Prof I Marsh - Chairman Mr J Coombe Mr D Penrose In attendance Mrs L Hale 1. Chairman’s Remarks Professor Marsh welcomed everyone to the meeting. ' +
    '2. Apologies for Absence Apologies were received from Mr R Ash. The Council agreed to write to Mr Ash wishing him well. ' +
    '3. Confirmation of the Minutes Mr Penrose asked for a correction to item 7 on the report on the grazing project, page 3, line 9, which should read that a grant of £100,000 had been made to partners. There being no further amendments the minutes were duly confirmed and signed. 4. Matters Aris';
  const { minutes: m } = parse(page);
  expect(m.items.slice(0, 3).map((i) => [i.number, i.title])).toEqual([
    ['1', 'Chairman’s Remarks'],
    ['2', 'Apologies for Absence'],
    ['3', 'Confirmation of the Minutes'],
  ]);
});

describe('decisions recorded as a vote', () => {
  const page = [
    'Minutes of the meeting of Brynhir Town Council held on Monday 22nd May 2017.',
    '',
    '1. To approve the minutes.',
    '',
    'It was proposed by Cllr B Hale and seconded by Cllr R Wynn that the minutes were a true and accurate account of the meeting',
    '',
    'Members at the time of the meeting were all in favour',
    '',
    '2. To appoint the Town Mayor.',
    '',
    'It was proposed by Cllr A Bryn and seconded by Cllr M Hart that Cllr B Amos is made Mayor for 2017/18.',
    '',
    'All members were in Favour',
    '',
    '3. To agree signatories.',
    '',
    'It was proposed by Cllr M Hart and seconded by Cllr A Bryn that Cllr T Tate is added to the list of cheque signatories.',
    '',
    'There being no further amendments the minutes were duly confirmed and signed.',
    '',
    '4. To buy a bench.',
    '',
    'It was proposed by Cllr M Hart and seconded by Cllr A Bryn that a bench be bought for the green.',
    '',
    'The Clerk said the supplier had closed.',
  ].join('\n');

  test('"It was proposed … that …" over "All members were in favour": the motion is the decision, its kind by what it does', () => {
    const { minutes: m } = parse(page);
    expect(m.decisions.filter((d) => /^That\s/.test(d.text)).map((d) => [d.item, d.kind, d.text])).toEqual([
      ['1', 'procedural', 'That the minutes were a true and accurate account of the meeting'],
      ['2', 'procedural', 'That Cllr B Amos is made Mayor for 2017/18.'],
    ]);
  });

  test('"There being no further amendments the minutes were duly confirmed and signed." is the minutes approved', () => {
    expect(parse(page).minutes.decisions.find((d) => d.item === '3')).toMatchObject({ kind: 'procedural', text: 'There being no further amendments the minutes were duly confirmed and signed.' });
  });

  test('a motion with no vote recorded after it is no decision', () => {
    expect(parse(page).minutes.decisions.filter((d) => d.item === '4')).toEqual([]);
  });
});

describe('minutes numbered by paragraph, most with no heading', () => {
  const page = (lead: string) =>
    [
      'Parish Council – Minutes – 3/11/20',
      '',
      'The minutes for the virtual meeting of Brackley Green Parish Council held on Zoom on Tuesday 3 November 2020.',
      '',
      lead,
      '',
      '1 There were no apologies received for absence.',
      '',
      '2 There were no declarations of interest.',
      '',
      '3 The Minutes of the previous meeting were unanimously agreed.',
      '',
      '4 Matters Arising from the previous meeting:',
      '',
      'The railings in Water Lane have been painted. The clerk will write to the highway authority about the ditch.',
    ].join('\n');

  test('each number is an item, titled only where its paragraph is a heading; the sentence stays in its minutes', () => {
    const { minutes: m } = parse(page('Present were Ruth Avery, Chair;  Tom Gale;  Bea Farrow.'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3', ''],
      ['4', 'Matters Arising from the previous meeting'],
    ]);
    expect(m.decisions.find((d) => d.item === '3')).toMatchObject({ kind: 'procedural' });
    expect(m.declarationsState).toBe('none-declared');
  });

  test('a list a sentence introduces ("… three options:") is not the items', () => {
    const { minutes: m } = parse(page('It was reported that the meeting was inquorate. The Chair has four options:'));
    expect(m.items.map((i) => i.number)).not.toEqual(['1', '2', '3', '4']);
  });
});

test('a Northern Irish council\'s page run into one paragraph: "(Councillors)" and "(Officials)" in the list, "SC/35/2018" minutes', () => {
  const page =
    'LOUGHSIDE DISTRICT COUNCIL LDC/SC Minutes of Special Council Meeting held on 22 October 2018 at 6pm in the Lake Room, Civic Centre, Loughside ' +
    'In the Chair: Councillor M Moran In attendance: (Councillors) Councillor T Abel Councillor R Bell Councillor P Boyd Councillor C Carr Councillor W Dunn ' +
    'Councillor C Egan Councillor G Hale Councillor H Hart Councillor T Hurst Councillor R Howe (Officials) Mr. L Hanna, Chief Executive Mr. J McBride, Assistant ' +
    'Director, Community Planning and Performance Mrs D Stark, Democratic Services Officer Ms S Tagg, Democratic Services Officer Also in attendance: Mr. M Bloom, ' +
    'Chief Executive Mr. B McNeil, Director of Operations SC/35/2018 APOLOGIES AND CHAIRPERSON’S REMARKS Apologies were received from Councillors Kerr and Lowe. ' +
    'SC/36/2018 DECLARATIONS OF INTEREST There were no Declarations of Interest. The Chairman welcomed everyone to the meeting and advised there would be a question ' +
    'and answer session following the presentations.';
  const { minutes: m, attendance } = parse(page);
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['SC/35/2018', 'APOLOGIES AND CHAIRPERSON’S REMARKS'],
    ['SC/36/2018', 'DECLARATIONS OF INTEREST'],
  ]);
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['M Moran', 'T Abel', 'R Bell', 'P Boyd', 'C Carr', 'W Dunn', 'C Egan', 'G Hale', 'H Hart', 'T Hurst', 'R Howe']);
  expect(attendance.find((a) => a.name === 'Mrs D Stark')).toMatchObject({ status: 'in-attendance', role: 'Democratic Services Officer' });
  // A post run into the next person ends at their courtesy title, never "Chief Executive Mr. B McNeil".
  expect(attendance.find((a) => a.name === 'Mr. M Bloom')?.role).toBe('Chief Executive');
  expect(attendance.map((a) => a.role ?? '')).not.toContainEqual(expect.stringMatching(/Mr\. B McNeil/));
});

test('a town council\'s page run into one paragraph: "12/006 TO RECEIVE APOLOGIES … ACTION CLLR Mrs X (…): …", declarations as "CLLR X: interest;"', () => {
  const page = [
    'ELMBRIDGE TOWN COUNCIL',
    'MINUTES OF THE TOWN COUNCIL MEETING HELD IN THE TOWN HALL ON THURSDAY 19th JANUARY 2012',
    'PRESENT: A WELLS: Town Mayor Councillors: R BARKER; R COX; P GODWIN; Ms J MacLEAN; A MARTIN 4 members of the public were in attendance ' +
      '12/006 TO RECEIVE APOLOGIES AND REASONS FOR ABSENCE ACTION CLLR Mrs WORTH (Deputy Mayor): prior engagement; CLLR VANE: family bereavement. ' +
      '12/007 DECLARATIONS OF INTEREST CLLR Mrs WILLS: husband is an employee of the Agency; CLLR MORTON: prejudicial interest in the flood scheme as his property will be affected. ' +
      '12/008 MINUTES OF PREVIOUS MEETING The Minutes of the meeting held on 8th December 2011 were duly APPROVED and signed as a complete and accurate record. ' +
      '12/009 PUBLIC PARTICIPATION SESSION Mr Thane addressed the Town Council on behalf of the Community Bus group and asked the Council to consider his previous request.',
  ].join('\n');
  const { minutes: m } = parse(page);
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['12/006', 'TO RECEIVE APOLOGIES AND REASONS FOR ABSENCE'],
    ['12/007', 'DECLARATIONS OF INTEREST'],
    ['12/008', 'MINUTES OF PREVIOUS MEETING'],
    ['12/009', 'PUBLIC PARTICIPATION SESSION'],
  ]);
  expect(m.declarations.map((d) => [d.member, d.nature])).toEqual([
    ['Mrs WILLS', 'unspecified'],
    ['MORTON', 'prejudicial'],
  ]);
});

describe('a borough committee\'s printed minutes', () => {
  const page = [
    'MINUTES OF A MEETING OF THE POLICY AND RESOURCES COMMITTEE HELD ON 26th NOVEMBER, 2020 VIA TEAMS',
    '',
    'Councillor M. Ismail (Chairman – in the Chair)',
    '',
    'Councillors',
    '',
    'N. Ahmad Y Ishaq M. Aslan (Substitute) A. Mahon D. Clegg B. Newland S. E. Cockburn-Price',
    '',
    '(Apologies for absence were received from Councillor Musa Arshad, M. Goulding and J. Henson).',
    '',
    'Officers in attendance:',
    '',
    'Dean Lang Chief Executive Philip Mouse Corporate Director Neil Watts Planning, Economic Development and Regulatory Services Manager Jane Watt Head of Democratic Services',
    '',
    '61. DECLARATIONS OF INTEREST',
    '',
    'There were no declarations of interest.',
  ].join('\n');

  test('the chair on a line of its own, the members under "Councillors", the apologies without their bracket', () => {
    const { attendance, minutes: m } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['M. Ismail', 'Chair'],
      ['N. Ahmad', null],
      ['Y Ishaq', null],
      ['M. Aslan', 'substitute'],
      ['A. Mahon', null],
      ['D. Clegg', null],
      ['B. Newland', null],
      ['S. E. Cockburn-Price', null],
    ]);
    expect(m.apologies).toEqual(['Musa Arshad', 'M. Goulding', 'J. Henson']);
  });

  test('officers each a first name and surname then their post, nothing between them', () => {
    expect(parse(page).attendance.filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Dean Lang', 'Chief Executive'],
      ['Philip Mouse', 'Corporate Director'],
      ['Neil Watts', 'Planning, Economic Development and Regulatory Services Manager'],
      ['Jane Watt', 'Head of Democratic Services'],
    ]);
  });
});

test('members one to a line under the heading, no label, the clerk after them', () => {
  const page = [
    'Minutes of WOODLEY PARISH COUNCIL Meeting held on Monday 5 July 2010 at 7.30pm in the Village Hall',
    '',
    'Cllr Paul Jessop (Chairman)',
    '',
    'Cllr Joan Thorne',
    '',
    'Cllr Tim Shaw',
    '',
    'Sarah Wilcock (Clerk)',
    '',
    '2 members of the public',
    '',
    '1.     Apologies: were received from Cllr Miles Tull.',
  ].join('\n');
  expect(parse(page).attendance.map((a) => [a.name, a.status, a.role])).toEqual([
    ['Paul Jessop', 'present', 'Chair'],
    ['Joan Thorne', 'present', null],
    ['Tim Shaw', 'present', null],
    ['Sarah Wilcock', 'in-attendance', 'Clerk'],
    ['Miles Tull', 'apologies', null],
  ]);
});

test('a Welsh community council\'s members under "MEMBERS", ditto marks for the title, "*Absent" as the key', () => {
  const page = [
    '16 CLAWDD COMMUNITY COUNCIL',
    '',
    'MINUTES OF A REMOTE MEETING OF THE CLAWDD COMMUNITY COUNCIL HELD ON THURSDAY 3rd June 2021',
    '',
    'MEMBERS Councillor Kevin Hale (Chairman)* “ Linda Sutton (Vice Chair )*',
    '',
    '“ Carol Dawes “ Christine Gray “ R Alun Jenkin “ Alex Jones* “ David Jonas *Absent The meeting was also attended by representatives from the Woodwork group.',
    '',
    '51 APOLOGIES FOR ABSENCE Apologies for absence were received from Councillors Kevin Hale, Linda Sutton and Alex Jones.',
  ].join('\n');
  const { attendance } = parse(page);
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Carol Dawes', 'Christine Gray', 'R Alun Jenkin', 'David Jonas']);
  expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Kevin Hale', 'Linda Sutton', 'Alex Jones']);
});

describe('never a body or a heading for a person', () => {
  test('"Ms L Stewart Kent Police", "Mrs A Tait UNRESTRICTED ITEMS": the name ends at its surname; an honour stays', () => {
    const page = [
      'MINUTES of a meeting of the Eastshire Police and Crime Panel held in the Oak Room, County Hall, Eastbridge on Thursday, 8 November 2012.',
      'PRESENT: Mr P M Hale, OBE (Chairman), Cllr Z Khan MBE, Cllr T Vance ALSO PRESENT: Mr G Hope (Chief Executive) and Ms L Stewart (Policy Officer) Kent Police. IN ATTENDANCE: Mr P Sands (Head of Democratic Services) and Mrs A Tait (Research Officer) UNRESTRICTED ITEMS 1. Apologies and Substitutes There were none.',
    ].join('\n');
    const names = parse(page).attendance.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Z Khan MBE', 'Ms L Stewart', 'Mrs A Tait']));
    expect(names.filter((n) => /Police|ITEMS/.test(n))).toEqual([]);
  });

  test('bodies listed with their people are not people ("Northern Ireland Ambulance Service (NIAS) Mr. M Bloom, Chief Executive …")', () => {
    const page = [
      'Minutes of Special Council Meeting held on 22 October 2018 at 6pm in the Lake Room',
      '',
      'Also in attendance: Northern Ireland Ambulance Service (NIAS) Mr. M Bloom, Chief Executive Mr. B McNeil, Director of Operations South Eastern Health and Social Care Trust Rosa Coult, Director of Planning',
      '',
      '1. Apologies',
      'None.',
    ].join('\n');
    const names = parse(page).attendance.map((a) => a.name);
    expect(names.filter((n) => /Ireland|Eastern|Trust/.test(n))).toEqual([]);
  });

  test('"Messrs R Ash, C Alder and A Cole" sent apologies: "Messrs" is their style in the plural, no part of a name', () => {
    const page = ['Minutes of the meeting of the Moorside Council held on Wednesday 27 March 2013.', '', '2. Apologies for Absence Apologies were received from Messrs R Ash, C Alder and A Cole.'].join('\n');
    expect(parse(page).minutes.apologies).toEqual(['R Ash', 'C Alder', 'A Cole']);
  });
});

test('"Election of Chairman (Item 1) (1) The Head of Democratic Services …": the agenda reference and paragraph number are not the title', () => {
  const page =
    'EASTSHIRE POLICE AND CRIME PANEL MINUTES of a meeting of the Eastshire Police and Crime Panel held in the Oak Room, County Hall, Eastbridge on Thursday, 8 November 2012. ' +
    'PRESENT: Cllr Mrs A Barlow, Mr K Dunn, Cllr P Eden UNRESTRICTED ITEMS 1. Apologies and Substitutes (Item ) (1) The Head of Democratic Services reported apologies from Councillor Kerr. ' +
    '2. Election of Chairman (Item 1) (1) The Head of Democratic Services asked for nominations for Chairman. (2) Councillor Eden proposed and Councillor Barlow seconded that Mr K Dunn be elected Chairman. No other nominations were received. RESOLVED that Mr K Dunn be elected Chairman of the Panel. ' +
    '3. Minutes of the meeting held on 4 October 2012 RESOLVED that the minutes were a correct record.';
  expect(parse(page).minutes.items.slice(0, 2).map((i) => [i.number, i.title])).toEqual([
    ['1', 'Apologies and Substitutes'],
    ['2', 'Election of Chairman'],
  ]);
});

test('minutes numbered by the meeting and then the minute ("2301/1 OPENING OF THE MEETING")', () => {
  const page = [
    'MINUTES OF THE JANUARY 2013 MEETING OF INSWOOD PARISH COUNCIL',
    'HELD AT INSWOOD PARISH HALL ON THURSDAY 17th JANUARY 2013 AT 7.30 PM',
    '',
    'Present: - Councillors N Crane, M Grey, B Moore and Mr R Jacobs (Parish Clerk).',
    '',
    '2301/1 OPENING OF THE MEETING',
    'The meeting was declared open by the Clerk.',
    '',
    '2301/2 APOLOGIES',
    'Cllr A Jones',
    '',
    '2301/3 COUNCILLOR DECLARATION OF INTERESTS',
    'There were no declarations of interest.',
  ].join('\n');
  expect(parse(page).minutes.items.map((i) => [i.number, i.title])).toEqual([
    ['2301/1', 'OPENING OF THE MEETING'],
    ['2301/2', 'APOLOGIES'],
    ['2301/3', 'COUNCILLOR DECLARATION OF INTERESTS'],
  ]);
});

test('a community council\'s page run into one line, "MINUTE OF ORDINARY MEETING HELD 6TH JANUARY 2014", is minutes, never refused', () => {
  const page =
    'TURNBRAE & DISTRICT COMMUNITY COUNCIL MINUTE OF ORDINARY MEETING HELD 6TH JANUARY 2014, TURNBRAE ACADEMY PRESENT: Ben Ewart (Chair), Dolina McKay (Vice), ' +
    'John Smart (Treasurer), Rose Logie (Secretary). IN ATTENDANCE: Cllr A Duncan and Jan Mackay (Press). APOLOGIES: Dennis Capel and Cllr A Norris. ' +
    '1. WELCOME – Ben Ewart welcomed everyone to the meeting. 2. POLICE REPORT PC Davies reported that there had been 16 crimes reported in the town.';
  const { minutes: m } = parse(page);
  expect([m.document, m.date]).toEqual(['minutes', '2014-01-06']);
});

test('a list\'s second line of names in initials, no label of its own, continues the list; the list is then read whole', () => {
  const page = [
    'Minutes of the Highways Committee Meeting held on Monday 16 September 2002 at 8.00pm in the Community Centre',
    'Present:   K Lowther (chair)   JE Brandon   R Ives   PK Nuttall',
    '           HM Smart   RT Sumner   LC Tweed',
    '           In attendance  CJ Lamb',
    '       1   Apologies for absence  -  TJ Sims',
  ].join('\n');
  const { attendance, minutes: m } = parse(page);
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['K Lowther', 'JE Brandon', 'R Ives', 'PK Nuttall', 'HM Smart', 'RT Sumner', 'LC Tweed']);
  expect(m.attendanceState).toBe('read');
});
