/**
 * A tiny hash router: '#/' (library), '#/committee/ID', '#/meeting/ID'. Hashes that do not start
 * with '#/' (the preview token, in-page anchors) are not routes and leave the current page alone.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'library' }
  | { page: 'committee'; committeeId: number }
  | { page: 'meeting'; meetingId: number }
  | { page: 'not-found'; path: string };

const positiveId = (text: string | undefined): number | null => {
  if (!text || !/^\d{1,15}$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** Parses a location hash; null when it is not a route at all. */
export function parseRoute(hash: string): Route | null {
  if (hash === '' || hash === '#') return { page: 'library' };
  if (!hash.startsWith('#/')) return null;
  const path = hash.slice(1);
  if (path === '/') return { page: 'library' };
  const committee = /^\/committee\/([^/]+)\/?$/.exec(path);
  if (committee) {
    const committeeId = positiveId(committee[1]);
    return committeeId ? { page: 'committee', committeeId } : { page: 'not-found', path };
  }
  const meeting = /^\/meeting\/([^/]+)\/?$/.exec(path);
  if (meeting) {
    const meetingId = positiveId(meeting[1]);
    return meetingId ? { page: 'meeting', meetingId } : { page: 'not-found', path };
  }
  return { page: 'not-found', path };
}

export const hrefs = {
  library: () => '#/',
  committee: (id: number) => `#/committee/${id}`,
  meeting: (id: number) => `#/meeting/${id}`,
};

export function routeKey(route: Route): string {
  switch (route.page) {
    case 'library':
      return 'library';
    case 'committee':
      return `committee/${route.committeeId}`;
    case 'meeting':
      return `meeting/${route.meetingId}`;
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
      setState((previous) => ({ route, navigation: previous.navigation + 1 }));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return state;
}

/** What every page receives from the app shell. */
export interface PageProps {
  /** Goes up after each import, so the page reloads its data. */
  refreshKey: number;
  /** True after an in-app navigation: the page heading takes focus. */
  focusOnMount: boolean;
}
