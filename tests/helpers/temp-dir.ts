import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../main/store/database';

/** A fresh folder under the OS temp dir for one test; removed by the returned cleanup. */
export function makeTempDir(prefix = 'scrutineer-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The real council fixtures (../shared/fixtures beside the repository): found in one place, scripts/fixtures.ts. */
export { SHARED_FIXTURES } from '../../scripts/fixtures';

/**
 * A fresh store in its own temp folder for every test of the enclosing describe block (or file),
 * closed and removed after each: `let store: Store; withTempStore((s) => (store = s));`.
 */
export function withTempStore(set: (store: Store, dir: string) => void, options?: Parameters<typeof openStore>[1]): void {
  let temp: ReturnType<typeof makeTempDir> | null = null;
  let store: Store | null = null;
  beforeEach(() => {
    temp = makeTempDir();
    store = openStore(temp.dir, options);
    set(store, temp.dir);
  });
  afterEach(() => {
    store?.close();
    temp?.cleanup();
    store = null;
    temp = null;
  });
}
