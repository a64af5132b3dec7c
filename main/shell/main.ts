/**
 * Electron entry point (bundled to dist/main/main.js). Thin by design: the decisions live in pure
 * modules beside it (navigation-policy, sender-check, import-path-check, app-protocol), which are
 * unit-tested without Electron.
 *
 * Order matters: the app:// scheme is registered as privileged and hardening is installed before
 * 'ready'; the store is opened, the protocol, IPC and menu registered, and only then the window made.
 */
import path from 'node:path';
import { type BrowserWindow, app, dialog, session } from 'electron';
import { createHandlers } from '../api/handlers';
import { type Store, openStore } from '../store/database';
import { StoreError } from '../store/errors';
import { hardenApp, hardenSession } from './hardening';
import { registerIpc, sendEvent } from './ipc';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

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

  try {
    store = openStore(dataDir());
  } catch (error) {
    const message =
      error instanceof StoreError ? error.message : `Scrutineer could not open its library: ${(error as Error)?.message ?? String(error)}`;
    dialog.showErrorBox('Scrutineer cannot start', message);
    app.exit(1);
    return;
  }

  handleAppProtocol();
  registerIpc(createHandlers(store, { emit: (name, payload) => sendEvent(getWindow(), name, payload) }), getWindow);
  installMenu({ store, getWindow, isPackaged: app.isPackaged });
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
    store?.close();
    store = null;
  });

  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', error);
    dialog.showErrorBox('Scrutineer cannot start', 'Something went wrong while starting; the details are in the log.');
    app.exit(1);
  });
}
