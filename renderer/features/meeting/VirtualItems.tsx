/**
 * A meeting's items when there are many (thousands, on some minutes pages): only the items near the
 * view are on the page, measured as they render, so a 5,000-item meeting opens at once. It is an ARIA
 * feed: each item is an article with its place in the list ("12 of 5,000") and keeps its heading;
 * Page Down and Page Up move from item to item; the item holding focus stays on the page while the
 * member scrolls elsewhere (so a note being written is not lost).
 */
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ItemView } from '../../../shared/types/library';
import { Item, itemAnchor, type ItemReport } from './Item';

export interface ItemsHandle {
  /** Brings the item into view and moves focus to its heading. */
  goToItem(itemId: number): void;
}

/** A typical item with a line or two of minutes; each is measured once it renders. */
const ESTIMATE = 230;
const GAP = 20;

/** Where the list starts on the page: it moves as the sections above it load or open. */
function useOffsetTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const next = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setTop((old) => (Math.abs(old - next) > 1 ? next : old));
    };
    measure();
    const observer = new ResizeObserver(() => requestAnimationFrame(measure));
    for (let el = ref.current?.parentElement; el; el = el.parentElement) observer.observe(el);
    // The sections above the list (follow-ups, notes, forms opening) change its place.
    const main = ref.current?.closest('main');
    if (main) for (const child of Array.from(main.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

/** Runs `then` once the element is on the page (the list renders after it scrolls), or gives up after about half a second. */
function whenRendered(find: () => HTMLElement | null, then: (el: HTMLElement) => void, frames = 30): void {
  const el = find();
  if (el) then(el);
  else if (frames > 0) requestAnimationFrame(() => whenRendered(find, then, frames - 1));
}

export function VirtualItems({ items, reports, ref }: { items: ItemView[]; reports: Map<number, ItemReport>; ref?: Ref<ItemsHandle> }) {
  const listRef = useRef<HTMLDivElement>(null);
  const scrollMargin = useOffsetTop(listRef);
  const [pinned, setPinned] = useState<number | null>(null);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATE,
    overscan: 4,
    gap: GAP,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? index,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinned === null || pinned >= items.length || indexes.includes(pinned)) return indexes;
      return [...indexes, pinned].sort((a, b) => a - b);
    },
  });

  const goToIndex = (index: number, focus: 'heading' | 'article') => {
    const item = items[index];
    if (!item) return;
    virtualizer.scrollToIndex(index, { align: 'start' });
    whenRendered(
      () => (focus === 'heading' ? document.getElementById(itemAnchor(item)) : listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)) ?? null,
      (el) => {
        el.focus({ preventScroll: true });
        // The items above it may have been measured on the way: put it at the top once more.
        requestAnimationFrame(() => el.scrollIntoView({ block: 'start' }));
      },
    );
  };

  useImperativeHandle(ref, () => ({
    goToItem: (itemId: number) => goToIndex(items.findIndex((i) => i.id === itemId), 'heading'),
  }));

  // Page Down / Page Up: the next or previous item (the ARIA feed pattern).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const at = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!at) return;
    event.preventDefault();
    goToIndex(Number(at.dataset.index) + (event.key === 'PageDown' ? 1 : -1), 'article');
  };

  // Keep the item holding focus on the page; let it go when focus leaves the list.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onFocusIn = (e: FocusEvent) => {
      const at = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
      setPinned(at ? Number(at.dataset.index) : null);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (!list.contains(e.relatedTarget as Node | null)) setPinned(null);
    };
    list.addEventListener('focusin', onFocusIn);
    list.addEventListener('focusout', onFocusOut);
    return () => {
      list.removeEventListener('focusin', onFocusIn);
      list.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  return (
    <div
      ref={listRef}
      className="items items--virtual"
      role="feed"
      aria-label={`Items, ${items.length.toLocaleString('en-GB')} in all`}
      aria-busy={false}
      onKeyDown={onKeyDown}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <Item
            key={row.key}
            item={item}
            report={reports.get(item.id)}
            articleProps={{
              ref: virtualizer.measureElement,
              'data-index': row.index,
              'aria-posinset': row.index + 1,
              'aria-setsize': items.length,
              tabIndex: -1,
              style: { transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` },
            }}
          />
        );
      })}
    </div>
  );
}
