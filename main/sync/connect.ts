/** Connecting a council: check that its ModernGov web service answers, then keep its committee list. */
import { format, subMonths } from 'date-fns';
import type { SyncCommitteeView, SyncCouncilView } from '../../shared/types/sync';
import { parseCommitteesXml } from '../minutes/moderngov-xml';
import type { Store } from '../store/database';
import { SyncError } from './errors';
import { type ClientOptions, CouncilClient } from './http';
import { getXml } from './responses';
import { councilNameFromHost, normaliseSiteUrl } from './site-url';
import { committeesOfSite, getSite, saveCommittees, saveSite, siteView } from './store';

/** By default a new council's meetings are fetched from a year back. */
export const DEFAULT_MONTHS_BACK = 12;

async function fetchCommittees(base: string, client: ClientOptions) {
  const council = new CouncilClient(base, client);
  try {
    // lDays=0 (every committee, not only those meeting soon): some sites refuse the call without it.
    const { value } = await getXml(council, 'GetCommittees?lDays=0', 'the list of committees', parseCommitteesXml);
    return value;
  } catch (error) {
    if (error instanceof SyncError && (error.kind === 'html-page' || error.kind === 'malformed') && error.status === null) {
      throw new SyncError(
        'not-moderngov',
        `${new URL(base).host} does not look like a ModernGov site: ${error.kind === 'html-page' ? 'it answered with a web page' : 'its answer was not ModernGov data'} where the ModernGov web service (mgWebService.asmx) should be. Check the address.`,
      );
    }
    throw error;
  } finally {
    council.close();
  }
}

export async function connectCouncil(
  store: Store,
  input: { url: string; name?: string; syncFrom?: string },
  client: ClientOptions = {},
  now = new Date(),
): Promise<SyncCouncilView> {
  const { base, host } = normaliseSiteUrl(input.url);
  const committees = await fetchCommittees(base, client);
  if (committees.length === 0) throw new SyncError('not-moderngov', `${host} answered, but listed no committees, so there is nothing to follow.`);
  const siteId = saveSite(store.db, {
    base,
    councilName: input.name?.trim() || councilNameFromHost(host),
    syncFrom: input.syncFrom ?? format(subMonths(now, DEFAULT_MONTHS_BACK), 'yyyy-MM-dd'),
    committees,
  });
  return siteView(store.db, siteId);
}

/** Asks the site for its committee list again (new committees appear; followed ones stay followed). */
export async function refreshCommittees(store: Store, siteId: number, client: ClientOptions = {}): Promise<SyncCommitteeView[]> {
  const site = getSite(store.db, siteId);
  try {
    saveCommittees(store.db, siteId, await fetchCommittees(site.base_url, client));
  } catch (error) {
    if (error instanceof SyncError) store.db.prepare('UPDATE sync_councils SET last_error = ? WHERE id = ?').run(error.message, siteId);
    throw error;
  }
  return committeesOfSite(store.db, siteId);
}
