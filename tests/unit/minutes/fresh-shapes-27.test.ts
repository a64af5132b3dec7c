/**
 * Issue 15, twenty-seventh round: shapes from pages of councils never seen before (set 30's opened two-thirds), in
 * made-up councils and people. Layout read where the words are unknown: a line's start kept when lines are joined,
 * paragraphs opening in capitals, a register of initials and surnames without commas, a table copied with " / " between
 * its cells.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../../main/cli';
import { makeTempDir } from '../../helpers/temp-dir';
import { parseMinutesDetailed } from '../../../main/minutes';
import { toBlocks, lineStartsOf } from '../../../main/minutes/blocks';
import { findDate } from '../../../main/minutes/dates';
import { parseHeader } from '../../../main/minutes/header';
import { findApologies } from '../../../main/minutes/apologies';
import { findDeclarations } from '../../../main/minutes/declarations';
import { classifyDecision, ownerOf } from '../../../main/minutes/classify';
import { runOnTitle } from '../../../main/minutes/run-on';
import { splitNameList } from '../../../main/minutes/names';
import { capsHeadingsIn, splitCapsHeadings } from '../../../main/minutes/caps-headings';
import { cuedAttendance } from '../../../main/minutes/attendance-cues';

const detailed = (text: string) => parseMinutesDetailed('page.txt', text);
const parse = (text: string) => detailed(text).minutes;
const items = (text: string) => parse(text).items.map((i) => [i.number, i.title]);

describe('a number that opened a line of the page stands where a heading may, after its line is joined to the one before', () => {
  const page = [
    'Royal Burgh of Eastcombe Community Council',
    'Minutes of the 212th Public Meeting held at 19.30 on Tuesday 3rd March 2015',
    'in The Scout Hall, Mill Lane, Eastcombe',
    'Present: Cllr Ann Reid Chairman',
    'Cllrs B Bell, C Hart, D Moss',
    'In attendance: Cllr T Dunn, local press, a member of the public',
    '1 Welcome: The Chairman opened the meeting and welcomed the new member.',
    '2 Apologies: Cllrs E Ford and G Hill',
    '3 Minutes of the Meeting held on 3rd February2015',
    '3.1 The adoption of the Minutes which had been circulated previously was proposed by Cllr Bell and seconded by Cllr Hart.',
    '4 Matters Arising:',
    '4.1 Gritting: Cllr Moss noted that the bins were empty.',
  ].join('\n');

  test('the blocks remember where their lines began, and a copy with other text does not', () => {
    // (A sentence left open above "1 Welcome:" takes it on; under a register's label it would start a block of its own.)
    const blocks = toBlocks(page.replace('In attendance: Cllr T Dunn, local press, a member of the public', 'Cllr T Dunn, the local press and a member of the public also attended'));
    const joined = blocks.find((b) => b.text.includes('1 Welcome:'));
    expect(joined).toBeDefined();
    const at = joined!.text.indexOf('1 Welcome:');
    expect(lineStartsOf(joined!)).toContain(at);
    expect(lineStartsOf({ ...joined!, text: joined!.text.slice(5) })).toEqual([]);
  });

  test('the numbers 1 to 4 are the items, and a heading alone on its line is the whole line', () => {
    expect(items(page)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Apologies'],
      ['3', 'Minutes of the Meeting held on 3rd February2015'],
      ['4', 'Matters Arising'],
    ]);
  });

  test('numbers inside a sentence are still no headings', () => {
    const prose = 'Minutes of the meeting held on 3 March 2015.\nThe hall has room for\n2 Tables and 3 Chairs and\n4 Benches outside.';
    expect(parse(prose).items.length).toBeLessThanOrEqual(1);
  });
});

describe('where a heading run into its minute ends', () => {
  test.each([
    ['Apologies for absence Received and accepted: apologies for absence from Cllr Kenneth Bell.', 'Apologies for absence'],
    ["Chairman's announcements Noted: the Chairman thanked the volunteers.", "Chairman's announcements"],
    ['Annual reports 2013-14 (a) Received: an oral report from the past Chairman.', 'Annual reports 2013-14'],
    ['REPORT OF THE CLERK A. Cow Lane - the clerk had written to the railway.', 'REPORT OF THE CLERK'],
    ['Public question time Q: Mr Reid asked about the sound system.', 'Public question time'],
    ['District & County Councillor Reports (a) Cllr Mobaraki (b) Cllr A Walker', 'District & County Councillor Reports'],
    ['Public Participation Proposed by Councillor O Wells Seconded by Councillor J Souter RESOLVED to adjourn.', 'Public Participation'],
    ['Minutes of the Meeting held on 3rd November 2015', 'Minutes of the Meeting held on 3rd November 2015'],
  ])('%s', (text, title) => {
    expect(runOnTitle(text, true)).toBe(title);
  });

  test('a heading in title case whose words include one that minutes business keeps it ("Items Deferred …")', () => {
    expect(runOnTitle('Items Deferred from the last meeting', true)).toBe('Items');
    expect(runOnTitle('Councillor Smith reported on the bus shelter', true)).toBeNull();
  });

  test('"1920/104 ITEM 1 - Mayor’s Remarks": the agenda’s number after the minute’s is no part of the title', () => {
    const page =
      'MINUTES OF THE ORDINARY MEETING OF TOWN COUNCIL HELD IN THE COUNCIL CHAMBER OF WESTFORD TOWN HALL ON MONDAY 2nd DECEMEBER 2019 AT 7:30PM Those present: Councillor M Reid (Chairman)\n\n' +
      '1920/104 ITEM 1 - Mayor’s Remarks and Events Attended Councillor M Reid welcomed everybody.\n\n' +
      '1920/105 ITEM 2 – Reasons for Absence Councillor Halt (holiday) Councillor Surge (away on business) Councillor Frank (attending the hustings) All reasons for absence were accepted and noted.\n\n' +
      '1920/106 ITEM 3 - Disclosures of Interest None declared\n\n' +
      '1920/107 ITEM 4 – Public Participation Proposed by Councillor O Webb Seconded by Councillor J Snow RESOLVED to adjourn the meeting to hear the public. (Unanimous)';
    const m = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1920/104', 'Mayor’s Remarks and Events Attended'],
      ['1920/105', 'Reasons for Absence'],
      ['1920/106', 'Disclosures of Interest'],
      ['1920/107', 'Public Participation'],
    ]);
    // The month mistyped in the heading is still read; the reasons for absence are the apologies.
    expect(m.date).toBe('2019-12-02');
    expect(m.apologies).toEqual(['Halt', 'Surge', 'Frank']);
    expect(m.declarationsState).toBe('none-declared');
    expect(m.decisions.map((d) => [d.item, d.text])).toEqual([['1920/107', 'To adjourn the meeting to hear the public.']]);
  });
});

describe('a month’s name mistyped', () => {
  test.each([
    ['MONDAY 2nd DECEMEBER 2019 AT 7PM', '2019-12-02'],
    ['Thursday 7th DECMEBER 2017', '2017-12-07'],
    ['on 12 Febuary 2014', '2014-02-12'],
    ['on 3 Agust 2011', '2011-08-03'],
  ])('%s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  test('other words are no months, and a short month is not guessed', () => {
    expect(findDate('item 3 Decision 2019')).toBeNull();
    expect(findDate('item 5 Marsh 2019')).toBeNull();
    expect(findDate('Novmber 4 2012 and 5 March 2019')?.iso).toBe('2019-03-05');
  });
});

describe('a register of initials and surnames run together, without commas', () => {
  test('each entry is a member, its post kept', () => {
    const page =
      'COUNCIL HELD: Wednesday, 17 July 2019 Start: 7.30 pm Finish: 9.17 pm PRESENT: Councillors: G Owen (Mayor) T Alder (Deputy Mayor) I Ash Mrs P Bay Mrs M Blake A Blunt C Cook R Cook P O`Neal D O\'Toole J E Grant Officers: Kim Webb, Chief Executive 16 PRAYERS The Mayor’s Chaplain led Members in prayer. 17 APOLOGIES Apologies for absence were received on behalf of Councillors T Blane and J Cairn.';
    const present = detailed(page).attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role]);
    expect(present).toEqual([
      ['G Owen', 'Mayor'],
      ['T Alder', 'Deputy Mayor'],
      ['I Ash', null],
      ['Mrs P Bay', null],
      ['Mrs M Blake', null],
      ['A Blunt', null],
      ['C Cook', null],
      ['R Cook', null],
      ["P O'Neal", null],
      ["D O'Toole", null],
      ['J E Grant', null],
    ]);
  });

  test('a council’s initials before a title, and full names, are not split as initials', () => {
    expect(splitNameList('NCC Cllr T Orme Mr S Vane')).not.toContain('NCC Cllr');
    expect(splitNameList('John Smith and Mary Brown')).toEqual(['John Smith', 'Mary Brown']);
  });
});

describe('paragraphs that open with a heading in capitals are the items, whatever the headings say', () => {
  const page = [
    'Minutes of the Westbury Town Council Meeting held on Tuesday 15th September 2009 at 7.30pm in the Town Hall, Westbury.',
    '',
    'Councillor R Stead – Chairman Councillors R Clark, T Crouch and A Wait',
    '',
    'APOLOGIES FOR ABSENCE Apologies were received from Councillors D Brass (work commitments) and S Gill.',
    '',
    'DECLARATIONS OF INTEREST To receive any Declarations of Interest. There were none.',
    '',
    'CONFIRMATION OF MINUTES RESOLVED: That the minutes of the meeting held on 11th August 2009 be confirmed as a true record and be signed by the Chairman.',
    '',
    'CHAIRMAN’S ANNOUNCEMENTS The Chairman had one announcement; ALCA had obtained a seat on the Pension Fund.',
    '',
    'QUESTIONS ON NOTICE BY MEMBERS Councillor Crouch raised the issue of attendance at the Town Plan Steering Group. It was agreed that the Deputy Town Clerk attend the meetings.',
  ].join('\n');

  test('the headings are read from the paragraphs’ capitals', () => {
    expect(capsHeadingsIn(toBlocks(page)).map((h) => h.heading)).toEqual([
      'APOLOGIES FOR ABSENCE',
      'DECLARATIONS OF INTEREST',
      'CONFIRMATION OF MINUTES',
      'CHAIRMAN’S ANNOUNCEMENTS',
      'QUESTIONS ON NOTICE BY MEMBERS',
    ]);
  });

  test('a rule drawn under the heading is no part of the venue', () => {
    expect(parse(page.replace('in the Town Hall, Westbury.', 'in the Town Hall, Westbury. ______________________________')).venue).toBe('Town Hall, Westbury');
  });

  test('the items, and the decisions under them', () => {
    const m = parse(page);
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'CONFIRMATION OF MINUTES', 'CHAIRMAN’S ANNOUNCEMENTS', 'QUESTIONS ON NOTICE BY MEMBERS']);
    expect(m.decisions.map((d) => d.text)).toEqual(['That the minutes of the meeting held on 11th August 2009 be confirmed as a true record and be signed by the Chairman.', 'That the Deputy Town Clerk attend the meetings.']);
    expect(m.apologies).toEqual(['D Brass', 'S Gill']);
  });

  test('a sentence opening with an acronym, and a page typed in capitals, give no headings', () => {
    expect(capsHeadingsIn(toBlocks('ALCA had obtained a seat.\n\nNALC said it would write.\n\nBT will move the box.'))).toEqual([]);
    const shouting = 'MINUTES OF THE MEETING HELD ON 3 MARCH 2015\n\nAPOLOGIES FOR ABSENCE WERE RECEIVED FROM CLLR REID AND CLLR BELL WHO WERE AWAY\n\nTHE MINUTES OF THE LAST MEETING WERE APPROVED AS A TRUE RECORD BY ALL\n\nTHE CLERK REPORTED ON THE PLAY AREA AND THE NEW BENCHES FOR THE GREEN';
    expect(splitCapsHeadings(toBlocks(shouting))).toBeNull();
  });
});

describe('the header under a letterhead', () => {
  test('a contact line above the heading is read past, and "X Parish Council Meeting at PLACE Weekday the DATE" gives the meeting', () => {
    const page = [
      'Highcombe Parish Council',
      '',
      'Clerk: Mrs C Hall, Barton, Highcombe, TQ13 9ZZ. Telephone No: 01364 000532 E Mail: clerk@example.org',
      '',
      'Highcombe Parish Council Meeting at Highcombe Village Hall Tuesday the 25th June 2019',
      '',
      'MINUTES OF THE MEETING Present: Cllr M Wills Cllr R Steel Cllr S Hart',
      '',
      '19/88. To accept apologies for absence: none.',
    ].join('\n');
    const m = parse(page);
    expect(m.date).toBe('2019-06-25');
    expect(m.venue).toBe('Highcombe Village Hall');
    expect(m.council).toBe('Highcombe Parish Council');
  });

  test('"ON THURSDAY, 12th JUNE 20147.00 PM": the year run into the time is parted from it', () => {
    const page = 'MINUTES OF A MEETING OF THE COUNCIL HELD AT THE COMMUNITY CENTRE, HEOL NEWYDD, BRIDGEND ON THURSDAY, 12th JUNE 20147.00 PM\n\nPresent: Councillor Hopkin Rees, Chairman\n\n13 APOLOGIES None.';
    const m = parse(page);
    expect(m.date).toBe('2014-06-12');
    expect(m.startTime).toBe('19:00');
    expect(m.venue).toBe('COMMUNITY CENTRE, HEOL NEWYDD, BRIDGEND');
  });

  test('a heading that names the minutes is not read as the body of such a line', () => {
    const page = 'Minutes of the Town Council\n\nEastbridge with Town Council Minutes of the Town Council Meeting held in the Council Chamber, Town Hall, on Tuesday 16th October 2018 at 7.00pm.\n\nItem 1. Apologies for absence None.';
    expect(parse(page).committee ?? '').not.toMatch(/Minutes/);
  });
});

describe('a declarations table copied with " / " between its cells', () => {
  const page = [
    'MEETING OF COUNCIL – 12TH JUNE 2014',
    '',
    'MINUTES OF A MEETING OF THE COUNCIL HELD AT THE COMMUNITY CENTRE, BRIDGEND ON THURSDAY, 12th JUNE 2014 7.00 PM',
    '',
    'Present: Councillor Hopkin Rees, Chairman',
    '',
    '13 DECLARATIONS OF INTEREST',
    '',
    'The following interests were declared:',
    '',
    'Councillor / Item / Minute / Interest / Speak/Vote',
    'Mr R Young / Development Control & Planning/BCBC / 17 / Member BCBC / No/No',
    'Mrs E Dodd / Allotment Gardens/BCBC / 15 / Tenant’s Wife / No/No',
    '',
    '14 MEMBERS’ REPORTS',
    '',
    'There were none.',
  ].join('\n');

  test('each row is a declaration: the member, the minute’s number, the business and the interest', () => {
    const m = parse(page);
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => [d.member, d.item, d.subject, d.nature, d.withdrew])).toEqual([
      ['Mr R Young', '17', 'Development Control & Planning/BCBC – Member BCBC', 'unspecified', false],
      ['Mrs E Dodd', '15', 'Allotment Gardens/BCBC – Tenant’s Wife', 'unspecified', false],
    ]);
    expect(m.declarations[0]?.passage).toContain('Mr R Young / Development Control');
  });

  test('through parse-minutes --json', async () => {
    const temp = makeTempDir();
    const file = path.join(temp.dir, 'minutes.txt');
    fs.writeFileSync(file, page);
    const lines: string[] = [];
    const code = await run(['parse-minutes', file, '--json'], (line) => lines.push(line));
    temp.cleanup();
    expect(code).toBe(0);
    const m = JSON.parse(lines.join('\n')) as { declarations: { member: string; item: string | null }[] };
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Mr R Young', '17'],
      ['Mrs E Dodd', '15'],
    ]);
  });
});

describe('the same heading printed again where a new page begins', () => {
  test('"COUNCIL HELD: …" repeated inside the text is taken out, and the minute after it is read', () => {
    const page =
      'COUNCIL HELD: Wednesday, 17 July 2019 Start: 7.30 pm Finish: 9.17 pm PRESENT: Councillors: G Owen (Mayor) T Alder I Ash 16 PRAYERS The Mayor’s Chaplain led Members in prayer. 17 APOLOGIES Apologies for absence were received on behalf of Councillors T Blane and J Cairn. COUNCIL HELD: Wednesday, 17 July 2019 18 DECLARATIONS OF INTEREST The following declarations were received: 1. Councillors Alder and Ash declared a non pecuniary interest in relation to Agenda Item 11 as members of the trust.';
    const m = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['16', 'PRAYERS'],
      ['17', 'APOLOGIES'],
      ['18', 'DECLARATIONS OF INTEREST'],
    ]);
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Alder', '11'],
      ['Ash', '11'],
    ]);
  });

  test('a running header that says it is a page ("… page number 2191") does not end the minutes', () => {
    const page = [
      'Minutes of the Eastwick Community Council Public Meeting held on Wednesday 5th February 2020 at 7.30 pm',
      '1. Apologies for Absence None',
      '2. Guest Speakers. None.',
      'Minutes of EWCC Meeting held on February 5th 2020 page number 2191 Eastwick Community Council',
      '3. Death of Councillor John Kemp The funeral was held at St Mary’s Church in January.',
      '4. Vacancy for Councillor The casual vacancy created by his death was published.',
    ].join('\n\n');
    expect(parse(page).items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(runOnTitle('Death of Councillor John Kemp On the 23rd of December, aged 80. The well attended', true)).toBe('Death of Councillor John Kemp');
  });
});

describe('decisions recorded in a parish’s own words', () => {
  const page = [
    'Minutes of the Parish Council meeting held on 3 March 2019 at 7pm in the Village Hall.',
    'Present: Cllrs A Reid, B Bell, C Hart.',
    '1. Election of Chair',
    'Cllr West was nominated by Cllr Kettle and seconded by Cllr Wood.',
    '2. Minutes',
    'The minutes of the meeting on 1st February 2019 were proposed by Cllr Bell and seconded by Cllr Hart.',
    '3. Public Participation',
    'Proposed by Cllr Webb Seconded by Cllr Snow RESOLVED to adjourn the meeting to hear the public. (Unanimous)',
  ].join('\n\n');

  test('a nomination seconded, the minutes proposed and seconded, are procedural; the vote in brackets is no part of the text', () => {
    expect(parse(page).decisions.map((d) => [d.item, d.kind, d.text])).toEqual([
      ['1', 'procedural', 'Cllr West was nominated by Cllr Kettle and seconded by Cllr Wood.'],
      ['2', 'procedural', 'The minutes of the meeting on 1st February 2019 were proposed by Cllr Bell and seconded by Cllr Hart.'],
      ['3', 'procedural', 'To adjourn the meeting to hear the public.'],
    ]);
  });

  test('"It was proposed by … that a bench be bought" is no nomination', () => {
    const motion = page.replace('Cllr West was nominated by Cllr Kettle and seconded by Cllr Wood.', 'It was proposed by Cllr Kettle and seconded by Cllr Wood that a bench be bought.');
    expect(parse(motion).decisions.filter((d) => d.item === '1')).toEqual([]);
  });
});

describe('small copying faults', () => {
  test('"01/07/13Chairperson’s announcements": a minute’s code glued to its heading', () => {
    const page = 'Minutes of the meeting of Westford Parish Council held on Tuesday 16th July 2013 at 7.30pm.\n\n01/07/13Chairperson’s announcements\nNone.\n\n02/07/13Apologies for absence\nCllr Reid.\n\n03/07/13Planning\nNo applications.';
    expect(parse(page).items.map((i) => [i.number, i.title])).toEqual([
      ['01/07/13', 'Chairperson’s announcements'],
      ['02/07/13', 'Apologies for absence'],
      ['03/07/13', 'Planning'],
    ]);
  });

  test('"Apologies – Were received from Cllr. V. Peake, … & Cllr. R. Mann 2. Acceptance of Minutes": the verb after the dash, and the next item’s number', () => {
    expect(findApologies('Apologies – Were received from Cllr. V. Peake, Cllr. A. Burrows, & Cllr. R. Mann 2. Acceptance of Minutes The minutes of the meeting')).toEqual(['V. Peake', 'A. Burrows', 'R. Mann']);
  });

  test('"Cllr. C. Parker-Eland Para 2: Minutes …": the next paragraph’s number is no part of the name sending apologies', () => {
    expect(findApologies('Apologies were received from Cllr. C. Parker-Eland Para 2: Minutes of last meeting')).toEqual(['C. Parker-Eland']);
  });
});

describe('the agenda’s wording and what was minuted of it, in one paragraph', () => {
  test('"To receive any Declarations of Interest under the … Order 2007. There were none." says none were declared', () => {
    const page = [
      'Minutes of the Westbury Town Council Meeting held on Tuesday 15th September 2009 at 7.30pm in the Town Hall, Westbury.',
      'APOLOGIES FOR ABSENCE Apologies were received from Councillor D Brass.',
      'DECLARATIONS OF INTEREST To receive any Declarations of Interest under the Local Authority (Model Code of Conduct) Order 2007. There were none.',
      'CONFIRMATION OF MINUTES RESOLVED: That the minutes of the meeting held on 11th August 2009 be confirmed.',
      'CHAIRMAN’S ANNOUNCEMENTS The Chairman had one announcement.',
    ].join('\n\n');
    const m = parse(page);
    expect(m.declarationsState).toBe('none-declared');
    const item = m.items.find((i) => /DECLARATIONS/.test(i.title));
    expect(item?.minutesText).toBe('There were none.');
  });
});

describe('the minutes approved, in the words parishes use', () => {
  test('"3.2 Minutes of the meeting of … held on … 2018 The minutes were approved …": the heading names the meeting', () => {
    const page =
      'Minutes of the meeting of Westfell Parish Council held on Thursday 8th March 2018 at 7.30pm. 3.1 Apologies for Absence Apologies were received from Marge Hall. 3.2 Minutes of the meeting of the Parish Council held on Thursday 8th February 2018 The minutes were approved as a true record of the meeting. 3.3 Declaration of Interest There were no declarations of interest.';
    const m = parse(page);
    expect(m.items.map((i) => [i.number, i.title])).toContainEqual(['3.2', 'Minutes of the meeting of the Parish Council held on Thursday 8th February 2018']);
    expect(m.decisions.map((d) => [d.item, d.kind, d.text])).toContainEqual(['3.2', 'procedural', 'The minutes were approved as a true record of the meeting.']);
  });

  test('"The Minutes of … were proposed as correct by Cllr A, seconded Cllr B, and all unanimously agreed."', () => {
    const page = 'Minutes of the meeting of Tidewell Parish Council held on Monday 9th January 2017 at 7.30pm.\n\n5. MINUTES OF THE LAST MEETING The Minutes of the Parish Council Meeting held on Monday 5th December 2016 were proposed as correct by Cllr White, seconded Cllr Chap, and all unanimously agreed.\n\n6. CORRESPONDENCE None.';
    expect(parse(page).decisions.map((d) => [d.item, d.kind])).toEqual([['5', 'procedural']]);
  });
});

describe('when the item reader stops short of the page’s own numbering', () => {
  test('"3. Declarations … 11052 - Cllr Rogers declared …": the run of numbers holding every item read, and more, gives the items', () => {
    const page = [
      'HIGHDEN PARISH COUNCIL',
      'Minutes of the Parish Council Meeting held on Tuesday 8th March 2011 in the Council Chamber at 7.30pm',
      '1. Present:- Cllr M Ewart (Chairman) Cllr A Konik Cllr H McCann Cllr J Rogers',
      'There were twenty six members of the public present.',
      '2. Apologies for Absence. None.',
      '3. Declarations of Members’ Interests in Items on the Agenda. 11052 - Cllr Rogers declared an interest in an item in ‘Payments’ to SR Farm Contract Services as this is his son.',
      '4. Minutes of the previous monthly meeting held on Tuesday 8th February 2011. 11053 - The minutes were approved as a true record.',
      '5. Police Consultation. 11054 – The Chairman welcomed PC Lee Turner, who was attending to discuss the consultation.',
    ].join('\n');
    const m = parse(page);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([['Rogers', null]]);
  });

  test('an agenda’s list of the same numbers above the minutes is not taken for the minutes’ items', () => {
    const page =
      'Management Group Meeting 10.00am, Friday 25th May 2018 AGENDA 1. Apologies 2. Declarations of Interest 3. Minutes of meeting held on 16th March 2018 4. Matters Arising 5. Political Advice 6. Budgets 7. Performance Management Item 3 MANAGEMENT GROUP MEETING MINUTES OF THE MEETING HELD ON 16TH MARCH 2018 Present: Cllr Jon Cole – City Council 1. Apologies 1.1 Apologies were received from Cllr David Bell. 2. Declarations of Interest 2.1 None. 3. Minutes of the meeting held on 24th November 2017 3.1 These were confirmed as a true and accurate record. 4. Matters Arising 4.1 No additional matters arising.';
    const numbers = parse(page).items.map((i) => i.number);
    expect(numbers).not.toContain('6');
  });
});

describe('who acts, and who declared, in a parish’s lower-case and table rows', () => {
  test('"That the clerk would update …", "That the Deputy Town Clerk attend …": the post named acts', () => {
    expect(ownerOf('That the clerk would update the councillors following the meeting.')).toBe('the clerk');
    expect(ownerOf('That the Deputy Town Clerk attend the meetings.')).toBe('the Deputy Town Clerk');
    expect(ownerOf('That the fete be held in June.')).toBeNull();
  });

  test('"Cllr Hyett 15.130 EPAA Committee member" under the declarations heading, and apologies told with an aside between dashes', () => {
    const page = [
      'Minutes of the meeting of Westhurst Parish Council held on Thursday 11th February 2016 at 7.30pm in the Village Hall.',
      '15.118 APOLOGIES FOR ABSENCE',
      'Apologies for absence – and the reason as notified to the Clerk – were accepted from Cllr Stephens.',
      '15.119 DISCLOSURES OF INTEREST',
      'Cllr Hyde 15.130 EPAA Committee member',
      '15.120 ADJOURNMENT',
      'The Chairman adjourned the meeting for Public Question Time.',
    ].join('\n');
    const m = parse(page);
    expect(m.apologies).toEqual(['Stephens']);
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => [d.member, d.item, d.subject])).toEqual([['Hyde', '15.130', 'EPAA Committee member']]);
  });

  test('a member’s sentence under the declarations heading is read as a sentence, not a row', () => {
    const page = 'Minutes of the meeting of Westhurst Parish Council held on Thursday 11th February 2016 at 7.30pm.\n15.119 DISCLOSURES OF INTEREST\nCllr Hyde 15 minutes late was noted.\n15.120 ADJOURNMENT\nNone.';
    expect(parse(page).declarations).toEqual([]);
  });
});

describe('a heading that gives the day and month without the year', () => {
  const page = [
    'Eastwick Community Council',
    'Minutes of the Eastwick Community Council Public Meeting Date Wednesday, February 5th at 7.30 pm Venue Hilston Hall',
    '1. Apologies for Absence None',
    '2. Guest Speakers. None.',
    'Minutes of EWCC Meeting held on February 5th 2020 page number 2191',
    '3. Any other business None.',
  ].join('\n\n');

  test('the year comes from the same day and month printed in full elsewhere on the page, with the time after the day', () => {
    const m = parse(page);
    expect(m.date).toBe('2020-02-05');
    expect(m.startTime).toBe('19:30');
  });

  test('no year is guessed when the page prints that day with two years, or with none', () => {
    expect(parse(page.replace('February 5th 2020 page', 'February 5th 2020 and February 5th 2019 page')).date).toBeNull();
    expect(parse(page.replace('February 5th 2020 page', 'February 5th page')).date).toBeNull();
  });
});

describe('a resolution printed without its label, and what follows it', () => {
  const page = [
    'MINUTES OF A MEETING OF THE COUNCIL HELD AT THE COMMUNITY CENTRE, BRIDGEND ON THURSDAY, 12th JUNE 2014 7.00 PM',
    '15 ALLOTMENT GARDENS',
    'That the Clerk’s Report be accepted. Councillor Dodd would speak to the tenants of plots 7 and 27B and the Clerk would speak to the tenant of plot 30.',
    '16 BUDGET MONITORING',
    'RESOLVED:',
    'That the report, and addendum report, of the Clerk be accepted.',
    '1.Payment of Cheques',
    'That authority be given for payment of the cheques listed on the Clerk’s report.',
  ].join('\n\n');

  test('the first sentence is the resolution; the task after it is an action of its own; a sub-heading among the points is none', () => {
    expect(parse(page).decisions.map((d) => [d.item, d.kind, d.text])).toEqual([
      ['15', 'noted', 'That the Clerk’s Report be accepted.'],
      ['15', 'action', 'Councillor Dodd would speak to the tenants of plots 7 and 27B'], ['15', 'action', 'the Clerk would speak to the tenant of plot 30.'],
      ['16', 'noted', 'That the report, and addendum report, of the Clerk be accepted.'],
      ['16', 'action', 'That authority be given for payment of the cheques listed on the Clerk’s report.'],
    ]);
  });

  test('a report accepted is noted; a report accepted and a task set is an action', () => {
    expect(classifyDecision('That the Clerk’s Report be accepted.')).toBe('noted');
    expect(classifyDecision('That the report be accepted and the Clerk write to the county.')).toBe('action');
  });
});

describe('a summons run into its agenda', () => {
  test('the meeting is the one summoned, not the last meeting whose minutes item 1 receives', () => {
    const page =
      'Council You are requested to attend a meeting of the Council to be held in The John Room, The Deane House, Belvedere Road, Westford on 26 February 2013 at 18:30. Agenda The meeting will be preceded by a Prayer. 1 To receive the Minutes of the meeting of the Council held on 24 January 2013 (attached). 2 To report any apologies for absence. 3 To receive any communications.';
    const h = parseHeader(toBlocks(page));
    expect(h.date).toBe('2013-02-26');
    expect(h.venue).toBe('John Room, The Deane House, Belvedere Road, Westford');
  });
});

describe('declarations seen on the meeting page in the preview', () => {
  test('"… as Members of the County Council as did Councillors Cole and Gale as employees of the County": four declarants, each with their reason', () => {
    const text = 'Councillors Alder and Toole declared a non pecuniary interest in relation to Agenda Item 11 as Members of the County Council as did Councillors Cole and Gale as employees of the County, and indicated that they would not take part in any discussion.';
    const found = findDeclarations(text, '18', true, { meetingDate: '2019-07-17' });
    expect(found.map((d) => [d.member, d.item, d.subject])).toEqual([
      ['Alder', '11', 'Members of the County Council'],
      ['Cole', '11', 'employees of the County'],
      ['Gale', '11', 'employees of the County'],
      ['Toole', '11', 'Members of the County Council'],
    ]);
  });

  test('a declaration cut off by the page after "in relation to" has no subject rather than the preposition', () => {
    const found = findDeclarations('Councillors Ash and Pope declared a non pecuniary interest in relation to', '18', true, { meetingDate: '2019-07-17' });
    expect(found.map((d) => [d.member, d.subject])).toEqual([
      ['Ash', ''],
      ['Pope', ''],
    ]);
  });

  test('"15th September 2009" alone between two minutes (the page’s footer, the meeting’s date) is no item', () => {
    const page = [
      'Minutes of the Westbury Town Council Meeting held on Tuesday 15th September 2009 at 7.30pm in the Town Hall, Westbury.',
      'APOLOGIES FOR ABSENCE Apologies were received from Councillor D Brass.',
      'DECLARATIONS OF INTEREST There were none.',
      'CHAIRMAN’S ANNOUNCEMENTS The Chairman had one announcement.',
      '15th September 2009',
      'MINUTES OF MEETINGS RESOLVED: That the minutes of the Planning Committee be received.',
    ].join('\n\n');
    expect(parse(page).items.map((i) => i.title)).not.toContain('15th September 2009');
  });
});

describe('who came, seen on the meeting page in the preview', () => {
  test('"Councillor R Brown (Vice-Chair)" in a list read from the clerk’s own cue is the Vice-Chair, not the Chair', () => {
    const page =
      'MINUTES OF THE ORDINARY MEETING OF TOWN COUNCIL HELD ON MONDAY 2nd DECEMBER 2019 AT 7:30PM Those present: Councillors: Councillor R Brown (Vice-Chair), Councillor P Mate, D Parker-Chairman, Councillor J Thompson';
    expect(cuedAttendance(toBlocks(page)).map((a) => [a.name, a.role])).toEqual([
      ['R Brown', 'Vice-Chair'],
      ['P Mate', null],
      ['D Parker', 'Chair'],
      ['J Thompson', null],
    ]);
  });
});
