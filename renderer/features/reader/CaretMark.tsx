/** The caret of caret browsing, drawn over the text layer where the selection's focus is (see useCaretBrowsing). */
import type { CaretBox } from './useCaretBrowsing';

export function CaretMark({ box }: { box: CaretBox | null }) {
  if (!box) return null;
  return <div className="reader-caret" aria-hidden="true" style={{ left: box.left - 1, top: box.top, height: box.height }} />;
}
