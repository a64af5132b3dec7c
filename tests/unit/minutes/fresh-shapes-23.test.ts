/**
 * Issue 15, twenty-fourth round: shapes seen on set 24's pages after they were scored once (the honest figure), written
 * here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;
const withItems = (head: string[]) => parse([...head, '', '1. Apologies', '', 'Apologies were received from Cllr Grace.', '', '2. Minutes', '', 'The minutes were approved as a correct record.'].join('\n'));

describe('a parish, town or community council that names no other body is the council meeting', () => {
  test('"Glenard Community Council" over "Approved Minutes of the Meeting held in …": the community council met', () => {
    const m = withItems(['November 2023 Minutes', '', 'Glenard Community Council', 'Approved Minutes of the Meeting held in Glenard Reading Rooms', 'at 7:30 Wednesday 8th November 2023', 'Present: Ann Reid (Chair), Tom Bell.']);
    expect([m.council, m.committee]).toEqual(['Glenard Community Council', 'Glenard Community Council']);
  });

  test('"Held on 16th October 2013" under "Eastbury District Community Council - Minutes of General Meeting"', () => {
    const m = withItems(['Eastbury District Community Council - Minutes of General Meeting', '', 'Held on 16th October 2013 in Eastbury Memorial Hall', '', 'Members Present.', '', 'Ann Reid', '', 'Tom Bell']);
    expect(m.committee).toBe('Eastbury District Community Council');
  });

  test('a committee of the parish council keeps its own name', () => {
    const m = withItems(['Westford Parish Council', '', 'Minutes of the Planning Committee held on Monday 3 March 2025 at 7pm']);
    expect(m.committee).toBe('Planning Committee');
    expect(m.council).toBe('Westford Parish Council');
  });

  test('a town council\'s annual meeting, its minutes headed twice: the council met, under its own name', () => {
    const m = parse(['"Tref-y-Bryn" – The town on the hill', '', 'Minutes of Annual General Meeting, Westmoor Town Council – Monday 22nd May 2017', '', 'Minutes of Annual General meeting of Westmoor Town Council held at the Hill Centre on Monday 22nd May 2017 at 7:30 pm.', '', '  • Cllr Mrs C Bran', '  • Cllr M Hard', '', '1. To receive apologies', 'None.', '', '2. To elect a Mayor', 'Cllr Hard was elected.'].join('\n'));
    expect([m.council, m.committee]).toEqual(['Westmoor Town Council', 'Westmoor Town Council']);
  });
});
