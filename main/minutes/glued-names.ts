/**
 * "Councillors:J. W. ColeA. W. Eden" / "R. D. EvansR. Gray" / "D. R. SinnettMrs. Y. G. Southwell": a register printed in
 * two columns, copied without the tab between them, so each member's surname runs into the next member's initials (or
 * style). A line made only of such names is parted at each join ("J. W. Cole, A. W. Eden"); a line with anything else
 * is left as printed.
 */
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,3}`;
const SURNAME = String.raw`(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{L}'’-]*`;
const STYLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+`;
const GLUE_RE = new RegExp(String.raw`(?<=\p{Ll})(?=(?:${STYLE})?${INITIALS}${SURNAME})`, 'gu');
const LABEL_RE = /^((?:Councillors?|Cllrs?|Members|Present)\s*:\s*)/i;
const PERSON_RE = new RegExp(String.raw`^(?:${STYLE})?${INITIALS}${SURNAME}$`, 'u');

export function unglueInitialledNames(text: string): string {
  if (!/\p{Ll}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\.\s?/u.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.length > 300) return line;
      const label = LABEL_RE.exec(line)?.[1] ?? '';
      const parts = line.slice(label.length).trim().split(GLUE_RE);
      return parts.length >= 2 && parts.every((p) => PERSON_RE.test(p.trim())) ? `${label}${parts.map((p) => p.trim()).join(', ')}` : line;
    })
    .join('\n');
}
