import type { ImportOutcome } from '../../shared/types/library';
import type { ParsedMinutes } from '../../shared/types/minutes';
import { MinutesFormatError, detectMinutesKind, parseMinutes } from '../minutes';
import { MINUTES_PARSER_VERSION } from '../minutes/version';
import { PdfError, extractPdfText } from '../papers/pdf-text';
import { putBlob, sha256 } from '../store/blobs';
import type { Store } from '../store/database';
import { decodeText, isPdf } from './decode';
import { ImportError } from './errors';
import { writeMeeting } from './meeting-writer';

export interface ReadMinutes {
  parsed: ParsedMinutes;
  inputKind: string;
}

/** Turns a file's bytes into the minutes contract: PDF text in a worker, text decoded, kind detected. */
export async function readMinutes(fileName: string, bytes: Uint8Array): Promise<ReadMinutes> {
  let text: string;
  if (isPdf(bytes)) {
    const { pages } = await extractPdfText(bytes);
    if (pages.length === 0) throw new ImportError('The PDF has no pages.');
    text = pages.join('\f');
    if (text.replace(/\f/g, '').trim() === '') {
      throw new ImportError('The PDF has no text layer (it may be a scan), so its minutes cannot be read.');
    }
  } else {
    text = decodeText(bytes);
  }
  const inputKind = isPdf(bytes) ? 'pdf-text' : detectMinutesKind(fileName, text);
  const parsed = parseMinutes(isPdf(bytes) ? `${fileName}.pdf-text` : fileName, text);
  if (parsed.items.length === 0 && !parsed.committee && !parsed.date) {
    throw new ImportError('No meeting, agenda item or minutes were found in the file.');
  }
  return { parsed, inputKind };
}

function failure(fileName: string, error: unknown): ImportOutcome {
  const known = error instanceof ImportError || error instanceof MinutesFormatError || error instanceof PdfError;
  const message = known ? (error as Error).message : `Import failed: ${(error as Error)?.message ?? String(error)}`;
  return { fileName, status: 'failed', meetingId: null, message };
}

/**
 * Imports one file. The same bytes twice change nothing (unless the parser has improved since);
 * a newer copy of a known meeting updates it in place. All database writes are one transaction.
 */
export async function importFile(store: Store, fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  try {
    const hash = sha256(bytes);
    const known = store.db.prepare('SELECT meeting_id, parser_version FROM imports WHERE sha256 = ?').get(hash) as
      | { meeting_id: number; parser_version: number }
      | undefined;
    if (known && known.parser_version >= MINUTES_PARSER_VERSION) {
      return { fileName, status: 'unchanged', meetingId: known.meeting_id, message: 'Already in the library; nothing changed.' };
    }
    const { parsed, inputKind } = await readMinutes(fileName, bytes);
    putBlob(store.dataDir, bytes);
    const { meetingId, existed } = store.db.transaction(() =>
      writeMeeting(store.db, parsed, {
        fileName,
        sha256: hash,
        byteSize: bytes.byteLength,
        inputKind,
        parserVersion: MINUTES_PARSER_VERSION,
      }),
    )();
    const items = `${parsed.items.length} item${parsed.items.length === 1 ? '' : 's'}`;
    return existed
      ? { fileName, status: 'updated', meetingId, message: `Updated the meeting (${items}).` }
      : { fileName, status: 'imported', meetingId, message: `Imported ${items}.` };
  } catch (error) {
    return failure(fileName, error);
  }
}
