/**
 * Issue 15, round four: shapes met on pages from councils the parser had never seen, each written here
 * with made-up councils and people. Parish minutes typed one paragraph a line, printed minute headings
 * in capitals, ModernGov rows flattened by copying, Scottish transparency statements, summonses on
 * parish agendas. Where a shape is ambiguous the parser must say nothing rather than guess.
 */
import { parseMinutesDetailed, parseMinutesText } from '../../../main/minutes';

const detailed = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n'));
const attendee = (lines: string[], name: string) => detailed(lines).attendance.find((a) => a.name === name);

describe('parish minutes typed one paragraph a line, no blank lines', () => {
  const page = [
    '112',
    'ASHBY VALE PARISH COUNCIL',
    'Minutes of the Meeting of the Parish Council held on Thursday 19th May 2016 at 7.30 pm in The Vale Centre, Ashby Vale',
    'Present : Cllrs Pollard (in the Chair), Quayle, Rudd, Sexton & Tindall',
    'In attendance: Mr. H Ovens, Clerk to the Council, WCC Cllr Marsh & DDC Cllr Tolley',
    'Action by:',
    '1 Apologies for absence',
    'Apologies were received from Cllrs Upton, Vickers & Ward',
    '2 Declarations of Councillors Interests regarding items on the Agenda',
    'Cllr Rudd declared an interest in any discussions regarding the village hall lease',
    'There were no other declarations of interest',
    '3 Public discussion',
    'There were no members of the public present',
    '4 Minutes of the last Meeting',
    'The Minutes of the Meeting held on 28th April 2016 were agreed and signed',
    '5 Matters arising',
    'Email from the footpaths officer about two new gates on the bridleway near the church',
    '6 Election of Chairman and Vice Chairman',
    'It was proposed seconded and unanimously agreed that Cllr Pollard be re-elected as Chair of the Parish Council.',
  ];

  test('a heading in capitals and a numbered title are not run into the text around them', () => {
    const r = detailed(page).minutes;
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of Councillors Interests regarding items on the Agenda'],
      ['3', 'Public discussion'],
      ['4', 'Minutes of the last Meeting'],
      ['5', 'Matters arising'],
      ['6', 'Election of Chairman and Vice Chairman'],
    ]);
    expect(r.date).toBe('2016-05-19');
    expect(r.startTime).toBe('19:30');
    expect(r.decisions.find((d) => d.item === '4')?.kind).toBe('procedural');
  });

  test('"Present :" opens the list of members; another council\'s member keeps that council as the role', () => {
    expect(attendee(page, 'Pollard')).toMatchObject({ status: 'present', role: 'Chair' });
    expect(attendee(page, 'Tindall')).toMatchObject({ status: 'present' });
    expect(attendee(page, 'Marsh')).toMatchObject({ status: 'in-attendance', role: 'WCC Councillor' });
    expect(attendee(page, 'Tolley')).toMatchObject({ status: 'in-attendance', role: 'DDC Councillor' });
  });

  test('"no other declarations" follows one that was made: never "none declared"', () => {
    const r = detailed(page).minutes;
    expect(r.declarations.map((d) => d.member)).toEqual(['Rudd']);
    expect(r.declarationsState).toBe('declared');
    const unreadable = parseMinutesText(
      ['Minutes of the Meeting of the Ashby Vale Parish Council held on 3 May 2016', '', '2. Declarations of Interest', '', "Councillor Upton's interest in the allotments item was noted. There were no other declarations."].join('\n'),
    );
    expect(unreadable.declarationsState).not.toBe('none-declared');
  });
});

describe('printed minutes with numbered headings in capitals', () => {
  const page = [
    'Minutes of the Joint Planning Committee and Full Parish Council Meeting held on Tuesday 7 April 2020 at 7.00pm',
    'Present: Cllrs Gwen Carter (GC), Paul Bright (PB), Rhodri O’Connell (ROC), Alun Wynne (AW)',
    'In attendance: Dora Hale (Clerk)',
    '334 APOLOGIES FOR ABSENCE',
    'Cllr Petra Stokes',
    '336 DECLARATIONS OF INTEREST AND LOBBYING',
    'Cllrs GC and PB declared an interest in the allotments lease.',
    '337 EXCLUSION OF THE PRESS AND PUBLIC',
    'Members AGREED that no items required this.',
    '338 PLANNING COMMITTEE (For Planning Committee consideration only)',
    '338.1 The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED.',
    '338.2 To consider the following planning applications:',
    '- 20/501261/FULL 5 River Close',
    'Erection of a single storey front extension.',
    'Unanimously AGREED to recommend APPROVAL',
  ];

  test('each numbered heading in capitals is an item, even with no blank line around it', () => {
    expect(detailed(page).minutes.items.map((i) => i.number)).toEqual(['334', '336', '337', '338']);
  });

  test('initials in brackets are not a role, and declarations by initials name the members', () => {
    const { minutes, attendance } = detailed(page);
    expect(attendance.find((a) => a.name === 'Gwen Carter')?.role).toBeNull();
    expect(attendance.find((a) => a.name === 'Rhodri O’Connell')?.role).toBeNull();
    expect(minutes.declarations.map((d) => d.member)).toEqual(['Gwen Carter', 'Paul Bright']);
  });

  test('a numbered paragraph keeps its number; a recommendation to the planning authority is not a task', () => {
    const ds = detailed(page).minutes.decisions;
    expect(ds.find((d) => /Planning Meeting/.test(d.text))).toMatchObject({ item: '338', label: '338.1', kind: 'procedural' });
    expect(ds.find((d) => /recommend APPROVAL/i.test(d.text))).toMatchObject({ kind: 'recommendation', owner: null, due: null });
  });

  test('what is agreed under "Exclusion of the press and public" is procedural, never a task', () => {
    expect(detailed(page).minutes.decisions.find((d) => d.item === '337')).toMatchObject({ kind: 'procedural', owner: null, due: null });
  });
});

describe('headers', () => {
  test('a ModernGov heading with a note that the meeting was moved names the body, not the note', () => {
    const r = parseMinutesText(
      ['Agenda and minutes', '', 'Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm', '', 'Items', 'No. Item', '', '39.', '', 'Declarations of Interest', '', 'Minutes:', '', 'There were no disclosable pecuniary interests.'].join('\n'),
    );
    expect(r.committee).toBe('Cabinet');
    expect(r.date).toBe('2018-10-02');
    expect(r.declarationsState).toBe('none-declared');
  });

  test('a parish agenda: the summons gives body, date and time; the issue date and the clerk\'s line do not', () => {
    const r = parseMinutesText(
      [
        '2021/07/01: Parish Council Meeting – Agenda',
        '',
        'To: all Members of Westbrook Parish Council',
        '',
        'Issue date: Wednesday 23rd June 2021',
        '',
        'You are hereby summoned to attend the meetingof Westbrook Parish Council on Thursday 1st July 2021 at 7.00pm, to be held at:',
        '',
        'Westbrook Village Hall for the purpose of transacting the business on the following agenda.',
        '',
        'Sam Otter',
        '',
        'Locum Clerk to Westbrook Parish Council',
        '',
        '1. APOLOGIES To receive apologies for absence.',
        '',
        '2. DECLARATIONS OF INTEREST To receive declarations of interest.',
      ].join('\n'),
    );
    expect(r.date).toBe('2021-07-01');
    expect(r.startTime).toBe('19:00');
    expect(r.council).toBe('Westbrook Parish Council');
    expect(r.committee).toBe('Westbrook Parish Council');
  });

  test('the venue stops where the contact field begins', () => {
    // A copied page with no blank lines: the contact line runs on from the venue's.
    const r = parseMinutesText(
      ['Agenda and draft minutes', 'Venue: Microsoft Teams', 'Contact: Jo Pike Committee Officer', 'No. | Item | ||||||', 'Minutes of the last meeting. Additional documents: Minutes: The minutes were submitted.', 'Resolved – That the minutes be approved.', 'Declarations of interest. Additional documents: Minutes: None.', 'Councillor Ann Lee declared a personal interest in item 3.', 'Land at Hill Farm. Additional documents: Minutes: The application was considered.', 'Resolved – That the application be approved.'].join('\n'),
    );
    expect(r.venue).toBe('Microsoft Teams');
  });
});

describe('attendance lists that name bodies, not people', () => {
  test('"In attendance: Eastvale & Westbrook City Council" names nobody; "City" from "City and District Council" is not a person', () => {
    const { attendance } = detailed([
      'Minutes of the Monthly Meeting of Council held on Tuesday, 28 July, 2015 at 7:00 pm',
      '',
      'PRESENT: Councillor R T Bowen, Mrs A Brace, City and District Council',
      '',
      'IN ATTENDANCE: Eastvale & Westbrook City Council',
      '',
      '1. Minutes',
      '',
      'The minutes were agreed as a correct record.',
    ]);
    const names = attendance.map((a) => a.name);
    expect(names).not.toContain('Eastvale');
    expect(names).not.toContain('City');
    expect(names).toContain('R T Bowen');
  });

  test('"Mayor Hughes" in apologies is Hughes', () => {
    const r = parseMinutesText(
      ['Minutes of the Annual Meeting of the Northvale Combined Authority held on 10 June 2022', '', '1. Apologies', '', 'Apologies for absence had been received from Cllr Iris Gale and Mayor Hughes.'].join('\n'),
    );
    expect(r.apologies).toEqual(['Iris Gale', 'Hughes']);
  });
});

describe('declarations state', () => {
  test('Scottish transparency statements: noting them is no decision, and no declaration was made', () => {
    const r = parseMinutesText(
      [
        'Issue - meetings',
        '',
        'Meeting: 04/07/2023 - Education Committee (Item 2)',
        '',
        'Declarations of Interest and Transparency Statements',
        '',
        'Minutes:',
        '',
        'The Committee noted the following transparency statements:-',
        '',
        '· In relation to item 10.4 (School Transport), the Vice Convener noted for reasons of transparency that her son attended Glenmoor School, however she did not consider the connection to require a declaration of interest.',
      ].join('\n'),
    );
    expect(r.decisions).toEqual([]);
    expect(r.declarationsState).toBe('none-declared');
  });

  test('"no items on the agenda that would require … to declare" says none were made', () => {
    const r = parseMinutesText(
      ['Northvale Parish Council Extraordinary meeting.', 'Held at Northvale Memorial Hall at 19:45 on 21st March 2018', 'There were no items on the agenda that would require those councillors present to declare Personal or Disclosable Pecuniary Interests', 'Item 1 To agree the minutes', 'It was RESOLVED to accept the minutes of the meeting on 8th January 2018 as a correct record.'].join('\n'),
    );
    expect(r.declarationsState).toBe('none-declared');
  });
});

describe('resolutions', () => {
  test('a resolution carried on the Chair\'s casting vote: the vote is not part of the decision', () => {
    const r = parseMinutesText(['Minutes of the Planning Committee held on 9 July 2020', '', '3. Land at Hill Farm', '', 'Resolved (7:7 and on the chairs casting vote) – that the application be approved subject to conditions.'].join('\n'));
    expect(r.decisions.map((d) => d.text)).toEqual(['That the application be approved subject to conditions.']);
  });

  test('a copied ModernGov row: the agenda\'s "To approve …" before "Additional documents: Minutes:" is no decision', () => {
    const r = parseMinutesText(
      ['Agenda and draft minutes', 'Venue: Town Hall', 'No. | Item | ||||||', 'To approve the accuracy of the minutes of the meeting held on 26 May 2020. Additional documents: Minutes: The Director submitted the minutes of the meeting held on 26 May 2020 for approval.', 'Resolved – That the minutes of the meeting held on 26 May 2020 be approved.'].join('\n'),
    );
    expect(r.decisions.map((d) => d.text)).toEqual(['That the minutes of the meeting held on 26 May 2020 be approved.']);
  });

  test('accepting the minutes is procedural even when the copy stops before "correct record"', () => {
    const r = parseMinutesText(['Minutes of the Meeting of Northvale Parish Council held on 21 March 2018', '', '1. Minutes', '', 'It was RESOLVED to accept the original proposal to accept the minutes of the meeting on 12th Febru'].join('\n'));
    expect(r.decisions.map((d) => [d.kind, d.owner, d.due])).toEqual([['procedural', null, null]]);
  });
});

describe('more shapes from unseen councils', () => {
  test('a ModernGov decision record (Decision Maker, Outcome) is minutes: read, not refused', () => {
    const r = parseMinutesText(
      [
        'Decision',
        "Sederunt and Declaration of Members' Interests",
        'Decision Maker: Estates Committee',
        'Outcome: Agreed',
        'Date of Decision: November 13, 2025',
        'Content: Declarations of Interest: Councillors Ince and Jolly made a transparency statement in relation to Item 8; having applied the objective test they concluded that they had no interest to declare.',
        'Related Meeting',
        'Estates Committee - Thursday, 13th November, 2025 10.15 am on November 13, 2025',
      ].join('\n'),
    );
    expect(r.document).toBe('minutes');
    expect(r.committee).toBe('Estates Committee');
    expect(r.date).toBe('2025-11-13');
  });

  test('members called Mr and Mrs declare too; what they then said is not the interest', () => {
    const r = parseMinutesText(
      ['Minutes of the Highways Cabinet Committee held on 28 November 2018', '', '125. Declarations of Interest', '', '1. Mr K Lomax declared a Disclosable Pecuniary Interest in the Minerals Plan (item 10) and said that he would leave the room for this item.'].join('\n'),
    );
    expect(r.declarations.map(({ member, item, subject, nature, withdrew }) => ({ member, item, subject, nature, withdrew }))).toEqual([
      { member: 'Mr K Lomax', item: '10', subject: 'the Minerals Plan (item 10)', nature: 'disclosable-pecuniary', withdrew: true },
    ]);
  });

  test('a flattened table: each person keeps a name of their own, and the body they come from is not a role', () => {
    const { attendance } = detailed([
      'Minutes of the Police and Crime Panel held on 25 October 2012',
      '',
      'Also Present: J Orr, Westshire Police Authority G Pike, Eastvale Borough Council M J Quinn, Eastvale Borough Council',
      '',
      '1. Minutes',
      '',
      'Agreed.',
    ]);
    expect(attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['J Orr', 'in-attendance', null],
      ['G Pike', 'in-attendance', null],
      ['M J Quinn', 'in-attendance', null],
    ]);
  });

  test('"Held at <venue> at <time> on <date>" under the council\'s meeting line', () => {
    const r = parseMinutesText(
      ['Northvale Parish Council Extra Ordinary meeting.', 'Held at Northvale Memorial Hall at 19:45 on 21st March 2018', 'Councillors A. Pryce, B. Quill.', 'Item 1 To agree the minutes', 'It was RESOLVED to accept the minutes of the meeting on 8th January 2018 as a correct record.'].join('\n'),
    );
    expect([r.council, r.committee, r.date, r.startTime, r.venue]).toEqual(['Northvale Parish Council', 'Northvale Parish Council', '2018-03-21', '19:45', 'Northvale Memorial Hall']);
  });
});
