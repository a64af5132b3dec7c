/** Pure helpers for the search page: the API input from the page's filters, where each hit leads, and counts in words. */
import type { Input } from '../../../shared/contract';
import type { SearchGroup, SearchHit, SearchResults } from '../../../shared/types/papers';
import { hrefs, type SearchParams } from '../../app/router';

export type SearchFilters = Omit<SearchParams, 'q'>;

export const filtersOf = (params: SearchParams): SearchFilters => ({
  scope: params.scope,
  committeeId: params.committeeId,
  from: params.from,
  to: params.to,
  mine: params.mine,
});

/** How many hits one search asks for. */
export const SEARCH_LIMIT = 100;

/** The `search.query` input for what the member typed and chose; null when there is nothing to search for. */
export function searchInput(query: string, filters: SearchFilters): Input<'search.query'> | null {
  const text = query.trim().slice(0, 500);
  if (text === '') return null;
  const input: Input<'search.query'> = { query: text, scope: filters.scope, limit: SEARCH_LIMIT };
  if (filters.committeeId !== null) input.committeeIds = [filters.committeeId];
  if (filters.from) input.from = filters.from;
  if (filters.to) input.to = filters.to;
  if (filters.mine) input.myCommittees = true;
  return input;
}

/** Where a hit opens: the reader at the page with the terms highlighted, or the meeting at the item. */
export function hitHref(hit: SearchHit, group: SearchGroup, terms: string[]): string | null {
  if (hit.kind === 'page') return hrefs.document(hit.documentId, { page: hit.pageNumber, versionId: hit.versionId, terms });
  return group.meeting ? hrefs.meeting(group.meeting.id, hit.itemId) : null;
}

/** "12 results in 3 meetings", "1 result in 1 meeting", "No results". */
export function resultSummary(results: Pick<SearchResults, 'total' | 'groups'>): string {
  if (results.total === 0) return 'No results';
  const shown = results.groups.reduce((n, g) => n + g.hits.length, 0);
  const meetings = results.groups.filter((g) => g.meeting !== null).length;
  const count = `${results.total} result${results.total === 1 ? '' : 's'}`;
  const where = meetings > 0 ? ` in ${meetings} meeting${meetings === 1 ? '' : 's'}` : '';
  const more = shown < results.total ? ` (showing the first ${shown})` : '';
  return `${count}${where}${more}`;
}

/** The hit's snippet as plain text (for labels and tests). */
export const snippetText = (hit: SearchHit): string => hit.snippet.map((s) => s.text).join('');
