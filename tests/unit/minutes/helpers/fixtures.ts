import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SHARED_FIXTURES } from '../../../../scripts/fixtures';

/** The shared real fixtures (found in one place, scripts/fixtures.ts). */
export const SHARED = SHARED_FIXTURES;
export const LOCAL = path.resolve(__dirname, '../../../fixtures/minutes');

export function shared(rel: string): string {
  return readFileSync(path.join(SHARED, rel), 'utf8');
}

export function local(rel: string): string {
  return readFileSync(path.join(LOCAL, rel), 'utf8');
}
