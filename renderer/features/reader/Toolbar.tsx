/** The reader's toolbar: sidebar, page box, zoom, find, print, caret browsing, annotate, version and the item on this page. Holds nothing itself. */
import type { DocumentDetail } from '../../../shared/types/papers';
import { AnnotateSelectionButton } from '../annotations/AnnotationsLayer';
import { CARET_SHORTCUT } from './useCaretBrowsing';
import { PageBox } from './PageBox';
import type { ZoomMode } from './pages';
import { VersionSelect } from './VersionSelect';
import { ZoomControls } from './ZoomControls';

export function Toolbar({
  detail,
  currentPage,
  numPages,
  zoom,
  scale,
  sidebarOpen,
  onToggleSidebar,
  onGo,
  onZoom,
  onZoomBy,
  onFind,
  onPrint,
  caretOn,
  caretDisabled,
  onToggleCaret,
  itemText,
}: {
  detail: DocumentDetail;
  currentPage: number;
  numPages: number;
  zoom: ZoomMode;
  scale: number;
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
  onGo: (page: number) => void;
  onZoom: (zoom: ZoomMode) => void;
  onZoomBy: (direction: 1 | -1) => void;
  onFind: () => void;
  onPrint: () => void;
  caretOn: boolean;
  /** A scan has no text to move a caret through. */
  caretDisabled: boolean;
  onToggleCaret: () => void;
  itemText: string | null;
}) {
  return (
    <div className="reader__toolbar" role="toolbar" aria-label="Reader" aria-controls="reader-pages">
      <div className="toolbar__group">
        <button
          type="button"
          className="tool"
          aria-pressed={sidebarOpen}
          onClick={onToggleSidebar}
          title="Show or hide the contents and page thumbnails"
        >
          Sidebar
        </button>
      </div>
      <div className="toolbar__group">
        {/* Arrows on screen, "Previous page" / "Next page" to screen readers: the toolbar fits one row at 1280 px. */}
        <button type="button" className="tool tool--icon" onClick={() => onGo(currentPage - 1)} disabled={currentPage <= 1} title="Previous page">
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">Previous page</span>
        </button>
        <PageBox currentPage={currentPage} numPages={numPages} onGo={onGo} />
        <button type="button" className="tool tool--icon" onClick={() => onGo(currentPage + 1)} disabled={currentPage >= numPages} title="Next page">
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">Next page</span>
        </button>
      </div>
      <ZoomControls zoom={zoom} scale={scale} onZoom={onZoom} onZoomBy={onZoomBy} />
      <div className="toolbar__group">
        <button type="button" className="tool" onClick={onFind} title="Find in document (Ctrl F)">
          Find
        </button>
        <button type="button" className="tool" onClick={onPrint} title="Print pages (Ctrl P)">
          Print…
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={caretOn}
          onClick={onToggleCaret}
          disabled={caretDisabled}
          title={`Caret browsing: move through the text with the arrow keys and select with Shift (${CARET_SHORTCUT})`}
          aria-keyshortcuts={CARET_SHORTCUT}
        >
          {/* "Caret" on screen; its name begins with the word shown (WCAG 2.5.3, label in name). */}
          Caret<span className="visually-hidden"> browsing</span>
        </button>
      </div>
      <AnnotateSelectionButton scale={scale} />
      {detail.versions.length > 1 && <VersionSelect detail={detail} currentPage={currentPage} />}
      <p className="toolbar__item" title={itemText ?? undefined}>
        {itemText ? (
          <>
            <span className="toolbar__item-label">
              Item<span className="visually-hidden"> on this page:</span>
            </span>{' '}
            {itemText}
          </>
        ) : (
          <span className="muted">No agenda item on this page</span>
        )}
      </p>
    </div>
  );
}
