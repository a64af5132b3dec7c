/** What the Electron preload exposes as window.scrutineer. The preview client offers the same shape. */
import type { EventName, Events } from './contract';
import type { Result } from './result';

export interface ScrutineerBridge {
  invoke(method: string, payload: unknown): Promise<Result<unknown>>;
  onEvent<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
  /** Desktop only: the on-disk path of a dropped or picked File (Electron's webUtils), or null. */
  pathForFile?(file: File): string | null;
}

export const IPC_INVOKE_CHANNEL = 'scrutineer:invoke';
export const IPC_EVENT_CHANNEL = 'scrutineer:event';
