/**
 * Issue 15: a ModernGov "Agenda and minutes" page copied as text from below its table's head, each item's row
 * flattened into one line ("Title [agenda text] Minutes: minute text"), and attendance printed without its
 * label or its separators. Made-up councils, people and text in the shapes met on unseen councils.
 */
import { parseMinutesDetailed, parseMinutesText } from '../../../main/minutes';

const detailed = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n'));
const triples = (lines: string[]) => detailed(lines).attendance.map((a) => [a.name, a.status, a.role]);

describe('ModernGov rows flattened without the table head', () => {
  const page = [
    'Agenda and minutes',
    'Cabinet - Tuesday, 14th September, 2021 6.30 pm',
    'Venue: Council Chamber, Civic Centre, Northvale',
    'Contact: Pat Quill',
    'Before the business began, the Leader welcomed Councillor D Fenn to the meeting.',
    'Apologies for Absence Minutes: Apologies for absence were received from Councillor Mary Oakes.',
    'Declaration of Interests Under the Code of Conduct members are reminded that in declaring interests you should make clear the nature of that interest. Minutes: Councillor Ann Lee declared a personal interest in item 6 as her husband works for the Northvale Leisure Trust.',
    'Questions from the Public Minutes: No questions were received.',
    'To confirm the minutes of the meeting held on 3 August 2021 Minutes: Consideration was given to the minutes of the meeting held on 3 August 2021.',
    'It was moved by Councillor B Stone, seconded by Councillor C Moss and',
    'The minutes of the meeting held on 3 August 2021 be confirmed as a correct record.',
    'Reason for decision: To comply with the Constitution.',
    'Annual Report of the Audit Committee Report of the Head of Finance Presented by the Leader Additional documents:',
    'Minutes: Councillor B Stone presented the report.',
    'It was moved by Councillor B Stone, seconded by Councillor C Moss and',
    'The annual report be noted.',
    'Leisure Centre Contract Report of the Strategic Director Minutes: The Strategic Director introduced the report. Members asked about the length of the contract.',
    'RESOLVED that the contract be awarded to the preferred bidder.',
  ];

  test('each row is an unnumbered item titled by the text before its agenda wording; the welcome is no item', () => {
    const r = parseMinutesText(page.join('\n'));
    expect(r.items.map((it) => [it.number, it.title])).toEqual([
      [null, 'Apologies for Absence'],
      [null, 'Declaration of Interests'],
      [null, 'Questions from the Public'],
      [null, 'To confirm the minutes of the meeting held on 3 August 2021'],
      [null, 'Annual Report of the Audit Committee'],
      [null, 'Leisure Centre Contract'],
    ]);
    const decl = r.items[1];
    expect(decl?.agendaText).toMatch(/^Under the Code of Conduct/);
    expect(decl?.minutesText).toMatch(/^Councillor Ann Lee declared/);
    expect(r.items[4]?.agendaText).toBe('Report of the Head of Finance Presented by the Leader');
    expect(r.items[4]?.minutesText).toMatch(/^Councillor B Stone presented the report\./);
  });

  test('the heading under "Agenda and minutes" names the committee and the date; apologies, declarations and decisions come from the rows', () => {
    const r = parseMinutesText(page.join('\n'));
    expect([r.committee, r.date]).toEqual(['Cabinet', '2021-09-14']);
    expect(r.apologies).toEqual(['Mary Oakes']);
    expect(r.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([['Ann Lee', '6', 'personal']]);
    expect(r.decisions.map((d) => [d.kind, d.text])).toEqual([
      ['procedural', 'The minutes of the meeting held on 3 August 2021 be confirmed as a correct record.'],
      ['noted', 'The annual report be noted.'],
      ['action', 'That the contract be awarded to the preferred bidder.'],
    ]);
  });

  test('"No interests were declared" in the declarations row is read as none declared', () => {
    const r = parseMinutesText(
      [
        'Apologies for Absence Minutes: Apologies for absence were received from Councillor Mary Oakes.',
        'Declaration of Interests Members are reminded to declare any interest. Minutes: No interests were declared.',
        'Public Question and Answer Session Minutes: No questions were received.',
      ].join('\n'),
    );
    expect(r.items.map((it) => it.title)).toEqual(['Apologies for Absence', 'Declaration of Interests', 'Public Question and Answer Session']);
    expect(r.declarationsState).toBe('none-declared');
  });

  test('a printed number before a row is its number', () => {
    const r = parseMinutesText(
      [
        '12. Apologies for Absence Minutes: Apologies were received from Councillor Mary Oakes.',
        '13. Minutes of the Previous Meeting Minutes: The minutes were approved as a correct record.',
        '14. Housing Allocations Policy Report of the Director of Housing Minutes: The Director presented the report.',
      ].join('\n'),
    );
    expect(r.items.map((it) => [it.number, it.title])).toEqual([
      ['12', 'Apologies for Absence'],
      ['13', 'Minutes of the Previous Meeting'],
      ['14', 'Housing Allocations Policy'],
    ]);
  });

  test('"Public 10 Minutes:" and "the draft Minutes:" in numbered parish minutes are prose, not rows', () => {
    const r = parseMinutesText(
      [
        'Northvale Parish Council',
        'Minutes of the meeting held on 12 March 2019 at 7.30pm in the Village Hall',
        '45. Apologies',
        'Cllr E Fox sent apologies.',
        '46. Public 10 Minutes: The following matters were raised about the footpath.',
        '47. Minutes of the last meeting',
        'The minutes were agreed and signed.',
        '48. Planning',
        'The council reviewed two applications. The Clerk will circulate the draft Minutes: comments to her by Friday.',
      ].join('\n'),
    );
    expect(r.items.map((it) => it.number)).toEqual(['45', '46', '47', '48']);
    expect(r.items[2]?.title).toBe('Minutes of the last meeting');
  });

  test('one line with "Minutes:" is not enough to read the page as rows', () => {
    const r = parseMinutesText(
      [
        'Minutes of the Meeting of the Northvale Planning Committee held on 4 April 2022',
        '1. Apologies',
        'None.',
        '2. Land at Mill Lane Minutes: The application was deferred.',
        '3. Date of Next Meeting',
        'The next meeting will be on 2 May 2022.',
      ].join('\n'),
    );
    expect(r.items.map((it) => it.number)).toEqual(['1', '2', '3']);
  });
});

describe('attendance without a label or without separators', () => {
  const head = ['Minutes of the Meeting of Northvale Parish Council held on 12 March 2019', ''];

  test('names in full, each with its own initials, at the top of parish minutes are the members present', () => {
    expect(triples([...head, 'Jane Rook (JR), Amir Shah (AS), Lee Dunn-Hart (LDH), Ann Lee (AL)', '', '1. Apologies', '', 'Apologies were received from Tess Bray.'])).toEqual([
      ['Jane Rook', 'present', null],
      ['Amir Shah', 'present', null],
      ['Lee Dunn-Hart', 'present', null],
      ['Ann Lee', 'present', null],
      ['Tess Bray', 'apologies', null],
    ]);
  });

  test('brackets that are not the names\' initials, or a list of places, are not attendance', () => {
    expect(triples([...head, 'Jane Rook (Chair), Amir Shah (AS), Lee Dunn (LD)', '', '1. Minutes', '', 'Agreed.'])).toEqual([]);
    expect(triples([...head, 'Upper Vale (UV), Lower Vale (LV), Mill Green Council (MGC)', '', '1. Minutes', '', 'Agreed.'])).toEqual([]);
  });

  test('"PRESENT" with names in full and nothing between them is read in pairs, a bracket being the role', () => {
    expect(triples([...head, 'PRESENT Jane Rook Amir Shah Lee Dunn (Chair) Ann Lee', '', 'Apologies: Owen Hart Tess Bray Iris Gale', '', '1. Minutes', '', 'Agreed.'])).toEqual([
      ['Jane Rook', 'present', null],
      ['Amir Shah', 'present', null],
      ['Lee Dunn', 'present', 'Chair'],
      ['Ann Lee', 'present', null],
      ['Owen Hart', 'apologies', null],
      ['Tess Bray', 'apologies', null],
      ['Iris Gale', 'apologies', null],
    ]);
  });

  test('a heading run into the paragraph after a run-on list of names is not a name, and the minutes after it are still read', () => {
    const r = detailed([
      'NORTHVALE NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at The Glen Hall on Friday 16th May 2008 at 11.30am PRESENT Jane Rook Amir Shah Lee Dunn (Convener) In Attendance: Ann Lee Tom Reed Apologies: Owen Hart Tess Bray Welcome 1. The Convener welcomed everyone. Declarations of Interest 2. Amir Shah declared an interest in paper 1 as a director of the Vale Access Trust, and withdrew from the meeting.',
    ]);
    expect(r.attendance.map((a) => [a.name, a.status])).toEqual([
      ['Jane Rook', 'present'],
      ['Amir Shah', 'present'],
      ['Lee Dunn', 'present'],
      ['Ann Lee', 'in-attendance'],
      ['Tom Reed', 'in-attendance'],
      ['Owen Hart', 'apologies'],
      ['Tess Bray', 'apologies'],
    ]);
    expect(r.minutes.declarations.map((d) => [d.member, d.withdrew])).toEqual([['Amir Shah', true]]);
  });

  test('words that cannot be paired, or a list with separators after all, are not split into pairs', () => {
    expect(triples([...head, 'PRESENT Jane Rook Amir Shah Lee', '', '1. Minutes', '', 'Agreed.']).filter(([, s]) => s === 'present')).not.toContainEqual(['Jane Rook', 'present', null]);
    expect(triples([...head, 'Present: Jane Rook Amir Shah, Lee Dunn', '', '1. Minutes', '', 'Agreed.']).map(([n]) => n)).toContain('Lee Dunn');
    expect(triples([...head, 'Present Day Housing Needs Report', '', 'The report was noted.'])).toEqual([]);
  });
});
