/**
 * Issue 15, round 34: shapes seen on set 38 (spent once scored) and set 37, written here with made-up councils and
 * people. Set 39 stays sealed while these are built.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { interestNature } from '../../../main/minutes/interest-nature';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;

describe('a page flattened into one paragraph, its headings ending in a colon', () => {
  test('a heading holding the date of the minutes it approves is still one of the chain', () => {
    const m = parse([
      'Meeting of Nantgwyn Community Council held on Tuesday 11th May 2021 at 7.30pm',
      'Present: Councillors Ann Reid, Tom Bell 1. Apologies for Absence: Nil 2. Minutes of meeting held on Tuesday 13th April 2021: Agreed as a true record. 3. Declaration of Interest: Nil 4. Matters arising from minutes: The bin has been ordered. 5. Correspondence: A letter from the school.',
    ].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Minutes of meeting held on Tuesday 13th April 2021'],
      ['3', 'Declaration of Interest'],
      ['4', 'Matters arising from minutes'],
      ['5', 'Correspondence'],
    ]);
  });

  test('numbered minutes with a colon after each heading keep their attendance minute ("45. Attended by: …")', () => {
    const text = [
      'Agenda and Meeting Minutes- 10.01.2019',
      'To be held on Thursday 10th January 2019',
      '1. Apologies',
      '2. Notes of the last meeting',
      '3. Village skip',
      'Thursday 10th January 2019 7.30 pm - Held at the Church',
      '45. Attended by: Cllrs Ann Reid (Chairman), Tom Bell (Vice Chairman), Joe Pike Mary Webb, Alan Dodd.',
      '46. Apologies: Cllr Sue Hart.',
      '47. Public 10 Minutes: The following matters were raised: the state of the footpath.',
      '48. Village skip',
      'Agreed to book one for May.',
    ].join('\n');
    expect(parseMinutesDetailed('page.txt', text).attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Ann Reid', 'Tom Bell', 'Joe Pike', 'Mary Webb', 'Alan Dodd']);
  });
});

describe('a minute number typed against its heading ("17.118To receive apologies")', () => {
  const page = (lines: string[]) => parse(['MINUTES OF OXLEY PARISH COUNCIL HELD ON 11TH JULY 2017', 'Present: Cllrs A Reid, T Bell', ...lines].join('\n'));

  test('each glued number is the item, its heading the title', () => {
    const m = page(['17.118To receive apologies', 'None.', '17.119To confirm the minutes', 'Agreed.', '17.120Planning', 'No applications.']);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['17.118', 'To receive apologies'],
      ['17.119', 'To confirm the minutes'],
      ['17.120', 'Planning'],
    ]);
  });

  test('one glued figure alone on a page is left as it was', () => {
    const m = page(['1. Apologies', 'None.', '2. Finance', '3.5Million was the estimate.']);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('unnumbered headings in capitals, each running into its minute after a colon or a dash', () => {
  const text = [
    'MINUTES of the Parish Council meeting held on Tuesday, 20th June 2023, at 7.00 pm',
    'Present: Cllrs A Reid (Chairman), T Bell, J Pike',
    'The Chairman opened the meeting and reminded everyone that the meeting may be filmed',
    'APOLOGIES – Cllr S Hale (working)',
    'DECLARATION OF INTERESTS: None.',
    'PARISHIONERS VOICE– Two residents spoke about the footpath.',
    'MINUTES OF PREVIOUS MEETING: These had been circulated and were signed by the Chairman as a correct record.',
    'PLANNING: – Cllr T Bell',
    'The council objects to the application for 20 houses.',
  ].join('\n');

  test('each heading is an item, even one straight after a sentence left without its full stop', () => {
    expect(parse(text).items.map((i) => i.title).slice(0, 5)).toEqual(['APOLOGIES', 'DECLARATION OF INTERESTS', 'PARISHIONERS VOICE', 'MINUTES OF PREVIOUS MEETING', 'PLANNING']);
  });
});

describe('the meeting date in the first paragraphs, in a sentence no other shape reads', () => {
  test('"Meeting Held on Thursday 15th November 2018" under the council\'s name and a title with the month alone', () => {
    const m = parse(['Minutes November 2018', '', 'Oxley Group Parish Council', 'Meeting Held on Thursday 15th November 2018', '', 'Present: Ann Reid (AR); Tom Bell (TB)', '', '1. Apologies', 'None.'].join('\n'));
    expect(m.date).toBe('2018-11-15');
  });

  test('"… 216th Board Meeting of the Authority held on Monday 9th Dec 2019 at 1.30pm …", flattened', () => {
    const m = parse(['Harbour Board Minutes', 'Eastport Harbour Authority 216th Board Meeting of the Authority held on Monday 9th Dec 2019 at 1.30pm at 3 Quay Street, Eastport Present: Ann Reid (AR) – Chairperson Tom Bell (TB) – Chief Executive 1. WELCOME AND APOLOGIES Apologies were received from Joe Pike.'].join('\n'));
    expect([m.date, m.startTime]).toEqual(['2019-12-09', '13:30']);
  });

  test('the date of other minutes being noted is not the meeting’s', () => {
    const m = parse(['Agenda item', '', 'To note the minutes of the Housing Panel held on 18 January 2022 and the Leisure Panel held on 12 April 2022.', '', 'Councillor Reid asked about the bridge works.'].join('\n'));
    expect(m.date).toBeNull();
  });
});

describe('an agenda minuted as bullets, each its heading and then the minute after a dash', () => {
  const text = [
    'PARISH COUNCIL MEETING Thursday 31st July 2025, 7:30pm',
    'in the Village Hall',
    'Councillors Present: Ann Reid (Chair) (AR)',
    'Tom Bell (TB)',
    'AGENDA',
    '- Apologies – apologies received from Cllr Joe Pike.',
    '- Declarations of Interest – none',
    '- Open forum – a parishioner reported a blocked drain. TB to report it.',
    '- Finance and payments to approve – (see appendix 1) approved, proposed AR, seconded TB.',
  ].join('\n');

  test('each bullet is an item titled by its heading', () => {
    expect(parse(text).items.map((i) => i.title)).toEqual(['Apologies', 'Declarations of Interest', 'Open forum', 'Finance and payments to approve']);
  });

  test('bullets of actions with no business heading among them stay one item', () => {
    const actions = text.replace('- Apologies – apologies received from Cllr Joe Pike.', '- Hedges – TB to cut.').replace('- Declarations of Interest – none', '- Benches – AR to paint.');
    expect(parse(actions).items.length).toBeLessThanOrEqual(1);
  });
});

describe('minutes in capitals run into one paragraph, a dash after a heading, a date before "RESOLVED"', () => {
  test('"306 DECLARATIONS OF INTEREST - …", "307 MINUTES … 1 March 2017. RESOLVED – …", "308 MATTERS ARISING 308.1 …"', () => {
    const m = parse([
      'Minutes of a Community Council Meeting held at the Hall on Tuesday 2 May 2017 at 7.00 pm.',
      '',
      'PRESENT - Councillors A Reid, B Bell. APOLOGIES – Councillor C Dodd 306 DECLARATIONS OF INTEREST - Councillor Reid as a trustee of the hall. 307 MINUTES Minutes of a Community Council Meeting held on 1 March 2017. RESOLVED – The minutes were approved and signed by the Chair. 308 MATTERS ARISING 308.1 Minute Reference 289.1 The bridge was discussed.',
    ].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['306', 'DECLARATIONS OF INTEREST'],
      ['307', 'MINUTES'],
      ['308', 'MATTERS ARISING'],
    ]);
  });
});

describe('the meeting place named by what it is, in the first paragraphs', () => {
  const venueOf = (head: string[]) => parse([...head, '', 'Present: Cllr Reid (Chair), Cllr Bell', '', '1. Apologies', 'None.'].join('\n')).venue;

  test('"… held Thursday 9th July 2015 at 19.15 hrs at the Village Hall"', () => {
    expect(venueOf(['Meeting Minutes 09.07.2015', '', 'Minutes of a meeting held Thursday 9th July 2015 at 19.15 hrs at the Village Hall'])).toBe('Village Hall');
  });

  test('"At Oxley Village Hall 7.30pm" on a line of its own under the date', () => {
    expect(venueOf(['Minutes of Parish Council Meeting', 'On Tuesday 26th September 2017', 'At Oxley Village Hall 7.30pm'])).toBe('Oxley Village Hall');
  });

  test('"28th August 2018, 7pm, Oxley Village Hall"', () => {
    expect(venueOf(['Oxley Parish Committee Meeting', '', '28th August 2018, 7pm, Oxley Village Hall'])).toBe('Oxley Village Hall');
  });

  test('the next meeting’s place is not this one’s', () => {
    expect(venueOf(['Oxley Parish Council', 'Minutes of the meeting on 28th August 2018', 'The next meeting will be held at the Village Hall'])).toBeNull();
  });
});

describe('a day, a date, a time or a way of meeting is never the body that met', () => {
  const committeeOf = (head: string) => parse([head, '', 'Present: Cllr Reid (Chair), Cllr Bell', '', '1. Apologies', 'None.'].join('\n')).committee;

  test('"Minutes of Monday 25th July 2016 held in the Reading Rooms at 7.45pm" names no body', () => {
    expect(committeeOf('Minutes of Monday 25th July 2016 held in the Reading Rooms at 7.45pm')).toBeNull();
  });

  test('"TOWN COUNCIL MINUTES OF THE MONTHLY MEETING OF 25.07.2013 AT 7.30PM WHICH WAS HELD AT …" names no body after "of"', () => {
    expect(committeeOf('TOWN COUNCIL MINUTES OF THE MONTHLY MEETING OF 25.07.2013 AT 7.30PM WHICH WAS HELD AT THE CHURCH HALL') ?? '').not.toMatch(/\d|meeting/i);
  });

  test('"MINUTES OF A REMOTE WEBEX MEETING HELD ON …" names no body', () => {
    expect(committeeOf('MINUTES OF A REMOTE WEBEX MEETING HELD ON TUESDAY, 20TH APRIL 2021 AT 7PM')).toBeNull();
  });

  test('"Meeting of Oxley Town Council held on line on Tuesday 16th June 2020": the council, without "held"', () => {
    expect(committeeOf('Meeting of Oxley Town Council held on line on Tuesday 16th June 2020')).toBe('Oxley Town Council');
  });

  test('"Extra ordinary" is the kind of meeting, not part of the body’s name', () => {
    expect(committeeOf('Minutes of the Extra ordinary Oxley Town Council meeting held on Tuesday 16th June 2020')).toBe('Oxley Town Council');
  });
});

describe('declarations: members by their initials, "Messrs", and two members under one title', () => {
  const page = (body: string) =>
    parse(['Minutes of Oxley Parish Council meeting held on Monday 27 November 2017', 'Present: Ann Reid (AR), Tom Bell (TB), Joe Pike (JP)', '1. Apologies', 'None.', '2. Declarations of Interest', body, '3. Minutes', 'Approved.'].join('\n'));

  test('"AR, TB and JP declared an interest in item 9c": each member, named in full from the attendance', () => {
    const m = page('AR, TB and JP declared an interest in item 9c, the access track.');
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Ann Reid', '9c'],
      ['Tom Bell', '9c'],
      ['Joe Pike', '9c'],
    ]);
  });

  test('"Messrs Bell and Pike declared interests in minute nos B.1173"', () => {
    const m = page('Mr Reid declared an interest in minute no. B.1187. Messrs Bell and Pike declared interests in minute nos B.1173.');
    expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
      ['Mr Reid', 'B.1187'],
      ['Bell', 'B.1173'],
      ['Pike', 'B.1173'],
    ]);
  });

  test('"Councillors Ann Reid and Joe Pike with regard to …" under the heading: both members', () => {
    const m = page('Councillors Ann Reid and Joe Pike with regard to matters in connection with the Hall Management Committee. Both Councillors are trustees.');
    expect(m.declarationsState).toBe('declared');
    expect(m.declarations.map((d) => d.member)).toEqual(['Ann Reid', 'Joe Pike']);
  });
});

describe('the kind of an interest, from the words that name it', () => {
  test('"a personal friend" says how a member knows someone, not that the interest is personal', () => {
    expect(interestNature('declared an interest in Application 16/00301 because the applicant was a personal friend', '2016-04-28')).toBe('unspecified');
    expect(interestNature('declared a personal interest as a member of the hall committee', '2009-04-28')).toBe('personal');
  });

  test('"a registrable interest" not called pecuniary is an other registrable interest, after July 2012 only', () => {
    expect(interestNature('declared a registrable interest in respect of agenda item 8 - Outside Bodies', '2025-03-25')).toBe('other-registrable');
    expect(interestNature('declared a registrable interest in respect of agenda item 8', '2010-03-25')).toBe('unspecified');
    expect(interestNature('declared a non-registrable interest in item 8', '2025-03-25')).toBe('non-registrable');
  });
});

describe('"ITEM II – Minutes of Last Meeting": the word in capitals, a roman number, a dash typed against the heading', () => {
  const text = [
    'MINUTES OF A MEETING OF THE OXLEY COMMUNITY COUNCIL HELD ON MONDAY 28 SEPTEMBER 2015',
    'Present: Ann Reid, Chair; Tom Bell, Treasurer',
    'ITEM I – Welcome and Apologies',
    '- There were apologies from Joe Pike.',
    'ITEM II – Minutes of Last Meeting',
    '- The minutes were agreed and signed.',
    'ITEM III –Hospital Steering Group',
    '- Tom said the group meets monthly.',
  ].join('\n');

  test('each is an item, numbered as printed', () => {
    expect(parse(text).items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Welcome and Apologies'],
      ['II', 'Minutes of Last Meeting'],
      ['III', 'Hospital Steering Group'],
    ]);
  });
});

describe('a note-form action: the actor, "to", and any verb', () => {
  const itemText = (sentence: string) =>
    parse(['Minutes of Oxley Parish Council meeting held on Monday 27 November 2017', 'Present: Cllrs Ann Reid, Tom Bell', '1. Apologies', 'None.', '2. Footpaths', sentence, '3. Close', 'The meeting closed.'].join('\n')).decisions;

  test('"Cllr Reid to make enquiries as to whether …" is an action owned by the member', () => {
    expect(itemText('Cllr Reid to make enquiries as to whether the newsletter is printed.').map((d) => [d.kind, d.owner])).toEqual([['action', 'Reid']]);
  });

  test('"Cllr Reid to be thanked for her work" is no task of hers', () => {
    expect(itemText('Cllr Reid to be thanked for her work on the footpath.').filter((d) => d.owner === 'Reid')).toEqual([]);
  });
});

describe('a time alone on its line under the date is no item', () => {
  test('"1.30 PM" is not item 1.30 titled "PM"', () => {
    const m = parse(['OXLEY FIRE BOARD', '', 'MINUTES OF A MEETING', '', '25 SEPTEMBER 2012', '', '1.30 PM', '', 'PRESENT:', '', 'Mr J Reid, Chairman presiding', '', 'Mrs A Bell', '', 'Prior to the commencement of business the Chairman welcomed everyone.', '', '1. APOLOGIES', '', 'None.', '', '2. MINUTES', '', 'Agreed.'].join('\n'));
    expect(m.items.map((i) => i.number)).not.toContain('1.30');
  });
});

describe('a place read where a time or a sentence stood', () => {
  test('"Held at 7.15pm on Tuesday 2nd February 2016" over "At Oxley Cricket Club": the time starts it, the club is the place', () => {
    const m = parse(['Minutes 2nd February 2016', '', 'Oxley Parish Council', 'Parish Council Meeting', '', 'Held at 7.15pm on Tuesday 2nd February 2016', 'At Oxley Cricket Club', '', 'Present: Ann Reid (AR), Tom Bell (TB)', '1. Apologies', 'None.'].join('\n'));
    expect([m.startTime, m.venue]).toEqual(['19:15', 'Oxley Cricket Club']);
  });

  test('"Venue: This meeting will be in person at Abbey House, Oxley": the place, not the sentence', () => {
    const m = parse(['Agenda and minutes', '', 'Scrutiny Committee - Wednesday, 6 December 2023 6.00 pm', '', 'Venue: This meeting will be in person at Abbey House, Oxley OX1 3JE.', '', 'Items', '', '24. Apologies for absence', 'None.'].join('\n'));
    expect(m.venue).toBe('Abbey House, Oxley OX1 3JE');
  });
});

describe('"1)Ymddiheuriadau : … 2)Cyhoeddiadau\'r Cadeirydd : …": headings after a bracket, a space before the colon, run into one paragraph', () => {
  test('each is an item, a Welsh ordinal date in a heading no bar', () => {
    const m = parse([
      'Cofnodion cyfarfod o Gyngor Cymuned Llanfach gynhaliwyd nos Lun, Mawrth y 9fed 2020 yn Neuadd',
      '',
      "1)Ymddiheuriadau a datgan diddordeb : Dim. 2)Cyhoeddiadau'r Cadeirydd : Nid oedd gan y Cadeirydd gyhoeddiadau 3)Llofnodi cofnodion y cyfarfod a gynhaliwyd ar y 10fed o Chwefror 2020 : Derbyniwyd y cofnodion fel rhai cywir.",
    ].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Ymddiheuriadau a datgan diddordeb'],
      ['2', "Cyhoeddiadau'r Cadeirydd"],
      ['3', 'Llofnodi cofnodion y cyfarfod a gynhaliwyd ar y 10fed o Chwefror 2020'],
    ]);
  });
});

describe('capitals headings run together, one holding a date in brackets', () => {
  test('"3 APPROVAL OF MINUTES OF PREVIOUS MEETING (12 NOVEMBER 2012) Minutes were accepted …" stays in the chain', () => {
    const m = parse([
      'OXLEY COMMUNITY COUNCIL MINUTES OF MEETING HELD IN THE TOWN HALL, OXLEY, ON MONDAY 14 JANUARY 2013',
      '',
      'PRESENT Ann Reid, Convenor Tom Bell 1 APPROVAL OF AGENDA Agenda approved. 2 POLICE REPORT None. 3 APPROVAL OF MINUTES OF PREVIOUS MEETING (12 NOVEMBER 2012) Minutes were accepted as an accurate record. 4 COUNCILLORS’ ISSUES Cllr Dodd reported on the plan.',
    ].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APPROVAL OF AGENDA'],
      ['2', 'POLICE REPORT'],
      ['3', 'APPROVAL OF MINUTES OF PREVIOUS MEETING (12 NOVEMBER 2012)'],
      ['4', 'COUNCILLORS’ ISSUES'],
    ]);
  });
});

describe('running minute numbers under headings, some minutes with no heading of their own', () => {
  test('the headed ones are titled by their heading, the run not broken by a minute with none', () => {
    const m = parse([
      'Oxley Parish Council – Minutes of Meeting',
      '',
      '5th December 2017',
      '',
      'Present: Cllrs. A. Reid, T. Bell & J. Pike',
      '',
      'Apologies Approved',
      '',
      '228. Cllr. Dodd – Prior Engagement & Cllr. J. Hale – Business Meeting',
      '',
      'Declarations of Interest',
      '',
      '229. Cllr. Bell declared an interest in item 5c.',
      '',
      '230. Standing Orders were suspended at 7.04pm to allow residents to speak.',
      '',
      'Minutes of the Previous Meeting',
      '',
      '231. The minutes of the meeting held on 7th November 2017 were confirmed as a true record.',
      '',
      'Finance',
      '',
      '232. The payments listed were approved.',
    ].join('\n'));
    const titled = m.items.filter((i) => i.title).map((i) => [i.number, i.title]);
    expect(titled).toEqual(expect.arrayContaining([
      ['229', 'Declarations of Interest'],
      ['231', 'Minutes of the Previous Meeting'],
      ['232', 'Finance'],
    ]));
    expect(m.items.map((i) => i.number)).toEqual(['228', '229', '230', '231', '232']);
  });
});
