/**
 * The application menu as data. Only a type is taken from electron (erased at build time), so
 * this module runs in plain Node and is unit-tested; menu.ts turns it into a Menu.
 * Labels are UK English; standard roles keep the platforms' own shortcuts.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools appear only when the app is not packaged. */
  isDevelopment: boolean;
  appName: string;
  onImport(): void;
  onAbout(): void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDevelopment, appName } = options;
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { label: `About ${appName}`, click: () => options.onAbout() },
            sep,
            { role: 'services' },
            sep,
            { role: 'hide', label: `Hide ${appName}` },
            { role: 'hideOthers', label: 'Hide Others' },
            { role: 'unhide', label: 'Show All' },
            sep,
            { role: 'quit', label: `Quit ${appName}` },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => options.onImport() },
      sep,
      isMac ? { role: 'close', label: 'Close Window' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo', label: 'Undo' },
      { role: 'redo', label: 'Redo' },
      sep,
      { role: 'cut', label: 'Cut' },
      { role: 'copy', label: 'Copy' },
      { role: 'paste', label: 'Paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: 'Paste and Match Style' } as const] : []),
      { role: 'delete', label: 'Delete' },
      sep,
      { role: 'selectAll', label: 'Select All' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDevelopment
        ? ([
            { role: 'reload', label: 'Reload' },
            { role: 'forceReload', label: 'Force Reload' },
            { role: 'toggleDevTools', label: 'Toggle Developer Tools' },
            sep,
          ] as MenuItemConstructorOptions[])
        : []),
      // No resetZoom/zoomIn/zoomOut roles: their accelerators (Ctrl 0, Ctrl +, Ctrl −) would be taken
      // by the menu before the page saw them, and the reader uses those keys for its own zoom.
      { role: 'togglefullscreen', label: 'Toggle Full Screen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu', label: 'Window' }] : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ id: 'about', label: `About ${appName}`, click: () => options.onAbout() }],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
