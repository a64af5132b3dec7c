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
