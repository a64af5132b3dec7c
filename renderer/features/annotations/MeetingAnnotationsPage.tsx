/**
 * '#/meeting/ID/annotations': every annotation of a meeting (its papers, its items, the meeting
 * itself) in agenda order, with filters by kind, colour and tag; each links to its place in the
 * reader (or to the item on the meeting page). Above them, those needing attention from every
 * paper of the meeting: re-attach (opens the paper's latest version, ready to select the passage)
 * or dismiss.
 */
import { useCallback, useRef, useState } from 'react';
import type { Annotation, MeetingAnnotationsView } from '../../../shared/types/annotations';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { formatMeetingDate } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationFilters } from './AnnotationFilters';
import { describeCounts } from './geometry';
import { KIND_LABEL, NO_FILTER, filterAnnotations, isFiltered, pagesLabel, tagsOf, type AnnotationFilter } from './listing';
import { OrphanCard } from './OrphanCard';
import { reattachInReader } from './state';
import './annotations.css';

/** Where an annotation leads: its page in the reader, or its item on the meeting page. */
function jumpOf(a: Annotation, meetingId: number): { href: string; label: string } | null {
  if (a.documentId !== null && a.pageNumber !== null) {
    return { href: hrefs.document(a.documentId, { page: a.pageNumber, versionId: a.versionId }), label: `Open at page ${a.pageNumber}` };
  }
  if (a.target === 'item' && a.itemId !== null) return { href: hrefs.meeting(meetingId, a.itemId), label: 'Go to the item' };
  return null;
}

export function MeetingAnnotationsPage({ meetingId, refreshKey, focusOnMount }: PageProps & { meetingId: number }) {
  const [version, setVersion] = useState(0);
  const load = useCallback(() => api['annotations.meeting']({ meetingId }), [meetingId]);
  const view = useResource(load, refreshKey + version);
  useDocumentTitle('My annotations');
  if (view.status === 'loading') return <Loading what="your annotations" />;
  if (view.status === 'error') return <ErrorPanel title="Your annotations could not be loaded" error={view.error} />;
  return <Loaded view={view.value} focusOnMount={focusOnMount} reload={() => setVersion((v) => v + 1)} />;
}

function Loaded({ view, focusOnMount, reload }: { view: MeetingAnnotationsView; focusOnMount: boolean; reload: () => void }) {
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const attentionRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const { meetingId } = view;
  const titles = new Map(view.documents.map((d) => [d.id, d.title]));
  const all = view.sections.flatMap((s) => s.entries);
  const shown = view.sections.map((s) => ({ ...s, entries: filterAnnotations(s.entries, filter) })).filter((s) => s.entries.length > 0);
  const shownCount = shown.reduce((n, s) => n + s.entries.length, 0);
  const dateText = view.date ? formatMeetingDate(view.date) : null;
  const where = (a: Annotation) => {
    const pages = pagesLabel(a);
    const paper = a.documentId === null ? null : (titles.get(a.documentId) ?? 'Paper');
    if (paper) return [paper, pages].filter(Boolean).join(', ');
    return a.target === 'meeting' ? 'on the meeting' : 'on the item';
  };
  const summary = describeCounts({
    highlights: all.filter((a) => a.kind === 'highlight').length,
    notes: all.filter((a) => a.kind === 'note').length,
    questions: all.filter((a) => a.kind === 'question').length,
  });

  const remove = async (a: Annotation) => {
    const result = await api['annotations.delete']({ id: a.id });
    if (result.ok) setDeleted(a);
    setStatus(result.ok ? `${KIND_LABEL[a.kind]} deleted.` : result.error.message);
    reload();
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await api['annotations.restore']({ id: deleted.id });
    setStatus(result.ok ? `${KIND_LABEL[deleted.kind]} restored.` : result.error.message);
    setDeleted(null);
    reload();
    listRef.current?.focus();
  };
  const dismiss = async (a: Annotation) => {
    const result = await api['annotations.dismiss']({ id: a.id });
    setStatus(result.ok ? `${KIND_LABEL[a.kind]} dismissed. It is kept in your data but no longer needs attention.` : result.error.message);
    reload();
    // The card goes: focus stays in the list of those left (or moves to the annotations below).
    (view.needsAttention.length > 1 ? attentionRef.current : listRef.current)?.focus();
  };
  const saved = (text: string) => {
    setStatus(text);
    reload();
  };

  return (
    <div className="meeting-annotations">
      <Breadcrumbs
        trail={[
          { label: 'Library', href: hrefs.library() },
          { label: `${view.committeeName}${dateText ? `, ${dateText}` : ''}`, href: hrefs.meeting(meetingId) },
        ]}
        current="My annotations"
      />
      <PageHeading focusOnMount={focusOnMount}>
        <span className="page-heading__context">
          {view.committeeName}
          {dateText ? `, ${dateText}` : ''}
        </span>
        <span className="page-heading__main">My annotations</span>
      </PageHeading>
      <p>
        {summary
          ? `${summary} on this meeting’s papers, items and the meeting itself, in agenda order.`
          : view.needsAttention.length > 0
            ? 'Your annotations on this meeting need attention (below).'
            : 'No annotations on this meeting yet.'}{' '}
        <a href={hrefs.meetingQuestions(meetingId)}>My questions and brief</a> · <a href={hrefs.meeting(meetingId)}>Back to the meeting</a>
      </p>
      <p role="status" className="annotations-status">
        {status}
      </p>
      {deleted && (
        <p className="annotations-status">
          <Button variant="quiet" onClick={() => void undo()}>
            Undo delete<span className="visually-hidden"> of the {KIND_LABEL[deleted.kind].toLowerCase()}</span>
          </Button>
        </p>
      )}

      {view.needsAttention.length > 0 && (
        <section className="section meeting-annotations__attention" aria-labelledby="meeting-needs-attention">
          <h2 id="meeting-needs-attention" ref={attentionRef} tabIndex={-1} className="section-heading">
            Needs attention ({view.needsAttention.length})
          </h2>
          <p className="muted">
            A revised paper no longer has these passages, or not with confidence. Re-attach opens the paper’s latest version: select the passage
            there, then choose Attach here. Dismiss keeps the annotation in your data but stops it asking for attention.
          </p>
          <ul className="annotation-list">
            {view.needsAttention.map((a) => (
              <OrphanCard
                key={a.id}
                annotation={a}
                where={a.documentId === null ? null : (titles.get(a.documentId) ?? null)}
                onReattach={() => a.documentId !== null && reattachInReader(a, hrefs.document(a.documentId, { page: a.original?.pageNumber ?? a.pageNumber }))}
                onDismiss={() => void dismiss(a)}
                onAccepted={(text) => {
                  saved(text);
                  (view.needsAttention.length > 1 ? attentionRef.current : listRef.current)?.focus();
                }}
              />
            ))}
          </ul>
        </section>
      )}

      <section className="section" aria-labelledby="meeting-annotations-list">
        <h2 id="meeting-annotations-list" ref={listRef} tabIndex={-1} className="section-heading">
          Annotations in agenda order
        </h2>
        {all.length > 0 && <AnnotationFilters value={filter} tags={tagsOf(all)} onChange={setFilter} label="Filter this meeting’s annotations" />}
        {isFiltered(filter) && all.length > 0 && (
          <p className="muted" aria-live="polite">
            {shownCount} of {all.length} shown.
          </p>
        )}
        {all.length === 0 ? (
          <p className="muted">Select text in one of the meeting’s papers to highlight it or add a note or question; or add a note on an item from the meeting page.</p>
        ) : shown.length === 0 ? (
          <p className="muted">None match these filters.</p>
        ) : (
          shown.map((section, i) => (
            <section key={section.item?.id ?? `general-${section.heading}`} aria-labelledby={`meeting-annotations-${i}`}>
              <h3 id={`meeting-annotations-${i}`} className="meeting-annotations__heading">
                {section.heading}
              </h3>
              <ul className="annotation-list">
                {section.entries.map((a) => {
                  const jump = jumpOf(a, meetingId);
                  return (
                    <AnnotationCard
                      key={a.id}
                      annotation={a}
                      where={where(a)}
                      href={jump?.href}
                      go={
                        jump && (
                          <a className="annotation-card__go" href={jump.href}>
                            {jump.label}
                            <span className="visually-hidden">
                              {' '}
                              ({KIND_LABEL[a.kind].toLowerCase()}
                              {a.documentId !== null ? ` in ${titles.get(a.documentId) ?? 'the paper'}` : ''})
                            </span>
                          </a>
                        )
                      }
                      onSaved={saved}
                      onDelete={() => void remove(a)}
                    />
                  );
                })}
              </ul>
            </section>
          ))
        )}
        {view.dismissedCount > 0 && (
          <p className="muted">
            {view.dismissedCount} dismissed {view.dismissedCount === 1 ? 'annotation is' : 'annotations are'} kept in your data and exports but not listed here.
          </p>
        )}
      </section>
    </div>
  );
}
