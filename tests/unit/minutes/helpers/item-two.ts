import { parseMinutesDetailed } from '../../../../main/minutes';
import type { Decision } from '../../../../shared/types/minutes';

/** The decisions read from a sentence standing as item 2's minute on a plain parish page (its items 1 and 3 around it). */
export function itemTwoDecisions(sentence: string): Decision[] {
  const page = [
    'MINUTES OF THE MEETING OF BRAMBLEDOWN PARISH COUNCIL HELD ON TUESDAY 14TH MAY 2024 AT 7.30PM',
    'Present: Cllrs A Reid (Chairman), T Bell, S Hart',
    '',
    '1. Apologies',
    'None.',
    '',
    '2. Business',
    sentence,
    '',
    '3. Close',
    'The meeting closed at 9pm.',
  ];
  return parseMinutesDetailed('page.txt', page.join('\n')).minutes.decisions.filter((d) => d.item === '2');
}
