/**
 * Importing files: one at a time through `import.file`, with progress and a result per file.
 * Picked, dropped and menu-chosen files all come through importFiles().
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../kernel/limits';
import type { ImportOutcome } from '../../../shared/types/library';
import { api, onEvent } from '../../kernel/api';

export interface ImportProgress {
  /** 1-based number of the file being imported. */
  current: number;
  total: number;
  fileName: string;
  /** The id this file's import.file call carries, for its progress events and for cancelling it. */
  jobId: string;
  /** Pages read so far of a PDF, from `import.progress` events; null until the first arrives. */
  pages: { done: number; total: number } | null;
}

export interface Importer {
  progress: ImportProgress | null;
  results: ImportOutcome[];
  importFiles(files: Iterable<File>): void;
  /** Stops the file being imported and drops any still waiting. */
  cancel(): void;
  clearResults(): void;
}

/** A fresh job id: letters and digits only, as the contract asks. */
export function newJobId(): string {
  const random = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return random.replace(/[^A-Za-z0-9]/g, '').slice(0, 64) || String(Date.now());
}

export const ACCEPTED_FILES = '.html,.htm,.txt,.pdf,.xml';

/** The contract takes a file name, not a path, of 1–255 characters. */
function safeName(name: string): string {
  const base = name.replace(/[\\/\0]/g, '_').trim() || 'unnamed file';
  return base.length > 255 ? base.slice(0, 255) : base;
}

async function importOne(file: File, jobId: string): Promise<ImportOutcome> {
  const fileName = safeName(file.name);
  const failed = (message: string): ImportOutcome => ({ fileName, status: 'failed', meetingId: null, message });
  if (file.size > MAX_IMPORT_BYTES) return failed('The file is larger than 60 MB, so it was not imported.');
  let data: Uint8Array<ArrayBuffer>;
  try {
    data = new Uint8Array(await file.arrayBuffer());
  } catch {
    return failed('Scrutineer could not read the file. It may have been moved or deleted.');
  }
  const reply = await api['import.file']({ name: fileName, data, jobId });
  return reply.ok ? reply.value : failed(reply.error.message);
}

export function useImporter(onImported: () => void): Importer {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<ImportOutcome[]>([]);
  const queue = useRef<File[]>([]);
  const busy = useRef(false);
  const currentJob = useRef<string | null>(null);
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  }, [onImported]);

  const run = useCallback(async () => {
    busy.current = true;
    let done = 0;
    try {
      for (let file = queue.current.shift(); file; file = queue.current.shift()) {
        done += 1;
        const jobId = newJobId();
        currentJob.current = jobId;
        setProgress({ current: done, total: done + queue.current.length, fileName: safeName(file.name), jobId, pages: null });
        const outcome = await importOne(file, jobId);
        setResults((previous) => [...previous, outcome]);
      }
    } finally {
      busy.current = false;
      currentJob.current = null;
      setProgress(null);
      onImportedRef.current();
    }
  }, []);

  const importFiles = useCallback(
    (files: Iterable<File>) => {
      const list = [...files];
      if (list.length === 0) return;
      if (!busy.current) setResults([]);
      queue.current.push(...list);
      if (!busy.current) void run();
    },
    [run],
  );

  const clearResults = useCallback(() => setResults([]), []);

  const cancel = useCallback(() => {
    const jobId = currentJob.current;
    const dropped = queue.current.splice(0);
    if (dropped.length > 0) {
      setResults((previous) => [
        ...previous,
        ...dropped.map((f): ImportOutcome => ({ fileName: safeName(f.name), status: 'failed', meetingId: null, message: 'Not imported: the import was cancelled.' })),
      ]);
    }
    if (jobId) void api['import.cancel']({ jobId });
  }, []);

  // Pages read so far of the PDF being imported.
  useEffect(
    () =>
      onEvent('import.progress', ({ jobId, done, total }) => {
        if (jobId !== currentJob.current) return;
        setProgress((p) => (p && p.jobId === jobId ? { ...p, pages: { done, total } } : p));
      }),
    [],
  );

  // Files the desktop app imported itself (menu, drop on the window): show the outcomes and refresh.
  useEffect(
    () =>
      onEvent('library.imported', ({ outcomes }) => {
        setResults(outcomes);
        onImportedRef.current();
      }),
    [],
  );

  return { progress, results, importFiles, cancel, clearResults };
}
