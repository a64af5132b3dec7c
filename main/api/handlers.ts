import { format } from 'date-fns';
import { meetingBrief, meetingBriefDocx } from '../annotations/brief';
import { exportJsonLdFile, importJsonLd } from '../annotations/jsonld';
import { meetingAnnotations } from '../annotations/meeting';
import * as annotations from '../annotations/store';
import { suggestPassage } from '../annotations/suggest';
import { wirePipeline } from '../wiring';
import type { EventName, Events, Input, Method, Output } from '../../shared/contract';
import { applyStoredVersion, importFile, readMinutes } from '../library/import-file';
import { deleteMeeting, listBin, restoreMeeting } from '../library/bin';
import { editMeeting, mergeCommittees, mergeCouncils, mergeMeetings, renameCommittee, renameCouncil, splitImport } from '../library/corrections';
import { committeeDetail, libraryOverview, meetingDetail, setMyCommittee } from '../library/queries';
import {
  assignPaper,
  documentDetail,
  papersForMeeting,
  saveReadingPosition,
  unassignedPapers,
  versionSha,
  currentVersionId,
} from '../papers/store';
import { OpenFiles, fileOpening, fileRange } from '../papers/file-ranges';
import { PictureBackfill, versionPicture } from '../papers/pictures';
import { renderFirstPagePicture } from '../papers/pdf-text';
import { encodeOpening } from '../../shared/file-opening';
import { confidentialPapers, purgeConfidentialPapers, setConfidential } from '../confidential/confidential';
import { SearchWorker } from '../search/worker';
import { readBlob } from '../store/blobs';
import type { Store } from '../store/database';
import { Jobs } from './jobs';
import { exportEverythingFile } from '../backup/export-everything';
import { BackupService } from '../backup/service';
import { connectCouncil, refreshCommittees } from '../sync/connect';
import { SyncService, type SyncServiceOptions } from '../sync/service';
import { committeesOfSite, getSite, hasFollowed, listSites, setFollow } from '../sync/store';
import * as interests from '../interests';
import { dashboard } from '../actions/dashboard';
import { exportActions } from '../actions/export-request';
import { confirmProposal, listProposals, rejectProposal } from '../actions/follow-up';
import { getEntry, listEntries } from '../actions/queries';
import { meetingsWithUnreadDecisions } from '../actions/unread-decisions';
import { addEvidence, addManualEntry, checkEntry, correctEntry, setResponse, updateStatus } from '../actions/updates';
import { checkDeclarations, removeDeclaration, saveDeclaration } from '../library/declarations';
import { markDecisionSentence } from '../library/possible-decisions';
import { ShareService, type ShareServiceOptions } from '../share/service';
import { committeeSetup } from '../share/committee-design';

/** Today's date in the member's local time zone: what "overdue" and "due this week" are measured from. */
const today = () => format(new Date(), 'yyyy-MM-dd');

/** One handler per contract method. Inputs arrive already validated by dispatch(). */
export type Handlers = { [M in Method]: (input: Input<M>) => Promise<Output<M>> | Output<M> };

export type Emit = <E extends EventName>(name: E, payload: Events[E]) => void;

export function createHandlers(
  store: Store,
  options: { emit?: Emit; sync?: Omit<SyncServiceOptions, 'onProgress'>; share?: ShareServiceOptions; /** Take the daily automatic backup (the app, the preview). */ autoBackup?: boolean } = {},
): Handlers {
  wirePipeline();
  const emit: Emit = options.emit ?? (() => undefined);
  const jobs = new Jobs();
  const backups = new BackupService(store);
  if (options.autoBackup) backups.startSchedule();
  const sync = new SyncService(store, { ...options.sync, onProgress: (progress) => emit('sync.progress', progress) });
  // Sharing between the member's devices: one service per library (main/share/service.ts), made on first use.
  let shareService: ShareService | null = null;
  const share = () => {
    if (!shareService) {
      shareService = ShareService.for(store, options.share);
      shareService.onProgress((progress) => emit('share.progress', progress));
    }
    return shareService;
  };
  // Searches run in a worker thread with a time budget, so a slow one never holds up other calls.
  const searcher = new SearchWorker(store);
  // The PDFs being read by ranges, decrypted once each (see main/papers/file-ranges.ts).
  const openFiles = new OpenFiles((sha) => readBlob(store, sha));
  // Made on first use (the CLI's parse-minutes has handlers without a store).
  let pictures: PictureBackfill | null = null;
  const backfill = () => (pictures ??= new PictureBackfill(store.db, (versionId) => openFiles.bytes(versionSha(store.db, versionId)), renderFirstPagePicture));
  return {
    'library.overview': () => libraryOverview(store.db),
    'library.committee': ({ committeeId }) => committeeDetail(store.db, committeeId),
    'library.meeting': ({ meetingId }) => meetingDetail(store.db, meetingId),
    'library.setMyCommittee': ({ committeeId, mine }) => setMyCommittee(store.db, committeeId, mine),
    'library.editMeeting': ({ meetingId, ...changes }) => {
      editMeeting(store.db, meetingId, changes);
      return meetingDetail(store.db, meetingId);
    },
    'library.mergeMeetings': ({ keepId, otherId }) => {
      mergeMeetings(store.db, keepId, otherId);
      return meetingDetail(store.db, keepId);
    },
    'library.splitMeeting': ({ meetingId, sha256 }) => ({ meetingId: splitImport(store.db, meetingId, sha256) }),
    'library.applyVersion': ({ meetingId, sha256 }) => applyStoredVersion(store, meetingId, sha256),
    'library.saveDeclaration': ({ meetingId, ...declaration }) => {
      saveDeclaration(store.db, { meetingId, ...declaration });
      return meetingDetail(store.db, meetingId);
    },
    'library.removeDeclaration': ({ meetingId, id }) => {
      removeDeclaration(store.db, meetingId, id);
      return meetingDetail(store.db, meetingId);
    },
    'library.checkDeclarations': ({ meetingId, ids }) => {
      checkDeclarations(store.db, meetingId, ids);
      return meetingDetail(store.db, meetingId);
    },
    'library.markDecisionSentence': ({ meetingId, sentence, notTracked }) => {
      markDecisionSentence(store.db, meetingId, sentence, notTracked);
      return meetingDetail(store.db, meetingId);
    },
    'library.deleteMeeting': ({ meetingId }) => deleteMeeting(store.db, meetingId),
    'library.restoreMeeting': ({ meetingId }) => ({ meetingId: restoreMeeting(store.db, meetingId) }),
    'library.bin': () => listBin(store.db),
    'library.renameCommittee': ({ committeeId, name }) => {
      renameCommittee(store.db, committeeId, name);
      return null;
    },
    'library.mergeCommittees': ({ keepId, otherId }) => {
      mergeCommittees(store.db, keepId, otherId);
      return null;
    },
    'library.renameCouncil': ({ councilId, name }) => {
      renameCouncil(store.db, councilId, name);
      return null;
    },
    'library.mergeCouncils': ({ keepId, otherId }) => {
      mergeCouncils(store.db, keepId, otherId);
      return null;
    },
    'import.file': async ({ name, data, jobId, meetingId, itemNumber }) => {
      const signal = jobs.start(jobId);
      try {
        // Waits for a restore in progress; the automatic backup waits for it.
        return await backups.trackImport(() => importFile(
          store,
          { fileName: name, bytes: data, meetingId, itemNumber },
          { signal, onProgress: jobId ? (done, total) => emit('import.progress', { jobId, fileName: name, done, total }) : undefined },
        ));
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
    'papers.file': (input) =>
      readBlob(store, 'versionId' in input ? versionSha(store.db, input.versionId) : versionSha(store.db, currentVersionId(store.db, input.documentId))),
    'papers.fileOpen': (input) => {
      const versionId = 'versionId' in input ? input.versionId : currentVersionId(store.db, input.documentId);
      return encodeOpening(fileOpening(versionId, openFiles.bytes(versionSha(store.db, versionId))));
    },
    'papers.firstPagePicture': (input) => {
      const versionId = 'versionId' in input ? input.versionId : currentVersionId(store.db, input.documentId);
      const picture = versionPicture(store.db, versionId);
      // None yet (stored before pictures were made): made in the background for the next opening.
      if (!picture) void backfill().request(versionId);
      return picture;
    },
    // versionSha refuses a purged paper, so a file held here is never read after its purge.
    'papers.fileRange': ({ versionId, begin, end }) => fileRange(openFiles.bytes(versionSha(store.db, versionId)), begin, end),
    'papers.confidential': ({ meetingId }) => confidentialPapers(store.db, meetingId),
    'papers.setConfidential': ({ documentId, confidential }) => {
      setConfidential(store.db, documentId, confidential);
      return null;
    },
    'papers.purgeConfidential': ({ meetingId }) => {
      openFiles.forget();
      return purgeConfidentialPapers(store, meetingId);
    },
    'papers.savePosition': ({ documentId, pageNumber }) => {
      saveReadingPosition(store.db, documentId, pageNumber);
      return null;
    },
    'search.query': ({ channel, ...request }) => searcher.search(request, channel),
    'actions.list': (filter) => listEntries(store.db, { ...filter, today: today() }),
    'actions.unreadDecisions': ({ committeeId }) => meetingsWithUnreadDecisions(store.db, committeeId),
    'actions.get': ({ id }) => getEntry(store.db, id, today()),
    'actions.update': ({ ids, status, note }) => (updateStatus(store.db, ids, status, note), null),
    'actions.correct': ({ id, ...correction }) => {
      correctEntry(store.db, id, correction);
      return getEntry(store.db, id, today());
    },
    'actions.check': ({ id }) => {
      checkEntry(store.db, id);
      return getEntry(store.db, id, today());
    },
    'actions.add': (entry) => ({ id: addManualEntry(store.db, entry) }),
    'actions.addEvidence': ({ id, kind, text }) => (addEvidence(store.db, id, kind, text), null),
    'actions.setResponse': ({ id, ...response }) => (setResponse(store.db, id, response), null),
    'actions.proposals': (filter) => listProposals(store.db, filter),
    'actions.confirmProposal': ({ id, status, note }) => (confirmProposal(store.db, id, status, note), null),
    'actions.rejectProposal': ({ id }) => (rejectProposal(store.db, id), null),
    'actions.dashboard': ({ committeeId }) => dashboard(store.db, today(), committeeId),
    'actions.export': (request) => exportActions(store.db, request, today()),
    'annotations.create': (input) => annotations.createAnnotation(store.db, input),
    'annotations.createForTarget': (input) => annotations.createForTarget(store.db, input),
    'annotations.update': (input) => annotations.updateAnnotation(store.db, input),
    'annotations.delete': ({ id }) => annotations.deleteAnnotation(store.db, id),
    'annotations.restore': ({ id }) => annotations.restoreAnnotation(store.db, id),
    'annotations.list': (filter) => annotations.listAnnotations(store.db, filter),
    'annotations.counts': ({ meetingId }) => annotations.countsForMeeting(store.db, meetingId),
    'annotations.needsAttention': ({ meetingId }) => annotations.needsAttention(store.db, meetingId),
    'annotations.reattach': (input) => annotations.reattachAnnotation(store.db, input),
    'annotations.dismiss': ({ id }) => annotations.dismissAnnotation(store.db, id),
    'annotations.suggest': ({ id }) => suggestPassage(store.db, id),
    'annotations.meeting': ({ meetingId }) => meetingAnnotations(store.db, meetingId),
    'annotations.brief': ({ meetingId }) => meetingBrief(store.db, meetingId),
    'annotations.briefDocx': ({ meetingId, includeConfidential }) => meetingBriefDocx(store.db, meetingId, { includeConfidential }),
    'annotations.exportJsonLd': ({ includeConfidential }) => exportJsonLdFile(store.db, today(), { includeConfidential }),
    'annotations.importJsonLd': ({ json }) => importJsonLd(store.db, json),
    'interests.list': () => interests.listRegister(store.db),
    'interests.save': (draft) => interests.saveInterest(store.db, draft),
    'interests.delete': ({ interestId }) => interests.deleteInterest(store.db, interestId),
    'interests.saveProfile': (profile) => interests.saveProfile(store.db, profile),
    'interests.warnings': ({ meetingId }) => interests.meetingWarnings(store.db, meetingId),
    'interests.dismissWarning': (request) => interests.dismissWarning(store.db, request),
    'interests.restoreWarning': (request) => interests.restoreWarning(store.db, request),
    'interests.declarations.save': (draft) => interests.saveMyDeclaration(store.db, draft),
    'interests.declarations.list': ({ meetingId }) => interests.listMyDeclarations(store.db, meetingId),
    'interests.declarations.delete': ({ declarationId }) => interests.deleteMyDeclaration(store.db, declarationId),
    'interests.declarations.slip': ({ declarationId }) => interests.declarationSlip(store.db, declarationId),
    'interests.everyone': ({ query }) => interests.everyoneDeclarations(store.db, query),
    'interests.exportRegisterDocx': () => interests.registerExport(store.db, today()),
    'interests.exportDeclarationsCsv': () => interests.declarationsExport(store.db, today()),
    'sync.addCouncil': (input) => connectCouncil(store, input, sync.clientOptions()),
    'sync.councils': () => listSites(store.db),
    'sync.committees': ({ councilId, refresh }) => (refresh ? refreshCommittees(store, councilId, sync.clientOptions()) : committeesOfSite(store.db, getSite(store.db, councilId).id)),
    'sync.follow': ({ committeeId, follow, mine }) => setFollow(store.db, committeeId, follow, mine),
    'sync.run': async ({ jobId, councilId, committeeId, wait, background }) => {
      if (background && !hasFollowed(store.db)) return { jobId: '', alreadyRunning: false, report: null };
      const started = sync.start({ jobId, siteId: councilId, committeeId, trigger: background ? 'background' : 'manual' });
      if (!wait) {
        // Runs on in the background; its outcome arrives as the 'done' progress event and in sync.status.
        started.done.catch((error: unknown) => console.error('[sync] run failed:', error));
        return { jobId: started.jobId, alreadyRunning: started.alreadyRunning, report: null };
      }
      return { jobId: started.jobId, alreadyRunning: started.alreadyRunning, report: await started.done };
    },
    'sync.cancel': ({ jobId }) => ({ cancelled: sync.cancel(jobId) }),
    'sync.status': () => sync.status(),
    'share.connect': (input) => share().connect(input),
    'share.run': async ({ wait, background }) => {
      const started = share().start({ background });
      if (!started) return { jobId: '', alreadyRunning: false, report: null };
      if (!wait) return { jobId: started.jobId, alreadyRunning: started.alreadyRunning, report: null };
      return { jobId: started.jobId, alreadyRunning: started.alreadyRunning, report: await started.done };
    },
    'share.status': () => share().status(),
    'share.disconnect': async () => {
      await share().disconnect();
      return null;
    },
    'share.conflicts': () => share().conflicts(),
    'share.resolveConflict': ({ docId, text }) => {
      share().resolveConflict(docId, text);
      return null;
    },
    'share.committeeConnect': (input) => share().connectCommittee(input),
    'share.committeeRun': async ({ committeeId, includeExempt, wait }) => {
      const started = share().start({ committeeId, includeExempt });
      if (!started) return { jobId: '', alreadyRunning: false, report: null };
      if (!wait) return { jobId: started.jobId, alreadyRunning: started.alreadyRunning, report: null };
      return { jobId: started.jobId, alreadyRunning: started.alreadyRunning, report: await started.done };
    },
    'share.committeeDisconnect': async ({ committeeId }) => {
      await share().disconnectCommittee(committeeId);
      return null;
    },
    'share.committeeHeldBack': ({ committeeId }) => share().heldBack(committeeId),
    'share.committeeChooseExempt': ({ entryId, send }) => {
      share().chooseExempt(entryId, send);
      return null;
    },
    'share.committeeRefusals': () => share().refusals(),
    'share.committeeDismissRefusal': ({ id }) => {
      share().dismissRefusal(id);
      return null;
    },
    'share.committeeDesign': () => committeeSetup(),
    'backup.list': () => backups.list(),
    'backup.now': () => backups.backupNow(),
    'backup.restore': ({ id }) => backups.restore(id),
    'backup.exportEverything': ({ includeConfidential }) => exportEverythingFile(store, today(), { includeConfidential }),
    'backup.startupState': () => ({ state: 'ok' as const }),
  };
}
