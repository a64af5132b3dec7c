/**
 * The body that met and its authority, when a heading put other words around the name, or the body is an authority of
 * its own (main/minutes/text-parser.ts, tidiedBodyNames and SELF_GOVERNING_BODY_RE). Made-up bodies throughout.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const bodies = (lines: string[]) => {
  const m = parseMinutesDetailed('page.txt', [...lines, '', '1. Apologies for absence', 'None.', '', '2. Minutes', 'The minutes of the last meeting were approved.', '', '3. Date of next meeting', 'Tuesday 11 April 2023.'].join('\n')).minutes;
  return { council: m.council, committee: m.committee };
};

describe('words around the body’s name in a heading', () => {
  test('"Members of …": those summoned, not part of the name', () => {
    expect(bodies(['Parish Council', '', 'MINUTES', '', 'A Meeting of the Members of Ashby Magna Parish Council was held in Ashby Green Chapel on Monday 22 January 2018 at 7.36pm.'])).toEqual({ council: 'Ashby Magna Parish Council', committee: 'Ashby Magna Parish Council' });
  });

  test('"Resources Committee of Ashby Town Council": the committee, then its council', () => {
    const lines = ['Minutes of a meeting of the Finance, Administration and Personnel Committee of Ashby Town Council will be held on Monday 21st September at 7 p', '', 'Minutes of a meeting of the Resources Committee of Ashby Town Council held on Tuesday 18th April 2017 in the Council Chamber, Mill Meadow, Ashby at 7pm.'];
    expect(bodies(lines)).toEqual({ council: 'Ashby Town Council', committee: 'Resources Committee' });
  });

  test('a running header’s fields before the name, and a venue after it, are not the council’s', () => {
    expect(bodies(['Minutes: Ashby Town Council Page 1 of 22 18 October 2022 Signed: ……… Date: ……… ATC/13/1112 ASHBY TOWN COUNCIL Minutes of the Meeting of Ashby Town Council held in the Mayor’s Parlour on Tuesday 18 October 2022 at 7.15pm']).council?.toLowerCase()).toBe('ashby town council');
    expect(bodies(['CITY OF ASHBY COUNCIL SESSIONS HOUSE LYNN ROAD ASHBY', '', 'Minutes of the Annual Meeting held on Monday 15 May 2023 at 7pm']).council).toBe('CITY OF ASHBY COUNCIL');
  });
});

describe('a body that is an authority of its own', () => {
  test.each([
    ['Minutes of the meeting of the Fenby Internal Drainage Board held on Wednesday 26 September 2018 at 10am at the Board Office'],
    ['Minute of the meeting of the Fenby Licensing Board held in the Council Chamber, Fenby, on Tuesday 11 August 2015 at 1.30pm.'],
    ['MINUTES of the Court of Fenwardens held on Wednesday 15th September 2021 at 9.30 a.m. in the Wardens’ Hall, Ashby.'],
  ])('%s: the body is the authority when no council is named', (heading) => {
    const read = bodies([heading]);
    expect(read.committee).toBeTruthy();
    expect(read.council).toBe(read.committee);
  });

  test('a council’s own board or panel is not an authority of its own', () => {
    expect(bodies(['Minutes of the meeting of the Fenby Health and Wellbeing Board held on Tuesday 11 July 2023 at 2pm in Committee Room 1']).council).toBeNull();
    expect(bodies(['Minutes of the meeting of the Fenby Police and Crime Panel held on Tuesday 11 July 2023 at 2pm in Committee Room 1']).council).toBeNull();
  });
});
