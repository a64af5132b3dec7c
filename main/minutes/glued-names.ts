/**
 * "Councillors:J. W. ColeA. W. Eden" / "R. D. EvansR. Gray" / "D. R. SinnettMrs. Y. G. Southwell": a register printed in
 * two columns, copied without the tab between them, so each member's surname runs into the next member's initials (or
 * style). A line made only of such names is parted at each join ("J. W. Cole, A. W. Eden"); a line with anything else
 * is left as printed. The same for people in full after their style ("Mr Ivan ArbuthnotMr John McGrady", "Mr Alistair
 * Orr (Chair)Dr Theo Laverty"), and a list's label run into its first name ("PresentMr Alistair Orr …" → "Present: …").
 */
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,3}`;
const SURNAME = String.raw`(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}[\p{L}'’-]*`;
const STYLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+`;
const GLUE_RE = new RegExp(String.raw`(?<=\p{Ll}|\))(?=(?:${STYLE})?${INITIALS}${SURNAME}|${STYLE}\p{Lu}\p{Ll})`, 'gu');
const LABEL_RE = /^((?:Councillors?|Cllrs?|Members|Present|In\s+Attendance|Apologies)\s*:\s*)/i;
const GLUED_LABEL_RE = /^(Present|In\s+Attendance|Apologies|Absent)(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s\p{Lu})/u;
const PERSON_RE = new RegExp(String.raw`^(?:(?:${STYLE})?${INITIALS}${SURNAME}|${STYLE}\p{Lu}\p{Ll}+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2})(?:\s*\([^()]{2,60}\))?$`, 'u');

export function unglueInitialledNames(text: string): string {
  if (!/(?:\p{Ll}|\))(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[.\p{Ll}]/u.test(text)) return text;
  return text
    .split('\n')
    .map((raw) => {
      const line = raw.replace(GLUED_LABEL_RE, '$1: ');
      if (line.length > 300) return raw;
      const label = LABEL_RE.exec(line)?.[1] ?? '';
      const parts = line.slice(label.length).trim().split(GLUE_RE);
      if (parts.length >= 2 && parts.every((p) => PERSON_RE.test(p.trim()))) return `${label}${parts.map((p) => p.trim()).join(', ')}`;
      return label && parts.length === 1 && PERSON_RE.test(parts[0]?.trim() ?? '') ? line : raw;
    })
    .join('\n');
}
