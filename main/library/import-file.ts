import type { ImportOutcome } from '../../shared/types/library';
import type { ParsedMinutes } from '../../shared/types/minutes';
import { type Attendee, MinutesFormatError } from '../minutes';
import { MINUTES_PARSER_VERSION } from '../minutes/version';
import { classifyPdf, cleanPageText, documentTitle } from '../papers/classify';
import { matchCommittee, matchMeeting, readFrontPage } from '../papers/match-meeting';
import { type PagePicture, PdfError, extractPdfText } from '../papers/pdf-text';
import { savePicture } from '../papers/pictures';
import { findVersionBySha, writeVersion } from '../papers/store';
import { putBlob, readBlob, sha256 } from '../store/blobs';
import type { Store } from '../store/database';
import { isDiskFull } from '../store/errors';
import { decodeText, isPdf } from './decode';
import { ImportError } from './errors';
import { type IngestResult, ingestMeeting } from './ingest';
import type { Provenance } from './meeting-writer';
import { parseMinutesOffThread } from './parse-off-thread';
import { NotFoundError } from '../errors';
import { publish } from '../pipeline';

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  /** Attach a paper to this meeting (and item) instead of matching it from its front page. */
  meetingId?: number;
  itemNumber?: string;
}

export interface ImportControls {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function pdfPages(bytes: Uint8Array, controls: ImportControls, picture = false): Promise<{ pages: string[]; firstPagePicture: Promise<PagePicture | null> }> {
  const { pages, firstPagePicture } = await extractPdfText(bytes, { onPage: controls.onProgress, signal: controls.signal, picture });
  if (pages.length === 0) throw new ImportError('The PDF has no pages.');
  return { pages: pages.map(cleanPageText), firstPagePicture };
}

/**
 * The first page's picture, made while the text was read (it is optional: none is no error). It is
 * awaited before anything is written, so a cancel pressed while it is finished still keeps nothing.
 */
export function pictureUnlessCancelled(picture: Promise<PagePicture | null>, signal: AbortSignal | undefined): Promise<PagePicture | null> {
  if (!signal) return picture;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void picture.then((made) => {
      signal.removeEventListener('abort', onAbort);
      resolve(made);
    });
  });
}

/** Reads a file as the minutes contract without storing anything (`parse-minutes`). */
export async function readMinutes(fileName: string, bytes: Uint8Array): Promise<{ parsed: ParsedMinutes; attendance: Attendee[]; inputKind: string }> {
  if (!isPdf(bytes)) return parseMinutesOffThread(fileName, decodeText(bytes), false);
  const { pages } = await pdfPages(bytes, {});
  if (pages.every((p) => p.trim() === '')) throw new ImportError('The PDF has no text layer (it may be a scan), so its minutes cannot be read.');
  return parseMinutesOffThread(fileName, pages.join('\f'), true);
}

function storeMinutes(
  store: Store,
  read: { parsed: ParsedMinutes; attendance: Attendee[] },
  source: Provenance,
  pdfPagesText?: string[],
): IngestResult {
  return store.db.transaction(() =>
    ingestMeeting(store.db, {
      parsed: read.parsed,
      attendance: read.attendance,
      source,
      document: read.parsed.document === 'agenda' ? 'agenda' : 'minutes',
      origin: 'import',
      pdfPages: pdfPagesText,
    }),
  )();
}

function outcome(fileName: string, result: IngestResult, extra = ''): ImportOutcome {
  return {
    fileName,
    status: result.status,
    meetingId: result.meetingId,
    message: `${result.message}${extra}`,
    needsCheck: result.needsCheck !== null,
  };
}

/** The meeting a paper belongs to: as asked, else from its front page, else a new meeting of a known committee. */
function meetingForPaper(store: Store, request: ImportRequest, pages: string[]): { meetingId: number | null; itemId: number | null } {
  const db = store.db;
  if (request.meetingId !== undefined) {
    if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(request.meetingId)) throw new NotFoundError('That meeting is not in the library.');
    const itemId = request.itemNumber
      ? ((db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ? AND withdrawn_at IS NULL').pluck().get(request.meetingId, request.itemNumber) as number | undefined) ?? null)
      : null;
    if (request.itemNumber && itemId === null) throw new ImportError(`Item ${request.itemNumber} is not on that meeting's agenda.`);
    return { meetingId: request.meetingId, itemId };
  }
  const front = readFrontPage(pages);
  const matched = matchMeeting(db, front);
  if (matched) return { meetingId: matched, itemId: null };
  // A pack usually arrives a week before its minutes: file it under a new meeting of a committee we know.
  const committeeId = front.date ? matchCommittee(db, front) : null;
  if (committeeId && front.date) {
    const stamp = new Date().toISOString();
    db.prepare(
      `INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (committee_id, identity_key) DO NOTHING`,
    ).run(committeeId, `d:${front.date}`, front.date, stamp, stamp);
    const id = db.prepare('SELECT id FROM meetings WHERE committee_id = ? AND identity_key = ?').pluck().get(committeeId, `d:${front.date}`) as number;
    publish(db, 'meeting-scheduled', { committeeId });
    return { meetingId: id, itemId: null };
  }
  return { meetingId: null, itemId: null };
}

async function importPdf(store: Store, request: ImportRequest, hash: string, controls: ImportControls): Promise<ImportOutcome> {
  const { fileName, bytes } = request;
  const { pages, firstPagePicture } = await pdfPages(bytes, controls, true);
  controls.signal?.throwIfAborted();
  const kind = classifyPdf(fileName, pages);
  const hasText = pages.some((p) => p.trim() !== '');
  const source: Provenance = { fileName, sha256: hash, byteSize: bytes.byteLength, inputKind: 'pdf-text', parserVersion: MINUTES_PARSER_VERSION };

  if (kind === 'minutes' && hasText && request.meetingId === undefined) {
    try {
      const read = await parseMinutesOffThread(fileName, pages.join('\f'), true);
      const picture = await pictureUnlessCancelled(firstPagePicture, controls.signal);
      putBlob(store, bytes);
      const stored = storeMinutes(store, read, source, pages);
      if (picture) savePicture(store.db, hash, picture);
      return outcome(fileName, stored, ` (printed minutes, ${plural(pages.length, 'page')})`);
    } catch (error) {
      if (!(error instanceof MinutesFormatError || error instanceof ImportError)) throw error;
      // Not minutes after all: keep it as a paper, readable and searchable.
    }
  }

  const picture = await pictureUnlessCancelled(firstPagePicture, controls.signal);
  putBlob(store, bytes);
  const paperKind = kind === 'minutes' ? 'other' : kind;
  const { meetingId, version, reanchored } = store.db.transaction(() => {
    const target = meetingForPaper(store, request, pages);
    const written = writeVersion(store.db, {
      ...target,
      kind: paperKind,
      title: documentTitle(paperKind, fileName),
      sha256: hash,
      fileName,
      byteSize: bytes.byteLength,
      pages,
    });
    return { meetingId: target.meetingId, version: written.version, reanchored: written.reanchored };
  })();
  if (picture) savePicture(store.db, hash, picture);
  const notes = [plural(pages.length, 'page')];
  if (!hasText) notes.push('no text layer: not searchable');
  if (version > 1) notes.push(`version ${version}`);
  if (meetingId === null) notes.push('choose its meeting under "Papers to file"');
  const moved = annotationsMoved(reanchored);
  if (moved) notes.push(moved);
  return {
    fileName,
    status: version > 1 ? 'updated' : 'imported',
    meetingId,
    ...(reanchored && reanchored.moved + reanchored.orphaned > 0 ? { annotations: { moved: reanchored.moved, needAttention: reanchored.orphaned } } : {}),
    message: `${paperKind === 'pack' ? 'Agenda pack' : paperKind === 'supplement' ? 'Supplement' : 'Paper'}: ${notes.join('; ')}.`,

  };
}

/** "your 4 annotations: 3 moved to this version, 1 needs attention (…)", or null when there were none. */
export function annotationsMoved(r: { moved: number; orphaned: number } | null): string | null {
  if (!r || r.moved + r.orphaned === 0) return null;
  const total = r.moved + r.orphaned;
  const what = total === 1 ? 'your annotation' : `your ${total} annotations`;
  if (r.orphaned === 0) return `${what} moved to this version`;
  const attention = `${r.orphaned} ${r.orphaned === 1 ? 'needs' : 'need'} attention (the passage changed)`;
  return r.moved === 0 ? `${what}: ${attention}` : `${what}: ${r.moved} moved to this version, ${attention}`;
}

function failure(fileName: string, error: unknown): ImportOutcome {
  const known =
    error instanceof ImportError || error instanceof MinutesFormatError || error instanceof PdfError || error instanceof NotFoundError;
  const message = known
    ? (error as Error).message
    : isDiskFull(error)
      ? 'The disk is full, so this file was not imported; nothing already in the library was changed. Free some space and import it again.'
      : `Import failed: ${(error as Error)?.message ?? String(error)}`;
  return { fileName, status: 'failed', meetingId: null, message };
}

/**
 * Imports one file: minutes (HTML, text, ModernGov XML, printed-minutes PDF) into its meeting, or a
 * PDF paper (agenda pack, supplement, report) with its page text. The same bytes twice change
 * nothing; a newer copy of a known meeting or pack updates it in place. Each file's writes are one
 * transaction, made only after all its text was read, so a failed or cancelled import leaves nothing.
 */
export async function importFile(store: Store, request: ImportRequest, controls: ImportControls = {}): Promise<ImportOutcome> {
  const { fileName, bytes } = request;
  try {
    const hash = sha256(bytes);
    const known = store.db
      .prepare('SELECT i.meeting_id, i.parser_version, i.status, m.current_sha256 FROM imports i JOIN meetings m ON m.id = i.meeting_id WHERE i.sha256 = ?')
      .get(hash) as { meeting_id: number; parser_version: number; status: string; current_sha256: string | null } | undefined;
    // The same bytes again change nothing, unless the meeting no longer shows them (then they are applied again).
    if (known && known.parser_version >= MINUTES_PARSER_VERSION && (known.status === 'kept' || known.current_sha256 === hash || known.current_sha256 === null)) {
      return { fileName, status: 'unchanged', meetingId: known.meeting_id, message: 'Already in the library; nothing changed.' };
    }
    if (isPdf(bytes)) {
      const paper = findVersionBySha(store.db, hash);
      if (paper && !known) return { fileName, status: 'unchanged', meetingId: paper.meetingId, message: 'Already in the library; nothing changed.' };
      return await importPdf(store, request, hash, controls);
    }
    const read = await parseMinutesOffThread(fileName, decodeText(bytes), false);
    putBlob(store, bytes);
    return outcome(fileName, storeMinutes(store, read, { fileName, sha256: hash, byteSize: bytes.byteLength, inputKind: read.inputKind, parserVersion: MINUTES_PARSER_VERSION }));
  } catch (error) {
    if (controls.signal?.aborted) return { fileName, status: 'failed', meetingId: null, message: 'Cancelled; nothing was kept.' };
    return failure(fileName, error);
  }
}

/**
 * The member applies a version of a meeting's minutes that was kept (not applied) because it had
 * less in it than the copy shown: read again from the stored file and applied as it is.
 */
export async function applyStoredVersion(store: Store, meetingId: number, sha: string): Promise<ImportOutcome> {
  const row = store.db.prepare('SELECT file_name AS fileName, byte_size AS byteSize FROM imports WHERE meeting_id = ? AND sha256 = ?').get(meetingId, sha) as
    | { fileName: string; byteSize: number }
    | undefined;
  if (!row) throw new NotFoundError('That file is not one of this meeting’s sources.');
  const bytes = readBlob(store, sha);
  const fromPdf = isPdf(bytes);
  const pages = fromPdf ? (await pdfPages(bytes, {})).pages : undefined;
  const read = await parseMinutesOffThread(row.fileName, pages ? pages.join('\f') : decodeText(bytes), Boolean(pages));
  const source: Provenance = { fileName: row.fileName, sha256: sha, byteSize: row.byteSize, inputKind: read.inputKind, parserVersion: MINUTES_PARSER_VERSION };
  const result = store.db.transaction(() =>
    ingestMeeting(store.db, {
      parsed: read.parsed,
      attendance: read.attendance,
      source,
      document: read.parsed.document === 'agenda' ? 'agenda' : 'minutes',
      origin: 'import',
      meetingId,
      pdfPages: pages,
      force: true,
    }),
  )();
  return outcome(row.fileName, result);
}
