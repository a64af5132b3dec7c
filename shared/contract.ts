/**
 * The one API contract. Each method is a name, a zod schema for its input and a result type.
 * The same table drives the Electron IPC handlers, the preload bridge, the preview HTTP bridge
 * and the renderer's client, so a new call is added here and nowhere else by hand.
 */
import { z } from 'zod';
import type { ParsedMinutes } from './types/minutes';
import type { CommitteeDetail, ImportOutcome, LibraryOverview, MeetingDetail } from './types/library';

/** Phantom marker carrying a method's result type; it has no runtime content. */
const returns = <T>() => undefined as unknown as T;

const id = z.number().int().positive();
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
  /** Import one file's bytes (the renderer reads them from a picked or dropped File). */
  'import.file': {
    input: z
      .object({
        name: fileName,
        data: fileBytes,
      })
      .strict(),
    result: returns<ImportOutcome>(),
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
  /** The application menu's Import… was chosen; the renderer opens its file picker. */
  'menu.import': Record<string, never>;
  /** Files were imported outside the renderer's own calls (menu, drop); lists the outcomes. */
  'library.imported': { outcomes: ImportOutcome[] };
}
export type EventName = keyof Events;

/** The API object the renderer calls: one async function per method. */
export type Api = { [M in Method]: (input: Input<M>) => Promise<import('./result').Result<Output<M>>> };
