/** The toolbar's page box: shows the page being read; type a number and press Enter to go there. */
import { useState, type CSSProperties } from 'react';
import { clampPage } from './pages';

export function PageBox({ currentPage, numPages, onGo }: { currentPage: number; numPages: number; onGo: (page: number) => void }) {
  const digits = Math.max(2, String(numPages).length);
  /**
   * What the member has typed and not yet gone to; null shows the current page, which follows scrolling
   * even while the box has focus (after Enter, focus stays here and the box keeps following the pages).
   */
  const [typed, setTyped] = useState<string | null>(null);
  const jump = () => {
    if (typed === null) return;
    const n = Number.parseInt(typed, 10);
    if (Number.isFinite(n)) onGo(clampPage(n, numPages));
    setTyped(null);
  };
  return (
    // "3 of 40" between the arrows, as PDF viewers show it; "Page" is the box's name and its tooltip.
    <div className="toolbar__page">
      <label htmlFor="reader-page" className="visually-hidden">
        Page
      </label>
      <input
        id="reader-page"
        title="Page: type a number and press Enter to go there"
        className="toolbar__page-input"
        inputMode="numeric"
        aria-describedby="reader-page-count"
        value={typed ?? String(currentPage)}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={() => setTyped(null)}
        onChange={(e) => setTyped(e.currentTarget.value.replace(/[^\d]/g, '').slice(0, 6))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            jump();
          } else if (e.key === 'Escape') {
            setTyped(null);
          }
        }}
        size={digits}
        // As wide as the last page number: `size` alone leaves room for several more characters.
        style={{ '--page-digits': digits } as CSSProperties}
      />
      <span id="reader-page-count">of {numPages}</span>
    </div>
  );
}
