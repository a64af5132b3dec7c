/**
 * The paper's words in the member's annotations, when a confidential paper is purged (main/confidential
 * publishes 'papers-purged'): highlights are only the paper's words, so they go; notes and questions
 * keep the member's words but lose the quoted passage and its earlier wordings. Returns how many of
 * the member's annotations are kept. Runs inside the publisher's transaction.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

export function forgetPurgedPapersWords(db: Database.Database, documentIds: readonly number[], stamp: string): number {
  const ids = JSON.stringify(documentIds);
  db.prepare(`DELETE FROM annotation_quotes WHERE annotation_id IN (SELECT id FROM annotations WHERE document_id IN (SELECT value FROM json_each(?)))`).run(ids);
  db.prepare(
    `UPDATE annotations SET deleted_at = COALESCE(deleted_at, @stamp), updated_at = @stamp
     WHERE document_id IN (SELECT value FROM json_each(@ids)) AND kind = 'highlight'`,
  ).run({ ids, stamp });
  db.prepare(
    `UPDATE annotations SET quote_exact = CASE WHEN quote_exact IS NULL THEN NULL ELSE '' END, quote_prefix = NULL, quote_suffix = NULL,
            original_exact = NULL, rects = '[]', updated_at = @stamp
     WHERE document_id IN (SELECT value FROM json_each(@ids))`,
  ).run({ ids, stamp });
  return db.prepare(`SELECT COUNT(*) FROM annotations WHERE document_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`).pluck().get(ids) as number;
}
