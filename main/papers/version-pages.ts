/**
 * Read-only lookups into one stored version of a paper, for modules that place things on its pages
 * (annotations): its pages' text, its document and meeting, and the agenda item a page belongs to.
 * Papers owns these tables (documents, document_versions, pages, item_pages); others read them here.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

/** The document a version belongs to, or undefined when the version is not in the library. */
export function versionDocumentId(db: Database.Database, versionId: number): number | undefined {
  return db.prepare('SELECT document_id FROM document_versions WHERE id = ?').pluck().get(versionId) as number | undefined;
}

/** A version's pages' text, in page order (an empty list for a version without pages). */
export function versionPageTexts(db: Database.Database, versionId: number): string[] {
  return db.prepare('SELECT text FROM pages WHERE version_id = ? ORDER BY page_number').pluck().all(versionId) as string[];
}

/** The meeting and page count of a version of that document, or undefined when it is not that document's version. */
export function versionOfDocument(db: Database.Database, documentId: number, versionId: number): { meetingId: number | null; pageCount: number } | undefined {
  return db
    .prepare('SELECT d.meeting_id AS meetingId, v.page_count AS pageCount FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ? AND d.id = ?')
    .get(versionId, documentId) as { meetingId: number | null; pageCount: number } | undefined;
}

/** The item whose report contains `page` in this version (the narrowest, latest-starting range), else the document's own item. */
export function itemForPage(db: Database.Database, versionId: number, page: number): number | null {
  const row = db
    .prepare('SELECT item_id FROM item_pages WHERE version_id = ? AND ? BETWEEN first_page AND last_page ORDER BY first_page DESC LIMIT 1')
    .pluck()
    .get(versionId, page) as number | undefined;
  if (row !== undefined) return row;
  return (db.prepare('SELECT d.item_id FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?').pluck().get(versionId) as number | null | undefined) ?? null;
}
