/**
 * "Papers to file": PDFs Scrutineer could not match to a meeting. For each, the member picks the
 * committee and then the meeting, and files it there (`papers.assign`).
 */
import { useEffect, useId, useState } from 'react';
import type { CouncilSummary, MeetingSummary } from '../../../shared/types/library';
import type { DocumentSummary } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { formatMeetingDate, formatTimestamp, plural } from '../../ui/dates';
import { CommitteeSelect } from '../../ui/CommitteeSelect';
import { useAction } from '../../ui/useAction';
import { DOCUMENT_KIND } from '../reader/labels';
import { hrefs } from '../../kernel/router';

function PaperToFile({ paper, councils, onFiled }: { paper: DocumentSummary; councils: CouncilSummary[]; onFiled: () => void }) {
  const id = useId();
  const [committeeId, setCommitteeId] = useState<number | null>(null);
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const { run: file, busy, error, setError } = useAction(async () => {
    if (meetingId === null) return 'Choose the meeting this paper belongs to.';
    const reply = await api['papers.assign']({ documentId: paper.id, meetingId });
    if (!reply.ok) return reply;
    onFiled();
  });

  useEffect(() => {
    if (committeeId === null) return;
    let current = true;
    void api['library.committee']({ committeeId }).then((reply) => {
      if (!current) return;
      if (reply.ok) setMeetings(reply.value.meetings);
      else setError(reply.error.message);
    });
    return () => {
      current = false;
    };
  }, [committeeId, setError]);

  const titleId = `${id}-title`;
  return (
    <li className="paper" aria-labelledby={titleId}>
      <div className="paper__main">
        <span id={titleId} className="paper__title">
          {paper.title}
        </span>
        <span className="paper__meta">
          {DOCUMENT_KIND[paper.kind]} · {plural(paper.current.pageCount, 'page')} · {paper.current.fileName}, imported{' '}
          {formatTimestamp(paper.current.importedAt)}
        </span>
      </div>
      <a className="button button--quiet paper__open" href={hrefs.document(paper.id)}>
        Open<span className="visually-hidden"> {paper.title}</span>
      </a>
      <div className="paper__file">
        <CommitteeSelect
          councils={councils}
          emptyLabel="Choose a committee…"
          labelAround
          value={committeeId}
          onChange={(next) => {
            setCommitteeId(next);
            setMeetings(null);
            setMeetingId(null);
            setError(null);
          }}
        />
        <label htmlFor={`${id}-meeting`}>
          Meeting
          <select
            id={`${id}-meeting`}
            value={meetingId === null ? '' : String(meetingId)}
            disabled={committeeId === null || meetings === null}
            onChange={(e) => {
              setMeetingId(e.currentTarget.value ? Number(e.currentTarget.value) : null);
              setError(null);
            }}
          >
            <option value="">{committeeId === null ? 'Choose a committee first' : meetings === null ? 'Loading meetings…' : 'Choose a meeting…'}</option>
            {(meetings ?? []).map((m) => (
              <option key={m.id} value={String(m.id)}>
                {m.date ? formatMeetingDate(m.date) : `Meeting ${m.id} (date not stated)`}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={() => void file()} disabled={busy || meetingId === null} aria-describedby={error ? `${id}-status` : undefined}>
          File under this meeting
        </Button>
      </div>
      {error && (
        <p id={`${id}-status`} className="paper__status paper__status--error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function PapersToFile({ papers, councils, onFiled }: { papers: DocumentSummary[]; councils: CouncilSummary[]; onFiled: () => void }) {
  if (papers.length === 0) return null;
  return (
    <section className="section" aria-labelledby="papers-to-file">
      <h2 id="papers-to-file" className="section-heading">
        Papers to file <span className="section-heading__count">({papers.length})</span>
      </h2>
      <p className="muted">
        Scrutineer could not tell which meeting {papers.length === 1 ? 'this paper is' : 'these papers are'} for. Choose
        the meeting to file {papers.length === 1 ? 'it' : 'each one'} under.
        {councils.length === 0 && ' Import the meeting’s minutes page first, so there is a meeting to choose.'}
      </p>
      <ul className="papers">
        {papers.map((paper) => (
          <PaperToFile key={paper.id} paper={paper} councils={councils} onFiled={onFiled} />
        ))}
      </ul>
    </section>
  );
}
