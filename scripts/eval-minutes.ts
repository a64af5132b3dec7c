// `npm run eval:minutes`: precision and recall per field of the minutes parser, real council pages and
// made-up house styles reported apart. The gate is on real pages only: every field precision ≥ 0.95
// and recall ≥ 0.90. A random third of the real corpus (tests/fixtures/minutes/holdout.json) is left out
// while the parser is built; `-- --holdout` scores only that third (the honest figure), `-- --all` everything.
// `-- --labels DIR` scores the labels in DIR instead (e.g. a fresh set of pages kept outside the repository);
// its held-out list is DIR/../holdout.json, or DIR/holdout.json, and --holdout/--all work on it the same way.
// `-- --overlap` pairs decisions by the words they share rather than by their first 12 words (see DecisionMatch in
// scripts/eval/minutes-evaluate.ts); the gate and the recorded figures use the first-12-words pairing.
import fs from 'node:fs';
import path from 'node:path';
import { evaluateGroups, formatReport, isHeldOut, loadLabels } from './eval/minutes-evaluate';
import type { Label } from './eval/minutes-evaluate';

const args = process.argv.slice(2);
const holdout = args.includes('--holdout') ? 'only' : args.includes('--all') ? 'include' : 'exclude';
const labelsAt = args.indexOf('--labels');
const labelsDir = labelsAt >= 0 ? args[labelsAt + 1] : undefined;
if (labelsAt >= 0 && !labelsDir) throw new Error('--labels needs a folder');

/** Another folder's labels, with that folder's own held-out list applied as evaluateGroups applies the repository's. */
function labelsFrom(dir: string): Label[] {
  const list = [path.join(dir, '..', 'holdout.json'), path.join(dir, 'holdout.json')].find((f) => fs.existsSync(f));
  const heldOut = new Set(list ? (JSON.parse(fs.readFileSync(list, 'utf8')) as { files: string[] }).files : []);
  return loadLabels(dir).filter((l) => (l.origin === 'made-up' ? holdout !== 'only' : holdout === 'include' || (holdout === 'only') === isHeldOut(l, heldOut)));
}

const decisions = args.includes('--overlap') ? 'overlap' : 'gist';
const { real, madeUp, files } = labelsDir
  ? evaluateGroups(labelsFrom(path.resolve(labelsDir)), { holdout: 'include', decisions })
  : evaluateGroups(loadLabels(), { holdout, decisions });
console.log(`Real council pages (${files.real} files${decisions === 'overlap' ? ', decisions paired by shared words' : ''}${holdout === 'only' ? ', held-out third only' : holdout === 'include' ? ', held-out third included' : ', held-out third left out'}${labelsDir ? `, labels from ${labelsDir}` : ''}):`);
console.log(formatReport(real));
if (files.madeUp > 0) {
  console.log(`\nMade-up house styles (${files.madeUp} files; not part of the gate):`);
  console.log(formatReport({ ...madeUp, misses: [] }));
}
const failing = real.fields.filter((f) => f.precision < 0.95 || f.recall < 0.9);
console.log(JSON.stringify({ eval: 'minutes', holdout, realFiles: files.real, madeUpFiles: files.madeUp, fields: real.fields.length, belowTarget: failing.map((f) => f.field) }));
process.exit(failing.length ? 1 : 0);
