import { useCallback, useRef, useState, type MouseEvent } from 'react';
import { CommitteePage } from '../features/committee/CommitteePage';
import { ImportButton } from '../features/import/ImportButton';
import { ImportPanel } from '../features/import/ImportPanel';
import { DropOverlay } from '../features/import/DropOverlay';
import { useFileDrop } from '../features/import/useFileDrop';
import { useImporter } from '../features/import/useImporter';
import { ActionDetailPage } from '../features/actions/ActionDetailPage';
import { ActionsPage } from '../features/actions/ActionsPage';
import { DashboardPage } from '../features/actions/DashboardPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { DeclarationSlipPage, InterestsPage } from '../features/interests/InterestsPage';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { QuestionsPage } from '../features/annotations/QuestionsPage';
import { MeetingAnnotationsPage } from '../features/annotations/MeetingAnnotationsPage';
import { ReaderPage } from '../features/reader/ReaderPage';
import { SearchBox } from '../features/search/SearchBox';
import { SearchPage } from '../features/search/SearchPage';
import { SyncPage } from '../features/sync/SyncPage';
import { SharingPage } from '../features/share/SharingPage';
import { BackupsPage } from '../features/backup/BackupsPage';
import { BinPage } from '../features/bin/BinPage';
import { PageHeading } from '../ui/PageHeading';
import { ErrorBoundary } from './ErrorBoundary';
import { hrefs, routeKey, useRoute, type Route } from '../kernel/router';
import { useDocumentTitle } from '../kernel/useResource';

function NotFound({ focusOnMount }: { focusOnMount: boolean }) {
  useDocumentTitle('Page not found');
  return (
    <>
      <PageHeading focusOnMount={focusOnMount}>Page not found</PageHeading>
      <p>
        There is no such page in Scrutineer. <a href={hrefs.library()}>Go to the library</a>.
      </p>
    </>
  );
}

function Page({
  route,
  refreshKey,
  focusOnMount,
  searchText,
  onRestored,
}: {
  route: Route;
  refreshKey: number;
  focusOnMount: boolean;
  searchText: string;
  /** A backup replaced the library: every page's data is stale. */
  onRestored: () => void;
}) {
  switch (route.page) {
    case 'library':
      return <LibraryPage refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'committee':
      return <CommitteePage committeeId={route.committeeId} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'meeting':
      return <MeetingPage meetingId={route.meetingId} itemId={route.itemId} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'meeting-questions':
      return <QuestionsPage meetingId={route.meetingId} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'meeting-annotations':
      return <MeetingAnnotationsPage meetingId={route.meetingId} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'document':
      return (
        <ReaderPage
          documentId={route.documentId}
          versionId={route.versionId}
          pageNumber={route.pageNumber}
          terms={route.terms}
          refreshKey={refreshKey}
          focusOnMount={focusOnMount}
        />
      );
    case 'search':
      return <SearchPage query={searchText} params={route.search} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'interests':
      return <InterestsPage refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'backups':
      return <BackupsPage refreshKey={refreshKey} focusOnMount={focusOnMount} onRestored={onRestored} />;
    case 'sync':
      return <SyncPage refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'sharing':
      return <SharingPage refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'bin':
      return <BinPage refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'declaration-slip':
      return <DeclarationSlipPage declarationId={route.declarationId} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'actions':
      return <ActionsPage query={route.query} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'actions-dashboard':
      return <DashboardPage refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'action':
      return <ActionDetailPage entryId={route.entryId} refreshKey={refreshKey} focusOnMount={focusOnMount} />;
    case 'not-found':
      return <NotFound focusOnMount={focusOnMount} />;
  }
}

/** The header's links, each current on the pages named. */
const NAV: ReadonlyArray<{ label: string; href: () => string; pages: readonly Route['page'][] }> = [
  { label: 'Actions', href: hrefs.actions, pages: ['actions', 'actions-dashboard', 'action'] },
  { label: 'My interests', href: hrefs.interests, pages: ['interests'] },
  { label: 'Backups', href: hrefs.backups, pages: ['backups'] },
  { label: 'Council sync', href: hrefs.sync, pages: ['sync'] },
  { label: 'Sharing', href: hrefs.sharing, pages: ['sharing'] },
];

export function App() {
  const { route, navigation } = useRoute();
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);
  const importer = useImporter(refresh);
  const dragging = useFileDrop(importer.importFiles);
  const mainRef = useRef<HTMLElement>(null);

  // The header's search box: its text follows the address when Back or Forward lands on a search.
  const [searchText, setSearchText] = useState(() => (route.page === 'search' ? route.search.q : ''));
  const [seenRoute, setSeenRoute] = useState(route);
  if (seenRoute !== route) {
    setSeenRoute(route);
    if (route.page === 'search') setSearchText(route.search.q);
  }
  const onSearchChange = (text: string) => {
    setSearchText(text);
    // The first keystroke elsewhere opens the search page; after that the page keeps the address.
    if (route.page !== 'search' && text.trim() !== '') window.location.hash = hrefs.search({ q: text });
  };
  const onSearchSubmit = () => {
    if (route.page !== 'search') window.location.hash = hrefs.search({ q: searchText });
  };

  // The router owns the hash, so the skip link moves focus itself.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  const classes = ['app', dragging ? 'app--dragging' : '', route.page === 'document' ? 'app--reader' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <a className="app-header__name" href={hrefs.library()}>
            Scrutineer<span className="visually-hidden">: library</span>
          </a>
          <p className="app-header__tagline">Council scrutiny papers, offline</p>
          <SearchBox value={searchText} onChange={onSearchChange} onSubmit={onSearchSubmit} />
          <div className="app-header__actions">
            {NAV.map((link) => (
              <a key={link.label} className="app-header__link" href={link.href()} aria-current={link.pages.includes(route.page) ? 'page' : undefined}>
                {link.label}
              </a>
            ))}
            <ImportButton onFiles={importer.importFiles} />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <ImportPanel importer={importer} />
        <ErrorBoundary key={routeKey(route)}>
          <Page key={routeKey(route)} route={route} refreshKey={refreshKey} focusOnMount={navigation > 0} searchText={searchText} onRestored={refresh} />
        </ErrorBoundary>
      </main>
      <DropOverlay visible={dragging} />
    </div>
  );
}
