/**
 * Possible interests for a meeting: each register entry in force on the meeting's date is looked for
 * in the meeting's agenda items (title, agenda text, minutes text) and in the pages of its current
 * papers. FTS5 finds candidate rows (quoted phrase queries), a whole-word regex on the stored text
 * confirms each and gives the passage. One warning per interest and item; pack pages are tied to an
 * item by the item ↔ page map. Dismissed warnings are kept apart with the member's reason.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  DECLARATION_GUIDANCE,
  type InterestCategory,
  type InterestView,
  type InterestWarning,
  type MeetingWarnings,
  type WarningHit,
  type WarningItem,
} from '../../shared/types/interests';
import { NotFoundError } from '../errors';
import { findMatches, interestPatterns, passage, type TermPattern } from './matching';
import { interestsInForce, today } from './register';

/** Passages kept per warning: enough to judge it, few enough to read. */
const MAX_HITS = 5;

interface ItemRow {
  id: number;
  number: string | null;
  title: string;
  agenda_text: string;
  minutes_text: string;
  position: number;
}

interface VersionRow {
  versionId: number;
  documentId: number;
  title: string;
  itemId: number | null;
  minPage: number | null;
  maxPage: number | null;
}

interface PageRow {
  id: number;
  version_id: number;
  page_number: number;
  text: string;
}

interface Candidate {
  item: ItemRow | null;
  hit: WarningHit;
  /** Sort order within a warning: item text first, then pages in order. */
  order: number;
}

const CATEGORY_RANK: Record<InterestCategory, number> = { 'disclosable-pecuniary': 0, 'other-registrable': 1, 'non-registrable': 2 };

const toItem = (r: ItemRow): WarningItem => ({ id: r.id, number: r.number, title: r.title });

/** The guidance shown with a warning, by the interest's category. */
export const guidanceFor = (category: InterestCategory): string => DECLARATION_GUIDANCE[category];

export function meetingWarnings(db: Database.Database, meetingId: number): MeetingWarnings {
  const started = performance.now();
  const meeting = db.prepare('SELECT id, date FROM meetings WHERE id = ?').get(meetingId) as { id: number; date: string | null } | undefined;
  if (!meeting) throw new NotFoundError('That meeting is not in the library.');
  const interests = interestsInForce(db, meeting.date ?? today());

  const items = db
    .prepare(
      `SELECT id, number, title, agenda_text, minutes_text, position FROM items
       WHERE meeting_id = ? AND withdrawn_at IS NULL ORDER BY position, id`,
    )
    .all(meetingId) as ItemRow[];
  const itemsById = new Map(items.map((i) => [i.id, i]));
  // The meeting's current papers, except PDF minutes (their text is the items' minutes text already).
  const versions = db
    .prepare(
      `SELECT v.id AS versionId, d.id AS documentId, d.title, d.item_id AS itemId,
              (SELECT MIN(id) FROM pages WHERE version_id = v.id) AS minPage, (SELECT MAX(id) FROM pages WHERE version_id = v.id) AS maxPage
       FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.is_current = 1
       WHERE d.meeting_id = ? AND d.kind <> 'minutes'`,
    )
    .all(meetingId) as VersionRow[];
  const versionsById = new Map(versions.map((v) => [v.versionId, v]));
  const ranges = db
    .prepare(
      `SELECT ip.item_id AS itemId, ip.version_id AS versionId, ip.first_page AS firstPage, ip.last_page AS lastPage
       FROM item_pages ip JOIN document_versions v ON v.id = ip.version_id AND v.is_current = 1
       JOIN documents d ON d.id = v.document_id WHERE d.meeting_id = ? ORDER BY ip.first_page DESC`,
    )
    .all(meetingId) as Array<{ itemId: number; versionId: number; firstPage: number; lastPage: number }>;

  /** The item a page belongs to: the paper's own item, else the (innermost) item range holding the page. */
  const itemForPage = (versionId: number, pageNumber: number): ItemRow | null => {
    const version = versionsById.get(versionId);
    if (version?.itemId != null) return itemsById.get(version.itemId) ?? null;
    const range = ranges.find((r) => r.versionId === versionId && r.firstPage <= pageNumber && pageNumber <= r.lastPage);
    return range ? (itemsById.get(range.itemId) ?? null) : null;
  };

  const itemMatches = db.prepare(
    `SELECT rowid FROM items_fts WHERE items_fts MATCH ? AND rowid IN (SELECT id FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL)`,
  ).pluck();
  // A version's pages were written in one transaction, so their ids are one range: FTS5 narrows by rowid range cheaply.
  const pageMatches = db.prepare(
    `SELECT p.id, p.version_id, p.page_number, p.text FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid
     WHERE pages_fts MATCH ? AND pages_fts.rowid BETWEEN ? AND ? AND p.version_id = ?`,
  );

  const dismissals = new Map(
    (
      db.prepare('SELECT interest_id AS interestId, item_id AS itemId, reason, created_at AS at FROM interest_dismissals WHERE meeting_id = ?').all(meetingId) as Array<{
        interestId: number;
        itemId: number | null;
        reason: string;
        at: string;
      }>
    ).map((d) => [`${d.interestId}:${d.itemId ?? 'none'}`, { reason: d.reason, at: d.at }]),
  );

  const warnings: Array<InterestWarning & { rank: [number, number, number] }> = [];
  for (const interest of interests) {
    const patterns = interestPatterns(interest.names, interest.addresses);
    if (patterns.length === 0) continue;
    const candidates = findCandidates(patterns, itemMatches, pageMatches, meetingId, versions);
    const found: Candidate[] = [];
    for (const itemId of candidates.itemIds) {
      const item = itemsById.get(itemId);
      if (!item) continue;
      const fields: Array<['title' | 'agenda' | 'minutes', string]> = [
        ['title', item.title],
        ['agenda', item.agenda_text],
        ['minutes', item.minutes_text],
      ];
      fields.forEach(([field, text], f) => {
        for (const m of findMatches(text, patterns)) {
          found.push({ item, order: f, hit: { term: m.term, passage: passage(text, m), source: { kind: 'item', field } } });
        }
      });
    }
    for (const page of candidates.pages) {
      const version = versionsById.get(page.version_id);
      if (!version) continue;
      const item = itemForPage(page.version_id, page.page_number);
      for (const m of findMatches(page.text, patterns)) {
        found.push({
          item,
          order: 10 + page.page_number,
          hit: {
            term: m.term,
            passage: passage(page.text, m),
            source: { kind: 'page', documentId: version.documentId, versionId: version.versionId, documentTitle: version.title, pageNumber: page.page_number },
          },
        });
      }
    }
    const byItem = new Map<string, Candidate[]>();
    for (const c of found) {
      const key = `${interest.id}:${c.item?.id ?? 'none'}`;
      const list = byItem.get(key);
      if (list) list.push(c);
      else byItem.set(key, [c]);
    }
    for (const [key, list] of byItem) {
      list.sort((a, b) => a.order - b.order);
      const item = list[0]?.item ?? null;
      warnings.push({
        key,
        interest: summary(interest),
        item: item ? toItem(item) : null,
        hits: list.slice(0, MAX_HITS).map((c) => c.hit),
        hitCount: list.length,
        suggestedCategory: interest.category,
        guidance: guidanceFor(interest.category),
        dismissed: dismissals.get(key) ?? null,
        rank: [item ? item.position : Number.MAX_SAFE_INTEGER, CATEGORY_RANK[interest.category], interest.id],
      });
    }
  }
  warnings.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
  const clean = warnings.map(({ rank: _rank, ...w }) => w);
  return {
    meetingId,
    active: clean.filter((w) => w.dismissed === null),
    dismissed: clean.filter((w) => w.dismissed !== null),
    interestsChecked: interests.length,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

const summary = (i: InterestView): InterestWarning['interest'] => ({
  id: i.id,
  category: i.category,
  subcategory: i.subcategory,
  whose: i.whose,
  description: i.description,
});

function findCandidates(
  patterns: readonly TermPattern[],
  itemMatches: Database.Statement,
  pageMatches: Database.Statement,
  meetingId: number,
  versions: readonly VersionRow[],
): { itemIds: number[]; pages: PageRow[] } {
  const itemIds = new Set<number>();
  const pages = new Map<number, PageRow>();
  for (const p of patterns) {
    for (const id of itemMatches.all(p.fts, meetingId) as number[]) itemIds.add(id);
    for (const v of versions) {
      if (v.minPage === null || v.maxPage === null) continue;
      for (const row of pageMatches.all(p.fts, v.minPage, v.maxPage, v.versionId) as PageRow[]) pages.set(row.id, row);
    }
  }
  return { itemIds: [...itemIds], pages: [...pages.values()].sort((a, b) => a.version_id - b.version_id || a.page_number - b.page_number) };
}

export function dismissWarning(
  db: Database.Database,
  request: { meetingId: number; interestId: number; itemId: number | null; reason: string },
): null {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(request.meetingId)) throw new NotFoundError('That meeting is not in the library.');
    if (!db.prepare('SELECT 1 FROM interests WHERE id = ?').get(request.interestId)) throw new NotFoundError('That interest is not on your register.');
    if (request.itemId !== null && !db.prepare('SELECT 1 FROM items WHERE id = ? AND meeting_id = ?').get(request.itemId, request.meetingId)) {
      throw new NotFoundError('That item is not on the meeting’s agenda.');
    }
    db.prepare('DELETE FROM interest_dismissals WHERE meeting_id = ? AND interest_id = ? AND item_id IS ?').run(request.meetingId, request.interestId, request.itemId);
    db.prepare('INSERT INTO interest_dismissals (meeting_id, interest_id, item_id, reason, created_at) VALUES (?, ?, ?, ?, ?)').run(
      request.meetingId,
      request.interestId,
      request.itemId,
      request.reason.trim(),
      new Date().toISOString(),
    );
  })();
  return null;
}

/** Brings a dismissed warning back. */
export function restoreWarning(db: Database.Database, request: { meetingId: number; interestId: number; itemId: number | null }): null {
  db.prepare('DELETE FROM interest_dismissals WHERE meeting_id = ? AND interest_id = ? AND item_id IS ?').run(request.meetingId, request.interestId, request.itemId);
  return null;
}
