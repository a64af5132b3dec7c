import path from 'node:path';
import { mimeType, resolveAssetPath } from '../../../main/serve/resolve-asset';

const root = path.resolve('/srv/scrutineer/dist/renderer');
const inside = (p: string | null) => p !== null && (p === root || p.startsWith(root + path.sep));

describe('resolveAssetPath', () => {
  it('maps ordinary paths inside the root', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/pdf.worker.min.mjs?v=3#x')).toBe(path.join(root, 'assets', 'pdf.worker.min.mjs'));
    expect(resolveAssetPath(root, '/fonts/Open%20Sans.woff2')).toBe(path.join(root, 'fonts', 'Open Sans.woff2'));
  });

  it.each([
    '/../etc/passwd',
    '../etc/passwd',
    '/assets/../../etc/passwd',
    '/./index.html',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/.%2e/etc/passwd',
    '/assets%2f..%2f..%2fetc%2fpasswd',
    '/assets%2F..%2F..%2Fetc%2Fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/..%5C..%5Cwindows',
    '/..\\..\\windows\\win.ini',
    '\\..\\..\\etc\\passwd',
    '/assets\\index.js',
    '/C:\\Windows\\win.ini',
    'C:\\Windows\\win.ini',
    '/C:/Windows/win.ini',
    'c:/windows/win.ini',
    '//C:/Windows/win.ini',
    '/index.html%00.png',
    '/index.html\0.png',
    '/%E0%A4%A',
    `/${'a'.repeat(1100)}`,
    `/${'a/'.repeat(600)}index.html`,
  ])('refuses %j', (requestPath) => {
    expect(resolveAssetPath(root, requestPath)).toBeNull();
  });

  it('keeps an absolute path such as /etc/passwd inside the root', () => {
    const resolved = resolveAssetPath(root, '/etc/passwd');
    expect(resolved).toBe(path.join(root, 'etc', 'passwd'));
    expect(inside(resolved)).toBe(true);
    const doubled = resolveAssetPath(root, '//etc//passwd');
    expect(inside(doubled)).toBe(true);
  });

  it('never resolves outside the root for any of a batch of hostile paths', () => {
    const parts = ['..', '.', '%2e', '%2e%2e', '%2f', '%5c', '\\', '/', 'etc', 'passwd', '%00', 'C:', '~', '%252e%252e'];
    for (const a of parts) for (const b of parts) for (const c of parts) {
      const resolved = resolveAssetPath(root, `/${a}/${b}/${c}`);
      if (resolved !== null) expect(inside(resolved)).toBe(true);
    }
  });

  it('refuses non-string input', () => {
    expect(resolveAssetPath(root, undefined as unknown as string)).toBeNull();
  });
});

describe('mimeType', () => {
  it('knows the renderer asset types and falls back to octet-stream', () => {
    expect(mimeType('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('pdf.worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('style.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('font.woff2')).toBe('font/woff2');
    expect(mimeType('thing.exe')).toBe('application/octet-stream');
  });
});
