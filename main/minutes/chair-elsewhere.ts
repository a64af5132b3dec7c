import type { Attendee } from './attendance';

/**
 * Who chaired, said outside the list of those present, where the list gave no one the chair: "Chairman: Councillor Angus
 * Neish" over the list, "Committee: Cllrs Mrs Tedder (Chairman), Mrs Head (Vice-Chairman), …" (the membership, above the
 * members present), "… were agreed as a true record and signed by Chairman, Nic Brown.", "D Cox Chairman" (the sign-off
 * line), "Cllr. Osborne chaired the monthly meeting". The person must be one of those present, named the same way; the
 * chair (and vice-chair) is set only when the list named none, and only when one present person fits.
 */
const NAME = String.raw`(?:(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+){0,2}(?:\p{Lu}\.?\s+){0,3}(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+`;
const OFFICE = String.raw`((?:Vice|Deputy)[-\s]?)?Chair(?:man|woman|person)?`;
const PATTERNS: RegExp[] = [
  // "Chairman: Councillor Angus Neish" at a line's start.
  new RegExp(String.raw`^\s*${OFFICE}\s*:\s*(${NAME})`, 'gmu'),
  // "Mrs Tedder (Chairman)" in a membership line.
  new RegExp(String.raw`(${NAME})\s*\(${OFFICE}\)`, 'gu'),
  // "signed by Chairman, Nic Brown", "signed by the Chairman, Cllr D Cox".
  new RegExp(String.raw`\bsigned\s+by\s+(?:the\s+)?${OFFICE},?\s+(${NAME})`, 'gu'),
  // "D Cox Chairman" alone on a sign-off line.
  new RegExp(String.raw`^[\s\-–—_.…]*\d?\s*(${NAME})\s+${OFFICE}\b`, 'gmu'),
  // "Cllr. Osborne chaired the monthly meeting …".
  new RegExp(String.raw`(${NAME})\s+chaired\s+the\s+(?:[\w-]+\s+){0,3}meeting\b()`, 'gu'),
];

const bare = (s: string) =>
  s
    .replace(/\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b\.?/g, '')
    .replace(/[^\p{L}\s'’-]/gu, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/);

/** The present person this name is: same surname, and any first name or initials it gives agree. */
function onePresent(attendance: readonly Attendee[], name: string): Attendee | null {
  const words = bare(name);
  const surname = words[words.length - 1];
  if (!surname || surname.length < 2) return null;
  const found = attendance.filter((a) => {
    if (a.status !== 'present') return false;
    const own = bare(a.name);
    if (own[own.length - 1] !== surname) return false;
    const given = words.slice(0, -1);
    const theirs = own.slice(0, -1);
    // ("Nic Brown" and "Nic Brown (NB)", "D Cox" and "D B Cox": the first name or first initial agrees.)
    return given.length === 0 || theirs.length === 0 || given[0]?.[0] === theirs[0]?.[0];
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** How far into the page a heading's "Chairman:" or a membership's "(Chairman)" is looked for: the opening, not an election. */
const OPENING = 3000;

export function chairFromElsewhere(attendance: Attendee[], text: string): void {
  // ("Chris Hampton (Outgoing Chair)": a list that names any chair's office is left as it is.)
  if (attendance.some((a) => a.role && /chair/i.test(a.role)) || text.length > 400000) return;
  for (const [k, re] of PATTERNS.entries()) {
    const where = k < 2 ? text.slice(0, OPENING) : text;
    re.lastIndex = 0;
    for (let m = re.exec(where); m; m = re.exec(where)) {
      // The office and the name sit in different groups by pattern: the office's "Vice" group is the one before or after.
      const [vice, name] = re.source.startsWith('^\\s*') || re.source.startsWith('\\bsigned') ? [m[1], m[2]] : [m[2], m[1]];
      if (!name) continue;
      const who = onePresent(attendance, name);
      const role = vice ? 'Vice-Chair' : 'Chair';
      if (!who || who.role || attendance.some((a) => a.role === role)) continue;
      who.role = role;
    }
  }
}
