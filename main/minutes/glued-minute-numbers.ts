/**
 * A minute's number typed against its heading, with no space between: "17.118To receive apologies", "21/045Planning".
 * Read as printed, the number and heading make one word and the line is not a heading at all. A space is put back
 * where a number with a point or a slash (a minute's number, never a bare figure) runs straight into a capitalised word
 * at the start of a line, and only where the page does so at least twice, so a lone oddity is left as it was. A dash
 * typed against the heading after "Item 3" gets its space back too.
 */
const GLUED_RE = /^(\s*\d{1,4}[./]\d{1,4}(?:[./]\d{1,4})?)(?=\p{Lu}\p{Ll})/gmu;
const MIN_GLUED = 2;

/** "ITEM III –Hospital Steering Group": the dash after an item's number typed against the heading. */
const GLUED_DASH_RE = /^(\s*(?:Item|ITEM)\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,6})\s*[–—-])(?=\p{Lu})/gmu;

export function unglueMinuteNumbers(text: string): string {
  const dashed = text.replace(GLUED_DASH_RE, '$1 ');
  const found = dashed.match(GLUED_RE);
  if (!found || found.length < MIN_GLUED) return dashed;
  return dashed.replace(GLUED_RE, '$1 ');
}
