/**
 * What the reader shows while the PDF opens: the picture of the first page made at import, laid out
 * where pdf.js will draw that page (the toolbar's row, the sidebar's width, the page at "auto" zoom),
 * so the member reads the front sheet at once and nothing moves when the real page replaces it.
 * Without a picture (an older import, or a reader opened at a later page) it says the document is opening.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { SIDEBAR_FROM, scaleFor } from './pages';
import { markFirstPageShown } from './perf';
import { PADDING } from './usePagePosition';

export interface OpeningPicture {
  url: string;
  pageWidth: number;
  pageHeight: number;
}

export function OpeningView({ picture }: { picture: OpeningPicture | null }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  const shown = picture !== null;
  // Measured once the pages' box is there (the view may mount before its picture has arrived).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) setBox({ width: el.clientWidth - 2 * PADDING, height: el.clientHeight - 2 * PADDING });
  }, [shown]);
  if (!picture) {
    return (
      <p className="reader__message" role="status">
        Opening the document…
      </p>
    );
  }
  const sidebar = window.innerWidth >= SIDEBAR_FROM;
  const scale = box ? scaleFor('auto', { width: picture.pageWidth, height: picture.pageHeight }, box) : null;
  return (
    <div className={sidebar ? 'reader__layout reader__layout--sidebar' : 'reader__layout'}>
      {/* The toolbar's row, kept empty: the real one comes with the document. */}
      <div className="reader__toolbar reader__toolbar--opening" aria-hidden="true">
        <span className="tool reader__toolbar-spacer">&nbsp;</span>
      </div>
      <p className="visually-hidden" role="status">
        Opening the document…
      </p>
      <div className="reader__body">
        {sidebar && <div className="sidebar" aria-hidden="true" />}
        <div ref={scrollRef} className="reader__scroll reader__scroll--opening">
          {scale !== null && (
            <div className="reader__slot" style={{ top: PADDING }}>
              <img
                className="reader__page reader__opening-page"
                src={picture.url}
                alt=""
                width={Math.floor(picture.pageWidth * scale)}
                height={Math.floor(picture.pageHeight * scale)}
                onLoad={markFirstPageShown}
              />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
