/**
 * The release gate (scripts/security-gate.ts): its filtering, its suppression file, its CSP check,
 * and — through real electronegativity runs — that it fails on a deliberately insecure Electron app.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_SUPPRESSIONS,
  type Finding,
  applySuppressions,
  evaluateHeaderCsp,
  forbiddenBundleSources,
  gatePasses,
  loadSuppressions,
  scan,
} from '../../../scripts/security-gate';
import { makeTempDir } from '../../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const finding = (over: Partial<Finding>): Finding => ({
  check: 'NODE_INTEGRATION_JS_CHECK',
  severity: 'HIGH',
  confidence: 'FIRM',
  file: 'shell/window.ts',
  line: 8,
  sample: 'nodeIntegration: true',
  description: 'Disable nodeIntegration for untrusted origins',
  ...over,
});
const reason = 'A reason that is long enough to say why this finding is safe here.';

// An Electron main process with every classic mistake.
const INSECURE_MAIN = `
const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true },
  });
  win.loadURL('http://example.com/');
});
`;

describe('applySuppressions', () => {
  it('blocks every HIGH and MEDIUM finding that no suppression matches', () => {
    const result = applySuppressions([finding({}), finding({ check: 'PRELOAD_JS_CHECK', severity: 'MEDIUM' })], []);
    expect(result.blocking.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK', 'PRELOAD_JS_CHECK']);
    expect(gatePasses(result, [])).toBe(false);
  });

  it('lets LOW and INFORMATIONAL findings through without a suppression', () => {
    const result = applySuppressions([finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })], []);
    expect(result.blocking).toEqual([]);
    expect(result.informational).toHaveLength(2);
    expect(gatePasses(result, [])).toBe(true);
  });

  it('suppresses only the same check in the same file whose sample matches', () => {
    const suppression = { check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts', sample: "preload: path\\.join\\(__dirname, 'preload\\.js'\\)", reason };
    const wanted = finding({ check: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', sample: "preload: path.join(__dirname, 'preload.js')," });
    const otherFile = { ...wanted, file: 'shell/other-window.ts' };
    const otherSample = { ...wanted, sample: "preload: path.join(__dirname, 'evil.js')," };
    const otherCheck = { ...wanted, check: 'OPEN_EXTERNAL_JS_CHECK' };
    const result = applySuppressions([wanted, otherFile, otherSample, otherCheck], [suppression]);
    expect(result.suppressed.map((s) => s.finding)).toEqual([wanted]);
    expect(result.blocking).toEqual([otherFile, otherSample, otherCheck]);
    expect(gatePasses(result, [])).toBe(false);
  });

  it('fails on a suppression that matches nothing, and on files the scanner could not parse', () => {
    const stale = { check: 'AUXCLICK_JS_CHECK', file: 'shell/window.ts', reason };
    const result = applySuppressions([], [stale]);
    expect(result.unusedSuppressions).toEqual([stale]);
    expect(gatePasses(result, [])).toBe(false);
    expect(gatePasses(applySuppressions([], []), [{ file: 'x.js', message: 'Unknown node type' }])).toBe(false);
    expect(gatePasses(applySuppressions([], []), [])).toBe(true);
  });
});

describe('the suppression file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  const write = (suppressions: unknown) => {
    const file = path.join(temp.dir, 's.json');
    fs.writeFileSync(file, JSON.stringify({ suppressions }));
    return file;
  };

  it('the project file loads, and every entry names a check, a file and a specific reason', () => {
    const suppressions = loadSuppressions(DEFAULT_SUPPRESSIONS);
    for (const s of suppressions) {
      expect(s.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(s.reason.length).toBeGreaterThan(80);
      // A reason points at the code or test that makes it true.
      expect(s.reason).toMatch(/\.(ts|js)\b/);
    }
  });

  it('refuses entries without a real reason, with unknown fields, or with a bad regex', () => {
    expect(() => loadSuppressions(write([{ check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts' }]))).toThrow(/reason/);
    expect(() => loadSuppressions(write([{ check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts', reason: 'fine' }]))).toThrow(/reason/);
    expect(() => loadSuppressions(write([{ check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts', reason, line: 3 }]))).toThrow(/unknown field/);
    expect(() => loadSuppressions(write([{ check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts', reason, sample: '(' }]))).toThrow();
    expect(() => loadSuppressions(write([{ check: 'preload', file: 'shell/window.ts', reason }]))).toThrow(/check/);
    expect(() => loadSuppressions(write([{ check: 'PRELOAD_JS_CHECK', reason }]))).toThrow(/file/);
  });
});

describe('evaluateHeaderCsp', () => {
  it('finds nothing HIGH or MEDIUM in the app CSP', () => {
    expect(evaluateHeaderCsp().filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')).toEqual([]);
  });

  it('blocks a CSP that allows eval, inline script or any source', () => {
    const weak = evaluateHeaderCsp("default-src *; script-src 'self' 'unsafe-eval' 'unsafe-inline'; object-src *");
    const blocking = weak.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
    expect(blocking.length).toBeGreaterThanOrEqual(3);
    expect(blocking.map((f) => f.description).join('\n')).toMatch(/eval/);
    expect(evaluateHeaderCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'").some((f) => f.severity === 'HIGH')).toBe(true);
  });
});

describe('forbiddenBundleSources', () => {
  it('names bundled preview, CLI, test and script sources, not dependencies that happen to have such folders', () => {
    const temp = makeTempDir();
    try {
      const map = path.join(temp.dir, 'main.js.map');
      const sources = [
        '../../main/shell/main.ts',
        '../../main/preview/server.ts',
        '../../main/cli/index.ts',
        '../../tests/helpers/make-pdf.ts',
        '../../node_modules/some-lib/scripts/util.js',
        '../../node_modules/other/tests/x.js',
      ];
      fs.writeFileSync(map, JSON.stringify({ version: 3, sources, mappings: '' }));
      expect(forbiddenBundleSources(map)).toEqual(['../../main/preview/server.ts', '../../main/cli/index.ts', '../../tests/helpers/make-pdf.ts']);
    } finally {
      temp.cleanup();
    }
  });
});

describe('electronegativity on a deliberately insecure app', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    temp = makeTempDir();
    fs.mkdirSync(path.join(temp.dir, 'app'));
    fs.writeFileSync(path.join(temp.dir, 'app', 'main.js'), INSECURE_MAIN);
    fs.writeFileSync(path.join(temp.dir, 'none.json'), JSON.stringify({ suppressions: [] }));
  });
  afterAll(() => temp.cleanup());

  it('reports the misconfigurations as blocking findings', async () => {
    const { findings, errors } = await scan(path.join(temp.dir, 'app'));
    expect(errors).toEqual([]);
    const blocking = applySuppressions(findings, []).blocking.map((f) => f.check);
    expect(blocking).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'INSECURE_CONTENT_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  }, 60000);

  it('makes the gate exit non-zero, naming the findings', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/security-gate.ts', '--input', path.join(temp.dir, 'app'), '--suppressions', path.join(temp.dir, 'none.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/HIGH +CONTEXT_ISOLATION_JS_CHECK +main\.js:5/);
    expect(run.stdout).toContain('Security gate FAILED.');
  }, 60000);
});
