/**
 * The one API contract. Each method is a name, a zod schema for its input and a result type.
 * The same table drives the Electron IPC handlers, the preload bridge, the preview HTTP bridge
 * and the renderer's client, so a new call is added here and nowhere else by hand.
 */
import { z } from 'zod';
import type { ParsedMinutes } from './types/minutes';
import type { CommitteeDetail, ImportOutcome, LibraryOverview, MeetingDetail } from './types/library';
import type { DocumentDetail, DocumentSummary, MeetingPapers, SearchResults } from './types/papers';

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

/** 60 MB: larger than any real minutes page or agenda pack we expect, small enough to refuse abuse. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** File contents: a Uint8Array (IPC and the preview bridge's wire format both deliver one) within the size cap. */
const fileBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'file contents (bytes)')
  .refine((d) => d.byteLength <= MAX_IMPORT_BYTES, 'file larger than 60 MB');

export const contract = {
  'library.overview': { input: z.object({}).strict(), result: returns<LibraryOverview>() },
  'library.committee': { input: z.object({ committeeId: id }).strict(), result: returns<CommitteeDetail>() },
  'library.meeting': { input: z.object({ meetingId: id }).strict(), result: returns<MeetingDetail>() },
  'library.setMyCommittee': {
    input: z.object({ committeeId: id, mine: z.boolean() }).strict(),
    result: returns<null>(),
  },
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
  /** The PDF bytes of one version, from the app's own store only. */
  'papers.file': { input: z.object({ versionId: id }).strict(), result: returns<Uint8Array>() },
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
      })
      .strict(),
    result: returns<SearchResults>(),
  },
  /** Parse without storing: what `parse-minutes` prints, for a file the user picks. */
  'minutes.parse': {
    input: z
      .object({ name: fileName, data: fileBytes })
      .strict(),
    result: returns<ParsedMinutes>(),
  },
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
}
export type EventName = keyof Events;

/** The API object the renderer calls: one async function per method. */
export type Api = { [M in Method]: (input: Input<M>) => Promise<import('./result').Result<Output<M>>> };
