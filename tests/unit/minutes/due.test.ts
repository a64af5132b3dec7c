import { parseMinutes } from '../../../main/minutes';
import { dueOf } from '../../../main/minutes/classify';
import { resolveDue } from '../../../main/minutes/due';
import { local } from './helpers/fixtures';

describe('due dates', () => {
  test('as written by dueOf', () => {
    expect(dueOf('The Head of Housing to circulate the figures by 31 January 2025.', 'action')).toBe('2025-01-31');
    expect(dueOf('Officers to report by 31 March.', 'action')).toBe('31 March');
    expect(dueOf('Officers to report by the end of December 2024.', 'action')).toBe('end of December 2024');
    expect(dueOf('That officers report to the next meeting.', 'action')).toBe('next meeting');
    expect(dueOf('That the item be added to the work programme for March 2025.', 'action')).toBe('March 2025');
    expect(dueOf('That a report be brought to the Committee in January.', 'action')).toBe('January');
    expect(dueOf('That the Director circulate the figures within 28 days.', 'action')).toBe('within 28 days');
    expect(dueOf('That the Manager report back in six months.', 'action')).toBe('in six months');
    expect(dueOf("That an update be provided in three months' time.", 'action')).toBe("in three months' time");
    expect(dueOf('That the report be noted.', 'noted')).toBeNull();
    expect(dueOf('Officers may wish to consider this.', 'action')).toBeNull();
  });

  test('resolved against the meeting date (date-fns addDays / addWeeks / addMonths)', () => {
    const m = '2025-03-03';
    expect(resolveDue('within 28 days', m)).toBe('2025-03-31');
    expect(resolveDue('within 6 weeks', '2024-09-12')).toBe('2024-10-24');
    expect(resolveDue('in six months', m)).toBe('2025-09-03');
    expect(resolveDue('within one month', '2025-01-31')).toBe('2025-02-28');
    expect(resolveDue("in three months' time", '2024-10-10')).toBe('2025-01-10');
    expect(resolveDue('within a fortnight', m)).toBe('2025-03-17');
    expect(resolveDue('within 10 working days', m)).toBe('within 10 working days');
    expect(resolveDue('31 March', m)).toBe('2025-03-31');
    expect(resolveDue('1 March', m)).toBe('2026-03-01');
    expect(resolveDue('end of December 2024', '2024-09-25')).toBe('2024-12-31');
    expect(resolveDue('end of February', '2024-01-10')).toBe('2024-02-29');
    expect(resolveDue('January', m)).toBe('January 2026');
    expect(resolveDue('October', '2025-06-02')).toBe('October 2025');
    expect(resolveDue('March', '2025-03-03')).toBe('March 2026');
    expect(resolveDue('March 2025', m)).toBe('March 2025');
    expect(resolveDue('next meeting', m)).toBe('next meeting');
    expect(resolveDue('6 monthly', m)).toBe('6 monthly');
    expect(resolveDue('2025-04-30', m)).toBe('2025-04-30');
    expect(resolveDue('within 28 days', null)).toBe('within 28 days');
    expect(resolveDue(null, m)).toBeNull();
  });

  test('parse-minutes output: due is YYYY-MM-DD when resolvable, else as written', () => {
    const r = parseMinutes('m.txt', local('styles/westmoor-osc-2025-07-14.txt'));
    expect(r.decisions.filter((d) => d.due !== null).map((d) => [d.owner, d.due])).toEqual([
      ['the Head of Environmental Services', 'next meeting'],
      ['the Leisure Client Manager', '2026-01-14'],
      [null, 'January 2026'],
    ]);
    const n = parseMinutes('m.pdf', local('styles/northshire-cype-2025-03-03.pdf.txt'));
    expect(n.decisions.filter((d) => d.kind === 'action').map((d) => [d.label, d.owner, d.due])).toEqual([
      [null, 'the Director', '2025-03-31'],
      ['b', "the Director of Children's Services", '2025-09-03'],
      ['c', 'the Chair', null],
      ['2', 'officers', '2025-07-31'],
    ]);
  });
});
