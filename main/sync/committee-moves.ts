/** Council sync's links to the library's committees and councils follow a merge (main/pipeline.ts). */
import { subscribe } from '../pipeline';
import { repoint } from '../store/row-moves';

export function followCommitteesWithSync(): void {
  subscribe('committees-merged', 'sync', (db, e) => {
    repoint(db, 'committees', e.otherId, e.keepId, ['sync_committees']);
    return ['sync_committees'];
  });
  subscribe('councils-merged', 'sync', (db, e) => {
    repoint(db, 'councils', e.otherId, e.keepId, ['sync_councils']);
    return ['sync_councils'];
  });
  // A committee or council linked to a council's site stays (the next sync files meetings under it).
  subscribe('committee-in-use', 'sync', (db, e) => db.prepare('SELECT 1 FROM sync_committees WHERE committee_id = ? LIMIT 1').get(e.committeeId) !== undefined);
  subscribe('council-in-use', 'sync', (db, e) => db.prepare('SELECT 1 FROM sync_councils WHERE council_id = ? LIMIT 1').get(e.councilId) !== undefined);
}
