/**
 * Runs sandboxed in the window before the page, and exposes window.scrutineer (the
 * ScrutineerBridge plus pathForFile) through contextBridge. A sandboxed preload may only require
 * electron; the build bundles the rest (shared/contract, bridge-impl) into preload.js.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge-impl';

contextBridge.exposeInMainWorld(
  'scrutineer',
  createBridge(
    {
      invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
      on: (channel, listener) => ipcRenderer.on(channel, listener),
      removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
    },
    (file) => webUtils.getPathForFile(file),
  ),
);
