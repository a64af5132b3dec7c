import { execFileSync } from 'node:child_process';
import path from 'node:path';

// main/share reads and applies other modules' records only through their sharing.ts (ENTRY_ONLY in
// eslint.config.mjs). ESLint loads its ESM config, which jest's sandbox cannot, so it runs in a child Node.
const root = path.resolve(__dirname, '../../..');
const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const path = require('node:path');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
Promise.all(cases.map(([file, code]) => eslint.lintText(code, { filePath: path.join(process.cwd(), file) })))
  .then((results) => process.stdout.write(JSON.stringify(results.map(([r]) =>
    r.messages.filter((m) => m.ruleId === 'no-restricted-imports').length))));`;

const probe = (from: string) => ['main/share/probe.ts', `import * as m from '${from}';\nexport const a = m;`] as [string, string];

test('main/share reaches annotations, actions, interests and the library only through their sharing.ts', () => {
  const forbidden = ['../annotations/store', '../actions/updates', '../actions/tracker', '../interests/register', '../library/corrections', '../library/identity'].map(probe);
  const allowed = ['../annotations/sharing', '../actions/sharing', '../interests/sharing', '../library/sharing', '../store/database', './merge'].map(probe);
  const counts = JSON.parse(execFileSync(process.execPath, ['-e', LINT_SCRIPT], { cwd: root, input: JSON.stringify([...forbidden, ...allowed]), encoding: 'utf8' })) as number[];
  expect(counts.slice(0, forbidden.length)).toEqual(forbidden.map(() => 1));
  expect(counts.slice(forbidden.length)).toEqual(allowed.map(() => 0));
}, 60_000);
