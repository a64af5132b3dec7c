// `npm run eval:minutes`: precision and recall per field of the minutes parser, real council pages and
// made-up house styles reported apart. The gate is on real pages only: every field precision ≥ 0.95
// and recall ≥ 0.90. A random third of the real corpus (tests/fixtures/minutes/holdout.json) is left out
// while the parser is built; `-- --holdout` scores only that third (the honest figure), `-- --all` everything.
import { evaluateGroups, formatReport, loadLabels } from './eval/minutes-evaluate';

const args = process.argv.slice(2);
const holdout = args.includes('--holdout') ? 'only' : args.includes('--all') ? 'include' : 'exclude';
const { real, madeUp, files } = evaluateGroups(loadLabels(), { holdout });
console.log(`Real council pages (${files.real} files${holdout === 'only' ? ', held-out third only' : holdout === 'include' ? ', held-out third included' : ', held-out third left out'}):`);
console.log(formatReport(real));
if (files.madeUp > 0) {
  console.log(`\nMade-up house styles (${files.madeUp} files; not part of the gate):`);
  console.log(formatReport({ ...madeUp, misses: [] }));
}
const failing = real.fields.filter((f) => f.precision < 0.95 || f.recall < 0.9);
console.log(JSON.stringify({ eval: 'minutes', holdout, realFiles: files.real, madeUpFiles: files.madeUp, fields: real.fields.length, belowTarget: failing.map((f) => f.field) }));
process.exit(failing.length ? 1 : 0);
