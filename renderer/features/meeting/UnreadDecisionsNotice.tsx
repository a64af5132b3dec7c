import type { ItemView, MeetingDetail } from '../../../shared/types/library';
import { itemTitle } from './Item';
import { itemsWithUnreadDecisions, meetingDecisionsSummary, notAllRead } from './decisions-note';
import { InPageLink } from './InPageLink';
import { OPENING_HEADING_ID } from './PossibleDecisions';
import { ToSourceFiles } from './ToSourceFiles';

/** How many items are listed before "and N more" (each item also carries its own note). */
const SHOWN = 8;

/**
 * Above the items: the parts of the minutes that word decisions Scrutineer did not read: the opening before the first
 * item (with the way to the files the minutes came from) and each such item, a link that goes to it (the list is
 * virtualised, so the page's own "go to item" does the scrolling). Nothing when every decision was read.
 */
export function UnreadDecisionsNotice({ meeting, onGoToItem }: { meeting: MeetingDetail; onGoToItem: (itemId: number) => void }) {
  const unread: ItemView[] = itemsWithUnreadDecisions(meeting.items);
  const opening = notAllRead(meeting.introDecisionsState);
  if (unread.length === 0 && !opening) return null;
  const more = unread.length - SHOWN;
  return (
    <div className="decisions-note decisions-note--meeting" role="note" aria-label="Decisions not read">
      <p>{meetingDecisionsSummary(unread.length, opening)}</p>
      <ul className="decisions-note__items">
        {opening && (
          <li>
            Before the first item:{' '}
            {meeting.introPossibleDecisions.length > 0 && (
              <>
                <InPageLink targetId={OPENING_HEADING_ID}>
                  {meeting.introPossibleDecisions.length === 1 ? 'its sentence that may record a decision' : 'its sentences that may record a decision'}
                </InPageLink>
                .{' '}
              </>
            )}
            <ToSourceFiles />
          </li>
        )}
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
