/** The bin: meetings the member deleted, kept whole for 30 days, each with Restore. */
import { useCallback, useRef, useState } from 'react';
import type { BinEntry } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { formatDay, formatTimestamp, plural } from '../../ui/dates';
import { EmptyState } from '../../ui/EmptyState';
import { FormError } from '../../ui/FormError';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { useAction } from '../../ui/useAction';
import './bin.css';

type Restored = { title: string; meetingId: number };

function BinRow({ entry, busy, onRestore }: { entry: BinEntry; busy: boolean; onRestore: (entry: BinEntry) => void }) {
  return (
    <li className="bin__entry">
      <h2 className="bin__title">{entry.title}</h2>
      <p className="bin__meta">
        Deleted on {formatTimestamp(entry.deletedAt)}. You can restore it until {formatDay(entry.restoreUntil)}.
      </p>
      <Button variant="secondary" className="bin__restore" disabled={busy} onClick={() => onRestore(entry)}>
        Restore<span className="visually-hidden"> {entry.title}</span>
      </Button>
    </li>
  );
}

export function BinPage({ refreshKey, focusOnMount }: PageProps) {
  useDocumentTitle('Bin');
  const [reload, setReload] = useState(0);
  const load = useCallback(() => api['library.bin']({}), []);
  const bin = useResource(load, refreshKey + reload);
  const [restored, setRestored] = useState<Restored | null>(null);
  const message = useRef<HTMLDivElement>(null);

  const restoring = useAction(async (entry: BinEntry) => {
    setRestored(null);
    const reply = await api['library.restoreMeeting']({ meetingId: entry.meetingId });
    setReload((n) => n + 1);
    if (!reply.ok) return `“${entry.title}” could not be restored: ${reply.error.message}`;
    setRestored({ title: entry.title, meetingId: reply.value.meetingId });
  });
  const restore = async (entry: BinEntry) => {
    await restoring.run(entry);
    // The Restore button has gone with the entry: focus moves to what happened.
    requestAnimationFrame(() => message.current?.focus());
  };

  const header = (
    <>
      <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="Bin" />
      <PageHeading focusOnMount={focusOnMount}>Bin</PageHeading>
      <p className="lede">Meetings you delete stay here for 30 days with everything they held, including your notes, then are removed for good.</p>
      <div ref={message} tabIndex={-1} className="bin__message">
        <div role="status">
          {restored && (
            <p className="notice">
              Restored “{restored.title}” with everything it held. <a href={hrefs.meeting(restored.meetingId)}>Open the restored meeting</a>
            </p>
          )}
        </div>
        <FormError error={restoring.error} />
      </div>
    </>
  );

  if (bin.status === 'loading') return <Loading what="the bin" />;
  if (bin.status === 'error') {
    return (
      <>
        {header}
        <ErrorPanel title="The bin could not be opened" error={bin.error} />
      </>
    );
  }
  const entries = bin.value;
  return (
    <>
      {header}
      {entries.length === 0 ? (
        <EmptyState title="The bin is empty.">
          <p>When you delete a meeting it comes here, with your notes, and you can restore it for 30 days.</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">{plural(entries.length, 'deleted meeting')}, most recently deleted first.</p>
          <ul className="bin">
            {entries.map((entry) => (
              <BinRow key={`${entry.meetingId}-${entry.deletedAt}`} entry={entry} busy={restoring.busy} onRestore={(e) => void restore(e)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
