/**
 * "Go to an item" for a meeting with too many items for a contents list: the item's number, or words
 * from its title. Pressing Go again with the same words goes to the next item they match.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ItemView } from '../../../shared/types/library';
import { Button } from '../../ui/Button';
import { itemTitle } from './Item';

const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const bareNumber = (s: string) => normal(s).replace(/^item\s+/, '').replace(/[.):]+$/, '');

/** The items a query means: those with that number, else those whose title has the words, in order. */
export function matchItems(items: readonly ItemView[], query: string): number[] {
  const number = bareNumber(query);
  if (number === '') return [];
  const byNumber = items.flatMap((item, i) => (item.number !== null && bareNumber(item.number) === number ? [i] : []));
  if (byNumber.length > 0) return byNumber;
  const words = normal(query);
  return items.flatMap((item, i) => (normal(itemTitle(item)).includes(words) ? [i] : []));
}

export function GoToItem({ items, onGo }: { items: ItemView[]; onGo: (itemId: number) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const last = useRef<{ query: string; at: number } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const matches = matchItems(items, query);
    if (matches.length === 0) {
      last.current = null;
      setStatus(query.trim() === '' ? 'Type an item number or words from its title.' : `No item has the number or title “${query.trim()}”.`);
      return;
    }
    const again = last.current?.query === normal(query);
    const nth = again ? ((last.current?.at ?? -1) + 1) % matches.length : 0;
    last.current = { query: normal(query), at: nth };
    const index = matches[nth] as number;
    const item = items[index] as ItemView;
    const place = `item ${(index + 1).toLocaleString('en-GB')} of ${items.length.toLocaleString('en-GB')}`;
    setStatus(matches.length > 1 ? `Match ${nth + 1} of ${matches.length}: ${place}. Go again for the next.` : `Found: ${place}.`);
    onGo(item.id);
  };

  return (
    <form className="go-to-item" role="search" aria-label="Go to an item" onSubmit={submit}>
      <label htmlFor={`${id}-q`}>Go to an item</label>
      <p className="field__hint" id={`${id}-hint`}>
        Its number, such as 117, or words from its title.
      </p>
      <div className="go-to-item__row">
        <input id={`${id}-q`} type="text" value={query} autoComplete="off" aria-describedby={`${id}-hint`} onChange={(e) => setQuery(e.currentTarget.value)} />
        <Button type="submit" variant="quiet">
          Go
        </Button>
      </div>
      <p role="status" className="go-to-item__status">
        {status}
      </p>
    </form>
  );
}
