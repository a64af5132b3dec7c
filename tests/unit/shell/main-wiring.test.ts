/**
 * main.ts wired against a recording stand-in for the electron module (the Electron binary is not
 * available to tests): start-up order, the window's web preferences, IPC sender checks in front of
 * dispatch, app-wide hardening and permission denial, and the error path for a damaged store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type AnyFn = (...args: unknown[]) => unknown;

interface Recorder {
  log: string[];
  handlers: Record<string, AnyFn>;
  appEvents: Record<string, AnyFn>;
  windows: { options: { webPreferences: Record<string, unknown> }; events: Record<string, AnyFn>; loaded: string[] }[];
  ready(): void;
}

const mainFrame = { url: 'app://scrutineer/index.html', parent: null, processId: 1, routingId: 1 };

/** A stand-in for safeStorage: reversible, marked, and switchable off like a missing keychain. */
const keychain = { available: true };
const fakeSafeStorage = {
  isEncryptionAvailable: () => keychain.available,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
  decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
};

function fakeElectron(dataDir: string): { electron: Record<string, unknown>; rec: Recorder } {
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  let isReady = false;
  const rec: Recorder = {
    log: [],
    handlers: {},
    appEvents: {},
    windows: [],
    ready: () => {
      isReady = true;
      resolveReady();
    },
  };
  const record = (name: string) => (handler: AnyFn) => {
    rec.handlers[name] = handler;
  };
  class BrowserWindow {
    events: Record<string, AnyFn> = {};
    loaded: string[] = [];
    webContents = {
      id: 1,
      mainFrame,
      session: { setSpellCheckerLanguages: () => undefined, setSpellCheckerEnabled: () => undefined, addWordToSpellCheckerDictionary: () => true },
      getURL: () => mainFrame.url,
      send: (...args: unknown[]) => rec.log.push(`send ${JSON.stringify(args)}`),
      isDestroyed: () => false,
      on: (event: string, f: AnyFn) => {
        rec.handlers[`webContents:${event}`] = f;
      },
    };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      rec.windows.push(this);
    }
    once(event: string, f: AnyFn) {
      this.events[event] = f;
    }
    on(event: string, f: AnyFn) {
      this.events[event] = f;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    show() {
      rec.log.push('show');
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, f: AnyFn) => {
        rec.appEvents[event] = f;
      },
      whenReady: () => readyPromise,
      getPath: () => dataDir,
      isPackaged: true,
      enableSandbox: () => rec.log.push('enableSandbox'),
      setAppUserModelId: () => undefined,
      getName: () => 'Scrutineer',
      getVersion: () => '0.1.0',
      quit: () => rec.log.push('quit'),
      exit: (code: number) => rec.log.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => rec.log.push(`privileged ${JSON.stringify(schemes)} ready=${isReady}`),
      handle: (scheme: string, f: AnyFn) => {
        rec.handlers[`protocol:${scheme}`] = f;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('setPermissionRequestHandler'),
        setPermissionCheckHandler: record('setPermissionCheckHandler'),
        setDevicePermissionHandler: record('setDevicePermissionHandler'),
        setDisplayMediaRequestHandler: record('setDisplayMediaRequestHandler'),
      },
    },
    ipcMain: { handle: (channel: string, f: AnyFn) => (rec.handlers[`ipc:${channel}`] = f), removeHandler: () => undefined },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => rec.log.push(`menu ${(m as unknown[]).length}`) },
    safeStorage: fakeSafeStorage,
    dialog: { showErrorBox: (title: string, message: string) => rec.log.push(`errorBox ${title}: ${message}`) },
    shell: { openExternal: async (url: string) => rec.log.push(`openExternal ${url}`) },
  };
  return { electron, rec };
}

async function startMain(dataDir: string): Promise<Recorder> {
  const { electron, rec } = fakeElectron(dataDir);
  const saved = process.env.SCRUTINEER_DATA_DIR;
  delete process.env.SCRUTINEER_DATA_DIR;
  const savedKey = process.env.SCRUTINEER_STORE_KEY;
  delete process.env.SCRUTINEER_STORE_KEY;
  jest.isolateModules(() => {
    jest.doMock('electron', () => electron);
    // The minutes parser is not what this test is about (and is tested on its own): a stand-in
    // keeps the wiring test independent of it and of its ESM-only dependencies.
    jest.doMock('../../../main/minutes', () => ({
      MinutesFormatError: class MinutesFormatError extends Error {},
      detectMinutesKind: () => 'html',
      parseMinutes: () => ({ committee: null, date: null, items: [] }),
    }));
    require('../../../main/shell/main');
  });
  if (saved !== undefined) process.env.SCRUTINEER_DATA_DIR = saved;
  rec.log.push('--- ready');
  rec.ready();
  for (let i = 0; i < 50 && !rec.windows.length && !rec.log.some((l) => l.startsWith('exit')); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  if (savedKey !== undefined) process.env.SCRUTINEER_STORE_KEY = savedKey;
  return rec;
}

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-main-'));
  keychain.available = true;
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('main.ts wiring', () => {
  it('registers the app scheme and hardening before ready, then opens a locked-down window', async () => {
    const rec = await startMain(dataDir);
    const readyAt = rec.log.indexOf('--- ready');
    const privileged = rec.log.findIndex((l) => l.startsWith('privileged'));
    expect(privileged).toBeGreaterThanOrEqual(0);
    expect(privileged).toBeLessThan(readyAt);
    expect(rec.log[privileged]).toContain('"scheme":"app"');
    expect(rec.log[privileged]).toContain('"standard":true,"secure":true,"supportFetchAPI":true');
    expect(rec.log[privileged]).not.toContain('corsEnabled');
    expect(rec.log.indexOf('enableSandbox')).toBeLessThan(readyAt);
    expect(Object.keys(rec.appEvents)).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));

    expect(rec.windows).toHaveLength(1);
    const win = rec.windows[0];
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      devTools: false,
    });
    expect(String(win?.options.webPreferences.preload)).toMatch(/preload\.js$/);
    expect(win?.loaded).toEqual(['app://scrutineer/index.html']);
    expect(fs.existsSync(path.join(dataDir, 'scrutineer.db'))).toBe(true);
    // The store is encrypted at rest, with its key sealed by the (fake) keychain beside it.
    expect(fs.readFileSync(path.join(dataDir, 'scrutineer.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(fs.readFileSync(path.join(dataDir, 'store-key.bin')).toString()).toMatch(/^sealed:/);
    rec.appEvents['will-quit']?.();
  });

  it('opens the encrypted store again with the sealed key, and refuses to start without a keychain', async () => {
    const first = await startMain(dataDir);
    expect(first.windows).toHaveLength(1);
    first.appEvents['will-quit']?.();
    const second = await startMain(dataDir);
    expect(second.windows).toHaveLength(1);
    second.appEvents['will-quit']?.();

    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-main-'));
    try {
      keychain.available = false;
      const rec = await startMain(fresh);
      expect(rec.windows).toHaveLength(0);
      expect(rec.log.find((l) => l.startsWith('errorBox'))).toMatch(/no keychain is available/);
      expect(rec.log).toContain('exit 1');
      expect(fs.existsSync(path.join(fresh, 'scrutineer.db'))).toBe(false);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('checks the IPC sender before dispatching, and dispatch validates the payload', async () => {
    const rec = await startMain(dataDir);
    const invoke = rec.handlers['ipc:scrutineer:invoke'] as (event: unknown, method: unknown, payload: unknown) => Promise<unknown>;
    expect(await invoke({ sender: { id: 1 }, senderFrame: mainFrame }, 'library.overview', {})).toMatchObject({ ok: true });
    expect(await invoke({ sender: { id: 1 }, senderFrame: mainFrame }, 'library.meeting', { meetingId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await invoke({ sender: { id: 1 }, senderFrame: mainFrame }, 'fs.readFile', {})).toMatchObject({ error: { code: 'unknown-method' } });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const child = { ...mainFrame, routingId: 2, parent: mainFrame };
    expect(await invoke({ sender: { id: 1 }, senderFrame: child }, 'library.overview', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(await invoke({ sender: { id: 2 }, senderFrame: mainFrame }, 'library.overview', {})).toMatchObject({ error: { code: 'forbidden' } });
    const elsewhere = { ...mainFrame, url: 'file:///tmp/evil.html' };
    expect(await invoke({ sender: { id: 1 }, senderFrame: elsewhere }, 'library.overview', {})).toMatchObject({ error: { code: 'forbidden' } });
    warn.mockRestore();
    rec.appEvents['will-quit']?.();
  });

  it('hardens every web contents and denies every permission', async () => {
    const rec = await startMain(dataDir);
    const on: Record<string, AnyFn> = {};
    let openHandler: AnyFn = () => undefined;
    rec.appEvents['web-contents-created']?.({}, {
      setWindowOpenHandler: (f: AnyFn) => (openHandler = f),
      on: (event: string, f: AnyFn) => (on[event] = f),
    });
    expect(openHandler({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(rec.log.filter((l) => l.startsWith('openExternal'))).toEqual(['openExternal https://www.gov.uk/']);

    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = { url: 'https://evil.example/', preventDefault: jest.fn() };
      const home = { url: 'app://scrutineer/index.html', preventDefault: jest.fn() };
      on[event]?.(away);
      on[event]?.(home);
      expect(away.preventDefault).toHaveBeenCalled();
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
    warn.mockRestore();
    const webview = { preventDefault: jest.fn() };
    on['will-attach-webview']?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    const callback = jest.fn();
    (rec.handlers.setPermissionRequestHandler as AnyFn)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((rec.handlers.setPermissionCheckHandler as AnyFn)({}, 'notifications')).toBe(false);
    rec.appEvents['will-quit']?.();
  });

  it('opens on the recovery screen when the database is damaged, offering the newest good backup', async () => {
    const first = await startMain(dataDir);
    const invokeFirst = first.handlers['ipc:scrutineer:invoke'] as (event: unknown, method: unknown, payload: unknown) => Promise<unknown>;
    const sender = { sender: { id: 1 }, senderFrame: mainFrame };
    expect(await invokeFirst(sender, 'backup.now', {})).toMatchObject({ ok: true });
    first.appEvents['will-quit']?.();
    // Damage a page past the first (the first is what tells a wrong key): its HMAC no longer matches.
    const file = path.join(dataDir, 'scrutineer.db');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 7), 0, 4096, 4096 * 2);
    fs.closeSync(fd);

    const rec = await startMain(dataDir);
    expect(rec.windows).toHaveLength(1);
    expect(rec.log).not.toContain('exit 1');
    const invoke = rec.handlers['ipc:scrutineer:invoke'] as (event: unknown, method: unknown, payload: unknown) => Promise<unknown>;
    const state = (await invoke(sender, 'backup.startupState', {})) as { ok: true; value: { state: string; newestBackup: { id: string } | null } };
    expect(state.value.state).toBe('damaged');
    expect(state.value.newestBackup).not.toBeNull();
    // Only the backup calls answer until the member restores.
    expect(await invoke(sender, 'library.overview', {})).toMatchObject({ ok: false });
    expect(await invoke(sender, 'backup.restore', { id: state.value.newestBackup?.id })).toMatchObject({ ok: true });
    expect(await invoke(sender, 'library.overview', {})).toMatchObject({ ok: true });
    rec.appEvents['will-quit']?.();
  });
});
