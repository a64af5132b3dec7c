/** Opens a version's PDF by ranges from its opening, and reads page 1's size (every placeholder takes it until its own page is drawn). */
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FileOpening } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { resetFirstDrawn } from './PdfPage';
import { openPdfByRanges } from './pdfjs';
import { readerMark } from './perf';

export interface PageSize {
  width: number;
  height: number;
}

export type OpenedPdf = { status: 'opening' } | { status: 'failed' } | { status: 'open'; pdf: PDFDocumentProxy; firstPage: PageSize };

/** Reads bytes of a version's file from main (which holds the decrypted file while it is read). */
export function versionRangeReader(versionId: number) {
  return async (begin: number, end: number): Promise<Uint8Array> => {
    const result = await api['papers.fileRange']({ versionId, begin, end });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
}

/** The PDF opened from its opening; null while the opening is on its way (still 'opening'). */
export function useOpenedPdf(opening: FileOpening | null): OpenedPdf {
  const [opened, setOpened] = useState<OpenedPdf>({ status: 'opening' });
  useEffect(() => {
    if (!opening) return;
    resetFirstDrawn();
    const task = openPdfByRanges(opening, versionRangeReader(opening.versionId));
    let current = true;
    task.promise
      .then(async (pdf) => {
        readerMark('pdf-loaded');
        const page = await pdf.getPage(1);
        const viewport = page.getViewport({ scale: 1 });
        if (current) setOpened({ status: 'open', pdf, firstPage: { width: viewport.width, height: viewport.height } });
      })
      .catch(() => {
        if (current) setOpened({ status: 'failed' });
      });
    return () => {
      current = false;
      void task.destroy();
    };
  }, [opening]);
  return opened;
}
