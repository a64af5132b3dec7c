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

/**
 * "PRESENT                ACTION": a table's heading row, the list's label in the first column and "ACTION" over the
 * column of who is to act. Copied, the two stand on one line and the label is no label; the column's heading goes.
 */
const LABEL_OVER_ACTION_RE = /^(\s*(?:PRESENT|Present|APOLOGIES|Apologies|ATTENDANCE|Attendance))\s{3,}(?:ACTION|Action)(?:\s+BY)?\s*$/gm;

export function withoutActionColumnHead(text: string): string {
  if (!/\s{3,}(?:ACTION|Action)/.test(text)) return text;
  const lines = text.replace(LABEL_OVER_ACTION_RE, '$1').split('\n');
  // Under the label, the table's rows: "Chair                Kate Salinger", "Trustees          Anne Finnie, Barry Rawlings":
  // each group's word in its own cell, the gap the cell's border; read as the group's label with its colon.
  const at = lines.findIndex((l) => /^\s*(?:PRESENT|Present)\s*$/.test(l));
  for (let k = at + 1, seen = 0; at >= 0 && k < lines.length && seen < 8; k++) {
    const line = lines[k] ?? '';
    if (!line.trim()) continue;
    seen++;
    if (/^\s*(?:APOLOGIES|Apologies|ABSENT|Absent|IN ATTENDANCE|MINUTES)\b/.test(line)) break;
    const row = /^(\s*\p{Lu}[\p{Ll}]+(?:\s\p{Ll}+)?)\s{3,}(\p{Lu}.*)$/u.exec(line);
    if (row?.[1] && row[2]) lines[k] = `${row[1].trimEnd()}: ${row[2].replace(/\s{3,}/g, ' ')}`;
  }
  return lines.join('\n');
}
