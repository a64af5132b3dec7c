/**
 * A committee's shared action log follows a committee merge (main/pipeline.ts). The log's database is
 * named after the committee's id (and its password kept under that name), so a committee whose log
 * this device shares cannot be merged away: the member keeps it, or stops sharing it first.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { ScrutineerError } from '../errors';
import { subscribe } from '../pipeline';

const connected = (db: Database.Database, committeeId: number) =>
  db.prepare('SELECT 1 FROM share_committees WHERE committee_id = ?').get(committeeId) !== undefined;

export function followCommitteesWithShare(): void {
  subscribe('committees-merged', 'share', (db, e) => {
    if (connected(db, e.otherId)) {
      throw new ScrutineerError(
        'invalid-input',
        `This device shares committee ${e.otherId}’s action log: merge the other way (keep committee ${e.otherId}), or stop sharing its log first.`,
      );
    }
    // Edits waiting to be sent stay with their entries, which move to the kept committee.
    db.prepare('UPDATE share_committee_outbox SET committee_id = ? WHERE committee_id = ?').run(e.keepId, e.otherId);
    return ['share_committees', 'share_committee_outbox'];
  });
  // A committee whose log this device shares stays in the library (dropping it would drop the connection).
  subscribe('committee-in-use', 'share', (db, e) => connected(db, e.committeeId));
}
