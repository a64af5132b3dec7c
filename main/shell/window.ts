/** The one application window: sandboxed, context-isolated, no Node, loading app://scrutineer/. */
import path from 'node:path';
import { BrowserWindow, Menu } from 'electron';
import { buildContextMenuTemplate } from './context-menu-template';
import { APP_ENTRY_URL } from './navigation-policy';

export function createMainWindow(options: { isPackaged: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Scrutineer',
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) could otherwise open links in new windows; setWindowOpenHandler denies
      // those anyway, and this removes the event altogether (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !options.isPackaged,
      preload: path.join(__dirname, 'preload.js'),
    },
  });

  // macOS and Windows use the system spellchecker. On Linux Chromium would download Hunspell
  // dictionaries from Google on first use: an offline app that handles personal data makes no such
  // request, so spellchecking is off there.
  if (process.platform === 'linux') win.webContents.session.setSpellCheckerEnabled(false);
  else if (process.platform === 'win32') win.webContents.session.setSpellCheckerLanguages(['en-GB']);

  win.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
      addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });

  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
