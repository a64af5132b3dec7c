/** The tracker's entries follow their committee when the member merges it into another (main/pipeline.ts). */
import { subscribe } from '../pipeline';
import { repoint } from '../store/row-moves';

export function followCommitteesWithActions(): void {
  subscribe('committees-merged', 'actions', (db, e) => {
    repoint(db, 'committees', e.otherId, e.keepId, ['action_entries']);
    return ['action_entries'];
  });
  // A committee with entries in the tracker stays in the library, meetings or not.
  subscribe('committee-in-use', 'actions', (db, e) => db.prepare('SELECT 1 FROM action_entries WHERE committee_id = ? LIMIT 1').get(e.committeeId) !== undefined);
}
