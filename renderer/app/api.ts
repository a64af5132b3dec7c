/**
 * The renderer's API: one async function per contract method, over the Electron preload bridge
 * when it is there, else over the preview server's loopback HTTP with this run's token.
 */
import type { Api, EventName, Events, Method } from '../../shared/contract';
import { methods } from '../../shared/contract';
import type { ScrutineerBridge } from '../../shared/bridge';
import type { Result } from '../../shared/result';
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
        return decodeWire(await response.text()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Scrutineer is not answering. Is the preview server still running?' } };
      }
    },
    onEvent() {
      // Menu and drop events exist only in the desktop app.
      return () => undefined;
    },
  };
}

const bridge: ScrutineerBridge = window.scrutineer ?? previewBridge();

export const api = Object.fromEntries(
  methods.map((m: Method) => [m, (input: unknown) => bridge.invoke(m, input)]),
) as unknown as Api;

export function onEvent<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
  return bridge.onEvent(name, listener);
}

export const isDesktop = Boolean(window.scrutineer);
