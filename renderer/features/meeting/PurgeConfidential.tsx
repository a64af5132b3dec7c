/** "Purge confidential papers" for a meeting: one action, after an explicit confirmation listing what goes. */
import { useRef, useState } from 'react';
import type { ConfidentialPaper } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { plural } from '../../ui/dates';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';

export function PurgeConfidential({ meetingId, onPurged }: { meetingId: number; onPurged: () => void }) {
  const [toPurge, setToPurge] = useState<ConfidentialPaper[] | null>(null);
  const [status, setStatus] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const heading = useRef<HTMLHeadingElement>(null);

  // One line shows the error of whichever was asked last.
  const [last, setLast] = useState<'ask' | 'purge'>('ask');
  const ask = useAction(async () => {
    setLast('ask');
    setStatus('');
    const result = await api['papers.confidential']({ meetingId });
    if (!result.ok) return result;
    const left = result.value.filter((p) => p.purgedAt === null);
    if (left.length === 0) return setStatus('This meeting has no confidential papers left to purge.');
    setToPurge(left);
    focusAfterRender(() => heading.current);
  });
  const purge = useAction(async () => {
    setLast('purge');
    const result = await api['papers.purgeConfidential']({ meetingId });
    setToPurge(null);
    if (!result.ok) return `Nothing was purged: ${result.error.message}`;
    const r = result.value;
    setStatus(
      `Purged ${plural(r.papers.length, 'confidential paper')}: their text and files are gone` +
        (r.backupsPurged > 0 ? `, from the library and from ${plural(r.backupsPurged, 'backup')}.` : '.') +
        (r.notesKept > 0 ? ` Your ${plural(r.notesKept, 'note')} on them ${r.notesKept === 1 ? 'is' : 'are'} kept, without the quoted passages.` : ''),
    );
    onPurged();
  });

  return (
    <div className="purge-area">
      {toPurge === null ? (
        <Button variant="secondary" disabled={ask.busy} onClick={() => void ask.run()}>
          Purge confidential papers…
        </Button>
      ) : (
        <div className="purge-confidential" role="group" aria-labelledby={`purge-${meetingId}`}>
          <h3 id={`purge-${meetingId}`} ref={heading} tabIndex={-1}>
            Purge {plural(toPurge.length, 'confidential paper')}?
          </h3>
          <p>
            Their page text, search entries and files are deleted from this computer for good, from the library and from every
            backup of it, so restoring a backup cannot bring them back. Your own notes and questions on them are kept (without the
            passages they quote) and marked as on a purged paper.
          </p>
          <ul>
            {toPurge.map((p) => (
              <li key={p.id}>{p.title}</li>
            ))}
          </ul>
          <div className="questions-page__actions">
            <Button disabled={purge.busy} onClick={() => void purge.run()}>
              Purge {plural(toPurge.length, 'paper')}
            </Button>
            <Button variant="secondary" disabled={purge.busy} onClick={() => setToPurge(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <p role="status" className="annotations-status">
        {status}
      </p>
      <FormError error={last === 'ask' ? ask.error : purge.error} />
    </div>
  );
}
