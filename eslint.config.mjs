// Lint, including the layering rules (after VS Code): a folder may not import the layer above it.
//   shared/    imports neither main/ nor renderer/, nor Node or Electron
//   renderer/  never imports main/ or Node built-ins
//   main/*     (domain modules) never import main/shell/ or electron
//   main/shell is the only place that imports electron, and never imports main/preview/
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electron = { name: 'electron', message: 'Only main/shell/ may import Electron; keep domain code runnable in plain Node.' };
const noMain = { group: ['**/main/**', '**/main'], message: 'The renderer talks to main only through the API contract in shared/.' };
const noShell = { group: ['**/shell/**', '**/shell'], message: 'Domain modules never import the Electron shell.' };
const noNode = { group: ['node:*'], message: 'No Node built-ins on this side.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-imports': ['error', { paths: [electron] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electron], patterns: [noMain, { group: ['**/renderer/**'], message: 'shared/ imports neither side.' }, noNode] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron], patterns: [noMain, noNode] }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [noShell] }] },
  },
  {
    files: ['main/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/preview/**', '**/cli/**'], message: 'Preview and CLI code never ship inside the app.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
);
