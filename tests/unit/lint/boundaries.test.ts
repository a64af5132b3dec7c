import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The layering rules live in eslint.config.mjs; this proves they fire where they should.
// ESLint loads its ESM config, which jest's CommonJS sandbox cannot, so it runs once in a child Node.
const root = path.resolve(__dirname, '../../..');
const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const path = require('node:path');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
Promise.all(cases.map(([file, code]) => eslint.lintText(code, { filePath: path.join(process.cwd(), file) })))
  .then((results) => process.stdout.write(JSON.stringify(results.map(([r]) =>
    r.messages.filter((m) => m.ruleId === 'no-restricted-imports').length))));`;

const forbidden: Array<[string, string]> = [
  ['main/library/x.ts', "import { app } from 'electron';\nexport const a = app;"],
  ['main/library/x.ts', "import { x } from '../shell/window';\nexport const a = x;"],
  ['renderer/features/x.ts', "import { x } from '../../main/library/queries';\nexport const a = x;"],
  ['renderer/features/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
  ['shared/x.ts', "import { x } from '../main/api/dispatch';\nexport const a = x;"],
  ['main/shell/x.ts', "import { x } from '../preview/server';\nexport const a = x;"],
  // Per-module allow-lists: the parser is pure, the store is the bottom layer, features do not reach into services.
  ['main/minutes/x.ts', "import { x } from '../library/queries';\nexport const a = x;"],
  ['main/store/x.ts', "import { x } from '../library/queries';\nexport const a = x;"],
  ['main/interests/x.ts', "import { x } from '../sync/run';\nexport const a = x;"],
  ['main/library/x.ts', "import { x } from '../api/handlers';\nexport const a = x;"],
  // The renderer's layers: kernel < ui < features < app (the shell imports features, never the reverse).
  ['renderer/features/library/x.ts', "import { App } from '../../app/App';\nexport const a = App;"],
  ['renderer/kernel/x.ts', "import { Button } from '../ui/Button';\nexport const a = Button;"],
  ['renderer/kernel/x.ts', "import { LibraryPage } from '../features/library/LibraryPage';\nexport const a = LibraryPage;"],
  ['renderer/ui/x.ts', "import { LibraryPage } from '../features/library/LibraryPage';\nexport const a = LibraryPage;"],
  ['renderer/ui/x.ts', "import { App } from '../app/App';\nexport const a = App;"],
];
const allowed: Array<[string, string]> = [
  ['main/shell/x.ts', "import { app } from 'electron';\nexport const a = app;"],
  ['main/library/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
  ['main/library/x.ts', "import { x } from '../store/database';\nexport const a = x;"],
  ['main/papers/x.ts', "import { x } from './store';\nexport const a = x;"],
  ['main/minutes/x.ts', "import { NotFoundError } from '../errors';\nexport const a = NotFoundError;"],
  ['renderer/features/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;"],
  ['renderer/features/library/x.ts', "import { api } from '../../kernel/api';\nexport const a = api;"],
  ['renderer/features/library/x.ts', "import { Button } from '../../ui/Button';\nexport const a = Button;"],
  ['renderer/ui/x.ts', "import { api } from '../kernel/api';\nexport const a = api;"],
  ['renderer/app/x.ts', "import { LibraryPage } from '../features/library/LibraryPage';\nexport const a = LibraryPage;"],
  ['renderer/kernel/x.ts', "import type { Api } from '../../shared/contract';\nexport type A = Api;"],
];

let counts: number[] = [];
beforeAll(() => {
  const out = execFileSync(process.execPath, ['-e', LINT_SCRIPT], { cwd: root, input: JSON.stringify([...forbidden, ...allowed]) });
  counts = JSON.parse(out.toString()) as number[];
});

describe('import boundaries', () => {
  test.each(forbidden.map((c, i) => [...c, i] as const))('%s may not import: %s', (_file, _code, i) => {
    expect(counts[i]).toBe(1);
  });
  test.each(allowed.map((c, i) => [...c, forbidden.length + i] as const))('%s may import: %s', (_file, _code, i) => {
    expect(counts[i]).toBe(0);
  });
});
