/**
 * The reader's annotation tools: the toolbar that appears over a text selection (Highlight in four
 * colours, Note, Question; Attach here when re-attaching), its small form, and the Annotations
 * panel. Keyboard (see useAnnotationKeys): select text (caret browsing, F7, or the mouse), then H,
 * N or Q, or Ctrl Shift A (or the toolbar's "Annotate selection") to move focus to the selection
 * toolbar. Focus goes back where it was (the text layer's caret, or the control that opened the
 * toolbar or form) once the annotation is saved or the form cancelled.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ANNOTATION_COLOURS, type Annotation, type AnnotationColour, type AnnotationKind } from '../../../shared/types/annotations';
import type { DocumentDetail } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { readSelection, type PendingSelection } from './dom';
import { COLOUR_LABEL, COLOUR_SWATCH, parseTags } from './geometry';
import { AnnotationsPanel } from './AnnotationsPanel';
import { getAnnotationsState, loadAnnotations, reloadAnnotations, setAnnotationsState, useAnnotations } from './state';
import { ANNOTATION_KEYS, useAnnotationKeys } from './useAnnotationKeys';
import { useFocusReturn } from '../reader/useFocusReturn';
import { layerOf } from '../reader/caret';
import './annotations.css';

/** The shortcut, as shown to the member. */
export const ANNOTATE_SHORTCUT = ANNOTATION_KEYS.toolbar;

/** Takes the current selection for annotating and puts focus on the selection toolbar. */
export function annotateSelection(scale: number): boolean {
  const pending = readSelection(scale);
  if (!pending) {
    setAnnotationsState({ message: 'Select some text on a page first, then choose Annotate selection.' });
    return false;
  }
  setAnnotationsState({ pending, focusToolbar: getAnnotationsState().focusToolbar + 1 });
  return true;
}

/** The reader toolbar's button (keyboard route to the selection toolbar). */
export function AnnotateSelectionButton({ scale }: { scale: number }) {
  return (
    <div className="toolbar__group">
      <button
        type="button"
        className="tool"
        // Keep the page's selection: a click would otherwise clear it before we read it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => annotateSelection(scale)}
        title={`Highlight, note or question on the selected text (${ANNOTATE_SHORTCUT})`}
        aria-keyshortcuts="Control+Shift+A"
      >
        {/* "Annotate" on screen, leaving the reader's toolbar room for the item's title; the name begins with it (WCAG 2.5.3). */}
        Annotate<span className="visually-hidden"> selection</span>
      </button>
    </div>
  );
}

/** The heading's toggle for the Annotations panel. */
export function AnnotationsToggle() {
  const { panelOpen, annotations, orphans } = useAnnotations();
  return (
    <Button variant="secondary" aria-pressed={panelOpen} aria-controls={panelOpen ? 'annotations-panel' : undefined} onClick={() => setAnnotationsState({ panelOpen: !panelOpen })}>
      Annotations ({annotations.length}){orphans.length > 0 ? `, ${orphans.length} need attention` : ''}
    </Button>
  );
}

interface Draft {
  kind: 'note' | 'question';
  /** null: a note on the whole page. */
  selection: PendingSelection | null;
  pageNumber: number;
}

export function AnnotationsLayer({
  detail,
  scale,
  currentPage,
  onGo,
}: {
  detail: DocumentDetail;
  scale: number;
  currentPage: number;
  onGo: (page: number) => void;
}) {
  const st = useAnnotations();
  const [draft, setDraft] = useState<Draft | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const scaleRef = useRef(scale);
  useEffect(() => {
    scaleRef.current = scale;
  }, [scale]);
  const documentId = detail.id;
  const versionId = detail.version.id;

  useEffect(() => {
    void loadAnnotations(documentId, versionId);
  }, [documentId, versionId]);

  // A mouse selection on a page offers the toolbar (without taking focus from the page).
  useEffect(() => {
    const onUp = (event: MouseEvent) => {
      if (event.target instanceof Node && toolbarRef.current?.contains(event.target)) return;
      window.setTimeout(() => {
        const pending = readSelection(scaleRef.current);
        if (pending || getAnnotationsState().pending) setAnnotationsState({ pending });
      }, 0);
    };
    document.addEventListener('mouseup', onUp);
    return () => document.removeEventListener('mouseup', onUp);
  }, []);

  // Where focus goes back to once the toolbar or form is done with.
  const pagesElement = useCallback(() => document.getElementById('reader-pages'), []);
  const focusReturn = useFocusReturn(pagesElement);

  useEffect(() => {
    if (st.focusToolbar === 0) return;
    focusReturn.remember();
    toolbarRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [st.focusToolbar, focusReturn]);

  const openDraft = useCallback(
    (next: Draft) => {
      focusReturn.remember();
      setDraft(next);
    },
    [focusReturn],
  );
  const cancelDraft = useCallback(() => {
    setDraft(null);
    focusReturn.restore();
  }, [focusReturn]);
  const dropToolbar = useCallback(() => {
    setAnnotationsState({ pending: null });
    focusReturn.restore();
  }, [focusReturn]);

  const done = useCallback(
    async (message: string) => {
      // A caret (caret browsing) stays where the passage ends; a mouse selection is let go.
      const selection = window.getSelection();
      if (layerOf(document.activeElement)) selection?.collapseToEnd();
      else selection?.removeAllRanges();
      setAnnotationsState({ pending: null, message });
      setDraft(null);
      focusReturn.restore({ collapse: true });
      await reloadAnnotations();
    },
    [focusReturn],
  );

  const create = async (kind: AnnotationKind, selection: PendingSelection | null, pageNumber: number, extra: { colour?: AnnotationColour; body?: string; tags?: string[] }) => {
    const where = selection && selection.lastPageNumber > pageNumber ? `pages ${pageNumber}–${selection.lastPageNumber}` : `page ${pageNumber}`;
    const result = await api['annotations.create']({
      documentId,
      versionId,
      kind,
      pageNumber,
      ...extra,
      ...(selection ? { quote: selection.quote, rects: selection.rects } : {}),
    });
    if (!result.ok) {
      setAnnotationsState({ error: result.error.message });
      return;
    }
    const what = kind === 'highlight' ? 'Highlight' : kind === 'note' ? 'Note' : 'Question';
    await done(`${what} added on ${where}.`);
  };

  const act = (kind: 'highlight' | 'note' | 'question'): boolean => {
    const selection = readSelection(scaleRef.current) ?? getAnnotationsState().pending;
    if (!selection || draft) return false;
    if (kind === 'highlight') void create('highlight', selection, selection.pageNumber, { colour: 'yellow' });
    else openDraft({ kind, selection, pageNumber: selection.pageNumber });
    return true;
  };
  useAnnotationKeys({
    toolbar: () => annotateSelection(scaleRef.current),
    act,
    dismiss: () => {
      if (getAnnotationsState().pending && !draft) dropToolbar();
    },
  });

  const attach = async (orphan: Annotation, selection: PendingSelection) => {
    const result = await api['annotations.reattach']({ id: orphan.id, versionId, pageNumber: selection.pageNumber, quote: selection.quote, rects: selection.rects });
    if (!result.ok) {
      setAnnotationsState({ error: result.error.message });
      return;
    }
    setAnnotationsState({ reattaching: null });
    await done(`Re-attached on page ${selection.pageNumber}.`);
  };

  const pending = st.pending;
  const reattaching = st.reattaching?.documentId === documentId ? st.reattaching : null;
  const toolbarStyle = pending
    ? {
        left: Math.max(8, Math.min(pending.anchor.left, window.innerWidth - 430)),
        // Below the selection if there is room, else above it; always inside the window.
        top: Math.max(8, Math.min(window.innerHeight - 120, pending.anchor.bottom + 8 + 120 > window.innerHeight ? pending.anchor.top - 60 : pending.anchor.bottom + 8)),
      }
    : undefined;

  return (
    <>
      {pending && !draft && (
        <div
          ref={toolbarRef}
          className="selection-toolbar"
          role="toolbar"
          aria-label="Annotate the selected text"
          style={toolbarStyle}
          onMouseDown={(e) => {
            if (!(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) e.preventDefault();
          }}
        >
          {reattaching ? (
            <Button variant="primary" onClick={() => void attach(reattaching, pending)}>
              Attach here
            </Button>
          ) : null}
          {ANNOTATION_COLOURS.map((colour) => (
            <Button
              key={colour}
              variant="quiet"
              aria-label={`Highlight in ${COLOUR_LABEL[colour].toLowerCase()}`}
              title={`Highlight in ${COLOUR_LABEL[colour].toLowerCase()}${colour === 'yellow' ? ` (${ANNOTATION_KEYS.highlight})` : ''}`}
              aria-keyshortcuts={colour === 'yellow' ? ANNOTATION_KEYS.highlight : undefined}
              onClick={() => void create('highlight', pending, pending.pageNumber, { colour })}
            >
              <span className="selection-toolbar__swatch" style={{ background: COLOUR_SWATCH[colour] }} aria-hidden="true" />
              {colour === 'yellow' ? ' Highlight' : ''}
            </Button>
          ))}
          <Button
            variant="quiet"
            title={`Add a note to the selected text (${ANNOTATION_KEYS.note})`}
            aria-keyshortcuts={ANNOTATION_KEYS.note}
            onClick={() => openDraft({ kind: 'note', selection: pending, pageNumber: pending.pageNumber })}
          >
            Note
          </Button>
          <Button
            variant="quiet"
            title={`Add a question about the selected text (${ANNOTATION_KEYS.question})`}
            aria-keyshortcuts={ANNOTATION_KEYS.question}
            onClick={() => openDraft({ kind: 'question', selection: pending, pageNumber: pending.pageNumber })}
          >
            Question
          </Button>
          <Button variant="quiet" title="Close this toolbar (Escape)" aria-keyshortcuts="Escape" onClick={dropToolbar}>
            Cancel
          </Button>
        </div>
      )}
      {draft && (
        <DraftForm
          draft={draft}
          style={toolbarStyle}
          onCancel={cancelDraft}
          onSave={(body, tags) => void create(draft.kind, draft.selection, draft.pageNumber, { body, tags })}
        />
      )}
      {st.panelOpen && (
        <AnnotationsPanel
          detail={detail}
          currentPage={currentPage}
          onGo={onGo}
          onPageNote={(kind) => openDraft({ kind, selection: null, pageNumber: currentPage })}
        />
      )}
      <p className="visually-hidden" role="status">
        {st.message}
      </p>
      {st.error && (
        <p className="visually-hidden" role="alert">
          {st.error}
        </p>
      )}
    </>
  );
}

function DraftForm({
  draft,
  style,
  onCancel,
  onSave,
}: {
  draft: Draft;
  style: { left: number; top: number } | undefined;
  onCancel: () => void;
  onSave: (body: string, tags: string[]) => void;
}) {
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const label = draft.kind === 'note' ? 'Your note' : 'Your question';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(body.trim(), parseTags(tags));
  };
  return (
    <form
      className="selection-toolbar annotation-form"
      style={style ?? { right: 24, top: 160 }}
      aria-label={draft.selection ? `${draft.kind === 'note' ? 'Note' : 'Question'} on the selected text` : `${draft.kind === 'note' ? 'Note' : 'Question'} on page ${draft.pageNumber}`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {draft.selection && <p className="annotation-card__quote">“{draft.selection.quote.exact.slice(0, 160)}”</p>}
      <label>
        {label}
        <textarea ref={ref} rows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} maxLength={20000} />
      </label>
      <label>
        Tags (separate with commas)
        <input value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div className="annotation-card__actions">
        <Button type="submit">Save {draft.kind}</Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
