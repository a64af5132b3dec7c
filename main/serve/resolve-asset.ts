import fs from 'node:fs';
import path from 'node:path';

/**
 * Maps a request path (from app://scrutineer/… or the preview server) to a file inside rootDir,
 * or null. Refuses "..", encoded separators, NUL, backslashes, absolute and drive paths, so
 * nothing outside the built renderer can ever be served.
 */
export function resolveAssetPath(rootDir: string, requestPath: string): string | null {
  if (typeof requestPath !== 'string' || requestPath.length > 1024) return null;
  const rawPath = requestPath.split(/[?#]/, 1)[0] ?? '';
  // Encoded slashes, backslashes and dots must not be decoded into separators or parent steps.
  if (/%(2f|5c|2e|00)/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /^[a-zA-Z]:/.test(decoded.replace(/^\/+/, ''))) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

/**
 * resolveAssetPath, and then the file's real path (symbolic links followed) must still be inside
 * the real rootDir and be a regular file: a link planted in the renderer directory cannot expose
 * anything outside it. Null when the request must not be served.
 */
export function resolveServedFile(rootDir: string, requestPath: string): string | null {
  const file = resolveAssetPath(rootDir, requestPath);
  if (!file) return null;
  try {
    const realRoot = fs.realpathSync(rootDir);
    const realFile = fs.realpathSync(file);
    if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) return null;
    return fs.statSync(realFile).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const mimeType = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
