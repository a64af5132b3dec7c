/**
 * Where the app's windows may go. Pure (no electron import) so it is unit-tested.
 *
 * - The renderer lives at app://scrutineer/…; navigating there is the only navigation allowed.
 * - A link the user follows out of the app (window.open / target=_blank) may be handed to the
 *   system browser only when it is https:. Everything else (http:, file:, javascript:, data:,
 *   mailto:, other app:// hosts, custom schemes) is refused outright.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'scrutineer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longer URLs are refused rather than parsed: nothing legitimate in this app needs them. */
export const MAX_URL_LENGTH = 2048;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  // Control characters, spaces and backslashes have no place in a URL we would act on; WHATWG
  // parsing silently strips or rewrites some of them, so refuse before parsing.
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || c === 0x5c) return null;
  }
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://scrutineer/… exactly: no credentials, no port, no other host. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    parsed.pathname.startsWith('/')
  );
}

export type NavigationDecision = 'allow' | 'deny';

/** will-navigate / will-redirect / will-frame-navigate: only our own pages. */
export function navigationDecision(url: unknown): NavigationDecision {
  return isAppUrl(url) ? 'allow' : 'deny';
}

export type WindowOpenDecision = 'open-external' | 'deny';

/**
 * setWindowOpenHandler: no new Electron window is ever created. An https: link with a real host
 * and no embedded credentials goes to the system browser; anything else is dropped.
 */
export function windowOpenDecision(url: unknown): WindowOpenDecision {
  const parsed = parse(url);
  if (!parsed) return 'deny';
  if (parsed.protocol !== 'https:') return 'deny';
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return 'deny';
  return 'open-external';
}
