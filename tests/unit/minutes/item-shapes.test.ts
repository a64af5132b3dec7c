import { parseMinutesText } from '../../../main/minutes';

/** Shapes of minute numbering and headings in UK minutes, written for these tests with invented names. */
const page = (...lines: string[]) => parseMinutesText(lines.join('\n\n'));
const HEAD = ['HOLTBY DISTRICT COUNCIL', 'Minutes of the meeting of the Cabinet held on Tuesday 7 March 2023 at 6.00 pm in the Council Chamber', 'Present: Councillors A Able (Leader) and B Baker'];
const numbersAndTitles = (r: ReturnType<typeof parseMinutesText>) => r.items.map((i) => [i.number, i.title]);

describe('minute numbers', () => {
  test('"C 10/034": the year first, then the count', () => {
    const r = page(...HEAD, 'C 10/034 APOLOGIES', 'Apologies were received from Councillor D Dean.', 'C 10/035 DECLARATIONS OF INTEREST', 'None.', 'C 10/036 PLANNING APPLICATIONS', 'The committee considered the applications.');
    expect(r.items.map((i) => i.number)).toEqual(['C 10/034', 'C 10/035', 'C 10/036']);
  });

  test('"233  TITLE – text": the heading in capitals, its text kept in the minutes', () => {
    const r = page(
      ...HEAD,
      '233  APOLOGIES FOR ABSENCE – Apologies were received from Councillor C Cole.',
      '234  LEISURE CENTRE CONTRACT – The Cabinet considered a report on the leisure contract.',
      'RESOLVED that the contract be awarded.',
      '235  ANY OTHER BUSINESS – There was none.',
    );
    expect(numbersAndTitles(r)).toEqual([['233', 'APOLOGIES FOR ABSENCE'], ['234', 'LEISURE CENTRE CONTRACT'], ['235', 'ANY OTHER BUSINESS']]);
    expect(r.items[1]?.minutesText).toContain('The Cabinet considered a report on the leisure contract.');
  });

  test('parish minutes: "46. Apologies: …" and "48. Minutes of … were approved and signed."', () => {
    const r = page(
      'Thursday 10th January 2019 7.30 pm - Held at the Village Hall',
      '46. Apologies: Cllrs Sue Ash, Paul Birch.',
      '47. Public Session: The following matters were raised:',
      '- A resident asked about the bus shelter.',
      '48. Minutes of Meeting on Thursday 4th October 2018 were approved and signed.',
      '49. Village Skip: The skip will be booked for April.',
    );
    expect(numbersAndTitles(r)).toEqual([
      ['46', 'Apologies'],
      ['47', 'Public Session'],
      ['48', 'Minutes of Meeting on Thursday 4th October 2018'],
      ['49', 'Village Skip'],
    ]);
    expect(r.items[2]?.minutesText).toContain('were approved and signed');
  });

  test('"3. The Chair said: …" is a sentence, not a heading', () => {
    const r = page(...HEAD, '1. Apologies', 'None.', '2. Budget', 'The report was presented.', '3. The Chair said: the meeting would now close.');
    expect(r.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  test('an agenda printed above the minutes is not the items', () => {
    const jump = page(
      'Agenda and Meeting Minutes',
      '1. Apologies',
      '2. Minutes of the last meeting',
      '3. Village notice board',
      '4. Finances',
      'Agenda prepared by the Clerk',
      '45. Apologies: Cllr A Ash.',
      '46. Village Notice Board: A second board will be bought.',
      '47. Finances: The accounts were noted.',
    );
    expect(jump.items.map((i) => i.number)).toEqual(['45', '46', '47']);
    const again = page('AGENDA', '1. Apologies', '2. Minutes', '3. Planning', 'MINUTES', '1. Apologies', 'Apologies were received from Cllr B Birch.', '2. Minutes', 'The minutes were approved.', '3. Planning', 'No applications had been received.');
    expect(again.items.map((i) => [i.number, i.minutesText !== ''])).toEqual([['1', true], ['2', true], ['3', true]]);
  });

  test('a heading too plain to stand alone is taken when the next number follows it', () => {
    const r = page(...HEAD, '612 Have Your Say!', 'Nobody wished to speak.', '613 Minutes of the Previous Meeting', 'RESOLVED that the minutes be confirmed.');
    expect(numbersAndTitles(r)).toEqual([['612', 'Have Your Say!'], ['613', 'Minutes of the Previous Meeting']]);
  });

  test('"1.1 It was resolved …" paragraphs inside item 1 are not items', () => {
    const r = page(...HEAD, '1. Playing field', '1.1 Swing repairs', 'The Clerk reported on the swings.', '1.2 Quotes', 'It was resolved to accept the quote.', '2. Correspondence', 'The Clerk read the correspondence.');
    expect(r.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  test('"(Agenda Item 4)" after the minute number is not part of the title', () => {
    const r = page(...HEAD, '45. (Agenda Item 1) Apologies for Absence', 'None.', '46. (Agenda Item 4) Internal Audit Plan', 'The plan was noted.');
    expect(numbersAndTitles(r)).toEqual([['45', 'Apologies for Absence'], ['46', 'Internal Audit Plan']]);
  });

  test('a zero-padded minute number at the top of a PDF page is not a page number', () => {
    const text = [...HEAD, '0654', 'APOLOGIES', 'Apologies were received from Cllr D Dean.', '0655', 'DECLARATIONS OF INTEREST', 'None.', '1'].join('\n\n') +
      '\f0656\nPLAYING FIELD\nThe Clerk reported on the new swings.\n\n0657\nCORRESPONDENCE\nThe Clerk read the correspondence.\n\n2\n';
    expect(parseMinutesText(text).items.map((i) => i.number)).toEqual(['0654', '0655', '0656', '0657']);
  });

  test('a page that ends inside the last heading: that item is cut off', () => {
    const r = page(...HEAD, 'C055/23 8. TO RECEIVE THE MINUTES OF THE ALLOTMENT COMMITTEE HELD ON 20 SEPTEMBER 2023', 'Members received and noted the minutes.', 'C056/23 9. TO RECEIVE THE MINUTES OF THE STAFFING COMMITTEE HELD ON 1 N');
    expect(r.items.map((i) => [i.number, i.truncated])).toEqual([['C055/23', false], ['C056/23', true]]);
    const whole = page(...HEAD, '1. Apologies', 'None.', '2. Date of Next Meeting');
    expect(whole.items.map((i) => i.truncated)).toEqual([false, false]);
  });

  test('an issue page: each meeting that took the item has its own number', () => {
    const r = page(
      'Issue - meetings',
      'Housing Strategy',
      'Meeting: 08/07/2024 - Housing Committee (Item 82)',
      '82 Housing Strategy pdf icon PDF 226 KB',
      'Minutes:',
      'The Committee agreed the strategy.',
      'Meeting: 03/06/2024 - Housing Committee (Item 62)',
      '62 Housing Strategy pdf icon PDF 212 KB',
      'Minutes:',
      'The Committee deferred the item.',
    );
    expect(r.items.map((i) => i.number)).toEqual(['82', '62']);
  });
});

describe('headings', () => {
  test('"PART 1 – ITEMS CONSIDERED IN PUBLIC" is a section, not an item', () => {
    const r = page(
      'ASHBY VALE COUNCIL',
      'MINUTES of the meeting of the Licensing Committee held on 9 March 2023 at 10.00 am',
      'PRESENT: Councillors A Able (Chair), B Baker',
      'PART 1 – ITEMS CONSIDERED IN PUBLIC',
      'APOLOGIES FOR ABSENCE',
      'Apologies were received from Councillor C Cole.',
      'DECLARATIONS OF INTEREST',
      'There were none.',
      'TAXI LICENSING POLICY',
      'RESOLVED that the policy be adopted.',
    );
    expect(r.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'TAXI LICENSING POLICY']);
  });

  test('a numbered heading that reads complete keeps its line (the Gaelic line under it is not part of the title)', () => {
    const r = parseMinutesText(
      [
        'Minutes of Meeting of the Northvale Council held in the Council Chamber, Northvale on Thursday, 1 June 2023 at 10.30am.',
        '1. Calling of the Roll and Apologies for Absence',
        'A’ Gairm a’ Chlàir agus Leisgeulan',
        'Apologies for absence were intimated on behalf of Mr A Bain and Mrs C Dunn.',
        '2. Declarations of Interest',
        'Foillseachaidhean Com-pàirt',
        'There were no declarations of interest.',
        '3. Budget Monitoring',
        'Buidseat',
        'The Council noted the report.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Calling of the Roll and Apologies for Absence', 'Declarations of Interest', 'Budget Monitoring']);
  });

  test('lines wrapped without blank lines: a numbered heading keeps its line, a numbered paragraph at full width runs on', () => {
    const r = parseMinutesText(
      [
        'Minutes of the meeting of the Audit Committee held on Tuesday 5 March 2024 at 2.00 pm in Room 4',
        '1. Apologies',
        'Apologies for absence were received from Councillors Ash, Birch and Cedar and the Clerk.',
        '2. Treasury Management',
        '2.1 The Director of Finance presented the treasury report on investments this year',
        'Members asked about the return on deposits held with other local authorities.',
        '2.2 The Committee noted the report and thanked the Director for the clear summary.',
        '3. Date of Next Meeting',
        'The next meeting will be held on Tuesday 4 June 2024 at 2.00 pm in Room 4 at the Hall.',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.title)).toEqual(['Apologies', 'Treasury Management', 'Date of Next Meeting']);
    expect(r.items[1]?.minutesText).toContain('investments this year Members asked about the return');
  });

  test('a heading with a full stop over "Minutes:" is a heading, and loses the stop', () => {
    const r = page('Agenda and minutes', 'Venue: Council Chamber', 'Items', 'No. Item', '1. Convener\'s Remarks.', 'Minutes:', 'The Convener welcomed the new Chief Executive.', '2. Minute', 'Minutes:', 'The Minute was approved.');
    expect(numbersAndTitles(r)).toEqual([['1', "Convener's Remarks"], ['2', 'Minute']]);
  });

  test('a copied table of items without cell breaks: "2Print 5 - Committees\' minutes"', () => {
    const r = page(
      'Anyburgh City Council Agenda - 11 December 2003, 13:30',
      'Number Item',
      '1Minutes of Council meeting of 30th October 2003.',
      '2Changes to committees',
      '(a)Planning Committee - add Jo Bloggs; and',
      '(b)Licensing Committee - remove Sam Smith.',
      '3Representation on outside bodies:- (a)River Trust - appoint Ann Other;',
      '4Notices of Motion to Council',
    );
    expect(numbersAndTitles(r)).toEqual([
      ['1', 'Minutes of Council meeting of 30th October 2003'],
      ['2', 'Changes to committees'],
      ['3', 'Representation on outside bodies'],
      ['4', 'Notices of Motion to Council'],
    ]);
  });

  test('an agenda-item page whose title ran into the "Agenda item" line', () => {
    const r = page(
      'You are here - Home : Council and Democracy : Agenda item',
      'Agenda item Declarations of substitutes and interests',
      'The Chair of the Board will formally ask if anyone is attending to represent another member.',
      '12.1 The Chair noted that the following were attending the meeting as substitutes: Ms A Bee for Dr Cee.',
      '12.2 RESOLVED: That the press and public be not excluded from the meeting.',
    );
    expect(r.items.map((i) => i.title)).toEqual(['Declarations of substitutes and interests']);
  });
});
