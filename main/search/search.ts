import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchGroup, SearchHit, SearchResults } from '../../shared/types/papers';
import { parseQuery, type ParsedQuery } from './query-syntax';
import { BM25_BUDGET, DF_SAMPLE, WINDOW_BM25, WINDOW_COUNTED, bm25, countedTerms, dfSql, documentFrequencies, idf, phrasesOf, primaryOf, walkCost } from './ranking';
import { makeSnippet } from './snippet';

export interface SearchRequest {
  query: string;
  scope: 'all' | 'papers' | 'minutes';
  committeeIds?: number[];
  from?: string;
  to?: string;
  myCommittees?: boolean;
  limit: number;
  /** How many results to skip ("Show more"): the results after the first `offset`, in the same order. */
  offset?: number;
}

/**
 * A search is a plan: a generator that yields the SQL it needs, one statement at a time, and returns
 * the results. `search()` runs it on a connection directly (the CLI, tests); `SearchWorker` runs
 * each statement in a worker thread with its own read-only connection, checking its time budget
 * and whether a newer query has replaced it between statements. Either way the same code decides.
 */
export interface Step {
  sql: string;
  params: Record<string, unknown>;
}
export interface Budget {
  /** True once the time budget is spent: the plan stops and answers with what it has, marked partial. */
  expired(): boolean;
}
export type SearchPlan = Generator<Step, SearchResults, unknown>;

/**
 * Matches are taken newest first in windows (each read forwards over the stretch of rowids that
 * holds it, see matchSql and rankSource), each ranked by bm25 within itself (ranking.ts: FTS5's bm25() for rare words, the same formula from
 * counts for common ones): a window of a very common word ("council" is on every page) costs the
 * same in a library of 10,000 pages as of a million. Results are the windows one after another, so
 * "Show more" continues where the last answer stopped.
 */
export const WINDOW = WINDOW_BM25;
/** Totals count matches (filtered: current versions, committee, dates) up to this many looked at, then estimate. */
export const COUNT_CAP = 1200;
const COUNT_WINDOW = 1000;

interface Source {
  kind: 'page' | 'minutes';
  table: 'pages' | 'items';
  stem: 'pages_stem' | 'items_stem';
  exact: 'pages_fts' | 'items_fts';
  weights: string;
  /** From the matched rowid x.id to the row (and its meeting's id). */
  join: string;
  /** On to the meeting (mt) and committee (c), joined only when a filter needs them. */
  joinMeeting: string;
  /** The row counts: a page of a current version, an item not withdrawn. */
  alive: string;
  meeting: string;
  /** The text columns (of the row joined as t) and their weights, for ranking by counts. */
  texts: Array<{ column: string; weight: number }>;
}

const PAGES: Source = {
  kind: 'page',
  table: 'pages',
  stem: 'pages_stem',
  exact: 'pages_fts',
  weights: '',
  // pages_version_of (0011): the page's version from a small index, not from the row holding its text.
  join: `LEFT JOIN pages p INDEXED BY pages_version_of ON p.id = x.id
         LEFT JOIN document_versions v ON v.id = p.version_id AND v.is_current = 1
         LEFT JOIN documents d ON d.id = v.document_id`,
  joinMeeting: 'LEFT JOIN meetings mt ON mt.id = d.meeting_id LEFT JOIN committees c ON c.id = mt.committee_id',
  alive: 'v.id IS NOT NULL',
  meeting: 'd.meeting_id',
  texts: [{ column: 't.text', weight: 1 }],
};

const MINUTES: Source = {
  kind: 'minutes',
  table: 'items',
  stem: 'items_stem',
  exact: 'items_fts',
  weights: ', 5.0, 1.0, 2.0',
  join: 'LEFT JOIN items i ON i.id = x.id AND i.withdrawn_at IS NULL',
  joinMeeting: 'LEFT JOIN meetings mt ON mt.id = i.meeting_id LEFT JOIN committees c ON c.id = mt.committee_id',
  alive: 'i.id IS NOT NULL',
  meeting: 'i.meeting_id',
  texts: [
    { column: 't.title', weight: 5 },
    { column: 't.agenda_text', weight: 1 },
    { column: 't.minutes_text', weight: 2 },
  ],
};

/** Filters on the meeting a hit belongs to, as SQL over aliases mt (meetings) and c (committees). */
function meetingFilter(r: SearchRequest): { sql: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (r.committeeIds?.length) {
    clauses.push(`c.id IN (${r.committeeIds.map((_, i) => `@committee${i}`).join(',')})`);
    r.committeeIds.forEach((id, i) => (params[`committee${i}`] = id));
  }
  if (r.myCommittees) clauses.push('c.is_mine = 1');
  if (r.from) {
    clauses.push('mt.date >= @from');
    params.from = r.from;
  }
  if (r.to) {
    clauses.push('mt.date <= @to');
    params.to = r.to;
  }
  return { sql: clauses.length ? ` AND ${clauses.join(' AND ')}` : '', params };
}

/**
 * The rowids matching the query from @fromId up to @belowId, at most @n; with bm25 when `scored`.
 * 'newest': the newest @n of that stretch; 'range': the oldest @n. Either way FTS5 reads its lists
 * forwards from @fromId: reading a list backwards (ORDER BY rowid DESC) first walks all of it on the
 * stemmed indexes, whose secure-delete keeps FTS5 from jumping to the end (14 ms for "council report"
 * over a million pages, against 0.5 ms forwards from near the end, measured). "+rowid" in the ORDER BY
 * keeps SQLite from handing the order to FTS5: it keeps the newest @n of the stretch itself. @fromId and
 * @belowId must be bound as integers (BigInt): FTS5 ignores a rowid bound given as a real number and
 * reads from the start of its lists (61 ms against 0.2 ms for "officers" near the end, measured).
 */
function matchSql(src: Source, q: ParsedQuery, scored: boolean, order: 'newest' | 'range'): { sql: string; params: Record<string, unknown>; checks: number } {
  const { onStem, positive, excluded: own } = primaryOf(q);
  const primary = onStem ? src.stem : src.exact;
  const main = `(${positive})${own ? ` NOT (${own})` : ''}`;
  const params: Record<string, unknown> = { match: main };
  // The other index: its matches are read once per statement (SQLite keeps them as a small temporary
  // index) and each candidate looked up there; its positives must match, its exclusions must not.
  const others: string[] = [];
  const other = onStem ? src.exact : src.stem;
  const check = (expr: string | null, negate: boolean) => {
    if (!expr) return;
    const name = `other${others.length}`;
    params[name] = expr;
    // "+rowid": a filter on the primary's own walk. Plain "rowid IN" lets SQLite run the primary MATCH
    // once per rowid of the list instead (60× slower on 100,000 pages, measured).
    others.push(`AND +rowid ${negate ? 'NOT ' : ''}IN (SELECT rowid FROM ${other} WHERE ${other} MATCH @${name})`);
  };
  if (onStem) {
    check(q.exact, false);
    check(q.excludeExact, true);
  } else {
    check(q.excludeStem, true);
  }
  const sql = `SELECT rowid AS id${scored ? `, bm25(${primary}${src.weights}) AS score` : ''} FROM ${primary}
               WHERE ${primary} MATCH @match AND rowid >= @fromId AND rowid < @belowId ${others.join(' ')}
               ORDER BY ${order === 'range' ? 'rowid ASC' : '+rowid DESC'} LIMIT @n`;
  return { sql, params, checks: others.length };
}

interface Ranked {
  id: number;
  score: number;
  meetingId: number | null;
}

interface Tally {
  /** Matches that pass the filters, counted so far, and matches looked at. */
  counted: number;
  looked: number;
  meetings: Set<number>;
  /** The lowest rowid looked at, and whether every match has been looked at. */
  lowest: number;
  exhausted: boolean;
  /** The source's rowid range, for estimating from the part counted, and how much of it was looked at. */
  minId: number;
  maxId: number;
  covered: number;
  /** Counting also reads from the oldest end: every rowid below this has been counted. */
  bottom: number;
}

/**
 * How a source's windows are ranked: FTS5's bm25(), or the same formula from counts of these terms
 * (ranking.ts); with the query's estimated matches, to choose how far back a window's read starts.
 */
type Ranking = ({ by: 'bm25' } | { by: 'counts'; terms: string[]; weights: number[] }) & { matches: number };

/** The first `want` results of one source, ranked window by window, counting as it goes. */
function* rankSource(src: Source, q: ParsedQuery, r: SearchRequest, want: number, budget: Budget, tally: Tally, ranking: Ranking): Generator<Step, { ranked: Ranked[]; partial: boolean }, unknown> {
  const filter = meetingFilter(r);
  const byBm25 = ranking.by === 'bm25';
  const match = matchSql(src, q, byBm25, 'newest');
  const terms = ranking.by === 'counts' ? ranking.terms : [];
  const termParams = Object.fromEntries(terms.map((t, j) => [`t${j}`, t]));
  const base = `SELECT x.id AS id, ${byBm25 ? 'x.score' : '0'} AS score, ${src.meeting} AS meetingId, CASE WHEN ${src.alive}${filter.sql} THEN 1 ELSE 0 END AS ok
                FROM (${match.sql}) x ${src.join} ${filter.sql ? src.joinMeeting : ''}`;
  // By counts: each text column lower-cased once (materialised, not once per term); occurrences of term j
  // in column k are the bytes it takes up there over its own length (octet_length is free on stored text).
  const sql = terms.length
    ? `WITH w AS MATERIALIZED (SELECT b.*, ${src.texts.map((c, k) => `LOWER(COALESCE(${c.column}, '')) AS l${k}`).join(', ')}
                               FROM (${base}) b LEFT JOIN ${src.table} t ON t.id = b.id)
       SELECT id, score, meetingId, ok, ${src.texts.map((_, k) => `OCTET_LENGTH(l${k})`).join(' + ')} AS len,
              ${terms.flatMap((_, j) => src.texts.map((_c, k) => `OCTET_LENGTH(l${k}) - OCTET_LENGTH(REPLACE(l${k}, @t${j}, '')) AS c${j}_${k}`)).join(', ')}
       FROM w`
    : base;
  const termBytes = terms.map((t) => Math.max(1, Buffer.byteLength(t)));
  const window = byBm25 ? WINDOW_BM25 : WINDOW_COUNTED;
  const ranked: Ranked[] = [];
  let below = Number.MAX_SAFE_INTEGER;
  // Matches per rowid, from the estimate; lowered when a stretch holds fewer than it predicted.
  let density = Math.max(ranking.matches, 1) / Math.max(1, tally.maxId - tally.minId + 1);
  type Row = Ranked & { ok: number } & Record<string, number>;
  while (ranked.length < want) {
    if (budget.expired()) return { ranked, partial: true };
    // A window is the newest `window` matches below `below`, as a backwards read would give them: read
    // forwards over a stretch just long enough to hold them (by the density), then the stretch before
    // it for what is missing, until the window is full or the oldest row is reached.
    const rows: Row[] = [];
    let upper = below;
    let top = Math.min(below, tally.maxId + 1);
    let from = top;
    let stretch = 0;
    while (rows.length < window && from > tally.minId) {
      if (budget.expired()) return { ranked, partial: true };
      const need = window - rows.length;
      stretch = Math.max(2 * stretch, Math.ceil((need / density) * 1.25) + 16);
      from = Math.max(tally.minId, top - stretch);
      const got = (yield { sql, params: { ...match.params, ...filter.params, ...termParams, fromId: BigInt(from), belowId: BigInt(upper), n: need } }) as Row[];
      rows.push(...got);
      if (got.length < need) density = got.length ? Math.min(density, got.length / (top - from)) : density / 4;
      top = from;
      upper = from;
    }
    if (ranking.by === 'counts' && rows.length) {
      const average = Math.max(1, rows.reduce((n, row) => n + (row.len as number), 0) / rows.length);
      for (const row of rows) {
        const frequencies = terms.map((_, j) => src.texts.reduce((f, c, k) => f + (c.weight * (row[`c${j}_${k}`] as number)) / (termBytes[j] as number), 0));
        row.score = bm25(frequencies, ranking.weights, row.len as number, average);
      }
    }
    const passed: Ranked[] = [];
    tally.looked += rows.length;
    for (const row of rows) {
      if (row.id < below) below = row.id;
      if (!row.ok) continue;
      passed.push({ id: row.id, score: row.score, meetingId: row.meetingId });
      if (row.meetingId !== null) tally.meetings.add(row.meetingId);
    }
    tally.counted += passed.length;
    tally.lowest = below;
    tally.covered = tally.maxId - below + 1;
    ranked.push(...passed.sort((a, b) => a.score - b.score || b.id - a.id));
    if (rows.length < window) {
      tally.exhausted = true;
      break;
    }
  }
  return { ranked, partial: false };
}

/** bm25() while the words' matches are few enough to walk (it reads them all), else counts (ranking.ts). */
function* chooseRanking(src: Source, q: ParsedQuery, tally: Tally, bm25Budget: number): Generator<Step, Ranking, unknown> {
  const primary = primaryOf(q);
  const positive = phrasesOf(primary.positive);
  const phrases = [...positive, ...phrasesOf(primary.excluded)];
  const index = primary.onStem ? src.stem : src.exact;
  const step = dfSql(index, phrases);
  // And the same sample of the whole query (its words together, its exclusions, the other index's part),
  // unless that is one phrase already sampled: how far back a window's read must start (rankSource).
  const whole = matchSql(src, q, false, 'range');
  const alone = phrases.length === 1 && whole.checks === 0;
  const sql = alone ? step.sql : `${step.sql} UNION ALL SELECT -1 AS i, COUNT(*) AS n, MAX(id) AS high FROM (${whole.sql})`;
  const params = alone ? step.params : { ...step.params, ...whole.params, fromId: BigInt(tally.minId), belowId: BigInt(Number.MAX_SAFE_INTEGER), n: DF_SAMPLE };
  const rows = (yield { sql, params }) as Array<{ i: number; n: number; high: number | null }>;
  const dfs = documentFrequencies(rows.filter((row) => row.i >= 0), tally.minId, tally.maxId);
  const sample = rows.find((row) => row.i === (alone ? 0 : -1));
  const matches = sample ? (documentFrequencies([{ ...sample, i: 0 }], tally.minId, tally.maxId)[0] ?? 0) : 0;
  if (phrases.reduce((n, phrase, i) => n + walkCost(phrase, dfs[i] ?? 0), 0) <= bm25Budget) return { by: 'bm25', matches };
  const total = Math.max(1, tally.maxId - tally.minId + 1);
  return { by: 'counts', terms: countedTerms(primary.positive, primary.onStem), weights: positive.map((_, i) => idf(total, dfs[i] ?? 0)), matches };
}

/**
 * Counts the rest of a source's matches, up to COUNT_CAP looked at; false when the budget ran out.
 * From the oldest end forwards, towards the matches already ranked: a forward read costs the same
 * in any size of library (see matchSql). Newest and oldest stretches together give the
 * estimate; when they meet, every match has been counted.
 */
function* countSource(src: Source, q: ParsedQuery, r: SearchRequest, budget: Budget, tally: Tally): Generator<Step, boolean, unknown> {
  const filter = meetingFilter(r);
  const match = matchSql(src, q, false, 'range');
  const ok = `${src.alive}${filter.sql}`;
  const sql = `SELECT COUNT(*) AS looked, MAX(x.id) AS highest, SUM(CASE WHEN ${ok} THEN 1 ELSE 0 END) AS passed,
                      GROUP_CONCAT(DISTINCT CASE WHEN ${ok} THEN ${src.meeting} END) AS meetings
               FROM (${match.sql}) x ${src.join} ${filter.sql ? src.joinMeeting : ''}`;
  while (!tally.exhausted && tally.looked < COUNT_CAP) {
    if (budget.expired()) return false;
    const row = (yield { sql, params: { ...match.params, ...filter.params, belowId: BigInt(tally.lowest), fromId: BigInt(tally.bottom), n: COUNT_WINDOW } }) as Array<{ looked: number; highest: number | null; passed: number | null; meetings: string | null }>;
    const { looked, highest, passed, meetings } = row[0] ?? { looked: 0, highest: null, passed: 0, meetings: null };
    tally.looked += looked;
    tally.counted += passed ?? 0;
    for (const id of meetings ? meetings.split(',') : []) tally.meetings.add(Number(id));
    if (looked < COUNT_WINDOW) {
      tally.exhausted = true; // the oldest stretch reached the ranked one
    } else {
      const top = (highest ?? tally.bottom) + 1;
      tally.covered += top - tally.bottom;
      tally.bottom = top;
    }
  }
  return true;
}

/** An estimate from the part of the rowid range looked at (matches are spread through the library). */
function estimate(t: Tally, value: number): number {
  if (t.exhausted) return value;
  const span = Math.max(1, t.maxId - t.minId + 1);
  return Math.round((value * span) / Math.max(1, t.covered));
}

/** Two figures for "about": 12,345 → 12,000. */
const roughly = (n: number) => (n < 100 ? n : Number(n.toPrecision(2)));

type Row = Record<string, unknown>;

/** `tuning.bm25Budget`: index entries bm25() may walk before ranking switches to counts (ranking.ts); tests lower it. */
export function* searchPlan(r: SearchRequest, budget: Budget = { expired: () => false }, tuning = { bm25Budget: BM25_BUDGET }): SearchPlan {
  const started = performance.now();
  const q = parseQuery(r.query);
  const offset = r.offset ?? 0;
  const empty: SearchResults = {
    query: r.query, terms: [], groups: [], total: 0, totalExact: true, meetingCount: 0, offset, nextOffset: null, partial: false, hint: q.hint, tookMs: 0,
  };
  if (!q.stem && !q.exact) return empty;
  const want = offset + r.limit;
  const sources = [...(r.scope !== 'minutes' ? [PAGES] : []), ...(r.scope !== 'papers' ? [MINUTES] : [])];
  let partial = false;
  let meetingsInLibrary = 0;
  const lists: Array<{ src: Source; ranked: Ranked[]; tally: Tally }> = [];
  for (const src of sources) {
    // Two subqueries: MIN and MAX together in one SELECT would scan the whole table.
    const range = (yield {
      sql: `SELECT (SELECT MIN(id) FROM ${src.table}) AS minId, (SELECT MAX(id) FROM ${src.table}) AS maxId, (SELECT COUNT(*) FROM meetings) AS meetings`,
      params: {},
    }) as Array<{ minId: number | null; maxId: number | null; meetings: number }>;
    meetingsInLibrary = range[0]?.meetings ?? 0;
    const tally: Tally = { counted: 0, looked: 0, meetings: new Set(), lowest: Number.MAX_SAFE_INTEGER, exhausted: false, minId: range[0]?.minId ?? 0, maxId: range[0]?.maxId ?? 0, covered: 0, bottom: range[0]?.minId ?? 0 };
    if (range[0]?.maxId == null) {
      // An empty table (a library without minutes yet): nothing to rank or count.
      lists.push({ src, ranked: [], tally: { ...tally, exhausted: true } });
      continue;
    }
    const ranking = yield* chooseRanking(src, q, tally, tuning.bm25Budget);
    const got = yield* rankSource(src, q, r, want, budget, tally, ranking);
    partial ||= got.partial;
    lists.push({ src, ranked: got.ranked, tally });
  }
  // The true total: count on past the results shown, then estimate if there are very many.
  for (const list of lists) {
    if (!(yield* countSource(list.src, q, r, budget, list.tally))) partial = true;
  }

  // One list in the order of the two sources' lists merged by score; this answer is a slice of it.
  const merged: Array<{ kind: 'page' | 'minutes'; hit: Ranked }> = [];
  const heads = lists.map(() => 0);
  while (merged.length < want) {
    let best = -1;
    lists.forEach((list, i) => {
      const hit = list.ranked[heads[i] as number];
      if (hit && (best < 0 || hit.score < (lists[best]?.ranked[heads[best] as number] as Ranked).score)) best = i;
    });
    if (best < 0) break;
    const list = lists[best] as (typeof lists)[number];
    merged.push({ kind: list.src.kind, hit: list.ranked[heads[best] as number] as Ranked });
    heads[best] = (heads[best] as number) + 1;
  }
  const slice = merged.slice(offset, want);
  // More after this answer: results ranked but not yet given, or matches not yet ranked.
  const hasMore = lists.some((l, i) => l.ranked.length > (heads[i] as number) || l.tally.counted > l.ranked.length || !l.tally.exhausted);

  const pageIds = slice.filter((h) => h.kind === 'page').map((h) => h.hit.id);
  const itemIds = slice.filter((h) => h.kind === 'minutes').map((h) => h.hit.id);
  const pages = new Map<number, Row>();
  const items = new Map<number, Row>();
  let confidential = new Set<number>();
  if (pageIds.length) {
    const rows = (yield {
      sql: `SELECT p.id AS id, p.page_number AS pageNumber, v.id AS versionId, d.id AS documentId, d.title AS documentTitle,
                   mt.id AS meetingId, mt.date AS date, c.id AS committeeId, c.name AS committeeName, p.text AS text
            FROM json_each(@ids) j JOIN pages p ON p.id = j.value JOIN document_versions v ON v.id = p.version_id
            JOIN documents d ON d.id = v.document_id LEFT JOIN meetings mt ON mt.id = d.meeting_id LEFT JOIN committees c ON c.id = mt.committee_id`,
      params: { ids: JSON.stringify(pageIds) },
    }) as Row[];
    for (const row of rows) pages.set(row.id as number, row);
    // Asked only for the few rows shown (the confidential_documents view of migration 0007).
    const docs = [...new Set(rows.map((row) => row.documentId as number))];
    const marked = (yield { sql: 'SELECT document_id AS id FROM confidential_documents WHERE document_id IN (SELECT value FROM json_each(@ids))', params: { ids: JSON.stringify(docs) } }) as Array<{ id: number }>;
    confidential = new Set(marked.map((row) => row.id));
  }
  if (itemIds.length) {
    const rows = (yield {
      sql: `SELECT i.id AS id, i.number AS itemNumber, i.title AS itemTitle, i.minutes_text AS minutesText, i.agenda_text AS agendaText, i.exempt AS exempt,
                   mt.id AS meetingId, mt.date AS date, c.id AS committeeId, c.name AS committeeName
            FROM json_each(@ids) j JOIN items i ON i.id = j.value JOIN meetings mt ON mt.id = i.meeting_id JOIN committees c ON c.id = mt.committee_id`,
      params: { ids: JSON.stringify(itemIds) },
    }) as Row[];
    for (const row of rows) items.set(row.id as number, row);
  }

  const snippet = (text: string) => makeSnippet(text, q.terms, q.prefixes, 28, q.stems);
  const groups = new Map<string, SearchGroup>();
  for (const { kind, hit } of slice) {
    const row = kind === 'page' ? pages.get(hit.id) : items.get(hit.id);
    if (!row) continue; // removed between two statements
    let result: SearchHit;
    if (kind === 'page') {
      result = {
        kind: 'page', documentId: row.documentId as number, versionId: row.versionId as number, documentTitle: row.documentTitle as string,
        pageNumber: row.pageNumber as number, snippet: snippet(row.text as string), score: hit.score, confidential: confidential.has(row.documentId as number),
      };
    } else {
      // The snippet comes from the minutes when they carry a term, else the agenda text, else the title.
      const texts = [row.minutesText, row.agendaText, row.itemTitle] as string[];
      const found = texts.map(snippet).find((s) => s.some((part) => part.hit));
      result = {
        kind: 'minutes', itemId: hit.id, itemNumber: row.itemNumber as string | null, itemTitle: row.itemTitle as string,
        snippet: found ?? snippet((row.minutesText as string) || (row.agendaText as string)), score: hit.score, confidential: row.exempt === 1,
      };
    }
    const meetingId = row.meetingId as number | null;
    const key = meetingId === null ? 'none' : String(meetingId);
    let group = groups.get(key);
    if (!group) {
      group = { meeting: meetingId === null ? null : { id: meetingId, date: row.date as string | null, committeeId: row.committeeId as number, committeeName: (row.committeeName as string | null) ?? '' }, hits: [] };
      groups.set(key, group);
    }
    group.hits.push(result);
  }

  const exact = lists.every((l) => l.tally.exhausted);
  const total = lists.reduce((n, l) => n + estimate(l.tally, l.tally.counted), 0);
  const meetings = new Set(lists.flatMap((l) => [...l.tally.meetings]));
  const meetingCount = exact ? meetings.size : Math.min(meetingsInLibrary, Math.max(...lists.map((l) => estimate(l.tally, l.tally.meetings.size)), 0));
  return {
    query: r.query,
    terms: [...q.terms, ...q.prefixes],
    groups: [...groups.values()],
    total: exact ? total : roughly(total),
    totalExact: exact,
    meetingCount: exact ? meetingCount : Math.min(meetingsInLibrary, Math.max(roughly(meetingCount), meetings.size)),
    offset,
    nextOffset: hasMore ? want : null,
    partial,
    hint: q.hint,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** Runs a plan's statements on a connection, in this thread. */
export function runPlan(db: Database.Database, plan: SearchPlan): SearchResults {
  let next = plan.next();
  while (!next.done) {
    const step = next.value;
    next = plan.next(db.prepare(step.sql).all(step.params));
  }
  return next.value;
}

/** Ranked (bm25) hits over papers and minutes, grouped by meeting in the order of their best hit, on this thread. */
export function search(db: Database.Database, r: SearchRequest, budgetMs?: number, tuning?: { bm25Budget: number }): SearchResults {
  const deadline = budgetMs === undefined ? Infinity : performance.now() + budgetMs;
  return runPlan(db, searchPlan(r, { expired: () => performance.now() > deadline }, tuning));
}
