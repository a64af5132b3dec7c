/**
 * The object the preload exposes as window.scrutineer, built from injected IPC functions so it is
 * unit-tested without Electron. Nothing Electron gives us (ipcRenderer, its event objects, the
 * sender) ever reaches the page: only method results and event payloads cross.
 */
import type { EventName, Events } from '../../shared/contract';
import type { ScrutineerBridge } from '../../shared/bridge';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { type Result, fail } from '../../shared/result';

/** The desktop bridge: the shared interface plus what only Electron can offer. */
export interface DesktopBridge extends ScrutineerBridge {
  /**
   * The file-system path of a File the user dropped or picked, or null when it has none (a File
   * built in script). For future use; imports read the bytes in the renderer.
   */
  pathForFile(file: File): string | null;
}

/** The parts of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Every event name main may send; the record type makes the compiler insist the list is complete. */
const EVENT_NAMES: Record<EventName, true> = { 'library.imported': true, 'import.progress': true, 'sync.progress': true, 'share.progress': true };
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENT_NAMES, name);

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

export function createBridge(ipc: IpcRendererLike, getPathForFile: (file: File) => string): DesktopBridge {
  return Object.freeze({
    async invoke(method: string, payload: unknown): Promise<Result<unknown>> {
      // Main checks the name against the contract; here only the shape, which keeps zod (and the
      // whole contract) out of the preload bundle.
      if (typeof method !== 'string' || !/^[a-z]+(?:\.[a-zA-Z]+)+$/.test(method)) return fail('unknown-method', 'Unknown API method.');
      try {
        const reply = await ipc.invoke(IPC_INVOKE_CHANNEL, method, payload);
        return isResult(reply) ? reply : fail('internal', 'Scrutineer gave an answer the window did not understand.');
      } catch {
        // Structured-clone failures (a function in the payload) and a main process without a
        // handler both land here; the renderer only ever sees a Result.
        return fail('internal', 'Scrutineer could not handle the request.');
      }
    },

    onEvent<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
      if (!isEventName(name) || typeof listener !== 'function') return () => undefined;
      const handler = (_event: unknown, eventName?: unknown, payload?: unknown) => {
        if (eventName === name) listener(payload as Events[E]);
      };
      ipc.on(IPC_EVENT_CHANNEL, handler);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(IPC_EVENT_CHANNEL, handler);
      };
    },

    pathForFile(file: File): string | null {
      try {
        const found = getPathForFile(file);
        return typeof found === 'string' && found.length > 0 ? found : null;
      } catch {
        return null;
      }
    },
  });
}
