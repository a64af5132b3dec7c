/**
 * The one shape every export takes on the API: a file to save, named and typed by main. Text exports
 * (CSV, iCalendar, JSON-LD) are UTF-8 bytes like the binary ones (Word, zip), so the renderer saves every
 * export with one function (renderer/ui/save-file.ts) and a test reads any of them back the same way.
 */
export interface ExportFile {
  /** A file name, not a path: "actions-2025-02-01.csv". */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The media types of the exports, one place for all of them. */
export const EXPORT_MIME = {
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jsonld: 'application/ld+json',
  zip: 'application/zip',
} as const;

export type ExportFormat = keyof typeof EXPORT_MIME;

/** An export from its contents: text is encoded as UTF-8; the extension gives the media type. */
export function exportFile(baseName: string, format: ExportFormat, contents: string | Uint8Array): ExportFile {
  return {
    fileName: `${baseName}.${format}`,
    mimeType: EXPORT_MIME[format],
    bytes: typeof contents === 'string' ? new TextEncoder().encode(contents) : contents,
  };
}

/** A text export's contents (the inverse of exportFile for CSV, ICS and JSON-LD). */
export const exportText = (file: ExportFile): string => new TextDecoder().decode(file.bytes);

/** A file-name part from a title: "Cabinet, 4 March 2025" → "cabinet-4-march-2025". */
export const fileSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** Whether a value is an ExportFile (the preview bridge sends one's bytes raw, its name and type in a header). */
export const isExportFile = (value: unknown): value is ExportFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ExportFile).fileName === 'string' &&
  typeof (value as ExportFile).mimeType === 'string' &&
  (value as ExportFile).bytes instanceof Uint8Array &&
  Object.keys(value).length === 3;

/** The header that carries an export's name and media type beside its raw bytes on the preview bridge. */
export const EXPORT_HEADER = 'X-Scrutineer-Export';
