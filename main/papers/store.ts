/** The papers module's own tables: documents, versions, pages, the item ↔ page map, reading positions. */
import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DocumentDetail,
  DocumentKind,
  DocumentSummary,
  ItemPageRange,
  MeetingPapers,
  VersionSummary,
} from '../../shared/types/papers';
import { publish } from '../pipeline';

/** How many of the member's annotations moved to a new version, and how many need attention. */
export interface ReanchorSummary {
  moved: number;
  orphaned: number;
}
import { NotFoundError } from '../errors';
import { mapItemsToPages } from './item-map';

const now = () => new Date().toISOString();

export interface NewVersion {
  meetingId: number | null;
  itemId: number | null;
  kind: DocumentKind;
  title: string;
  sha256: string;
  fileName: string;
  byteSize: number;
  pages: readonly string[];
  /** The document this file continues (council sync knows it by the council's attachment id); else found by meeting, kind and title. */
  documentId?: number;
}

/** The document a new file continues: same meeting, kind and title (a revised pack is a new version). */
function findDocument(db: Database.Database, v: NewVersion): number | null {
  if (v.documentId !== undefined && db.prepare('SELECT 1 FROM documents WHERE id = ?').get(v.documentId)) return v.documentId;
  if (v.meetingId === null) return null;
  const row = db
    // A purged paper stays as a tombstone for the member's notes; the same paper again is a new document.
    .prepare('SELECT id FROM documents WHERE meeting_id = ? AND kind = ? AND title = ? AND item_id IS ? AND purged_at IS NULL ORDER BY id LIMIT 1')
    .get(v.meetingId, v.kind, v.title, v.itemId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Writes a document version with all its pages. Run inside the caller's transaction. */
export function writeVersion(
  db: Database.Database,
  v: NewVersion,
): { documentId: number; versionId: number; version: number; reanchored: ReanchorSummary | null } {
  const stamp = now();
  let documentId = findDocument(db, v);
  if (documentId === null) {
    documentId = Number(
      db
        .prepare('INSERT INTO documents (meeting_id, item_id, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(v.meetingId, v.itemId, v.kind, v.title, stamp, stamp).lastInsertRowid,
    );
  } else {
    const current = db
      .prepare('SELECT id, version, sha256 FROM document_versions WHERE document_id = ? AND is_current = 1')
      .get(documentId) as { id: number; version: number; sha256: string } | undefined;
    // The same file again (e.g. minutes re-parsed by a newer parser) is not a new version.
    if (current?.sha256 === v.sha256) return { documentId, versionId: current.id, version: current.version, reanchored: null };
    db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(stamp, documentId);
  }
  const previous = (db.prepare('SELECT MAX(version) AS v FROM document_versions WHERE document_id = ?').get(documentId) as { v: number | null }).v ?? 0;
  db.prepare('UPDATE document_versions SET is_current = 0 WHERE document_id = ? AND is_current = 1').run(documentId);
  const textPages = v.pages.filter((p) => p.trim().length > 0).length;
  const versionId = Number(
    db
      .prepare(
        `INSERT INTO document_versions (document_id, version, is_current, sha256, file_name, byte_size, page_count, text_page_count, imported_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)`,
      )
      .run(documentId, previous + 1, v.sha256, v.fileName, v.byteSize, v.pages.length, textPages, stamp).lastInsertRowid,
  );
  const insertPage = db.prepare('INSERT INTO pages (version_id, page_number, text) VALUES (?, ?, ?)');
  v.pages.forEach((text, i) => insertPage.run(versionId, i + 1, text));
  if (v.meetingId !== null) mapVersion(db, versionId, v.meetingId, v.pages);
  // Who follows a new version (main/wiring.ts): the member's annotations on earlier ones move to it (or
  // are marked as needing attention), in this transaction.
  const followed = publish(db, 'version-written', { documentId, versionId, previousVersion: previous });
  const reanchored = (followed.get('annotations') as ReanchorSummary | null | undefined) ?? null;
  return { documentId, versionId, version: previous + 1, reanchored };
}

function mapVersion(db: Database.Database, versionId: number, meetingId: number, pages: readonly string[]): void {
  const items = db
    .prepare('SELECT id, number, title FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL ORDER BY position')
    .all(meetingId) as Array<{ id: number; number: string | null; title: string }>;
  db.prepare('DELETE FROM item_pages WHERE version_id = ?').run(versionId);
  const insert = db.prepare('INSERT INTO item_pages (item_id, version_id, first_page, last_page, method) VALUES (?, ?, ?, ?, ?)');
  for (const r of mapItemsToPages(pages, items)) insert.run(r.itemId, versionId, r.firstPage, r.lastPage, r.method);
}

/** Re-computes the item map of a meeting's current packs, e.g. when its minutes arrive after the pack. */
export function refreshItemMaps(db: Database.Database, meetingId: number): void {
  const versions = db
    .prepare(
      `SELECT v.id FROM document_versions v JOIN documents d ON d.id = v.document_id
       WHERE d.meeting_id = ? AND v.is_current = 1 AND d.kind IN ('pack', 'supplement')`,
    )
    .pluck()
    .all(meetingId) as number[];
  const pageText = db.prepare('SELECT text FROM pages WHERE version_id = ? ORDER BY page_number').pluck();
  for (const versionId of versions) mapVersion(db, versionId, meetingId, pageText.all(versionId) as string[]);
}

export function findVersionBySha(db: Database.Database, sha256: string): { documentId: number; meetingId: number | null } | null {
  const row = db
    .prepare(
      'SELECT d.id AS documentId, d.meeting_id AS meetingId FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.sha256 = ? AND d.purged_at IS NULL LIMIT 1',
    )
    .get(sha256) as { documentId: number; meetingId: number | null } | undefined;
  return row ?? null;
}

interface VersionRow {
  id: number;
  document_id: number;
  version: number;
  is_current: number;
  file_name: string;
  page_count: number;
  text_page_count: number;
  imported_at: string;
  sha256: string;
}

const toVersion = (r: VersionRow): VersionSummary => ({
  id: r.id,
  version: r.version,
  isCurrent: r.is_current === 1,
  fileName: r.file_name,
  pageCount: r.page_count,
  textPageCount: r.text_page_count,
  importedAt: r.imported_at,
  sha256: r.sha256,
});

function summaries(db: Database.Database, where: string, ...params: unknown[]): DocumentSummary[] {
  const rows = db
    .prepare(
      `SELECT d.id AS docId, d.title, d.kind, d.meeting_id, d.item_id, v.*,
              (SELECT COUNT(*) FROM document_versions WHERE document_id = d.id) AS versionCount,
              EXISTS (SELECT 1 FROM confidential_documents cd WHERE cd.document_id = d.id) AS confidential, d.purged_at AS purgedAt
       FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.is_current = 1
       WHERE ${where} ORDER BY CASE d.kind WHEN 'pack' THEN 0 WHEN 'supplement' THEN 1 WHEN 'report' THEN 2 ELSE 3 END, d.id`,
    )
    .all(...params) as Array<
    VersionRow & { docId: number; title: string; kind: DocumentKind; meeting_id: number | null; item_id: number | null; versionCount: number; confidential: number; purgedAt: string | null }
  >;
  return rows.map((r) => ({
    id: r.docId,
    title: r.title,
    kind: r.kind,
    confidential: r.confidential === 1,
    purgedAt: r.purgedAt,
    meetingId: r.meeting_id,
    itemId: r.item_id,
    current: toVersion(r),
    versionCount: r.versionCount,
  }));
}

export function papersForMeeting(db: Database.Database, meetingId: number): MeetingPapers {
  const documents = summaries(db, 'd.meeting_id = ?', meetingId);
  // One report link per item: from the current pack when it maps the item, else a supplement.
  const reports = db
    .prepare(
      `SELECT ip.item_id AS itemId, d.id AS documentId, v.id AS versionId, ip.first_page AS firstPage, ip.last_page AS lastPage
       FROM item_pages ip JOIN document_versions v ON v.id = ip.version_id AND v.is_current = 1
       JOIN documents d ON d.id = v.document_id
       WHERE d.meeting_id = ?
       ORDER BY ip.item_id, CASE d.kind WHEN 'pack' THEN 0 ELSE 1 END`,
    )
    .all(meetingId) as MeetingPapers['reports'];
  const seen = new Set<number>();
  const single = documents
    .filter((d) => d.itemId !== null)
    .map((d) => ({ itemId: d.itemId as number, documentId: d.id, versionId: d.current.id, firstPage: 1, lastPage: d.current.pageCount }));
  return {
    documents,
    reports: [...reports, ...single].filter((r) => (seen.has(r.itemId) ? false : (seen.add(r.itemId), true))),
  };
}

export const unassignedPapers = (db: Database.Database): DocumentSummary[] => summaries(db, 'd.meeting_id IS NULL');

export function assignPaper(db: Database.Database, documentId: number, meetingId: number, itemId: number | null): void {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) throw new NotFoundError('That paper is not in the library.');
    if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) throw new NotFoundError('That meeting is not in the library.');
    if (itemId !== null && !db.prepare('SELECT 1 FROM items WHERE id = ? AND meeting_id = ?').get(itemId, meetingId)) {
      throw new NotFoundError('That item is not on the chosen meeting’s agenda.');
    }
    db.prepare('UPDATE documents SET meeting_id = ?, item_id = ?, updated_at = ? WHERE id = ?').run(meetingId, itemId, now(), documentId);
    refreshItemMaps(db, meetingId);
  })();
}

export function documentDetail(db: Database.Database, documentId: number, versionId?: number): DocumentDetail {
  const doc = db
    .prepare(
      `SELECT d.id, d.title, d.kind, d.meeting_id AS meetingId, mt.date, c.name AS committeeName, d.purged_at AS purgedAt,
              EXISTS (SELECT 1 FROM confidential_documents cd WHERE cd.document_id = d.id) AS confidential
       FROM documents d LEFT JOIN meetings mt ON mt.id = d.meeting_id LEFT JOIN committees c ON c.id = mt.committee_id
       WHERE d.id = ?`,
    )
    .get(documentId) as
    | { id: number; title: string; kind: DocumentKind; meetingId: number | null; date: string | null; committeeName: string | null; purgedAt: string | null; confidential: number }
    | undefined;
  if (!doc) throw new NotFoundError('That paper is not in the library.');
  const versions = (db.prepare('SELECT * FROM document_versions WHERE document_id = ? ORDER BY version DESC').all(documentId) as VersionRow[]).map(toVersion);
  const version = versionId ? versions.find((v) => v.id === versionId) : versions.find((v) => v.isCurrent);
  if (!version) throw new NotFoundError('That version of the paper is not in the library.');
  const items = db
    .prepare(
      `SELECT ip.item_id AS itemId, i.number, i.title, ip.first_page AS firstPage, ip.last_page AS lastPage
       FROM item_pages ip JOIN items i ON i.id = ip.item_id WHERE ip.version_id = ? ORDER BY ip.first_page`,
    )
    .all(version.id) as ItemPageRange[];
  const position = db.prepare('SELECT page_number FROM reading_positions WHERE document_id = ?').pluck().get(documentId) as number | undefined;
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    confidential: doc.confidential === 1,
    purgedAt: doc.purgedAt,
    meeting: doc.meetingId ? { id: doc.meetingId, date: doc.date, committeeName: doc.committeeName ?? '' } : null,
    version,
    versions,
    items,
    lastPage: position ?? null,
  };
}

export function versionSha(db: Database.Database, versionId: number): string {
  const row = db
    .prepare('SELECT v.sha256, d.purged_at AS purgedAt FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?')
    .get(versionId) as { sha256: string; purgedAt: string | null } | undefined;
  if (!row) throw new NotFoundError('That paper is not in the library.');
  if (row.purgedAt) throw new NotFoundError('This confidential paper was purged after its meeting; its file is no longer kept. Your notes on it are kept.');
  return row.sha256;
}

/** The id of a document's current version. */
export function currentVersionId(db: Database.Database, documentId: number): number {
  const id = db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number | undefined;
  if (id === undefined) throw new NotFoundError('That paper is not in the library.');
  return id;
}

export function saveReadingPosition(db: Database.Database, documentId: number, pageNumber: number): void {
  const pages = db.prepare('SELECT page_count FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number | undefined;
  if (pages === undefined) throw new NotFoundError('That paper is not in the library.');
  db.prepare(
    `INSERT INTO reading_positions (document_id, page_number, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET page_number = excluded.page_number, updated_at = excluded.updated_at`,
  ).run(documentId, Math.min(pageNumber, pages), now());
}
