/** The files a meeting came from and their versions, with the corrections each allows. */
import { useRef, useState } from 'react';
import type { SourceView } from '../../../shared/types/library';
import { SourceRow } from './SourceRow';

export function Sources({ meetingId, sources, onChanged }: { meetingId: number; sources: SourceView[]; onChanged: () => void }) {
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  if (sources.length === 0) return null;
  const canSplit = new Set(sources.map((s) => s.sha256)).size > 1;
  return (
    <section className="section provenance" aria-labelledby="sources-title">
      <h2 id="sources-title" ref={heading} tabIndex={-1} className="section-heading">
        Files and versions <span className="section-heading__count">({sources.length})</span>
      </h2>
      <ul className="sources">
        {sources.map((s) => (
          <SourceRow
            key={`${s.sha256}-${s.importedAt}`}
            meetingId={meetingId}
            source={s}
            canSplit={canSplit}
            onApplied={(message) => {
              setStatus(`Version applied. ${message}`);
              onChanged();
              heading.current?.focus();
            }}
          />
        ))}
      </ul>
      <p role="status" className="meeting-tools__status">
        {status}
      </p>
    </section>
  );
}
