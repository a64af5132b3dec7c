/**
 * The highlights on one reader page, drawn over the canvas (under the pointer: pointer-events none,
 * so the text stays selectable). Annotations moved to a new version (rects stale) or without rects
 * are found by their quote in the page's text layer once it is drawn. A passage running over
 * several pages is drawn on each, from its rects for that page or its part of the quote there.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Annotation, AnnotationRect } from '../../../shared/types/annotations';
import { rectsForQuote } from './dom';
import { COLOUR_FILL } from './geometry';
import { coversPage, quoteOnPage, rectsOnPage } from './listing';
import { getAnnotationsState, useAnnotations } from './state';
import './annotations.css';

/** Its rects on this page are not known (moved to a new version, or none were sent): find the passage in the text layer. */
const needsLocating = (a: Annotation, page: number) => a.rectsStale || rectsOnPage(a, page).length === 0;

export function PageAnnotations({ pageNumber, scale }: { pageNumber: number; scale: number }) {
  const { annotations } = useAnnotations();
  const [drawn, setDrawn] = useState<{ host: HTMLElement; located: Map<number, AnnotationRect[]> } | null>(null);
  const here = annotations.filter((a) => coversPage(a, pageNumber) && a.target === 'text' && a.quote);
  const hereKey = here.map((a) => `${a.id}:${a.updatedAt}`).join(',');

  // The page element is drawn by PdfPage beside this component, in the same slot. Highlights without
  // usable rects are found in its text layer, again whenever the text layer is (re)drawn.
  useEffect(() => {
    const host = document.querySelector<HTMLElement>(`#reader-pages [data-page="${pageNumber}"] .pdf-page`);
    if (!host) return;
    const locate = () => {
      const located = new Map<number, AnnotationRect[]>();
      for (const a of getAnnotationsState().annotations) {
        if (!coversPage(a, pageNumber) || !needsLocating(a, pageNumber)) continue;
        const exact = quoteOnPage(a, pageNumber);
        if (exact) located.set(a.id, rectsForQuote(host, exact, scale));
      }
      setDrawn({ host, located });
    };
    let timer = 0;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(locate, 50);
    };
    const frame = requestAnimationFrame(locate);
    const ours = (node: Node) => node instanceof Element && node.closest('.annotation-overlay') !== null;
    // Our own overlay changing is not a reason to look again (that would never settle).
    const observer = new MutationObserver((records) => {
      if (records.every((r) => ours(r.target) || [...r.addedNodes, ...r.removedNodes].every(ours))) return;
      later();
    });
    observer.observe(host, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pageNumber, scale, hereKey]);

  const host = drawn?.host;
  const located = drawn?.located ?? new Map<number, AnnotationRect[]>();
  if (!host || here.length === 0) return null;
  const rectsOf = (a: Annotation) => (needsLocating(a, pageNumber) ? (located.get(a.id) ?? []) : rectsOnPage(a, pageNumber));
  return createPortal(
    <div className="annotation-overlay" aria-hidden="true">
      {here.flatMap((a) =>
        rectsOf(a).map((r, i) => (
          <div
            key={`${a.id}-${i}`}
            className={`annotation-mark annotation-mark--${a.kind}`}
            data-annotation-id={a.id}
            style={{ left: r.x * scale, top: r.y * scale, width: r.w * scale, height: r.h * scale, background: COLOUR_FILL[a.colour] }}
          />
        )),
      )}
    </div>,
    host,
  );
}
