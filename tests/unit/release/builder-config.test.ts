/**
 * electron-builder.yml, checked without the Electron binary (which cannot be downloaded here): the
 * whole file against electron-builder's own JSON schema (so a misspelt key fails), then the release
 * decisions one by one — fuses, asar, what ships, native rebuild, the three platforms' targets,
 * signing/notarisation inputs — and that the built main bundle holds no preview code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { minimatch } from 'minimatch';
import { forbiddenBundleSources } from '../../../scripts/security-gate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// js-yaml and ajv come with electron-builder (app-builder-lib depends on both).
const yaml = require('js-yaml') as { load(text: string): unknown };
const text = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
type Config = Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: string[] };
  nsis: Record<string, unknown>;
  mac: Record<string, unknown> & { target: string[] };
  linux: Record<string, unknown> & { target: string[] };
  directories: { output: string; buildResources: string };
};
const config = yaml.load(text) as Config;
const scheme = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
// No type coercion: "true" in quotes is a string, and the schema should say so.
const validate = new Ajv({ allErrors: true, strict: false, coerceTypes: false }).compile(scheme);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a misspelt key, a misspelt fuse and a wrongly typed value', () => {
    expect(validate({ ...config, electronFuse: config.electronFuses })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'false' } })).toBe(false);
    expect(validate({ ...config, mac: { ...config.mac, hardenedRuntme: true } })).toBe(false);
  });

  it('flips every fuse the release checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('packs an asar (which the asar-only and integrity fuses rely on), native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships the built app and package.json, and never sources, preview, CLI, tests or scripts', () => {
    const positives = config.files.filter((f) => !f.startsWith('!'));
    const negatives = config.files.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
    expect(positives).toEqual(['dist/main/**/*', 'dist/renderer/**/*', 'package.json']);
    const ships = (file: string) => positives.some((p) => minimatch(file, p, { dot: true })) && !negatives.some((n) => minimatch(file, n, { dot: true }));
    for (const file of ['dist/main/main.js', 'dist/main/preload.js', 'dist/main/migrations/0001-init.sql', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'package.json']) {
      expect([file, ships(file)]).toEqual([file, true]);
    }
    for (const file of [
      'main/preview/server.ts',
      'main/preview/cli.ts',
      'main/cli/index.ts',
      'main/shell/main.ts',
      'dist/main/preview/server.js',
      'dist/renderer/preview/x.js',
      'shared/contract.ts',
      'renderer/index.html',
      'tests/unit/api/fuzz.test.ts',
      'scripts/security-gate.ts',
      'dist/main/main.test.js',
      'dist/main/types.ts',
      'node_modules/electron/dist/electron',
      'tsconfig.json',
    ]) {
      expect([file, ships(file)]).toEqual([file, false]);
    }
  });

  it('rebuilds better-sqlite3-multiple-ciphers for Electron', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.nativeRebuilder).toBe('sequential');
    expect(config.buildDependenciesFromSource).toBe(false);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      main: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
      optionalDependencies: Record<string, string>;
    };
    // A runtime dependency, so electron-builder packs and rebuilds it; electron itself is not packed.
    expect(pkg.dependencies['better-sqlite3-multiple-ciphers']).toBeDefined();
    expect(pkg.optionalDependencies.electron).toBeDefined();
    expect(config.files).toContain('!node_modules/electron{,/**/*}');
    expect(pkg.main).toBe('dist/main/main.js');
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
  });

  it('builds an NSIS installer on Windows', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.perMachine).toBe(false);
    // The member's library is theirs: uninstalling never deletes it.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds a hardened, notarisable DMG on macOS with minimal entitlements', () => {
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    expect(config.mac.entitlements).toBe('assets/entitlements.mac.plist');
    expect(config.mac.entitlementsInherit).toBe('assets/entitlements.mac.plist');
    const plist = fs.readFileSync(path.join(ROOT, 'assets', 'entitlements.mac.plist'), 'utf8');
    const keys = [...plist.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    // V8 needs JIT under the hardened runtime; nothing else is granted.
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    expect(plist).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
  });

  it('keeps signing and notarisation secrets out of the file (they come from the environment)', () => {
    expect(text).not.toMatch(/\b(appleId|appleIdPassword|teamId|certificatePassword|cscKeyPassword|password|apiKey)\s*:/i);
    expect(text).not.toMatch(/APPLE_(ID|APP_SPECIFIC_PASSWORD|TEAM_ID|API_KEY)\s*[:=]\s*\S/);
    expect(config.mac.identity).toBeUndefined();
  });

  it('builds an AppImage and a deb on Linux, filed under Office', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^\S.* <[^@\s]+@[^>\s]+>$/);
  });

  it('has an icon large enough for every platform (electron-builder derives .icns and .ico from it)', () => {
    expect(config.icon).toBe('assets/icon.png');
    const png = fs.readFileSync(path.join(ROOT, 'assets', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });
});

describe('the built main bundle', () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), 'main'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  }, 120000);

  it('contains the shell and no preview server, CLI, test or script code', () => {
    const map = path.join(ROOT, 'dist', 'main', 'main.js.map');
    const sources = (JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] }).sources;
    expect(sources.some((s) => s.endsWith('main/shell/main.ts'))).toBe(true);
    expect(forbiddenBundleSources(map)).toEqual([]);
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'main', 'main.js'), 'utf8');
    expect(bundle).not.toContain('startPreviewServer');
    expect(bundle).not.toContain('Missing or wrong preview token');
    const preload = fs.readFileSync(path.join(ROOT, 'dist', 'main', 'preload.js'), 'utf8');
    expect(preload).not.toContain('startPreviewServer');
  });
});
