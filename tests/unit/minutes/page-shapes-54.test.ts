/**
 * Round 44 (after sets 51 to 53 were spent): registers real pages print that the parser lost whole, written here with
 * made-up bodies and people: a table of people and their bodies copied without its cell breaks ("Name, Body Name, Body"),
 * labels with more words than the parser knew ("PRESENT at the Meeting were:", "Present at start of meeting:", "In
 * Attendance were:"), a member with two offices ("County and District Councillor"), a double surname whose hyphen kept a
 * space, and a sentence saying no declarations were made with the word mistyped.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { bodyNameRun } from '../../../main/minutes/body-name-run';
import { initialledRegister } from '../../../main/minutes/initialled-register';
import { itemTwoDecisions } from './helpers/item-two';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.status}`);

const planningGroup = [
  'MINUTES of MEETING of FERNVALE & THE GLENS COMMUNITY PLANNING GROUP held in the MARKET HALLS, FERNVALE on WEDNESDAY, 11 MARCH 2015',
  '',
  'Present: Councillor Hamish Bell (Chair)',
  '',
  'Attending: Gordon Ferris, Fernvale Council Morag Reid, Fernvale Council Laura McBain, Glens Water Inspector Julie Strachan, Police Scotland Andrew McLure, Glens Fire and Rescue Eleanor MacKinnon, NHS Glens Jessie MacFarlane, Fernvale Community Council Marri Malloy, Kilbride Community Council',
  '',
  '1. WELCOME AND APOLOGIES',
  '',
  'Apologies for absence were intimated from:',
  '',
  'Councillor Iain Angus MacLeod Kate Winton, Fernvale Community Council Donald Watt, NHS Glens Stephen Whiston, NHS Glens',
  '',
  '2. DECLARATIONS OF INTEREST',
  '',
  'There were no declatations of interest intimated.',
  '',
  '3. MINUTES',
  '',
  'The Minutes of the meeting held on 10 December 2014 were approved as a correct record.',
];

test('people and their bodies run together ("Name, Body Name, Body"): each person, with the body after their comma as their role', () => {
  const r = read(planningGroup);
  expect(people(r)).toEqual(
    expect.arrayContaining(['Gordon Ferris|in-attendance', 'Morag Reid|in-attendance', 'Laura McBain|in-attendance', 'Julie Strachan|in-attendance', 'Andrew McLure|in-attendance', 'Eleanor MacKinnon|in-attendance', 'Jessie MacFarlane|in-attendance', 'Marri Malloy|in-attendance']),
  );
  expect(r.attendance.find((a) => a.name === 'Andrew McLure')?.role).toBe('Glens Fire and Rescue');
  expect(r.attendance.find((a) => a.name === 'Julie Strachan')?.role).toBe('Inspector');
  // A body is no person, and no person keeps a body in their name.
  expect(r.attendance.map((a) => a.name)).not.toContain('Fernvale Council');
  expect(r.attendance.every((a) => !/Council|NHS|Water/.test(a.name))).toBe(true);
});

test('an apologies line of the same shape, opening with two people and no body between them: four people', () => {
  const { minutes } = read(planningGroup);
  expect(minutes.apologies).toEqual(['Iain Angus MacLeod', 'Kate Winton', 'Donald Watt', 'Stephen Whiston']);
});

test('"There were no declatations of interest intimated.": the sentence says none were declared, the word mistyped', () => {
  expect(read(planningGroup).minutes.declarationsState).toBe('none-declared');
});

test('the run is read only when plain: it starts with a person and ends with a body, and two people start inside a part', () => {
  // Names alone, with their posts after commas: not this shape (the other readers take it).
  expect(bodyNameRun('John Smith, Chair, Mary Jones, Secretary, Alan Brown, Treasurer')).toBeNull();
  // Ends with a person, not a body.
  expect(bodyNameRun('Gordon Ferris, Fernvale Council Morag Reid, Glens Water Laura McBain, Police Scotland Andrew McLure')).toBeNull();
  // Only one person starts inside a part.
  expect(bodyNameRun('Gordon Ferris, Fernvale Council Morag Reid, Glens Water, Police Scotland')).toBeNull();
  expect(bodyNameRun('Gordon Ferris (Chair), Fernvale Council Morag Reid, Glens Water Laura McBain, Police Scotland')).toEqual([
    { person: 'Gordon Ferris (Chair)', body: 'Fernvale Council' },
    { person: 'Morag Reid', body: 'Glens Water' },
    { person: 'Laura McBain', body: 'Police Scotland' },
  ]);
});

test('a post after a person takes two parts ("Public Health Practitioner, NHS Glens"), and a second given name stays with its person', () => {
  expect(bodyNameRun('Chris Crichton, Youth Cafe Tina Barrows, Public Health Practitioner, NHS Glens John Norman MacDonald, Fernvale Council on Alcohol')).toEqual([
    { person: 'Chris Crichton', body: 'Youth Cafe' },
    { person: 'Tina Barrows', body: 'Public Health Practitioner, NHS Glens' },
    { person: 'John Norman MacDonald', body: 'Fernvale Council on Alcohol' },
  ]);
});

test('"PRESENT at the Meeting were:" and "In Attendance were:": the labels read with their verb', () => {
  const r = read([
    'MINUTES of the TOWN COUNCIL MEETING held on Thursday 6th JUNE 2013 in the Council Chamber at 7.15pm.',
    'PRESENT at the Meeting were: Councillor Victor G Fox – Chairman Councillor Pauline Batstone Councillor Nicholas Cowell',
    'Apologies were received from: Councillor Helen Reed',
    'In Attendance were: Christopher Wilkins Town Clerk',
    '13/068 APPROVAL OF THE MINUTES It was RESOLVED that the Minutes are approved and signed by the Chairman.',
  ]);
  expect(people(r)).toEqual(expect.arrayContaining(['Victor G Fox|present', 'Pauline Batstone|present', 'Nicholas Cowell|present', 'Helen Reed|apologies']));
  expect(r.attendance.find((a) => a.name === 'Victor G Fox')?.role).toBe('Chair');
});

test('"Present at start of meeting:" with a member of two offices and a surname whose hyphen kept its space', () => {
  const r = read([
    'Ashby Parva Parish Council',
    'Minutes of the Ordinary Meeting of the Parish Council held on Tuesday 25th June 2019 in The Small Hall, Ashby Parva.',
    '',
    'Present at start of meeting: Councillors Kellett (Chairman), Lomax, Hughes, and Tabard- Crane. County and District Councillor Glynn. There was 1 member of the public present at the start of the meeting.',
    '',
    '1. Chairman’s Welcoming Statement The Chairman welcomed those present.',
  ]);
  expect(people(r)).toEqual(['Kellett|present', 'Lomax|present', 'Hughes|present', 'Tabard-Crane|present', 'Glynn|present']);
  expect(r.attendance.find((a) => a.name === 'Glynn')?.role).toBe('County and District Councillor');
});

const boardTable = [
  'Draft Minutes of Board Meeting held on Wednesday 26th April 2006 at 9.30 am',
  '                       Glen House, Fernvale',
  '',
  '      Board Members',
  '      Mr Angus Keir                        Chairman, NHS 42',
  '      Prof Lewis Dunn                      Vice Chairman, NHS 42',
  '      Mr Bert Rae                          Employee Director, NHS 42',
  '      Mrs Jean Low                         Non Executive Director, NHS 42 (from Item 4)',
  '',
  '      In Attendance',
  '      Ms Alison Hay                        Board Secretary, NHS 42',
  '      Mrs Elaine Kerr                      Audit Scotland',
  '',
  '       The Minutes of the Meeting held on 29th March 2006 were approved as an accurate record.',
];

test('"Board Members" and "In Attendance" alone on their lines over a table of two columns: each row a person and their post', () => {
  const r = read(boardTable);
  expect(people(r)).toEqual(['Mr Angus Keir|present', 'Prof Lewis Dunn|present', 'Mr Bert Rae|present', 'Mrs Jean Low|present', 'Ms Alison Hay|in-attendance', 'Mrs Elaine Kerr|in-attendance']);
  // "Chairman, NHS 42": the office is the role; a body's name may hold a number.
  expect(r.attendance.find((a) => a.name === 'Mr Angus Keir')?.role).toBe('Chair');
  expect(r.attendance.find((a) => a.name === 'Prof Lewis Dunn')?.role).toBe('Vice-Chair');
  expect(r.attendance.find((a) => a.name === 'Mr Bert Rae')?.role).toBe('Employee Director, NHS 42');
  expect(r.attendance.find((a) => a.name === 'Ms Alison Hay')?.role).toBe('Board Secretary, NHS 42');
});

test('"Present" alone on its line over names one to a line: the label without its colon, and the next label ends the list', () => {
  const r = read([
    'Minutes of the Board Meeting held on Wednesday 26th April 2006 at 9.30 am',
    '',
    'Present',
    'Mr Angus Keir, Chairman',
    'Prof Lewis Dunn, Vice Chairman',
    '',
    'In Attendance',
    'Ms Alison Hay, Board Secretary',
    '',
    '1. Apologies',
    'None.',
  ]);
  expect(people(r)).toEqual(['Mr Angus Keir|present', 'Prof Lewis Dunn|present', 'Ms Alison Hay|in-attendance']);
});

test('stacked fields, a chair under "Chair:", members one to a line with a knight among them, and "Non-members:" with their posts run together', () => {
  const r = read([
    'ADVISORY COUNCIL ON FERNVALE RECORDS',
    'Date:',
    'Time:',
    'Venue:',
    '16 July 2015',
    '12:00 - 17:00',
    'The Record Office, Fernvale',
    'Chair:',
    'Professor Arthur Lane',
    'Members:',
    'Ms Hilary Bower',
    'Mr John Coll',
    'Dr William Pearce',
    'Sir John Ramsey',
    'Mr Trevor Wood',
    'Non-members:',
    'Mr Jeff Jarvis, Chief Executive, The Record Office',
    'Ms Carol Tull, Director, Information Policy and Services, The Record Office',
    'Mr Stuart Abram, Information and Legislative Policy Manager, The Fernvale Record',
    'Office',
    'Ms Helen Pott, Acting Centre Manager, The Record Office',
    '1. Welcome, apologies and introductions',
    'Apologies of absence were received from Bendor Gray, Elizabeth Lamb and Rodney Brace.',
    '2. Minutes and Matters Arising',
    'The minutes were agreed as an accurate record.',
  ]);
  const { minutes } = r;
  expect(minutes.venue).toBe('The Record Office, Fernvale');
  expect(r.attendance.find((a) => a.name === 'Professor Arthur Lane')).toMatchObject({ status: 'present', role: 'Chair' });
  expect(people(r)).toEqual(
    expect.arrayContaining(['Ms Hilary Bower|present', 'Sir John Ramsey|present', 'Mr Trevor Wood|present', 'Mr Jeff Jarvis|in-attendance', 'Ms Carol Tull|in-attendance', 'Mr Stuart Abram|in-attendance', 'Ms Helen Pott|in-attendance']),
  );
  expect(r.attendance.map((a) => a.name)).not.toContain('Mr Trevor Wood Non-members');
  expect(minutes.apologies).toEqual(['Bendor Gray', 'Elizabeth Lamb', 'Rodney Brace']);
});

test('minutes numbered "TC.94" (the body’s letters, a point, the number); members in initials, some styled, on one line', () => {
  const r = read([
    'MINUTES of the ORDINARY MEETING of FERNVALE TOWN COUNCIL held in the Council Chamber on Monday 6 August 2012 at 7.15 p.m.',
    '',
    'PRESENT',
    '',
    'Councillor Mrs S Jago – Town Mayor',
    '',
    'COUNCILLORS',
    '',
    'Ms P S Angel F Morrow C S McCleary Mrs S Oldham K McFee M Tamsin',
    '',
    'TC.94 APOLOGIES FOR ABSENCE',
    '',
    'Apologies for absence were received from Councillor M Nichol.',
    '',
    'TC.95 DECLARATIONS OF INTERESTS',
    '',
    'None received.',
    '',
    'TC.96 MINUTES',
    '',
    'RESOLVED: That the minutes of the meeting held on 23 July 2012 be approved as an accurate record.',
  ]);
  expect(r.minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['TC.94 APOLOGIES FOR ABSENCE', 'TC.95 DECLARATIONS OF INTERESTS', 'TC.96 MINUTES']);
  expect(people(r)).toEqual(['Mrs S Jago|present', 'Ms P S Angel|present', 'F Morrow|present', 'C S McCleary|present', 'Mrs S Oldham|present', 'K McFee|present', 'M Tamsin|present', 'M Nichol|apologies']);
  expect(r.attendance.every((a) => a.role === null || a.role === 'Town Mayor')).toBe(true);
});

test('apologies one to a bullet, each with the body in brackets and perhaps who deputised: the people who sent them, no more', () => {
  const { minutes } = read([
    'Fernvale Economic Board - Friday, 27th October, 2023 2.00 pm',
    '',
    '1.',
    'APOLOGIES',
    'Minutes:',
    'Apologies were received from:-',
    '·         Councillor Mark Prior (Fernvale County Borough Council);',
    '·         Councillor Llinos Medi Hughes (Glens County Council) with Councillor Gary Prior deputising;',
    '·         Yana Wills (Coleg Fernvale);',
    '·         Professor Edmund Burt (Fernvale University) with Professor Paul Spence deputising.',
    'The Chairman welcomed the deputies to the meeting.',
    '2. DECLARATION OF PERSONAL INTEREST',
    'None.',
  ]);
  expect(minutes.apologies).toEqual(['Mark Prior', 'Llinos Medi Hughes', 'Yana Wills', 'Professor Edmund Burt']);
});

test('"A, B together with Mrs C and Prof D apologised for their inability to attend", its last name on the next line: all of them', () => {
  const { minutes } = read([
    'Standing Advisory Council for Religious Education in Fernvale - Friday, 31st March, 2023 1.30 pm',
    '',
    '1.',
    'Apologies',
    'Minutes:',
    'Councillor Ifor Davies, Keith Hensley, Ceri Jones together with Mrs Alwen Rowe, Prof Densil Moore, Rev Mark Anson and',
    '',
    'Professor Catrin Wynne apologised for their inability to attend the meeting.',
    '',
    '2.',
    'Minutes',
    'Minutes:',
    'It was AGREED to confirm the Minutes of the Meeting held on 16 December 2022.',
  ]);
  expect(minutes.apologies).toEqual(['Ifor Davies', 'Keith Hensley', 'Ceri Jones', 'Mrs Alwen Rowe', 'Prof Densil Moore', 'Rev Mark Anson', 'Professor Catrin Wynne']);
});

test('a register of people with the initials the minutes use for them, then their posts, some rows run together: each person and post', () => {
  const r = read([
    'FHR Board Meeting - 19 January 2021',
    '',
    'Present',
    'George Wallace (GW) FHR Chair',
    'Siobhan Whyte (SW) FHR Board Member (item 1 & part of item 3) Colin Stout (CS) FHR Board Member',
    'Ewan Frame (EF) FHR Board Member',
    'Andrew Watt (AW) FHR Board Member (items 1, 3 & 4) Helen Trouten Torres FHR Board Member',
    'In attendance',
    'Michael Camm (MC) FHR Chief Executive',
    'Iain Muir (IM) FHR Director of Digital & Business Support Margaret Shanks (MS) FHR Assistant Director',
    '',
    'Apologies and declarations of interest',
    '',
    'GW welcomed all present. The Board noted apologies from FHR Board member Mike Dale (MD).',
  ]);
  expect(people(r)).toEqual([
    'George Wallace|present', 'Siobhan Whyte|present', 'Colin Stout|present', 'Ewan Frame|present', 'Andrew Watt|present', 'Helen Trouten Torres|present',
    'Michael Camm|in-attendance', 'Iain Muir|in-attendance', 'Margaret Shanks|in-attendance', 'Mike Dale|apologies',
  ]);
  expect(r.attendance.find((a) => a.name === 'George Wallace')?.role).toBe('Chair');
  expect(r.attendance.find((a) => a.name === 'Siobhan Whyte')?.role).toBe('FHR Board Member');
  expect(r.attendance.find((a) => a.name === 'Iain Muir')?.role).toBe('FHR Director of Digital & Business Support');
  expect(r.minutes.apologies).toEqual(['Mike Dale']);
});

test('initials in brackets that are not the name’s own do not make a register', () => {
  expect(initialledRegister('George Wallace (AB) FHR Chair Colin Stout (XY) FHR Board Member')).toBeNull();
  expect(initialledRegister('The Chair (GW) opened the meeting')).toBeNull();
});

test('"Agreed to …" and "Resolved to pay: …" after a sentence or a lead-in on the same line: each a decision of its own', () => {
  expect(itemTwoDecisions('Council election information shared with councillors. Agreed to purchase election leaflets and posters.').map((d) => [d.kind, d.text])).toEqual([
    ['action', 'To purchase election leaflets and posters.'],
  ]);
  expect(itemTwoDecisions('Payments for authorisation: Resolved to pay: salary costs £644.08; village hall £6.50.').map((d) => d.text)).toEqual(['To pay: salary costs £644.08; village hall £6.50.']);
  // Not a resolution: "agreed" inside a sentence, lower case.
  expect(itemTwoDecisions('The Clerk reported that the contractor agreed to return next week.').map((d) => d.text)).not.toContain('To return next week.');
});

test('"Clerk and Cllr Bunney to chase.": a task two people share, the second by title and surname; both own it', () => {
  expect(itemTwoDecisions('Cllr Smith asked about the enforcement issue. Clerk and Cllr Bunney to chase.').map((d) => [d.kind, d.owner, d.text])).toEqual([
    ['action', 'Clerk and Cllr Bunney', 'Clerk and Cllr Bunney to chase.'],
  ]);
});

test('one declaring verb shared by several members, the rest after semicolons, and "All of the declared interests were non-pecuniary."', () => {
  const { minutes } = read([
    'Minutes of the Annual Meeting of Fernley Parish Council held on Tuesday 4th May 2021 at 7.30pm',
    'Present: Cllrs Bannon (Chairman), White, Woodley, Harris and Foss.',
    '63/21 TO RECEIVE DECLARATIONS OF INTEREST.',
    'Cllr White declared an interest with regards to the bee keeping project; Cllr Woodley with regards to the Tree Warden item; Cllrs Harris and Woodley concerning the appointment of solicitors and Cllr Foss as a member of the Bowls Club. All of the declared interests were non-pecuniary.',
    '64/21 TO APPROVE THE MINUTES.',
    'The minutes were approved.',
  ]);
  expect(minutes.declarations.map((d) => [d.member, d.nature, d.subject])).toEqual([
    ['White', 'non-pecuniary', 'the bee keeping project'],
    ['Woodley', 'non-pecuniary', 'the Tree Warden item'],
    ['Harris', 'non-pecuniary', 'the appointment of solicitors'],
    ['Woodley', 'non-pecuniary', 'the appointment of solicitors'],
    ['Foss', 'non-pecuniary', 'a member of the Bowls Club'],
  ]);
});

test('"1)Apologies for Absence": a number and its bracket glued to the heading still open the item', () => {
  const { minutes } = read([
    'Minutes of meeting of Fernley Parish Council',
    'Held on Tuesday 24th March 2015 in Fernley Village Hall at 7.30pm.',
    'Present: Cllr Kathleen Carr (Chairman), Cllr Mike Brown, Cllr Tina Bolt.',
    '1)Apologies for Absence',
    '2)Approval and Adoption of Minutes from the previous meeting',
    'The minutes were agreed as a true and correct record.',
    '3)Public Session',
    'No public present.',
  ]);
  expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Apologies for Absence', '2 Approval and Adoption of Minutes from the previous meeting', '3 Public Session']);
});

test('"Wednesday 29 th . July 2020", minutes numbered "20.7.1" (year, month, minute), apologies "Councillors A; B"', () => {
  const { minutes } = read([
    'Minutes of the Meeting held in the Fernley Community Centre on Wednesday 29 th . July 2020',
    '',
    'Present:- Councillor Martyn Jenkins – Chairman',
    '',
    'Councillors:- Derwyn Davey ; Jean Falk ; Iris Hale .',
    '',
    '20.7.1 Apologies for Absence',
    '',
    'Councillors Ann Webb; Judith Morris',
    '',
    '20.7.2 Declarations of Interest',
    '',
    'None.',
    '',
    '20.7.3 Police Matters',
    '',
    'The Clerk was asked to contact the PCSO.',
  ]);
  expect(minutes.date).toBe('2020-07-29');
  expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['20.7.1 Apologies for Absence', '20.7.2 Declarations of Interest', '20.7.3 Police Matters']);
  expect(minutes.apologies).toEqual(['Ann Webb', 'Judith Morris']);
});

test('"Colin Dale sent his apologies as did Cllr Sandy Tait": both; an untitled person alone who sent apologies is not taken', () => {
  const page = (sentence: string) =>
    read(['Craigmore Community Council', 'Minutes of the meeting held on Wednesday 5th June 2019 at 7.30pm in the Village Hall', 'Present: Cllrs Ann Reid (Convener), Tom Bell, Joan Hart', '1. Welcome', 'The Convener welcomed everyone.', `2. Apologies for Absence ${sentence}`, '3. Minutes', 'The minutes were approved.']).minutes.apologies;
  expect(page('Colin Dale sent his apologies as did Cllr Sandy Tait until November as he attends other meetings.')).toEqual(['Colin Dale', 'Sandy Tait']);
  expect(page('Laura Crane had sent her apologies.')).toEqual([]);
});

test('"60/21TO ELECT THE CHAIRMAN …": a coded number glued to a heading in capitals whose first word has two letters', () => {
  const { minutes } = read([
    'Minutes of the Annual Meeting of the Parish Council held on Tuesday 4th May 2021 at 7.30pm',
    'Present: Cllrs Bannon, White, Harris and Foss.',
    '60/21TO ELECT THE CHAIRMAN FOR THE FORTHCOMING YEAR',
    'Cllr Bannon was proposed and seconded and it was duly RESOLVED that he be elected as Chairman.',
    '61/21TO RECEIVE APOLOGIES FOR ABSENCE',
    'There were none.',
  ]);
  expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['60/21 TO ELECT THE CHAIRMAN FOR THE FORTHCOMING YEAR', '61/21 TO RECEIVE APOLOGIES FOR ABSENCE']);
});

test.each([
  [['PROCEEDINGS OF THE FERNLEY DEVELOPMENT COMMITTEE', '', 'Minutes of the meeting held on Tuesday 4th May 2021 at 7.30pm'], 'FERNLEY DEVELOPMENT COMMITTEE'],
  [['Minutes of the Fernley Parish Council Meeting No.170 – held on Monday 23rd January 2017 at 7:30pm'], 'Fernley Parish Council'],
])('the body in %j is "%s": the record’s kind, page furniture and a running number are no part of it', (heading, body) => {
  const { minutes } = read([...heading, '', 'Present: Cllrs Bannon, White, Harris and Foss.', '1. Apologies', 'None.']);
  expect(minutes.committee).toBe(body);
});
