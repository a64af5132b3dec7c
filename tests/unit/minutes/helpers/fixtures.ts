import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The shared real fixtures live beside the repository (/work/shared/fixtures); override with SCRUTINEER_FIXTURES. */
export const SHARED = process.env.SCRUTINEER_FIXTURES ?? path.resolve(__dirname, '../../../../../shared/fixtures');
export const LOCAL = path.resolve(__dirname, '../../../fixtures/minutes');

export function shared(rel: string): string {
  return readFileSync(path.join(SHARED, rel), 'utf8');
}

export function local(rel: string): string {
  return readFileSync(path.join(LOCAL, rel), 'utf8');
}
