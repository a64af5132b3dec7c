import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { openStore, type Store } from '../../../main/store/database';
import { startPreviewServer, type PreviewServer } from '../../../main/preview/server';
import { EXPORT_HEADER, EXPORT_MIME } from '../../../shared/types/export';
import { decodeWire, encodeWire } from '../../../shared/wire';
import { makeTempDir } from '../../helpers/temp-dir';
import { makePdf } from '../../helpers/make-pdf';

/** Raw HTTP so the test controls every header, including Host and Origin, as an attacker would. */
function request(
  server: PreviewServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('preview server', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let server: PreviewServer;
  let rendererDir: string;

  beforeAll(async () => {
    temp = makeTempDir();
    rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
    fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'outside the renderer');
    store = openStore(path.join(temp.dir, 'data'));
    server = await startPreviewServer({ handlers: createHandlers(store), rendererDir });
  });
  afterAll(async () => {
    await server.close();
    store.close();
    temp.cleanup();
  });

  const api = (method: string, headers: Record<string, string>, body = '{}') =>
    request(server, { method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', Host: new URL(server.origin).host, ...headers }, body });
  const good = () => ({ Origin: server.origin, Authorization: `Bearer ${server.token}` });

  test('listens on loopback only, and prints a URL carrying the token in its fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  test('answers an API call with the token from its own origin', async () => {
    const res = await api('library.overview', good());
    expect(res.status).toBe(200);
    expect(decodeWire(res.body)).toEqual({ ok: true, value: { councils: [], toCheck: [], binCount: 0 } });
  });

  test('refuses a call without the token, with a wrong token, or from another origin', async () => {
    expect((await api('library.overview', { Origin: server.origin })).status).toBe(401);
    expect((await api('library.overview', { Origin: server.origin, Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await api('library.overview', { ...good(), Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('library.overview', { Authorization: `Bearer ${server.token}` })).status).toBe(403);
  });

  test('refuses a request whose Host is not its own (DNS rebinding)', async () => {
    const res = await request(server, { path: '/', headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });

  test('an invalid payload gets a typed error, never a stack trace', async () => {
    const res = await api('library.meeting', good(), encodeWire({ meetingId: 'DROP TABLE' }));
    const reply = decodeWire(res.body) as { ok: boolean; error: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('invalid-input');
    expect(reply.error.message).not.toMatch(/at .*\.ts/);
    const unknown = decodeWire((await api('fs.readFile', good())).body) as { error: { code: string } };
    expect(unknown.error.code).toBe('unknown-method');
    const broken = await api('library.overview', good(), '{not json');
    expect(broken.status).toBe(400);
  });

  test('serves the renderer with the CSP, and nothing outside it', async () => {
    const index = await request(server, { path: '/', headers: { Host: new URL(server.origin).host } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe-eval');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/....//secret.txt']) {
      const res = await request(server, { path: attempt, headers: { Host: new URL(server.origin).host } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
  });
  test('bytes (a stored PDF) come back raw, not as base64 JSON, and an error about them still comes as JSON', async () => {
    const pdf = await makePdf([['Agenda pack', 'Report of the Director of Place']]);
    const handlers = createHandlers(store);
    await handlers['import.file']({ name: 'pack.pdf', data: pdf });
    const { id } = store.db.prepare('SELECT id FROM document_versions ORDER BY id DESC LIMIT 1').get() as { id: number };
    const call = (body: string) =>
      fetch(`${server.origin}/api/papers.file`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...good() }, body });
    const ok = await call(JSON.stringify({ versionId: id }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    const missing = await call(JSON.stringify({ versionId: 999999 }));
    expect(missing.headers.get('content-type')).toBe('application/json');
    expect((decodeWire(await missing.text()) as { ok: boolean }).ok).toBe(false);
  });
  test('an export comes back as raw bytes, its file name and media type in a header', async () => {
    const reply = await fetch(`${server.origin}/api/annotations.exportJsonLd`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...good() }, body: '{}' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/octet-stream');
    const named = JSON.parse(decodeURIComponent(reply.headers.get(EXPORT_HEADER) ?? '')) as { fileName: string; mimeType: string };
    expect(named).toEqual({ fileName: expect.stringMatching(/^scrutineer-annotations-\d{4}-\d{2}-\d{2}\.jsonld$/), mimeType: EXPORT_MIME.jsonld });
    expect(JSON.parse(Buffer.from(await reply.arrayBuffer()).toString('utf8'))).toMatchObject({ type: 'AnnotationCollection' });
  });
});
