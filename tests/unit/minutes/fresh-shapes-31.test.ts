/**
 * Issue 15, thirty-first round: shapes from pages of councils never seen before (the spent sets 26 to 33, pooled), in
 * made-up councils and people, read as a member's CLI reads them (`parse-minutes --json`).
 */
import { parseByCli } from './helpers/parse-by-cli';

const header = (body: string) => `Minutes of the Meeting of ${body} held on Tuesday 3rd March 2015 at 7.30pm in the Village Hall`;
const decisions = async (lines: string[]) => (await parseByCli(lines.join('\n'))).decisions.map((d) => ({ item: d.item, kind: d.kind, text: d.text }));

describe('the minutes approved, however the heading and the minute run together', () => {
  test('the heading printed again at the head of its minute, with no full stop between them', async () => {
    const found = await decisions([
      header('Hollins Cross Parish Council'),
      'Present: Cllr A Hale (Chairman), Cllr B Nunn, Cllr C Orme',
      '',
      '051/15 APOLOGIES FOR ABSENCE Cllr D Pike.',
      '',
      '052/15 RESOLUTION TO SIGN & APPROVE MINUTES OF MEETING HELD ON 3rd February 2015 The Minutes were approved and signed as a correct record.',
      '',
      '053/15 FOOTPATHS The stile on footpath 12 is broken.',
    ]);
    expect(found).toContainEqual({ item: '052/15', kind: 'procedural', text: 'The Minutes were approved and signed as a correct record' });
  });

  test('"To Sign and Approve Minutes …" over the same words and then "… were approved": the approval, not the agenda\'s words', async () => {
    const found = await decisions([
      header('Fellside Parish Council'),
      'Present: Cllrs A Hale, B Nunn',
      '3. To Sign and Approve Minutes of the Meeting dated 9th February 2015',
      'To Sign and Approve Minutes of the Meeting dated 9th February 2015 Minutes of the meeting held 9th February 2015 were approved and signed as a correct record',
      '4. Footpaths',
      'The stile on footpath 12 is broken.',
    ]);
    expect(found).toContainEqual({ item: '3', kind: 'procedural', text: 'Minutes of the meeting held 9th February 2015 were approved and signed as a correct record' });
  });

  test('a capitals heading that is the sentence\'s own subject, cut from it by the copy, is put back', async () => {
    const found = await decisions([
      'MINUTES OF A MEETING OF FELLSIDE PARISH COUNCIL, HELD IN THE PAVILION ON FRIDAY, 13th MARCH 2015 AT 7.00 P.M.',
      '',
      'Members present: Mr. A. Hale (Chairman), Mr. B. Nunn and Mr. C. Orme.',
      '',
      '1/03/15 APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Mr. D. Pike.',
      '',
      '2/03/15 DECLARATIONS OF INTEREST',
      '',
      'There were none.',
      '',
      '3/03/15 THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 13th FEBRUARY 2015 having been circulated to all Members, were approved, and signed by the Chairman.',
      '',
      '4/03/15 FOOTPATHS',
      '',
      'The stile on footpath 12 is broken.',
    ]);
    const approval = found.find((d) => d.item === '3/03/15');
    expect(approval?.kind).toBe('procedural');
    expect(approval?.text).toMatch(/^THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 13th FEBRUARY 2015 having been circulated/);
  });

  test('"To approve the minutes …" alone stays the agenda\'s wording: nothing was approved', async () => {
    const found = await decisions([
      header('Fellside Parish Council'),
      'Present: Cllrs A Hale, B Nunn',
      '3. To Sign and Approve Minutes of the Meeting dated 9th February 2015',
      'To Sign and Approve Minutes of the Meeting dated 9th February 2015 Minutes of the meeting held 9th February 2015 were deferred to the next meeting.',
      '4. Footpaths',
      'The stile on footpath 12 is broken.',
    ]);
    expect(found.filter((d) => d.item === '3' && d.kind === 'procedural' && /approved/.test(d.text))).toEqual([]);
  });
});
