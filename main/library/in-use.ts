import type Database from 'better-sqlite3-multiple-ciphers';
import { publish } from '../pipeline';

/**
 * Whether rows of another module still need a committee or council: a pipeline query, so the library
 * reads only its own tables (sync links, action entries, a shared log answer for themselves).
 */
export function inUse(db: Database.Database, query: { committeeId: number } | { councilId: number }): boolean {
  const answers = 'committeeId' in query ? publish(db, 'committee-in-use', query) : publish(db, 'council-in-use', query);
  return [...answers.values()].some(Boolean);
}
