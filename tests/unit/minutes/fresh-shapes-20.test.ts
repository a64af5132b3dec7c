/**
 * Issue 15, twenty-first round: agendas the parser refused outright ("it lists items but names no meeting"), so a member
 * got an error instead of the pack's items — a date line carrying the time and venue, a ModernGov "Meeting Details"
 * block below the site's menus, a pack whose agenda runs into one line without dots after the numbers. Shapes seen on
 * pages already spent (sets 16–20, scored before), written here with made-up councils and people; the round's own set
 * was held out whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDocument } from '../../../main/minutes/document-kind';
import { classifyDecision } from '../../../main/minutes/classify';
import { run } from '../../../main/cli';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;

describe('agendas whose meeting is named only by a date line', () => {
  const townAgenda = [
    'Full Council',
    'Wednesday 23/04/2025 at 7:15pm in Council Chamber, Westbury Town Hall.',
    'You can join this meeting online by following the link on the council’s website.',
    '1. WELCOME AND APOLOGIES FOR ABSENCE',
    'The Chair will welcome Councillors and will receive any apologies for absence.',
    '2. DECLARATIONS OF INTERESTS AND DISPENSATIONS',
    'To receive declarations of interest and relevant dispensations.',
    '3. PUBLIC PARTICIPATION',
    '4. TOWN MAYOR’S REPORT',
  ].join('\n');

  test('a date line with the time and venue names the meeting: an agenda, not a refused file', () => {
    expect(classifyDocument(townAgenda)).toEqual({ kind: 'agenda' });
    const m = parse(townAgenda);
    expect(m.document).toBe('agenda');
    expect(m.date).toBe('2025-04-23');
    expect(m.startTime).toBe('19:15');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });

  test('"Meeting Details" below a site’s menus, with ModernGov’s "18:15 to 00:00" (no end recorded)', () => {
    const page = [
      '[Skip to content]',
      '',
      'Eastwold District Council',
      'Market Square, Eastwold | 01234 567 890',
      'Planning Policy',
      '',
      'Planning Policy',
      '',
      '',
      'Menu ☰',
      '',
      'Meeting Details',
      '',
      '10 Oct 2019 - 18:15 to 00:00',
      '',
      '',
      '',
      '1. Prayers.',
      '2. Minutes',
      'To sign the Minutes of the meeting of the Council held on 25th July 2019 (copy attached).',
      '3. Apologies for absence.',
      '4. Declarations of Members’ Interests.',
    ].join('\n');
    expect(classifyDocument(page)).toEqual({ kind: 'agenda' });
    const m = parse(page);
    expect(m.date).toBe('2019-10-10');
    expect(m.startTime).toBe('18:15');
    expect(m.endTime).toBeNull();
    expect(m.items.map((i) => i.title)).toEqual(['Prayers', 'Minutes', 'Apologies for absence', 'Declarations of Members’ Interests']);
  });

  test('a real end time is still read', () => {
    const page = ['Meeting Details', '', '10 Oct 2019 - 18:15 to 20:40', '', '1. Prayers.', '2. Minutes', '3. Apologies for absence.'].join('\n');
    expect(parse(page).endTime).toBe('20:40');
  });

  test('a line of prose with a date in it does not name a meeting', () => {
    const guidance = [
      'How to take part',
      'You should register by noon on 3 March 2025 at 12:00 if you wish to speak, and you must give your address.',
      '1. Register with the clerk',
      '2. Say which item you wish to speak on',
    ].join('\n');
    expect(classifyDocument(guidance).kind).toBe('neither');
  });
});

describe('a pack’s agenda run into one line without dots after the numbers', () => {
  const pack =
    'Public Document Pack For all enquiries relating to this agenda please contact Jo Price (Tel: 01234 567890) Date: 21st September 2018 Dear Sir/Madam, ' +
    'A meeting of the Northshire Police and Crime Panel will be held at the Chamber, County Hall, Northtown on Friday, 28th September, 2018 at 10.00 am to consider the matters contained in the following agenda. ' +
    'A G E N D A Pages 1 Declarations of Interest. 2 Apologies for Absence. To approve and sign the following minutes: - 3 Northshire Police and Crime Panel Meeting held on 15th June 2018. 1 - 6 ' +
    '4 Police and Crime Commissioner Update - September 2018. 7 - 22 5 Performance Management - Presentation. 6 Equality Plan Outturn Report 2017/18. 23 - 66 7 Forward Work Programme. 67 - 70 ' +
    'MEMBERSHIP: Councillor Ann Reed, Eastwold Council Councillor Bob Lowe, Westwold Council';

  test('is an agenda through parse-minutes --json, with its meeting read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'undotted-agenda-'));
    const file = path.join(dir, 'pack.txt');
    fs.writeFileSync(file, pack);
    const lines: string[] = [];
    expect(await run(['parse-minutes', file, '--json'], (l) => lines.push(l))).toBe(0);
    const m = JSON.parse(lines.join('\n')) as { document: string; date: string; committee: string };
    expect(m.document).toBe('agenda');
    expect(m.date).toBe('2018-09-28');
    expect(m.committee).toBe('Northshire Police and Crime Panel');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('undotted numbers in prose, without the word agenda, are not items', () => {
    const prose = 'The Panel heard that 3 Members had visited 4 Schools and 5 Libraries in 6 Weeks, and 7 Officers had attended.';
    expect(classifyDocument(prose).kind).toBe('neither');
  });
});

describe('minutes refused because their register was not in a shape the check knew', () => {
  test('a forum’s notes run into one line, its register naming the chair in brackets', () => {
    const page =
      'Notes of a meeting of The Northcoast Communities Forum, Eastwold Town Hall October 8th 2015 Present: Jo Wren (Chair) , Ben Ash (Eastwold Museum), Rod Elm (Eastwold TC), Ann Oak (Countryside Officer, Eastwold DC) Apologies: Sam Rose, Sue Cook. Introduction JW welcomed everyone to the meeting and thanked the town council for the room.';
    expect(classifyDocument(page)).toEqual({ kind: 'minutes' });
    const m = parse(page);
    expect(m.document).toBe('minutes');
    // The heading has no "held" or "on": the body, then the place and the date after a comma.
    expect(m.committee).toBe('Northcoast Communities Forum');
    expect(m.date).toBe('2015-10-08');
    expect(m.venue).toBe('Eastwold Town Hall');
    expect(m.apologies).toContain('Sam Rose');
  });

  test('a community council’s "- Members Present:" line under a heading with the date below it', () => {
    const page = [
      'Draft Minutes.',
      'Westhaugh Community Council',
      'Minutes of the Meeting',
      'Monday 24th October 2016',
      'Westhaugh Hall at 1930hrs.',
      '- Members Present: Ella Reed (Chair), Angus Lowe (Vice-Chair), Sarah Hart (Secretary).',
      'Apologies: Iain Mead, John Park.',
      '- Minutes from the meeting 29th August 2016- A true record.',
      '- Matters Arising from the last meeting:',
      '3.1: Festival- No further feedback.',
    ].join('\n');
    expect(classifyDocument(page)).toEqual({ kind: 'minutes' });
    const m = parse(page);
    expect(m.date).toBe('2016-10-24');
    expect(m.apologies).toEqual(['Iain Mead', 'John Park']);
  });

  test('a council’s agenda pack: "Agenda Thursday 17 July 2014", then "2 DATE: … PLACE:" after a page number', () => {
    const page = [
      'EASTSHIRE COUNTY COUNCIL',
      '',
      '1 EASTSHIRE COUNTY COUNCIL Agenda Thursday 17 July 2014 For further information on any of the agenda items listed, please contact Sue Price, Head of Democratic Services 1',
      '',
      '2 DATE: 17 July 2014 PLACE: TIME: Council Chamber, Shire Hall, Eastwold 2.00 pm. Please note: this meeting will be recorded.',
      '',
      '3 Business to be taken at the meeting',
      '1. Thought for the Day',
      '2. Chairman’s Announcements',
      '3. Apologies for Absence',
      '4. Declarations of Interest and Dispensations',
    ].join('\n');
    expect(classifyDocument(page)).toEqual({ kind: 'agenda' });
    const m = parse(page);
    expect(m.date).toBe('2014-07-17');
    expect(m.startTime).toBe('14:00');
    expect(m.items.map((i) => i.title)).not.toContain('DATE');
  });

  test('"3 Date of next meeting: …" is an item, not the page’s date', () => {
    const page = ['Minutes of the meeting of Eastwold Parish Council held on 5 March 2015', '1 Apologies. None.', '2 Minutes. The minutes were approved.', '3 Date of next meeting: 9 April 2015'].join('\n');
    expect(parse(page).date).toBe('2015-03-05');
  });

  test('a register of names with no chair marked, in a guidance page, is still not minutes', () => {
    const guidance = 'How to apply for a grant. Present your application to the clerk. You should include: Name, Address (Postcode) and your reasons.';
    expect(classifyDocument(guidance).kind).toBe('neither');
  });
});

const who = (text: string, status: string) =>
  parseMinutesDetailed('minutes.txt', text)
    .attendance.filter((a) => a.status === status)
    .map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

describe('printed minutes run into one paragraph', () => {
  test('a one-word heading in capitals ("303 PRAYERS") starts its minute like the others', () => {
    const page =
      'COUNCIL MEETING HELD ON THURSDAY, 15 DECEMBER 2016 Present: Councillors Ash, Mrs Birch, Cole (The Mayor) and Dunn Officers: Jo Elm, Chief Executive ' +
      '303 PRAYERS The Mayor’s Chaplain led the meeting in prayers. 304 APOLOGIES FOR ABSENCE Councillors Mrs Fern and Gale. 305 MINUTES The minutes of the meeting held on 17 November 2016 were approved. 306 PETITIONS There were no petitions.';
    expect(parse(page).items.map((i) => `${i.number} ${i.title}`)).toEqual(['303 PRAYERS', '304 APOLOGIES FOR ABSENCE', '305 MINUTES', '306 PETITIONS']);
  });

  test('"62/07 - PRAYER:" and "63/07 - APOLOGIES FOR ABSENCE:": numbers before labels in capitals stay with them', () => {
    const page =
      'MINUTES OF THE COUNCIL OF THE BOROUGH OF EASTWOLD HELD IN THE COUNCIL OFFICES ON 5 DECEMBER 2007 PRESENT: The Mayor (Councillor Trotter) in the Chair. Councillors Anne Ash, Mrs Birch, Bayliss. Beer, Philip Cole, Willis and Willoughby. Late Arrivals: None. Early Departures: Councillor Cole at 7.00 pm. ' +
      '62/07 - PRAYER: The Mayor’s Chaplain led Members in prayer. 63/07 - APOLOGIES FOR ABSENCE: Apologies for absence had been received from Councillors Fox and Wren. 64/07 - URGENT BUSINESS: There were no items of urgent business. 65/07 - DECLARATIONS OF INTEREST: The following declarations of interest were made:- Councillor Ash – a personal interest in minute 70/07 as a governor of the college.';
    const m = parse(page);
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['62/07 PRAYER', '63/07 APOLOGIES FOR ABSENCE', '64/07 URGENT BUSINESS', '65/07 DECLARATIONS OF INTEREST']);
    expect(m.apologies).toEqual(['Fox', 'Wren']);
    // The chair named in brackets after the office, a full stop typed for a comma, and the note of who left early.
    expect(who(page, 'present')).toEqual(['Trotter (Chair)', 'Anne Ash', 'Mrs Birch', 'Bayliss', 'Beer', 'Philip Cole', 'Willis', 'Willoughby']);
  });

  test('"Mrs. Beer," keeps its honorific: only a full stop between two surnames is read as a comma', () => {
    const page = ['Minutes of the meeting of Eastwold Parish Council held on 5 March 2015', 'Present: Councillors Ash, Mrs. Beer, Cole and Dunn.', '1. Apologies. None.', '2. Minutes. The minutes were approved.'].join('\n');
    expect(who(page, 'present')).toEqual(['Ash', 'Mrs. Beer', 'Cole', 'Dunn']);
  });
});

describe('a declarations table copied without its cell breaks', () => {
  const page = [
    'Minutes of the meeting of Eastwold Borough Council held on 15 December 2016',
    'Present: Councillors Ash, Birch, Cole and Dunn.',
    '305 DECLARATIONS OF INTEREST',
    'Member Minute Subject Nature of Interest Number Councillor Mrs 308 Public questions Councillor Mrs Birch declared an Birch interest in minute number 308 as she lives within the constituency. Member Minute Subject Nature of Interest Number Councillor 313 Notices of Councillor Dunn declared an Dunn motion interest in minute number 313 because he is a member of the partnership.',
    '306 MINUTES',
    'The minutes of the meeting held on 17 November 2016 were approved.',
  ].join('\n');

  test('each member’s sentence is read after the cells before it', () => {
    const m = parse(page);
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => `${d.member}|${d.item}`)).toEqual(['Mrs Birch|308', 'Dunn|313']);
  });

  test('outside a declarations heading, a sentence telling of a declaration made elsewhere is not read so', () => {
    const other = ['Minutes of the meeting of Eastwold Borough Council held on 15 December 2016', '306 PLANNING', 'The Chair reminded members that Councillor Birch declared an interest in this site at the last meeting of the committee.'].join('\n');
    expect(parse(other).declarations).toEqual([]);
  });

  test('"did not have the opportunity to leave the chamber" is not leaving', () => {
    const late = ['Minutes of the meeting of Eastwold Borough Council held on 15 December 2016', '2. DECLARATIONS OF INTEREST', 'Later in the meeting Councillor Birch declared a pecuniary interest in the pier as she lives near it but did not have the opportunity to leave the chamber as the discussion occurred without warning.'].join('\n');
    expect(parse(late).declarations.map((d) => d.withdrew)).toEqual([false]);
  });
});

describe('a register whose names each end in "Esq", in a block of its own', () => {
  test('each "Esq" ends a name, and the sentence after the list is no one', () => {
    const page = ['WESTMOOR INTERNAL DRAINAGE BOARD', 'At a Meeting of the Westmoor Internal Drainage Board held at the Village Hall on Wednesday the 8th February 2017', 'PRESENT K Ash Esq (Chairman) J E Cole Esq (Vice Chairman) N K Dunn Esq A Eve Esq The Chairman welcomed members.', '1. MINUTES The minutes of the meeting held on 12 October 2016 were approved.', '2. RATES The Board agreed to keep its rates as they were.'].join('\n');
    expect(who(page, 'present')).toEqual(['K Ash Esq (Chair)', 'J E Cole Esq (Vice-Chair)', 'N K Dunn Esq', 'A Eve Esq']);
  });
});

describe('a parish’s running minute numbers, typed without full stops', () => {
  const page =
    'On Tuesday 20th July 2010 a Meeting of Westbrook Community Council was held in the Village Hall at 7.00 pm PRESENT: Cllrs Ann Reed (Chair); Mrs B Lowe; C Hart and clerk\n\n' +
    '2829 Apologies for absence were received from Cllrs D Mead and E Park 2830 Personal Matters – none 2831 Declaration of Personal or Prejudicial Interest – none received 2832 Confirmation of Minutes: It was RESOLVED to confirm as a true record the Minutes of the Meeting held on 22 June 2010. The following matters arising from the Minutes were discussed: the highway matters reported by the Community Council have been noted for attention.\n\n' +
    '2833 At 7.30 pm, with the arrival of the Guest Speaker Mr John Morgan, a representative of the Mountains Society, the Council Meeting was suspended and Mr Morgan was invited to address the Meeting. ' +
    'He spoke of the area covered by the Society, of the footpaths across the hills and of the work of its volunteers in repairing stiles and gates, and he answered questions from members about the grants the Society gives to villages. The Chair thanked him and the meeting resumed.';

  test('each number starts a minute; a dash ends a heading; a sentence’s first word is no title', () => {
    const m = parse(page);
    expect(m.items.map((i) => `${i.number}|${i.title}`)).toEqual(['2829|Apologies for absence', '2830|Personal Matters', '2831|Declaration of Personal or Prejudicial Interest', '2832|Confirmation of Minutes', '2833|']);
    expect(m.declarationsState).toBe('none-declared');
  });

  test('small numbers over sentences are not taken for untitled minutes', () => {
    const small = ['Minutes of the meeting of Eastwold Parish Council held on 5 March 2015', '1. Apologies', 'None.', '2', 'The chairman thanked the volunteers who had cleared the brook over the winter months this year.', '3. Planning', 'No applications.'].join('\n');
    expect(parse(small).items.map((i) => i.number)).toEqual(['1', '3']);
  });
});

describe('council-year numbers and titles in capitals run into one paragraph', () => {
  test('"01.17/18 APOLOGIES … 02.17/18 DECLARATIONS OF INTEREST a) To declare …", a title ending in "COUNCILLOR"', () => {
    const page =
      'MINUTES of the MEETING OF EASTWOLD TOWN COUNCIL HELD IN THE COUNCIL CHAMBER ON TUESDAY 18th APRIL 2017 AT 7.30 PM Present: Cllr J Reed, Mayor in the Chair Cllrs R Lowe, G Hart. ' +
      '01.17/18 APOLOGIES To receive apologies Apologies received from: Cllr J Mead: unwell 02.17/18 DECLARATIONS OF INTEREST a) To declare any disclosable pecuniary interests. Cllr Hart – Planning item ' +
      '03.17/18 APPROVAL OF MINUTES The minutes of the meeting held on 21st March 2017 were approved. 04.17/18 REPORT FROM THE UNITARY COUNCILLOR No Unitary Councillor present. 05.17/18 MEMBERS OF THE PUBLIC WISHING TO SPEAK None wished to speak.';
    expect(parse(page).items.map((i) => `${i.number}|${i.title}`)).toEqual([
      '01.17/18|APOLOGIES',
      '02.17/18|DECLARATIONS OF INTEREST',
      '03.17/18|APPROVAL OF MINUTES',
      '04.17/18|REPORT FROM THE UNITARY COUNCILLOR',
      '05.17/18|MEMBERS OF THE PUBLIC WISHING TO SPEAK',
    ]);
  });
});

describe('the minutes approved in a community council’s few words', () => {
  const decisionsOf = (page: string) => parse(page).decisions.map((d) => `${d.item}|${d.kind}|${d.text}`);

  test('"Approved: A" over "Seconded: B", "APPROVED & SIGNED", "Approved & signed as correct."', () => {
    const named = ['Minutes of Menbrae Community Council meeting held on 14 February 2017 in the Centre at 7pm', '', '1. Approval of minutes for 10th January 2016', '', 'Approved: Linda Reed', '', 'Seconded: Beth Lowe', '', '2. Play area', '', 'The play area was discussed.'].join('\n');
    expect(decisionsOf(named)).toContain('1|procedural|Approved: Linda Reed Seconded: Beth Lowe');
    const capitals = ['Minutes of the meeting of Westbay Community Council held on 14 October 2014', '4. Minutes of last Meeting', 'APPROVED & SIGNED', '5. Footpaths', 'The stile at the top field is broken.'].join('\n');
    expect(decisionsOf(capitals)).toContain('4|procedural|APPROVED & SIGNED');
    const inline = ['Minutes of the meeting of Eastdale Community Council held on 25 February 2019', '2645. Apologies for absence: None.', '2646. Declarations of interest: None.', '2647. Approval of minutes of previous meeting: Approved & signed as correct.', '2648. Financial Report: the balance was reported.'].join('\n');
    expect(decisionsOf(inline)).toContain('2647|procedural|Approved & signed as correct');
  });

  test('"Approved, as read." then the vote that carried it', () => {
    const page = ['Minutes of the meeting of Northdale Community Council held on 3 May 2012', '3. Minutes of the previous meeting', 'Approved, as read. Proposed: Davie Reed; Seconded: Will Lowe', '4. Matters arising', 'None.'].join('\n');
    expect(decisionsOf(page)).toContain('3|procedural|Approved, as read. Proposed: Davie Reed; Seconded: Will Lowe');
  });

  test('"It was proposed by … seconded by …" before a resolution is not the minutes’ approval; "Approved to …" is no assent', () => {
    const moved = ['Minutes of the meeting of Eastwold District Council held on 24 February 2016', '90. Minutes', 'It was proposed by Councillor Mrs Reed seconded by Councillor Lowe and'].join('\n');
    expect(parse(moved).decisions.filter((d) => d.kind === 'procedural')).toEqual([]);
    const toDo = ['Minutes of the meeting of Eastwold Parish Council held on 5 March 2015', '3. Minutes of the last meeting', 'Approved to be checked by the clerk before the next meeting.', '4. Planning', 'None.'].join('\n');
    expect(decisionsOf(toDo).some((d) => d.startsWith('3|procedural'))).toBe(false);
  });
});

describe('a parish that labels every resolution "Action:"', () => {
  const page = [
    'Minutes of an extra ordinary meeting of Eastwold Parish Council held on Tuesday 16 July 2024 at the Parish Office at 12 noon.',
    '',
    '1. Apologies for absence.',
    '',
    'Cllr Reed and Cllr Lowe were unable to attend the meeting and had sent apologies.',
    '',
    'Action: The Council RESOLVED to accept Cllr Reed and Cllr Lowe’s apologies. Proposed by Cllr Hart, seconded by Cllr Mead and approved unanimously.',
    '',
    '2. Declarations of interest and to consider applications for dispensations in relation to DPIs.',
    '',
    'None were declared at this time.',
    '',
    '3. To approve the notes of the meeting held on Tuesday 9 July 2024 as accurate Minutes.',
    '',
    'Action: The Council RESOLVED to approve the notes as accurate Minutes. Proposed by Cllr Hart, seconded by Cllr Mead and approved unanimously.',
  ].join('\n');

  test('the agenda’s long wording, with its full stop, is each heading', () => {
    expect(parse(page).items.map((i) => `${i.number}|${i.title}`)).toEqual([
      '1|Apologies for absence',
      '2|Declarations of interest and to consider applications for dispensations in relation to DPIs',
      '3|To approve the notes of the meeting held on Tuesday 9 July 2024 as accurate Minutes',
    ]);
  });

  test('what follows the label is a resolution, of the kind its words say, without the vote that carried it', () => {
    expect(parse(page).decisions.map((d) => `${d.item}|${d.kind}|${d.text}`)).toEqual([
      '1|procedural|To accept Cllr Reed and Cllr Lowe’s apologies',
      '3|procedural|To approve the notes as accurate Minutes',
    ]);
  });

  test('a real task after the label is still an action', () => {
    const task = ['Minutes of the meeting of Eastwold Parish Council held on 9 July 2024', '', '5. Footpaths', '', 'The stile on the north path is broken.', '', 'Action: Clerk to write to the landowner.'].join('\n');
    expect(parse(task).decisions.map((d) => `${d.kind}|${d.owner}`)).toEqual(['action|Clerk']);
  });
});

describe('"It was resolved, proposed and seconded that …"', () => {
  test('the resolution without the words of how it was carried; a true record is the minutes approved', () => {
    const page = ['Minutes of the meeting of Westport Town Council held on Monday 7 March 2016 at 7pm', '', '6. To receive for information the minutes of the Staffing Committee', '', 'It was resolved, proposed and seconded to receive the Minutes for information.', '', '7. To receive the minutes of the Council meeting held on Monday 1 February 2016', '', 'It was resolved, proposed and seconded that the Minutes be received as a true record.'].join('\n');
    expect(parse(page).decisions.map((d) => `${d.item}|${d.kind}|${d.text}`)).toEqual(['6|noted|To receive the Minutes for information.', '7|procedural|That the Minutes be received as a true record.']);
  });
});

describe('a community council’s minute numbers after the agenda’s', () => {
  const page = [
    'Minutes of the Meeting of Westhill Community Council, held virtually on Monday the 16th November, 2020, at 7.00pm',
    '',
    '1(A). 154/20 PRESENT',
    '',
    'Councillor B. Reed (Acting Chair) Councillor Ann Lowe (Vice Chair) Councillor Colin Hart',
    '',
    '1(B). 155/20 APOLOGIES',
    '',
    'Councillor L. Howard Mead Councillor John Park',
    '',
    '2. 156/20 DECLARATIONS OF INTEREST',
    '',
    'None.',
  ].join('\n');

  test('the minute’s number is the item’s, and each titled name in the apologies is one member', () => {
    const m = parse(page);
    expect(m.items.map((i) => `${i.number}|${i.title}`)).toEqual(['154/20|PRESENT', '155/20|APOLOGIES', '156/20|DECLARATIONS OF INTEREST']);
    expect(m.apologies).toEqual(['L. Howard Mead', 'John Park']);
  });

  test('"County Councillor M Butcher" and "Cllr A and Cllr B" are not split', () => {
    const county = ['Minutes of the meeting of Eastwold Parish Council held on 22 November 2023', '', 'C048/23 1. APOLOGIES FOR ABSENCE.', '', 'Cllr L Reed and Cllr J Lowe (family commitment), Cllr A Hart (work commitment).', '', 'C049/23 2. DECLARATIONS OF INTEREST.', '', 'None.'].join('\n');
    expect(parse(county).apologies).toEqual(['L Reed', 'J Lowe', 'A Hart']);
  });
});

test('"1.001/15 APOLOGIES FOR ABSENCE.": the agenda’s number run into the minute’s that repeats it', () => {
  const page = ['MINUTES OF THE WESTBY COMMUNITY COUNCIL HELD ON TUESDAY 5TH MAY 2015 AT 7 P.M.', '', '1.001/15 APOLOGIES FOR ABSENCE.', '', 'The following apologies were received: Councillor C Bull.', '', '2.002/15 Use of recording Equipment', '', 'The Chair asked that all recording equipment be switched off.', '', '3.003/15 Chairman’s Review of the Year', '', 'It has been another busy year.'].join('\n');
  expect(parse(page).items.map((i) => `${i.number}|${i.title}`)).toEqual(['001/15|APOLOGIES FOR ABSENCE', '002/15|Use of recording Equipment', '003/15|Chairman’s Review of the Year']);
});

describe('tasks given to members by their first names, and to a secretary', () => {
  const actionsOf = (page: string) => parse(page).decisions.filter((d) => d.kind === 'action').map((d) => `${d.owner}|${d.text}`);
  const page = [
    'Minutes of the Annual Meeting of Northford Parish Council held on 9 May 2013 at 8pm',
    '',
    'Present: Peter Reed (Chair), Martin Lowe, Shona Hart',
    '',
    '5. Footpaths',
    '',
    'The stile on the north path is broken. Peter will be contacting the landowner concerning the footpath.',
    '',
    '6. Verges',
    '',
    'Martin would check with the contractor to see if they are cutting the verges. Shona to draft the invitation to the open day.',
    '',
    '7. Correspondence',
    '',
    'A letter from the bus company was read. Secretary will chase up.',
  ].join('\n');

  test('each is an action owned by the person named', () => {
    expect(actionsOf(page)).toEqual([
      'Peter|Peter will be contacting the landowner concerning the footpath.',
      'Martin|Martin would check with the contractor to see if they are cutting the verges.',
      'Shona|Shona to draft the invitation to the open day.',
      'Secretary|Secretary will chase up.',
    ]);
  });

  test('things named before "to" are no one: "Proposal to remove …", "Nothing to report", "Funding to provide …"', () => {
    const things = ['Minutes of the meeting of Northford Parish Council held on 9 May 2013', '', '5. Matters arising', '', 'Proposal to remove reference to the former partnership from the joint arrangements. Nothing to report on the bench. Funding to provide the new sign was agreed last year.'].join('\n');
    expect(actionsOf(things)).toEqual([]);
  });

  test('after a member’s account, "will" carries on what they said', () => {
    const told = ['Minutes of the meeting of Northford Parish Council held on 9 May 2013', '', '5. Matters arising', '', 'Peter reported that the path had flooded again. Peter will contact the landowner about it.'].join('\n');
    expect(actionsOf(told)).toEqual([]);
  });
});

test('a long numbered paragraph whose short heading ends in a full stop ("6. Matters arising. Two volunteers …")', () => {
  const filler = 'Harry Butterworth had been in touch with the newsletter editor and would update her with any information about the bridge closure for the next edition. ';
  const page = [
    'The Annual Meeting of Westheath Parish Council was held in the Parish Hall on Thursday 9th May 2013 at 8pm.',
    '5. Minutes of the last meeting, 11th April 2013 were signed as correct.',
    `6. Matters arising. Two volunteers had come forward to paint the phone box. ${filler}${filler}`,
    '7. Parish Hall. All is well.',
    `8. Recreation Ground. The recreation ground is fine. ${filler}${filler}`,
    '9. Newsletter. The last edition had been another good one.',
  ].join('\n\n');
  expect(parse(page).items.map((i) => `${i.number}|${i.title}`)).toEqual(['5|Minutes of the last meeting, 11th April 2013', '6|Matters arising', '7|Parish Hall', '8|Recreation Ground', '9|Newsletter']);
});

test('"The Annual Meeting of X was held in … on …" tells of a meeting past: minutes, where an agenda says "will be held"', () => {
  expect(classifyDocument('The Annual Meeting of Westheath Parish Council was held in the Parish Hall on Thursday 9th May 2013 at 8pm.\n1. Apologies\n2. Minutes')).toEqual({ kind: 'minutes' });
  expect(classifyDocument('The Annual Meeting of Westheath Parish Council will be held in the Parish Hall on Thursday 9th May 2013 at 8pm.\n1. Apologies\n2. Minutes')).toEqual({ kind: 'agenda' });
});

test('ModernGov sub-items numbered "1.(i)", "1.(ii)" on lines of their own, each over its heading', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Council Meeting - Thursday, 11th July, 2024 6.00 pm',
    '',
    'Venue: Council Chamber, Town Hall',
    '',
    '1.',
    '',
    'Formalities and Announcements',
    '',
    '1.(i)',
    '',
    'Minutes pdf icon PDF 346 KB',
    '',
    'Minutes:',
    '',
    'The Minutes of the Annual Meeting of the Council held on 21 May 2024 were approved as a correct record and signed by the Mayor.',
    '',
    '1.(ii)',
    '',
    'Urgent Decisions',
    '',
    'Minutes:',
    '',
    'No urgent decisions were reported.',
    '',
    '2.',
    '',
    'Community Engagement',
    '',
    '2.(i)',
    '',
    'Public Question Time',
    '',
    'Minutes:',
    '',
    'No questions were asked.',
  ].join('\n');
  const m = parse(page);
  expect(m.items.map((i) => `${i.number}|${i.title}`)).toEqual(['1|Formalities and Announcements', '1.(i)|Minutes', '1.(ii)|Urgent Decisions', '2|Community Engagement', '2.(i)|Public Question Time']);
  expect(m.decisions.map((d) => `${d.item}|${d.kind}`)).toEqual(['1.(i)|procedural']);
});

describe('the meeting’s date where the heading does not give it', () => {
  const head = (page: string) => {
    const m = parse(page);
    return `${m.committee}|${m.date}|${m.startTime}`;
  };

  test('a short line with the time and the date under a title that has neither', () => {
    expect(head(['AGM 2024 Minutes', '', 'The AGM was an opportunity to meet and consider the year.', '', '6:30pm-7.00pm Tuesday 26th November 2024', '', 'Present: Jo Reed (Chair), Sam Lowe.', '', '1. Apologies', '', 'None.'].join('\n'))).toBe('null|2024-11-26|18:30');
    expect(head(['Held at 7.15pm 26 May 2014, Ythan Centre', '', '1. PRESENT: Sandy Reed, Mark Lowe.', '', '2. APOLOGIES: Cllr Ann Hart.'].join('\n'))).toBe('null|2014-05-26|19:15');
  });

  test('but not the date of another meeting', () => {
    expect(parse(['Notes', '', 'Minutes of the last meeting 7pm 12 March 2014 were approved.', '', 'Present: Sandy Reed, Mark Lowe.', '', '1. Apologies', '', 'None.'].join('\n')).date).toBeNull();
  });

  test('"On Tuesday 20 th July 2010 a Meeting of X Council was held in …": the date before the sentence', () => {
    expect(head('On Tuesday 20 th July 2010 a Meeting of Westbrook Council was held in the Village Hall, Westbrook at 7.00 pm PRESENT: Cllrs Ann Reed (Chair); Mrs B Lowe\n\n2829 Apologies for absence were received from Cllr D Mead')).toBe('Westbrook Council|2010-07-20|19:00');
  });

  test('"At a Meeting of the X Board hosted at …": hosted, for held', () => {
    const m = parse(['NORTHFEN INTERNAL DRAINAGE BOARD', '', 'At a Meeting of the Northfen Internal Drainage Board hosted at the Middle Level Offices, March on Thursday the 15th June 2020', '', 'PRESENT', '', 'M Reed Esq (Vice Chairman) J Lowe Esq', '', 'B.1179 Standing Orders', '', 'The Board adopted modified standing orders.'].join('\n'));
    expect([m.date, m.venue]).toEqual(['2020-06-15', 'Middle Level Offices, March']);
  });

  test('"Minutes of meeting—Monday 12 September 2011—Ardgay Hall": a dash set close is a dash', () => {
    expect(head(['WESTBRAE & DISTRICT COMMUNITY COUNCIL', 'Minutes of meeting—Monday 12 September 2011—Westbrae Hall', 'Present: David Reed (Chair), Alan Lowe.', '1 Welcome The Chairman opened the meeting.'].join('\n'))).toBe('WESTBRAE & DISTRICT COMMUNITY COUNCIL|2011-09-12|null');
  });
});

describe('header fields that were wrong rather than missing', () => {
  test('"Minutes of a meeting of the above Council …" names no body; the place without "at 12 noon."; "Confirmation Hearing, X Panel" is the panel', () => {
    const above = parse(['Minutes of a meeting of the above Council held on Monday 25th February 2019 at 7.00pm in Eastern Village Hall.', '', 'Present: Chairman Cllr Mrs Reed, Cllrs Lowe, Hart.', '2643. Police Report: No Police presence.', '2644. Apologies for absence: None.', '2645. Declarations of interest: None.'].join('\n'));
    expect(above.committee).toBeNull();
    const noon = parse(['Minutes of an extra ordinary meeting of Eastwick Parish Council held on Tuesday 16 July 2024 at the Parish Office 7-9 High Street, Eastwick at 12 noon.', '', '1. Apologies for absence.', '', 'None.'].join('\n'));
    expect([noon.venue, noon.startTime]).toEqual(['Parish Office 7-9 High Street, Eastwick', '12:00']);
    const hearing = parse(['Agenda and minutes', '', 'Confirmation Hearing, Northshire Police and Crime Panel - Thursday, 3rd November, 2022 10.00 am', '', 'Venue: Council Chamber, Town Hall', '', 'No. Item', '', '38.', '', 'Apologies', '', 'Minutes:', '', 'None.'].join('\n'));
    expect(hearing.committee).toBe('Northshire Police and Crime Panel');
  });

  test('"Community Council meeting commenced at 7.15pm" under the dated heading is when, not where', () => {
    const m = parse(['Westby Community Council', '', 'Minutes of the Meeting held on Tuesday, 14th October 2014', '', 'Community Council meeting commenced at 7.15pm', '', '1. Attendance: Councillors Steve Reed (SR), Ian Lowe (IL).', '', '2. Apologies: None.'].join('\n'));
    expect([m.venue, m.startTime]).toEqual([null, '19:15']);
  });
});

test('a whole council run together, each member after "Councillor", then the honorary aldermen, in a one-line page', () => {
  const members = ['L Bigham (Chair)', 'F Abbott', 'J Lepoidevin', 'N Akhtar', 'G Lloyd', 'P Akhtar', 'A Lucas', 'R Ali', 'P Male', 'A Andrews', 'K Maton', 'J Birdi', 'T Mayer', 'J Blundell', 'M Lapsa'];
  const page =
    `Eastwold City Council Minutes of the Meeting of Council held at 2.15 pm on Tuesday, 3 September 2019 Present: Members: ${members.map((m) => `Councillor ${m}`).join(' ')} ` +
    'Honorary Alderman: Mrs H Fitz Mr J Gaze Apologies: Councillor M Ali, R Aul and S Walsh Honorary Aldermen D Batt and S Coll Public Business 29. Minutes of the Meeting held on 18 June 2019 The minutes of the Meeting held on 18 June 2019 were signed as a true record.';
  const present = who(page, 'present');
  expect(present).toEqual([...members, 'Mrs H Fitz', 'Mr J Gaze']);
  expect(parse(page).apologies).toEqual(['M Ali', 'R Aul', 'S Walsh', 'D Batt', 'S Coll']);
});

test('"Present:" over the members in groups, each under its own heading ("Durham County Councillors:", …)', () => {
  const page = [
    'At a meeting of the Combined Fire Authority for Eastshire held at Fire Headquarters, Belmont on Thursday 12 November 2015 at 10.00 a.m.',
    '',
    'Present:',
    '',
    'Eastshire County Councillors:',
    '',
    'Councillors D Bell, J Bell,J Chaplow, J Turnbull andA Willis.',
    '',
    'Westwold Borough Councillors:',
    '',
    'Councillors B Jones, G Lee and S Richmond.',
    '',
    'Independent Standards Members:',
    '',
    'Mr J Dykes',
    '',
    'Apologies for absence were received from Councillors B Armstrong and B Glass.',
    '',
    'A1 Declarations of interest',
    '',
    'There were no declarations of interest.',
  ].join('\n');
  expect(who(page, 'present')).toEqual(['D Bell', 'J Bell', 'J Chaplow', 'J Turnbull', 'A Willis', 'B Jones', 'G Lee', 'S Richmond', 'Mr J Dykes']);
  expect(parse(page).apologies).toEqual(['B Armstrong', 'B Glass']);
});

test('"To note that there were no apologies" and "approved the retrospective signing of … minutes" are procedural records', () => {
  expect(classifyDecision('To note that there were no apologies')).toBe('procedural');
  expect(classifyDecision('Council approved the retrospective signing of previously approved but inadvertently unsigned minutes for the meetings 19th April 2016 to 21st February 2017')).toBe('procedural');
  expect(classifyDecision('To note the contents of the report')).toBe('noted');
});

test('numbered sentences between two numbered headings are the minutes between them, untitled', () => {
  const page = [
    'WESTBRAE & DISTRICT COMMUNITY COUNCIL',
    'Minutes of meeting – Monday 12 September 2011 – Westbrae Hall',
    'Present: David Reed (Chair), Alan Lowe (Treasurer), Phil Hart.',
    '1 Welcome The Chairman opened the meeting with a welcome to those present.',
    '2. Apologies had been received from Doreen Mead and William Park.',
    '3. Minutes of the last meeting held on 11 July 2011 were approved. Marion wished to point out that she had sent an email to the secretary before the meeting.',
    '4. Matters arising from the minutes',
    'The memorial fund has collected £250.',
  ].join('\n');
  const m = parse(page);
  expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  expect(m.items[1]?.title).toBe('');
  expect(m.decisions.map((d) => `${d.item}|${d.kind}`)).toContain('3|procedural');
});

test('owners named as "The Clerk was directed to …" and "ACTION - AJ will create …"', () => {
  const page = ['Minutes of the meeting of Northdale Community Council held on 28 January 2020', '', '1. Bus timetable', '', 'The Clerk was directed to make contact with the borough council who produce the timetable.', '', '2. Email', '', 'FM asked AJ to create a new generic email. ACTION - AJ will create new committee email account.'].join('\n');
  expect(parse(page).decisions.filter((d) => d.kind === 'action').map((d) => `${d.item}|${d.owner}`)).toEqual(['1|the Clerk', '2|AJ']);
});

test('a declarations item’s dash entries run into one line are each a declaration; "Minute 427 d) – Councillor A Minute 436 – …" is not split', () => {
  const page = 'MINUTES of the MEETING OF EASTWOLD TOWN COUNCIL HELD IN THE COUNCIL CHAMBER ON TUESDAY 18th APRIL 2017 AT 7.30 PM Present: Cllr J Reed, Mayor in the Chair Cllrs R Lowe, G Hart. 01.17/18 APOLOGIES None. 02.17/18 DECLARATIONS OF INTEREST a) To declare any disclosable pecuniary interests. b) To declare any personal interests. Cllr Hart – Planning item Cllrs Reed and Lowe – Town Hall Trust Cllr Mead – Public Hall 03.17/18 APPROVAL OF MINUTES The minutes of the meeting held on 21st March 2017 were approved. 04.17/18 REPORT FROM THE MAYOR No report.';
  expect(parse(page).declarations.map((d) => `${d.member}|${d.subject}`)).toEqual(['Hart|Planning item', 'Reed|Town Hall Trust', 'Lowe|Town Hall Trust', 'Mead|Public Hall']);
});

test('"Cllr A and Cllr B were unable to attend the meeting and had sent apologies." names the apologies; the absent member is not one', () => {
  const page = ['Minutes of an extra ordinary meeting of Eastwick Parish Council held on Tuesday 16 July 2024 at the Parish Office at 12 noon.', '', '1. Apologies for absence.', '', 'Cllr Reed and Cllr Lowe were unable to attend the meeting and had sent apologies. Cllr Bain did not attend the meeting and no apologies had been received.', '', '2. Declarations of interest.', '', 'None were declared at this time.'].join('\n');
  expect(parse(page).apologies).toEqual(['Reed', 'Lowe']);
});
