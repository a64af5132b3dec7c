import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_IMPORT_BYTES } from '../../shared/contract';
import { fail } from '../../shared/result';
import { EXPORT_HEADER, isExportFile } from '../../shared/types/export';
import { decodeWire, encodeWire } from '../../shared/wire';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { securityHeaders } from '../serve/csp';
import { mimeType, resolveServedFile } from '../serve/resolve-asset';

/**
 * Preview mode: the built renderer and the same API contract over loopback HTTP, for development
 * and browser tests. Bound to 127.0.0.1 only; every API call needs this run's token and must come
 * from this server's own origin. Never part of the packaged app.
 */
export interface PreviewServer {
  url: string;
  origin: string;
  token: string;
  /** Pushes an event to every open event stream (the Electron build uses webContents.send). */
  broadcast(name: string, payload: unknown): void;
  close(): Promise<void>;
}

// Base64 inflates by 4/3; allow the JSON envelope around the largest import.
const MAX_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES * 1.4) + 64 * 1024;

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...securityHeaders(), ...extra });
  res.end(body);
}

/**
 * After a 413 the rest of an oversized body is read and dropped as it arrives, not kept: closing the
 * connection at once would reset it under the client, which is still sending, before it reads the
 * answer. A client that goes on and on (more than DISCARD_LIMIT_BYTES, or DISCARD_LIMIT_MS) is cut off.
 */
const DISCARD_LIMIT_BYTES = 1024 * 1024 * 1024;
const DISCARD_LIMIT_MS = 60_000;
function discardRest(req: http.IncomingMessage): void {
  let dropped = 0;
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_LIMIT_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_LIMIT_BYTES) req.socket.destroy();
  });
  req.on('close', () => clearTimeout(timer));
  req.resume();
}

/** The body as text, counting bytes as they arrive; null as soon as it passes MAX_BODY_BYTES (the rest is dropped). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        chunks.length = 0;
        discardRest(req);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (size <= MAX_BODY_BYTES) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function startPreviewServer(options: {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<PreviewServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let origin = '';
  const streams = new Set<http.ServerResponse>();

  const server = http.createServer(async (req, res) => {
    try {
      const url = req.url ?? '/';
      // DNS-rebinding guard: only our own host name is answered.
      if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Misdirected request', 'text/plain');

      if (url === '/events') {
        // Server-sent events, read by the client with fetch so the token travels in a header.
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        if (req.method !== 'GET' || !tokensMatch(bearer, token)) return send(res, 401, 'Missing or wrong preview token.', 'text/plain');
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', ...securityHeaders() });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }

      if (url.startsWith('/api/')) {
        const reply = (status: number, body: unknown) => send(res, status, encodeWire(body), 'application/json');
        if (req.method !== 'POST') return reply(405, fail('forbidden', 'Use POST.'));
        if (req.headers.origin !== origin) return reply(403, fail('forbidden', 'Requests from another origin are refused.'));
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        if (!tokensMatch(bearer, token)) return reply(401, fail('forbidden', 'Missing or wrong preview token.'));
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return reply(415, fail('invalid-input', 'Send JSON.'));
        }
        let method: string;
        try {
          method = decodeURIComponent(url.slice('/api/'.length));
        } catch {
          return reply(400, fail('invalid-input', 'The method name in the address is not valid percent-encoding.'));
        }
        const tooLarge = () => reply(413, fail('invalid-input', `The request is too large (more than ${Math.round(MAX_BODY_BYTES / (1024 * 1024))} MB).`));
        // Announced as too large: refused on the headers, before any of the body is read.
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_BODY_BYTES) {
          discardRest(req);
          return tooLarge();
        }
        const body = await readBody(req);
        if (body === null) return tooLarge();
        let payload: unknown;
        try {
          payload = decodeWire(body);
        } catch {
          return reply(400, fail('invalid-input', 'The request is not valid JSON.'));
        }
        const result = await dispatch(options.handlers, method, payload);
        // Bytes (a PDF, an export) travel raw rather than as base64 in JSON: a 50 MB pack would
        // otherwise cost a third more to send and a slow decode in the page before the reader can start.
        if (result.ok && result.value instanceof Uint8Array) {
          return send(res, 200, Buffer.from(result.value.buffer, result.value.byteOffset, result.value.byteLength), 'application/octet-stream');
        }
        // An export likewise, its name and media type in a header (ASCII-safe: percent-encoded JSON).
        if (result.ok && isExportFile(result.value)) {
          const file = result.value;
          return send(res, 200, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), 'application/octet-stream', {
            [EXPORT_HEADER]: encodeURIComponent(JSON.stringify({ fileName: file.fileName, mimeType: file.mimeType })),
          });
        }
        return reply(200, result);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      // Symbolic links are followed only when their target stays inside the renderer directory.
      const file = resolveServedFile(options.rendererDir, url);
      if (!file) return send(res, 404, 'Not found', 'text/plain');
      return send(res, 200, fs.readFileSync(file), mimeType(file));
    } catch (error) {
      console.error('[preview] request failed:', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    token,
    url: `${origin}/#token=${token}`,
    broadcast(name, payload) {
      const frame = `data: ${encodeWire({ name, payload })}\n\n`;
      for (const res of streams) res.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeIdleConnections();
        // A request still being answered gets a moment, then its connection is closed: closing never hangs.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
