import { SyncError } from './errors';

/**
 * A council's ModernGov site address as the member types or pastes it, normalised to the folder
 * that holds mgWebService.asmx: "democracy.example.gov.uk", "https://example.gov.uk/moderngov/",
 * or a page copied from the site ("…/ieListDocuments.aspx?CId=1&MId=2") all give the same base.
 * https only: an http:// address is refused with a clear reason, never upgraded silently, because
 * the member would otherwise believe the papers came over a connection they did not.
 */
export interface SiteAddress {
  /** https://host[:port][/sub/path], no trailing slash. */
  base: string;
  host: string;
}

/** ModernGov page and service names a pasted address may end in; the site is the folder above them. */
const MODERNGOV_PAGE = /\/(?:mg|ie)[A-Za-z0-9]*\.(?:aspx|asmx)(?:\/.*)?$/i;

export function normaliseSiteUrl(input: string): SiteAddress {
  const text = input.trim();
  if (!text) throw new SyncError('bad-address', 'Enter the address of the council’s ModernGov site, for example https://democracy.example.gov.uk.');
  if (text.length > 500) throw new SyncError('bad-address', 'That address is too long to be a council’s site.');
  if (/^http:\/\//i.test(text)) {
    throw new SyncError(
      'insecure',
      'Scrutineer only connects to councils over https, so nobody can alter the papers on the way. Use the https:// address of the site.',
    );
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new SyncError('bad-address', `“${text}” is not a web address. Enter it as https://democracy.example.gov.uk.`);
  }
  if (url.protocol !== 'https:') throw new SyncError('insecure', `Scrutineer only connects over https; “${url.protocol}” addresses are not used.`);
  if (url.username || url.password) throw new SyncError('bad-address', 'The address must not contain a user name or password.');
  if (!url.hostname || (!url.hostname.includes('.') && url.hostname !== 'localhost')) {
    throw new SyncError('bad-address', `“${text}” is not a full site address. Enter it as https://democracy.example.gov.uk.`);
  }
  let path = decodeURI(url.pathname).replace(MODERNGOV_PAGE, '').replace(/\/+$/, '');
  if (/[\s?#]|\.\./.test(path)) throw new SyncError('bad-address', 'The address has characters a site folder cannot have.');
  path = encodeURI(path);
  const host = url.host.toLowerCase();
  return { base: `https://${host}${path}`, host };
}

/** A short name for a council from its site address when the member gives none: democracy.gloucester.gov.uk → Gloucester. */
export function councilNameFromHost(host: string): string {
  const name = host.split(':')[0] ?? host;
  if (/^[\d.]+$/.test(name) || name === 'localhost') return name;
  const labels = name.split('.').filter((l) => !/^(?:www|democracy|moderngov|modgov|mg|committees?|meetings|councillors|decisions|democratic|cmttes|public|services|minutes|gov|org|co|uk|com|net|moderngovwebpublic|democraticservices|mycouncil)$/i.test(l));
  const main = labels[0] ?? name.split('.')[0] ?? name;
  return main
    .split('-')
    .map((w) => (w.length <= 3 && /^(?:of|and|the|upon|on|in)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
