/**
 * Path traversal against both servers of the renderer: the app:// protocol handler (what ships) and
 * the preview server's static files (development and browser tests). A secret sits next to the
 * renderer directory, in a sibling whose name starts with the renderer's, and behind symbolic links
 * planted inside it (file, directory, absolute, relative, chained). No request may read any of it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createHandlers } from '../../../main/api/handlers';
import { startPreviewServer, type PreviewServer } from '../../../main/preview/server';
import { resolveServedFile } from '../../../main/serve/resolve-asset';
import { handleAppRequest } from '../../../main/shell/app-protocol';
import { openStore, type Store } from '../../../main/store/database';
import { makeTempDir } from '../../helpers/temp-dir';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';
const symlinks = process.platform !== 'win32';

let temp: ReturnType<typeof makeTempDir>;
let root: string;
let store: Store;
let server: PreviewServer;

beforeAll(async () => {
  temp = makeTempDir();
  root = path.join(temp.dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), SECRET);
  // A sibling whose name has the root's as a prefix: "/x/renderer-private" starts with "/x/renderer".
  fs.mkdirSync(path.join(temp.dir, 'renderer-private'));
  fs.writeFileSync(path.join(temp.dir, 'renderer-private', 'secret.txt'), SECRET);
  if (symlinks) {
    fs.symlinkSync(path.join(temp.dir, 'secret.txt'), path.join(root, 'assets', 'absolute-link.js'));
    fs.symlinkSync('../../secret.txt', path.join(root, 'assets', 'relative-link.js'));
    fs.symlinkSync(path.join(temp.dir, 'renderer-private'), path.join(root, 'linked-dir'));
    fs.symlinkSync(path.join(root, 'assets', 'absolute-link.js'), path.join(root, 'chained-link.js'));
    fs.symlinkSync(temp.dir, path.join(root, 'parent-link'));
    fs.symlinkSync('/etc', path.join(root, 'etc-link'));
    fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'inside-link.js'));
  }
  store = openStore(path.join(temp.dir, 'data'));
  server = await startPreviewServer({ handlers: createHandlers(store), rendererDir: root });
});
afterAll(async () => {
  await server.close();
  store.close();
  temp.cleanup();
});

/** Request paths an attacker would try; each is sent raw (no client-side normalisation). */
const HOSTILE_PATHS = [
  '/../secret.txt',
  '/../../../../../../etc/passwd',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/%2E%2E/etc/passwd',
  '/.%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/assets%2f..%2f..%2fsecret.txt',
  '/%252e%252e/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/..%252fsecret.txt',
  '/%25252e%25252e/secret.txt',
  '/..%c0%afsecret.txt',
  '/..%c1%9csecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/..\\secret.txt',
  '/assets\\..\\..\\secret.txt',
  '/..%5csecret.txt',
  '/..%5Csecret.txt',
  '/%5c%5cserver%5cshare%5csecret.txt',
  '/\\\\server\\share\\secret.txt',
  '//server/share/secret.txt',
  `/${'%2e%2e/'.repeat(10)}secret.txt`,
  '/C:/Windows/win.ini',
  '/C:%5CWindows%5Cwin.ini',
  '/c:\\windows\\win.ini',
  '/%43:%5cwindows',
  '/index.html%00.js',
  '/secret.txt%00',
  '/../renderer-private/secret.txt',
  '/%2e%2e/renderer-private/secret.txt',
  `/${'a'.repeat(5000)}`,
  `/${'../'.repeat(2000)}secret.txt`,
  '/assets/',
  '/assets',
  '/missing.js',
];

const SYMLINK_PATHS = [
  '/assets/absolute-link.js',
  '/assets/relative-link.js',
  '/linked-dir/secret.txt',
  '/chained-link.js',
  '/parent-link/secret.txt',
  '/parent-link/renderer-private/secret.txt',
  '/etc-link/passwd',
  '/etc-link/hostname',
];

function previewGet(requestPath: string): Promise<{ status: number; body: string }> {
  const { port, host } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: requestPath, method: 'GET', headers: { Host: host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

const etcPasswd = (() => {
  try {
    return fs.readFileSync('/etc/passwd', 'utf8').slice(0, 40);
  } catch {
    return null;
  }
})();
const leaks = (body: string) => body.includes(SECRET) || (etcPasswd !== null && etcPasswd.length > 0 && body.includes(etcPasswd));

describe('app:// protocol', () => {
  it('serves the renderer itself (the control)', async () => {
    const res = await handleAppRequest(new Request('app://scrutineer/assets/app.js'), root);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log("app")');
  });

  it.each(HOSTILE_PATHS.filter((p) => !p.includes('%00')))('refuses %s', async (requestPath) => {
    const res = await handleAppRequest(new Request(`app://scrutineer${requestPath}`), root);
    expect(res.status).toBe(404);
    expect(leaks(await res.text())).toBe(false);
  });

  it('refuses NUL bytes, encoded or raw', async () => {
    for (const url of ['app://scrutineer/index.html%00.js', 'app://scrutineer/secret.txt%00', 'app://scrutineer/index.html\0.js']) {
      const res = await handleAppRequest(new Request(url), root);
      expect(res.status).toBe(404);
    }
  });

  (symlinks ? it.each(SYMLINK_PATHS) : it.skip.each(SYMLINK_PATHS))('refuses the symbolic link %s that leads outside', async (requestPath) => {
    const res = await handleAppRequest(new Request(`app://scrutineer${requestPath}`), root);
    expect(res.status).toBe(404);
    expect(leaks(await res.text())).toBe(false);
  });

  (symlinks ? it : it.skip)('follows a symbolic link that stays inside', async () => {
    const res = await handleAppRequest(new Request('app://scrutineer/inside-link.js'), root);
    expect(res.status).toBe(200);
  });
});

describe('preview server static files', () => {
  it('serves the renderer itself (the control)', async () => {
    const res = await previewGet('/assets/app.js');
    expect(res).toEqual({ status: 200, body: 'console.log("app")' });
  });

  it.each(HOSTILE_PATHS)('refuses %s', async (requestPath) => {
    const res = await previewGet(requestPath);
    expect([requestPath, res.status]).toEqual([requestPath, 404]);
    expect(leaks(res.body)).toBe(false);
  });

  (symlinks ? it.each(SYMLINK_PATHS) : it.skip.each(SYMLINK_PATHS))('refuses the symbolic link %s that leads outside', async (requestPath) => {
    const res = await previewGet(requestPath);
    expect(res.status).toBe(404);
    expect(leaks(res.body)).toBe(false);
  });

  (symlinks ? it : it.skip)('follows a symbolic link that stays inside', async () => {
    expect(await previewGet('/inside-link.js')).toEqual({ status: 200, body: 'console.log("app")' });
  });
});

describe('resolveServedFile', () => {
  it('returns the real path of a file inside, and null for directories, missing files and links outside', () => {
    expect(resolveServedFile(root, '/index.html')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveServedFile(root, '/assets')).toBeNull();
    expect(resolveServedFile(root, '/nope.js')).toBeNull();
    expect(resolveServedFile(path.join(temp.dir, 'no-such-root'), '/index.html')).toBeNull();
    if (symlinks) {
      for (const p of SYMLINK_PATHS) expect(resolveServedFile(root, p)).toBeNull();
      expect(resolveServedFile(root, '/inside-link.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'app.js')));
    }
  });
});
