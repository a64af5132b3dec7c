import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the OS temp dir for one test; removed by the returned cleanup. */
export function makeTempDir(prefix = 'scrutineer-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The real council fixtures live beside the repository in ../shared/fixtures (read-only). */
export const SHARED_FIXTURES = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');
