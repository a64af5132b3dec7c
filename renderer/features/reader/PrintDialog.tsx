/**
 * Print selected pages: the member names the pages ("3–7, 9"), each is drawn to an image at print
 * resolution in a container only print media shows, and the system print dialog opens. The rest of
 * the app is hidden when printing (see @media print in reader.css).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Button } from '../../ui/Button';
import { formatPageRanges, parsePageRanges } from './pages';

/** 150 dpi: sharp on paper, modest in memory. PDF units are 72 to the inch. */
const PRINT_SCALE = 150 / 72;

async function renderPageImage(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: PRINT_SCALE });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport, background: '#ffffff' }).promise;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The page could not be drawn.');
  return URL.createObjectURL(blob);
}

export function PrintDialog({
  pdf,
  currentPage,
  open,
  onClose,
}: {
  pdf: PDFDocumentProxy;
  currentPage: number;
  open: boolean;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [pages, setPages] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [images, setImages] = useState<string[]>([]);
  const busy = status !== null;
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setPages(String(currentPage));
      setError(null);
      dialog.showModal();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, currentPage]);

  // Print once the images are in the document and decoded; tidy up afterwards.
  useEffect(() => {
    if (images.length === 0) return;
    let cancelled = false;
    const container = document.querySelector('.print-pages');
    const decoded = [...(container?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => undefined));
    void Promise.all(decoded).then(() => {
      if (cancelled) return;
      setStatus(null);
      dialogRef.current?.close();
      onClose();
      const tidy = () => {
        for (const url of images) URL.revokeObjectURL(url);
        setImages([]);
      };
      // Chromium's print() returns once the dialog closes; afterprint covers the platforms where it does not.
      window.addEventListener('afterprint', tidy, { once: true });
      window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [images, onClose]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePageRanges(pages, pdf.numPages);
    if (!parsed.ok) {
      setError(parsed.message);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    const urls: string[] = [];
    try {
      for (const [i, page] of parsed.pages.entries()) {
        setStatus(`Preparing page ${i + 1} of ${parsed.pages.length}…`);
        urls.push(await renderPageImage(pdf, page));
      }
    } catch {
      for (const url of urls) URL.revokeObjectURL(url);
      setStatus(null);
      setError('Scrutineer could not prepare these pages for printing.');
      return;
    }
    setStatus(`Printing pages ${formatPageRanges(parsed.pages)}…`);
    setImages(urls);
  };

  return (
    <>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
        <form onSubmit={submit} className="dialog__form">
          <h2 id={`${id}-title`} className="dialog__title">
            Print pages
          </h2>
          <label htmlFor={`${id}-pages`} className="field__label">
            Pages to print
          </label>
          <p id={`${id}-hint`} className="field__hint">
            For example 3–7, 9. This document has {pdf.numPages} pages.
          </p>
          <input
            ref={inputRef}
            id={`${id}-pages`}
            className="field__input"
            value={pages}
            onChange={(e) => setPages(e.currentTarget.value)}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            disabled={busy}
          />
          {error && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          )}
          <p className="dialog__status" role="status">
            {status ?? ''}
          </p>
          <div className="dialog__actions">
            <Button type="submit" disabled={busy}>
              Print
            </Button>
            <Button variant="quiet" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
          </div>
        </form>
      </dialog>
      {images.length > 0 &&
        createPortal(
          <div className="print-pages" aria-hidden="true">
            {images.map((url) => (
              <img key={url} src={url} alt="" />
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
