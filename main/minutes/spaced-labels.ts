/**
 * "P R E S E N T", "A P O L O G I E S": a label printed with its letters spaced out (a letterhead's style), which a copy
 * keeps as single letters. Read as printed it is no label and the list after it is no list. Only the labels minutes
 * use are closed up, so initials in a row ("A B C D") stay as they are.
 */
const LABELS = ['PRESENT', 'APOLOGIES', 'ABSENT', 'IN ATTENDANCE', 'ALSO PRESENT', 'MINUTES', 'ATTENDANCE', 'SEDERUNT'];
const spaced = (label: string) => label.split(' ').map((w) => w.split('').join(' ')).join('\\s+');
const SPACED_RE = new RegExp(`(?<![\\p{L}\\d])(?:${LABELS.map(spaced).join('|')})(?![\\p{L}\\d])`, 'gu');
const BY_LETTERS = new Map(LABELS.map((l) => [l.replace(/ /g, ''), l]));

export function closeSpacedLabels(text: string): string {
  if (!/\p{Lu} \p{Lu} \p{Lu} \p{Lu}/u.test(text)) return text;
  return text.replace(SPACED_RE, (m) => BY_LETTERS.get(m.replace(/\s+/g, '')) ?? m);
}
