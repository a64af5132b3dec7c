/**
 * Issue 15, round 33: shapes seen on the opened two thirds of set 37 (its sealed third unopened), written here with
 * made-up councils and people: a bare agreement carries the proposal before it; minute numbers with the committee's
 * letters after the year; a Welsh page headed "Cofnodion cyfarfod o … gynhaliwyd", and its declaration in Welsh.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDecision } from '../../../main/minutes/classify';
import { findDeclarations } from '../../../main/minutes/declarations';
import { runningMinuteNumbers } from '../../../main/minutes/running-minute-numbers';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;
const HEAD = 'MINUTES OF THE MEETING OF THE GREENS COMMITTEE HELD ON TUESDAY 13 JUNE 2017 AT 7PM IN THE COUNCIL CHAMBER';
/** A parish group's heading and register, as the pages of set 37 printed them. */
const GROUP_HEAD = ['Westby Group Parish Council', 'Meeting Held on Thursday 15th November 2018', '', 'Present: Ann Reid (AR); Tom Bell (TB)', ''];

describe('"IT WAS AGREED." after a proposal: the proposal is what was decided', () => {
  test('"Cllr A PROPOSED B remains Chairman; Cllr C seconded. There were no other nominations. IT WAS AGREED."', () => {
    const m = parse([HEAD, '', '1. ELECTION OF CHAIRMAN', '', 'Cllr Amos PROPOSED Cllr Birch remains Chairman for the ensuing year; Cllr Crane seconded. There were no other nominations. IT WAS AGREED.'].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['Cllr Birch remains Chairman for the ensuing year.']);
    // The passage is the proposal and the agreement, so the member can see both.
    expect(m.decisions[0]?.passage).toContain('IT WAS AGREED.');
    expect(m.decisions[0]?.passage).toContain('PROPOSED Cllr Birch');
  });

  test('a suggestion two sentences before "It was agreed by all present." is carried; the sentence between is not', () => {
    const m = parse([HEAD, '', '2. Matters Arising', '', 'Cllr Dale suggested that the hedge survey be repeated each spring. Cllr Dale explained that volunteers would help. It was agreed by all present.'].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['That the hedge survey be repeated each spring.']);
  });

  test('a proposal read already ("It was proposed by … that …") is not read twice for its agreement', () => {
    const m = parse([HEAD, '', '3. Public Forum', '', 'Two residents asked for a grant. It was proposed by Cllr Dale that a grant of £200 be given. It was agreed by all present.'].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['That a grant of £200 be given.']);
  });

  test('an agreement with no proposal before it stays as it was, a decision of its own', () => {
    const m = parse([HEAD, '', '4. Benches', '', 'The state of the benches was discussed at length. It was agreed.'].join('\n'));
    expect(m.decisions.map((d) => d.text)).toEqual(['It was agreed.']);
  });
});

describe('minute numbers with the committee’s letters after the year: "04/20/F&R"', () => {
  test('each heading is an item with its number as printed, and its decisions are filed under it', () => {
    const m = parse(
      [
        'Minutes of the meeting held on 13th January 2020 at 7pm in the Council Chamber, The Old Mill, Westbury.',
        'Present: Cllr Ann Reid (Chairman), Cllr Tom Bell, Cllr Sue Hale.',
        '01/20/P&R Apologies',
        'No apologies were received.',
        '02/20/P&R Declarations of Interest in items on this agenda & dispensations granted',
        'There were no declarations made.',
        '03/20/P&R Approval of Minutes',
        'The minutes of the meeting held on 25th November 2019 were approved and signed by the Chairman as a correct record.',
        '04/20/P&R Benches',
        'It was resolved to buy two benches.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['01/20/P&R', 'Apologies'],
      ['02/20/P&R', 'Declarations of Interest in items on this agenda & dispensations granted'],
      ['03/20/P&R', 'Approval of Minutes'],
      ['04/20/P&R', 'Benches'],
    ]);
    expect(m.decisions.map((d) => [d.item, d.text])).toEqual([
      ['03/20/P&R', 'The minutes of the meeting held on 25th November 2019 were approved and signed by the Chairman as a correct record.'],
      ['04/20/P&R', 'To buy two benches.'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
  });
});

describe('a Welsh community council’s minutes, run onto one line', () => {
  const WELSH = [
    'Cofnodion cyfarfod o Gyngor Cymuned gynhaliwyd nos Lun, Mawrth y 9fed 2020 yn Neuadd y Pentref',
    '',
    '1)Ymddiheuriadau a datgan diddordeb : Datganodd y Cyng Elin Prys ddiddordeb yng nghais cynllunio C20/0001 2)Cyhoeddiadau’r Cadeirydd : Nid oedd gan y Cadeirydd gyhoeddiadau 3)Llofnodi cofnodion : Derbyniwyd y cofnodion fel rhai cywir.',
  ].join('\n');

  test('is read as minutes, not refused as an information page', () => {
    expect(parseMinutesDetailed('page.txt', WELSH).minutes.document).toBe('minutes');
  });

  test('its declaration in Welsh, not read, is never reported as "no declarations recorded"', () => {
    const m = parse(WELSH);
    expect(m.declarations.length > 0 ? 'declared' : m.declarationsState).not.toBe('absent');
    expect(m.declarationsState).not.toBe('none-declared');
  });
});

describe('a declarations heading long enough to be kept as agenda wording is still the declarations item', () => {
  test('"4. To receive any declarations of interest in accordance with … Interests.": a declaration under it names no item', () => {
    const m = parse(
      [
        'Minutes of the meeting of Westby Town Council held on Wednesday 4 November 2020 at 7pm.',
        '',
        '1. Opening remarks',
        '',
        'The Mayor opened the meeting.',
        '',
        '2. Apologies',
        '',
        'Apologies were received from Cllr Dee.',
        '',
        '3. Public Participation',
        '',
        'Queries were raised regarding the bank.',
        '',
        '4. To receive any declarations of interest in accordance with the requirements of the Localism Act 2011 and to consider any applications for dispensations in relation to Disclosable Pecuniary Interests.',
        '',
        'Councillor Bunce declared a pecuniary interest in payment TP 34.',
        '',
        '5. Finance',
        '',
        'Payments were approved.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    // Declared in the declarations item about a payment, not about item 4 itself.
    expect(m.declarations.map((d) => [d.member, d.item, d.nature])).toEqual([['Bunce', null, 'disclosable-pecuniary']]);
    expect(m.declarationsState).toBe('declared');
  });
});

describe('declarations in the shapes of set 37’s pages', () => {
  const read = (text: string) => findDeclarations(text, '4', true, { meetingDate: '2017-06-13' }).map((d) => [d.member, d.subject, d.nature]);

  test('"The following declared non-pecuniary interests as …: A; B; C." names each member, for each interest', () => {
    expect(
      read('The following declared non-pecuniary interests as members of the committee of Eastby Village Hall: Jane Bell; Peter Low; Dan Mack. The following declared non-pecuniary interests as friends of Butts Field: Jane Bell; Peter Low.'),
    ).toEqual([
      ['Jane Bell', 'members of the committee of Eastby Village Hall', 'non-pecuniary'],
      ['Peter Low', 'members of the committee of Eastby Village Hall', 'non-pecuniary'],
      ['Dan Mack', 'members of the committee of Eastby Village Hall', 'non-pecuniary'],
      ['Jane Bell', 'friends of Butts Field', 'non-pecuniary'],
      ['Peter Low', 'friends of Butts Field', 'non-pecuniary'],
    ]);
  });

  test('a heading whose colon lost its space ("AGENDA:Cllr Bush and Cllr Worth declared …"): both members', () => {
    expect(read('DECLARATIONS OF INTEREST RELATING TO ITEMS ON THE AGENDA:Cllr Bush and Cllr Worth declared an interest – they are both allotment tenants.').map((d) => d[0])).toEqual(['Bush', 'Worth']);
  });

  test('"… as payee andCllr Hart in regard to allotments": a member whose title lost the space before it', () => {
    expect(read('Declarations of interest were made by Cllr Amos as a member of the Hall Committee, Cllr Byng on cheque No 300 as payee andCllr Hart in regard to allotments.').map((d) => d[0])).toEqual(['Amos', 'Byng', 'Hart']);
  });
});

describe('minute numbers and titles in the shapes of set 37’s pages', () => {
  test('"10/PF" alone on its line over its title (a committee’s letters after the minute’s count): items in sequence', () => {
    const m = parse(
      [
        'Performance and Finance Scrutiny Committee - Wednesday, 9th September, 2020 7.00 pm',
        '',
        '10/PF',
        '',
        'Apologies for Absence',
        '',
        'Minutes:',
        '',
        'There were no apologies.',
        '',
        '11/PF',
        '',
        'Minutes of Previous Meeting',
        '',
        'Minutes:',
        '',
        'RESOLVED that the minutes of the meeting held on 1st July 2020 be approved as a correct record.',
        '',
        '12/PF',
        '',
        'Complaints Monitoring',
        '',
        'Minutes:',
        '',
        'RESOLVED that the report be noted.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['10/PF', 'Apologies for Absence'],
      ['11/PF', 'Minutes of Previous Meeting'],
      ['12/PF', 'Complaints Monitoring'],
    ]);
    expect(m.decisions.map((d) => d.item)).toEqual(['11/PF', '12/PF']);
  });

  test('"Major The Hon. R.E.S. Barrow" and "Col. Miller": a title’s full stop does not end the resolution', () => {
    const m = parse(
      [
        'MINUTES OF THE MEETING OF THE CONSERVATORS OF WESTBY COMMON HELD ON WEDNESDAY 22 FEBRUARY 1933',
        '',
        '2. ELECTION OF VICE-CHAIRMAN. It was proposed by Mr. Owen seconded by Col. Miller and unanimously Resolved that Major The Hon. R.E.S. Barrow be re-elected Vice-Chairman for the ensuing year.',
        '',
        '3. ACCOUNTS. The accounts were received.',
      ].join('\n'),
    );
    expect(m.decisions[0]?.text).toBe('That Major The Hon. R.E.S. Barrow be re-elected Vice-Chairman for the ensuing year.');
  });
});

describe('the meeting’s own business is procedural, not an action with no owner', () => {
  test.each([
    ['Cllr Hill remains Chairman for the ensuing year.'],
    ['Cllr McGinn remains Vice Chairman for the ensuing year.'],
    ['Acceptance of the Minutes of the Meeting held on 11th April, 2017.'],
    ['To grant a dispensation for a period of four years to Stephen Brook for items relating to the playing field.'],
    ['That the dispensations requested by members be granted until the next election.'],
  ])('%s', (text) => {
    expect(classifyDecision(text)).toBe('procedural');
  });

  test('a task stays one: "The Clerk to write to the landowner …" is an action', () => {
    expect(classifyDecision('The Clerk to write to the landowner about the hedge.')).toBe('action');
  });
});

test('"1. To accept Apologies for absence –" over the names: a heading whose dash leads into the next line', () => {
  const m = parse(
    [
      ...GROUP_HEAD,
      '1. To accept Apologies for absence –',
      'Sue Hale; Dan Mack',
      '2. To receive Declaration of Interests.',
      'None reported',
      '3. Report from Ward Councillor',
      'Cllr Greenow had rung in.',
      '4. Acceptance of minutes',
      'They were accepted as a true record.',
    ].join('\n'),
  );
  expect(m.items.map((i) => [i.number, i.title])).toEqual([
    ['1', 'To accept Apologies for absence'],
    ['2', 'To receive Declaration of Interests'],
    ['3', 'Report from Ward Councillor'],
    ['4', 'Acceptance of minutes'],
  ]);
});

describe('attendance entries with more than the name in them', () => {
  const attendance = (lines: string[]) =>
    parseMinutesDetailed('page.txt', ['MINUTES OF THE WESTBY PARISH COUNCIL MEETING', 'Monday 8 September 2025', ...lines, '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes were approved as a correct record.'].join('\n')).attendance.map(
      (a) => [a.name, a.status, a.role],
    );

  test('"Cllr Kendrick LCC": the other council’s letters are the seat, not part of the name', () => {
    expect(attendance(['Present: Cllrs Drury (Chair), Unwin, Hayes', 'Cllr Kendrick LCC'])).toContainEqual(['Kendrick', 'present', 'LCC']);
  });

  test('"PSCO Mann" (the rank mistyped) and "Dr F Williams Norwich City Council": the name alone', () => {
    const read = attendance(['Present: Cllrs Drury (Chair), Unwin, Hayes', 'In attendance: PSCO Mann; Dr F Williams Norwich City Council'])
      .filter((a) => a[1] === 'in-attendance')
      .map((a) => a[0]);
    expect(read).toEqual(['Mann', 'Dr F Williams']);
  });
});

test('an apologies item listing "Sue Hale; Dan Mack (DM); Ward Cllr Dave Green": each is an apology', () => {
  const m = parse(
    [...GROUP_HEAD, '1. To accept Apologies for absence', 'Sue Hale; Dan Mack (DM); Ward Cllr Dave Green', '2. Minutes', 'They were accepted as a true record.'].join('\n'),
  );
  expect(m.apologies).toEqual(['Sue Hale', 'Dan Mack', 'Dave Green']);
});

test('a joint board’s members under "Representing The Highland Council:", one joined "(by vc)": present, no role', () => {
  const read = parseMinutesDetailed(
    'page.txt',
    [
      'Minutes of Meeting of the Westby Valuation Joint Board held in Council Headquarters, Westby on Friday 22 November, 2019 at 10.30 a.m.',
      'Representing Westby Council:',
      'Mr L Fraser;Mr J Gray;Mrs P Munro',
      'Representing Eastby Council:',
      'Mr J Mackay (by vc); Mr A MacLeod',
      'In attendance:',
      'Ms L Denovan, Treasurer',
      '1. Apologies',
      'Apologies for absence were intimated on behalf of Mr A Graham.',
    ].join('\n'),
  ).attendance.map((a) => [a.name, a.status, a.role]);
  expect(read).toEqual([
    ['Mr L Fraser', 'present', null],
    ['Mr J Gray', 'present', null],
    ['Mrs P Munro', 'present', null],
    ['Mr J Mackay', 'present', null],
    ['Mr A MacLeod', 'present', null],
    ['Ms L Denovan', 'in-attendance', 'Treasurer'],
    ['Mr A Graham', 'apologies', null],
  ]);
});

test('a declarations item that says "None reported", with the next heading’s report run into it, declares no one', () => {
  const m = parse(
    [
      ...GROUP_HEAD,
      '1. To accept Apologies for absence',
      'Sue Hale; Dan Mack',
      '2. To receive Declaration of Interests.',
      'None reported',
      '3.1 Report from Ward Councillor',
      'Cllr Greene had rung in and sent his apologies along with the following comment that he had talked to the shop owner about his application for a shed, and he was minded to support this application.',
      '4. Acceptance of minutes',
      'They were accepted as a true record.',
    ].join('\n'),
  );
  expect(m.declarations).toEqual([]);
  expect(m.declarationsState).toBe('none-declared');
});

test('"There were no requests for dispensations or declarations of pecuniary interest." says none were declared', () => {
  const m = parse([HEAD, '', '1. Apologies', '', 'There were no apologies.', '', '2. Requests for Dispensations and Declarations of Interest', '', 'There were no requests for dispensations or declarations of pecuniary interest.', '', '3. Minutes', '', 'The minutes were approved as a correct record.'].join('\n'));
  expect(m.declarationsState).toBe('none-declared');
});

describe('minutes numbered in a running sequence under the agenda’s own headings', () => {
  test('"1. Apologies for absence: To receive …" over "202. None received, Clerk to email …": each minute an item, titled by its heading', () => {
    const m = parse(
      [
        'Minutes of the meeting of Eastby Parish Council, held in the Village Hall on Monday 18th November 2024.',
        'Present: Chair J Ash, Cllr L Green, Cllr D Dodd.',
        'Chairman’s opening remarks',
        '200. Good evening to all.',
        'Comments, questions and queries from press and public.',
        '201. None',
        '1. Apologies for absence: To receive and accept apologies where valid reasons have been given',
        '202. None received. Clerk to email Cllr Robins with the dates of next year’s meetings.',
        '2. To approve Minutes of last Council Meeting (16th September 2024)',
        '203. The previously circulated minutes were approved as a true record.',
        '3.1 To consider reconditioning the notice board.',
        '204. It was agreed that the removal of the notice board would be the best course of action.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['200', 'Chairman’s opening remarks'],
      ['201', 'Comments, questions and queries from press and public'],
      ['202', 'Apologies for absence'],
      ['203', 'To approve Minutes of last Council Meeting (16th September 2024)'],
      ['204', 'To consider reconditioning the notice board'],
    ]);
    expect(m.decisions.find((d) => /notice board/.test(d.text))?.item).toBe('204');
    // The minute under a long heading stays the minute: the clerk's task is read under its item.
    expect(m.decisions.find((d) => /^Clerk to email/.test(d.text))).toMatchObject({ item: '202', kind: 'action', owner: 'Clerk' });
  });

  test('"1. Chairperson’s welcome: 047/25: The Chairman welcomed …": the minute’s number heads the item', () => {
    const m = parse(
      [
        'MINUTES OF THE WESTBY PARISH COUNCIL MEETING',
        'Monday 8 September 2025',
        'Present; Cllrs Drury (Chair), Unwin, Hayes',
        '1. Chairperson’s welcome: 047/25: The Chairman welcomed everyone to the meeting.',
        '2. Apologies and reasons for absence: 048/25: None',
        '3. Declarations of interest in agenda items: 049/25: None',
        '4. Finance: 050/25: The Clerk had circulated the reconciliation prior to the meeting',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['047/25', 'Chairperson’s welcome'],
      ['048/25', 'Apologies and reasons for absence'],
      ['049/25', 'Declarations of interest in agenda items'],
      ['050/25', 'Finance'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
  });

  test('numbers that do not run on, or have no heading above them, leave the text exactly as it was', () => {
    const text = ['Minutes of the meeting', '', '12. Apologies', 'None.', '', 'Finance', '200. Payments of £200 were approved.', 'Planning', '350. No comments.', '', '13. Close'].join('\n');
    expect(runningMinuteNumbers(text)).toBe(text);
    const unheaded = ['Minutes', '200. Payments were approved.', '201. No comments.', '202. The meeting closed.'].join('\n');
    expect(runningMinuteNumbers(unheaded)).toBe(unheaded);
    // Numbered headings, each over its minute: the numbers are the headings', not minutes under other headings.
    const titled = Array.from({ length: 12 }, (_, k) => `${k + 1}. Title ${k + 1}\nThe committee considered matter ${k + 1} and noted the report.`).join('\n');
    expect(runningMinuteNumbers(titled)).toBe(titled);
  });
});
