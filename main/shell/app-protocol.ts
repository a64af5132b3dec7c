/**
 * The app:// protocol's request handler, as a pure function of a WHATWG Request (no electron
 * import, so it is unit-tested with Node's own Request/Response). protocol.ts registers it.
 *
 * Serves only files inside the built renderer directory, only for app://scrutineer/, only for
 * GET and HEAD, with the security headers (CSP and friends) on every response, errors included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { securityHeaders } from '../serve/csp';
import { mimeType, resolveAssetPath } from '../serve/resolve-asset';
import { APP_HOST, APP_SCHEME } from './navigation-policy';

function textResponse(status: number, body: string, method: string): Response {
  return new Response(method === 'HEAD' ? null : body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders() },
  });
}

const isInside = (root: string, file: string) => file === root || file.startsWith(root + path.sep);

/**
 * Maps a request URL to a file inside rendererDir, following symbolic links only when the real
 * target is still inside the (real) renderer directory. Null when it must not be served.
 */
export async function resolveAppRequest(rendererDir: string, requestUrl: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password || url.port) {
    return null;
  }
  // The raw path as sent, so encoded separators are still visible to resolveAssetPath's checks.
  const file = resolveAssetPath(rendererDir, url.pathname);
  if (!file) return null;
  try {
    const [realRoot, realFile] = await Promise.all([fs.promises.realpath(rendererDir), fs.promises.realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
    const stats = await fs.promises.stat(realFile);
    return stats.isFile() ? realFile : null;
  } catch {
    return null;
  }
}

export async function handleAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    const response = textResponse(405, 'Method not allowed', method);
    response.headers.set('Allow', 'GET, HEAD');
    return response;
  }
  const file = await resolveAppRequest(rendererDir, request.url);
  if (!file) return textResponse(404, 'Not found', method);
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch {
    return textResponse(404, 'Not found', method);
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers: {
      'Content-Type': mimeType(file),
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'no-cache',
      ...securityHeaders(),
    },
  });
}
