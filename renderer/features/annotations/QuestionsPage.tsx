/** "My questions": '#/meeting/ID/questions', the member's brief for a meeting in agenda order, printable and as Word. */
import { useCallback, useState } from 'react';
import type { BriefEntry, MeetingBrief } from '../../../shared/types/annotations';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { ConfidentialBadge, IncludeConfidential } from '../../ui/Confidential';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { saveFile } from '../../ui/save-file';
import { pagesLabel } from './listing';
import './annotations.css';


export function QuestionsPage({ meetingId, refreshKey, focusOnMount }: PageProps & { meetingId: number }) {
  const [version, setVersion] = useState(0);
  const load = useCallback(() => api['annotations.brief']({ meetingId }), [meetingId]);
  const brief = useResource(load, refreshKey + version);
  const [status, setStatus] = useState('');
  /** Ticks shown straight away, before the brief reloads. */
  const [ticked, setTicked] = useState<Record<number, boolean>>({});
  /** Confidential entries go into the Word brief and the printout only when the member ticks this. */
  const [includeConfidential, setIncludeConfidential] = useState(false);
  useDocumentTitle('My questions');
  if (brief.status === 'loading') return <Loading what="your questions" />;
  if (brief.status === 'error') return <ErrorPanel title="Your questions could not be loaded" error={brief.error} />;
  const b = brief.value;

  const download = async () => {
    const result = await api['annotations.briefDocx']({ meetingId, includeConfidential });
    if (!result.ok) {
      setStatus(result.error.message);
      return;
    }
    saveFile(result.value);
    const left = b.sections.flatMap((s) => s.entries).filter((e) => e.confidential).length;
    setStatus(
      'The brief was saved as a Word document' +
        (left > 0 ? (includeConfidential ? ', including confidential entries.' : `; ${left} confidential ${left === 1 ? 'entry was' : 'entries were'} left out.`) : '.'),
    );
  };
  const tick = async (entry: BriefEntry, asked: boolean) => {
    setTicked((t) => ({ ...t, [entry.id]: asked }));
    const result = await api['annotations.update']({ id: entry.id, asked });
    setStatus(result.ok ? (asked ? `Question ${entry.number ?? ''} marked as asked.` : `Question ${entry.number ?? ''} marked as not asked.`) : result.error.message);
    setVersion((v) => v + 1);
  };

  return (
    <div className={`questions-page${includeConfidential ? '' : ' brief--public'}`}>
      <Breadcrumbs
        trail={[
          { label: 'Library', href: hrefs.library() },
          { label: b.committeeName, href: hrefs.meeting(meetingId) },
        ]}
        current="My questions"
      />
      <PageHeading focusOnMount={focusOnMount}>{b.title}</PageHeading>
      <p>
        {b.questionCount} {b.questionCount === 1 ? 'question' : 'questions'}, {b.noteCount} {b.noteCount === 1 ? 'note' : 'notes'}.
      </p>
      <div className="questions-page__actions">
        <Button onClick={() => void download()}>Download brief (Word)</Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Print brief
        </Button>
        <a href={hrefs.meeting(meetingId)}>Back to the meeting</a>
      </div>
      {b.sections.some((s) => s.entries.some((e) => e.confidential)) && (
        <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
      )}
      <p role="status" className="annotations-status">
        {status}
      </p>
      {b.sections.length === 0 && <p className="muted">No questions or notes for this meeting yet. Select text in one of its papers to add some.</p>}
      {b.sections.map((section, i) => (
        <section key={section.item?.id ?? `general-${i}`} aria-labelledby={`brief-section-${i}`}>
          <h2 id={`brief-section-${i}`} className="section-heading">
            {section.heading}
          </h2>
          {section.entries.map((entry) => (
            <BriefItem key={entry.id} entry={{ ...entry, asked: ticked[entry.id] ?? entry.asked }} onTick={(asked) => void tick(entry, asked)} />
          ))}
        </section>
      ))}
    </div>
  );
}

function BriefItem({ entry, onTick }: { entry: MeetingBrief['sections'][number]['entries'][number]; onTick: (asked: boolean) => void }) {
  const where = [entry.documentTitle, pagesLabel(entry)].filter(Boolean).join(', ');
  return (
    <div className={`question${entry.confidential ? ' question--confidential' : ''}`}>
      <p>
        <strong>{entry.kind === 'question' ? `Question ${entry.number ?? ''}` : 'Note'}</strong>
        {where ? ` (${where})` : ''}
        {entry.status === 'orphaned' ? ' — the passage is not in the latest version' : ''}
        {entry.onPurgedPaper ? ' — the paper was purged after the meeting' : ''}
        {entry.confidential && (
          <>
            {' '}
            <ConfidentialBadge />
          </>
        )}
      </p>
      {entry.quote && <blockquote className="question__quote">“{entry.quote}”</blockquote>}
      {entry.body && <p>{entry.body}</p>}
      {entry.tags.length > 0 && <p className="muted">Tags: {entry.tags.join(', ')}</p>}
      {entry.kind === 'question' && (
        <label>
          <input type="checkbox" checked={entry.asked} onChange={(e) => onTick(e.currentTarget.checked)} /> Asked
          {entry.number !== null ? <span className="visually-hidden"> (question {entry.number})</span> : null}
        </label>
      )}
    </div>
  );
}
