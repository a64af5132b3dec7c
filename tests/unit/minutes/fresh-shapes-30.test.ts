/**
 * Issue 15, thirtieth round: shapes from pages of councils never seen before (the spent sets 26 to 32, pooled), in
 * made-up councils and people, read as a member's CLI reads them (`parse-minutes --json`). What the minutes say about
 * declarations: "No interests were declared" only where the minutes say so; where they record something that could not
 * be read, the page says so; "not recorded" only where there is nothing to read. And items whose numbers a word
 * processor's list lost.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { itemOf } from '../../../main/minutes/declarations';
import { parseByCli } from './helpers/parse-by-cli';

const header = (body: string) => `Minutes of the Meeting of ${body} held on Tuesday 3rd March 2015 at 7.30pm in the Village Hall`;
const state = async (lines: string[]) => (await parseByCli(lines.join('\n'))).declarationsState;

describe('the minutes say none were declared, however they put it', () => {
  test('a bullet "None" under the declarations item', async () => {
    expect(
      await state([
        header('Hollins Cross Parish Council'),
        'Present: Cllr A Hale (Chairman), Cllr B Nunn, Cllr C Orme',
        '59.    To receive apologies for absence',
        '•    Cllr D Pike sent apologies.',
        '60.    To receive declarations of interests',
        '•    None',
        '61.    Minutes of the previous meeting',
        '•    The minutes of the meeting held on 3rd February 2015 were approved and signed.',
      ]),
    ).toBe('none-declared');
  });

  test('"no potential conflicts of interest were reported", "did not record any … interests", "by Councillors – None"', async () => {
    const opening = [header('Fellside Harbour Board'), 'Present: Mr A Hale (Chair), Mrs B Nunn, Dr C Orme'];
    expect(
      await state([...opening, '1 Welcome and Apologies', 'Apologies for absence were as detailed above and no potential conflicts of interest were reported.', '2 Minutes of the Board', 'The minutes were approved.']),
    ).toBe('none-declared');
    expect(
      await state([
        ...opening,
        '5.1 Apologies for absence: Mr D Pike.',
        '5.2 Code of Conduct and Declaration of Interests a. Members did not record any Disclosable Pecuniary Interests (DPI) or other interests in relation to items on this Agenda.',
        '5.3 Minutes The minutes were approved.',
      ]),
    ).toBe('none-declared');
    expect(
      await state([...opening, 'Para 3: Declaration of interests', 'by Councillors – None.', 'Mr. Pike Appl: No: 15/01324/FUL has been granted.', 'Para 4: Clerks Report', 'The Clerk reported on the precept.']),
    ).toBe('none-declared');
  });

  test('the agenda’s wording, then the minute: "… withdraw from the meeting for that item." / "None."', async () => {
    expect(
      await state([
        'Full Parish Council - Meeting Minutes',
        'Monday 2nd March 2015',
        'MINUTES OF THE FULL PARISH COUNCIL MEETING OF STONEBRIDGE PARISH COUNCIL HELD ON MONDAY 2 MARCH 2015 AT 7.30PM IN THE VILLAGE HALL',
        'Present: - Cllr Hale (Chair), Cllr Nunn, Cllr Orme and Cllr Pike.',
        'In Attendance: Mrs J Lowe (Clerk)',
        'Agenda Items',
        '026/PC/15 - Public Session',
        'No members of the public were present.',
        '027/PC/15 - Apologies for Absence',
        'APOLOGIES were received from Cllr Ryder.',
        '028/PC/15 - Declarations of interest',
        'Members to declare any personal interest in any item of business as defined in the Code of Conduct. If that interest is a disclosable pecuniary interest the member should withdraw from the meeting for that item.',
        'None.',
        '029/PC/15 - Minutes',
        'RESOLVED to approve the minutes of the meeting held on 2 February 2015.',
        '030/PC/15 – Village Hall Report',
        'Cllr Nunn said that the hall had been repainted.',
        '031/PC/15 - Finance',
        'The Clerk reported on the accounts.',
      ]),
    ).toBe('none-declared');
  });
});

describe('the minutes record a declaration that was not read: the page says so, never that none were declared', () => {
  test('a member named in the declarations item, by name or initials', async () => {
    const page = (minute: string) => [
      header('Orme Valley Parish Council'),
      'Present: Cllr A Hale (Chairman), Cllr B Nunn, Cllr C Orme',
      '118/2015 Apologies for Absence',
      'None.',
      '119/2015 Declarations of Interest, Dispensations or Use of Delegated Powers.',
      minute,
      '120/2015 Public Participation.',
      'No members of the public were present.',
    ];
    expect(await state(page('Robert Hale reminded everyone that he is a trustee of the Village Green Trust.'))).toBe('unread');
    expect(await state(page('BN in respect of a payment under item 6.3.'))).toBe('unread');
  });

  test('"There was 1 disclosure of interest." in an item shared with the apologies', async () => {
    expect(
      await state([
        header('Pikesend Parish Council'),
        'Present: Cllr A Hale (Chairman), Cllr B Nunn, Cllr C Orme',
        '1. APOLOGIES FOR ABSENCE and DISCLOSURES OF INTEREST: Apologies were received from Cllr D Pike. There was 1 disclosure of interest.',
        '2. MINUTES OF THE MEETING HELD ON 3rd February 2015: The minutes were approved.',
      ]),
    ).toBe('unread');
  });
});

describe('a declarations item that holds only the agenda’s reminder is not a declaration', () => {
  test('the reminder to declare, and a dispensation the Monitoring Officer granted, leave the section as not recorded', async () => {
    const page = (minute: string) => [
      header('Nunnery Hill National Park Authority'),
      'Present: Mr A Hale (Chair), Mrs B Nunn, Dr C Orme',
      '1 Apologies',
      'Apologies were received from Mr D Pike.',
      '2 Declarations of Interest',
      minute,
      '3 Minutes',
      'The minutes of the meeting held on 3 February 2015 were approved.',
    ];
    expect(await state(page('Members should declare any registrable interests or disclosable pecuniary interests and state the nature of those interests.'))).toBe('absent');
    expect(await state(page('The Chair advised that the Monitoring Officer had granted a dispensation to all Members to vote on the precept.'))).toBe('absent');
  });
});

describe('items whose numbers a word processor’s list lost: each opens with the agenda’s wording on a line of its own', () => {
  const page = [
    'Minutes of Meeting of the Parish Council held on Monday, 29 April 2024 at 7.30pm at Brackenfield Village Hall.',
    'Present:',
    'Cllr Anna Hale',
    'Cllr Ben Nunn (Chair)',
    'Cllr Cara Orme',
    'Apologies:',
    'Cllr Dan Pike',
    'Also present: –',
    'Eve Lowe (Clerk) and 1 member of the public',
    '- To receive apologies for absence',
    'Apologies were received as above',
    '- To note the resignation of Cllr Fay Ryder – Noted',
    'RESOLVED: To send a letter of thanks to Fay Ryder for her service to the Parish Council.',
    '- To consider co-option of 2 Councillors for Brackenfield Ward',
    'RESOLVED: To co-opt Gil Stone as a Parish Councillor for Brackenfield Ward',
    '- To receive declarations of interest from Councillors',
    'The Clerk read out declarations received.',
    'Cllr Hale – item 12 Planning (non-pecuniary)',
    'Cllr Orme – items relating to the Trustees (non-pecuniary)',
    '- To approve the minutes of the meeting held on 25 March 2024',
    'RESOLVED: That the minutes be approved as a true record.',
  ];

  test('the headings are the items, and the declarations and decisions under them are read there', async () => {
    const m = await parseByCli(page.join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'To receive apologies for absence'],
      [null, 'To note the resignation of Cllr Fay Ryder'],
      [null, 'To consider co-option of 2 Councillors for Brackenfield Ward'],
      [null, 'To receive declarations of interest from Councillors'],
      [null, 'To approve the minutes of the meeting held on 25 March 2024'],
    ]);
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Hale', '12'],
      ['Orme', null],
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^To send a letter of thanks/), expect.stringMatching(/^To co-opt Gil Stone/), expect.stringMatching(/minutes be approved/)]),
    );
  });

  test('two such lines are not enough to make items of a page', async () => {
    const m = await parseByCli(page.slice(0, 13).join('\n'));
    expect(m.items.map((i) => i.title)).not.toContain('To note the resignation of Cllr Fay Ryder');
  });
});

describe('a minute’s number glued to its heading in capitals, as a PDF’s text is copied', () => {
  test('"3563DECLARATIONS OF INTEREST - …" is minute 3563, its heading in capitals; the next minutes follow it', async () => {
    const m = await parseByCli(
      [
        'Westmoor Fire Authority 24 June 2011',
        'Councillors Hale (Chairperson), Nunn, Orme and Pike',
        'Apologies for absence were received from Councillors Ryder and Stone.',
        'The meeting was held at the Service Headquarters. Meeting commenced at 10.30 a.m.',
        '3563DECLARATIONS OF INTEREST - No declarations were made in connection with any of the items to be considered at the meeting.',
        '3564MINUTES - Resolved – That the minutes of the meeting of the Authority held on 19 April 2011 be confirmed as a correct record.',
        '3565PETITIONS AND DEPUTATIONS - The Secretary stated that no petitions had been received.',
        '3566COMMUNICATIONS - The Secretary reported on the letters received since the last meeting.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['3563', 'DECLARATIONS OF INTEREST'],
      ['3564', 'MINUTES'],
      ['3565', 'PETITIONS AND DEPUTATIONS'],
      ['3566', 'COMMUNICATIONS'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
    expect(m.decisions.map((d) => [d.item, d.kind])).toEqual([['3564', 'procedural']]);
  });
});

describe('"Minute No. 112/2018. – Apologies for Absence.": a full stop and a dash between the number and the heading', () => {
  test('each such line is an item, its number the minute’s', async () => {
    const m = await parseByCli(
      [
        'Minutes of the meeting of Cwm Nant Community Council held on 18 October 2018 at the Village Hall at 7.00 pm.',
        'Present: -',
        'P. Hale. (Chairman) D. G. Nunn P. Orme. K. Pike',
        'Minute No. 112/2018. – Apologies for Absence.',
        'P.R. Ryder M.E.Stone',
        'Minute No. 113/2018. – Declaration of Interests from Members.',
        'The Clerk reported that there were no Declarations of Interests from Members.',
        'Minute No. 114/2018. – Play Equipment.',
        'The Chairman reported on his meeting at the school.',
        'Minute No. 115/2018. – Footpaths.',
        'The Clerk reported that the stile had been mended.',
      ].join('\n\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['112/2018', 'Apologies for Absence'],
      ['113/2018', 'Declaration of Interests from Members'],
      ['114/2018', 'Play Equipment'],
      ['115/2018', 'Footpaths'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
  });
});

describe('members present listed with their titles under the heading, without "Present:"', () => {
  const items = ['1. Apologies for Absence', 'Apologies were received from Mr. P. Ryder.', '2. Minutes of last meeting', 'The minutes of the last meeting were accepted as a correct record.', '3. Footpaths', 'The Clerk reported that the stile had been mended.'];

  test('in one paragraph: "Mr. A. Hale (Chairman), Mr. B. Nunn, Mrs. C. Orme, …"', async () => {
    const text = ['Minutes of the meeting of Bryn Isaf Community Council held on 15th September 2014', '', 'Mr. A. Hale (Chairman), Mr. B. Nunn, Mrs. C. Orme, Mr. D. Pike, Mrs. E. Lowe.', '', ...items].join('\n');
    const { attendance } = parseMinutesDetailed('page.txt', text);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr. A. Hale', 'present', 'Chair'],
      ['Mr. B. Nunn', 'present', null],
      ['Mrs. C. Orme', 'present', null],
      ['Mr. D. Pike', 'present', null],
      ['Mrs. E. Lowe', 'present', null],
    ]);
    expect((await parseByCli(text)).apologies).toEqual(['Mr. P. Ryder']);
  });

  test('one to a line: "Cllr Hale (Chairman)" / "Cllr Nunn" / …; three lines are not taken for a list', () => {
    const page = (members: string[]) => ['Minutes of the Parish Council Meeting held on Monday 1st April 2019 at 7.00pm in the Village Hall.', '', ...members.flatMap((m) => [m, '']), 'There were 3 members of the public present.', '', ...items].join('\n');
    const four = parseMinutesDetailed('page.txt', page(['Cllr Hale (Chairman)', 'Cllr Nunn', 'Cllr Mrs C Orme', 'Cllr D Pike'])).attendance;
    expect(four.filter((a) => a.status === 'present').map((a) => [a.name, a.status, a.role])).toEqual([
      ['Hale', 'present', 'Chair'],
      ['Nunn', 'present', null],
      ['Mrs C Orme', 'present', null],
      ['D Pike', 'present', null],
    ]);
    const three = parseMinutesDetailed('page.txt', page(['Cllr Hale (Chairman)', 'Cllr Nunn', 'Cllr Mrs C Orme'])).attendance;
    expect(three.filter((a) => a.status === 'present')).toEqual([]);
  });
});

test('"1. Those present Cllr A. Hale (Chair), Cllr B. Nunn, …, Minutes, Eve Lowe.": a numbered item headed by the label, its list on the same line', () => {
  const { attendance } = parseMinutesDetailed(
    'page.txt',
    [
      'Fellbeck Parish Council – Minutes of Meeting Tuesday 5th May 2015',
      '',
      '1. Those present Cllr A. Hale (Chair), Cllr B. Nunn, Cllr C. Orme, Cllr D. Pike, Minutes, Eve Lowe.',
      '',
      '2) Apologies for absence– None',
      '',
      '3) Minutes of 7th April accepted as a true record and signed by the chair.',
      '',
      '4) Planning – There were no applications.',
    ].join('\n'),
  );
  expect(attendance.slice(0, 4).map((a) => [a.name, a.status, a.role])).toEqual([
    ['A. Hale', 'present', 'Chair'],
    ['B. Nunn', 'present', null],
    ['C. Orme', 'present', null],
    ['D. Pike', 'present', null],
  ]);
  // (The one who took the minutes is listed too.)
  expect(attendance.map((a) => a.name)).toContain('Eve Lowe');
});

test('correspondence listed a), b), c) in one paragraph: each task ends where the next letter opens', async () => {
  const m = await parseByCli(
    [
      'HOLLOWAY PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING HELD ON Monday, 5th September 2005, at 7.15pm in the Community Hall',
      '',
      'PRESENT: MRS V HALE, CHAIRMAN MR L NUNN MR S ORME MRS G PIKE',
      '',
      '1. APOLOGIES were received from Mr P Ryder',
      '',
      '2. MINUTES OF LAST MEETING These were approved as circulated.',
      '',
      '3. CORRESPONDENCE',
      '',
      'a) Post Office Ltd – Informing the council about the closure of the village post office. b) Charity Commission Recreation Ground Annual Return. Clerk to respond c) Ambulance Trust – Information on setting up a Response Team in the area. Clerk to approach the Trust for further advice. d) Norfolk Constabulary – Informing us of our new Police Community Support Officer. Clerk to include details in the next news sheet.',
    ].join('\n'),
  );
  expect(m.decisions.filter((d) => d.kind === 'action').map((d) => [d.text, d.owner])).toEqual([
    ['Clerk to respond', 'Clerk'],
    ['Clerk to approach the Trust for further advice.', 'Clerk'],
    ['Clerk to include details in the next news sheet.', 'Clerk'],
  ]);
});

test('apologies accepted however the minutes put it are the meeting’s decision, from their own words', async () => {
  const page = (minute: string) =>
    ['Minutes of the meeting of Ashwell Green Parish Council held on Wednesday 6th December 2017 at 7.30pm', '', 'Present: Cllrs Hale (Chairman), Nunn, Orme, Pike', '', '17/175 To receive and accept Apologies for Absence', '', minute, '', '17/176 Footpaths', '', 'The Clerk reported that the stile had been mended.'].join('\n');
  const read = async (minute: string) => (await parseByCli(page(minute))).decisions.map((d) => [d.item, d.kind, d.text]);
  expect(await read('Apologies were received from Cllr Ryder and were accepted by the Council.')).toEqual([['17/175', 'procedural', 'Apologies were received from Cllr Ryder and were accepted by the Council.']]);
  expect(await read('Following completion of the attendance book apologies were received and accepted from Cllrs Ryder and Stone.')).toEqual([
    ['17/175', 'procedural', 'Apologies were received and accepted from Cllrs Ryder and Stone.'],
  ]);
  expect(await read('Apologies from County Councillor Ryder were received and noted.')).toEqual([['17/175', 'procedural', 'Apologies from County Councillor Ryder were received and noted.']]);
  // (Received, not accepted: nothing decided.)
  expect(await read('Apologies had been received from Cllr Ryder.')).toEqual([]);
});

test('apologies to be accepted later, or not accepted, are no decision', async () => {
  const text = ['Minutes of the meeting of Ashwell Green Parish Council held on Wednesday 6th December 2017 at 7.30pm', '', 'Present: Cllrs Hale (Chairman), Nunn, Orme, Pike', '', '17/175 To receive and accept Apologies for Absence', '', 'Apologies from Cllr Ryder were not accepted, as no reason was given.', '', '17/176 Footpaths', '', 'The Clerk reported that the stile had been mended.'].join('\n');
  expect((await parseByCli(text)).decisions.filter((d) => /apolog/i.test(d.text))).toEqual([]);
});

test('an election in prose, its office in lower case or after the agreement that carried it, is a procedural decision', async () => {
  const page = (minute: string) =>
    ['Minutes of the meeting of Ashwell Green Parish Council held on Wednesday 6th December 2017 at 7.30pm', '', 'Present: Cllrs Hale (Chairman), Nunn, Orme, Pike', '', '17/179 To elect a Vice-Chair to Council', '', minute, '', '17/180 Footpaths', '', 'The Clerk reported that the stile had been mended.'].join('\n');
  const read = async (minute: string) => (await parseByCli(page(minute))).decisions.map((d) => [d.item, d.kind, d.text]);
  expect(await read('Cllr Nunn nominated Cllr Orme; this was seconded by Cllr Pike. Cllr Orme was duly elected to the position of vice-Chair to the Parish Council.')).toEqual([
    ['17/179', 'procedural', 'Cllr Orme was duly elected to the position of vice-Chair to the Parish Council.'],
  ]);
  expect(await read('Cllr Hale proposed Cllr Orme. All agreed and Cllr Mrs C Orme was elected vice chairman.')).toEqual([['17/179', 'procedural', 'Cllr Mrs C Orme was elected vice chairman.']]);
});

test('the first sub-item’s letter caught at the end of a heading is not part of its title; a letter that names a thing is', async () => {
  const m = await parseByCli(
    [
      'Minutes of the meeting of Ashwell Green Parish Council held on Wednesday 6th December 2017 at 7.30pm',
      '',
      'Present: Cllrs Hale (Chairman), Nunn, Orme, Pike',
      '',
      '3482. MINUTES The minutes of the meeting held on 8th November 2017 were approved.',
      '',
      '3483. DECLARATIONS OF INTEREST None.',
      '',
      '3484. REPORT OF THE CLERK A. Cow Lane – the clerk had been in contact with Network Rail about the lane. B. Playing field – the mower had been mended.',
      '',
      '3485. Finance and Employment a. It was proposed by Cllr Nunn, seconded by Cllr Orme and unanimously agreed that the schedule of payments for April should be approved. b. The closing balances for March were noted.',
      '',
      '3486. Parking Plan B',
      '',
      'Members discussed the second parking plan.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['3482', 'MINUTES'],
    ['3483', 'DECLARATIONS OF INTEREST'],
    ['3484', 'REPORT OF THE CLERK'],
    ['3485', 'Finance and Employment'],
    ['3486', 'Parking Plan B'],
  ]);
});

describe('agendas that were refused as "not minutes"', () => {
  test('a webcast page listing the agenda as "1. 1 To receive Apologies for Absence" is an agenda, its items read', async () => {
    const m = await parseByCli(
      [
        'Council (Wed, 23rd May 2018 - 7:30 pm) ',
        '',
        'The webcast should start automatically for you. ',
        '',
        '  1. This webcast is scheduled for Wed, 23rd May 2018 - 7:30 pm.',
        '    It will start automatically.',
        '',
        '  1. 1 To receive Apologies for Absence',
        '',
        '  2. 2 To elect the Mayor for the Municipal Year 2018/19',
        '',
        '  3. 3 To approve and sign the Minutes of the Meeting of the Council held on 18 April 2018',
        '',
        '  4. 4 To report Disclosures of Interest and Dispensations',
      ].join('\n'),
    );
    expect(m.document).toBe('agenda');
    expect(m.items.map((i) => i.title)).toEqual(
      expect.arrayContaining(['To receive Apologies for Absence', 'To elect the Mayor for the Municipal Year 2018/19', 'To report Disclosures of Interest and Dispensations']),
    );
  });

  test('a summons with "AGENDA OF BUSINESS 1 APOLOGIES/SUBSTITUTIONS 2 DECLARATION OF INTEREST …" run into one line is an agenda', async () => {
    const m = await parseByCli(
      [
        'Glenmoor Roads Joint Committee',
        'GLENMOOR ROADS JOINT COMMITTEE City Chambers 12th June, 2020 TO: ALL MEMBERS OF GLENMOOR ROADS JOINT COMMITTEE Dear Sir/Madam You are requested to attend a MEETING of the GLENMOOR ROADS JOINT COMMITTEE to be held remotely on Monday 22nd June 2020 at 10.00 am. Yours faithfully A HALE Clerk to the Joint Committee AGENDA OF BUSINESS 1 APOLOGIES/SUBSTITUTIONS 2 DECLARATION OF INTEREST Members are reminded that it is their responsibility to make decisions about whether to declare an interest in any item on this agenda. 3 MINUTE OF PREVIOUS MEETING - Page 1 The minute of meeting of the Joint Committee is submitted for approval.',
      ].join('\n'),
    );
    expect(m.document).toBe('agenda');
    expect(m.date).toBe('2020-06-22');
  });
});

test('a declaration’s item keeps its sub-item: "item 16[d]", "item 19.042 iv."', () => {
  expect(itemOf('Cllrs A Hale and B Nunn declared an interest in item 16[d] Grants and Donations – Village Hall.')).toBe('16[d]');
  expect(itemOf('Cllr Orme declared an interest in item 19.042 iv.')).toBe('19.042 iv');
  // (Not a word after the number: "item 12 in respect of …".)
  expect(itemOf('Cllr Pike declared an interest in item 12 in respect of the grant.')).toBe('12');
});

test('a declaration in several items is one for each item: "Cllr Justice – items 20, 21, 22 and 25 (non-pecuniary)"', async () => {
  const m = await parseByCli(
    [
      'Minutes of Meeting of the Parish Council held on Monday, 29 April 2024 at 7.30pm at Brackenfield Village Hall.',
      'Present: Cllr Anna Hale (Chair), Cllr Ben Nunn, Cllr Cara Orme, Cllr Dan Pike',
      '1. Apologies',
      'None.',
      '2. To receive declarations of interest from Councillors',
      'The Clerk read out declarations received.',
      'Cllr Nunn – items 16 and 26 (non-pecuniary)',
      'Cllr Orme – item 22 Planning (non-pecuniary)',
      '3. Minutes',
      'RESOLVED: That the minutes of the meeting held on 25 March 2024 be approved as a true record.',
    ].join('\n'),
  );
  expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([
    ['Nunn', '16', 'non-pecuniary'],
    ['Nunn', '26', 'non-pecuniary'],
    ['Orme', '22', 'non-pecuniary'],
  ]);
});

test('a meeting held online: its place is the service it was held on, in the page’s own words', async () => {
  const venue = async (line: string) => (await parseByCli([line, '', 'Present: Cllr A Hale (Chair), Cllr B Nunn, Cllr C Orme', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes of the last meeting were approved.', '', '3. Footpaths', 'The stile had been mended.'].join('\n'))).venue;
  expect(await venue('MINUTES OF THE BRACKEN HILLS PARTNERSHIP COMMITTEE HELD VIA REMOTE VIDEO MEETING ON FRIDAY 25th JUNE 2021 AT 10AM')).toBe('REMOTE VIDEO MEETING');
  expect(await venue('Minutes of the meeting of Ashwell Green Parish Council held virtually via Zoom on Wednesday 13th January 2021 at 7pm')).toBe('virtually via Zoom');
  expect(await venue('DRAFT MINUTES OF THE MEETING OF ASHWELL GREEN PARISH COUNCIL HELD ON 17th JUNE 2020 BY ZOOM')).toBe('Zoom');
  expect(await venue('Minutes of Ashwell Green Town Council held on 1st June 2020 at 7.30pm via Zoom Conference Call')).toBe('Zoom Conference Call');
});

test('the start time in the heading’s sentence after its date: "…, starting at 7.30pm", "… commencing at 7.30pm."', async () => {
  const start = async (line: string) => (await parseByCli(['Minutes 7th June 2011', '', line, '', 'Present: Cllr A Hale (Chair), Cllr B Nunn, Cllr C Orme', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes of the last meeting were approved.'].join('\n'))).startTime;
  expect(await start('Held at the School on Tuesday, 7th June 2011, starting at 7.30pm')).toBe('19:30');
  expect(await start('The Minutes of the MEETING of the Ashwell Green Parish Council held in the Village Hall on Tuesday 7th June 2011 commencing at 7.15pm.')).toBe('19:15');
});

test('a cover’s fields run into its first line: "Meeting Date: Monday 3rd June 2019 Time: 7pm Location: …", "DATE : 13–08–18"', async () => {
  const read = async (first: string) => {
    const m = await parseByCli([first, '', 'Present: A Hale (Chair), B Nunn, C Orme', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes of the last meeting were approved.', '', '3. Footpaths', 'The stile had been mended.'].join('\n'));
    return [m.date, m.startTime, m.venue];
  };
  expect(await read('Hollins Cross Community Council Meeting Date: Monday 3rd June 2019 Time: 7pm Location: Leithland Centre, 25 Kemp Road, G53 5SR Web: www.example.org.uk/hollins')).toEqual([
    '2019-06-03',
    '19:00',
    'Leithland Centre, 25 Kemp Road, G53 5SR',
  ]);
  expect(await read('Uigmore Community Council DATE : 13–08–18 TIME : 7.30pm VENUE : Uigmore Community Centre')).toEqual(['2018-08-13', '19:30', 'Uigmore Community Centre']);
});

test('declarations in the opening paragraph after its lead-in: "Pursuant to … Code of Conduct, Councillor Mr J Evans, declared an interest …"', async () => {
  const m = await parseByCli(
    [
      'Minutes of the Meeting of Town Council held on Thursday 31st March 2016 at 7.05pm in the Council Chamber, Old School, Ashwell',
      '',
      'PRESENT; Chairman – Councillor Mrs P Hale - Town Mayor',
      '',
      'Declarations of Interest Forms were received from Councillors. Pursuant to the requirements of this Councils Code of Conduct, Councillor Mr J Nunn, declared an interest under Development to discuss Planning Application 2016/00180/FUL for the Rugby Football Club.',
      '',
      '733. ITEMS BROUGHT FORWARD',
      'The Clerk reported on the items brought forward.',
      '',
      '734. FOOTPATHS',
      'The stile had been mended.',
    ].join('\n'),
  );
  expect(m.declarationsState).toBe('declared');
  expect(m.declarations.map((d) => d.member)).toEqual(['Mr J Nunn']);
});

test('the council’s year printed after every heading ("149 OPEN FORUM 14/15") is not part of the titles', async () => {
  const yeared = await parseByCli(
    [
      'Minutes of the meeting of Ashwell Green Town Council held on Monday 22nd December 2014 at 7pm',
      '',
      'Present: Cllrs Hale (Mayor), Nunn, Orme, Pike',
      '',
      '149 TO NOTE APOLOGIES FOR ABSENCE 14/15 Apologies for absence were received from Cllr Ryder.',
      '',
      '150 OPEN FORUM 14/15 The Mayor said that no one had asked to speak.',
      '',
      '151 BUDGET 2015/16 14/15 It was AGREED that the budget be approved.',
    ].join('\n'),
  );
  expect(yeared.items.map((i) => i.title)).toEqual(['TO NOTE APOLOGIES FOR ABSENCE', 'OPEN FORUM', 'BUDGET 2015/16']);
});
