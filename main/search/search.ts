import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchGroup, SearchHit, SearchResults } from '../../shared/types/papers';
import { confidentialDocumentIds } from '../confidential/confidential';
import { parseQuery } from './query-syntax';
import { makeSnippet } from './snippet';

export interface SearchRequest {
  query: string;
  scope: 'all' | 'papers' | 'minutes';
  committeeIds?: number[];
  from?: string;
  to?: string;
  myCommittees?: boolean;
  limit: number;
}

interface Query {
  match: string;
  terms: string[];
  prefixes: string[];
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

/**
 * Ranking every match of a very common word ("council" is on every page) costs time in proportion to
 * the library. So candidates are read newest first (FTS5 walks its index in rowid order and stops),
 * at most CANDIDATES of them, and ranked by bm25 among themselves; only when that cap is reached and
 * filters leave too few results is the whole index ranked. Selective queries are unaffected.
 */
export const CANDIDATES = 2000;

function searchPages(db: Database.Database, q: Query, r: SearchRequest): Array<SearchHit & MeetingCols> {
  const filter = meetingFilter(r);
  const match = q.match;
  // candidates: how many matches (newest first) are ranked; shortlist: how many of the best are
  // joined to their documents and meetings. Joining is the costly part, so it is done for few rows;
  // if filters or superseded versions leave too few results, the next, wider pass runs.
  const run = (candidates: number | null, shortlist: number | null) =>
    db
      .prepare(
        `SELECT p.id AS pageId, p.page_number AS pageNumber, v.id AS versionId, d.id AS documentId, d.title AS documentTitle,
                mt.id AS meetingId, mt.date, c.id AS committeeId, c.name AS committeeName, hits.score
         FROM (SELECT id, score FROM (SELECT rowid AS id, bm25(pages_fts) AS score FROM pages_fts WHERE pages_fts MATCH ?
                                      ${candidates ? `ORDER BY rowid DESC LIMIT ${candidates}` : ''})
               ${shortlist ? `ORDER BY score LIMIT ${shortlist}` : ''}) hits
         JOIN pages p ON p.id = hits.id
         JOIN document_versions v ON v.id = p.version_id AND v.is_current = 1
         JOIN documents d ON d.id = v.document_id
         ${filter.sql ? 'JOIN' : 'LEFT JOIN'} meetings mt ON mt.id = d.meeting_id
         LEFT JOIN committees c ON c.id = mt.committee_id
         WHERE 1 = 1 ${filter.sql}
         ORDER BY hits.score LIMIT ?`,
      )
      .all(match, ...filter.params, r.limit) as Array<
      { pageId: number; pageNumber: number; versionId: number; documentId: number; documentTitle: string; score: number } & MeetingCols
    >;
  const passes: Array<[number | null, number | null]> = [
    [CANDIDATES, r.limit * 2],
    [CANDIDATES, null],
    [null, null],
  ];
  let rows: ReturnType<typeof run> = [];
  for (const [candidates, shortlist] of passes) {
    rows = run(candidates, shortlist);
    if (rows.length >= r.limit) break;
    // A wider pass can only help when this one was cut short.
    const matches = db.prepare(`SELECT COUNT(*) FROM (SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? LIMIT ?)`).pluck().get(match, (shortlist ?? candidates ?? 0) + 1) as number;
    if (candidates === null || matches <= (shortlist ?? candidates)) break;
  }
  if (rows.length === 0) return [];
  const text = db.prepare('SELECT text FROM pages WHERE id = ?').pluck();
  // Asked only for the few rows shown, so the ranking query stays as fast as before.
  const confidential = confidentialDocumentIds(db, [...new Set(rows.map((row) => row.documentId))]);
  return rows.map((row) => ({
    kind: 'page' as const,
    documentId: row.documentId,
    versionId: row.versionId,
    documentTitle: row.documentTitle,
    pageNumber: row.pageNumber,
    snippet: makeSnippet(text.get(row.pageId) as string, q.terms, q.prefixes),
    score: row.score,
    confidential: confidential.has(row.documentId),
    meetingId: row.meetingId,
    date: row.date,
    committeeId: row.committeeId,
    committeeName: row.committeeName,
  }));
}

function searchMinutes(db: Database.Database, q: Query, r: SearchRequest): Array<SearchHit & MeetingCols> {
  const filter = meetingFilter(r);
  const match = q.match;
  const rows = db
    .prepare(
      `SELECT i.id AS itemId, i.number AS itemNumber, i.title AS itemTitle, mt.id AS meetingId, mt.date,
              c.id AS committeeId, c.name AS committeeName, bm25(items_fts, 5.0, 1.0, 2.0) AS score,
              i.minutes_text AS minutesText, i.agenda_text AS agendaText, i.exempt
       FROM items_fts JOIN items i ON i.id = items_fts.rowid AND i.withdrawn_at IS NULL
       JOIN meetings mt ON mt.id = i.meeting_id JOIN committees c ON c.id = mt.committee_id
       WHERE items_fts MATCH ? ${filter.sql}
         AND items_fts.rowid IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT ${CANDIDATES})
       ORDER BY score LIMIT ?`,
    )
    .all(match, ...filter.params, match, r.limit) as Array<
    { itemId: number; itemNumber: string | null; itemTitle: string; score: number; minutesText: string; agendaText: string; exempt: number } & MeetingCols
  >;
  // The snippet comes from the minutes when they carry a term, else the agenda text, else the title.
  const snippetOf = (row: { minutesText: string; agendaText: string; itemTitle: string }) => {
    for (const text of [row.minutesText, row.agendaText, row.itemTitle]) {
      const snippet = makeSnippet(text, q.terms, q.prefixes);
      if (snippet.some((part) => part.hit)) return snippet;
    }
    return makeSnippet(row.minutesText || row.agendaText, q.terms, q.prefixes);
  };
  return rows.map((row) => ({
    kind: 'minutes' as const,
    itemId: row.itemId,
    itemNumber: row.itemNumber,
    itemTitle: row.itemTitle,
    snippet: snippetOf(row),
    score: row.score,
    confidential: row.exempt === 1,
    meetingId: row.meetingId,
    date: row.date,
    committeeId: row.committeeId,
    committeeName: row.committeeName,
  }));
}

/** Ranked (bm25) hits over papers and minutes, grouped by meeting in the order of their best hit. */
export function search(db: Database.Database, r: SearchRequest): SearchResults {
  const started = performance.now();
  const parsed = parseQuery(r.query);
  if (!parsed.match) return { query: r.query, terms: [], groups: [], total: 0, tookMs: 0 };
  const q: Query = { match: parsed.match, terms: parsed.terms, prefixes: parsed.prefixes };
  const hits = [
    ...(r.scope !== 'minutes' ? searchPages(db, q, r) : []),
    ...(r.scope !== 'papers' ? searchMinutes(db, q, r) : []),
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
  return { query: r.query, terms: [...q.terms, ...q.prefixes], groups: [...groups.values()], total: hits.length, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
