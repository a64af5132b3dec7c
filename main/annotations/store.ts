/**
 * The member's annotations: create, update, soft delete and undo, list, counts, re-attach, dismiss.
 * Text annotations are anchored to one version of a document (see anchoring.ts and reanchor.ts).
 * This file writes the annotations and annotation_tags tables; a version's text, its pages and
 * placing a selection in it are in version-text.ts, which reads papers' tables through papers.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  AnchorStatus,
  Annotation,
  AnnotationColour,
  AnnotationKind,
  AnnotationRect,
  AnnotationTarget,
  EarlierQuote,
  ItemAnnotationCounts,
  TextQuote,
} from '../../shared/types/annotations';
import { NotFoundError } from '../errors';
import { versionDocumentId } from '../papers/version-pages';
import { prepared } from '../store/statement-cache';
import { keepEarlierQuote } from './quote-history';
import { type PageBounds, type Placement, itemForPage, pageBounds, pagesOfSpan, placeSelection, rectsForPlacement, sortKey, versionOf } from './version-text';

const now = () => new Date().toISOString();

// ---------------------------------------------------------------------------------------------
// Reading

interface Row {
  id: number;
  uuid: string;
  document_id: number | null;
  version_id: number | null;
  kind: AnnotationKind;
  target: AnnotationTarget;
  colour: AnnotationColour;
  body: string;
  asked: number;
  page_number: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  pos_start: number | null;
  pos_end: number | null;
  rects: string;
  rects_stale: number;
  sort_key: number;
  status: AnchorStatus;
  anchor_score: number | null;
  original_exact: string | null;
  original_page: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  eff_meeting: number | null;
  eff_item: number | null;
  tags_json: string;
  earlier_json: string;
}

/** Meeting and item as they are now: a paper filed later, or an item map refreshed, is followed. */
export const SELECT_ANNOTATIONS = `
  SELECT a.*, COALESCE(d.meeting_id, a.meeting_id) AS eff_meeting,
    CASE WHEN a.target IN ('item', 'meeting') THEN a.item_id ELSE COALESCE(
      (SELECT ip.item_id FROM item_pages ip WHERE ip.version_id = a.version_id AND a.page_number BETWEEN ip.first_page AND ip.last_page
       ORDER BY ip.first_page DESC LIMIT 1), d.item_id, a.item_id) END AS eff_item,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY tag COLLATE NOCASE)) AS tags_json,
    (SELECT json_group_array(json_object('exact', q.exact, 'pageNumber', q.page_number, 'version', v.version, 'reason', q.reason, 'replacedAt', q.replaced_at))
       FROM (SELECT * FROM annotation_quotes WHERE annotation_id = a.id ORDER BY id) q LEFT JOIN document_versions v ON v.id = q.version_id) AS earlier_json
  FROM annotations a LEFT JOIN documents d ON d.id = a.document_id`;

export function toAnnotation(r: Row): Annotation {
  return {
    id: r.id,
    uuid: r.uuid,
    kind: r.kind,
    target: r.target,
    colour: r.colour,
    body: r.body,
    asked: r.asked === 1,
    tags: JSON.parse(r.tags_json) as string[],
    documentId: r.document_id,
    versionId: r.version_id,
    meetingId: r.eff_meeting,
    itemId: r.eff_item,
    pageNumber: r.page_number,
    lastPageNumber: r.page_number,
    pageParts: [],
    quote: r.quote_exact === null ? null : { exact: r.quote_exact, prefix: r.quote_prefix ?? '', suffix: r.quote_suffix ?? '' },
    position: r.pos_start === null || r.pos_end === null ? null : { start: r.pos_start, end: r.pos_end },
    rects: JSON.parse(r.rects) as AnnotationRect[],
    rectsStale: r.rects_stale === 1,
    status: r.status,
    anchorScore: r.anchor_score,
    original: r.original_exact === null && r.original_page === null ? null : { exact: r.original_exact ?? '', pageNumber: r.original_page },
    earlierQuotes: JSON.parse(r.earlier_json) as EarlierQuote[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** Adds the pages a passage runs over (lastPageNumber, pageParts), from its version's page boundaries. */
export function withPages(db: Database.Database, a: Annotation): Annotation {
  if (a.target !== 'text' || a.versionId === null || a.position === null || a.quote === null || a.pageNumber === null) return a;
  let bounds: PageBounds;
  try {
    bounds = pageBounds(db, a.versionId);
  } catch (error) {
    if (error instanceof NotFoundError) return a; // its version's text is gone: shown as on one page
    throw error;
  }
  const span = pagesOfSpan(bounds, a.position.start, a.position.end, a.quote.exact);
  if (span.last <= a.pageNumber) return a;
  return { ...a, lastPageNumber: span.last, pageParts: span.parts };
}

export function getAnnotation(db: Database.Database, id: number): Annotation {
  const row = db.prepare(`${SELECT_ANNOTATIONS} WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('That annotation is not in the library.');
  return withPages(db, toAnnotation(row));
}

export interface ListFilter {
  documentId?: number;
  versionId?: number;
  meetingId?: number;
  kind?: AnnotationKind;
  tag?: string;
  colour?: AnnotationColour;
  status?: AnchorStatus;
  includeDeleted?: boolean;
}

/** Annotations matching every filter given, in reading order (document, then page, then offset). */
export function listAnnotations(db: Database.Database, filter: ListFilter = {}): Annotation[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.documentId !== undefined) add('a.document_id = ?', filter.documentId);
  if (filter.versionId !== undefined) add('a.version_id = ?', filter.versionId);
  if (filter.meetingId !== undefined) add('COALESCE(d.meeting_id, a.meeting_id) = ?', filter.meetingId);
  if (filter.kind !== undefined) add('a.kind = ?', filter.kind);
  if (filter.colour !== undefined) add('a.colour = ?', filter.colour);
  if (filter.status !== undefined) add('a.status = ?', filter.status);
  if (filter.tag !== undefined) add('EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag = ?)', filter.tag);
  if (!filter.includeDeleted) where.push('a.deleted_at IS NULL');
  const rows = db
    .prepare(`${SELECT_ANNOTATIONS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY COALESCE(a.document_id, 0), a.sort_key, a.id`)
    .all(...params) as Row[];
  return rows.map((r) => withPages(db, toAnnotation(r)));
}

/** Orphans waiting for the member to re-attach or dismiss them. */
export const needsAttention = (db: Database.Database, meetingId?: number): Annotation[] =>
  listAnnotations(db, { status: 'orphaned', ...(meetingId === undefined ? {} : { meetingId }) });

/** Per agenda item: highlights, notes, questions (and those not yet asked) of a meeting. */
export function countsForMeeting(db: Database.Database, meetingId: number): ItemAnnotationCounts[] {
  const list = listAnnotations(db, { meetingId }).filter((a) => a.status !== 'dismissed');
  const byItem = new Map<number | null, ItemAnnotationCounts>();
  for (const a of list) {
    let c = byItem.get(a.itemId);
    if (!c) byItem.set(a.itemId, (c = { itemId: a.itemId, highlights: 0, notes: 0, questions: 0, unasked: 0, total: 0 }));
    if (a.kind === 'highlight') c.highlights++;
    else if (a.kind === 'note') c.notes++;
    else {
      c.questions++;
      if (!a.asked) c.unasked++;
    }
    c.total++;
  }
  const order = db.prepare('SELECT id FROM items WHERE meeting_id = ? ORDER BY position').pluck().all(meetingId) as number[];
  const rank = (id: number | null) => (id === null ? Number.MAX_SAFE_INTEGER : order.indexOf(id));
  return [...byItem.values()].sort((a, b) => rank(a.itemId) - rank(b.itemId));
}

// ---------------------------------------------------------------------------------------------
// Writing

/** An annotation's tags, replacing those it had (`added`: a new row, which has none yet). */
function setTags(db: Database.Database, id: number, tags: readonly string[], added = false): void {
  // Cached: sharing's apply makes thousands of annotations in a run, and preparing (with the
  // sharing triggers compiled in) costs more than running these statements.
  if (!added) prepared(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
  const insert = prepared(db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    if (clean) insert.run(id, clean);
  }
}

export interface CreateInput {
  documentId: number;
  versionId: number;
  kind: AnnotationKind;
  colour?: AnnotationColour;
  body?: string;
  tags?: string[];
  pageNumber: number;
  quote?: TextQuote;
  rects?: AnnotationRect[];
}

interface InsertRow {
  uuid?: string;
  documentId: number | null;
  versionId: number | null;
  meetingId: number | null;
  itemId: number | null;
  kind: AnnotationKind;
  target: AnnotationTarget;
  colour: AnnotationColour;
  body: string;
  asked?: boolean;
  pageNumber: number | null;
  placement?: Placement;
  rects?: AnnotationRect[];
  sortKey: number;
  status?: AnchorStatus;
  originalExact?: string | null;
  originalPage?: number | null;
  createdAt?: string;
  updatedAt?: string;
  tags: readonly string[];
}

export function insertAnnotation(db: Database.Database, r: InsertRow): number {
  const stamp = now();
  const p = r.placement;
  const id = Number(
    prepared(
      db,
      `INSERT INTO annotations (uuid, document_id, version_id, meeting_id, item_id, kind, target, colour, body, asked, page_number,
         quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, rects, rects_stale, sort_key, status, original_exact, original_page,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    ).run(
      r.uuid ?? randomUUID(),
      r.documentId,
      r.versionId,
      r.meetingId,
      r.itemId,
      r.kind,
      r.target,
      r.colour,
      r.body,
      r.asked ? 1 : 0,
      r.pageNumber,
      p?.quote.exact ?? null,
      p?.quote.prefix ?? null,
      p?.quote.suffix ?? null,
      p?.start ?? null,
      p?.end ?? null,
      JSON.stringify(r.rects ?? []),
      r.sortKey,
      r.status ?? 'anchored',
      r.originalExact !== undefined ? r.originalExact : (p?.quote.exact ?? null),
      r.originalPage !== undefined ? r.originalPage : r.pageNumber,
      r.createdAt ?? stamp,
      r.updatedAt ?? stamp,
    ).lastInsertRowid,
  );
  setTags(db, id, r.tags, true);
  return id;
}

/** A highlight, note or question on a passage (with `quote`), or a note on the whole page (without). */
export function createAnnotation(db: Database.Database, input: CreateInput): Annotation {
  return db.transaction(() => {
    const { meetingId, pageCount } = versionOf(db, input.documentId, input.versionId);
    if (input.pageNumber > pageCount) throw new NotFoundError(`Page ${input.pageNumber} is not in that paper.`);
    if (!input.quote && input.kind === 'highlight') throw new NotFoundError('A highlight needs the selected text.');
    const placement = input.quote ? placeSelection(db, input.versionId, input.pageNumber, input.quote) : undefined;
    const id = insertAnnotation(db, {
      documentId: input.documentId,
      versionId: input.versionId,
      meetingId,
      itemId: itemForPage(db, input.versionId, input.pageNumber),
      kind: input.kind,
      target: placement ? 'text' : 'page',
      colour: input.colour ?? 'yellow',
      body: input.body ?? '',
      pageNumber: input.pageNumber,
      placement,
      rects: rectsForPlacement(input.rects, placement),
      sortKey: placement?.sortKey ?? sortKey(input.pageNumber, -1),
      tags: input.tags ?? [],
    });
    return getAnnotation(db, id);
  })();
}

export type TargetInput =
  | { target: 'page'; documentId: number; versionId: number; pageNumber: number; kind: 'note' | 'question'; colour?: AnnotationColour; body?: string; tags?: string[] }
  | { target: 'item'; itemId: number; kind: 'note' | 'question'; colour?: AnnotationColour; body?: string; tags?: string[] }
  | { target: 'meeting'; meetingId: number; kind: 'note' | 'question'; colour?: AnnotationColour; body?: string; tags?: string[] };

/** A note or question on a whole page, agenda item or meeting: no text selector. */
export function createForTarget(db: Database.Database, input: TargetInput): Annotation {
  if (input.target === 'page') return createAnnotation(db, { ...input });
  return db.transaction(() => {
    let meetingId: number;
    let itemId: number | null = null;
    if (input.target === 'item') {
      const item = db.prepare('SELECT meeting_id FROM items WHERE id = ?').pluck().get(input.itemId) as number | undefined;
      if (item === undefined) throw new NotFoundError('That agenda item is not in the library.');
      meetingId = item;
      itemId = input.itemId;
    } else {
      if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(input.meetingId)) throw new NotFoundError('That meeting is not in the library.');
      meetingId = input.meetingId;
    }
    const id = insertAnnotation(db, {
      documentId: null,
      versionId: null,
      meetingId,
      itemId,
      kind: input.kind,
      target: input.target,
      colour: input.colour ?? 'yellow',
      body: input.body ?? '',
      pageNumber: null,
      sortKey: 0,
      tags: input.tags ?? [],
    });
    return getAnnotation(db, id);
  })();
}

function requireRow(db: Database.Database, id: number): { kind: AnnotationKind; status: AnchorStatus } {
  const row = db.prepare('SELECT kind, status FROM annotations WHERE id = ?').get(id) as { kind: AnnotationKind; status: AnchorStatus } | undefined;
  if (!row) throw new NotFoundError('That annotation is not in the library.');
  return row;
}

export interface UpdateInput {
  id: number;
  body?: string;
  colour?: AnnotationColour;
  tags?: string[];
  asked?: boolean;
}

export function updateAnnotation(db: Database.Database, input: UpdateInput): Annotation {
  return db.transaction(() => {
    requireRow(db, input.id);
    const sets: string[] = [];
    const params: unknown[] = [];
    const set = (column: string, value: unknown) => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (input.body !== undefined) set('body', input.body);
    if (input.colour !== undefined) set('colour', input.colour);
    if (input.asked !== undefined) set('asked', input.asked ? 1 : 0);
    sets.push('updated_at = ?');
    params.push(now());
    db.prepare(`UPDATE annotations SET ${sets.join(', ')} WHERE id = ?`).run(...params, input.id);
    if (input.tags !== undefined) setTags(db, input.id, input.tags);
    return getAnnotation(db, input.id);
  })();
}

/** Soft delete: the row stays so undo (restoreAnnotation) brings back the same annotation. */
export function deleteAnnotation(db: Database.Database, id: number): Annotation {
  requireRow(db, id);
  const stamp = now();
  db.prepare('UPDATE annotations SET deleted_at = COALESCE(deleted_at, ?), updated_at = ? WHERE id = ?').run(stamp, stamp, id);
  return getAnnotation(db, id);
}

export function restoreAnnotation(db: Database.Database, id: number): Annotation {
  requireRow(db, id);
  db.prepare('UPDATE annotations SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now(), id);
  return getAnnotation(db, id);
}

/** The member gives up on an orphan: it stays in the data but no longer asks for attention. */
export function dismissAnnotation(db: Database.Database, id: number): Annotation {
  const row = requireRow(db, id);
  if (row.status === 'anchored') throw new NotFoundError('Only an annotation whose passage was lost can be dismissed.');
  db.prepare("UPDATE annotations SET status = 'dismissed', updated_at = ? WHERE id = ?").run(now(), id);
  return getAnnotation(db, id);
}

export interface ReattachInput {
  id: number;
  versionId: number;
  pageNumber: number;
  quote: TextQuote;
  rects?: AnnotationRect[];
}

/** The member points an orphan (or any text annotation) at its passage in a version; identity is kept. */
export function reattachAnnotation(db: Database.Database, input: ReattachInput): Annotation {
  return db.transaction(() => {
    const current = db.prepare('SELECT document_id FROM annotations WHERE id = ?').get(input.id) as { document_id: number | null } | undefined;
    if (!current) throw new NotFoundError('That annotation is not in the library.');
    const documentId = versionDocumentId(db, input.versionId);
    if (documentId === undefined) throw new NotFoundError('That version of the paper is not in the library.');
    if (current.document_id !== null && current.document_id !== documentId) throw new NotFoundError('That annotation belongs to a different paper.');
    const { meetingId } = versionOf(db, documentId, input.versionId);
    const p = placeSelection(db, input.versionId, input.pageNumber, input.quote);
    keepEarlierQuote(db, input.id, p.quote.exact, 'reattached');
    db.prepare(
      `UPDATE annotations SET document_id = ?, version_id = ?, meeting_id = COALESCE(?, meeting_id), item_id = ?, target = 'text', page_number = ?,
         quote_exact = ?, quote_prefix = ?, quote_suffix = ?, pos_start = ?, pos_end = ?, rects = ?, rects_stale = ?, sort_key = ?,
         status = 'anchored', anchor_score = 1, updated_at = ?
       WHERE id = ?`,
    ).run(
      documentId,
      input.versionId,
      meetingId,
      itemForPage(db, input.versionId, input.pageNumber),
      p.pageNumber,
      p.quote.exact,
      p.quote.prefix,
      p.quote.suffix,
      p.start,
      p.end,
      JSON.stringify(rectsForPlacement(input.rects, p)),
      // Without rectangles (a suggestion accepted from a list), the reader draws them from its text layer.
      input.rects && input.rects.length > 0 ? 0 : 1,
      p.sortKey,
      now(),
      input.id,
    );
    return getAnnotation(db, input.id);
  })();
}
