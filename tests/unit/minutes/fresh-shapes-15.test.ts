/**
 * Issue 15, general shapes met in the fifteenth round (its held-out third unread until the end), written here with
 * made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a decision in a clause of its own after "and"', () => {
  const page = [
    'Hallow Marsh Parish Council',
    'Minutes of the meeting held on Tuesday 4 March 2014 at 7.00 pm in the Reading Room',
    '',
    '1. Apologies',
    'Apologies were received from Cllr P Orme. The Chairman said that Mr Dent had been taken ill and the Council agreed to send him a card.',
    '',
    '2. Footpaths',
    'Cllr Vane said that the stile on footpath 7 was broken and members agreed that the Clerk should report it to the County Council.',
    '',
    '3. Verges',
    'Cllr Abbot said that the verges had been cut and that the Council agreed last year to pay for a second cut.',
  ].join('\n');

  test('"… had been taken ill and the Council agreed to send him a card": the agreement is a decision, the account before it is not', () => {
    const { minutes } = parse(page);
    expect(minutes.decisions.filter((d) => d.item === '1').map((d) => d.text)).toEqual(['The Council agreed to send him a card.']);
    expect(minutes.decisions.filter((d) => d.item === '2').map((d) => d.text)).toEqual(['Members agreed that the Clerk should report it to the County Council.']);
  });

  test('"… and that the Council agreed last year …": an agreement inside someone\'s account is not this meeting\'s decision', () => {
    expect(parse(page).minutes.decisions.filter((d) => d.item === '3')).toEqual([]);
  });
});

describe('a page copied as one line, its list labels without colons', () => {
  const page =
    'KILBRAE COMMUNITY COUNCIL MINUTES A meeting of the above Community Council was held in the Old School on Monday 2nd March 2009 ' +
    'Present Mr. T. Rendall (Chairman) Mr. J. Omand Mrs. S. Flett Mrs. A. Drever Apologies Mr. R. W. Linklater Mrs. K. Isbister ' +
    'In Attendance Cllr. Morag Tulloch Cllr. Peter Sinclair Mrs. J. Eunson (Clerk) 1. MINUTES OF LAST MEETING The Minutes were approved by Mrs. S. Flett and Mr. J. Omand. ' +
    '2. MATTERS ARISING (a) Play Park Mr. Omand reported on the new swings. (b) Street Lights The Clerk to write to the roads department.';

  test('"Present Mr. T. Rendall …", "Apologies Mr. …", "In Attendance Cllr. …": each list under its own label', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr. T. Rendall', 'present', 'Chair'],
      ['Mr. J. Omand', 'present', null],
      ['Mrs. S. Flett', 'present', null],
      ['Mrs. A. Drever', 'present', null],
      ['Mr. R. W. Linklater', 'apologies', null],
      ['Mrs. K. Isbister', 'apologies', null],
      ['Morag Tulloch', 'in-attendance', null],
      ['Peter Sinclair', 'in-attendance', null],
      ['Mrs. J. Eunson', 'in-attendance', 'Clerk'],
    ]);
  });

  test('"2. MATTERS ARISING (a) Play Park …": a heading in capitals before its first lettered point is a heading', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'MINUTES OF LAST MEETING'],
      ['2', 'MATTERS ARISING'],
    ]);
  });

  test('a register\'s marks ("Councillor A Lowe Apologies Councillor B Hart Yes") are not list labels', () => {
    const { attendance } = parse(
      'Minutes Council Meeting 5th May 2016 Present: Councillor A Lowe Yes Councillor B Hart Apologies Councillor C Ives Yes Councillor D Judd No Councillor E Kerr Yes 12 Chairman’s Announcements The Chairman thanked everyone.',
    );
    expect(attendance.map((a) => [a.name, a.status])).toEqual([
      ['A Lowe', 'present'],
      ['B Hart', 'apologies'],
      ['C Ives', 'present'],
      ['D Judd', 'absent'],
      ['E Kerr', 'present'],
    ]);
  });
});

describe('the members\' list as a sentence', () => {
  test('"Present - Councillor A (Chairman), …" straight under the heading\'s date line: the label\'s dash, not a colon', () => {
    const { attendance } = parse(
      [
        'Lowford Town Council',
        'Minutes of the Meeting held on Monday 7th November 2005',
        'Present - Councillor Pardoe (Chairman), Councillor Hale (Vice Chairman) and Councillors Abbey, Corder and Mrs Finch, together with the Town Clerk',
        '',
        '77 APOLOGIES FOR ABSENCE',
        'There were no apologies for absence.',
      ].join('\n'),
    );
    expect(attendance.map((a) => [a.name, a.role])).toEqual([
      ['Pardoe', 'Chair'],
      ['Hale', 'Vice-Chair'],
      ['Abbey', null],
      ['Corder', null],
      ['Mrs Finch', null],
    ]);
  });

  test('"Present: Cllrs A (Chair), B and C were present, as were D (Clerk).": the verbs end the members, the clerk after them', () => {
    const { attendance } = parse(
      [
        'Minutes of the Meeting of Eastcombe Parish Council held in the Village Hall on Wednesday 10 May 2023 at 7:00pm',
        'Present: Cllrs Mallory (Chair), Penn (Vice-Chair), Rudd, Sayer, and Tolley were present, as were B Lusk (Clerk). There were no members of the public present.',
        '',
        'Apologies for absence',
        'Apologies were received from Cllr Ward.',
      ].join('\n'),
    );
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mallory', 'present', 'Chair'],
      ['Penn', 'present', 'Vice-Chair'],
      ['Rudd', 'present', null],
      ['Sayer', 'present', null],
      ['Tolley', 'present', null],
      ['B Lusk', 'in-attendance', 'Clerk'],
      ['Ward', 'apologies', null],
    ]);
  });
});

describe('members in groups under the list\'s label', () => {
  const page = [
    'HOLMEWOOD INTERNAL DRAINAGE BOARD',
    'MINUTES OF THE FULL BOARD MEETING',
    'MONDAY 13th MAY 2019',
    '',
    'PRESENT: Ratepayer Members: Mr Carver (Ch) Mr Dawes Mr I Ellery Mr Fenn (VCh) Mr Gale',
    '',
    'Appointed Members: Co-opted Members: Members Present: 5',
    '',
    'APOLOGIES: Ratepayer Members: Mr Hurst Appointed Members: Cllr Ingram Co-opted Members:',
    '',
    'IN ATTENDANCE: Officers: Mr Jarvis – Chief Executive (CEO) Miss Lord – Asset Manager (AMgr) Mrs Kemp – Board Secretary (Minutes)',
    '',
    '49 Welcome, Introductions and Apologies',
    'The Chairman welcomed everyone to the meeting.',
  ].join('\n');

  test('"Ratepayer Members:", "Appointed Members:" (some empty) and "Members Present: 5" are not people; those under them are', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['Mr Carver', 'present', 'Chair'],
      ['Mr Dawes', 'present', null],
      ['Mr I Ellery', 'present', null],
      ['Mr Fenn', 'present', 'Vice-Chair'],
      ['Mr Gale', 'present', null],
      ['Mr Hurst', 'apologies', null],
      ['Ingram', 'apologies', null],
      ['Mr Jarvis', 'in-attendance', 'Chief Executive'],
      ['Miss Lord', 'in-attendance', 'Asset Manager'],
      ['Mrs Kemp', 'in-attendance', 'Board Secretary'],
    ]);
  });
});

describe('a council\'s minutes copied as one paragraph from a PDF', () => {
  const officers = [
    'Mrs A Lyall, Chief Executive',
    'Mr B Moffat, Depute Chief Executive (Resources and People Services)',
    'Mr C Nairn, Director of Health & Social Care Partnership',
    'Ms D Ogilvie, Head of Education',
    'Mr E Pryde, Team Manager – Communications',
    'Ms F Quinn, Committees Officer',
    'Mr G Rennie, Service Manager – Licensing, Admin & Democratic Services',
    'Mrs H Shand, Service Manager – Planning',
    'Mr I Tosh, Service Manager – Corporate Policy and Improvement',
  ];
  const page = [
    'Minutes of the Meeting of Eastmuir Council',
    'Total Page:16',
    `Eastmuir Council – 23/05/17 MINUTES OF THE MEETING OF EASTMUIR COUNCIL TUESDAY 23 MAY 2017 COUNCIL CHAMBER, TOWN HOUSE, KIRKTON Council Officials Present: ${officers.join(' ')} ` +
      'Visitors Present: None Clerk: Mrs J Urquhart Apologies: None 1 Eastmuir Council – 23/05/17 INTIMATIONS The Returning Officer took the Chair. Prior to announcing the intimations, she invited Councillor Innes.',
  ].join('\n');

  test('"Minutes of the Meeting of Eastmuir Council" names the council; the date is read from the opening of the run-on paragraph', () => {
    const { minutes } = parse(page);
    expect([minutes.council, minutes.committee, minutes.date]).toEqual(['Eastmuir Council', 'Eastmuir Council', '2017-05-23']);
  });

  test('"Council Officials Present:" over officers each "Name, Post" with nothing between them: each officer with the post, in attendance', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ...officers.map((o) => {
        const [name, ...post] = o.split(', ');
        return [name, 'in-attendance', post.join(', ')];
      }),
      ['Mrs J Urquhart', 'in-attendance', 'Clerk'],
    ]);
  });

  test('"Apologies: None" then the minutes: nobody named in the minutes after it is an apology', () => {
    const { attendance } = parse(
      [
        'Minutes of the Meeting of Eastmuir Council',
        'Tuesday 23 May 2017',
        'Present: Mr A Brodie, Mr B Cairns',
        'Apologies: None 1 INTIMATIONS The Returning Officer took the Chair. Prior to announcing the intimations, she invited Councillor Innes.',
      ].join('\n'),
    );
    expect(attendance.filter((a) => a.status === 'apologies')).toEqual([]);
  });
});

describe('a list one person to a line, a clergyman among them', () => {
  const page = [
    'Minutes of themeeting of HARTFIELD PARISH COUNCIL held on Thursday 22 JANUARY 2009 at the Village Hall',
    'Present:Mr. W. Baines (Chairman)',
    'Mr. M. Cole',
    'Rev. M. Dunn',
    'Mr. A. Ellis',
    'Mrs. M. Frost (Vice Chairman)',
    'Mr. R. Gough',
    'Mr. C. Hale',
    'Mrs. V. Irons',
    'Mr. S. Joyce',
    'In Attendance:Mrs. C. Kemp (Clerk)',
    'The meeting commenced at 7.30 p.m.',
    '223.1 The Chairman welcomed those present.',
  ].join('\n');

  test('"Rev. M. Dunn" starts a person as "Mr." does: each keeps their own office, none is given another\'s', () => {
    const { attendance } = parse(page);
    expect(attendance.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['Mr. W. Baines', 'Chair'],
      ['Mr. M. Cole', null],
      ['Rev. M. Dunn', null],
      ['Mr. A. Ellis', null],
      ['Mrs. M. Frost', 'Vice-Chair'],
      ['Mr. R. Gough', null],
      ['Mr. C. Hale', null],
      ['Mrs. V. Irons', null],
      ['Mr. S. Joyce', null],
    ]);
  });

  test('"Minutes of themeeting of HARTFIELD PARISH COUNCIL": words run together in the copy are not part of the name', () => {
    const { minutes } = parse(page);
    expect([minutes.council, minutes.committee]).toEqual(['HARTFIELD PARISH COUNCIL', 'HARTFIELD PARISH COUNCIL']);
  });
});

describe('minutes numbered with the meeting\'s month and year, run into one paragraph', () => {
  const page =
    '23 MINUTES OF THE MEETING OF ASHBY FOLVILLE PARISH COUNCIL HELD IN THE VILLAGE HALL AT 7.30 P.M. ON MONDAY 14 APRIL 2008 ' +
    'THE FOLLOWING WERE PRESENT: Councillors: Mr Tom Acre (Chairman), Mrs S Birch, Mr Mike Cobb, County Councillor Ruth Dale. Others: Mrs Jane Eddy (Clerk), 6 x Members of the public. ' +
    '237/04/08 Apologies for absence Mr Peter Fane, Mr Gary Gold, District Councillor Tony Hart. ' +
    '238/04/08 Declarations of interest in items on the agenda None were declared. ' +
    '239/04/08 Approval of the Minutes of the meeting held on 10th March 2008 The minutes were approved and signed. ' +
    '240/04/08 Finance The Clerk presented the accounts.';

  test('"237/04/08 Apologies for absence …", "238/04/08 …": each minute a heading, its number kept whole', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => i.number)).toEqual(['237/04/08', '238/04/08', '239/04/08', '240/04/08']);
    expect(minutes.items[0]?.title).toBe('Apologies for absence');
  });

  test('"THE FOLLOWING WERE PRESENT:" opens the members; the apologies are the names under their heading, each once', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.status])).toEqual([
      ['Mr Tom Acre', 'present'],
      ['Mrs S Birch', 'present'],
      ['Mr Mike Cobb', 'present'],
      ['Ruth Dale', 'present'],
      ['Mrs Jane Eddy', 'in-attendance'],
      ['Mr Peter Fane', 'apologies'],
      ['Mr Gary Gold', 'apologies'],
      ['Tony Hart', 'apologies'],
    ]);
  });
});

describe('minutes numbered with the body\'s letters, no headings printed', () => {
  const page = [
    'MINUTES of a Meeting of the Wyvern Crossing Joint Committee held at the Council Offices, Millbrook on Friday 6 December 2019 Commencing at 10.00 am',
    '',
    'WCJC/21 There were no declarations of interest.',
    '',
    'WCJC/22 It was moved by the Joint Chairman, seconded by the Vice-Chairman, and',
    '',
    'RESOLVED that the Minutes of the meeting held on 18 October 2019 were correctly recorded and that they be signed by the Chairman.',
    '',
    'WCJC/23 There were no questions from the Public.',
    '',
    'WCJC/24 Consideration was given to the General Manager’s Quarterly Report.',
  ].join('\n');

  test('"WCJC/21 There were no …": each number an item without a title, its sentence the minute', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['WCJC/21', ''],
      ['WCJC/22', ''],
      ['WCJC/23', ''],
      ['WCJC/24', ''],
    ]);
    expect(minutes.decisions.map((d) => [d.item, d.kind])).toEqual([['WCJC/22', 'procedural']]);
    expect(minutes.declarationsState).toBe('none-declared');
  });
});

describe('declarations by "County Borough Councillor", the interest quoted after a dash', () => {
  const page = [
    'Minutes of the Cabinet held on Monday 3 February 2020',
    '',
    '1. Declaration of Interest',
    'In accordance with the Council’s Code of Conduct, the following declarations were made pertaining to the agenda:',
    '',
    'County Borough Councillor G Lloyd declared the following personal and prejudicial interest and left the meeting when the item was voted upon - “I am in receipt of a Miner’s Pension”',
    '',
    'County Borough Councillor E Morgan declared the following personal and prejudicial interest and left the meeting when the item was voted upon– “My husband is in receipt of a Miner’s Pension”',
    '',
    'County Borough Councillor R Price declared the following personal and prejudicial interest and left the meeting when the item was voted upon',
    '',
    '2. Minutes',
    'The minutes were approved.',
  ].join('\n');

  test('each member named without the title, the quoted words the interest, withdrawn; an interest cut off is not stated', () => {
    const { minutes } = parse(page);
    expect(minutes.declarations.map((d) => [d.member, d.nature, d.withdrew, d.subject])).toEqual([
      ['G Lloyd', 'prejudicial', true, 'I am in receipt of a Miner’s Pension'],
      ['E Morgan', 'prejudicial', true, 'My husband is in receipt of a Miner’s Pension'],
      ['R Price', 'prejudicial', true, ''],
    ]);
  });
});

describe('declarations recorded before the first item', () => {
  test('"Cllr A declared an interest in item 10 – Planning. Cllr B declared …" above the members\' list: each declaration read', () => {
    const { minutes } = parse(
      [
        'Llanfair Town Council',
        'Minutes of the meeting held on Monday 18 January 2010 at 7.00pm in the Town Hall',
        '',
        'Declaration by Councillors of any Pecuniary & Non-Pecuniary interests entered in the record book before commencement of the meeting.',
        '',
        'Cllr Ivor Jenkins declared an interest in item 10 – Planning. Cllr Edgar Hughes declared an interest in item 9.3 – Twinning.',
        '',
        'COUNCILLORS PRESENT: Ivor Jenkins, Edgar Hughes, Ann Morris.',
        '',
        '1. APOLOGIES FOR ABSENCE',
        'None.',
        '',
        '2. MINUTES',
        'The minutes were approved.',
      ].join('\n'),
    );
    expect(minutes.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Ivor Jenkins', '10'],
      ['Edgar Hughes', '9.3'],
    ]);
    expect(minutes.declarationsState).toBe('declared');
  });
});

describe('a community council\'s page copied as one line, its minutes numbered on from the last meeting', () => {
  const page =
    'Minutes of the Ordinary Meeting of Penrock Community Council on Thursday 4th February 2016 Present: Councillors: Phil Adams; Sue Bowen; Don Carr; Mary Davy; Tessa Evans; Bill Ford In attendance: Vera Gale - Clerk ' +
    '193. Chairman’s Report Cllr Adams had attended the funeral of a former councillor. He thanked all those who had taken part in the precept meetings. ' +
    '194. Apologies for Absence Cllr D. Hart ' +
    '195. Declarations of interest Councillors Davy; Evans; Ford & Bowen being members of Penrock Historical Society declared a personal interest in Agenda Item 10. ' +
    '196. To receive the minutes of the Meeting on the 7th January The minutes were accepted as an accurate record. ' +
    '197. Matters arising from the Minutes of 7th January 2016 ' +
    '198. Planter at Top of Slip Way The clerk had requested a quote for the repair of the planter. ' +
    '199. The Youth Club The clerk reported that the club had met twice.';

  test('seven minutes numbered one after another are cut, the first straight after the attendance list', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['193', 'Chairman’s Report'],
      ['194', 'Apologies for Absence'],
      ['195', 'Declarations of interest'],
      ['196', 'To receive the minutes of the Meeting on the 7th January'],
      ['197', expect.stringMatching(/^Matters arising/)],
      ['198', 'Planter at Top of Slip Way'],
      ['199', 'The Youth Club'],
    ]);
    expect(minutes.decisions.map((d) => [d.item, d.kind])).toEqual([['196', 'procedural']]);
  });

  test('"Councillors A; B; C & D being members of X declared a personal interest": four members, the last after "&"', () => {
    const { minutes } = parse(page);
    expect(minutes.declarations.map((d) => [d.member, d.nature])).toEqual([
      ['Davy', 'personal'],
      ['Evans', 'personal'],
      ['Ford', 'personal'],
      ['Bowen', 'personal'],
    ]);
  });
});

describe('a community council\'s minutes without numbers, each item a heading before a colon', () => {
  const page = [
    'Glenmorie Community Council',
    '',
    'Minutes of Meeting – Tuesday 29th April 2025 – 15:00',
    '',
    'Present: Ed Pryce, Catriona Ross, John Mackie, Vicky Watt.',
    '',
    'Minutes of Meeting 24th March: Agreed, proposed Ed and seconded Vicky.',
    '',
    'Matters Arising',
    '',
    'Ferry Correspondence: CR has established there is a transport forum meeting on Friday 9th May and the ferry timetable is on its agenda.',
    '',
    'Bus Service Consultation: EP attended the consultation and reported the main issues raised by residents.',
    '',
    'Community Resilience Meeting Report: JM gave a brief overview. CR to find more detail and make this a substantive agenda item. EP will ask other CCs for their plans.',
    '',
    'Rally Update:',
    '',
    '• Response submitted requesting urgent discussion on routes.',
  ].join('\n');

  test('each "Heading: minute" paragraph, and a heading line over them, is an item', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Minutes of Meeting 24th March'],
      [null, 'Matters Arising'],
      [null, 'Ferry Correspondence'],
      [null, 'Bus Service Consultation'],
      [null, 'Community Resilience Meeting Report'],
      [null, 'Rally Update'],
    ]);
  });

  test('"CR to find more detail …", "EP will ask …": tasks given to members by their initials, each owned by them', () => {
    const { minutes } = parse(page);
    expect(minutes.decisions.filter((d) => d.kind === 'action').map((d) => [d.owner, d.text])).toEqual([
      ['CR', 'CR to find more detail and make this a substantive agenda item.'],
      ['EP', 'EP will ask other CCs for their plans.'],
    ]);
  });

  test('a record\'s fields ("Decision published: 15/01/2018") are not items', () => {
    const { minutes } = parse(
      [
        'Delegated decision of the Transport Committee',
        '',
        'Decision published: 15/01/2018',
        '',
        'Effective from: 23/01/2018',
        '',
        'Decision: The Committee approved the scheme. The Director will report back on its progress in the summer.',
        '',
        'Reasons: The scheme meets the objectives agreed by the Committee last year and is within the budget.',
        '',
        'Alternatives: Doing nothing was considered but rejected because of the cost of repairs later on.',
        '',
        'Consultation: The ward members and the bus operators were consulted on the scheme in November.',
      ].join('\n'),
    );
    expect(minutes.items.map((i) => i.title)).not.toContain('Decision published');
    expect(minutes.items.map((i) => i.title)).not.toContain('Effective from');
  });
});

describe('a council\'s whole membership in initials, run into the minutes', () => {
  const members = ['J. Ashby', 'A. M. Kerr', 'I. S. Bell', 'G. Knott', 'D. J. Bland', 'J. R. Lowe', 'E. Bolt', 'T. A. Mead', 'M. E. Booth (Deputy Mayor)', 'M. Moss', 'Alexander Reid', 'P. Rudd', 'H. M. Shaw (Mayor)', 'J. E. Yeo'];
  const page =
    'PROCEEDINGS A meeting of the Northbay City Council was held at the Town Hall, Northbay, at 2.00 p.m. on Wednesday, 15th October, 1997, when the following Members were present:- ' +
    `${members.join(' ')} -1- COUNCIL 15TH OCTOBER, 1997 19 COUNCIL MINUTES The Minutes of the proceedings of the Northbay City Council held on 16th July, 1997 were signed by the Mayor as a correct record. ` +
    '20 ITEM OF URGENT BUSINESS The Mayor reported that she had agreed to an item of urgent business.';

  test('"A meeting of the X was held … at 2.00 p.m. on Wednesday, 15th October, 1997": the sentence goes on past "p.m."', () => {
    const { minutes } = parse(page);
    expect([minutes.council, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Northbay City Council', '1997-10-15', '14:00', 'Town Hall, Northbay']);
  });

  test('"when the following Members were present:- J. Ashby A. M. Kerr …": every member, the list ending where the minutes start', () => {
    const { attendance } = parse(page);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual(
      members.map((m) => {
        const office = /\((.+)\)/.exec(m)?.[1] ?? null;
        return [m.replace(/\s*\(.+\)$/, ''), 'present', office];
      }),
    );
  });
});

describe('apologies on the heading\'s line', () => {
  const page = (line: string) =>
    ['Kirkby Drainage Board', 'Minutes of the meeting held on Monday 2nd December 2024', '', 'Present: Mr R Shaw (Chair), Mr A Bird', '', line, '', '87 Minutes', 'The minutes were approved.', '', '88 Finance', 'The accounts were noted.'].join('\n');

  test('"86 Apologies Cllr J Catto": the heading is the title, the member sent apologies', () => {
    const { minutes, attendance } = parse(page('86 Apologies Cllr J Catto'));
    expect(minutes.items[0]).toMatchObject({ number: '86', title: 'Apologies' });
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['J Catto']);
  });

  test('"86 APOLOGIES FOR ABSENCE / YMDDIHEURIADAU Cllr Stead, Cllr Bryce": the same in both languages', () => {
    const { attendance } = parse(page('86 APOLOGIES FOR ABSENCE / YMDDIHEURIADAU Cllr Stead, Cllr Bryce'));
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Stead', 'Bryce']);
  });

  test('"224.1Apologies for absence were received from …": a paragraph number run onto its first word', () => {
    const { attendance } = parse(page('86 Apologies\n224.1Apologies for absence were received from Cllrs. Leach, Jory and Hersey and the reasons accepted.'));
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Leach', 'Jory', 'Hersey']);
  });
});

describe('names with more around them', () => {
  test('"Denbighshire County Councillor Geraint Lloyd-Williams": the council\'s place and the title are not the name', () => {
    const { attendance } = parse(
      [
        'Llanfor Community Council',
        'Minutes of the meeting held on Tuesday 6 October 2020',
        '',
        'PRESENT: Councillors Nia Bassett (Chairman), Amanda Lowe, Gwyn Rees, Merionethshire County Councillor Geraint Lloyd-Evans and the Clerk.',
        '',
        '2. Minutes',
        'The minutes were approved.',
      ].join('\n'),
    );
    expect(attendance.map((a) => a.name)).toContain('Geraint Lloyd-Evans');
  });

  test('"An apology for absence was received from Iwan Dyfed (Chief": a bracket cut off by the copy is not part of the name', () => {
    const { attendance } = parse(
      ['Cabinet', 'Minutes of the meeting held on Thursday 12 July 2018', '', '1. Apologies for absence', 'An apology for absence was received from Iwan Dyfed (Chief'].join('\n'),
    );
    expect(attendance.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Iwan Dyfed']);
  });
});

describe('a web page\'s numbered list copied with its numbers lost', () => {
  const page = [
    'APPROVED Minutes of the Meeting of Ditton Parish Council held in the Village Hall on Wednesday 10 May 2023 at 7:00p.m.',
    '-',
    'Present: Cllrs Nash (Chair), Bond (Vice-Chair), Gold, Hale and Tuck were present, as were A Thorn (Clerk).',
    'Annual Meeting of the Parish Council',
    '-',
    'Election of Chair',
    'It was resolved unanimously to elect Cllr Nash.',
    '-',
    'Election of Vice-Chair',
    'It was resolved unanimously to elect Cllr Bond.',
    '-',
    'Apologies for absence',
    '-',
    'Apologies for absence were received from Cllr Lloyd.',
    '-',
    'Councillors’ Declarations of Interests in Items on the Agenda',
    'None declared.',
    '-',
    'Ordinary Meetings of the Parish Council',
    'It was resolved unanimously to agree that the ordinary meetings will continue to take place in the Village Hall.',
  ].join('\n');

  test('each part after a dash on its own line is an item, its heading the short line after the dash', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => i.title)).toEqual([
      'Election of Chair',
      'Election of Vice-Chair',
      'Apologies for absence',
      'Councillors’ Declarations of Interests in Items on the Agenda',
      'Ordinary Meetings of the Parish Council',
    ]);
    expect(minutes.declarationsState).toBe('none-declared');
  });

  test('"Annual Meeting of the Parish Council", "Ordinary Meetings of the Parish Council": headings, never the council\'s name', () => {
    expect(parse(page).minutes.council).not.toMatch(/Meetings? of the Parish Council/);
  });
});

describe('minute codes printed in a narrow column', () => {
  const page = [
    'Teesvale Police and Crime Panel Minutes',
    '',
    'Date:',
    'Monday, 10th June, 2013',
    'Time:',
    '5.00 p.m.',
    '',
    'Present:',
    'Cllr Chris Abbey, Cllr Ken Dale',
    '',
    'Item Description Decision',
    'PCP',
    '1/13',
    'WELCOME AND INTRODUCTION',
    'PCP',
    '2/13',
    'APPOINTMENT OF CHAIRMAN 2013/14',
    'RESOLVED that Councillor Ken Dale be appointed Chairman for 2013/14.',
    'PCP',
    '3/13',
    'MINUTES OF THE MEETING AND CONFIRMATION HEARING HELD ON 5 FEBRUARY 2013',
    'RESOLVED that the minutes be approved.',
    'PCP',
    '4/13',
    'POLICE AND CRIME COMMISSIONER - ANNUAL REPORT',
    'RESOLVED that the report be noted.',
  ].join('\n');

  test('"PCP" over "1/13": one minute number; a heading about the last meeting\'s minutes under it is an item, not the page\'s heading', () => {
    const { minutes } = parse(page);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['PCP 1/13', 'WELCOME AND INTRODUCTION'],
      ['PCP 2/13', 'APPOINTMENT OF CHAIRMAN 2013/14'],
      ['PCP 3/13', 'MINUTES OF THE MEETING AND CONFIRMATION HEARING HELD ON 5 FEBRUARY 2013'],
      ['PCP 4/13', 'POLICE AND CRIME COMMISSIONER - ANNUAL REPORT'],
    ]);
    expect(minutes.date).toBe('2013-06-10');
  });
});

describe('decisions written as what members did', () => {
  const page = [
    'Llanbryn Community Council',
    'Minutes of the meeting held on Tuesday 6 October 2020',
    '',
    'Present: Cllrs A Rees (Chair), B Lloyd, C Morgan',
    '',
    '1. Apologies',
    'Apologies for absence were received and accepted from County Cllr Morse.',
    '',
    '2. Minutes',
    'Members confirmed 1st September 2020 minutes as a true record and signed by the Chairman.',
    '',
    '3. Old Tip Site',
    'Members elected Councillors Alun Rees, Beth Lloyd and Carys Morgan onto the Old Tip Site Committee.',
    '',
    '4. Wind Farm Fund',
    'Laurence Gunn agreed to approach Jim Kell to ask if he would allow his name to go forward.',
    '',
    '5. Speeding',
    'The Council agreed to ask the police for a speed check.',
  ].join('\n');

  test('apologies accepted, minutes confirmed with their date, members elected: each the meeting\'s decision', () => {
    const { minutes } = parse(page);
    expect(minutes.decisions.filter((d) => ['1', '2', '3'].includes(d.item ?? '')).map((d) => [d.item, d.kind])).toEqual([
      ['1', 'procedural'],
      ['2', 'procedural'],
      ['3', expect.any(String)],
    ]);
  });

  test('"Laurence Gunn agreed to approach …": a member named in full takes on the task; "The Council agreed to …" names no person', () => {
    const { minutes } = parse(page);
    expect(minutes.decisions.find((d) => d.item === '4')).toMatchObject({ kind: 'action', owner: 'Laurence Gunn' });
    expect(minutes.decisions.find((d) => d.item === '5')?.owner ?? null).not.toBe('The Council');
  });
});

test('a page\'s number above the printed heading does not stop it being the heading ("10" over "MINUTES OF … HELD ON …")', () => {
  const { minutes } = parse(['10', '', 'MINUTES OF THE WESTVALE JOINT BOARD MEETING HELD ON 31 MAY 2019 AT TOWN HALL', '', 'PRESENT:', '', 'Councillor A Dean (In the Chair)', '', '1. APOLOGIES', 'None.'].join('\n'));
  expect([minutes.date, minutes.venue]).toEqual(['2019-05-31', 'TOWN HALL']);
});

test('a members\' list printed all in capitals ("A. CARTER G. L. EVANS MRS L. JONES") is read, each name as printed', () => {
  const { attendance } = parse(
    ['Neathbury Town Council', 'Minutes of the Full Council meeting held on Thursday 7th June 2018', '', 'PRESENT: A. CARTY G. L. EVANS J. EVANS D. FLYNN P. JAMES MRS L. JONES', '', '7118 TO RECEIVE APOLOGIES FOR ABSENCE', 'Apologies for absence were received from Cllr. B. Morgan.'].join('\n'),
  );
  expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['A. CARTY', 'G. L. EVANS', 'J. EVANS', 'D. FLYNN', 'P. JAMES', 'MRS L. JONES']);
});
