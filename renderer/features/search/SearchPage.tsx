/**
 * '#/search?q=…': results as the member types in the header's search box, grouped by meeting, with
 * filters (scope, committee, dates, my committees). Requests are debounced and a slower, older
 * answer never replaces a newer one.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/result';
import type { SearchGroup, SearchHit, SearchResults, Snippet } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { hrefs, replaceHash, type PageProps, type SearchParams, type SearchScope } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfidentialBadge } from '../../ui/Confidential';
import { formatMeetingDate } from '../../ui/dates';
import { CommitteeSelect } from '../../ui/CommitteeSelect';
import { PageHeading } from '../../ui/PageHeading';
import { appendGroups, filtersOf, formatUkDate, hitHref, parseUkDate, resultSummary, searchInput, type SearchFilters } from './query';

const DEBOUNCE_MS = 150;

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResults | null }
  | { status: 'ready'; results: SearchResults }
  | { status: 'error'; error: ApiError };

function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  );
}

function Hit({ hit, group, terms }: { hit: SearchHit; group: SearchGroup; terms: string[] }) {
  const href = hitHref(hit, group, terms);
  const title =
    hit.kind === 'page' ? (
      <>
        <span className="hit__doc">{hit.documentTitle}</span>
        <span className="hit__where">, page {hit.pageNumber}</span>
      </>
    ) : (
      <>
        <span className="hit__doc">
          {hit.itemNumber ? `Item ${hit.itemNumber}: ` : ''}
          {hit.itemTitle.trim() || 'Untitled item'}
        </span>
      </>
    );
  return (
    <li className={`hit-card hit-card--${hit.kind}`}>
      <div className="hit-card__head">
        {href ? (
          <a className="hit-card__link" href={href}>
            {title}
          </a>
        ) : (
          <span className="hit-card__link">{title}</span>
        )}
        <Badge tone={hit.kind === 'page' ? 'info' : 'neutral'}>{hit.kind === 'page' ? 'Paper' : 'Minutes'}</Badge>
        {hit.confidential && <ConfidentialBadge />}
      </div>
      <p className="hit-card__snippet">
        <SnippetText snippet={hit.snippet} />
      </p>
    </li>
  );
}

function Group({ group, terms, index }: { group: SearchGroup; terms: string[]; index: number }) {
  const headingId = `search-group-${index}`;
  const meeting = group.meeting;
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="search-group__heading">
        {meeting ? (
          <a href={hrefs.meeting(meeting.id)}>
            <span className="search-group__committee">{meeting.committeeName}</span>
            <span className="search-group__date">{meeting.date ? formatMeetingDate(meeting.date) : 'Date not stated'}</span>
          </a>
        ) : (
          <span className="search-group__committee">Papers not yet filed under a meeting</span>
        )}
      </h2>
      <ul className="hit-list">
        {group.hits.map((hit, i) => (
          <Hit key={hit.kind === 'page' ? `p-${hit.versionId}-${hit.pageNumber}-${i}` : `m-${hit.itemId}-${i}`} hit={hit} group={group} terms={terms} />
        ))}
      </ul>
    </section>
  );
}

/**
 * A date box that takes the date as the UK writes it (DD/MM/YYYY) whatever the browser's language: a
 * text box with the format in its hint, checked as the member types; only a real date filters.
 */
function UkDateField({ id, label, value, onChange }: { id: string; label: string; value: string | null; onChange: (iso: string | null) => void }) {
  const [text, setText] = useState(() => formatUkDate(value));
  const [seen, setSeen] = useState(value);
  // The address (Back, Forward) brought another date.
  if (value !== seen) {
    setSeen(value);
    if (parseUkDate(text) !== value) setText(formatUkDate(value));
  }
  const parsed = parseUkDate(text);
  const invalid = parsed === 'invalid';
  return (
    <div className="search-filters__field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="search-filters__hint">
        DD/MM/YYYY, e.g. 14/01/2025
      </span>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={10}
        maxLength={10}
        value={text}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const date = parseUkDate(next);
          if (date !== 'invalid' && date !== value) {
            setSeen(date);
            onChange(date);
          }
        }}
      />
      {invalid && (
        <span id={`${id}-error`} className="search-filters__error">
          Enter a date as day/month/year, e.g. 14/01/2025.
        </span>
      )}
    </div>
  );
}

function Filters({
  filters,
  onChange,
  refreshKey,
}: {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
  refreshKey: number;
}) {
  const id = useId();
  const loadOverview = useCallback(() => api['library.overview']({}), []);
  const overview = useResource(loadOverview, refreshKey);
  const councils = overview.status === 'ready' ? overview.value.councils : [];
  const scopes: Array<{ value: SearchScope; label: string }> = [
    { value: 'all', label: 'Everything' },
    { value: 'papers', label: 'Papers' },
    { value: 'minutes', label: 'Minutes' },
  ];
  const set = (change: Partial<SearchFilters>) => onChange({ ...filters, ...change });
  return (
    <form className="search-filters" aria-label="Search filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="search-filters__scope">
        <legend>Search in</legend>
        {scopes.map((s) => (
          <label key={s.value} className="choice">
            <input
              type="radio"
              name={`${id}-scope`}
              value={s.value}
              checked={filters.scope === s.value}
              onChange={() => set({ scope: s.value })}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <div className="search-filters__field">
        <CommitteeSelect councils={councils} emptyLabel="All committees" value={filters.committeeId} onChange={(committeeId) => set({ committeeId })} />
      </div>
      <UkDateField id={`${id}-from`} label="From" value={filters.from} onChange={(from) => set({ from })} />
      <UkDateField id={`${id}-to`} label="To" value={filters.to} onChange={(to) => set({ to })} />
      <label className="choice search-filters__mine">
        <input type="checkbox" checked={filters.mine} onChange={(e) => set({ mine: e.currentTarget.checked })} />
        My committees only
      </label>
    </form>
  );
}

export interface SearchPageProps extends PageProps {
  /** What is in the header's search box. */
  query: string;
  /** The search as the address gave it (filters are kept there too). */
  params: SearchParams;
}

export function SearchPage({ query, params, refreshKey, focusOnMount }: SearchPageProps) {
  const [filters, setFilters] = useState<SearchFilters>(() => filtersOf(params));
  // Back and Forward bring other filters with the address.
  const [seenParams, setSeenParams] = useState(params);
  if (params !== seenParams) {
    setSeenParams(params);
    setFilters(filtersOf(params));
  }
  // Typing in the header's box must not lose its focus to this page's heading.
  const [focusHeading] = useState(() => focusOnMount && document.activeElement?.id !== 'global-search');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  // "Show more": the answers after the first, added below it; cleared by a new query or filter.
  const [moreState, setMore] = useState<{ base: SearchResults; groups: SearchGroup[]; shown: number; nextOffset: number | null; loading: boolean; error: string | null } | null>(null);
  const latestRequest = useRef(0);
  useDocumentTitle(query.trim() ? `Search: ${query.trim()}` : 'Search');

  // The address follows the query and filters without adding history entries.
  useEffect(() => {
    replaceHash(hrefs.search({ q: query, ...filters }));
  }, [query, filters]);

  useEffect(() => {
    const input = searchInput(query, filters);
    const request = ++latestRequest.current;
    if (!input) return;
    const timer = window.setTimeout(() => {
      setState((s) => ({ status: 'searching', previous: s.status === 'ready' ? s.results : s.status === 'searching' ? s.previous : null }));
      // The page's channel: a newer query stops an older one still running in the search worker.
      api['search.query']({ ...input, channel: 'search-page' }).then(
        (reply) => {
          // A newer search has started: this answer is stale.
          if (request !== latestRequest.current) return;
          setState(reply.ok ? { status: 'ready', results: reply.value } : { status: 'error', error: reply.error });
        },
        () => {
          if (request === latestRequest.current) setState({ status: 'error', error: { code: 'internal', message: 'Scrutineer could not search.' } });
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, filters]);

  const hasQuery = query.trim() !== '';
  const results = !hasQuery ? null : state.status === 'ready' ? state.results : state.status === 'searching' ? state.previous : null;
  const ready = state.status === 'ready' ? state.results : null;
  // What "Show more" added belongs to the answer it continued; a new answer starts again.
  const more = moreState && moreState.base === ready ? moreState : null;
  let status = '';
  if (hasQuery) {
    if (state.status === 'error') status = `Search failed: ${state.error.message}`;
    else if (state.status !== 'ready' || state.results.query !== query.trim().slice(0, 500)) status = 'Searching…';
    else {
      const shown = state.results.groups.reduce((n, g) => n + g.hits.length, 0) + (more?.shown ?? 0);
      status = `${resultSummary(state.results, shown)} for “${state.results.query}”.`;
      if (state.results.partial) status += ' The search took too long, so these results may be incomplete.';
    }
  }
  const nextOffset = more ? more.nextOffset : (ready?.nextOffset ?? null);
  const showMore = () => {
    const input = searchInput(query, filters);
    if (!input || nextOffset === null || !ready) return;
    const request = latestRequest.current;
    const base = ready;
    setMore({ base, groups: more?.groups ?? [], shown: more?.shown ?? 0, nextOffset, loading: true, error: null });
    api['search.query']({ ...input, offset: nextOffset, channel: 'search-page' }).then(
      (reply) => {
        if (request !== latestRequest.current) return;
        if (!reply.ok) {
          setMore((m) => (m ? { ...m, loading: false, error: reply.error.message } : m));
          return;
        }
        const added = reply.value.groups.reduce((n, g) => n + g.hits.length, 0);
        setMore((m) => ({ base, groups: appendGroups(m?.groups ?? [], reply.value.groups), shown: (m?.shown ?? 0) + added, nextOffset: reply.value.nextOffset, loading: false, error: null }));
      },
      () => {
        if (request === latestRequest.current) setMore((m) => (m ? { ...m, loading: false, error: 'Scrutineer could not search.' } : m));
      },
    );
  };
  const groups = results ? (more && results === ready ? appendGroups(results.groups, more.groups) : results.groups) : [];

  return (
    <div className="search-page">
      <PageHeading focusOnMount={focusHeading}>Search</PageHeading>
      <p className="search-help">
        Type in <strong>Search all papers</strong> at the top (Ctrl+K or / takes you there). Put a phrase in quotes (
        <code>"looked after children"</code>), end a word with a star to find words starting with it (<code>foster*</code>
        ), and use <code>NOT</code> or a minus to leave a word out (<code>budget NOT capital</code>, <code>budget -capital</code>).
        Words find their other forms too: <code>placements</code> finds “placement”.
      </p>
      <Filters filters={filters} onChange={setFilters} refreshKey={refreshKey} />
      <p className="search-status" role="status" aria-live="polite">
        {status}
      </p>
      {!hasQuery && <p className="muted">Results appear here as you type.</p>}
      {hasQuery && ready?.hint && <p className="search-hint">{ready.hint}</p>}
      {state.status === 'error' && hasQuery && (
        <div className="error-panel" role="alert">
          <h2 className="error-panel__title">The search did not work</h2>
          <p>{state.error.message}</p>
        </div>
      )}
      {results && results.total === 0 && state.status === 'ready' && (
        <div className="empty-state">
          <h2 className="empty-state__title">No results</h2>
          <p>
            Nothing in your papers or minutes matches <strong>{results.query}</strong>
            {filters.scope !== 'all' || filters.committeeId !== null || filters.from || filters.to || filters.mine
              ? ' with these filters'
              : ''}
            . Try fewer words, a word ending in <code>*</code>, or clearing the filters.
          </p>
        </div>
      )}
      {results && groups.length > 0 && (
        <div className="search-results" aria-busy={state.status === 'searching'}>
          {groups.map((group, i) => (
            <Group key={group.meeting ? `m-${group.meeting.id}-${i}` : `none-${i}`} group={group} terms={results.terms} index={i} />
          ))}
        </div>
      )}
      {ready && nextOffset !== null && results === ready && (
        <div className="search-more">
          <Button variant="secondary" onClick={showMore} disabled={more?.loading}>
            {more?.loading ? 'Loading more results…' : 'Show more results'}
          </Button>
          {more?.error && (
            <p className="search-more__error" role="alert">
              Could not show more: {more.error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
