// Builds the app: `node scripts/build.mjs [renderer|main]` (both when no argument).
// Renderer: Vite → dist/renderer. Main and preload: esbuild bundles → dist/main, with the SQL
// migrations and the PDF text worker copied beside them (they are read at run time), and the
// minutes-reading worker bundled beside main.js.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const what = process.argv[2] ?? 'all';

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
  // pdf.js's CMaps, standard fonts, ICC profile and JPEG 2000 decoder, served from the app itself so
  // the reader works offline (the renderer points pdf.js at ./pdfjs/…; nothing comes from a CDN).
  const pdfjsDist = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const pdfjsOut = path.join(root, 'dist', 'renderer', 'pdfjs');
  for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
    fs.cpSync(path.join(pdfjsDist, folder), path.join(pdfjsOut, folder), { recursive: true });
  }
}

async function buildMain() {
  const esbuild = await import('esbuild');
  const out = path.join(root, 'dist', 'main');
  fs.rmSync(out, { recursive: true, force: true });
  // Class private names are lowered (to WeakMaps): the release gate's scanner (electronegativity) cannot parse
  // them, and a bundle it cannot read fails the gate.
  const noPrivateNames = { 'class-private-field': false, 'class-private-static-field': false, 'class-private-method': false, 'class-private-static-method': false, 'class-private-accessor': false, 'class-private-static-accessor': false, 'class-private-brand-check': false };
  const common = { bundle: true, platform: 'node', target: 'node20', supported: noPrivateNames, sourcemap: true, logLevel: 'warning', absWorkingDir: root };
  await esbuild.build({
    ...common,
    entryPoints: { main: 'main/shell/main.ts' },
    outdir: out,
    format: 'cjs',
    // Native modules (and PouchDB, whose LevelDB adapter loads leveldown's prebuilt binary from its own
    // folder) stay in node_modules, packed by electron-builder as production dependencies.
    // tsx is only asked for when running from the TypeScript sources (parse-off-thread.ts), never in the build.
    external: ['electron', 'tsx', 'better-sqlite3-multiple-ciphers', '@hyzyla/pdfium', 'pouchdb-core', 'pouchdb-adapter-leveldb', 'pouchdb-adapter-http', 'pouchdb-replication', 'leveldown'],
  });
  // Large minutes files are read in a worker thread (main/library/parse-off-thread.ts).
  await esbuild.build({ ...common, entryPoints: { 'minutes-parse.worker': 'main/library/parse-worker.ts' }, outdir: out, format: 'cjs' });
  // A sandboxed preload may only require('electron'): bundle everything else into it.
  await esbuild.build({ ...common, entryPoints: { preload: 'main/shell/preload.ts' }, outdir: out, format: 'cjs', external: ['electron'] });
  fs.cpSync(path.join(root, 'main', 'store', 'migrations'), path.join(out, 'migrations'), { recursive: true });
  fs.copyFileSync(path.join(root, 'main', 'papers', 'pdf-text.worker.mjs'), path.join(out, 'pdf-text.worker.mjs'));
}

if (what === 'all' || what === 'renderer') await buildRenderer();
if (what === 'all' || what === 'main') await buildMain();
