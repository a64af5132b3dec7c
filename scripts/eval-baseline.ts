// `npx tsx scripts/eval-baseline.ts`: records the real-page figures (held-out third left out) as the
// ratchet the unit tests hold the parser to. Run it after an improvement, never to hide a drop.
import fs from 'node:fs';
import path from 'node:path';
import { evaluateGroups, loadLabels } from './eval/minutes-evaluate';

const { real } = evaluateGroups(loadLabels());
const floor = (n: number) => Math.floor(n * 1000) / 1000;
const baseline = Object.fromEntries(real.fields.map((f) => [f.field, { precision: floor(f.precision), recall: floor(f.recall) }]));
fs.writeFileSync(path.resolve(__dirname, '../tests/fixtures/minutes/eval-baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
console.log(baseline);
