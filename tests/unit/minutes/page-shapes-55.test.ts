/**
 * Round 45 (after sets 51 to 54 were spent): shapes real pages print that the parser lost, written here with made-up
 * bodies and people: a minute number with the council year in full before "Present" and a comma after the members'
 * title; a resolution in title case under a name alone on its line; bullets of people in groups under short headings;
 * a flattened agenda of one line; decisions said after "and", by several members at once, or approving minutes in other
 * words.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { itemTwoDecisions } from './helpers/item-two';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.status}`);

test('"62/1213 Present" over "Councillors, Mr T Barrow, …": the coded minute number and the comma after the title do not hide the members', () => {
  const r = read([
    'The minutes of the Parish Council meeting held on Monday 20th August 2012 in the Reading Room at 7.15 pm.',
    '62/1213 Present',
    'Councillors, Mr T Barrow, Mr C Gallo, Mrs V Gallo, and Mr B Rolt.',
    'Mr. D Thorne (Clerk).',
    '63/1213 Apologies were received from',
    'Cllrs: Mr A Cole, Mr D Ash.',
    '64/1213 Minutes of the Previous Meeting',
    'The minutes were approved.',
  ]);
  expect(people(r)).toEqual(expect.arrayContaining(['Mr T Barrow|present', 'Mr C Gallo|present', 'Mrs V Gallo|present', 'Mr B Rolt|present']));
  expect(r.attendance.map((a) => a.name)).not.toContain('Councillors');
  expect(r.minutes.apologies).toEqual(['Mr A Cole', 'Mr D Ash']);
});

test('a name alone on its line, then "Resolved that apologies are accepted.": the resolution is read, not run into the name', () => {
  const r = read([
    'ASHCOMBE PARISH COUNCIL',
    'MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD 9th JULY 2015',
    '38/15 TO ACCEPT APOLOGIES FOR ABSENCE',
    'Cllr M Wills',
    'Resolved that apologies are accepted.',
    '39/15 DECLARATIONS OF INTEREST',
    'None.',
    '40/15 MINUTES',
    'Resolved that the minutes be accepted.',
  ]);
  expect(r.minutes.apologies).toEqual(['M Wills']);
  expect(r.minutes.decisions.map((d) => `${d.item}|${d.kind}|${d.text}`)).toEqual(['38/15|procedural|That apologies are accepted.', '40/15|procedural|That the minutes be accepted.']);
});

const groupedBullets = [
  'Harbour Arts Leadership Group minutes: March 2022',
  '',
  'Minutes from the meeting of the group on 16 March 2022.',
  '',
  'Attendees and apologies',
  '',
  '  • Nora Quill, Minister for Culture',
  '  • Bryn Coates, The Anchor Agency (industry co-chair)',
  '',
  'Creative Industries',
  '',
  '  • Colm Avery, Denkla',
  '  • Rhona Birch, Cultural Enterprise Office',
  '',
  'Scottish Government',
  '',
  '  • Jean Hollis, Scottish Government',
  '',
  'Apologies',
  '',
  '  • Wendy Palmer, Screen Agency',
  '',
  'Items and actions',
  '',
  'Agenda item 1 – introductory remarks',
  '',
  'Bryn Coates welcomed the Minister to her first meeting.',
];

test('bullets of people in groups under short headings: everyone is read, each with the body after their comma; "Apologies" turns the rest to apologies', () => {
  const r = read(groupedBullets);
  expect(people(r)).toEqual(['Nora Quill|present', 'Bryn Coates|present', 'Colm Avery|present', 'Rhona Birch|present', 'Jean Hollis|present', 'Wendy Palmer|apologies']);
  expect(r.attendance.find((a) => a.name === 'Rhona Birch')?.role).toBe('Cultural Enterprise Office');
  // A group's heading is no person.
  expect(r.attendance.map((a) => a.name)).not.toContain('Creative Industries');
});

test('a group heading with no person under it is not read past: the business after the bullets stays business', () => {
  const r = read([...groupedBullets.slice(0, 8), '', 'Introductory remarks', '', 'Bryn Coates welcomed the Minister to her first meeting.']);
  expect(people(r)).toEqual(['Nora Quill|present', 'Bryn Coates|present']);
});

test('an agenda flattened into one line ("AGENDA 1. Apologies for absence 2. Declarations of interest 3. …"): its numbered items are read', () => {
  const { minutes } = read([
    'Members of the Glenmoor Care Council are advised that a meeting of the Council is to take place at 1.30pm on Tuesday 23 October 2018 in Room 6, Compass House, Dundee. AGENDA PUBLIC SESSION 1. Apologies for absence 2. Declarations of interest 3. Minutes of the previous meeting 4. Matters arising 5. Annual Report and Accounts 6. Budget Monitoring Report',
  ]);
  expect(minutes.document).toBe('agenda');
  expect(minutes.date).toBe('2018-10-23');
  expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  expect(minutes.items[0]?.title).toBe('Apologies for absence');
  expect(minutes.items[1]?.title).toBe('Declarations of interest');
});

test('"… had been produced and it was agreed that the Clerk would arrange delivery.": a resolution after "and" is read', () => {
  const [d] = itemTwoDecisions('The Newsletter had been produced and it was agreed that the Clerk would arrange delivery to the Grange.');
  expect(d?.text).toBe('It was agreed that the Clerk would arrange delivery to the Grange.');
  expect(d?.kind).toBe('action');
  // Someone's account of what was agreed is not a resolution of this meeting.
  expect(itemTwoDecisions('He said the hedge had been cut and it was agreed that it looked better.')).toEqual([]);
});

test('"Cllrs Stacey and Cowan will measure up the lane and report back.": several members by one title are the owners', () => {
  const [d] = itemTwoDecisions('Cllrs Stacey and Cowan will measure up the lane and report back.');
  expect(d?.kind).toBe('action');
  expect(d?.owner).toBe('Cllrs Stacey and Cowan');
});

test('"Council agreed the minutes of the meeting held on 18th February 2021.": approving minutes is procedural, agreeing to circulate them is not', () => {
  expect(itemTwoDecisions('Council agreed the minutes of the meeting held on 18th February 2021.')[0]?.kind).toBe('procedural');
  expect(itemTwoDecisions('Council agreed to circulate the minutes of the working group to all members.')[0]?.kind).toBe('action');
});

test('"Resolved that members of the press and public be asked to leave the meeting": who may stay is procedural, never a task', () => {
  const [d] = itemTwoDecisions('Resolved that members of the press and public be asked to leave the meeting following agenda item 14.');
  expect(d?.kind).toBe('procedural');
  expect(d?.owner).toBeNull();
});

test('"Resolved that the following apologies for absence and reasons be accepted by the Town Council : …": the list after the colon is the apologies', () => {
  const { minutes } = read([
    'EASTWICK TOWN COUNCIL',
    'TOWN COUNCIL MEETING 19TH AUGUST 2013',
    'PRESENT : Town Mayor Cllr C J Penn and Councillors P J Ash, R A Bell and Mrs L J Wynn',
    'TC126/2013 TO RECEIVE APOLOGIES FOR ABSENCE AND ACCEPT REASONS',
    'Resolved that the following apologies for absence and reasons be accepted by the Town Council : Deputy Town Mayor Cllr K S Jones and Cllrs M D Chad and S F Hart – work, Cllr H Bowl – sick , Cllr Mrs P Allen – meeting.',
    'TC127/2013 TO RECORD DECLARATIONS OF INTEREST',
    'There were no declarations',
  ]);
  expect(minutes.apologies).toEqual(['K S Jones', 'M D Chad', 'S F Hart', 'H Bowl', 'Mrs P Allen']);
  expect(minutes.decisions.find((d) => d.item === 'TC126/2013')?.kind).toBe('procedural');
});

test('"Attendees" over groups of bullets ("Co-Chairs", "Commission members", "Item 2 only", "Secretariat", "Apologies"): each group gives its people their status, the chairs their post', () => {
  const r = read([
    'Commission meeting minutes: 3 March 2022',
    '',
    'Attendees',
    '',
    'Co-Chairs',
    '',
    '  • Lorna Macken',
    '  • Rowan Wills',
    '',
    'Commission members',
    '',
    '  • Anwen Ellis',
    '  • Michael Marsh',
    '',
    'Item 2 only',
    '',
    '  • Helen Herriot, Older People’s Commissioner',
    '',
    'Secretariat',
    '',
    '  • Gareth Morley, Head of Secretariat',
    '',
    'Apologies',
    '',
    '  • Miguel Gomez',
    '',
    'Item 1: Welcome from the Co-Chairs',
    '',
    '1. The Co-Chairs welcomed the commissioners to the meeting held on 3 March 2022.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual([
    'Lorna Macken|present|Co-Chair',
    'Rowan Wills|present|Co-Chair',
    'Anwen Ellis|present|',
    'Michael Marsh|present|',
    'Helen Herriot|in-attendance|Older People’s Commissioner',
    'Gareth Morley|in-attendance|Head of Secretariat',
    'Miguel Gomez|apologies|',
  ]);
  expect(r.minutes.apologies).toEqual(['Miguel Gomez']);
});

test('a register copied as a Markdown table ("Present Court Members | Court Members |" over "---|---|"): every cell a person; a "Role" column is each person’s post, even split over two lines', () => {
  const r = read([
    'Confirmed minutes of a meeting of the University Court held at 2.15 pm on 18 December 2024 in the Large Boardroom.',
    'Present',
    'Court Members | Court Members |',
    '---|---|',
    'Pamela Wood (Chair) | Ellen Hobbs |',
    'Patrick Bart | Dr Kavi Jaga |',
    'Ann Hilton |',
    'Staff members in attendance | Role |',
    '---|---|',
    'Irene Hand |',
    'Vice Principal and University Secretary |',
    'Gordon Mack | Head of Strategic Planning |',
    'Dr Sara Smyth Dean of Health Sciences |',
    'The Chair welcomed members to the meeting of the University Court.',
    'Apologies for absence were noted as having been received from Janet Arch and Jay Browne.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual([
    'Pamela Wood|present|Chair',
    'Ellen Hobbs|present|',
    'Patrick Bart|present|',
    'Dr Kavi Jaga|present|',
    'Ann Hilton|present|',
    'Irene Hand|in-attendance|Vice Principal and University Secretary',
    'Gordon Mack|in-attendance|Head of Strategic Planning',
    'Dr Sara Smyth|in-attendance|Dean of Health Sciences',
    'Janet Arch|apologies|',
    'Jay Browne|apologies|',
  ]);
});

test('"Attendees: Alun Dale AM, Cabinet Secretary (Chair) Rachel May, Special Adviser Jeff Cole, …": people and their posts run together are read one by one', () => {
  const r = read([
    'Policing Board 19th November 2018 (12:00 - 13:40) Committee Room A Minutes',
    '',
    '1. Attendees: Alun Dale AM, Cabinet Secretary for Local Government and Public Services (Chair) Rachel May, Special Adviser Jeff Cole, Police and Crime Commissioner for Gwent and Chair of the All Wales Policing Group. Arfon Jenks, Police and Crime Commissioner for North Wales Mark Collis, Chief Constable, Dyfed Powys Police Matt Jukes, Chief Constable, South Wales Police and Chair of the Welsh Chief Officers Group. Julian Wills, Chief Constable Gwent Police Tracey Burke, Director General, Education & Public Services, Chief Superintendent Tony Browne, Police Liaison Unit Sian Curley, Chief Executive, Gwent Police and Crime Commissioner’s Team Cerith Thomas, Policy Advisor',
    '',
    '2. Chair’s opening address',
    'The Chair welcomed members.',
  ]);
  const got = r.attendance.map((a) => `${a.name}|${a.role ?? ''}`);
  expect(got).toEqual(
    expect.arrayContaining([
      'Rachel May|Special Adviser',
      'Arfon Jenks|Police and Crime Commissioner for North Wales',
      'Mark Collis|Chief Constable, Dyfed Powys Police',
      'Julian Wills|Chief Constable Gwent Police',
      'Tony Browne|Chief Superintendent, Police Liaison Unit',
      'Cerith Thomas|Policy Advisor',
    ]),
  );
  expect(r.attendance).toHaveLength(11);
});

test('a plain list of names with commas is not read as people and posts', () => {
  const r = read(['Minutes of the meeting held on 13 September 2018', '1. Present: Chris Dryden, Carol Halley, Arthur Morris, Ian Browne, David Cooper, Lorna Cooper, Frank Mustard', '2. Minutes', 'The minutes were approved.']);
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(['Chris Dryden|', 'Carol Halley|', 'Arthur Morris|', 'Ian Browne|', 'David Cooper|', 'Lorna Cooper|', 'Frank Mustard|']);
});

test('"The meeting was chaired by A, … Also present were: Cllrs. B and C. PCSO D, E and F.": the chair and everyone named, over two sentences', () => {
  const r = read([
    'Minutes of the Annual Parish Meeting held on Wednesday 23rd May 2018 at 7.00pm in the Community Centre',
    '',
    '1. Attendance and Welcome The meeting was chaired by Jonah Hobb, Westow Parish Council Chairman, who welcomed everyone. Also present were: Cllrs. Ken Bound, Julie Phelps and Richard Savill. PCSO Chris Krol, Martin Wilks, Carol Nesh and Susan Joyce.',
    '',
    '2. Apologies for absence were received from: Cllrs. Susan Brand, John Colley and Shona Tilby. Judith Ingle, Colin Ingle and Stuart Ashe. Absent without apology: C Cllr. Paula Dolphin.',
    '',
    '3. Minutes of the 2017 Annual Parish Meeting were agreed and signed as an accurate record of the meeting.',
  ]);
  expect(people(r)).toEqual(
    expect.arrayContaining(['Jonah Hobb|present', 'Ken Bound|present', 'Richard Savill|present', 'Chris Krol|present', 'Susan Joyce|present', 'Judith Ingle|apologies', 'Stuart Ashe|apologies', 'Paula Dolphin|absent']),
  );
  expect(r.minutes.apologies).toEqual(['Susan Brand', 'John Colley', 'Shona Tilby', 'Judith Ingle', 'Colin Ingle', 'Stuart Ashe']);
  // ("C Cllr.": county, Cornwall or community; no office is guessed.)
  expect(r.attendance.find((a) => a.name === 'Paula Dolphin')?.role).toBeNull();
  // A title's full stop is no break between two people.
  expect(r.attendance.map((a) => a.name)).not.toContain('C');
});

test('"Apologies: Rev. Deborah Perry and Mrs. Louise Sims.": the full stop after a title does not part it from its name', () => {
  const r = read(['Minutes of the Parish Council meeting held on 22 April 2024', 'Present: Cllrs A Reid (Chairman), T Bell, S Hart', 'Apologies: Rev. Deborah Perry, Mrs. Louise Sims and Mr. Tim Lacey.', '1. Minutes', 'The minutes were approved.']);
  expect(r.minutes.apologies).toEqual(['Rev. Deborah Perry', 'Mrs. Louise Sims', 'Mr. Tim Lacey']);
});

test('the page heading run into "Councillors: M H Thorn (Town Mayor) in the Chair R Wills J Marten …": the members are read from their label, the chair’s words no break', () => {
  const r = read([
    'MINUTES OF A MEETING OF HELSBY TOWN COUNCIL HELD IN THE GUILDHALL, HELSBY ON THURSDAY 21ST JANUARY 2016 AT 7.15 PM Councillors: M H Thorn (Town Mayor) in the Chair R Wills J Marten D J Potts Mrs G A Geary T E Grant-Kane Officers: Mr C Dawes (Town Clerk) The Mayor welcomed everyone. 356. Prayers The Meeting opened with Prayers. 357. Reports from Local Councillors Councillor Mrs Hay reported on parking.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual(
    expect.arrayContaining(['M H Thorn|present|Town Mayor', 'R Wills|present|', 'J Marten|present|', 'D J Potts|present|', 'Mrs G A Geary|present|', 'T E Grant-Kane|present|']),
  );
  expect(r.minutes.date).toBe('2016-01-21');
});

test('"Members present by video link:" and "In attendance by video link:" are the attendance labels they read as', () => {
  const r = read([
    'Draft Minutes of Llanfair Community Council Bi Monthly Meeting Held Remotely on Tuesday 12th January 2021, 7.00pm',
    '',
    '1. Members present by video link: Cllr Mr S Bale (Chair), Cllr Mrs L Griff, Cllr Mr T Evance In attendance by video link: Judith Phelps (Clerk).',
    '',
    '2. Declarations of Interest None.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual(['Mr S Bale|present|Chair', 'Mrs L Griff|present|', 'Mr T Evance|present|', 'Judith Phelps|in-attendance|Clerk']);
});

test('"24/030] Chairman’s welcome.": a minute number closed by a square bracket is still the minute’s number', () => {
  const { minutes } = read([
    'Minutes 2 September 2024',
    'PRESENT; Cllrs D White, J Grey and clerk G Simms.',
    '24/030] Chairman’s welcome.',
    'The Chairman opened the Council meeting at 7.25pm.',
    '24/031] Apologies for absence and acceptance of any reasons given.',
    'Cllr N Sear had sent apologies.',
    '24/032] Declarations of interest and applications for dispensations.',
    'None.',
  ]);
  expect(minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual(['24/030|Chairman’s welcome', '24/031|Apologies for absence and acceptance of any reasons given', '24/032|Declarations of interest and applications for dispensations']);
});

test('"2. Declarations of Interest NONE", "5) Declarations of interest - none", "2. Present – A, B": the heading alone is the title', () => {
  const { minutes } = read([
    'Minutes of the Parish Council meeting held on 14 September 2021',
    '1. Apologies',
    'Cllr Smith.',
    '2. Declarations of Interest NONE',
    '3. Present – Alan Rose, Stephen Mackie, Marion Morris',
    '4) Matters arising',
    'None.',
    '5) Declarations of interest - none',
    '6) Planning',
    'No applications.',
  ]);
  expect(minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual(['1|Apologies', '2|Declarations of Interest', '3|Present', '4|Matters arising', '5|Declarations of interest', '6|Planning']);
  expect(minutes.declarationsState).toBe('none-declared');
});

test('"Caroline will find out … and Stephen will check …", "…; Alan will contact them": each member named by given name takes a task of their own', () => {
  expect(itemTwoDecisions('Geese are back at the pitch. Caroline will find out who deals with geese culling and Stephen will check if the poles are still available.').map((d) => `${d.owner}|${d.text}`)).toEqual([
    'Caroline|Caroline will find out who deals with geese culling',
    'Stephen|Stephen will check if the poles are still available.',
  ]);
  expect(itemTwoDecisions('There is a national hatchery in Padstow; Alan will contact them for advice.').map((d) => `${d.owner}|${d.text}`)).toEqual(['Alan|Alan will contact them for advice.']);
  // A word that is no given name is no owner: "… and Council will review it" stays unread.
  expect(itemTwoDecisions('The hall was painted and Council will review it.')).toEqual([]);
});

test('a board’s flattened register: "Present : Tony Hale Chairman … Manish Chand Trustee …", "Apologies: Allan Leigh Tom Frank … In attendance Richard Parr Chief Executive … Action 14/077 CHAIRMAN’S WELCOME …"', () => {
  const r = read([
    'MEETING OF THE BOARD OF TRUSTEES Minutes of a meeting of the Board of Trustees of Canalside Trust held at Newbury Manor Hotel on Thursday 20th November 2014 at 9:00a.m. Present : Tony Hale Chairman Jane Cotten Trustee John Dodds Trustee Manish Chand Trustee Frances Dunn Trustee Apologies: Allan Leigh Tom Frank Simon Thurl Steve Shin In attendance Richard Parr Chief Executive Stuart Mill Property Director Jackie Lewin General Counsel Heather Clark Head of Strategy and Planning Yetunde Salam Assistant Company Secretary (minuting) Action 14/077 CHAIRMAN’S WELCOME The Chairman welcomed all those present.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual([
    'Tony Hale|present|Chair',
    'Jane Cotten|present|Trustee',
    'John Dodds|present|Trustee',
    'Manish Chand|present|Trustee',
    'Frances Dunn|present|Trustee',
    'Allan Leigh|apologies|',
    'Tom Frank|apologies|',
    'Simon Thurl|apologies|',
    'Steve Shin|apologies|',
    'Richard Parr|in-attendance|Chief Executive',
    'Stuart Mill|in-attendance|Property Director',
    'Jackie Lewin|in-attendance|General Counsel',
    'Heather Clark|in-attendance|Head of Strategy and Planning',
    'Yetunde Salam|in-attendance|Assistant Company Secretary (minuting)',
  ]);
});

test('a register whose cells lost their break: "Ms Lorna JackChair", "Mr Robin MacRaeDirector of Operational Support", "In AttendanceJohn NichollTransport Scotland"', () => {
  const r = read([
    'MINUTES OF THE HIGHLANDS AIRPORTS BOARD HELD AT THE GRAND HOTEL, GLASGOW 19TH DECEMBER 2017 AT 09:00',
    '',
    'Present Ms Lorna JackChair',
    '',
    'Mr Inglis LyonManaging Director',
    '',
    'In AttendanceJohn NichollTransport Scotland',
    '',
    'Mr Robin MacRaeDirector of Operational Support',
    '',
    'Mrs Shelly DonaldPA HIAL',
    '',
    'Apologies',
    '',
    'SPFM Presentation',
    '',
    'Mr Bennett joined the meeting at 09:00 to present an update to the Board.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual(
    expect.arrayContaining(['Ms Lorna Jack|present|Chair', 'Mr Inglis Lyon|present|Managing Director', 'John Nicholl|in-attendance|Transport Scotland', 'Mr Robin MacRae|in-attendance|Director of Operational Support']),
  );
  // A surname's own capital ("MacRae") is no cell break.
  expect(r.attendance.map((a) => a.name)).not.toContain('Mr Robin Mac');
});

test('"Mick LockBecky GillJohn Horsfall": names glued to names are not read as a person and a post', () => {
  const r = read(['West Wratten Village Hall Management Committee minutes of meeting held on 12 March 2019', 'Mick LockBecky GillJohn Horsfall', 'Apologies: Ben Wilcox', '1. Minutes', 'The minutes were approved.']);
  expect(r.attendance.find((a) => a.name === 'Mick Lock')?.role ?? null).toBeNull();
});

test('"Apologies and reasons for absence were received and noted from Cllrs Mrs J Gooden, A Howe …": the list after "from"; initials alone ("governors MB, BO’M") are no names', () => {
  expect(read(['Minutes of a meeting of the Town Council held on 5 July 2010', '15. APOLOGIES FOR ABSENCE', 'Apologies and reasons for absence were received and noted from Cllrs Mrs J Gooden, A Howe, Mrs C Lewes and C Tebbit.', '16. MINUTES', 'Resolved: That the Chairman sign the minutes.']).minutes.apologies).toEqual(['Mrs J Gooden', 'A Howe', 'Mrs C Lewes', 'C Tebbit']);
  expect(read(['Minutes of the Governing Board held on 2 July 2015', '2.1 Apologies and reason for absence were received and accepted from governors MB, BO’M and Sr. EC.', '3.1 There were no declarations of interest.']).minutes.apologies).toEqual([]);
});

test('"Stephen Bayle Wrexham County Borough Council", a line of an attendance table, is no council of the meeting', () => {
  const { minutes } = read(['Objective 3 Partnership Board', '', 'Minutes of the Meeting Held on Thursday 25 September 2003', '', 'Stephen Bayle Wrexham County Borough Council', '', '1. Welcome', 'The Chair welcomed members.', '2. Apologies', 'The Chair advised that apologies had been received from Stephen Bayle.']);
  expect(minutes.council).toBeNull();
});

test('an assembly committee’s page: "Northern Ireland Assembly Flax Flower Logo", "COMMITTEE FOR AGRICULTURE …" over "MINUTES OF PROCEEDINGS"; "in Public Session" is no place', () => {
  const { minutes } = read([
    'Northern Ireland Assembly Flax Flower Logo',
    '',
    'COMMITTEE FOR AGRICULTURE AND RURAL DEVELOPMENT',
    '',
    'MINUTES OF PROCEEDINGS',
    '',
    'TUESDAY 5 JUNE 2007',
    '',
    'Present:',
    'Dr William McCrae (Chairperson)',
    'Tom Elliot (Deputy Chairperson)',
    '',
    'The meeting opened at 2.00pm in Public Session',
    '',
    '  1. Apologies',
    'None.',
    '  2. Minutes of last meeting',
    'The Committee agreed the minutes of the meeting held on 29 May 2007.',
  ]);
  expect(minutes.council).toBe('Northern Ireland Assembly');
  expect(minutes.committee).toBe('COMMITTEE FOR AGRICULTURE AND RURAL DEVELOPMENT');
  expect(minutes.venue).toBeNull();
  expect(minutes.startTime).toBe('14:00');
});

test('"Minute of Meeting held in the Committee Room, Victoria Hall, Selkirk" over the date: the whole place, not the room alone', () => {
  const { minutes } = read([
    'The Royal Burgh of Selkirk Community Council',
    '',
    'Minute of Meeting held in the Committee Room, Victoria Hall, Selkirk',
    '',
    'On Monday 14th January 2013, at 7.00pm',
    '',
    '1)  Present: Community Councillors David Beth, Tommy Comb.',
    '',
    '2) Apologies: Bob Kerrs',
    '',
    '3) The minutes of the last meeting were approved.',
  ]);
  expect(minutes.venue).toBe('Committee Room, Victoria Hall, Selkirk');
  expect(minutes.date).toBe('2013-01-14');
});

test('a decision labelled mid-paragraph: "Remembrance Day Poppies.Resolved: to order 10 poppies …", "Noted: that … Resolved: Michael Griff to investigate."', () => {
  expect(itemTwoDecisions('Remembrance Day Poppies.Resolved: to order 10 poppies and invite residents to sponsor them.').map((d) => `${d.kind}|${d.text}`)).toEqual(['action|To order 10 poppies and invite residents to sponsor them.']);
  expect(itemTwoDecisions('Noted: that a complaint had been received about fencing on the bank. Resolved: Michael Griff to investigate.').map((d) => `${d.kind}|${d.owner ?? ''}|${d.text}`)).toEqual([
    'noted||That a complaint had been received about fencing on the bank.',
    'action|Michael Griff|Michael Griff to investigate.',
  ]);
});

test('"Present: Chairperson: Cllr Jean Ramsey Councillors: Janet Butler J Emyr Davis … Gareth W Hughs Cllr Ian Hughs … The Clerk was also in attendance": initials and titles inside a run of names', () => {
  const r = read([
    'Present: Chairperson: Cllr Jean Ramsey Councillors: Janet Butler J Emyr Davis Greg Fosters Gwen Hardy Gareth W Hughs Cllr Ian Hughs Ian Smyth W Owen Thomson The Clerk was also in attendance',
    '',
    '1. CHAIRPERSON’S OPENING REMARKS - The Chairwoman welcomed all to the April Meeting held on 11 April 2019.',
    '',
    '2. APOLOGIES - Cllr Ann Bakers, Cllr Pauline Douglass.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Jean Ramsey', 'Janet Butler', 'J Emyr Davis', 'Greg Fosters', 'Gwen Hardy', 'Gareth W Hughs', 'Ian Hughs', 'Ian Smyth', 'W Owen Thomson']);
  // No one is "The Clerk was also in attendance".
  expect(r.attendance.some((a) => /Clerk|attendance/.test(a.name))).toBe(false);
});

test('a register in groups under "Present:": "Teesdale District Officers: S Reay Deputy Chief Executive P Grahame …", "District/Parish: PM Charlton (Cockfield) … Parish: M Burns (Middleton) … Other: K Tuck (Durham Constabulary)"', () => {
  const r = read([
    'TEESBY DISTRICT PARISH FORUM Meeting held at Teesby House, Monday 19 November 2007 (6.30 – 9.00 pm) Present:',
    '',
    'Teesby District Officers: S Reay Deputy Chief Executive P Grahame Planning Policy Manager R Bowles Assistant Chief Executive',
    '',
    'Teesby District/Parish: PM Charlton (Cockfield) AJ Cooke (Stainton) DAR Forster () KJ Hodgson (Gainford) Parish: M Burns (Middleton) J Campbel (Lynesack) Other: K Tuck (Durham Constabulary) J Morten (Durham Constabulary)',
    '',
    '1 APOLOGIES Apologies for absence were received from Keith Watts and Helen Plant (Ingleton).',
  ]);
  const got = r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`);
  expect(got).toEqual(
    expect.arrayContaining([
      'S Reay|in-attendance|Deputy Chief Executive',
      'P Grahame|in-attendance|Planning Policy Manager',
      'R Bowles|in-attendance|Assistant Chief Executive',
      'PM Charlton|present|Cockfield',
      'DAR Forster|present|',
      'J Campbel|present|Lynesack',
      'K Tuck|in-attendance|Durham Constabulary',
    ]),
  );
  expect(r.attendance.find((a) => a.name === 'M Burns')?.status).toBe('present');
  // No group's label is a person.
  expect(r.attendance.map((a) => a.name).filter((n) => /Teesby|Parish|Other|District/.test(n))).toEqual([]);
});

test('"Attendees:" over rows of "Person / Body / Person / Body", one row to a line: two people a row; the body is no role', () => {
  const r = read([
    'Riverford District Peace Partnership Board',
    '',
    'Minutes of Meeting',
    '',
    'Meeting Date: Tuesday 13th December 2016',
    '',
    'Attendees:',
    '',
    'Kevin O’Connell / DCSDC / Cllr Colm Kelly / Sinn Féin',
    'Sue Devine / DCSDC / Cllr Chris Jackman / Sinn Féin',
    'Cllr Gus Hastie / SDLP / Ald Drew Thomson / DUP',
    'Paul Donnell / DEARA / Mr Gerard Deeny / NIHE',
    'Gearóid Ó hEára / An Gaeláras Ltd / Cllr John Boyd / SDLP',
    '',
    '1.2 Declarations of Interest',
    '',
    'No declarations of interest.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}`)).toEqual([
    'Kevin O’Connell|',
    'Colm Kelly|',
    'Sue Devine|',
    'Chris Jackman|',
    'Gus Hastie|',
    'Drew Thomson|',
    'Paul Donnell|',
    'Gerard Deeny|',
    'Gearóid Ó hEára|',
    'John Boyd|',
  ]);
});

test('"In Attendance for Board Meeting" and "Joined the meeting" alone over their lists: the people in attendance', () => {
  const r = read([
    'Minutes of HSE Board Meeting 28 March 2025',
    'A meeting of the Board was held on Friday 28 March 2025 at 9am, in the Boardroom.',
    '',
    'Present',
    '',
    'Dr Yvonne Trainor (Acting Chairperson), Mr Brendan Whelen, Mr Tim Hines',
    '',
    'Apologies',
    '',
    'Mr Ciarán Devine (Chairperson) and Ms Lily Collins',
    '',
    'In Attendance for Board Meeting',
    '',
    'Mr Bernard Gloss (CEO), Mr Stephen Mulvey (CFO), Ms Patricia Parry (Office of the Board).',
    '',
    'Joined the meeting',
    '',
    'Jean Nearey, Neal Mullan (CISO)',
    '',
    '1. Governance and Administration',
    'The Board approved the minutes.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'in-attendance').map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(['Mr Bernard Gloss|CEO', 'Mr Stephen Mulvey|CFO', 'Ms Patricia Parry|Office of the Board', 'Jean Nearey|', 'Neal Mullan|CISO']);
});

test('"MEMBERS PRESENT. Brian Johns - Chair, Carole Roberts- Treasurer, …", "GUESTSCouncillor Lawrence Fitz …": a stop for the colon, a label glued to its list, a post after a dash', () => {
  const r = read([
    'MINUTE of MEETING No 21 OF 3rd March 2016',
    '',
    'MEMBERS PRESENT. Brian Johns - Chair, Carole Roberts- Treasurer, Catherine Browne.',
    '',
    'GUESTSCouncillor Lawrence Fitz (part time), Violet McGreg, Edward McGreg.',
    '',
    '  1. APOLOGIES Apologies received from Councillor Anne MacMill, Alan Nichols.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual(
    expect.arrayContaining(['Brian Johns|present|Chair', 'Carole Roberts|present|Treasurer', 'Catherine Browne|present|', 'Lawrence Fitz|in-attendance|', 'Violet McGreg|in-attendance|']),
  );
});

test('"1. In attendance Malcolm McGreg (MMcG) Chair Peter Jeery (PJ)Treasurer … Cllr Scott Hamil (SBC Cllr SH)": a register by initials, "Mc" in them, under a numbered label', () => {
  const r = read([
    'ECKFORD COMMUNITY COUNCIL Draft General Meeting Minutes 24th June 2019 – Lothian Hall, 7PM',
    '',
    '1. Attendees/Apologies',
    '',
    '1. In attendance Malcolm McGreg (MMcG) Chair Peter Jeery (PJ)Treasurer Caroline Cooke (CC) Linda Coales (LC)Secretary Dinah Fauld (DF)Vice-Chair Cllr Scott Hamil (SBC Cllr SH)',
    '',
    '2. Minutes of Previous Meeting',
    '',
    'The minutes of the meeting held on 19th February were proposed by CC and seconded by PJ.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(['Malcolm McGreg|Chair', 'Peter Jeery|Treasurer', 'Caroline Cooke|', 'Linda Coales|Secretary', 'Dinah Fauld|Vice-Chair', 'Scott Hamil|SBC Cllr']);
});

test('bullets at the top with no label, each a person with their own initials ("• Jonny Moran (JM) - Online - Transport Scotland"): those present', () => {
  const r = read([
    'Forth Crossings Forum - Meeting 50 - Minutes - 6 February 2024',
    '',
    '  • Jonny Moray (JM) - Online - Transport Scotland',
    '  • John Andrews (JA) - Transport Scotland',
    '  • Karen Stuart (KS) - FB Area Tourism Strategy Manager',
    '  • Miles Oglethorp (MO) - Historic Environment Scotland',
    '',
    '1. Welcome and Introductions',
    '',
    '1.1. JM welcomed all to meeting 50 of the Forum.',
  ]);
  expect(people(r)).toEqual(['Jonny Moray|present', 'John Andrews|present', 'Karen Stuart|present', 'Miles Oglethorp|present']);
});

test('"Participants: Cllr S Sabine (in the chair), …" run on from the heading; "OFFICIALS IN ATTENDANCE:" over bullets, one with "Ms .Marie"', () => {
  const a = read(['RADFORD PARISH COUNCIL MINUTES A virtual meeting of the Parish Council was held on Monday 22nd February 2021 at 7.30 pm. Participants: Cllr S Sabine (in the chair), Cllr D Carver, Cllr B Follet In attendance: WCC Cllr Redfern 1. Welcome The Chairman welcomed everyone.']);
  expect(people(a)).toEqual(expect.arrayContaining(['S Sabine|present', 'D Carver|present', 'B Follet|present']));
  const b = read([
    'Minutes of Annual General Meeting of The Municipal District of Sligeach held on Monday, 16th June 2014 at 11am in The Council Chamber',
    '',
    'COUNCILLORS PRESENT:',
    '',
    '  • Councillor Declan Brie',
    '  • Councillor Marie Casserley',
    '',
    'OFFICIALS IN ATTENDANCE:',
    '',
    '  • Mr. Ciarán Hayse, Chief Executive',
    '  • Ms .Marie Leyden, Head of Finance',
    '',
    '1. Election of Cathaoirleach',
    '',
    'Councillor Brie was elected.',
  ]);
  expect(b.attendance.filter((x) => x.status === 'in-attendance').map((x) => `${x.name}|${x.role ?? ''}`)).toEqual(['Mr. Ciarán Hayse|Chief Executive', 'Ms. Marie Leyden|Head of Finance']);
});

test('"Present: Sir Muir Russel Chairman of Trustees Prof Beverley Glove Trustee …": a knight first in a run of styled names and posts', () => {
  const r = read(['ROYAL GARDEN BOARD OF TRUSTEES', '', 'Minutes of the Meeting of the Board of Trustees held on Wednesday 7 December 2016 at 1400', '', 'Present: Sir Muir Russel Chairman of Trustees Prof Beverley Glove Trustee Mrs Patricia Hinton Trustee Mr Tim Rollins Trustee', '', '1. Minutes', 'The minutes were approved.']);
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(['Sir Muir Russel|Chairman of Trustees', 'Prof Beverley Glove|Trustee', 'Mrs Patricia Hinton|Trustee', 'Mr Tim Rollins|Trustee']);
});

test('"Present: John Starling (Chairman) Brian Blyth (Vice-Chairman)" over "Jon Cooke Jean Sallow Tony Woodley": the members on the lines under it', () => {
  const r = read(['HORSHAM PARISH COUNCIL', '', 'Date of Meeting: 3rd April 2006', '', 'Present: John Starling (Chairman) Brian Blyth (Vice-Chairman)', '', 'Jon Cooke Jean Sallow Tony Woodley', '', 'Apologies: Mavis Pankhurst', '', '1. Minutes', 'The minutes were approved.']);
  expect(people(r)).toEqual(expect.arrayContaining(['John Starling|present', 'Brian Blyth|present', 'Jon Cooke|present', 'Jean Sallow|present', 'Tony Woodley|present']));
});

test('"PRESENT. Councillor S Haine ( Chairman ). Councillor B Acot … Councillor Mrs S Willams County Councillor J W Thomson": the last member and another council’s, each an entry', () => {
  const r = read(['Minutes of a general meeting of the Community Council, held on Tuesday 3rd March 2020, in the Old School Hall, at 7-30pm', '', 'PRESENT. Councillor S Haine ( Chairman ). Councillor B Acot Councillor D Wilmot Councillor Mrs S Willams County Councillor J W Thomson', '', 'APOLOGIES.', '', 'Councillor Mrs K Smyth', '', '1799. DECLARATION OF INTEREST.', '', 'None.']);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual(expect.arrayContaining(['S Haine|present|Chair', 'B Acot|present|', 'D Wilmot|present|', 'Mrs S Willams|present|', 'J W Thomson|present|County Councillor']));
});
