/**
 * The first page's picture of each paper version (0017-first-page-pictures.sql): made when the PDF is
 * read (pdf-text.worker.mjs), shown by the reader before pdf.js has drawn the page.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { VersionPicture } from '../../shared/types/papers';
import type { PagePicture } from './pdf-text';

/**
 * Keeps the picture of a file's first page for every version that is that file (by its sha256), but
 * never for a purged paper; a version that already has one keeps it (the same file gives the same picture).
 */
export function savePicture(db: Database.Database, sha256: string, picture: PagePicture): void {
  db.prepare(
    `INSERT OR IGNORE INTO version_pictures (version_id, page_width, page_height, png)
     SELECT v.id, ?, ?, ? FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE v.sha256 = ? AND d.purged_at IS NULL`,
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

/**
 * Makes the picture of a version that has none (stored before pictures were made) in the background,
 * once at a time per version; the reader shows it from the next opening. `bytes` reads the version's
 * file (decrypted); a failure only means no picture.
 */
export class PictureBackfill {
  private readonly making = new Set<number>();
  /** Versions whose picture could not be made: not tried again while the app runs. */
  private readonly failed = new Set<number>();

  constructor(
    private readonly db: Database.Database,
    private readonly bytes: (versionId: number) => Uint8Array,
    private readonly render: (bytes: Uint8Array) => Promise<PagePicture | null>,
  ) {}

  /** Starts making the picture if the version has none; resolves when done (tests wait on it). */
  request(versionId: number): Promise<void> {
    if (this.making.has(versionId) || this.failed.has(versionId)) return Promise.resolve();
    const has = this.db.prepare('SELECT 1 FROM version_pictures WHERE version_id = ?').get(versionId);
    if (has) return Promise.resolve();
    this.making.add(versionId);
    return new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.render(this.bytes(versionId)))
      .then((picture) => {
        const sha = this.db.prepare('SELECT sha256 FROM document_versions WHERE id = ?').pluck().get(versionId) as string | undefined;
        if (picture && sha && this.db.open) savePicture(this.db, sha, picture);
        else this.failed.add(versionId);
      })
      .catch(() => {
        this.failed.add(versionId);
      })
      .finally(() => this.making.delete(versionId));
  }
}
