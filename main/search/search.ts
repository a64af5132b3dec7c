import type Database from 'better-sqlite3';
import type { SearchGroup, SearchHit, SearchResults, Snippet } from '../../shared/types/papers';
import { parseQuery } from './query-syntax';

export interface SearchRequest {
  query: string;
  scope: 'all' | 'papers' | 'minutes';
  committeeIds?: number[];
  from?: string;
  to?: string;
  myCommittees?: boolean;
  limit: number;
}

// Snippet markers: control characters that page text never contains (import strips them).
const OPEN = '\u0002';
const CLOSE = '\u0003';

export function toSegments(snippet: string): Snippet {
  const out: Snippet = [];
  for (const part of snippet.split(OPEN)) {
    const [hit, rest] = part.includes(CLOSE) ? (part.split(CLOSE, 2) as [string, string]) : [null, part];
    if (hit) out.push({ text: hit, hit: true });
    if (rest) out.push({ text: rest, hit: false });
  }
  return out;
}

/** Filters on the meeting a hit belongs to, as SQL over aliases mt (meetings) and c (committees). */
function meetingFilter(r: SearchRequest): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (r.committeeIds?.length) {
    clauses.push(`c.id IN (${r.committeeIds.map(() => '?').join(',')})`);
    params.push(...r.committeeIds);
  }
  if (r.myCommittees) clauses.push('c.is_mine = 1');
  if (r.from) {
    clauses.push('mt.date >= ?');
    params.push(r.from);
  }
  if (r.to) {
    clauses.push('mt.date <= ?');
    params.push(r.to);
  }
  return { sql: clauses.length ? ` AND ${clauses.join(' AND ')}` : '', params };
}

interface MeetingCols {
  meetingId: number | null;
  date: string | null;
  committeeId: number | null;
  committeeName: string | null;
}

function searchPages(db: Database.Database, match: string, r: SearchRequest): Array<SearchHit & MeetingCols> {
  const filter = meetingFilter(r);
  // Phase 1 ranks without snippets (SQLite would otherwise build a snippet for every matching page
  // before sorting); phase 2 makes snippets for the few rows returned.
  const rows = db
    .prepare(
      `SELECT p.id AS pageId, p.page_number AS pageNumber, v.id AS versionId, d.id AS documentId, d.title AS documentTitle,
              mt.id AS meetingId, mt.date, c.id AS committeeId, c.name AS committeeName, bm25(pages_fts) AS score
       FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
       JOIN document_versions v ON v.id = p.version_id AND v.is_current = 1
       JOIN documents d ON d.id = v.document_id
       ${filter.sql ? 'JOIN' : 'LEFT JOIN'} meetings mt ON mt.id = d.meeting_id
       LEFT JOIN committees c ON c.id = mt.committee_id
       WHERE pages_fts MATCH ? ${filter.sql}
       ORDER BY score LIMIT ?`,
    )
    .all(match, ...filter.params, r.limit) as Array<
    { pageId: number; pageNumber: number; versionId: number; documentId: number; documentTitle: string; score: number } & MeetingCols
  >;
  if (rows.length === 0) return [];
  const snippets = new Map(
    (
      db
        .prepare(
          `SELECT rowid AS id, snippet(pages_fts, 0, '${OPEN}', '${CLOSE}', '…', 14) AS snip FROM pages_fts
           WHERE pages_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
        )
        .all(match, JSON.stringify(rows.map((row) => row.pageId))) as Array<{ id: number; snip: string }>
    ).map((x) => [x.id, x.snip]),
  );
  return rows.map((row) => ({
    kind: 'page' as const,
    documentId: row.documentId,
    versionId: row.versionId,
    documentTitle: row.documentTitle,
    pageNumber: row.pageNumber,
    snippet: toSegments(snippets.get(row.pageId) ?? ''),
    score: row.score,
    meetingId: row.meetingId,
    date: row.date,
    committeeId: row.committeeId,
    committeeName: row.committeeName,
  }));
}

function searchMinutes(db: Database.Database, match: string, r: SearchRequest): Array<SearchHit & MeetingCols> {
  const filter = meetingFilter(r);
  const rows = db
    .prepare(
      `SELECT i.id AS itemId, i.number AS itemNumber, i.title AS itemTitle, mt.id AS meetingId, mt.date,
              c.id AS committeeId, c.name AS committeeName, bm25(items_fts, 5.0, 1.0, 2.0) AS score,
              snippet(items_fts, -1, '${OPEN}', '${CLOSE}', '…', 14) AS snip
       FROM items_fts JOIN items i ON i.id = items_fts.rowid AND i.withdrawn_at IS NULL
       JOIN meetings mt ON mt.id = i.meeting_id JOIN committees c ON c.id = mt.committee_id
       WHERE items_fts MATCH ? ${filter.sql}
       ORDER BY score LIMIT ?`,
    )
    .all(match, ...filter.params, r.limit) as Array<{ itemId: number; itemNumber: string | null; itemTitle: string; score: number; snip: string } & MeetingCols>;
  return rows.map((row) => ({
    kind: 'minutes' as const,
    itemId: row.itemId,
    itemNumber: row.itemNumber,
    itemTitle: row.itemTitle,
    snippet: toSegments(row.snip),
    score: row.score,
    meetingId: row.meetingId,
    date: row.date,
    committeeId: row.committeeId,
    committeeName: row.committeeName,
  }));
}

/** Ranked (bm25) hits over papers and minutes, grouped by meeting in the order of their best hit. */
export function search(db: Database.Database, r: SearchRequest): SearchResults {
  const started = performance.now();
  const { match, terms } = parseQuery(r.query);
  if (!match) return { query: r.query, terms: [], groups: [], total: 0, tookMs: 0 };
  const hits = [
    ...(r.scope !== 'minutes' ? searchPages(db, match, r) : []),
    ...(r.scope !== 'papers' ? searchMinutes(db, match, r) : []),
  ]
    .sort((a, b) => a.score - b.score)
    .slice(0, r.limit);
  const groups = new Map<string, SearchGroup>();
  for (const { meetingId, date, committeeId, committeeName, ...hit } of hits) {
    const key = meetingId === null ? 'none' : String(meetingId);
    let group = groups.get(key);
    if (!group) {
      group = {
        meeting: meetingId === null ? null : { id: meetingId, date, committeeId: committeeId as number, committeeName: committeeName ?? '' },
        hits: [],
      };
      groups.set(key, group);
    }
    group.hits.push(hit as SearchHit);
  }
  return { query: r.query, terms, groups: [...groups.values()], total: hits.length, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
