import type { ItemView } from '../../../shared/types/library';
import { itemTitle } from './Item';
import { itemsWithUnreadDecisions, meetingDecisionsSummary } from './decisions-note';

/** How many items are listed before "and N more" (each item also carries its own note). */
const SHOWN = 8;

/**
 * Above the items: the items whose minutes word decisions Scrutineer did not read, each a link that goes to the item
 * (the list is virtualised, so the page's own "go to item" does the scrolling). Nothing when every decision was read.
 */
export function UnreadDecisionsNotice({ items, onGoToItem }: { items: ItemView[]; onGoToItem: (itemId: number) => void }) {
  const unread = itemsWithUnreadDecisions(items);
  if (unread.length === 0) return null;
  const more = unread.length - SHOWN;
  return (
    <div className="decisions-note decisions-note--meeting" role="note" aria-label="Decisions not read">
      <p>{meetingDecisionsSummary(unread.length)}</p>
      <ul className="decisions-note__items">
        {unread.slice(0, SHOWN).map((item) => (
          <li key={item.id}>
            <a
              href={`#item-${item.id}`}
              onClick={(e) => {
                e.preventDefault();
                onGoToItem(item.id);
              }}
            >
              {item.number ? `Item ${item.number}: ` : ''}
              {itemTitle(item)}
            </a>
          </li>
        ))}
      </ul>
      {more > 0 && <p>and {more.toLocaleString('en-GB')} more, each marked below.</p>}
    </div>
  );
}
