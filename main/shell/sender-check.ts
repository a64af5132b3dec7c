/**
 * Who may call the API over IPC. Pure (no electron import): the shapes below are the parts of
 * Electron's WebFrameMain and WebContents the check reads, so tests can pass plain objects.
 *
 * A call is accepted only when it comes from the main (top) frame of our own window's
 * WebContents, and that frame is currently showing a page from app://scrutineer/. A sub-frame,
 * another window, a detached frame or a page that has somehow left the app is refused.
 */
import { isAppUrl } from './navigation-policy';

export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
}

export interface SenderLike {
  /** IpcMainInvokeEvent.sender.id: the WebContents that sent the message. */
  readonly senderId: number;
  /** IpcMainInvokeEvent.senderFrame: null once the frame has navigated away or been destroyed. */
  readonly senderFrame: FrameLike | null | undefined;
}

export interface TrustedTarget {
  /** Our window's webContents.id, or null when there is no window. */
  readonly webContentsId: number | null;
  /** Our window's webContents.mainFrame. */
  readonly mainFrame: FrameLike | null | undefined;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

const sameFrame = (a: FrameLike, b: FrameLike) =>
  a === b || (a.processId === b.processId && a.routingId === b.routingId);

export function checkSender(sender: SenderLike, target: TrustedTarget): SenderVerdict {
  const frame = sender.senderFrame;
  if (target.webContentsId === null || !target.mainFrame) return { ok: false, reason: 'no window' };
  if (sender.senderId !== target.webContentsId) return { ok: false, reason: 'another web contents' };
  if (!frame) return { ok: false, reason: 'no sender frame' };
  if (frame.detached === true) return { ok: false, reason: 'detached frame' };
  if (frame.parent !== null && frame.parent !== undefined) return { ok: false, reason: 'sub-frame' };
  if (!sameFrame(frame, target.mainFrame)) return { ok: false, reason: 'not the main frame' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'not an app:// page' };
  return { ok: true };
}
