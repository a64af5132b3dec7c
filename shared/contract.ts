/**
 * The one API contract. Each method is a name, a zod schema for its input and a result type.
 * The same table drives the Electron IPC handlers, the preload bridge, the preview HTTP bridge
 * and the renderer's client, so a new call is added here and nowhere else by hand.
 */
import { z } from 'zod';
import type { ParsedMinutes } from './types/minutes';
import type { BinEntry, CommitteeDetail, ImportOutcome, LibraryOverview, MeetingDetail } from './types/library';
import type { ConfidentialPaper, DocumentDetail, DocumentSummary, MeetingPapers, PurgeOutcome, SearchResults, VersionPicture } from './types/papers';
import { dismissInput, interestDraftInput, myDeclarationInput, profileInput } from './schemas/interests';
import type {
  DeclarationSlip,
  EveryoneDeclarations,
  InterestView,
  MeetingWarnings,
  MemberProfile,
  MyDeclarationView,
  RegisterView,
} from './types/interests';
import type { Annotation, AnnotationImportResult, ItemAnnotationCounts, MeetingAnnotationsView, MeetingBrief, PassageSuggestion } from './types/annotations';
import type { ActionEntry, Dashboard, FollowUpProposal, UnreadDecisionsMeeting } from './types/actions';
import type { SyncCommitteeView, SyncCouncilView, SyncProgress, SyncReport, SyncStatus } from './types/sync';
import type { BackupSummary, RestoreOutcome, StartupState } from './types/backup';
import type { ExportFile } from './types/export';
import type { ShareConflictView, ShareDatabaseView, ShareHeldBackView, ShareProgressView, ShareRefusalView, ShareRunReportView, ShareStatusView } from './types/share';

/** Phantom marker carrying a method's result type; it has no runtime content. */
const returns = <T>() => undefined as unknown as T;

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** A caller-chosen id for a long import, so progress events can be matched and the import cancelled. */
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n), 'a file name, not a path');

/** A backup's name as main/backup/files.ts gives it: a time stamp and a kind, or a before-upgrade copy. */
const backupId = z.string().regex(/^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(automatic|manual|safety)|before-schema-\d{1,4}-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/, 'a backup name');

const shortText = z.string().trim().min(1, 'a name').max(200);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a file’s sha256');

/** 60 MB: larger than any real minutes page or agenda pack we expect, small enough to refuse abuse. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** File contents: a Uint8Array (IPC and the preview bridge's wire format both deliver one) within the size cap. */
const fileBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'file contents (bytes)')
  .refine((d) => d.byteLength <= MAX_IMPORT_BYTES, 'file larger than 60 MB');

// Annotations' building blocks.
const annotationKind = z.enum(['highlight', 'note', 'question']);
const annotationColour = z.enum(['yellow', 'green', 'blue', 'pink']);
const annotationBody = z.string().max(20000);
const annotationTags = z.array(z.string().trim().min(1).max(60)).max(30);
const pageNumber = z.number().int().positive().max(100000);
const textQuote = z
  .object({ exact: z.string().min(1).max(20000), prefix: z.string().max(400).default(''), suffix: z.string().max(400).default('') })
  .strict();
const finite = z.number().finite();
const annotationRects = z.array(z.object({ x: finite, y: finite, w: finite.nonnegative(), h: finite.nonnegative(), page: pageNumber.optional() }).strict()).max(500);

export const contract = {
  'library.overview': { input: z.object({}).strict(), result: returns<LibraryOverview>() },
  'library.committee': { input: z.object({ committeeId: id }).strict(), result: returns<CommitteeDetail>() },
  'library.meeting': { input: z.object({ meetingId: id }).strict(), result: returns<MeetingDetail>() },
  'library.setMyCommittee': {
    input: z.object({ committeeId: id, mine: z.boolean() }).strict(),
    result: returns<null>(),
  },
  /**
   * The member's corrections (issue 14). Each is theirs: no import, re-parse or sync changes it.
   * editMeeting sets the details given (and confirms them); council/committee by name file it under
   * that council's committee, committeeId moves it to a committee the library has.
   */
  'library.editMeeting': {
    input: z
      .object({
        meetingId: id,
        council: shortText.optional(),
        committee: shortText.optional(),
        committeeId: id.optional(),
        date: isoDate.nullable().optional(),
        startTime: clockTime.nullable().optional(),
        endTime: clockTime.nullable().optional(),
        venue: z.string().trim().max(300).nullable().optional(),
      })
      .strict(),
    result: returns<MeetingDetail>(),
  },
  /** Two meetings the member knows are one: everything of otherId moves to keepId, whose details win. */
  'library.mergeMeetings': { input: z.object({ keepId: id, otherId: id }).strict(), result: returns<MeetingDetail>() },
  /** What one imported file brought becomes a meeting of its own (details to check). */
  'library.splitMeeting': { input: z.object({ meetingId: id, sha256: sha256Hex }).strict(), result: returns<{ meetingId: number }>() },
  /** Apply a version of the minutes that was kept (not applied) because it had less in it. */
  'library.applyVersion': { input: z.object({ meetingId: id, sha256: sha256Hex }).strict(), result: returns<ImportOutcome>() },
  /** Add (no id) or correct a declaration of interest read from the minutes; the member's, never overwritten by a re-import. */
  'library.saveDeclaration': {
    input: z
      .object({
        meetingId: id,
        id: id.optional(),
        member: shortText,
        item: z.string().trim().max(100).nullable(),
        subject: z.string().trim().max(1000),
        nature: z.enum(['disclosable-pecuniary', 'other-registrable', 'non-registrable', 'non-pecuniary', 'personal', 'prejudicial', 'financial', 'non-financial', 'unspecified']),
        withdrew: z.boolean(),
      })
      .strict(),
    result: returns<MeetingDetail>(),
  },
  /** Removes a declaration that is not one (kept, marked removed, so the minutes cannot bring it back). */
  'library.removeDeclaration': { input: z.object({ meetingId: id, id }).strict(), result: returns<MeetingDetail>() },
  /** The member checked declarations read from the minutes and found them right (no ids: all of the meeting's not yet checked). */
  'library.checkDeclarations': { input: z.object({ meetingId: id, ids: z.array(id).min(1).max(1000).optional() }).strict(), result: returns<MeetingDetail>() },
  /**
   * The member marks a sentence of the minutes that may record a decision (ItemView.possibleDecisions) as nothing to
   * track, or (notTracked false) takes the mark back. Returns the meeting as it now stands.
   */
  'library.markDecisionSentence': {
    input: z.object({ meetingId: id, sentence: z.string().trim().min(1).max(4000), notTracked: z.boolean() }).strict(),
    result: returns<MeetingDetail>(),
  },
  'library.deleteMeeting': { input: z.object({ meetingId: id }).strict(), result: returns<BinEntry>() },
  'library.restoreMeeting': { input: z.object({ meetingId: id }).strict(), result: returns<{ meetingId: number }>() },
  'library.bin': { input: z.object({}).strict(), result: returns<BinEntry[]>() },
  'library.renameCommittee': { input: z.object({ committeeId: id, name: shortText }).strict(), result: returns<null>() },
  'library.mergeCommittees': { input: z.object({ keepId: id, otherId: id }).strict(), result: returns<null>() },
  'library.renameCouncil': { input: z.object({ councilId: id, name: shortText }).strict(), result: returns<null>() },
  'library.mergeCouncils': { input: z.object({ keepId: id, otherId: id }).strict(), result: returns<null>() },
  /**
   * Import one file's bytes (the renderer reads them from a picked or dropped File): minutes pages,
   * or PDFs (agenda packs, reports, printed minutes). Optional meetingId/itemNumber attach a paper.
   */
  'import.file': {
    input: z
      .object({
        name: fileName,
        data: fileBytes,
        jobId: jobId.optional(),
        meetingId: id.optional(),
        itemNumber: z.string().min(1).max(40).optional(),
      })
      .strict(),
    result: returns<ImportOutcome>(),
  },
  /** Stops a running import; nothing of it is kept. */
  'import.cancel': { input: z.object({ jobId }).strict(), result: returns<{ cancelled: boolean }>() },
  'papers.forMeeting': { input: z.object({ meetingId: id }).strict(), result: returns<MeetingPapers>() },
  /** Papers not yet matched to a meeting: the member is asked which meeting they belong to. */
  'papers.unassigned': { input: z.object({}).strict(), result: returns<DocumentSummary[]>() },
  'papers.assign': {
    input: z.object({ documentId: id, meetingId: id, itemId: id.nullable().optional() }).strict(),
    result: returns<null>(),
  },
  'papers.document': {
    input: z.object({ documentId: id, versionId: id.optional() }).strict(),
    result: returns<DocumentDetail>(),
  },
  /**
   * The PDF bytes of one version, or of a document's current version (so the reader can ask for the
   * file at the same time as the details, not after them), from the app's own store only.
   */
  'papers.file': {
    input: z.union([z.object({ versionId: id }).strict(), z.object({ documentId: id }).strict()]),
    result: returns<Uint8Array>(),
  },
  /**
   * Reading a PDF by ranges: its length, first and last bytes (the whole file when it is small), as
   * shared/file-opening.ts encodes a FileOpening (raw bytes, so no base64 on the preview's wire); then
   * `papers.fileRange` for what pdf.js asks for. Main keeps the decrypted file while it is being read.
   */
  'papers.fileOpen': {
    input: z.union([z.object({ versionId: id }).strict(), z.object({ documentId: id }).strict()]),
    result: returns<Uint8Array>(),
  },
  /**
   * A picture of the first page of a version (or of a document's current version), made when it was
   * read: the reader shows it while pdf.js opens the file. Null when there is none.
   */
  'papers.firstPagePicture': {
    input: z.union([z.object({ versionId: id }).strict(), z.object({ documentId: id }).strict()]),
    result: returns<VersionPicture | null>(),
  },
  'papers.fileRange': {
    input: z
      .object({ versionId: id, begin: z.number().int().min(0), end: z.number().int().positive() })
      .strict()
      .refine((r) => r.end > r.begin && r.end - r.begin <= 16 * 1024 * 1024, 'a range of at most 16 MB, end after begin'),
    result: returns<Uint8Array>(),
  },
  /** A meeting's confidential (exempt) papers, purged ones included. */
  'papers.confidential': { input: z.object({ meetingId: id }).strict(), result: returns<ConfidentialPaper[]>() },
  /** The member marks a paper confidential, or not (papers of exempt items stay confidential). */
  'papers.setConfidential': { input: z.object({ documentId: id, confidential: z.boolean() }).strict(), result: returns<null>() },
  /** After the meeting: removes its confidential papers' text and files in one action; the member's notes on them stay. */
  'papers.purgeConfidential': { input: z.object({ meetingId: id }).strict(), result: returns<PurgeOutcome>() },
  'papers.savePosition': {
    input: z.object({ documentId: id, pageNumber: z.number().int().positive().max(100000) }).strict(),
    result: returns<null>(),
  },
  /** Full-text search over every paper's pages and every item's agenda and minutes text. */
  'search.query': {
    input: z
      .object({
        query: z.string().max(500),
        scope: z.enum(['all', 'papers', 'minutes']).default('all'),
        committeeIds: z.array(id).max(200).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        myCommittees: z.boolean().optional(),
        limit: z.number().int().min(1).max(200).default(50),
        /** "Show more": the results after this many (a previous answer's nextOffset). */
        offset: z.number().int().min(0).max(10000).optional(),
        /** Who is asking (e.g. "search-page"): a newer query on the same channel cancels an older one still running. */
        channel: z.string().min(1).max(64).optional(),
      })
      .strict(),
    result: returns<SearchResults>(),
  },
  /** The tracker: actions and recommendations from the minutes, and those added by hand. */
  'actions.list': {
    input: z
      .object({
        committeeId: id.optional(),
        meetingId: id.optional(),
        owner: z.string().max(200).optional(),
        kind: z.enum(['action', 'recommendation']).optional(),
        status: z.enum(['open', 'in-progress', 'done', 'dropped', 'overdue']).optional(),
        overdue: z.boolean().optional(),
        checked: z.boolean().optional(),
      })
      .strict(),
    result: returns<ActionEntry[]>(),
  },
  /** Meetings whose minutes word decisions Scrutineer did not read: the tracker may be missing their actions. */
  'actions.unreadDecisions': { input: z.object({ committeeId: id.optional() }).strict(), result: returns<UnreadDecisionsMeeting[]>() },
  'actions.get': { input: z.object({ id }).strict(), result: returns<ActionEntry>() },
  /** Status (one entry or many, from the dashboard) with a dated note in the log. */
  'actions.update': {
    input: z
      .object({ ids: z.array(id).min(1).max(500), status: z.enum(['open', 'in-progress', 'done', 'dropped']).nullable(), note: z.string().max(4000).default('') })
      .strict(),
    result: returns<null>(),
  },
  /**
   * The member corrects what was read from the minutes: text, owner, due (YYYY-MM-DD or words), kind,
   * or kind 'noted' ("not an action": kept, left out of the tracker). Survives re-import and re-parse.
   */
  'actions.correct': {
    input: z
      .object({
        id,
        what: z.string().trim().min(1).max(4000).optional(),
        owner: z.string().trim().max(200).nullable().optional(),
        due: z.string().trim().max(200).nullable().optional(),
        kind: z.enum(['action', 'recommendation', 'noted']).optional(),
      })
      .strict(),
    result: returns<ActionEntry>(),
  },
  /**
   * The member checked an entry read from the minutes against its minute: what it says, its owner, due date and kind
   * are kept as they stand (theirs from now on, like a correction). Returns the entry.
   */
  'actions.check': { input: z.object({ id }).strict(), result: returns<ActionEntry>() },
  'actions.add': {
    input: z
      .object({
        committeeId: id,
        meetingId: id.optional(),
        /** The item it comes from (with meetingId), when added from a sentence of its minutes. */
        itemId: id.optional(),
        kind: z.enum(['action', 'recommendation']),
        what: z.string().trim().min(1).max(4000),
        owner: z.string().max(200).optional(),
        due: z.string().max(100).optional(),
        recommendedTo: z.string().max(200).optional(),
        /** The sentence of the minutes it was added from, as printed (kept as its minute). */
        minuteText: z.string().trim().min(1).max(4000).optional(),
      })
      .strict(),
    result: returns<{ id: number }>(),
  },
  'actions.addEvidence': {
    input: z.object({ id, kind: z.enum(['minute', 'paper', 'note']), text: z.string().trim().min(1).max(4000) }).strict(),
    result: returns<null>(),
  },
  'actions.setResponse': {
    input: z
      .object({
        id,
        response: z.enum(['accepted', 'partly-accepted', 'rejected']).nullable().optional(),
        responseText: z.string().max(8000).nullable().optional(),
        implementation: z.enum(['not-started', 'in-progress', 'implemented', 'not-implemented']).nullable().optional(),
        reviewDate: isoDate.nullable().optional(),
      })
      .strict(),
    result: returns<null>(),
  },
  'actions.proposals': { input: z.object({ meetingId: id.optional(), committeeId: id.optional() }).strict(), result: returns<FollowUpProposal[]>() },
  'actions.confirmProposal': {
    input: z.object({ id, status: z.enum(['open', 'in-progress', 'done', 'dropped']), note: z.string().max(4000).default('') }).strict(),
    result: returns<null>(),
  },
  'actions.rejectProposal': { input: z.object({ id }).strict(), result: returns<null>() },
  'actions.dashboard': { input: z.object({ committeeId: id.optional() }).strict(), result: returns<Dashboard>() },
  /** Exports of the (filtered) tracker: CSV, ICS or the action log in Word. */
  'actions.export': {
    input: z
      .object({
        format: z.enum(['csv', 'ics', 'docx']),
        committeeId: id.optional(),
        status: z.enum(['open', 'in-progress', 'done', 'dropped', 'overdue']).optional(),
        owner: z.string().max(200).optional(),
        kind: z.enum(['action', 'recommendation']).optional(),
        /** Entries on exempt items are left out unless the member confirmed including them. */
        includeConfidential: z.boolean().optional(),
      })
      .strict(),
    result: returns<ExportFile>(),
  },
  /** Parse without storing: what `parse-minutes` prints, for a file the user picks. */
  'minutes.parse': {
    input: z
      .object({ name: fileName, data: fileBytes })
      .strict(),
    result: returns<ParsedMinutes>(),
  },
  // Annotations: highlights, notes and questions on papers, pages, items and meetings.
  /**
   * A highlight, note or question on the passage the member selected (`quote`, as pdf.js gave it:
   * main finds it in the stored page text), or without `quote` a note on the whole page.
   */
  'annotations.create': {
    input: z
      .object({
        documentId: id,
        versionId: id,
        kind: annotationKind,
        colour: annotationColour.optional(),
        body: annotationBody.optional(),
        tags: annotationTags.optional(),
        pageNumber: pageNumber,
        quote: textQuote.optional(),
        rects: annotationRects.optional(),
      })
      .strict(),
    result: returns<Annotation>(),
  },
  /** A note or question on a whole page, an agenda item or a meeting. */
  'annotations.createForTarget': {
    input: z.discriminatedUnion('target', [
      z.object({ target: z.literal('page'), documentId: id, versionId: id, pageNumber, kind: z.enum(['note', 'question']), colour: annotationColour.optional(), body: annotationBody.optional(), tags: annotationTags.optional() }).strict(),
      z.object({ target: z.literal('item'), itemId: id, kind: z.enum(['note', 'question']), colour: annotationColour.optional(), body: annotationBody.optional(), tags: annotationTags.optional() }).strict(),
      z.object({ target: z.literal('meeting'), meetingId: id, kind: z.enum(['note', 'question']), colour: annotationColour.optional(), body: annotationBody.optional(), tags: annotationTags.optional() }).strict(),
    ]),
    result: returns<Annotation>(),
  },
  'annotations.update': {
    input: z.object({ id, body: annotationBody.optional(), colour: annotationColour.optional(), tags: annotationTags.optional(), asked: z.boolean().optional() }).strict(),
    result: returns<Annotation>(),
  },
  /** Soft delete; `annotations.restore` is its undo. */
  'annotations.delete': { input: z.object({ id }).strict(), result: returns<Annotation>() },
  'annotations.restore': { input: z.object({ id }).strict(), result: returns<Annotation>() },
  /** In reading order (paper, page, offset). */
  'annotations.list': {
    input: z
      .object({
        documentId: id.optional(),
        versionId: id.optional(),
        meetingId: id.optional(),
        kind: annotationKind.optional(),
        tag: z.string().trim().min(1).max(60).optional(),
        colour: annotationColour.optional(),
        status: z.enum(['anchored', 'orphaned', 'dismissed']).optional(),
      })
      .strict(),
    result: returns<Annotation[]>(),
  },
  /** Per agenda item: highlights, notes, questions (and not yet asked). */
  'annotations.counts': { input: z.object({ meetingId: id }).strict(), result: returns<ItemAnnotationCounts[]>() },
  /** Orphans: annotations whose passage a revised version no longer has (with confidence). */
  'annotations.needsAttention': { input: z.object({ meetingId: id.optional() }).strict(), result: returns<Annotation[]>() },
  /** The member re-attaches an annotation (usually an orphan) to a passage; its identity is kept. */
  'annotations.reattach': {
    input: z.object({ id, versionId: id, pageNumber, quote: textQuote, rects: annotationRects.optional() }).strict(),
    result: returns<Annotation>(),
  },
  'annotations.dismiss': { input: z.object({ id }).strict(), result: returns<Annotation>() },
  /** For an annotation that needs attention: the closest passage in its paper's current version (accepted with reattach). */
  'annotations.suggest': { input: z.object({ id }).strict(), result: returns<PassageSuggestion>() },
  /** Every annotation of a meeting in agenda order, with the orphans of all its papers. */
  'annotations.meeting': { input: z.object({ meetingId: id }).strict(), result: returns<MeetingAnnotationsView>() },
  /** The member's questions and notes for a meeting in agenda order. */
  'annotations.brief': { input: z.object({ meetingId: id }).strict(), result: returns<MeetingBrief>() },
  /** The same brief as a Word document. */
  'annotations.briefDocx': {
    // Notes on confidential papers and exempt items are left out unless the member confirmed including them.
    input: z.object({ meetingId: id, includeConfidential: z.boolean().optional() }).strict(),
    result: returns<ExportFile>(),
  },
  /** Every annotation as a W3C Web Annotation collection (a JSON-LD file). */
  'annotations.exportJsonLd': { input: z.object({ includeConfidential: z.boolean().optional() }).strict(), result: returns<ExportFile>() },
  /** Re-creates annotations from an export; idempotent by uuid. */
  'annotations.importJsonLd': {
    input: z.object({ json: z.string().min(2).max(MAX_IMPORT_BYTES) }).strict(),
    result: returns<AnnotationImportResult>(),
  },
  /** Declarations of interest: the member's register (personal data: kept in the local database only). */
  'interests.list': { input: z.object({}).strict(), result: returns<RegisterView>() },
  'interests.save': { input: interestDraftInput, result: returns<InterestView>() },
  'interests.delete': { input: z.object({ interestId: id }).strict(), result: returns<null>() },
  /** "My name" (as the minutes print it) and the date the member took office. */
  'interests.saveProfile': { input: profileInput, result: returns<MemberProfile>() },
  /** Possible interests in a meeting's items and papers, with the dismissed ones kept apart. */
  'interests.warnings': { input: z.object({ meetingId: id }).strict(), result: returns<MeetingWarnings>() },
  'interests.dismissWarning': { input: dismissInput, result: returns<null>() },
  'interests.restoreWarning': {
    input: z.object({ meetingId: id, interestId: id, itemId: id.nullable() }).strict(),
    result: returns<null>(),
  },
  'interests.declarations.save': { input: myDeclarationInput, result: returns<MyDeclarationView>() },
  'interests.declarations.list': { input: z.object({ meetingId: id.optional() }).strict(), result: returns<MyDeclarationView[]>() },
  'interests.declarations.delete': { input: z.object({ declarationId: id }).strict(), result: returns<null>() },
  'interests.declarations.slip': { input: z.object({ declarationId: id }).strict(), result: returns<DeclarationSlip>() },
  /** Everyone's declarations from the minutes, by member, subject and meeting; and mine against my register. */
  'interests.everyone': { input: z.object({ query: z.string().max(200).optional() }).strict(), result: returns<EveryoneDeclarations>() },
  /** The register as a Word document and both histories of declarations as CSV (like every export, an ExportFile). */
  'interests.exportRegisterDocx': { input: z.object({}).strict(), result: returns<ExportFile>() },
  'interests.exportDeclarationsCsv': { input: z.object({}).strict(), result: returns<ExportFile>() },
  // Council sync: follow a council's ModernGov site and keep its committees' papers offline.
  /** Connects a council by its ModernGov site address (https only): checks the web service answers and keeps its committee list. */
  'sync.addCouncil': {
    input: z.object({ url: z.string().trim().min(1).max(500), name: z.string().trim().max(120).optional(), syncFrom: isoDate.optional() }).strict(),
    result: returns<SyncCouncilView>(),
  },
  'sync.councils': { input: z.object({}).strict(), result: returns<SyncCouncilView[]>() },
  /** A connected council's committees; `refresh` asks its site for the list again. */
  'sync.committees': { input: z.object({ councilId: id, refresh: z.boolean().optional() }).strict(), result: returns<SyncCommitteeView[]>() },
  /** Follow (sync) a committee or stop following it (what is stored stays), and say whether the member sits on it. */
  'sync.follow': { input: z.object({ committeeId: id, follow: z.boolean(), mine: z.boolean().optional() }).strict(), result: returns<SyncCommitteeView>() },
  /** Starts a sync of the followed committees (or one council or committee); progress comes as 'sync.progress' events. `wait` returns the report. */
  'sync.run': {
    input: z.object({ jobId: jobId.optional(), councilId: id.optional(), committeeId: id.optional(), wait: z.boolean().optional(), background: z.boolean().optional() }).strict(),
    result: returns<{ jobId: string; alreadyRunning: boolean; report: SyncReport | null }>(),
  },
  /** Stops the running sync; every meeting finished before that is kept. */
  'sync.cancel': { input: z.object({ jobId: jobId.optional() }).strict(), result: returns<{ cancelled: boolean }>() },
  'sync.status': { input: z.object({}).strict(), result: returns<SyncStatus>() },
  // Sharing the member's own work between their devices through a CouchDB server (main/share).
  /** Connects this device (https only; plain http to 127.0.0.1 only). The password may come from SCRUTINEER_SHARE_PASSWORD or the device's vault instead; the passphrase never leaves the device. */
  'share.connect': {
    input: z
      .object({
        url: z.string().trim().min(1).max(500),
        user: z.string().trim().min(1).max(200),
        password: z.string().max(500).optional(),
        passphrase: z.string().min(8).max(1000),
      })
      .strict(),
    result: returns<ShareDatabaseView>(),
  },
  /** Starts a run (one at a time); progress comes as 'share.progress' events. `wait` returns the report. */
  'share.run': {
    input: z.object({ wait: z.boolean().optional(), background: z.boolean().optional() }).strict(),
    result: returns<{ jobId: string; alreadyRunning: boolean; report: ShareRunReportView | null }>(),
  },
  'share.status': { input: z.object({}).strict(), result: returns<ShareStatusView>() },
  /** Stops sharing on this device (after any run in progress); nothing in the library changes. */
  'share.disconnect': { input: z.object({}).strict(), result: returns<null>() },
  /** Notes with two versions written at once on different devices. */
  'share.conflicts': { input: z.object({}).strict(), result: returns<ShareConflictView[]>() },
  /** The member's choice or merged text for a note with two versions. */
  'share.resolveConflict': { input: z.object({ docId: z.string().min(1).max(200), text: z.string().max(100_000) }).strict(), result: returns<null>() },
  // A committee's shared action log (main/share/committee.ts): members read, the chair and named officers write, the server enforces it.
  /** Connects a committee of this library to its database on the server (which must hold the _design/scrutineer rules). */
  'share.committeeConnect': {
    input: z
      .object({
        url: z.string().trim().min(1).max(500),
        user: z.string().trim().min(1).max(200),
        password: z.string().max(500).optional(),
        committeeId: id,
        dbName: z.string().trim().min(1).max(238).optional(),
      })
      .strict(),
    result: returns<ShareDatabaseView>(),
  },
  /** Runs one committee's log (or all, with the member's own database, like share.run). `includeExempt`: this run's explicit choice to send entries from exempt items. */
  'share.committeeRun': {
    input: z.object({ committeeId: id.optional(), includeExempt: z.boolean().optional(), wait: z.boolean().optional() }).strict(),
    result: returns<{ jobId: string; alreadyRunning: boolean; report: ShareRunReportView | null }>(),
  },
  'share.committeeDisconnect': { input: z.object({ committeeId: id }).strict(), result: returns<null>() },
  /** Entries of the committee from exempt (confidential) items: never sent unless chosen. */
  'share.committeeHeldBack': { input: z.object({ committeeId: id }).strict(), result: returns<ShareHeldBackView[]>() },
  /** The member's explicit choice for one entry from an exempt item. */
  'share.committeeChooseExempt': { input: z.object({ entryId: id, send: z.boolean() }).strict(), result: returns<null>() },
  /** Changes the committee's server refused, with what was tried and why. */
  'share.committeeRefusals': { input: z.object({}).strict(), result: returns<ShareRefusalView[]>() },
  'share.committeeDismissRefusal': { input: z.object({ id }).strict(), result: returns<null>() },
  /** The design document (validate_doc_update) and an example _security for the server's administrator. */
  'share.committeeDesign': { input: z.object({}).strict(), result: returns<{ designDoc: Record<string, unknown>; security: Record<string, unknown> }>() },
  // Backups and recovery (main/backup).
  /** The backups in the library's own backups folder, newest first, each previewed from its own file. */
  'backup.list': { input: z.object({}).strict(), result: returns<BackupSummary[]>() },
  'backup.now': { input: z.object({}).strict(), result: returns<BackupSummary>() },
  /** Replaces the library with a backup from its own folder, by name (never a path); a safety backup is taken first. */
  'backup.restore': { input: z.object({ id: backupId }).strict(), result: returns<RestoreOutcome>() },
  /** Everything, in open formats, as a zip: JSON of every table, the PDFs, annotations as W3C JSON-LD. */
  'backup.exportEverything': { input: z.object({ includeConfidential: z.boolean() }).strict(), result: returns<ExportFile>() },
  /** Whether the library opened; when its file is damaged, the message and the newest good backup to offer. */
  'backup.startupState': { input: z.object({}).strict(), result: returns<StartupState>() },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.infer<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['result'];
export const methods = Object.keys(contract) as Method[];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** Events pushed from main to the renderer. */
export interface Events {
  /** Files were imported outside the renderer's own calls (menu, drop); lists the outcomes. */
  'library.imported': { outcomes: ImportOutcome[] };
  /** Progress of a long import (a PDF's pages), for the job id the renderer chose. */
  'import.progress': { jobId: string; fileName: string; done: number; total: number };
  /** Progress of a council sync: per committee and meeting, then 'done' with the report. */
  'sync.progress': SyncProgress;
  /** Progress of sharing between devices, then 'done'. */
  'share.progress': ShareProgressView;
}
export type EventName = keyof Events;

/** The API object the renderer calls: one async function per method. */
export type Api = { [M in Method]: (input: Input<M>) => Promise<import('./result').Result<Output<M>>> };
