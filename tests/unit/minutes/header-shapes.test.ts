import { parseMinutesText } from '../../../main/minutes';

/**
 * How a page names the meeting: the shapes of UK minutes headers (printed, ModernGov, parish), written
 * for these tests with invented councils, places and people.
 */
const page = (...lines: string[]) => parseMinutesText(lines.join('\n\n'));
const ITEMS = ['1. Apologies for absence', 'Apologies were received from Councillor Q Quill.', '2. Declarations of interest', 'There were none.'];

describe('the body that met', () => {
  test('older printed form "At a Meeting of the Council held at … on …"', () => {
    const r = page('At a Meeting of the Council held at the Civic Centre, Eastfold on Tuesday, 16th May, 2023 at 7.30 pm', 'Present: Councillors A Smith and B Jones', ...ITEMS);
    expect([r.committee, r.date, r.startTime, r.venue]).toEqual(['Council', '2023-05-16', '19:30', 'Civic Centre, Eastfold']);
  });

  test('a printed heading wrapped onto a second line', () => {
    const r = page(
      'MINUTES of the meeting of the Standards Committee held on',
      'Tuesday, 4 July 2023 at 10.00 am in the Kaleidoscope Room, Guildhall, Bathford',
      'Present: Councillors A Able (Chair) and B Baker',
      ...ITEMS,
    );
    expect([r.committee, r.date, r.startTime, r.venue]).toEqual(['Standards Committee', '2023-07-04', '10:00', 'Kaleidoscope Room, Guildhall, Bathford']);
  });

  test('"Minutes of the Highways Committee meeting held …": the word meeting is not part of the name', () => {
    const r = page('HILLMOOR PARISH COUNCIL', 'Minutes of the Highways Committee meeting held on Monday 12 June 2023 at 7pm in Storrow Village Hall', ...ITEMS);
    expect([r.council, r.committee, r.startTime, r.venue]).toEqual(['HILLMOOR PARISH COUNCIL', 'Highways Committee', '19:00', 'Storrow Village Hall']);
  });

  test('"Notes of the … meeting held …"', () => {
    const r = page('Notes of the Brookley Partnership Panel meeting held on 30 January 2014 at the Civic Suite, Brookley', ...ITEMS);
    expect([r.committee, r.date, r.venue]).toEqual(['Brookley Partnership Panel', '2014-01-30', 'Civic Suite, Brookley']);
  });

  test('a first line "Panel name – date"', () => {
    const r = page('Brookley Partnership Panel – 30 January 2014', 'Present: Councillors A Able and B Baker', ...ITEMS);
    expect([r.committee, r.date]).toEqual(['Brookley Partnership Panel', '2014-01-30']);
  });

  test('a line that is not a body\'s name before a date names no committee', () => {
    const r = page('Agenda and Meeting Minutes- 10.01.2019', 'Present: Councillors A Able and B Baker', ...ITEMS);
    expect(r.committee).toBeNull();
  });

  test('"Committee:" and "Meeting:" fields', () => {
    const a = page('Committee: Standards Committee', 'Date: Wednesday 7 June 2023', 'Time: 2.00 pm', ...ITEMS);
    expect([a.committee, a.date, a.startTime]).toEqual(['Standards Committee', '2023-06-07', '14:00']);
    const b = page('Meeting: Full Council – Thursday 16 November 2023, 4.00 pm', 'Venue: Council Chamber, Fenford Hall', ...ITEMS);
    expect([b.committee, b.date, b.startTime, b.venue]).toEqual(['Full Council', '2023-11-16', '16:00', 'Council Chamber, Fenford Hall']);
  });

  test('a decision maker is taken only when it is a body', () => {
    expect(page('Decision Maker: Transport Committee', 'Decision:', 'RESOLVED that the contract be awarded.').committee).toBe('Transport Committee');
    expect(page('Decision Maker: Cabinet Member for Housing', 'Decision:', 'RESOLVED that the contract be awarded.').committee).toBeNull();
  });

  test('the full council as the page names it: a bare "FULL COUNCIL" line under the council, the date line with its time', () => {
    const r = page('MARSHFORD DISTRICT COUNCIL', 'FULL COUNCIL', 'THURSDAY, 9 MARCH 2023 - 4.00 PM', 'PRESENT: Councillor A Brown (Chairman), Councillors C Dean and E Fox.', ...ITEMS);
    expect([r.council, r.committee, r.date, r.startTime]).toEqual(['MARSHFORD DISTRICT COUNCIL', 'FULL COUNCIL', '2023-03-09', '16:00']);
  });

  test('"COUNCIL" over "Minutes of the meeting held on …", under page furniture', () => {
    const r = page('Public Document Pack', 'COUNCIL', 'Minutes of the meeting held on Wednesday 21 February 2024 at 6.00 pm', 'Present: Councillors A Able (Mayor) and B Baker', ...ITEMS);
    expect([r.committee, r.date, r.startTime]).toEqual(['COUNCIL', '2024-02-21', '18:00']);
  });

  test('a body\'s name with a number or a part in brackets: "LICENSING ACT 2003 SUB-COMMITTEE (HEARING)"', () => {
    const r = page('LICENSING ACT 2003 SUB-COMMITTEE (HEARING)', 'Minutes of the meeting held on 4 April 2023 at 10.00 am', ...ITEMS);
    expect([r.committee, r.date]).toEqual(['LICENSING ACT 2003 SUB-COMMITTEE (HEARING)', '2023-04-04']);
  });

  test('the council and the body on one line', () => {
    const r = page('WILLOWDALE COUNCIL HEALTH AND WELLBEING BOARD', 'Minutes of the Meeting held on 03 December 2022 at 10.00 am', ...ITEMS);
    expect([r.council, r.committee]).toEqual(['WILLOWDALE COUNCIL', 'HEALTH AND WELLBEING BOARD']);
  });

  test('a council named in capitals is the council, whatever its kind', () => {
    const r = page('KESTON VALE COUNCIL', 'MINUTES OF THE MEETING OF THE TRANSPORT COMMITTEE HELD ON FRIDAY, 3 FEBRUARY 2023 AT COMMITTEE ROOM B, RIVER HOUSE, KESTON', ...ITEMS);
    expect([r.council, r.committee, r.venue]).toEqual(['KESTON VALE COUNCIL', 'TRANSPORT COMMITTEE', 'COMMITTEE ROOM B, RIVER HOUSE, KESTON']);
  });

  test('a meeting of the council itself is named by the council (both fields)', () => {
    const a = page('Minutes of Meeting of the Northvale Council held in the Council Chamber, Northvale on Thursday, 1 June 2023 at 10.30am.', ...ITEMS);
    expect([a.council, a.committee]).toEqual(['Northvale Council', 'Northvale Council']);
    const b = page('Minutes of the Annual Meeting of the Ashcombe Parish Council held in the Memorial Hall, Ashcombe on Wednesday 17 May 2023 at 7pm', ...ITEMS);
    expect([b.council, b.committee]).toEqual(['Ashcombe Parish Council', 'Ashcombe Parish Council']);
  });

  test('a meeting page headed by the council\'s name alone is the full council', () => {
    const r = page('Northvale Council', 'Agenda and minutes', 'Venue: Council Chamber, Council Headquarters', 'Items', 'No. Item', '1.', 'Convener\'s Remarks', 'Minutes:', 'The Convener welcomed everyone.');
    expect([r.council, r.committee]).toEqual(['Northvale Council', 'Northvale Council']);
  });

  test('the kind of meeting is not the body: "Budget Meeting, Council"', () => {
    const r = page('Agenda and minutes', 'Budget Meeting, Council - Tuesday, 27th February, 2024 10.30 am', 'Venue: Council Chamber - County Hall', 'Items', 'No. Item', '1.', 'Apologies', 'Minutes:', 'Apologies were received from Councillor A Able.');
    expect([r.committee, r.date, r.startTime, r.venue]).toEqual(['Council', '2024-02-27', '10:30', 'Council Chamber - County Hall']);
  });

  test('headings without a date: "Minutes of Full Council", "Planning Committee – Minutes", "EXTRAORDINARY COUNCIL MEETING"', () => {
    expect(page('Minutes of Full Council', 'Thursday 17 November 2022', ...ITEMS).committee).toBe('Full Council');
    expect(page('Planning Committee – Minutes', '12 June 2023', ...ITEMS).committee).toBe('Planning Committee');
    const r = page('EXTRAORDINARY COUNCIL MEETING', 'Date of meeting: 5 April 2023', 'Time of meeting: 7.30pm', 'Place of meeting: Main Hall, Low Street', ...ITEMS);
    expect([r.committee, r.date, r.startTime, r.venue]).toEqual(['COUNCIL', '2023-04-05', '19:30', 'Main Hall, Low Street']);
  });

  test('a bare "Cabinet" line, "Meeting of the … Committee"; a bare "Committee" names nothing', () => {
    expect(page('Cabinet', '10 January 2023', ...ITEMS).committee).toBe('Cabinet');
    expect(page('Meeting of the Overview and Scrutiny Committee', 'Tuesday 10 January 2023 at 7pm', ...ITEMS).committee).toBe('Overview and Scrutiny Committee');
    expect(page('Committee', '10 January 2023', ...ITEMS).committee).toBeNull();
  });

  test('a police and crime panel is the body that met, not a council', () => {
    const r = page('Agenda and minutes', 'Northshire Police and Crime Panel - Thursday, 21st July, 2022 6.00 pm', 'Venue: The Council Chamber, Wyvern House', 'Items', 'No. Item', '1.', 'Apologies', 'Minutes:', 'None.');
    expect([r.council, r.committee]).toEqual([null, 'Northshire Police and Crime Panel']);
  });

  test('an item about another meeting\'s minutes, further down, does not name the body', () => {
    const r = page('Agenda and minutes', 'Venue: Committee Room 1', 'Contact: Jo Bloggs', 'Items', 'No. Item', '1.', 'Minutes of Council - 12 March 2022', 'Minutes:', 'Noted.', '2.', 'Budget', 'Minutes:', 'Noted.');
    expect(r.committee).toBeNull();
  });

  test('a sentence about another meeting in the body does not start a second meeting', () => {
    const r = page(
      'Minutes of the meeting of the Audit Committee held on Tuesday 5 March 2024 at 2.00 pm',
      '1. Internal audit',
      'At a meeting of the Cabinet held on 5 February 2024, it was resolved that the audit plan be refreshed.',
      '2. Risk register',
      'The register was noted.',
    );
    expect(r.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  test('"Special Meeting of Council - Monday, …" and "Annual Meeting of the Parish Council – date" name the council\'s meeting', () => {
    const a = page('Agenda and minutes', 'Special Meeting of Council - Monday, 3rd April, 2023 7.00 pm', 'Items', 'No. Item', '1.', 'Apologies', 'Minutes:', 'None.');
    expect([a.committee, a.date, a.startTime]).toEqual(['Council', '2023-04-03', '19:00']);
    expect(page('Annual Meeting of the Parish Council – 17 May 2023', ...ITEMS).committee).toBe('Parish Council');
  });

  test('"Speaking at a Council or Committee meeting" is not a body', () => {
    const r = page('Agenda and minutes', 'Speaking at a Council or Committee meeting', 'Venue: Council Chamber - Town Hall', 'Items', 'No. Item', '31.', 'Minutes', 'Minutes:', 'The minutes were approved.');
    expect(r.committee).toBeNull();
  });
});

describe('where and when', () => {
  test('a parish header: the place and the time under the date line', () => {
    const r = page('Agenda and Meeting Minutes', 'To be held on Thursday 10th January 2019', "St Mary's Church, Church Lane - 7:30pm", '1. Apologies', '2. Village skip');
    expect([r.date, r.venue, r.startTime]).toEqual(['2019-01-10', "St Mary's Church, Church Lane", '19:30']);
  });

  test('an explanation after the venue is not the venue', () => {
    const r = page('Agenda and minutes', 'Venue: Virtually via Microsoft Teams - if you would like to attend this meeting please contact democratic services', 'Items', 'No. Item', '1.', 'Apologies', 'Minutes:', 'None.');
    expect(r.venue).toBe('Virtually via Microsoft Teams');
  });

  test('"held at PLACE on DATE at TIME": the place before the date', () => {
    const r = page('Minutes of the meeting of the Audit Committee held at Mossley House, Westingham on Tuesday 5 March 2024 at 2.00 pm', ...ITEMS);
    expect(r.venue).toBe('Mossley House, Westingham');
  });
});

describe('a first line that names the body, then the word for its minutes, then the date (round 39)', () => {
  test.each([
    ['Westshire Police and Crime Panel Draft Minutes 15 July 2016', 'Westshire Police and Crime Panel', '2016-07-15'],
    ['Eastby Town Board meeting minutes for Monday 3 March 2025.', 'Eastby Town Board', '2025-03-03'],
    ['Northby Records Committee Minutes 18 November 2011', 'Northby Records Committee', '2011-11-18'],
  ])('"%s"', (line, committee, date) => {
    const m = page(line, ...ITEMS);
    expect([m.committee, m.date]).toEqual([committee, date]);
  });

  test('"Minutes" alone after a date names no body', () => {
    expect(page('Draft Minutes 15 July 2016', ...ITEMS).committee).toBeNull();
  });
});
