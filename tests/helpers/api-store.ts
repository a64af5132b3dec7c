/**
 * A real store in a temporary folder with the app's handlers over it, for tests that go through the
 * API as the renderer does: `call` returns a method's value (and throws its error), `failure` returns
 * the error of a call that must fail, `reopen` closes and opens the store again. Set up before each
 * test and torn down after it.
 */
import type { Input, Method, Output } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { openStore, type Store } from '../../main/store/database';
import { makeTempDir } from './temp-dir';

export interface ApiStore {
  readonly store: Store;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  failure<M extends Method>(method: M, input: Input<M>): Promise<ApiError>;
  reopen(): void;
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
  const failure = async <M extends Method>(method: M, input: Input<M>): Promise<ApiError> => {
    const result = await dispatch(handlers, method, input);
    if (result.ok) throw new Error(`${method} should have failed`);
    return result.error;
  };
  return {
    get store() {
      return store;
    },
    call,
    failure,
    reopen: () => {
      store.close();
      store = openStore(temp.dir);
      handlers = createHandlers(store);
    },
    importFile: (name, data) => call('import.file', { name, data: new Uint8Array(data) }),
  };
}
