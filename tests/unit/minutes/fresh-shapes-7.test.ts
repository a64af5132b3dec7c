/**
 * Issue 15, shapes from the seventh fresh set's built-on pages (its held-out third unread until the end), written here
 * with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);

describe('a copy that lost many of its spaces', () => {
  const page = [
    'Minutes of a Meeting of the Brackenby Parish Council',
    '',
    'heldatThe Old School,Church Street,Brackenby at 7.30 pm on Monday 9February 2015',
    '',
    'Councillor P Hale (Chairman in the Chair) andCouncillors R Dent,Mrs C Roe, A Lund and H Lund',
    '',
    'Also Present',
    '',
    'Mr A Kerr (Clerk), PCSO 4471 S Mayne and 3 Members of the public',
    '',
    '1/15Apologies for absence',
    '',
    'None.',
    '',
    '2/15Declarations of Interest',
    '',
    'CouncillorsMrs C Roe, A Lund and H Lunddeclared a personal interest in agenda item7 (a) and took no part in the vote (CountyCouncil elections).',
    '',
    '3/15Public Speaking',
    '',
    'The Police representative reported that there had been no incidents.',
    '',
    'RESOLVED that the report be noted.',
  ].join('\n');
  const { minutes, attendance } = parse(page);

  it('reads the heading, the place without its time, and the date glued to its month', () => {
    expect([minutes.committee, minutes.date, minutes.startTime, minutes.venue]).toEqual(['Brackenby Parish Council', '2015-02-09', '19:30', 'The Old School, Church Street, Brackenby']);
  });

  it('reads the minutes whose numbers run into their titles', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1/15', 'Apologies for absence'],
      ['2/15', 'Declarations of Interest'],
      ['3/15', 'Public Speaking'],
    ]);
  });

  it('reads those present, and the officers under a bare "Also Present" with a police number kept in the role', () => {
    expect(attendance).toEqual([
      { name: 'P Hale', status: 'present', role: 'Chair' },
      { name: 'R Dent', status: 'present', role: null },
      { name: 'Mrs C Roe', status: 'present', role: null },
      { name: 'A Lund', status: 'present', role: null },
      { name: 'H Lund', status: 'present', role: null },
      { name: 'Mr A Kerr', status: 'in-attendance', role: 'Clerk' },
      { name: 'S Mayne', status: 'in-attendance', role: 'PCSO 4471' },
    ]);
  });

  it('reads the group declaration whose last name ran into the verb; "took no part in the vote" is not leaving the room', () => {
    expect(minutes.declarations.map((d) => [d.member, d.nature, d.withdrew])).toEqual([
      ['Mrs C Roe', 'personal', false],
      ['A Lund', 'personal', false],
      ['H Lund', 'personal', false],
    ]);
  });
});

test('a page with one or two capitalised brand names keeps its words as printed', () => {
  const { minutes } = parse(['Minutes of the Finance Committee held on 3 March 2020', '', '1. PowerPoint presentation', '', 'The McDonald report on YouTube use was noted.'].join('\n'));
  expect(minutes.items.map((i) => i.title)).toEqual(['PowerPoint presentation']);
  expect(minutes.decisions.map((d) => d.text)).toEqual(['The McDonald report on YouTube use was noted.']);
});
