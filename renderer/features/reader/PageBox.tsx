/** The toolbar's page box: shows the page being read; type a number and press Enter to go there. */
import { useState } from 'react';
import { clampPage } from './pages';

export function PageBox({ currentPage, numPages, onGo }: { currentPage: number; numPages: number; onGo: (page: number) => void }) {
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
    <label className="toolbar__page">
      <span>Page</span>
      <input
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
        size={Math.max(2, String(numPages).length)}
      />
      <span id="reader-page-count">of {numPages}</span>
    </label>
  );
}
