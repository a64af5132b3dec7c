/**
 * An annotation's earlier wordings (migration 0013). Before its passage is replaced, by re-anchoring
 * on a revised version or by the member re-attaching it, the words it was attached to are kept when
 * the new words differ, so the note's history shows what the member first responded to.
 */
import type Database from 'better-sqlite3-multiple-ciphers';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Keeps the annotation's current quote in its history if `nextExact` says something else. Inside the caller's transaction. */
export function keepEarlierQuote(db: Database.Database, annotationId: number, nextExact: string, reason: 'moved' | 'reattached'): void {
  const row = db.prepare('SELECT quote_exact, version_id, page_number FROM annotations WHERE id = ?').get(annotationId) as
    | { quote_exact: string | null; version_id: number | null; page_number: number | null }
    | undefined;
  if (!row?.quote_exact || collapse(row.quote_exact) === collapse(nextExact)) return;
  db.prepare('INSERT INTO annotation_quotes (annotation_id, version_id, page_number, exact, reason, replaced_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    annotationId,
    row.version_id,
    row.page_number,
    row.quote_exact,
    reason,
    new Date().toISOString(),
  );
}
