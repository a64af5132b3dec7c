/**
 * app://scrutineer/ serves the built renderer (dist/renderer) and nothing else. The scheme is
 * registered as privileged (standard, secure, fetch) before the app is ready; not corsEnabled,
 * so no other origin can read from it. The request logic lives in app-protocol.ts.
 */
import path from 'node:path';
import { protocol } from 'electron';
import { handleAppRequest } from './app-protocol';
import { APP_SCHEME } from './navigation-policy';

/** dist/main/main.js → dist/renderer. */
export const rendererDir = (): string => path.join(__dirname, '..', 'renderer');

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After 'ready': every app:// request goes through handleAppRequest. */
export function handleAppProtocol(): void {
  const root = rendererDir();
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, root));
}
