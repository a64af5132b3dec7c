/** The meeting page's annotation summary (with a link to "My questions") and each item's counts. */
import { useEffect, useSyncExternalStore } from 'react';
import type { ItemAnnotationCounts as Counts } from '../../../shared/types/annotations';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { describeCounts } from './geometry';
import { TargetNoteForm } from './TargetNoteForm';
import './annotations.css';

/** Per item counts, and how many of the meeting's annotations need attention (a revised paper lost their passage). */
let counts: { meetingId: number; rows: Counts[]; attention: number } | null = null;
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

const fetchCounts = async (meetingId: number) => {
  const [rows, attention] = await Promise.all([api['annotations.counts']({ meetingId }), api['annotations.needsAttention']({ meetingId })]);
  return { meetingId, rows: rows.ok ? rows.value : [], attention: attention.ok ? attention.value.length : 0, ok: rows.ok };
};

/** Re-reads the counts after a note is added, so the summary and the item lines stay true. */
const reloadCounts = (meetingId: number) =>
  void fetchCounts(meetingId).then(({ ok, ...next }) => {
    if (ok) setCounts(next);
  });

export function MeetingAnnotations({ meetingId }: { meetingId: number }) {
  const current = useCounts();
  useEffect(() => {
    let live = true;
    void fetchCounts(meetingId).then(({ ok: _ok, ...next }) => {
      if (live) setCounts(next);
    });
    return () => {
      live = false;
    };
  }, [meetingId]);
  const rows = current?.meetingId === meetingId ? current.rows : [];
  const attention = current?.meetingId === meetingId ? current.attention : 0;
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
        <a href={hrefs.meetingAnnotations(meetingId)}>All my annotations</a> · <a href={hrefs.meetingQuestions(meetingId)}>My questions and brief</a>
      </p>
      {attention > 0 && (
        <p className="annotations-attention">
          <strong>
            {attention} {attention === 1 ? 'annotation needs' : 'annotations need'} attention:
          </strong>{' '}
          a revised paper no longer has the passage. <a href={hrefs.meetingAnnotations(meetingId)}>Re-attach or dismiss</a>
        </p>
      )}
      <TargetNoteForm target={{ target: 'meeting', meetingId }} label="Add a note or question on the whole meeting" onSaved={() => reloadCounts(meetingId)} />
    </section>
  );
}

/** "2 notes, 1 question" under an item's heading, and a way to add a note or question on the item itself. */
export function ItemAnnotationCounts({ itemId, itemLabel }: { itemId: number; itemLabel?: string }) {
  const current = useCounts();
  const row = current?.rows.find((r) => r.itemId === itemId);
  const text = row ? describeCounts(row) : '';
  const meetingId = current?.meetingId;
  return (
    <div className="item-annotations">
      {text && <p className="annotation-counts">Your annotations: {text}</p>}
      {meetingId !== undefined && (
        <TargetNoteForm target={{ target: 'item', itemId }} label={`Add a note or question on ${itemLabel ?? 'this item'}`} onSaved={() => reloadCounts(meetingId)} />
      )}
    </div>
  );
}
