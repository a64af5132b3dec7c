/**
 * The member's annotations as sharing (main/share) reads and writes them: one annotation with what
 * names it on every device (its uuid, the sha256 of its paper, its meeting and item), and applying a
 * version that came from another device. Every write compares first, so applying the same version
 * twice writes nothing. The caller holds the transaction (and sharing's apply guard).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AnnotationColour, AnnotationKind, AnnotationRect, AnnotationTarget } from '../../shared/types/annotations';
import { type SharedMeetingKey, itemByKey, meetingByKey } from '../library/sharing';
import { reanchorDocument } from './reanchor';
import { insertAnnotation } from './store';
import { plucked, prepared } from '../store/statement-cache';

export interface SharedAnnotationRow {
  id: number;
  uuid: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  colour: string;
  body: string;
  asked: number;
  deleted_at: string | null;
  created_at: string;
  meeting_id: number | null;
  item_key: string | null;
  sha256: string | null;
  page_number: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  pos_start: number | null;
  pos_end: number | null;
  rects: string;
  sort_key: number;
  original_exact: string | null;
  original_page: number | null;
  tags: string[];
}

export function annotationForSharing(db: Database.Database, id: number): SharedAnnotationRow | null {
  const r = prepared(db, `SELECT a.id, a.uuid, a.kind, a.target, a.colour, a.body, a.asked, a.deleted_at, a.created_at, a.rects, a.sort_key,
         COALESCE(d.meeting_id, a.meeting_id) AS meeting_id, i.identity_key AS item_key, v.sha256, a.page_number,
         a.quote_exact, a.quote_prefix, a.quote_suffix, a.pos_start, a.pos_end, a.original_exact, a.original_page,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY tag COLLATE NOCASE)) AS tags_json
       FROM annotations a LEFT JOIN documents d ON d.id = a.document_id LEFT JOIN document_versions v ON v.id = a.version_id
       LEFT JOIN items i ON i.id = a.item_id WHERE a.id = ?`,)
    .get(id) as (Omit<SharedAnnotationRow, 'tags'> & { tags_json: string }) | undefined;
  if (!r) return null;
  const { tags_json, ...row } = r;
  return { ...row, tags: JSON.parse(tags_json) as string[] };
}

/** Every annotation's id: what a newly connected device offers. */
export const allAnnotationIds = (db: Database.Database): number[] => plucked(db, 'SELECT id FROM annotations ORDER BY id').all() as number[];

export const annotationByUuid = (db: Database.Database, uuid: string): number | null =>
  (plucked(db, 'SELECT id FROM annotations WHERE uuid = ?').get(uuid) as number | undefined) ?? null;

export interface SharedAnnotation {
  uuid: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  createdAt: string;
  meeting: SharedMeetingKey | null;
  item: string | null;
  anchor: {
    sha256: string;
    page: number;
    lastPage: number | null;
    quote: { exact: string; prefix: string; suffix: string } | null;
    start: number | null;
    end: number | null;
    rects: unknown[];
    sortKey: number;
  } | null;
  originalExact: string | null;
  originalPage: number | null;
  body: string;
  colour: string;
  asked: boolean;
  tags: string[];
  deleted: string | null;
}

/**
 * A note from another device, made here: on its paper (found by sha256, re-anchored onto a later
 * version this device holds) or its meeting or item. A string when what it is on is not here.
 */
export function createSharedAnnotation(db: Database.Database, a: SharedAnnotation): number | string {
  const meetingId = meetingByKey(db, a.meeting);
  let documentId: number | null = null;
  let versionId: number | null = null;
  if (a.target === 'text' || a.target === 'page') {
    const version = a.anchor
      ? (prepared(db, 'SELECT id, document_id FROM document_versions WHERE sha256 = ? ORDER BY is_current DESC, id DESC LIMIT 1').get(a.anchor.sha256) as
          | { id: number; document_id: number }
          | undefined)
      : undefined;
    if (!version) return 'The paper this note is on is not on this device yet.';
    ({ id: versionId, document_id: documentId } = version);
  } else if (meetingId === null) {
    return 'The meeting this note is on is not on this device yet.';
  }
  const anchor = a.anchor;
  const id = insertAnnotation(db, {
    uuid: a.uuid,
    documentId,
    versionId,
    meetingId,
    itemId: meetingId !== null ? itemByKey(db, meetingId, a.item) : null,
    kind: a.kind,
    target: a.target,
    colour: a.colour as AnnotationColour,
    body: a.body,
    asked: a.asked,
    pageNumber: anchor && (a.target === 'text' || a.target === 'page') ? anchor.page : null,
    placement:
      anchor?.quote && anchor.start !== null && anchor.end !== null && a.target === 'text'
        ? { pageNumber: anchor.page, lastPageNumber: anchor.lastPage ?? anchor.page, start: anchor.start, end: anchor.end, quote: anchor.quote, sortKey: anchor.sortKey }
        : undefined,
    rects: (anchor?.rects ?? []) as AnnotationRect[],
    sortKey: anchor?.sortKey ?? 0,
    originalExact: a.originalExact,
    originalPage: a.originalPage,
    createdAt: a.createdAt,
    tags: a.tags,
  });
  if (a.deleted) prepared(db, 'UPDATE annotations SET deleted_at = ? WHERE id = ?').run(a.deleted, id);
  // The paper here may be a later version than the one it was made on: re-anchor as usual.
  if (documentId !== null) {
    const current = plucked(db, 'SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').get(documentId) as number | undefined;
    if (current !== undefined && current !== versionId) reanchorDocument(db, documentId, current);
  }
  return id;
}

/** The fields another device edits, written where they differ (nothing written when they are the same). */
export function applySharedAnnotation(
  db: Database.Database,
  id: number,
  a: { body: string; colour: string; asked: boolean; deleted: string | null; tags: string[] },
): boolean {
  const row = prepared(db, 'SELECT body, colour, asked, deleted_at FROM annotations WHERE id = ?').get(id) as
    | { body: string; colour: string; asked: number; deleted_at: string | null }
    | undefined;
  if (!row) return false;
  let changed = false;
  if (row.body !== a.body || row.colour !== a.colour || (row.asked === 1) !== a.asked || row.deleted_at !== a.deleted) {
    prepared(db, 'UPDATE annotations SET body = ?, colour = ?, asked = ?, deleted_at = ?, updated_at = ? WHERE id = ?').run(
      a.body,
      a.colour,
      a.asked ? 1 : 0,
      a.deleted,
      new Date().toISOString(),
      id,
    );
    changed = true;
  }
  const tags = plucked(db, 'SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY tag COLLATE NOCASE').all(id) as string[];
  if (JSON.stringify(tags) !== JSON.stringify(a.tags)) {
    prepared(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
    const insert = prepared(db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
    for (const tag of a.tags) insert.run(id, tag);
    changed = true;
  }
  return changed;
}

/** The note text the member merged from two versions (sharing queues the edit through its outbox trigger). */
export function setAnnotationBody(db: Database.Database, id: number, body: string): boolean {
  const current = plucked(db, 'SELECT body FROM annotations WHERE id = ?').get(id) as string | undefined;
  if (current === undefined || current === body) return false;
  prepared(db, 'UPDATE annotations SET body = ?, updated_at = ? WHERE id = ?').run(body, new Date().toISOString(), id);
  return true;
}

/** Where a note is, in words, for the member merging two versions of it: its paper's title, page and quote. */
export function annotationPlace(db: Database.Database, id: number): string | null {
  const row = prepared(db, `SELECT COALESCE(d.title, '') AS title, a.page_number AS page, a.quote_exact AS quote
       FROM annotations a LEFT JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,)
    .get(id) as { title: string; page: number | null; quote: string | null } | undefined;
  if (!row) return null;
  const parts = [row.title || null, row.page ? `page ${row.page}` : null, row.quote ? `“${row.quote.slice(0, 120)}”` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}
