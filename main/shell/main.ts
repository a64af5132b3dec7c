/**
 * Electron entry point (bundled to dist/main/main.js). Thin by design: the decisions live in pure
 * modules beside it (navigation-policy, sender-check, import-path-check, app-protocol), which are
 * unit-tested without Electron.
 *
 * Order matters: the app:// scheme is registered as privileged and hardening is installed before
 * 'ready'; the store is opened, the protocol, IPC and menu registered, and only then the window made.
 */
import path from 'node:path';
import { type BrowserWindow, app, dialog, safeStorage, session } from 'electron';
import { createHandlers } from '../api/handlers';
import { handlersOrRecovery } from '../api/recovery';
import { scheduleBackgroundSync } from '../sync/scheduler';
import { scheduleBackgroundShare } from '../share/service';
import { openStore } from '../store/database';
import { StoreError } from '../store/errors';
import { hardenApp, hardenSession } from './hardening';
import { registerIpc, sendEvent } from './ipc';
import { keychainSealer } from './keychain-sealer';
import { loadOrCreateStoreKey } from './key-store';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let closeStore: () => void = () => undefined;
let syncSchedule: { stop(): void } | null = null;
let shareSchedule: { stop(): void } | null = null;

const getWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function dataDir(): string {
  const fromEnv = process.env.SCRUTINEER_DATA_DIR;
  return fromEnv ? path.resolve(fromEnv) : app.getPath('userData');
}

function openWindow(): void {
  if (getWindow()) return;
  mainWindow = createMainWindow({ isPackaged: app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusWindow(): void {
  const win = getWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);

  let api: ReturnType<typeof handlersOrRecovery>;
  try {
    // The library is encrypted at rest; its key is kept by the OS keychain (see key-store.ts).
    // A damaged library opens the window on the recovery screen, which offers the newest good
    // backup (main/api/recovery.ts); any other failure to open is shown and the app exits.
    const dir = dataDir();
    const key = loadOrCreateStoreKey(dir, safeStorage);
    api = handlersOrRecovery(
      dir,
      key,
      () => openStore(dir, { key }),
      (opened) => createHandlers(opened, { emit: (name, payload) => sendEvent(getWindow(), name, payload), autoBackup: true, share: { sealer: keychainSealer(safeStorage) } }),
    );
  } catch (error) {
    const message =
      error instanceof StoreError ? error.message : `Scrutineer could not open its library: ${(error as Error)?.message ?? String(error)}`;
    dialog.showErrorBox('Scrutineer cannot start', message);
    app.exit(1);
    return;
  }
  const { handlers } = api;
  closeStore = () => api.store()?.close();

  handleAppProtocol();
  registerIpc(handlers, getWindow);
  // Council sync in the background: shortly after start, then every few hours; never blocks the window.
  syncSchedule = scheduleBackgroundSync(handlers['sync.run']);
  // Sharing between the member's devices, likewise (SCRUTINEER_NO_BACKGROUND_SHARE=1 turns it off).
  shareSchedule = scheduleBackgroundShare(handlers['share.run']);
  installMenu({ importFile: async (name, bytes) => handlers['import.file']({ name, data: bytes }), getWindow, isPackaged: app.isPackaged });
  openWindow();

  // macOS: clicking the Dock icon with no window open makes a new one.
  app.on('activate', () => {
    if (!getWindow()) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Scrutineer is running and now has focus; one process owns the database.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  if (process.platform === 'win32') app.setAppUserModelId('uk.scrutineer.app');
  // Every renderer sandboxed, whatever a window's own options say.
  app.enableSandbox();
  registerAppScheme();
  hardenApp();

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    syncSchedule?.stop();
    shareSchedule?.stop();
    closeStore();
    closeStore = () => undefined;
  });

  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', error);
    dialog.showErrorBox('Scrutineer cannot start', 'Something went wrong while starting; the details are in the log.');
    app.exit(1);
  });
}
