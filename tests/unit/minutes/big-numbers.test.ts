import { parseMinutes } from '../../../main/minutes';

test('item numbers from 10000 up are items like any other (a council numbering minutes continuously for years)', () => {
  const lines = ['Minutes of the meeting of the Scrutiny Committee held on 4 March 2025', ''];
  for (let i = 9998; i <= 10003; i++) lines.push(`${i}.`, '', `Title number ${i}`, '', 'Minutes:', '', `Text for item ${i}.`, '');
  const parsed = parseMinutes('minutes.txt', lines.join('\n'));
  expect(parsed.items.map((i) => [i.number, i.title])).toEqual(
    [9998, 9999, 10000, 10001, 10002, 10003].map((n) => [String(n), `Title number ${n}`]),
  );
});
