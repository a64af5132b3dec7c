/** The Annotations panel beside the pages: this document's annotations by page, filters, edit, delete with Undo, and orphans. */
import { useState } from 'react';
import type { Annotation } from '../../../shared/types/annotations';
import type { DocumentDetail } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { AnnotationCard } from './AnnotationCard';
import { AnnotationFilters } from './AnnotationFilters';
import { KIND_LABEL, NO_FILTER, filterAnnotations, tagsOf, type AnnotationFilter } from './listing';
import { OrphanCard } from './OrphanCard';
import { reloadAnnotations, setAnnotationsState, useAnnotations } from './state';

export function sortByPage(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => (a.pageNumber ?? 0) - (b.pageNumber ?? 0) || (a.position?.start ?? 0) - (b.position?.start ?? 0) || a.id - b.id);
}

export function AnnotationsPanel({
  detail,
  currentPage,
  onGo,
  onPageNote,
}: {
  detail: DocumentDetail;
  currentPage: number;
  onGo: (page: number) => void;
  onPageNote: (kind: 'note' | 'question') => void;
}) {
  const { annotations, orphans, deleted, message, reattaching } = useAnnotations();
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const shown = filterAnnotations(sortByPage(annotations), filter);

  const remove = async (a: Annotation) => {
    const result = await api['annotations.delete']({ id: a.id });
    if (result.ok) setAnnotationsState({ deleted: a, message: `${KIND_LABEL[a.kind]} deleted.` });
    await reloadAnnotations();
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await api['annotations.restore']({ id: deleted.id });
    setAnnotationsState({ deleted: null, message: result.ok ? `${KIND_LABEL[deleted.kind]} restored.` : result.error.message });
    await reloadAnnotations();
  };
  const dismiss = async (a: Annotation) => {
    const result = await api['annotations.dismiss']({ id: a.id });
    setAnnotationsState({ message: result.ok ? 'Dismissed.' : result.error.message, ...(reattaching?.id === a.id ? { reattaching: null } : {}) });
    await reloadAnnotations();
  };
  const saved = async (text: string) => {
    setAnnotationsState({ message: text });
    await reloadAnnotations();
  };

  return (
    <aside id="annotations-panel" className="annotations-panel" aria-labelledby="annotations-panel-heading">
      <h2 id="annotations-panel-heading" tabIndex={-1}>
        Annotations
      </h2>
      <div className="annotation-card__actions">
        <Button variant="secondary" onClick={() => onPageNote('note')}>
          Note on page {currentPage}
        </Button>
        <Button variant="secondary" onClick={() => onPageNote('question')}>
          Question on page {currentPage}
        </Button>
      </div>
      {deleted && (
        <p className="annotations-status">
          {message}{' '}
          <Button variant="quiet" onClick={() => void undo()}>
            Undo
          </Button>
        </p>
      )}
      <AnnotationFilters value={filter} tags={tagsOf(annotations)} onChange={setFilter} />
      {shown.length === 0 ? (
        <p className="muted">{annotations.length === 0 ? 'No annotations in this version yet. Select text on a page to add one.' : 'None match these filters.'}</p>
      ) : (
        <ul className="annotation-list" aria-label="Annotations by page">
          {shown.map((a) => (
            <AnnotationCard
              key={a.id}
              annotation={a}
              go={
                a.pageNumber !== null && (
                  <Button variant="quiet" onClick={() => onGo(a.pageNumber as number)}>
                    Go to page {a.pageNumber}
                  </Button>
                )
              }
              onSaved={saved}
              onDelete={() => void remove(a)}
            />
          ))}
        </ul>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="needs-attention-heading">
          <h3 id="needs-attention-heading">Needs attention ({orphans.length})</h3>
          <p className="muted">A revised version no longer has these passages, or not with confidence.</p>
          <ul className="annotation-list">
            {orphans.map((a) => (
              <OrphanCard
                key={a.id}
                annotation={a}
                reattachingThis={reattaching?.id === a.id}
                onReattach={() => setAnnotationsState({ reattaching: a, message: 'Select the passage on a page, then choose Attach here.' })}
                onStopReattaching={() => setAnnotationsState({ reattaching: null })}
                onDismiss={() => void dismiss(a)}
                onAccepted={(text) => {
                  void saved(text);
                  // The card goes: focus moves to the panel's heading rather than falling to the page.
                  document.getElementById('annotations-panel-heading')?.focus();
                }}
              />
            ))}
          </ul>
        </section>
      )}
      <p className="muted">Document: {detail.title}</p>
    </aside>
  );
}
