/**
 * A tiny hash router: '#/' (library), '#/committee/ID', '#/meeting/ID[?item=ID]', '#/meeting/ID/questions',
 * '#/meeting/ID/annotations',
 * '#/document/ID[?page=N&v=VERSION&q=TERMS]' (the reader), '#/search[?q=…&scope=…]' and the actions
 * tracker: '#/actions[?committee=…&status=…]', '#/actions/dashboard', '#/actions/ID'; '#/bin' (deleted meetings).
 * Hashes that do not start with '#/' (the preview token, in-page anchors) are not routes and leave
 * the current page alone.
 */
import { useEffect, useState } from 'react';

export type SearchScope = 'all' | 'papers' | 'minutes';

/** The search page's query and filters, as the address keeps them (so Back returns to the same results). */
export interface SearchParams {
  q: string;
  scope: SearchScope;
  committeeId: number | null;
  from: string | null;
  to: string | null;
  mine: boolean;
}

export const EMPTY_SEARCH: SearchParams = { q: '', scope: 'all', committeeId: null, from: null, to: null, mine: false };

export interface DocumentParams {
  page?: number | null;
  versionId?: number | null;
  /** Words to highlight (from a search), space-separated in the address. */
  terms?: string[];
}

export type Route =
  | { page: 'library' }
  | { page: 'committee'; committeeId: number }
  | { page: 'meeting'; meetingId: number; itemId: number | null }
  | { page: 'meeting-questions'; meetingId: number }
  | { page: 'meeting-annotations'; meetingId: number }
  | { page: 'document'; documentId: number; pageNumber: number | null; versionId: number | null; terms: string[] }
  | { page: 'search'; search: SearchParams }
  | { page: 'actions'; query: string }
  | { page: 'actions-dashboard' }
  | { page: 'action'; entryId: number }
  | { page: 'interests' }
  | { page: 'backups' }
  | { page: 'sync' }
  | { page: 'sharing' }
  | { page: 'bin' }
  | { page: 'declaration-slip'; declarationId: number }
  | { page: 'not-found'; path: string };

const positiveId = (text: string | undefined | null): number | null => {
  if (!text || !/^\d{1,15}$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoOrNull = (text: string | null): string | null => (text && ISO_DATE.test(text) ? text : null);

/** Splits '?q=…' terms: whitespace-separated, de-duplicated, at most 20 of at most 100 characters. */
export function splitTerms(text: string | null | undefined): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  for (const word of text.split(/\s+/)) {
    const term = word.trim().slice(0, 100);
    if (term && !seen.has(term.toLowerCase())) seen.add(term.toLowerCase());
  }
  return [...seen].slice(0, 20);
}

export function parseSearchParams(query: URLSearchParams): SearchParams {
  const scope = query.get('scope');
  return {
    q: (query.get('q') ?? '').slice(0, 500),
    scope: scope === 'papers' || scope === 'minutes' ? scope : 'all',
    committeeId: positiveId(query.get('committee')),
    from: isoOrNull(query.get('from')),
    to: isoOrNull(query.get('to')),
    mine: query.get('mine') === '1',
  };
}

/** Parses a location hash; null when it is not a route at all. */
export function parseRoute(hash: string): Route | null {
  if (hash === '' || hash === '#') return { page: 'library' };
  if (!hash.startsWith('#/')) return null;
  const full = hash.slice(1);
  const queryAt = full.indexOf('?');
  const path = queryAt === -1 ? full : full.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : full.slice(queryAt + 1));
  if (path === '/') return { page: 'library' };
  const committee = /^\/committee\/([^/]+)\/?$/.exec(path);
  if (committee) {
    const committeeId = positiveId(committee[1]);
    return committeeId ? { page: 'committee', committeeId } : { page: 'not-found', path };
  }
  const meeting = /^\/meeting\/([^/]+)\/?$/.exec(path);
  if (meeting) {
    const meetingId = positiveId(meeting[1]);
    return meetingId ? { page: 'meeting', meetingId, itemId: positiveId(query.get('item')) } : { page: 'not-found', path };
  }
  const questions = /^\/meeting\/([^/]+)\/questions\/?$/.exec(path);
  if (questions) {
    const meetingId = positiveId(questions[1]);
    return meetingId ? { page: 'meeting-questions', meetingId } : { page: 'not-found', path };
  }
  const meetingNotes = /^\/meeting\/([^/]+)\/annotations\/?$/.exec(path);
  if (meetingNotes) {
    const meetingId = positiveId(meetingNotes[1]);
    return meetingId ? { page: 'meeting-annotations', meetingId } : { page: 'not-found', path };
  }
  const document = /^\/document\/([^/]+)\/?$/.exec(path);
  if (document) {
    const documentId = positiveId(document[1]);
    if (!documentId) return { page: 'not-found', path };
    return {
      page: 'document',
      documentId,
      pageNumber: positiveId(query.get('page')),
      versionId: positiveId(query.get('v')),
      terms: splitTerms(query.get('q')),
    };
  }
  if (/^\/search\/?$/.test(path)) return { page: 'search', search: parseSearchParams(query) };
  if (/^\/actions\/?$/.test(path)) return { page: 'actions', query: query.toString() };
  if (/^\/actions\/dashboard\/?$/.test(path)) return { page: 'actions-dashboard' };
  const action = /^\/actions\/([^/]+)\/?$/.exec(path);
  if (action) {
    const entryId = positiveId(action[1]);
    return entryId ? { page: 'action', entryId } : { page: 'not-found', path };
  }
  if (/^\/interests\/?$/.test(path)) return { page: 'interests' };
  if (/^\/backups\/?$/.test(path)) return { page: 'backups' };
  if (/^\/sync\/?$/.test(path)) return { page: 'sync' };
  if (/^\/sharing\/?$/.test(path)) return { page: 'sharing' };
  if (/^\/bin\/?$/.test(path)) return { page: 'bin' };
  const slip = /^\/interests\/slip\/([^/]+)\/?$/.exec(path);
  if (slip) {
    const declarationId = positiveId(slip[1]);
    return declarationId ? { page: 'declaration-slip', declarationId } : { page: 'not-found', path };
  }
  return { page: 'not-found', path };
}

function withQuery(path: string, entries: Array<[string, string | number | null | undefined | false]>): string {
  const query = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === false || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const hrefs = {
  library: () => '#/',
  committee: (id: number) => `#/committee/${id}`,
  meeting: (id: number, itemId?: number | null) => withQuery(`#/meeting/${id}`, [['item', itemId]]),
  /** The member's questions and brief for a meeting. */
  meetingQuestions: (id: number) => `#/meeting/${id}/questions`,
  /** Every annotation of a meeting, with those needing attention. */
  meetingAnnotations: (id: number) => `#/meeting/${id}/annotations`,
  document: (id: number, params: DocumentParams = {}) =>
    withQuery(`#/document/${id}`, [
      ['page', params.page],
      ['v', params.versionId],
      ['q', params.terms && params.terms.length > 0 ? params.terms.join(' ') : null],
    ]),
  interests: () => '#/interests',
  /** Backups, restore and export everything. */
  backups: () => '#/backups',
  /** Council sync: connected councils, followed committees, Sync now. */
  sync: () => '#/sync',
  /** Sharing the member's work between their devices (CouchDB). */
  sharing: () => '#/sharing',
  /** Deleted meetings, restorable for 30 days. */
  bin: () => '#/bin',
  declarationSlip: (id: number) => `#/interests/slip/${id}`,
  /** The tracker; `query` is its filters as the tracker writes them ('committee=1&status=overdue'). */
  actions: (query = '') => (query ? `#/actions?${query}` : '#/actions'),
  actionsDashboard: () => '#/actions/dashboard',
  action: (id: number) => `#/actions/${id}`,
  search: (params: Partial<SearchParams> = {}) =>
    withQuery('#/search', [
      ['q', params.q],
      ['scope', params.scope && params.scope !== 'all' ? params.scope : null],
      ['committee', params.committeeId],
      ['from', params.from],
      ['to', params.to],
      ['mine', params.mine ? 1 : null],
    ]),
};

/**
 * Which routes are "the same page": a change of key remounts the page. The search page keeps its
 * key while the query changes (it updates the address itself); the reader remounts for another
 * document or version, or when a different page or highlight is asked for.
 */
export function routeKey(route: Route): string {
  switch (route.page) {
    case 'library':
      return 'library';
    case 'committee':
      return `committee/${route.committeeId}`;
    case 'meeting':
      return `meeting/${route.meetingId}`;
    case 'meeting-questions':
      return `meeting-questions/${route.meetingId}`;
    case 'meeting-annotations':
      return `meeting-annotations/${route.meetingId}`;
    case 'document':
      return `document/${route.documentId}/${route.versionId ?? ''}/${route.pageNumber ?? ''}/${route.terms.join(' ')}`;
    case 'search':
      return 'search';
    case 'actions':
      return 'actions';
    case 'actions-dashboard':
      return 'actions-dashboard';
    case 'action':
      return `action/${route.entryId}`;
    case 'interests':
      return 'interests';
    case 'backups':
      return 'backups';
    case 'sync':
      return 'sync';
    case 'sharing':
      return 'sharing';
    case 'bin':
      return 'bin';
    case 'declaration-slip':
      return `declaration-slip/${route.declarationId}`;
    case 'not-found':
      return `not-found/${route.path}`;
  }
}

export interface RouterState {
  route: Route;
  /** 0 on first load; goes up with each in-app navigation (so pages know to move focus). */
  navigation: number;
}

export function useRoute(): RouterState {
  const [state, setState] = useState<RouterState>(() => ({
    route: parseRoute(window.location.hash) ?? { page: 'library' },
    navigation: 0,
  }));
  useEffect(() => {
    const onHashChange = () => {
      const route = parseRoute(window.location.hash);
      if (!route) return;
      setState((previous) => {
        // Moving between search queries keeps the scroll position and the page.
        if (route.page !== 'search' || previous.route.page !== 'search') window.scrollTo(0, 0);
        return { route, navigation: previous.navigation + 1 };
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return state;
}

/** Replaces the address without a navigation (no hashchange, no new history entry). */
export function replaceHash(hash: string): void {
  if (window.location.hash !== hash) history.replaceState(history.state, '', hash);
}

/** What every page receives from the app shell. */
export interface PageProps {
  /** Goes up after each import, so the page reloads its data. */
  refreshKey: number;
  /** True after an in-app navigation: the page heading takes focus. */
  focusOnMount: boolean;
}
