/** The find bar: the query, previous and next, and where the search has got to. Holds nothing itself (see useFind). */
import type { RefObject } from 'react';
import { Button } from '../../ui/Button';
import type { Find } from './useFind';

/** What the find bar says: never "no matches" before every page has been read. */
export function findStatus(find: Pick<Find, 'matches' | 'index' | 'searching' | 'pagesSearched' | 'query'>, scan: boolean): string {
  const { matches, index, searching, pagesSearched, query } = find;
  const more = searching ? '+' : '';
  const current = matches[index];
  if (scan) return 'This document is a scan: it has no text to find.';
  if (query.trim() === '') return 'Type to find words in this document.';
  if (matches.length === 0) return searching ? `Searching… (${pagesSearched} pages read)` : 'No matches in this document.';
  if (current) return `${index + 1} of ${matches.length}${more} matches, on page ${current.page}`;
  return `${matches.length}${more} ${matches.length === 1 ? 'match' : 'matches'}`;
}

export function FindBar({
  find,
  inputRef,
  scan,
  onClose,
}: {
  find: Find;
  inputRef: RefObject<HTMLInputElement | null>;
  scan: boolean;
  /** Closes the bar (and gives focus back to where it was before Find opened). */
  onClose: () => void;
}) {
  const { matches, query } = find;
  return (
    <div className="findbar" role="search" aria-label="Find in document">
      <label htmlFor="reader-find" className="findbar__label">
        Find in document
      </label>
      <input
        ref={inputRef}
        id="reader-find"
        type="search"
        className="findbar__input"
        value={query}
        autoComplete="off"
        onChange={(e) => find.setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
        aria-describedby="reader-find-status"
      />
      <Button variant="quiet" onClick={() => find.step(-1)} disabled={matches.length === 0} aria-label="Previous match">
        Previous
      </Button>
      <Button variant="quiet" onClick={() => find.step(1)} disabled={matches.length === 0} aria-label="Next match">
        Next
      </Button>
      <p id="reader-find-status" className="findbar__status" role="status">
        {findStatus(find, scan)}
      </p>
      <Button variant="quiet" onClick={onClose}>
        Close find
      </Button>
    </div>
  );
}
