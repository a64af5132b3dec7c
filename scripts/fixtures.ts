/**
 * Where the real council fixtures are: ../shared/fixtures beside the repository (read-only), or the
 * folder SCRUTINEER_FIXTURES names. The one place tests, benches and the minutes evaluation find them.
 */
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const SHARED_FIXTURES = process.env.SCRUTINEER_FIXTURES ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');
/** A file or folder under the shared fixtures: sharedFixture('minutes', 'x.txt'). */
export const sharedFixture = (...parts: string[]): string => path.join(SHARED_FIXTURES, ...parts);
