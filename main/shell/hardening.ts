/**
 * App-wide hardening, applied to every WebContents the app ever creates (the window, and anything
 * that might appear later): no new windows (https: links go to the system browser), no navigation
 * away from app://scrutineer/, no <webview>, and every permission request refused.
 */
import { type Session, type WebContents, app, shell } from 'electron';
import { navigationDecision, windowOpenDecision } from './navigation-policy';

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url) === 'open-external') {
      shell.openExternal(url).catch((error: unknown) => console.warn('[shell] could not open a link:', error));
    }
    return { action: 'deny' };
  });

  const guard = (event: { url: string; preventDefault(): void }) => {
    if (navigationDecision(event.url) === 'deny') {
      event.preventDefault();
      console.warn(`[shell] blocked navigation to ${event.url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);

  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/** Call once, before any window exists. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
}
