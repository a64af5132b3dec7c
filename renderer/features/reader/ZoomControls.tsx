/** The toolbar's zoom: out, a choice of fits and steps, in. */
import { ZOOM_STEPS, type ZoomMode } from './pages';

function zoomValue(zoom: ZoomMode): string {
  return typeof zoom === 'number' ? String(zoom) : zoom;
}

export function ZoomControls({
  zoom,
  scale,
  onZoom,
  onZoomBy,
}: {
  zoom: ZoomMode;
  /** The scale the zoom works out at now (shown beside Automatic and the fits). */
  scale: number;
  onZoom: (zoom: ZoomMode) => void;
  onZoomBy: (direction: 1 | -1) => void;
}) {
  // "Auto" on screen so the toolbar fits one row at 1280 px; the select's tooltip says "Automatic" in full.
  const zoomOptions: Array<{ value: string; label: string; full?: string }> = [
    { value: 'auto', label: 'Auto', full: 'Automatic' },
    { value: 'fit-width', label: 'Fit width' },
    { value: 'fit-page', label: 'Fit page' },
    ...ZOOM_STEPS.map((s) => ({ value: String(s), label: `${Math.round(s * 100)}%` })),
  ];
  if (typeof zoom === 'number' && !ZOOM_STEPS.some((s) => s === zoom)) {
    zoomOptions.push({ value: String(zoom), label: `${Math.round(zoom * 100)}%` });
  }
  const scaleNote = typeof zoom === 'string' ? ` (${Math.round(scale * 100)}%)` : '';
  const chosen = zoomOptions.find((o) => o.value === zoomValue(zoom));
  return (
    <div className="toolbar__group">
      <button type="button" className="tool tool--icon" onClick={() => onZoomBy(-1)} aria-label="Zoom out" title="Zoom out (Ctrl −)">
        −
      </button>
      <label className="visually-hidden" htmlFor="reader-zoom">
        Zoom
      </label>
      <select
        id="reader-zoom"
        className="toolbar__select"
        title={`Zoom: ${chosen?.full ?? chosen?.label ?? ''}${scaleNote}`}
        value={zoomValue(zoom)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onZoom(v === 'auto' || v === 'fit-width' || v === 'fit-page' ? v : Number(v));
        }}
      >
        {zoomOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.value === zoom ? scaleNote : ''}
          </option>
        ))}
      </select>
      <button type="button" className="tool tool--icon" onClick={() => onZoomBy(1)} aria-label="Zoom in" title="Zoom in (Ctrl +)">
        +
      </button>
    </div>
  );
}
