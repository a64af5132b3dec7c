/** Pure helpers for the search page: the API input from the page's filters, where each hit leads, and counts in words. */
import type { Input } from '../../../shared/contract';
import type { SearchGroup, SearchHit, SearchResults } from '../../../shared/types/papers';
import { hrefs, type SearchParams } from '../../kernel/router';

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

/**
 * "490 results in 4 meetings (showing the first 100)", "About 12,000 results in 1,900 meetings", "1 result in
 * 1 meeting", "No results". The total counts every match, not only those shown.
 */
export function resultSummary(results: Pick<SearchResults, 'total' | 'groups'> & Partial<Pick<SearchResults, 'totalExact' | 'meetingCount'>>, shown?: number): string {
  if (results.total === 0) return 'No results';
  const showing = shown ?? results.groups.reduce((n, g) => n + g.hits.length, 0);
  const meetings = results.meetingCount ?? results.groups.filter((g) => g.meeting !== null).length;
  const about = results.totalExact === false ? 'About ' : '';
  const count = `${about}${results.total.toLocaleString('en-GB')} result${results.total === 1 ? '' : 's'}`;
  const where = meetings > 0 ? ` in ${meetings.toLocaleString('en-GB')} meeting${meetings === 1 ? '' : 's'}` : '';
  const more = showing < results.total ? ` (showing the first ${showing.toLocaleString('en-GB')})` : '';
  return `${count}${where}${more}`;
}

/** The next answer ("Show more") added to the groups shown: a meeting that continues stays one group. */
export function appendGroups(shown: SearchGroup[], more: SearchGroup[]): SearchGroup[] {
  const out = shown.map((g) => ({ ...g, hits: [...g.hits] }));
  for (const group of more) {
    const last = out[out.length - 1];
    if (last && (last.meeting?.id ?? null) === (group.meeting?.id ?? null)) last.hits.push(...group.hits);
    else out.push({ ...group, hits: [...group.hits] });
  }
  return out;
}

/**
 * A date typed as the UK writes it, DD/MM/YYYY (also 14-1-2025, 14.01.2025), whatever the browser's
 * language: '' → null (no date), a real date → 'YYYY-MM-DD', anything else → 'invalid'.
 */
export function parseUkDate(text: string): string | null | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!m) return 'invalid';
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return 'invalid';
  return date.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY' for the date boxes. */
export function formatUkDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** The hit's snippet as plain text (for labels and tests). */
export const snippetText = (hit: SearchHit): string => hit.snippet.map((s) => s.text).join('');
