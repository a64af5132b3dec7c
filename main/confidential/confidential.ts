/**
 * Confidential (exempt) papers: which they are, and purging them after their meeting.
 *
 * The rule lives in the confidential_documents view (migration 0007): marked by the member or by a
 * purge, attached to an exempt item, or a first page that opens "NOT FOR PUBLICATION". Exempt items
 * themselves are confidential too (items.exempt, from the minutes parser).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ConfidentialPaper, PurgeOutcome } from '../../shared/types/papers';
import { NotFoundError } from '../errors';
import { publish } from '../pipeline';
import { deleteBlob } from '../store/blobs';
import { purgeFromBackups } from '../backup/purge-backups';
import type { Store } from '../store/database';

/** The ids of confidential documents among `documentIds` (or all of them). */
export function confidentialDocumentIds(db: Database.Database, documentIds?: readonly number[]): Set<number> {
  if (documentIds && documentIds.length === 0) return new Set();
  const rows = documentIds
    ? (db.prepare(`SELECT document_id FROM confidential_documents WHERE document_id IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(documentIds)) as number[])
    : (db.prepare('SELECT document_id FROM confidential_documents').pluck().all() as number[]);
  return new Set(rows);
}

/** A meeting's confidential papers, purged ones included, in the order the meeting page lists papers. */
export function confidentialPapers(db: Database.Database, meetingId: number): ConfidentialPaper[] {
  return (
    db
      .prepare(
        `SELECT d.id, d.title, cd.reason, d.purged_at AS purgedAt
         FROM documents d JOIN confidential_documents cd ON cd.document_id = d.id
         WHERE d.meeting_id = ? ORDER BY d.id`,
      )
      .all(meetingId) as ConfidentialPaper[]
  );
}

/** The member marks a paper confidential (or not). Papers of exempt items stay confidential whatever is set here. */
export function setConfidential(db: Database.Database, documentId: number, confidential: boolean): void {
  const changed = db.prepare('UPDATE documents SET confidential = ? WHERE id = ? AND purged_at IS NULL').run(confidential ? 1 : 0, documentId).changes;
  if (changed === 0) {
    if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) throw new NotFoundError('That paper is not in the library.');
    throw new NotFoundError('That paper was purged; it stays confidential.');
  }
}

/**
 * Purges a meeting's confidential papers in one action. In one transaction: their page text (and so
 * their search entries), item maps and reading positions go; the passages the member's notes quote
 * from them are cleared and bare highlights (no words of the member's own) are deleted; the
 * document and version rows stay, marked purged, so the notes and questions keep their place. After
 * the commit the files are deleted, and the search index and log are compacted so the removed text
 * does not linger in free pages.
 */
export function purgeConfidentialPapers(store: Store, meetingId: number, now = new Date()): PurgeOutcome {
  const { db } = store;
  if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) throw new NotFoundError('That meeting is not in the library.');
  const stamp = now.toISOString();
  // Deleted content is overwritten on disk rather than left in free pages.
  const secureDelete = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return purge(store, meetingId, stamp);
  } finally {
    db.pragma(`secure_delete = ${secureDelete}`);
  }
}

/**
 * Purges the given papers' text in one database (the library, or a backup of it). The modules that own
 * the rows do it, following 'papers-purged' (main/pipeline.ts): papers drop pages, search entries, item
 * maps and reading positions and keep the documents as tombstones; annotations delete highlights and
 * clear quoted passages. Returns the member's notes kept. Runs inside the caller's transaction.
 */
export function purgeDocumentsIn(db: Database.Database, documentIds: readonly number[], stamp: string): number {
  const followed = publish(db, 'papers-purged', { documentIds, stamp });
  return (followed.get('annotations') as number | undefined) ?? 0;
}

function purge(store: Store, meetingId: number, stamp: string): PurgeOutcome {
  const { db } = store;
  const purged = db.transaction(() => {
    const docs = (
      db
        .prepare(
          `SELECT d.id, d.title FROM documents d JOIN confidential_documents cd ON cd.document_id = d.id
           WHERE d.meeting_id = ? AND d.purged_at IS NULL ORDER BY d.id`,
        )
        .all(meetingId) as Array<{ id: number; title: string }>
    );
    if (docs.length === 0) return { docs, hashes: [] as string[], notesKept: 0 };
    const ids = JSON.stringify(docs.map((d) => d.id));
    const hashes = db.prepare(`SELECT DISTINCT sha256 FROM document_versions WHERE document_id IN (SELECT value FROM json_each(?))`).pluck().all(ids) as string[];
    const notesKept = purgeDocumentsIn(db, docs.map((d) => d.id), stamp);
    return { docs, hashes, notesKept };
  })();

  let filesDeleted = 0;
  let backups = { backups: 0, filesDeleted: 0 };
  if (purged.docs.length > 0) {
    // A file still used by a paper that was not purged (the same bytes filed twice) stays.
    const stillUsed = db.prepare(
      `SELECT 1 FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.sha256 = ? AND d.purged_at IS NULL
       UNION ALL SELECT 1 FROM imports WHERE sha256 = ?`,
    );
    const unused = purged.hashes.filter((hash) => !stillUsed.get(hash, hash));
    for (const hash of unused) if (deleteBlob(store, hash)) filesDeleted++;
    db.exec("INSERT INTO pages_fts (pages_fts) VALUES ('optimize')");
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Every backup too: otherwise restoring one would bring the paper back, searchable.
    backups = purgeFromBackups(store, purged.docs.map((d) => d.id), purged.hashes, unused, stamp, purgeDocumentsIn);
  }
  return { papers: purged.docs, filesDeleted, notesKept: purged.notesKept, backupsPurged: backups.backups, backupFilesDeleted: backups.filesDeleted };
}

/** Everything confidential in the library, for exports: confidential papers and exempt items. */
export interface ConfidentialScope {
  documents: Set<number>;
  items: Set<number>;
}

export function confidentialScope(db: Database.Database): ConfidentialScope {
  return {
    documents: confidentialDocumentIds(db),
    items: new Set(db.prepare('SELECT id FROM items WHERE exempt = 1').pluck().all() as number[]),
  };
}

/** Whether something on a paper and/or an item (an annotation, an action) is confidential. */
export const touchesConfidential = (scope: ConfidentialScope, on: { documentId?: number | null; itemId?: number | null }): boolean =>
  (on.documentId != null && scope.documents.has(on.documentId)) || (on.itemId != null && scope.items.has(on.itemId));
