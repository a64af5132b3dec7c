/** Text of a minutes file → the minutes contract. Pure: it runs in-process for small files and in a worker for large ones (parse-off-thread.ts). */
import type { ParsedMinutes } from '../../shared/types/minutes';
import { type Attendee, detectMinutesKind, parseMinutesDetailed } from '../minutes';
import { ImportError } from './errors';

export interface ReadMinutesFile {
  parsed: ParsedMinutes;
  attendance: Attendee[];
  inputKind: string;
}

/** Text files (and PDF text already extracted) → the minutes contract. */
export function parseMinutesFile(fileName: string, text: string, fromPdf: boolean): ReadMinutesFile {
  const inputKind = fromPdf ? 'pdf-text' : detectMinutesKind(fileName, text);
  const { minutes: parsed, attendance } = parseMinutesDetailed(fromPdf ? `${fileName}.pdf-text` : fileName, text);
  if (parsed.items.length === 0 && !parsed.committee && !parsed.date) {
    throw new ImportError('No meeting, agenda item or minutes were found in the file.');
  }
  return { parsed, attendance, inputKind };
}
