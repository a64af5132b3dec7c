/**
 * The first page's picture of each paper version (0017-first-page-pictures.sql): made when the PDF is
 * read (pdf-text.worker.mjs), shown by the reader before pdf.js has drawn the page.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { VersionPicture } from '../../shared/types/papers';
import type { PagePicture } from './pdf-text';

/**
 * Keeps the picture of a file's first page for every version that is that file (by its sha256); a
 * version that already has one keeps it (the same file gives the same picture).
 */
export function savePicture(db: Database.Database, sha256: string, picture: PagePicture): void {
  db.prepare(
    `INSERT OR IGNORE INTO version_pictures (version_id, page_width, page_height, png)
     SELECT id, ?, ?, ? FROM document_versions WHERE sha256 = ?`,
  ).run(picture.pageWidth, picture.pageHeight, picture.png, sha256);
}

/** A version's picture, or null when it has none (imported before pictures were made, or purged). */
export function versionPicture(db: Database.Database, versionId: number): VersionPicture | null {
  const row = db
    .prepare(
      `SELECT p.page_width AS pageWidth, p.page_height AS pageHeight, p.png, v.page_count AS pageCount
       FROM version_pictures p JOIN document_versions v ON v.id = p.version_id JOIN documents d ON d.id = v.document_id
       WHERE p.version_id = ? AND d.purged_at IS NULL`,
    )
    .get(versionId) as { pageWidth: number; pageHeight: number; png: Buffer; pageCount: number } | undefined;
  if (!row) return null;
  return { versionId, pageWidth: row.pageWidth, pageHeight: row.pageHeight, pageCount: row.pageCount, png: new Uint8Array(row.png) };
}
