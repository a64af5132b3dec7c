/** The meeting page's annotation summary (with a link to "My questions") and each item's counts. */
import { useEffect, useSyncExternalStore } from 'react';
import type { ItemAnnotationCounts as Counts } from '../../../shared/types/annotations';
import { api } from '../../app/api';
import { hrefs } from '../../app/router';
import { describeCounts } from './geometry';
import './annotations.css';

let counts: { meetingId: number; rows: Counts[] } | null = null;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const setCounts = (next: typeof counts) => {
  counts = next;
  for (const l of listeners) l();
};
const useCounts = () => useSyncExternalStore(subscribe, () => counts);

export function MeetingAnnotations({ meetingId }: { meetingId: number }) {
  const current = useCounts();
  useEffect(() => {
    let live = true;
    void api['annotations.counts']({ meetingId }).then((result) => {
      if (live) setCounts({ meetingId, rows: result.ok ? result.value : [] });
    });
    return () => {
      live = false;
    };
  }, [meetingId]);
  const rows = current?.meetingId === meetingId ? current.rows : [];
  const total = rows.reduce(
    (sum, r) => ({ highlights: sum.highlights + r.highlights, notes: sum.notes + r.notes, questions: sum.questions + r.questions, unasked: sum.unasked + r.unasked }),
    { highlights: 0, notes: 0, questions: 0, unasked: 0 },
  );
  const text = describeCounts(total);
  return (
    <section className="section" aria-labelledby="my-annotations">
      <h2 id="my-annotations" className="section-heading">
        My annotations
      </h2>
      <p>
        {text ? `${text} on this meeting’s papers${total.questions > 0 ? ` (${total.unasked} not yet asked)` : ''}.` : 'None yet: select text in a paper to highlight it or add a note or question.'}{' '}
        <a href={hrefs.meetingQuestions(meetingId)}>My questions and brief</a>
      </p>
    </section>
  );
}

/** "2 notes, 1 question" under an item's heading; nothing when there are none. */
export function ItemAnnotationCounts({ itemId }: { itemId: number }) {
  const current = useCounts();
  const row = current?.rows.find((r) => r.itemId === itemId);
  const text = row ? describeCounts(row) : '';
  if (!text) return null;
  return <p className="annotation-counts">Your annotations: {text}</p>;
}
