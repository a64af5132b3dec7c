/**
 * A real store in a temporary folder with the app's handlers over it, for tests that go through the
 * API as the renderer does: `call` returns a method's value (and throws its error), `reopen` closes
 * and opens the store again. Set up before each test and torn down after it.
 */
import type { Input, Method, Output } from '../../shared/contract';
import { dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { openStore, type Store } from '../../main/store/database';
import { makeTempDir } from './temp-dir';

export interface ApiStore {
  readonly store: Store;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  importFile(name: string, data: Uint8Array): Promise<Output<'import.file'>>;
}

export function useApiStore(): ApiStore {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let handlers: ReturnType<typeof createHandlers>;
  beforeEach(() => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    handlers = createHandlers(store);
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  return {
    get store() {
      return store;
    },
    call,
    importFile: (name, data) => call('import.file', { name, data: new Uint8Array(data) }),
  };
}
