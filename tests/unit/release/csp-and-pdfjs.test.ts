/**
 * No eval anywhere in the renderer: the CSP every server of the renderer actually sends (the app://
 * protocol and the preview server) allows neither eval nor inline script, the page itself adds no
 * inline script or weaker policy, and every pdf.js getDocument call in renderer/ passes
 * isEvalSupported: false (found by walking the TypeScript AST, so a new call cannot slip past).
 * tests/unit/shell/csp.test.ts covers the policy string's other directives.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import ts from 'typescript';
import { createHandlers } from '../../../main/api/handlers';
import { startPreviewServer } from '../../../main/preview/server';
import { contentSecurityPolicy } from '../../../main/serve/csp';
import { handleAppRequest } from '../../../main/shell/app-protocol';
import { openStore } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name.toLowerCase(), values] as const;
      }),
  );
}

/** The rules the shipped policy must keep, whoever serves it. */
function expectStrictPolicy(policy: string | null | undefined): void {
  expect(typeof policy).toBe('string');
  const p = policy as string;
  const d = directives(p);
  expect(p).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'/);
  const scriptSrc = d.get('script-src') ?? d.get('default-src');
  expect(scriptSrc).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain('*');
  expect(scriptSrc?.some((s) => /^(data|blob|https?|filesystem):/.test(s))).toBe(false);
  expect(["'self'", "'none'"]).toContain(d.get('default-src')?.join(' '));
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
}

describe('the CSP as actually served', () => {
  it('the policy itself is strict', () => {
    expectStrictPolicy(contentSecurityPolicy());
  });

  it('the app:// protocol sends it with the page', async () => {
    const temp = makeTempDir();
    try {
      fs.writeFileSync(path.join(temp.dir, 'index.html'), '<!doctype html><title>x</title>');
      const response = await handleAppRequest(new Request('app://scrutineer/index.html'), temp.dir);
      expect(response.status).toBe(200);
      expectStrictPolicy(response.headers.get('content-security-policy'));
    } finally {
      temp.cleanup();
    }
  });

  it('the preview server sends the same policy with the page and with API replies', async () => {
    const temp = makeTempDir();
    const rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
    const store = openStore(path.join(temp.dir, 'data'));
    const server = await startPreviewServer({ handlers: createHandlers(store), rendererDir });
    try {
      const get = (p: string, method = 'GET', headers: Record<string, string> = {}) =>
        new Promise<http.IncomingMessage>((resolve, reject) => {
          const req = http.request(`${server.origin}${p}`, { method, headers }, (res) => {
            res.resume();
            resolve(res);
          });
          req.on('error', reject);
          req.end();
        });
      const page = await get('/');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy());
      const api = await get('/api/library.overview', 'POST', { Origin: 'http://evil.example' });
      expect(api.statusCode).toBe(403);
      expect(api.headers['content-security-policy']).toBe(contentSecurityPolicy());
    } finally {
      await server.close();
      store.close();
      temp.cleanup();
    }
  });
});

/** Checks an index.html: no inline script, no event-handler attributes, no meta policy weaker than the header. */
function expectCleanPage(html: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs = '', body = ''] of scripts) {
    expect(attrs).toMatch(/\bsrc=/);
    expect(body.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  for (const [, content = ''] of html.matchAll(/<meta[^>]+http-equiv=["']?content-security-policy["']?[^>]*content=["']([^"']*)["']/gi)) {
    expectStrictPolicy(content);
  }
}

describe('the renderer page', () => {
  it('renderer/index.html has no inline script or handler', () => {
    expectCleanPage(fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8'));
  });

  const built = path.join(ROOT, 'dist', 'renderer', 'index.html');
  // dist/renderer exists after `npm run build` or the browser tests' build; CI builds it for test:e2e.
  (fs.existsSync(built) ? it : it.skip)('the built dist/renderer/index.html has no inline script or handler', () => {
    expectCleanPage(fs.readFileSync(built, 'utf8'));
  });

  // The renderer validates nothing with zod (main does, at the boundary): keeping zod and the contract's
  // schemas out of its bundle keeps it small (about 370 KB lighter).
  (fs.existsSync(built) ? it : it.skip)('the built renderer bundle does not include zod', () => {
    const assets = path.join(ROOT, 'dist', 'renderer', 'assets');
    const scripts = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect([f, /\$ZodType|ZodError/.test(fs.readFileSync(path.join(assets, f), 'utf8'))]).toEqual([f, false]);
  });
});

// ---- pdf.js ----

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Property `name` of an object literal, following spreads of identifiers (and Object.freeze) declared in the same file. */
function propertyValue(obj: ts.ObjectLiteralExpression, name: string, file: ts.SourceFile): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  for (const prop of obj.properties) {
    if (ts.isPropertyAssignment(prop) && prop.name.getText(file) === name) found = prop.initializer;
    if (ts.isShorthandPropertyAssignment(prop) && prop.name.getText(file) === name) found = prop.name;
    if (ts.isSpreadAssignment(prop)) {
      const spread = resolveObject(prop.expression, file);
      const inner = spread && propertyValue(spread, name, file);
      if (inner) found = inner;
    }
  }
  return found;
}

function resolveObject(expr: ts.Expression, file: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(expr)) return expr;
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) return resolveObject(expr.expression, file);
  if (ts.isCallExpression(expr) && expr.expression.getText(file) === 'Object.freeze' && expr.arguments[0]) return resolveObject(expr.arguments[0], file);
  if (ts.isIdentifier(expr)) {
    let init: ts.Expression | undefined;
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && node.name.getText(file) === expr.text && node.initializer) init = node.initializer;
      ts.forEachChild(node, visit);
    };
    visit(file);
    return init ? resolveObject(init, file) : undefined;
  }
  return undefined;
}

interface Call {
  where: string;
  options: ts.ObjectLiteralExpression | undefined;
  file: ts.SourceFile;
}

function getDocumentCalls(): Call[] {
  const calls: Call[] = [];
  for (const full of sourceFiles(path.join(ROOT, 'renderer'))) {
    const file = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true, full.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (name === 'getDocument') {
          const arg = node.arguments[0];
          const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
          calls.push({ where: `${path.relative(ROOT, full)}:${line + 1}`, options: arg && resolveObject(arg, file), file });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}

describe('pdf.js never evaluates code from a PDF', () => {
  const calls = getDocumentCalls();

  it('finds the getDocument calls to check', () => {
    expect(calls.length).toBeGreaterThan(0);
  });

  it('every getDocument call passes an options object with isEvalSupported: false (and no WebAssembly, which the CSP does not allow)', () => {
    for (const call of calls) {
      expect([call.where, call.options ? 'options object' : 'no literal options object']).toEqual([call.where, 'options object']);
      const options = call.options as ts.ObjectLiteralExpression;
      const evalValue = propertyValue(options, 'isEvalSupported', call.file);
      expect([call.where, evalValue?.kind]).toEqual([call.where, ts.SyntaxKind.FalseKeyword]);
      expect([call.where, propertyValue(options, 'useWasm', call.file)?.kind]).toEqual([call.where, ts.SyntaxKind.FalseKeyword]);
    }
  });

  it('the AST check itself catches a call without the option', () => {
    const src = `const O = Object.freeze({ isEvalSupported: true }); getDocument({ ...O, data }); pdfjs.getDocument({ data });`;
    const file = ts.createSourceFile('x.ts', src, ts.ScriptTarget.Latest, true);
    const found: (ts.Expression | undefined)[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && /getDocument$/.test(node.expression.getText(file))) {
        const options = resolveObject(node.arguments[0] as ts.Expression, file);
        found.push(options && propertyValue(options, 'isEvalSupported', file));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(found.map((e) => e?.kind)).toEqual([ts.SyntaxKind.TrueKeyword, undefined]);
  });

  it("nothing renders PDFs through react-pdf's <Document>, which would call getDocument with its own options", () => {
    for (const full of sourceFiles(path.join(ROOT, 'renderer'))) {
      const text = fs.readFileSync(full, 'utf8');
      const imports = [...text.matchAll(/from\s+['"](react-pdf[^'"]*)['"]/g)].map((m) => m[1] ?? '');
      expect([path.relative(ROOT, full), imports.filter((m) => !m.endsWith('.css'))]).toEqual([path.relative(ROOT, full), []]);
    }
  });

  const builtIndex = path.join(ROOT, 'dist', 'renderer', 'index.html');
  (fs.existsSync(builtIndex) ? it : it.skip)('the built renderer bundle carries isEvalSupported: false', () => {
    const html = fs.readFileSync(builtIndex, 'utf8');
    const entry = /<script[^>]+src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'renderer', entry as string), 'utf8');
    expect(bundle).toMatch(/isEvalSupported:\s*(!1|false),\s*useWasm:\s*(!1|false)/);
    expect(bundle).not.toMatch(/isEvalSupported:\s*(!0|true)\s*,\s*useWasm/);
  });
});
