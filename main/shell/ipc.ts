/**
 * The IPC boundary. One channel, one handler: the sender is checked first (our window's main
 * frame, showing app://scrutineer/), then dispatch() validates the method and payload with the
 * contract's zod schemas and always answers with a Result.
 */
import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { EventName, Events } from '../../shared/contract';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { type Result, fail } from '../../shared/result';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { isAppUrl } from './navigation-policy';
import { checkSender } from './sender-check';

export function registerIpc(handlers: Handlers, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, payload: unknown): Promise<Result<unknown>> => {
    const win = getWindow();
    const contents = win && !win.isDestroyed() ? win.webContents : null;
    const verdict = checkSender(
      { senderId: event.sender.id, senderFrame: event.senderFrame },
      { webContentsId: contents?.id ?? null, mainFrame: contents?.mainFrame ?? null },
    );
    if (!verdict.ok) {
      console.warn(`[ipc] refused a call from an untrusted sender (${verdict.reason}).`);
      return fail('forbidden', 'This request was refused.');
    }
    return dispatch(handlers, method, payload);
  });
}

/** Pushes an event to the window, if it is still showing the app. */
export function sendEvent<E extends EventName>(win: BrowserWindow | null, name: E, payload: Events[E]): void {
  if (!win || win.isDestroyed()) return;
  const contents = win.webContents;
  if (contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
  contents.send(IPC_EVENT_CHANNEL, name, payload);
}
