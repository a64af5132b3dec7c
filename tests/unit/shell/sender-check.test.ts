import { type FrameLike, checkSender } from '../../../main/shell/sender-check';

const frame = (over: Partial<FrameLike> = {}): FrameLike => ({
  url: 'app://scrutineer/index.html',
  parent: null,
  processId: 7,
  routingId: 1,
  detached: false,
  ...over,
});

describe('checkSender', () => {
  const mainFrame = frame();
  const target = { webContentsId: 3, mainFrame };

  it('accepts the main frame of our window showing app://scrutineer/', () => {
    expect(checkSender({ senderId: 3, senderFrame: mainFrame }, target)).toEqual({ ok: true });
    // A distinct object for the same frame (same process and routing ids) is the same frame.
    expect(checkSender({ senderId: 3, senderFrame: frame({ url: 'app://scrutineer/index.html#/m/2' }) }, target)).toEqual({ ok: true });
  });

  it('refuses when there is no window', () => {
    expect(checkSender({ senderId: 3, senderFrame: mainFrame }, { webContentsId: null, mainFrame: null }).ok).toBe(false);
  });

  it('refuses another WebContents', () => {
    expect(checkSender({ senderId: 4, senderFrame: mainFrame }, target)).toEqual({ ok: false, reason: 'another web contents' });
  });

  it('refuses a missing or detached frame', () => {
    expect(checkSender({ senderId: 3, senderFrame: null }, target).ok).toBe(false);
    expect(checkSender({ senderId: 3, senderFrame: undefined }, target).ok).toBe(false);
    expect(checkSender({ senderId: 3, senderFrame: frame({ detached: true }) }, target).ok).toBe(false);
  });

  it('refuses a sub-frame, even one showing an app:// page', () => {
    const child = frame({ parent: mainFrame, routingId: 2 });
    expect(checkSender({ senderId: 3, senderFrame: child }, target)).toEqual({ ok: false, reason: 'sub-frame' });
  });

  it('refuses a different top frame of the same contents (e.g. after a cross-process navigation)', () => {
    expect(checkSender({ senderId: 3, senderFrame: frame({ processId: 8 }) }, target)).toEqual({ ok: false, reason: 'not the main frame' });
  });

  it.each([
    'file:///home/me/evil.html',
    'https://example.com/',
    'app://other/index.html',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('refuses our main frame when it shows %s', (url) => {
    const moved = frame({ url });
    expect(checkSender({ senderId: 3, senderFrame: moved }, { webContentsId: 3, mainFrame: moved })).toEqual({
      ok: false,
      reason: "not an app:// page",
    });
  });
});
