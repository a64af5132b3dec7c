import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy } from '../../../main/serve/csp';
import { handleAppRequest, resolveAppRequest } from '../../../main/shell/app-protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'top secret');
  if (process.platform !== 'win32') {
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.js'));
    fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'alias.js'));
  }
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handleAppRequest(new Request(url, { method }), root);

describe('app:// protocol handler', () => {
  it('serves index.html for / and files inside the renderer, with the CSP', async () => {
    for (const url of ['app://scrutineer/', 'app://scrutineer/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(await response.text()).toContain('<title>Scrutineer</title>');
    }
    const js = await get('app://scrutineer/assets/app.js?v=2');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://scrutineer/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses other methods with 405 and the CSP', async () => {
    const response = await get('app://scrutineer/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it.each([
    'app://other/index.html',
    'app://scrutineer.example/index.html',
    'app://scrutineer:99/index.html',
    'https://scrutineer/index.html',
    'file:///etc/passwd',
    'app://scrutineer/missing.js',
    'app://scrutineer/assets',
    'app://scrutineer/assets/',
    'app://scrutineer/%2e%2e/secret.txt',
    'app://scrutineer/assets%2f..%2f..%2fsecret.txt',
    'app://scrutineer/..%5csecret.txt',
    'app://scrutineer/../secret.txt',
  ])('404s %s, with the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await response.text()).not.toContain('top secret');
  });

  const symlinks = process.platform !== 'win32' ? it : it.skip;
  symlinks('follows a symbolic link only when its target stays inside the renderer directory', async () => {
    expect((await get('app://scrutineer/assets/escape.js')).status).toBe(404);
    expect(await resolveAppRequest(root, 'app://scrutineer/assets/escape.js')).toBeNull();
    const alias = await get('app://scrutineer/assets/alias.js');
    expect(alias.status).toBe(200);
    expect(await alias.text()).toBe('console.log(1)');
  });

  it('resolveAppRequest refuses unparsable URLs and URLs with credentials', async () => {
    expect(await resolveAppRequest(root, 'not a url')).toBeNull();
    expect(await resolveAppRequest(root, 'app://user@scrutineer/index.html')).toBeNull();
    expect(await resolveAppRequest(root, 'app://scrutineer/index.html')).toBe(fs.realpathSync(path.join(root, 'index.html')));
  });
});
