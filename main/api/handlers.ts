import type { Input, Method, Output } from '../../shared/contract';
import { importFile, readMinutes } from '../library/import-file';
import { committeeDetail, libraryOverview, meetingDetail } from '../library/queries';
import type { Store } from '../store/database';

/** One handler per contract method. Inputs arrive already validated by dispatch(). */
export type Handlers = { [M in Method]: (input: Input<M>) => Promise<Output<M>> | Output<M> };

export function createHandlers(store: Store): Handlers {
  return {
    'library.overview': () => libraryOverview(store.db),
    'library.committee': ({ committeeId }) => committeeDetail(store.db, committeeId),
    'library.meeting': ({ meetingId }) => meetingDetail(store.db, meetingId),
    'import.file': ({ name, data }) => importFile(store, name, data),
    'minutes.parse': async ({ name, data }) => (await readMinutes(name, data)).parsed,
  };
}
