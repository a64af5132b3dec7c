/**
 * "… on 10 November 2005 Start: 7.15pm Board Members Present Brian Coulter (Chairman) Richard Adams … Officers of the Board
 * Present Sandra Bell (Committee Administrator) …": a board's register labels printed without their colons inside one run
 * of text, as a copied table gives them. Each is put on a line of its own with its colon, so the register reads its lists;
 * "Officers of the Board Present" is said as the registers say it ("Officers Present"). Only these labels, in title case,
 * and only before a name.
 */
const UNMARKED_LABEL_RE =
  /(?<=\S)\s+((?:Board|Committee|Panel|Authority|Trust)\s+Members\s+Present|Officers\s+of\s+the\s+(?:Board|Committee|Panel|Authority|Trust)\s+(?:Present|in\s+Attendance))\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu})/gu;

export function markRegisterLabels(text: string): string {
  if (!text.includes(' Present ') && !text.includes(' Attendance ')) return text;
  return text.replace(UNMARKED_LABEL_RE, (_m, label: string) => `\n${label.replace(/^Officers\s+of\s+the\s+\S+\s+/, 'Officers ')}: `);
}
