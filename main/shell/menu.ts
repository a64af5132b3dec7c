/**
 * The application menu, and its Import… command: main shows the open dialog, checks and reads
 * each chosen file itself (import-path-check.ts), imports it through the API's handler and tells the window
 * what happened with a library.imported event.
 */
import { type BrowserWindow, Menu, app, dialog } from 'electron';
import type { ImportOutcome } from '../../shared/types/library';
import { IMPORT_DIALOG_FILTERS } from './import-path-check';
import { importPaths } from './import-paths';
import { sendEvent } from './ipc';
import { buildMenuTemplate } from './menu-template';

export interface MenuContext {
  /** The API's own import (handlers['import.file']), so a menu import is tracked like any other. */
  importFile(name: string, bytes: Uint8Array): Promise<ImportOutcome>;
  getWindow(): BrowserWindow | null;
  isPackaged: boolean;
}

let importing = false;

async function runImport(context: MenuContext): Promise<void> {
  const win = context.getWindow();
  if (importing || !win || win.isDestroyed()) return;
  importing = true;
  try {
    const choice = await dialog.showOpenDialog(win, {
      title: 'Import minutes or papers',
      buttonLabel: 'Import',
      properties: ['openFile', 'multiSelections'],
      filters: IMPORT_DIALOG_FILTERS,
    });
    if (choice.canceled || choice.filePaths.length === 0) return;
    const outcomes = await importPaths(choice.filePaths, (name, bytes) => context.importFile(name, bytes));
    sendEvent(context.getWindow(), 'library.imported', { outcomes });
  } catch (error) {
    console.error('[menu] import failed:', error);
    dialog.showErrorBox('Import failed', 'Scrutineer could not import the files; the details are in the log.');
  } finally {
    importing = false;
  }
}

function showAbout(context: MenuContext): void {
  const win = context.getWindow();
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail:
      'An offline reader, search and tracker for council scrutiny committee papers and minutes.\n' +
      `Electron ${process.versions.electron ?? ''}, Chromium ${process.versions.chrome ?? ''}, Node.js ${process.versions.node}.`,
    buttons: ['OK'],
  };
  void (win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

export function installMenu(context: MenuContext): void {
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDevelopment: !context.isPackaged,
    appName: app.getName(),
    onImport: () => void runImport(context),
    onAbout: () => showAbout(context),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
