/**
 * Imports files chosen in main's own Import… dialog: each path is checked and read by
 * readImportFile, then handed to the importer (importFile bound to the store). Pure Node; the
 * importer is injected so this is tested without a database or the minutes parser.
 */
import type { ImportOutcome } from '../../shared/types/library';
import { displayName, readImportFile } from './import-path-check';

export type Importer = (name: string, bytes: Uint8Array) => Promise<ImportOutcome>;

/** More than this many files in one go is almost certainly a mistake; the rest are reported, not read. */
export const MAX_FILES_PER_IMPORT = 500;

export async function importPaths(paths: readonly unknown[], importer: Importer): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, filePath] of paths.entries()) {
    if (index >= MAX_FILES_PER_IMPORT) {
      outcomes.push({
        fileName: displayName(filePath),
        status: 'failed',
        meetingId: null,
        message: `Only ${MAX_FILES_PER_IMPORT} files can be imported at once; import this one again separately.`,
      });
      continue;
    }
    const read = await readImportFile(filePath);
    if (!read.ok) {
      outcomes.push({ fileName: read.name, status: 'failed', meetingId: null, message: read.reason });
      continue;
    }
    try {
      outcomes.push(await importer(read.name, read.bytes));
    } catch (error) {
      console.error('[import] failed:', error);
      outcomes.push({ fileName: read.name, status: 'failed', meetingId: null, message: 'Import failed; the details are in the log.' });
    }
  }
  return outcomes;
}
