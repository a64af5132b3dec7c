// `npm run security`: the release gate. Builds main (esbuild), then runs electronegativity over what
// ships — the Electron shell's sources (readable locations), the built dist/main bundle (everything
// bundled into it), the renderer's index.html and package.json — and evaluates the CSP the app://
// protocol sends as a header (which electronegativity cannot see) with the same CSP evaluator.
// Exits 1 on any HIGH or MEDIUM finding not suppressed in security/electronegativity-suppressions.json
// (each suppression has a written reason), on a suppression that no longer matches anything, on a
// file the scanner could not parse, or when the built bundle contains preview/CLI/test code.
//
//   npm run security                      build main, stage, scan, gate
//   tsx scripts/security-gate.ts --input DIR [--suppressions FILE]   scan DIR as it is (used by tests)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy } from '../main/serve/csp';

const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_SUPPRESSIONS = path.join(ROOT, 'security', 'electronegativity-suppressions.json');

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
const BLOCKING: readonly Severity[] = ['HIGH', 'MEDIUM'];

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** Relative to the scanned folder ("shell/window.ts", "bundle/main.js"), or "N/A" for app-wide checks. */
  file: string;
  line: number;
  sample: string;
  description: string;
}

export interface Suppression {
  check: string;
  file: string;
  /** Optional regular expression the finding's code sample must match, so a new call in the same file is not hidden. */
  sample?: string;
  reason: string;
}

export interface GateResult {
  blocking: Finding[];
  suppressed: { finding: Finding; suppression: Suppression }[];
  unusedSuppressions: Suppression[];
  informational: Finding[];
}

/** Reads and checks the suppression file: every entry names a check and a file and gives a real reason. */
export function loadSuppressions(file: string): Suppression[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { suppressions?: unknown };
  if (!Array.isArray(raw.suppressions)) throw new Error(`${file}: expected {"suppressions": [...]}`);
  return raw.suppressions.map((entry: unknown, i) => {
    const e = entry as Record<string, unknown>;
    const where = `${file}: suppression ${i + 1}`;
    const allowed = ['check', 'file', 'sample', 'reason'];
    const extra = Object.keys(e).filter((k) => !allowed.includes(k));
    if (extra.length) throw new Error(`${where}: unknown field(s) ${extra.join(', ')}`);
    if (typeof e.check !== 'string' || !/^[A-Z_]+$/.test(e.check)) throw new Error(`${where}: "check" must be an electronegativity check id`);
    if (typeof e.file !== 'string' || e.file === '') throw new Error(`${where}: "file" is required ("N/A" for app-wide checks)`);
    if (e.sample !== undefined && typeof e.sample !== 'string') throw new Error(`${where}: "sample" must be a regular expression string`);
    if (typeof e.sample === 'string') new RegExp(e.sample);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 40) throw new Error(`${where}: "reason" must explain why (40 characters at least)`);
    return { check: e.check, file: e.file, reason: e.reason, ...(typeof e.sample === 'string' ? { sample: e.sample } : {}) };
  });
}

const matches = (s: Suppression, f: Finding) =>
  s.check === f.check && s.file === f.file && (s.sample === undefined || new RegExp(s.sample).test(f.sample));

/** Splits findings into blocking (HIGH/MEDIUM, unsuppressed), suppressed and informational, and finds stale suppressions. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): GateResult {
  const result: GateResult = { blocking: [], suppressed: [], unusedSuppressions: [], informational: [] };
  const used = new Set<Suppression>();
  for (const finding of findings) {
    if (!BLOCKING.includes(finding.severity)) {
      result.informational.push(finding);
      continue;
    }
    const suppression = suppressions.find((s) => matches(s, finding));
    if (suppression) {
      used.add(suppression);
      result.suppressed.push({ finding, suppression });
    } else {
      result.blocking.push(finding);
    }
  }
  result.unusedSuppressions = suppressions.filter((s) => !used.has(s));
  return result;
}

export const gatePasses = (result: GateResult, scanErrors: unknown[]): boolean =>
  result.blocking.length === 0 && result.unusedSuppressions.length === 0 && scanErrors.length === 0;

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
}
type Runner = (options: Record<string, unknown>, forCli?: boolean) => Promise<{ issues: RawIssue[]; errors: unknown[] }>;

/** The Electron version the app is built with (electron-builder reads the same). */
export function electronVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> };
    const range = pkg.optionalDependencies?.electron ?? '';
    const version = /\d+\.\d+\.\d+/.exec(range)?.[0];
    if (!version) throw new Error('Cannot tell which Electron version the app uses.');
    return version;
  }
}

/** Runs electronegativity over one folder. Its network look-up of Electron releases is left out: the gate must not depend on the network. */
export async function scan(input: string, version = electronVersion()): Promise<{ findings: Finding[]; errors: unknown[] }> {
  const run = require('@doyensec/electronegativity') as Runner;
  const { issues, errors } = await run(
    {
      input,
      isRelative: true,
      electronVersionOverride: version,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: [],
    },
    false,
  );
  const findings = issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name.toUpperCase() as Severity,
    confidence: issue.confidence.name,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location.line,
    sample: String(issue.sample ?? ''),
    description: issue.description,
  }));
  return { findings, errors };
}

/**
 * The CSP the app:// protocol sends as a header (main/serve/csp.ts), judged by the evaluator
 * electronegativity itself uses, plus the project's own rule: no eval and no inline script, ever.
 */
export function evaluateHeaderCsp(policy = contentSecurityPolicy()): Finding[] {
  const csp = require('@doyensec/csp-evaluator') as {
    CspParser: new (policy: string) => { csp: unknown };
    CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number; directive: string; value?: string; description: string }[] };
    Version: { CSP3: unknown };
    severities: Record<string, number>;
  };
  const { HIGH, SYNTAX, MEDIUM, HIGH_MAYBE, MEDIUM_MAYBE } = csp.severities as Record<string, number>;
  const found: Finding[] = [];
  const base = { check: 'CSP_HEADER_CHECK', confidence: 'CERTAIN', file: 'serve/csp.ts', line: 0, sample: policy };
  for (const f of new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate()) {
    const severity: Severity = f.severity === HIGH || f.severity === SYNTAX ? 'HIGH' : f.severity === MEDIUM || f.severity === HIGH_MAYBE ? 'MEDIUM' : f.severity === MEDIUM_MAYBE ? 'LOW' : 'INFORMATIONAL';
    found.push({ ...base, severity, description: `${f.directive}${f.value ? ` ${f.value}` : ''}: ${f.description}` });
  }
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (/'(unsafe-eval|wasm-unsafe-eval|unsafe-hashes)'/.test(policy)) found.push({ ...base, severity: 'HIGH', description: 'The CSP allows eval.' });
  if (scripts.includes("'unsafe-inline'") || scripts.length === 0) found.push({ ...base, severity: 'HIGH', description: 'script-src allows inline script or is missing.' });
  return found;
}

/** Source files and bundle paths that must never be inside dist/main/main.js. */
const NEVER_SHIPPED = [/^main\/preview\//, /^main\/cli\//, /^tests\//, /^scripts\//];

/** Reads the bundle's source map and returns every bundled source from preview, CLI, tests or scripts. */
export function forbiddenBundleSources(mapFile: string): string[] {
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[] };
  return map.sources.map((s) => s.replace(/\\/g, '/')).filter((s) => NEVER_SHIPPED.some((re) => re.test(s.replace(/^(\.\.\/)+/, ''))));
}

/** Copies what ships into one folder, so electronegativity's app-wide checks see the whole app at once. */
export function stage(dir: string): void {
  const copyDir = (from: string, to: string, filter: (name: string) => boolean) => {
    fs.mkdirSync(to, { recursive: true });
    for (const name of fs.readdirSync(from).filter(filter)) fs.copyFileSync(path.join(from, name), path.join(to, name));
  };
  copyDir(path.join(ROOT, 'main', 'shell'), path.join(dir, 'shell'), (n) => n.endsWith('.ts'));
  copyDir(path.join(ROOT, 'main', 'serve'), path.join(dir, 'serve'), (n) => n.endsWith('.ts'));
  fs.mkdirSync(path.join(dir, 'bundle'));
  for (const name of ['main.js', 'preload.js']) {
    const file = path.join(ROOT, 'dist', 'main', name);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: the build did not run.`);
    fs.copyFileSync(file, path.join(dir, 'bundle', name));
  }
  // Vite only rewrites the script and asset URLs of this file; its security-relevant content is the source's.
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.copyFileSync(path.join(ROOT, 'renderer', 'index.html'), path.join(dir, 'renderer', 'index.html'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
}

const line = (f: Finding) => `  ${f.severity.padEnd(13)} ${f.check.padEnd(40)} ${f.file}${f.line ? `:${f.line}` : ''}  ${f.description}`;

export function report(result: GateResult, errors: unknown[], extra: string[]): string {
  const out: string[] = [];
  out.push(`Security gate: ${result.blocking.length} blocking, ${result.suppressed.length} suppressed, ${result.informational.length} low/informational.`);
  if (result.blocking.length) out.push('Blocking findings (HIGH/MEDIUM, not suppressed):', ...result.blocking.map(line));
  if (result.unusedSuppressions.length) {
    out.push('Suppressions that match no finding (remove them):', ...result.unusedSuppressions.map((s) => `  ${s.check} ${s.file}`));
  }
  if (errors.length) out.push('Files the scanner could not read (so they were not checked):', ...errors.map((e) => `  ${JSON.stringify(e)}`));
  if (result.suppressed.length) out.push('Suppressed:', ...result.suppressed.map(({ finding, suppression }) => `${line(finding)}\n      reason: ${suppression.reason}`));
  if (result.informational.length) out.push('Low/informational (not blocking):', ...result.informational.map(line));
  out.push(...extra);
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const suppressions = loadSuppressions(arg('--suppressions') ?? DEFAULT_SUPPRESSIONS);
  const input = arg('--input');
  const extra: string[] = [];
  let findings: Finding[];
  let errors: unknown[];

  if (input) {
    ({ findings, errors } = await scan(path.resolve(input)));
  } else {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), 'main'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('Security gate: building main failed.');
      return 1;
    }
    const leaked = forbiddenBundleSources(path.join(ROOT, 'dist', 'main', 'main.js.map'));
    if (leaked.length) extra.push('The main bundle contains code that must never ship:', ...leaked.map((s) => `  ${s}`));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-security-'));
    try {
      stage(dir);
      ({ findings, errors } = await scan(dir));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    findings.push(...evaluateHeaderCsp());
    if (leaked.length) errors = [...errors, ...leaked.map((file) => ({ file, message: 'must not be bundled' }))];
  }

  const result = applySuppressions(findings, suppressions);
  console.log(report(result, errors, extra));
  const passed = gatePasses(result, errors);
  console.log(passed ? 'Security gate passed.' : 'Security gate FAILED.');
  return passed ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('Security gate could not run:', error);
      process.exit(1);
    },
  );
}
