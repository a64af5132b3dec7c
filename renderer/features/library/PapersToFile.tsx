/**
 * "Papers to file": PDFs Scrutineer could not match to a meeting. For each, the member picks the
 * committee and then the meeting, and files it there (`papers.assign`).
 */
import { useEffect, useId, useState } from 'react';
import type { CouncilSummary, MeetingSummary } from '../../../shared/types/library';
import type { DocumentSummary } from '../../../shared/types/papers';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { formatMeetingDate, formatTimestamp, plural } from '../../ui/dates';
import { councilLabel } from '../../ui/labels';
import { DOCUMENT_KIND } from '../reader/labels';
import { hrefs } from '../../app/router';

function PaperToFile({ paper, councils, onFiled }: { paper: DocumentSummary; councils: CouncilSummary[]; onFiled: () => void }) {
  const id = useId();
  const [committeeId, setCommitteeId] = useState<number | null>(null);
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (committeeId === null) return;
    let current = true;
    void api['library.committee']({ committeeId }).then((reply) => {
      if (!current) return;
      if (reply.ok) setMeetings(reply.value.meetings);
      else setStatus({ error: true, text: reply.error.message });
    });
    return () => {
      current = false;
    };
  }, [committeeId]);

  const file = async () => {
    if (meetingId === null) {
      setStatus({ error: true, text: 'Choose the meeting this paper belongs to.' });
      return;
    }
    setBusy(true);
    const reply = await api['papers.assign']({ documentId: paper.id, meetingId });
    setBusy(false);
    if (reply.ok) onFiled();
    else setStatus({ error: true, text: reply.error.message });
  };

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
        <label htmlFor={`${id}-committee`}>
          Committee
          <select
            id={`${id}-committee`}
            value={committeeId === null ? '' : String(committeeId)}
            onChange={(e) => {
              const next = e.currentTarget.value ? Number(e.currentTarget.value) : null;
              setCommitteeId(next);
              setMeetings(null);
              setMeetingId(null);
              setStatus(null);
            }}
          >
            <option value="">Choose a committee…</option>
            {councils.map((council) => (
              <optgroup key={council.id} label={councilLabel(council)}>
                {council.committees.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-meeting`}>
          Meeting
          <select
            id={`${id}-meeting`}
            value={meetingId === null ? '' : String(meetingId)}
            disabled={committeeId === null || meetings === null}
            onChange={(e) => {
              setMeetingId(e.currentTarget.value ? Number(e.currentTarget.value) : null);
              setStatus(null);
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
        <Button onClick={file} disabled={busy || meetingId === null} aria-describedby={status ? `${id}-status` : undefined}>
          File under this meeting
        </Button>
      </div>
      {status && (
        <p id={`${id}-status`} className={status.error ? 'paper__status paper__status--error' : 'paper__status'} role="alert">
          {status.text}
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
