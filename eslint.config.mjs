// Lint, including the layering rules (after VS Code): a folder may not import the layer above it.
//   shared/    imports neither main/ nor renderer/, nor Node or Electron
//   renderer/  never imports main/ or Node built-ins; kernel < ui < features < app (the shell), each importing only below
//   main/*     (domain modules) never import main/shell/ or electron
//   main/shell is the only place that imports electron, and never imports main/preview/
//   main/<module> imports only the modules on its allow-list below (after VS Code's per-layer lists)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electron = { name: 'electron', message: 'Only main/shell/ may import Electron; keep domain code runnable in plain Node.' };
const noMain = { group: ['**/main/**', '**/main'], message: 'The renderer talks to main only through the API contract in shared/.' };
const noShell = { group: ['**/shell/**', '**/shell'], message: 'Domain modules never import the Electron shell.' };
const noNode = { group: ['node:*'], message: 'No Node built-ins on this side.' };

/**
 * What each domain module of main/ may import (besides main/errors.ts, the shared kernel, and itself).
 * Lower layers first. Entries marked "bend" are calls up a layer that docs/architecture.md plans to
 * turn into an ingest pipeline with subscribers; a new edge needs a reason here, in review.
 */
const MAIN_ALLOWED = {
  store: [],
  minutes: [],
  export: [],
  serve: [],
  library: ['store', 'minutes', 'papers'], // bend: the importer reads PDFs and files packs through papers (what follows a write goes through main/pipeline.ts)
  papers: ['store', 'minutes', 'library'],
  annotations: ['store', 'library', 'papers', 'confidential'],
  interests: ['store', 'library', 'minutes', 'export'],
  actions: ['store', 'library', 'confidential', 'export'],
  search: ['store', 'library', 'papers', 'confidential'],
  confidential: ['store', 'library', 'backup'], // bend: a purge reaches the backups
  backup: ['store', 'library', 'annotations', 'confidential'],
  sync: ['store', 'minutes', 'library', 'papers'],
  share: ['store', 'library', 'annotations', 'actions', 'interests', 'sync'],
};
/** Modules another may reach only through one file of theirs: share reads and applies records through each owner's sharing.ts. */
const ENTRY_ONLY = { share: { annotations: 'sharing', actions: 'sharing', interests: 'sharing', library: 'sharing' } };
const MAIN_MODULES = [...Object.keys(MAIN_ALLOWED), 'api', 'cli', 'preview', 'shell'];
const moduleRules = Object.entries(MAIN_ALLOWED).map(([module, allowed]) => ({
  files: [`main/${module}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [electron],
        patterns: [
          noShell,
          ...MAIN_MODULES.filter((other) => other !== module && other !== 'shell' && !allowed.includes(other)).map((other) => ({
            group: [`../${other}`, `../${other}/**`, `../../${other}/**`],
            message: `main/${module} may not import main/${other}: see the allow-list in eslint.config.mjs and docs/architecture.md.`,
          })),
          ...Object.entries(ENTRY_ONLY[module] ?? {}).map(([other, file]) => ({
            group: [`../${other}/*`, `!../${other}/${file}`],
            message: `main/${module} reaches main/${other} only through ${other}/${file}.ts (it owns its tables): see ENTRY_ONLY in eslint.config.mjs.`,
          })),
        ],
      },
    ],
  },
}));

/**
 * The renderer's layers, lowest first: kernel (the API client, router, resource hook, flash, limits),
 * ui (shared parts), features (one folder per page or panel), app (the shell: App, main, the error
 * boundary, CSS). Each may import only those below it and shared/; the shell imports features, never
 * the other way round.
 */
const rendererLayer = (layer, above) => ({
  group: above.flatMap((name) => [`**/${name}/**`, `**/${name}`]),
  message: `renderer/${layer} may not import renderer/${above.join(' or renderer/')}: see the renderer layers in eslint.config.mjs and docs/architecture.md.`,
});
const RENDERER_ABOVE = {
  kernel: ['ui', 'features', 'app'],
  ui: ['features', 'app'],
  features: ['app'],
};
const rendererRules = Object.entries(RENDERER_ABOVE).map(([layer, above]) => ({
  files: [`renderer/${layer}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [noMain, noNode, rendererLayer(layer, above)] }] },
}));

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
  ...rendererRules,
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [noShell] }] },
  },
  ...moduleRules,
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
