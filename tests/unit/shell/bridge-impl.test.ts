import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../shared/bridge';
import { methods } from '../../../shared/contract';
import { type IpcRendererLike, createBridge, isEventName } from '../../../main/shell/bridge-impl';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(reply: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 1 })) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike & { emit(channel: string, ...args: unknown[]): void; count(channel: string): number } = {
    invoke: jest.fn(reply),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
    emit(channel, ...args) {
      const rawEvent = { sender: 'the raw IpcRendererEvent', ports: [] };
      for (const l of listeners.get(channel) ?? []) l(rawEvent, ...args);
    },
    count: (channel) => listeners.get(channel)?.size ?? 0,
  };
  return ipc;
}

describe('preload bridge', () => {
  it('forwards contract methods over the invoke channel and returns the Result', async () => {
    const ipc = fakeIpc(async () => ({ ok: true, value: { committees: [] } }));
    const bridge = createBridge(ipc, () => '');
    for (const method of methods) {
      await expect(bridge.invoke(method, { x: 1 })).resolves.toEqual({ ok: true, value: { committees: [] } });
      expect(ipc.invoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, method, { x: 1 });
    }
  });

  it('refuses unknown method names without touching IPC', async () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    // Names of the wrong shape stop here; well-formed unknown names are refused by main's dispatch.
    for (const name of ['constructor', '__proto__', 'toString', '../library', '', 'hasOwnProperty']) {
      const result = await bridge.invoke(name, {});
      expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: 'Unknown API method.' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns a rejected invoke or a malformed reply into an internal error Result', async () => {
    const rejecting = createBridge(fakeIpc(async () => Promise.reject(new Error('An object could not be cloned.'))), () => '');
    await expect(rejecting.invoke('library.overview', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    const odd = createBridge(fakeIpc(async () => 'surprise'), () => '');
    await expect(odd.invoke('library.overview', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers only the named event, with only its payload, and unsubscribes', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    const seen: unknown[][] = [];
    const off = bridge.onEvent('library.imported', (...args: unknown[]) => seen.push(args));
    ipc.emit(IPC_EVENT_CHANNEL, 'import.progress', {});
    ipc.emit(IPC_EVENT_CHANNEL, 'library.imported', { outcomes: [] });
    ipc.emit('some-other-channel', 'library.imported', { outcomes: ['x'] });
    expect(seen).toEqual([[{ outcomes: [] }]]);
    expect(ipc.count(IPC_EVENT_CHANNEL)).toBe(1);
    off();
    off();
    expect(ipc.count(IPC_EVENT_CHANNEL)).toBe(0);
    ipc.emit(IPC_EVENT_CHANNEL, 'library.imported', { outcomes: [] });
    expect(seen).toHaveLength(1);
  });

  it('ignores subscriptions to unknown events', () => {
    const ipc = fakeIpc();
    const bridge = createBridge(ipc, () => '');
    const off = bridge.onEvent('not.an.event' as 'import.progress', () => undefined);
    expect(ipc.count(IPC_EVENT_CHANNEL)).toBe(0);
    off();
    expect(isEventName('import.progress')).toBe(true);
    expect(isEventName('toString')).toBe(false);
  });

  it('pathForFile returns a path, or null for files with none or on error', () => {
    const file = new Blob(['x']) as unknown as File;
    expect(createBridge(fakeIpc(), () => '/home/me/minutes.html').pathForFile(file)).toBe('/home/me/minutes.html');
    expect(createBridge(fakeIpc(), () => '').pathForFile(file)).toBeNull();
    expect(
      createBridge(fakeIpc(), () => {
        throw new TypeError('not a File');
      }).pathForFile(file),
    ).toBeNull();
  });

  it('is frozen and exposes nothing but its three functions', () => {
    const bridge = createBridge(fakeIpc(), () => '');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'pathForFile']);
  });
});
