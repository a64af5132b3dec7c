/**
 * The meeting's items. Up to MANY_ITEMS they are all on the page with a contents list, as before; a
 * meeting with more (a 10,000-item minutes page) shows only the items near the view (VirtualItems),
 * with "Go to an item" instead of a contents list of thousands of links, and says so.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { ItemView } from '../../../shared/types/library';
import { GoToItem } from './GoToItem';
import { InPageLink } from './InPageLink';
import { Item, itemAnchor, itemTitle, type ItemReport } from './Item';
import { VirtualItems, type ItemsHandle } from './VirtualItems';

export type { ItemsHandle } from './VirtualItems';

/** From this many items the list renders only what is in view. */
export const MANY_ITEMS = 60;

function focusHeading(itemId: number, tries = 20): void {
  const heading = document.getElementById(`item-${itemId}`);
  if (heading) {
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  } else if (tries > 0) requestAnimationFrame(() => focusHeading(itemId, tries - 1));
}

function AllItems({ items, reports }: { items: ItemView[]; reports: Map<number, ItemReport> }) {
  return (
    <>
      <nav className="contents" aria-label="Items in this meeting">
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              <InPageLink targetId={itemAnchor(item)}>
                {item.number && <span className="contents__number">{item.number}</span>}
                <span className="contents__title">{itemTitle(item)}</span>
              </InPageLink>
            </li>
          ))}
        </ol>
      </nav>
      <div className="items">
        {items.map((item) => (
          <Item key={item.id} item={item} report={reports.get(item.id)} />
        ))}
      </div>
    </>
  );
}

export function ItemsList({
  items,
  reports,
  targetItemId,
  ref,
}: {
  items: ItemView[];
  reports: Map<number, ItemReport>;
  /** Arriving from a search hit or a link to an item: go to its heading. */
  targetItemId: number | null;
  ref?: Ref<ItemsHandle>;
}) {
  const many = items.length >= MANY_ITEMS;
  const virtual = useRef<ItemsHandle>(null);
  const goToItem = (itemId: number) => (many ? virtual.current?.goToItem(itemId) : focusHeading(itemId));
  useImperativeHandle(ref, () => ({ goToItem }));
  useEffect(() => {
    if (targetItemId !== null) goToItem(targetItemId);
    // Only when the target changes (not when the meeting reloads after a correction).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetItemId]);

  if (items.length === 0) return <p className="muted">No agenda items were found in the imported copy.</p>;
  if (!many) return <AllItems items={items} reports={reports} />;
  return (
    <>
      <p className="items-note">
        This meeting has {items.length.toLocaleString('en-GB')} items, so only those near where you are reading are on the page: your browser’s Find
        does not see the others. Use “Go to an item” or Search. Page Down and Page Up move from item to item.
      </p>
      <GoToItem items={items} onGo={goToItem} />
      <VirtualItems ref={virtual} items={items} reports={reports} />
    </>
  );
}
