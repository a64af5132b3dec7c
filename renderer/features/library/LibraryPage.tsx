import { useCallback, useState } from 'react';
import type { CouncilSummary } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { peekFlash } from '../../kernel/flash';
import { hrefs, type PageProps } from '../../kernel/router';
import { councilLabel } from '../../ui/labels';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Badge } from '../../ui/Badge';
import { formatMeetingDate, plural } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { PapersToFile } from './PapersToFile';
import { AnnotationsPortability } from '../annotations/Portability';
import { DeletedNotice } from './DeletedNotice';
import { MeetingsToCheck } from './MeetingsToCheck';
import '../corrections/corrections.css';

function Council({ council }: { council: CouncilSummary }) {
  const headingId = `council-${council.id}`;
  return (
    <section className="council" aria-labelledby={headingId}>
      <h2 id={headingId} className={council.name ? 'council__name' : 'council__name council__name--unnamed'}>
        {councilLabel(council)}
      </h2>
      <ul className="card-list">
        {council.committees.map((c) => (
          <li key={c.id}>
            <a className="card-link" href={hrefs.committee(c.id)}>
              <span className="card-link__title">{c.name}</span>
              {c.mine && (
                <span className="card-link__badge">
                  <Badge tone="info">My committee</Badge>
                </span>
              )}
              <span className="card-link__meta">
                {plural(c.meetingCount, 'meeting')}
                {c.latestMeetingDate && <> · newest {formatMeetingDate(c.latestMeetingDate)}</>}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LibraryPage({ refreshKey, focusOnMount }: PageProps) {
  const load = useCallback(() => api['library.overview']({}), []);
  // Filing a paper reloads the list of papers to file and the library.
  const [filed, setFiled] = useState(0);
  const onFiled = useCallback(() => setFiled((n) => n + 1), []);
  const overview = useResource(load, refreshKey + filed);
  const loadUnassigned = useCallback(() => api['papers.unassigned']({}), []);
  const unassigned = useResource(loadUnassigned, refreshKey + filed);
  useDocumentTitle('Library');
  // A message left by the page before (a meeting moved to the bin), shown once.
  const [flash] = useState(peekFlash);

  if (overview.status === 'loading') return <Loading what="your library" />;
  if (overview.status === 'error') {
    return (
      <>
        <PageHeading focusOnMount={focusOnMount}>Library</PageHeading>
        <ErrorPanel title="The library could not be opened" error={overview.error} />
      </>
    );
  }
  const { councils, toCheck, binCount } = overview.value;
  const toFile = unassigned.status === 'ready' ? unassigned.value : [];
  return (
    <>
      <PageHeading focusOnMount={focusOnMount}>Library</PageHeading>
      <DeletedNotice flash={flash} />
      {binCount > 0 && (
        <p className="library-bin-link">
          <a href={hrefs.bin()}>
            Bin ({binCount})<span className="visually-hidden">: deleted meetings you can restore</span>
          </a>
        </p>
      )}
      <MeetingsToCheck meetings={toCheck} />
      <PapersToFile papers={toFile} councils={councils} onFiled={onFiled} />
      {councils.length === 0 ? (
        <EmptyState title={binCount > 0 ? 'No meetings in the library' : 'Nothing imported yet'}>
          <p>
            Your library is empty. Import a council's 'Agenda and minutes' page (saved as HTML, copied as text, or the
            minutes PDF) with Import, or drop the files here.
          </p>
          <p className="muted">Everything stays on this computer; Scrutineer works offline.</p>
        </EmptyState>
      ) : (
        <>
          <p className="lede">
            {plural(councils.length, 'council')}, {plural(
              councils.reduce((n, c) => n + c.committees.length, 0),
              'committee',
            )}
            . Choose a committee to see its meetings.
          </p>
          {councils.map((c) => (
            <Council key={c.id} council={c} />
          ))}
          <AnnotationsPortability />
        </>
      )}
    </>
  );
}
