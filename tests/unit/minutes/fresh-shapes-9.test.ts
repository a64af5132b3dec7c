/**
 * Issue 15, general shapes met again on built-on pages of the seventh and eighth sets (the ninth set's pages unread
 * until the end), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a whole minute run into one paragraph, its items numbered without points', () => {
  // As a PDF's text often comes: one line, a page reference first, "Present:-", items "1 Title Sentence …".
  const page =
    '2-114 MINUTES of MEETING of the GLENMUIR COUNCIL held in the Council Chambers, Kirk Street, Kilbrannan on Tuesday, 3 March 2015 at 2.00pm. ' +
    'Present:- Provost Dunn, Depute Provost Weir and Councillors Barrie, Carswell, Kerr and Moffat. ' +
    '1 Declarations of Interest No declarations of interest were intimated. ' +
    '2 Order of Business The Clerk advised that an additional item would be taken as item No 9A on the Agenda. ' +
    '3 Minutes of Council The Minutes of Meetings of Glenmuir Council of 3 and 10 February 2015 were submitted and approved as correct records. ' +
    '4 Other Meetings The Council noted the Minutes of the Cabinet of 10 February 2015. Planning Committee 24 February 2015 ' +
    '2-115 5 Questions to the Leader No questions had been received.';

  test('is read as minutes, with its heading, its members present and every item', () => {
    const { minutes: m, attendance } = parse(page);
    expect(m.document).toBe('minutes');
    expect(m.date).toBe('2015-03-03');
    expect(m.startTime).toBe('14:00');
    expect(m.venue).toBe('Council Chambers, Kirk Street, Kilbrannan');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Declarations of Interest'],
      ['2', 'Order of Business'],
      ['3', 'Minutes of Council'],
      ['4', 'Other Meetings'],
      ['5', 'Questions to the Leader'],
    ]);
    expect(m.declarationsState).toBe('none-declared');
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Dunn', 'Weir', 'Barrie', 'Carswell', 'Kerr', 'Moffat']);
  });

  test('numbers inside sentences do not start items: three in a row after sentence ends are needed', () => {
    const prose =
      'MINUTES of MEETING of the GLENMUIR COUNCIL held in Kilbrannan on Tuesday, 3 March 2015 at 2.00pm. Present: Councillors Barrie and Kerr. ' +
      'The Council considered the budget. 12 Members voted for it and 3 Members against. The Provost thanked officers. 4 New Homes were reported in the ward.';
    const m = parse(prose).minutes;
    expect(m.items.map((i) => i.number)).not.toContain('12');
    expect(m.items.map((i) => i.number)).not.toContain('4');
  });
});
