/**
 * Issue 15: decisions as unseen councils word them, with made-up names: the agenda's "To receive …"
 * printed above the minute is not a resolution; elections and deferrals written "to elect …",
 * "to defer this item …" are procedural, never tasks with an owner.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const decisionsOf = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes.decisions.map((d) => [d.item, d.kind, d.text]);
const HEADER = 'Minutes of the Annual Meeting of the Parish Council held at the Old School on 18th May 2017';

test('the agenda’s wording above the minute ("To receive apologies" then "Apologies were received") is not a resolution', () => {
  const page = [HEADER, '', '1. Apologies for Absence', 'To receive apologies for absence.', 'Apologies were received from Harry Nuttall.', '', '2. Minutes', 'To approve the minutes of the meeting held on 20 April 2017.', 'Resolved: to approve the minutes of the meeting held on 20 April 2017.'];
  const decisions = decisionsOf(page);
  expect(decisions.filter(([item]) => item === '1')).toEqual([]);
  expect(decisions.filter(([item]) => item === '2').map(([, kind]) => kind)).toContain('procedural');
});

test('"to elect … as Chair" and "to defer this item" are procedural', () => {
  const page = [HEADER, '', '1. To Elect a Chairperson', 'Resolved: to elect Penny Orchard as Chair', '', '2. Update on Action Points', 'Resolved: to defer this item until later in the meeting or the next meeting if insufficient time.', '', '3. Footpaths', 'Resolved: the Clerk to write to the highways authority about the stile on Mill Lane.'];
  expect(decisionsOf(page).map(([item, kind]) => [item, kind])).toEqual([
    ['1', 'procedural'],
    ['2', 'procedural'],
    ['3', 'action'],
  ]);
});
