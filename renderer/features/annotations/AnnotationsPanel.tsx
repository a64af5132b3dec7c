/** The Annotations panel beside the pages: this document's annotations by page, filters, edit, delete with Undo, and orphans. */
import { useState } from 'react';
import { ANNOTATION_COLOURS, type Annotation, type AnnotationColour, type AnnotationKind } from '../../../shared/types/annotations';
import type { DocumentDetail } from '../../../shared/types/papers';
import { api } from '../../app/api';
import { Button } from '../../ui/Button';
import { COLOUR_LABEL, COLOUR_SWATCH, parseTags } from './geometry';
import { reloadAnnotations, setAnnotationsState, useAnnotations } from './state';

const KIND_LABEL: Record<AnnotationKind, string> = { highlight: 'Highlight', note: 'Note', question: 'Question' };

export function sortByPage(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => (a.pageNumber ?? 0) - (b.pageNumber ?? 0) || (a.position?.start ?? 0) - (b.position?.start ?? 0) || a.id - b.id);
}

export function AnnotationsPanel({
  detail,
  currentPage,
  onGo,
  onPageNote,
  reattaching,
  onReattach,
}: {
  detail: DocumentDetail;
  currentPage: number;
  onGo: (page: number) => void;
  onPageNote: (kind: 'note' | 'question') => void;
  reattaching: Annotation | null;
  onReattach: (a: Annotation | null) => void;
}) {
  const { annotations, orphans, deleted, message } = useAnnotations();
  const [kind, setKind] = useState<AnnotationKind | ''>('');
  const [colour, setColour] = useState<AnnotationColour | ''>('');
  const [tag, setTag] = useState('');
  const tags = [...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
  const shown = sortByPage(annotations).filter((a) => (!kind || a.kind === kind) && (!colour || a.colour === colour) && (!tag || a.tags.includes(tag)));

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
    await api['annotations.dismiss']({ id: a.id });
    setAnnotationsState({ message: 'Dismissed.' });
    await reloadAnnotations();
  };

  return (
    <aside id="annotations-panel" className="annotations-panel" aria-labelledby="annotations-panel-heading">
      <h2 id="annotations-panel-heading">Annotations</h2>
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
      <div className="annotations-panel__filters">
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as AnnotationKind | '')}>
            <option value="">All</option>
            <option value="highlight">Highlights</option>
            <option value="note">Notes</option>
            <option value="question">Questions</option>
          </select>
        </label>
        <label>
          Colour
          <select value={colour} onChange={(e) => setColour(e.currentTarget.value as AnnotationColour | '')}>
            <option value="">All</option>
            {ANNOTATION_COLOURS.map((c) => (
              <option key={c} value={c}>
                {COLOUR_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        {tags.length > 0 && (
          <label>
            Tag
            <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
              <option value="">All</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{annotations.length === 0 ? 'No annotations in this version yet. Select text on a page to add one.' : 'None match these filters.'}</p>
      ) : (
        <ul className="annotation-list" aria-label="Annotations by page">
          {shown.map((a) => (
            <AnnotationCard key={a.id} annotation={a} onGo={onGo} onDelete={() => void remove(a)} />
          ))}
        </ul>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="needs-attention-heading">
          <h3 id="needs-attention-heading">Needs attention ({orphans.length})</h3>
          <p className="muted">A revised version no longer has these passages, or not with confidence.</p>
          <ul className="annotation-list">
            {orphans.map((a) => (
              <li key={a.id} className="annotation-card annotation-card--orphan">
                <p className="annotation-card__meta">
                  {KIND_LABEL[a.kind]}, was on page {a.original?.pageNumber ?? a.pageNumber ?? '?'}
                </p>
                {a.original?.exact && <p className="annotation-card__quote">“{a.original.exact}”</p>}
                {a.body && <p>{a.body}</p>}
                <div className="annotation-card__actions">
                  {reattaching?.id === a.id ? (
                    <>
                      <span>Select the passage, then choose Attach here.</span>
                      <Button variant="quiet" onClick={() => onReattach(null)}>
                        Stop re-attaching
                      </Button>
                    </>
                  ) : (
                    <Button variant="secondary" onClick={() => onReattach(a)}>
                      Re-attach
                    </Button>
                  )}
                  <Button variant="quiet" onClick={() => void dismiss(a)}>
                    Dismiss
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted">Document: {detail.title}</p>
    </aside>
  );
}

function AnnotationCard({ annotation: a, onGo, onDelete }: { annotation: Annotation; onGo: (page: number) => void; onDelete: () => void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(a.body);
  const [tags, setTags] = useState(a.tags.join(', '));
  const save = async () => {
    const result = await api['annotations.update']({ id: a.id, body: body.trim(), tags: parseTags(tags) });
    setAnnotationsState({ message: result.ok ? 'Saved.' : result.error.message });
    setEditing(false);
    await reloadAnnotations();
  };
  const page = a.pageNumber;
  return (
    <li className="annotation-card" style={{ borderLeftColor: COLOUR_SWATCH[a.colour] }} data-annotation-id={a.id}>
      <p className="annotation-card__meta">
        {KIND_LABEL[a.kind]}
        {page !== null ? `, page ${page}` : ''}
        {a.kind === 'question' && a.asked ? ', asked' : ''}
      </p>
      {a.quote && <p className="annotation-card__quote">“{a.quote.exact.length > 200 ? `${a.quote.exact.slice(0, 200)}…` : a.quote.exact}”</p>}
      {editing ? (
        <div className="annotation-form">
          <label>
            {a.kind === 'question' ? 'Question' : 'Note'}
            <textarea rows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
          </label>
          <label>
            Tags (separate with commas)
            <input value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
          </label>
        </div>
      ) : (
        <>
          {a.body && <p>{a.body}</p>}
          {a.tags.length > 0 && <p className="annotation-card__meta">Tags: {a.tags.join(', ')}</p>}
        </>
      )}
      <div className="annotation-card__actions">
        {page !== null && (
          <Button variant="quiet" onClick={() => onGo(page)}>
            Go to page {page}
          </Button>
        )}
        {editing ? (
          <>
            <Button variant="secondary" onClick={() => void save()}>
              Save
            </Button>
            <Button variant="quiet" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <Button variant="quiet" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> {KIND_LABEL[a.kind].toLowerCase()}</span>
          </Button>
        )}
        <Button variant="quiet" onClick={onDelete}>
          Delete<span className="visually-hidden"> {KIND_LABEL[a.kind].toLowerCase()}</span>
        </Button>
      </div>
    </li>
  );
}
