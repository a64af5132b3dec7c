/**
 * A minute's number typed against its heading, with no space between: "17.118To receive apologies", "21/045Planning".
 * Read as printed, the number and heading make one word and the line is not a heading at all. A space is put back
 * where a number with a point or a slash (a minute's number, never a bare figure) runs straight into a capitalised word
 * at the start of a line, and only where the page does so at least twice, so a lone oddity is left as it was.
 */
const GLUED_RE = /^(\s*\d{1,4}[./]\d{1,4}(?:[./]\d{1,4})?)(?=\p{Lu}\p{Ll})/gmu;
const MIN_GLUED = 2;

export function unglueMinuteNumbers(text: string): string {
  const found = text.match(GLUED_RE);
  if (!found || found.length < MIN_GLUED) return text;
  return text.replace(GLUED_RE, '$1 ');
}
