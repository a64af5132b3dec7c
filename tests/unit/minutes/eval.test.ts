import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { evaluateLabelled, loadLabels } from '../../fixtures/minutes/evaluate';
import { SHARED } from './helpers/fixtures';

describe('labelled evaluation set (npm run eval:minutes)', () => {
  const labels = loadLabels();

  test('every shared fixture and every house-style document has a label', () => {
    const sources = new Set(labels.map((l) => path.resolve(l.source)));
    const wanted = [
      ...['minutes', 'minutes-excerpts'].flatMap((d) => readdirSync(path.join(SHARED, d)).map((f) => path.join(SHARED, d, f))),
      path.join(SHARED, 'moderngov/gloucester/GetMeeting_7837.xml'),
      path.join(SHARED, 'moderngov/manchester/GetMeeting_4967.xml'),
      ...readdirSync(path.resolve(__dirname, '../../fixtures/minutes/styles')).map((f) => path.resolve(__dirname, '../../fixtures/minutes/styles', f)),
    ];
    for (const w of wanted) expect([...sources]).toContain(path.resolve(w));
    expect(labels.length).toBeGreaterThanOrEqual(31);
  });

  test('precision and recall ≥ 0.9 on every field', () => {
    const report = evaluateLabelled(labels);
    const below = report.fields.filter((f) => f.precision < 0.9 || f.recall < 0.9).map((f) => `${f.field} ${f.precision.toFixed(2)}/${f.recall.toFixed(2)}`);
    expect(below).toEqual([]);
    expect(report.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['attendance.role', 'decisions.due', 'declarations.withdrew', 'items.exempt']));
  });
});
