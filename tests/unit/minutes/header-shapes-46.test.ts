/**
 * Round 40: a board that is an authority of its own named by its kind in any case, how it sat after its name, and a
 * council's committee named with the council's possessive (sets 44 to 46), written here with made-up bodies.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const names = (heading: string) => {
  const m = parseMinutesDetailed('page.txt', [heading, 'Present: Mr A Reid (Chairman), Mr T Bell, Mr S Hart', '', '1. Apologies', 'None.', '', '2. Minutes', 'The minutes were approved.'].join('\n')).minutes;
  return [m.council, m.committee];
};

test.each([
  ['Minutes of the meeting of the Ashwater District Salmon Fishery Board held on 20 August 2018', 'Ashwater District Salmon Fishery Board'],
  ['Minutes of the meeting of the Western Inshore Fisheries & Conservation Authority held on 4 June 2014', 'Western Inshore Fisheries & Conservation Authority'],
  ['Minutes of a meeting of the Marsh and Fen District Drainage Commissioners held on 6 February 2019', 'Marsh and Fen District Drainage Commissioners'],
])('"%s": the board is its own authority', (heading, body) => {
  expect(names(heading)).toEqual([body, body]);
});

test('"ASHWATER DISTRICT FISHERY BOARD IN OPEN SESSION": how it sat is no part of its name', () => {
  expect(names('MINUTES OF THE MEETING OF THE ASHWATER DISTRICT FISHERY BOARD IN OPEN SESSION HELD ON 16 AUGUST 2019')[1]).toBe('ASHWATER DISTRICT FISHERY BOARD');
});

test('"Testham Town Council’s Town Strategy Committee": the council and its committee', () => {
  expect(names('Minutes of the meeting of Testham Town Council\u2019s Town Strategy Committee held on Tuesday 8th January 2019 at 7.00pm')).toEqual(['Testham Town Council', 'Town Strategy Committee']);
});

test('"Draft Staff Advisory Committee": the minutes\u2019 state is no part of the name', () => {
  expect(names('TESTHAM TOWN COUNCIL\nDraft Staff Advisory Committee Minutes 24 September 2020')[1]).toBe('Staff Advisory Committee');
});

test('"FULL TOWN COUNCIL MEETING of TESTHAM TOWN COUNCIL": the body that met and the council', () => {
  expect(names('Minutes of the FULL TOWN COUNCIL MEETING of TESTHAM TOWN COUNCIL held in the Council Chamber on 9 th December 2019')[0]).toBe('TESTHAM TOWN COUNCIL');
});

test('"Extra-ordinary Full Council meeting": a kind of meeting names no council', () => {
  expect(names('Extra-ordinary Full Council meeting, 20/08/2019 – minutes\n\nMinutes for an Extra-ordinary meeting of the Council on Tuesday 20th August 2019 at 7.15pm')[0]).toBeNull();
});
