/**
 * The renderer's API: one async function per contract method, over the Electron preload bridge
 * when it is there, else over the preview server's loopback HTTP with this run's token.
 */
import type { Api, EventName, Events } from '../../shared/contract';
import type { ScrutineerBridge } from '../../shared/bridge';
import type { Result } from '../../shared/result';
import { EXPORT_HEADER, type ExportFile } from '../../shared/types/export';
import { decodeWire, encodeWire } from '../../shared/wire';

declare global {
  interface Window {
    scrutineer?: ScrutineerBridge;
  }
}

const TOKEN_KEY = 'scrutineer.previewToken';

/** The preview URL carries the token in its fragment (never sent to a server); keep it for this tab and tidy the address bar. */
function previewToken(): string | null {
  const match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const previewListeners = new Set<{ name: string; listener: (payload: unknown) => void }>();
let eventStreamStarted = false;

/** One server-sent event stream per tab, read with fetch so the token goes in a header. Reconnects after a drop. */
function ensureEventStream(token: string | null): void {
  if (eventStreamStarted) return;
  eventStreamStarted = true;
  const connect = async () => {
    try {
      const response = await fetch('/events', { headers: { Authorization: `Bearer ${token ?? ''}` } });
      if (!response.ok || !response.body) throw new Error('no event stream');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (!data) continue;
          const { name, payload } = decodeWire(data.slice(6)) as { name: string; payload: unknown };
          for (const s of previewListeners) if (s.name === name) s.listener(payload);
        }
      }
    } catch {
      // The server went away; try again shortly.
    }
    setTimeout(() => void connect(), 2000);
  };
  void connect();
}

function previewBridge(): ScrutineerBridge {
  const token = previewToken();
  return {
    async invoke(method, payload) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: encodeWire(payload),
        });
        // A successful result that is bytes comes raw, and so do an export's bytes, with its name and
        // media type in a header (see main/preview/server.ts).
        if (response.ok && response.headers.get('Content-Type') === 'application/octet-stream') {
          const bytes = new Uint8Array(await response.arrayBuffer());
          const exported = response.headers.get(EXPORT_HEADER);
          if (exported === null) return { ok: true, value: bytes };
          const { fileName, mimeType } = JSON.parse(decodeURIComponent(exported)) as Omit<ExportFile, 'bytes'>;
          return { ok: true, value: { fileName, mimeType, bytes } satisfies ExportFile };
        }
        return decodeWire(await response.text()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Scrutineer is not answering. Is the preview server still running?' } };
      }
    },
    onEvent(name, listener) {
      const subscription = { name: name as string, listener: listener as (payload: unknown) => void };
      previewListeners.add(subscription);
      ensureEventStream(token);
      return () => previewListeners.delete(subscription);
    },
  };
}

const bridge: ScrutineerBridge = window.scrutineer ?? previewBridge();

/**
 * One function per method name, made on first use. Only the contract's types are imported here, not
 * its zod schemas: input is checked in the main process, so the renderer need not build (and keep
 * in memory) a validator for every method.
 */
const callers = new Map<string, (input: unknown) => Promise<Result<unknown>>>();
export const api = new Proxy({} as Api, {
  get(_target, method) {
    // Not a thenable, whatever asks.
    if (typeof method !== 'string' || method === 'then') return undefined;
    let call = callers.get(method);
    if (!call) {
      call = (input: unknown) => bridge.invoke(method, input);
      callers.set(method, call);
    }
    return call;
  },
});

export function onEvent<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
  return bridge.onEvent(name, listener);
}
