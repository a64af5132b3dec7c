/**
 * The text layer placed over the page's own words. pdf.js draws each run of text in a generic
 * family (sans-serif, serif) and stretches the whole run (scaleX) to the width it has on the page;
 * inside a run the letters then fall where the generic font and the stretch put them, not where the
 * page drew them, so a find highlight or a selection in the middle of a line sat a few pixels off its
 * words (up to 7 px in a justified line of a real paper; the generated test packs in Helvetica hid it,
 * the generic font there having the same widths). Two corrections:
 *  - the fonts the page was drawn with are already loaded into the document by pdf.js (named after
 *    the run's fontName, with a cmap for the real characters), so the text layer names them first,
 *    with the generic family behind for anything they lack;
 *  - in the page's own font a run's letters already have their widths, and what is left over is the
 *    space a justified line puts between words: that goes into word-spacing instead of stretching
 *    every letter.
 */
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

/** The families of the fonts loaded into the document (pdf.js's page fonts among them). */
function loadedFamilies(): Set<string> {
  const families = new Set<string>();
  for (const face of document.fonts) if (face.status === 'loaded') families.add(face.family.replace(/^["']|["']$/g, ''));
  return families;
}

const PATCHED = Symbol('page fonts');
/** A family list led by one of the page's own fonts (the browser may drop the quotes). */
const OWN_FONT = /^"?(?!(?:sans-serif|serif|monospace)\b)[\w.-]+"?,/;

/** Makes the text layer use each run's own font where pdf.js has loaded it (call before drawing the layer). */
export function applyPageFonts(content: TextContent): void {
  const styles = content.styles as TextContent['styles'] & { [PATCHED]?: Set<string> };
  const done = (styles[PATCHED] ??= new Set());
  const loaded = loadedFamilies();
  for (const [name, style] of Object.entries(styles)) {
    if (done.has(name) || !loaded.has(name) || !/^[\w.-]+$/.test(name)) continue;
    style.fontFamily = `"${name}", ${style.fontFamily}`;
    done.add(name);
  }
}

const SCALE_X = /scaleX\(([\d.eE+-]+)\)\s*/;
const SPACES = /[ \u00a0]/g;

/**
 * Runs in the page's own font that pdf.js stretched to fit (a justified line): the extra width goes
 * between the words (word-spacing, in em so it follows the zoom) and the letters keep their own
 * widths. Call once the layer is drawn.
 */
export function fitWordSpacing(divs: readonly HTMLElement[]): void {
  const changes: Array<{ div: HTMLElement; spacing: number; transform: string }> = [];
  // Read everything first, then write, so the layout is worked out once.
  for (const div of divs) {
    const match = SCALE_X.exec(div.style.transform);
    if (!match || !OWN_FONT.test(div.style.fontFamily)) continue;
    const scale = Number(match[1]);
    const spaces = div.textContent?.match(SPACES)?.length ?? 0;
    if (!(scale > 0) || spaces === 0 || Math.abs(scale - 1) < 0.002) continue;
    const width = div.offsetWidth;
    const fontSize = parseFloat(getComputedStyle(div).fontSize);
    if (!(width > 0) || !(fontSize > 0)) continue;
    const spacing = (width * (scale - 1)) / spaces / fontSize;
    // Beyond these it is not a justified line (a font without some of the run's letters, say): leave the stretch.
    if (spacing < -0.2 || spacing > 2) continue;
    changes.push({ div, spacing, transform: div.style.transform.replace(SCALE_X, '').trim() });
  }
  for (const { div, spacing, transform } of changes) {
    div.style.wordSpacing = `${spacing.toFixed(4)}em`;
    div.style.transform = transform;
  }
}
