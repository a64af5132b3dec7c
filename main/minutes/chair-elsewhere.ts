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
/** Where each pattern finds the person, and the office's "Vice" or "Deputy" (no group: the chair itself). */
interface ChairPattern {
  re: RegExp;
  name: number;
  vice: number | null;
  /** Looked for only in the page's opening (a heading or the membership), not in an election later on. */
  opening: boolean;
}
const PATTERNS: ChairPattern[] = [
  // "Chairman: Councillor Angus Neish" at a line's start.
  { re: new RegExp(String.raw`^\s*${OFFICE}\s*:\s*(${NAME})`, 'gmu'), vice: 1, name: 2, opening: true },
  // "Mrs Tedder (Chairman)" in a membership line.
  { re: new RegExp(String.raw`(${NAME})\s*\(${OFFICE}\)`, 'gu'), name: 1, vice: 2, opening: true },
  // "signed by Chairman, Nic Brown", "signed by the Chairman, Cllr D Cox".
  { re: new RegExp(String.raw`\bsigned\s+by\s+(?:the\s+)?${OFFICE},?\s+(${NAME})`, 'gu'), vice: 1, name: 2, opening: false },
  // "D Cox Chairman" alone on a sign-off line.
  { re: new RegExp(String.raw`^[\s\-–—_.…]*\d?\s*(${NAME})\s+${OFFICE}\b`, 'gmu'), name: 1, vice: 2, opening: false },
  // "Cllr. Osborne chaired the monthly meeting …".
  { re: new RegExp(String.raw`(${NAME})\s+chaired\s+the\s+(?:[\w-]+\s+){0,3}meeting\b`, 'gu'), name: 1, vice: null, opening: false },
  // "… therefore Councillor Phare took the Chair and opened the meeting", "Chris McCallion was asked to take the Chair".
  { re: new RegExp(String.raw`(${NAME})\s+(?:took|was\s+asked\s+to\s+take|agreed\s+to\s+take)\s+the\s+[Cc]hair\b`, 'gu'), name: 1, vice: null, opening: true },
  // "… it was agreed, that Cllr Knowles chair the meeting", "… that Mrs Springall chairs the meeting".
  { re: new RegExp(String.raw`\bthat\s+(${NAME})\s+(?:chairs?|should\s+chair|would\s+chair)\s+(?:the|this)\s+meeting\b`, 'gu'), name: 1, vice: null, opening: true },
  // "Cllr. R Bennett was unanimously voted as Chair for the coming year", "Cllr Kane was duly elected Chairman": the chair
  // elected at this meeting (the annual meeting's first business), who then holds the office in it.
  { re: new RegExp(String.raw`(${NAME})\s+(?:was|is)\s+(?:(?:duly|unanimously|then)\s+)*(?:re-?)?(?:elected|voted|appointed)\s+(?:in\s+)?(?:as\s+)?(?:the\s+)?${OFFICE}\b`, 'gu'), name: 1, vice: 2, opening: false },
  // "The Chairman Mrs V Kemmett welcomed everyone", "Welcome by the Chairman Councillor Broom".
  { re: new RegExp(String.raw`(?:^|[.:]\s+)(?:The\s+|the\s+)${OFFICE},?\s+(${NAME}),?\s+(?:welcomed|opened)\b`, 'gmu'), vice: 1, name: 2, opening: true },
  { re: new RegExp(String.raw`\bWelcome\s+by\s+the\s+${OFFICE},?\s+(${NAME})\s*$`, 'gmu'), vice: 1, name: 2, opening: true },
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
  for (const { re, name: nameAt, vice: viceAt, opening } of PATTERNS) {
    const where = opening ? text.slice(0, OPENING) : text;
    re.lastIndex = 0;
    for (let m = re.exec(where); m; m = re.exec(where)) {
      const name = m[nameAt];
      if (!name) continue;
      const who = onePresent(attendance, name);
      const role = viceAt !== null && m[viceAt] ? 'Vice-Chair' : 'Chair';
      if (!who || who.role || attendance.some((a) => a.role === role)) continue;
      who.role = role;
    }
  }
}
