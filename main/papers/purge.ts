/**
 * A confidential paper's text purged after its meeting (main/confidential publishes 'papers-purged'):
 * its pages (and with them its search entries), first-page pictures, item maps and reading positions go; the document and
 * its versions stay as tombstones, marked purged. Runs inside the publisher's transaction, on the
 * library or on a backup of it.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

export function purgePaperText(db: Database.Database, documentIds: readonly number[], stamp: string): void {
  const ids = JSON.stringify(documentIds);
  const versions = `SELECT id FROM document_versions WHERE document_id IN (SELECT value FROM json_each(@ids))`;
  db.prepare(`DELETE FROM pages WHERE version_id IN (${versions})`).run({ ids });
  db.prepare(`DELETE FROM item_pages WHERE version_id IN (${versions})`).run({ ids });
  db.prepare(`DELETE FROM version_pictures WHERE version_id IN (${versions})`).run({ ids });
  db.prepare(`DELETE FROM reading_positions WHERE document_id IN (SELECT value FROM json_each(?))`).run(ids);
  db.prepare(`UPDATE document_versions SET text_page_count = 0 WHERE id IN (${versions})`).run({ ids });
  db.prepare(`UPDATE documents SET confidential = 1, purged_at = @stamp, updated_at = @stamp WHERE id IN (SELECT value FROM json_each(@ids))`).run({ ids, stamp });
}
