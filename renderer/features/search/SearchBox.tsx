/**
 * The search box in the header, on every page. Typing opens the search page (results as you type);
 * Ctrl+K (⌘K) or "/" puts the cursor here from anywhere.
 */
import { useEffect, useRef, type FormEvent } from 'react';
import './search.css';

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');

export const SEARCH_BOX_ID = 'global-search';

export function SearchBox({ value, onChange, onSubmit }: { value: string; onChange: (value: string) => void; onSubmit: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const input = inputRef.current;
      if (!input || document.querySelector('dialog[open]')) return;
      const ctrl = event.ctrlKey || event.metaKey;
      if ((ctrl && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') || (event.key === '/' && !ctrl && !event.altKey && !isEditable(event.target))) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor={SEARCH_BOX_ID} className="visually-hidden">
        Search all papers
      </label>
      <input
        ref={inputRef}
        id={SEARCH_BOX_ID}
        className="header-search__input"
        type="search"
        value={value}
        placeholder="Search all papers"
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        aria-keyshortcuts="Control+K /"
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onChange('');
          }
        }}
      />
      <span className="header-search__hint" aria-hidden="true">
        Ctrl K
      </span>
    </form>
  );
}
