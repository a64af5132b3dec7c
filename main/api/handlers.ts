import type { EventName, Events, Input, Method, Output } from '../../shared/contract';
import { importFile, readMinutes } from '../library/import-file';
import { committeeDetail, libraryOverview, meetingDetail, setMyCommittee } from '../library/queries';
import {
  assignPaper,
  documentDetail,
  papersForMeeting,
  saveReadingPosition,
  unassignedPapers,
  versionSha,
} from '../papers/store';
import { search } from '../search/search';
import { readBlob } from '../store/blobs';
import type { Store } from '../store/database';
import { Jobs } from './jobs';

/** One handler per contract method. Inputs arrive already validated by dispatch(). */
export type Handlers = { [M in Method]: (input: Input<M>) => Promise<Output<M>> | Output<M> };

export type Emit = <E extends EventName>(name: E, payload: Events[E]) => void;

export function createHandlers(store: Store, options: { emit?: Emit } = {}): Handlers {
  const emit: Emit = options.emit ?? (() => undefined);
  const jobs = new Jobs();
  return {
    'library.overview': () => libraryOverview(store.db),
    'library.committee': ({ committeeId }) => committeeDetail(store.db, committeeId),
    'library.meeting': ({ meetingId }) => meetingDetail(store.db, meetingId),
    'library.setMyCommittee': ({ committeeId, mine }) => setMyCommittee(store.db, committeeId, mine),
    'import.file': async ({ name, data, jobId, meetingId, itemNumber }) => {
      const signal = jobs.start(jobId);
      try {
        return await importFile(
          store,
          { fileName: name, bytes: data, meetingId, itemNumber },
          { signal, onProgress: jobId ? (done, total) => emit('import.progress', { jobId, fileName: name, done, total }) : undefined },
        );
      } finally {
        jobs.finish(jobId);
      }
    },
    'import.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'minutes.parse': async ({ name, data }) => (await readMinutes(name, data)).parsed,
    'papers.forMeeting': ({ meetingId }) => papersForMeeting(store.db, meetingId),
    'papers.unassigned': () => unassignedPapers(store.db),
    'papers.assign': ({ documentId, meetingId, itemId }) => {
      assignPaper(store.db, documentId, meetingId, itemId ?? null);
      return null;
    },
    'papers.document': ({ documentId, versionId }) => documentDetail(store.db, documentId, versionId),
    'papers.file': ({ versionId }) => readBlob(store.dataDir, versionSha(store.db, versionId)),
    'papers.savePosition': ({ documentId, pageNumber }) => {
      saveReadingPosition(store.db, documentId, pageNumber);
      return null;
    },
    'search.query': (request) => search(store.db, request),
  };
}
