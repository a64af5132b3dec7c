// `search QUERY [--committee ID] [--from DATE] [--to DATE] [--limit N] [--json]`: the app's search from a
// terminal, through the same API method (and so the same worker thread and time budget).
import type { Input, Method, Output } from '../../shared/contract';
import type { SearchResults } from '../../shared/types/papers';

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
type Print = (value: unknown, human: () => string) => void;

export interface SearchOptions {
  committee?: string;
  from?: string;
  to?: string;
  limit?: string;
}

/** One result, as `--json` prints it. Minutes hits have no document or page (documentId and page are null). */
export interface CliSearchResult {
  meetingId: number | null;
  documentId: number | null;
  page: number | null;
  itemId: number | null;
  title: string;
  snippet: string;
}

/** A date as YYYY-MM-DD or, as written in the UK, DD/MM/YYYY; null when it is neither or not a real date. */
export function cliDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

export function cliResults(results: SearchResults): CliSearchResult[] {
  return results.groups.flatMap((group) =>
    group.hits.map((hit) => ({
      meetingId: group.meeting?.id ?? null,
      documentId: hit.kind === 'page' ? hit.documentId : null,
      page: hit.kind === 'page' ? hit.pageNumber : null,
      itemId: hit.kind === 'minutes' ? hit.itemId : null,
      title: hit.kind === 'page' ? hit.documentTitle : `${hit.itemNumber ? `Item ${hit.itemNumber}: ` : ''}${hit.itemTitle}`,
      snippet: hit.snippet.map((part) => part.text).join(''),
    })),
  );
}

function summary(results: SearchResults): string {
  const about = results.totalExact ? '' : 'about ';
  const lines = [
    `${about}${results.total.toLocaleString('en-GB')} result${results.total === 1 ? '' : 's'} in ${about}${results.meetingCount.toLocaleString('en-GB')} meeting${results.meetingCount === 1 ? '' : 's'}${results.partial ? ' (the search ran out of time: incomplete)' : ''}`,
  ];
  if (results.hint) lines.push(results.hint);
  for (const group of results.groups) {
    lines.push('', group.meeting ? `${group.meeting.committeeName}, ${group.meeting.date ?? 'date not stated'} (meeting ${group.meeting.id})` : 'Papers not yet filed under a meeting');
    for (const hit of cliResults({ ...results, groups: [group] })) {
      lines.push(`  ${hit.title}${hit.page !== null ? `, page ${hit.page} (document ${hit.documentId})` : ''}`, `    ${hit.snippet}`);
    }
  }
  return lines.join('\n');
}

/** Returns the exit code, or null when the words are not a search. */
export async function searchCommand(
  words: string[],
  options: SearchOptions,
  call: Call,
  print: Print,
  id: (value: string | undefined, what: string) => number,
  fail: (message: string) => never,
): Promise<number | null> {
  const [verb, ...rest] = words;
  if (verb !== 'search') return null;
  const query = rest.join(' ').trim();
  if (!query) fail('search needs something to search for, e.g. search "foster carers".');
  const date = (value: string | undefined, what: string) => {
    if (value === undefined) return undefined;
    return cliDate(value) ?? fail(`${what} must be a date as DD/MM/YYYY or YYYY-MM-DD, e.g. 14/01/2025.`);
  };
  const limit = options.limit === undefined ? 20 : id(options.limit, '--limit');
  if (limit > 200) fail('--limit must be at most 200.');
  const results = await call('search.query', {
    query,
    scope: 'all',
    limit,
    committeeIds: options.committee === undefined ? undefined : [id(options.committee, '--committee')],
    from: date(options.from, '--from'),
    to: date(options.to, '--to'),
  });
  print(
    { total: results.total, totalExact: results.totalExact, meetings: results.meetingCount, partial: results.partial, hint: results.hint, results: cliResults(results) },
    () => summary(results),
  );
  return 0;
}
