/**
 * People the minutes name with a title ("Cllr Capon proposed …", "Councillors Ashton and Bowles arrived", "apologies
 * from Mrs C. Tosh") who are in none of the lists Scrutineer read. Minutes name the members who spoke, proposed,
 * arrived late or sent apologies in their prose as well as in their lists, so a member named there and read nowhere
 * is the clearest sign that a list was read in part: the meeting page names them beside the lists it shows.
 *
 * It only looks; it never adds anyone to the attendance (a councillor named in a report may not have been there).
 */

/** A person's title, then the name: initials, a forename, and the surname (captured). */
const TITLED_NAME_RE =
  /\b((?:Councillors?|Cllrs?\.?|Cllr['’]s|Cynghorydd|Cynghorwyr|Cyng\.|Alderm[ae]n|Bailie|Provost|Mr|Mrs|Ms|Miss|Dr)\.?)\s+((?:\p{Lu}\.?\s?){0,3}(?:(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+\s+)?((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?))(?![\p{L}'’-])/gu;
/** "Councillors Ashton and Bowles", "Cllrs Baillie, Brown and Hale": the further surnames of a plural title. */
const PLURAL_TITLE_RE = /\b(Councillors|Cllrs\.?|Cynghorwyr|Messrs\.?)\s+((?:(?:\p{Lu}\.?\s?){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s*,\s*|\s+and\s+|\s+&\s+)){1,12}(?:\p{Lu}\.?\s?){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)/gu;

/** Capitalised words that follow a title and are not a surname ("Cllr Present", "Councillor Seconded"). */
const NOT_SURNAME = new Set(
  (
    'present apologies absent attending attendance also and the this that these those there then their it in on at of for to by with from ' +
    'councillor councillors cllr cllrs chair chairman chairwoman chairperson vice mayor deputy leader clerk member members officer officers ' +
    'county district borough town parish city community council committee cabinet portfolio holder executive ward division ' +
    'proposed seconded unanimously resolved agreed noted position scheme forum report reports thanks thanked said asked ' +
    'mr mrs ms miss mx dr sir dame lady lord rev revd prof professor ald ccllr dcllr minute minutes item items agenda ' +
    // ("Councillor Vacancy", "Councillor Training Day": the title as a noun's first word; "Mrs M Paterson Representing".)
    'vacancy vacancies training induction allowance allowances surgery surgeries advocate advocates election elections co-option ' +
    'grant grants code conduct role roles update updates representing attending chairing speaking reporting ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Courtesy titles, which may stand before a name after a member's title ("Councillor Dr Moore"). */
const COURTESY = new Set('mr mrs ms miss mx dr sir dame lady lord rev revd prof professor'.split(' '));

/** A word of a name as the lists and the mentions are compared: lower case, letters and hyphens only. */
export const foldNameWord = (w: string) => w.toLowerCase().replace(/[^\p{L}-]/gu, '');
const fold = foldNameWord;

/** What the minutes say of someone right after naming them that answers the question: "(who was not present)". */
const NOT_THERE_AFTER_RE = /^[^.;\n]{0,40}?\b(?:(?:was|were)\s+not\s+present|not\s+present|(?:was|were)\s+unable\s+to\s+attend|unable\s+to\s+attend|did\s+not\s+attend|could\s+not\s+attend|(?:was|were)\s+absent)\b/i;

/** The singular of a plural title, to name one of the people it lists ("Councillors A and B" → "Councillor A"). */
const SINGULAR: Record<string, string> = { councillors: 'Councillor', cllrs: 'Cllr', cynghorwyr: 'Cynghorydd', messrs: 'Mr' };

/**
 * The people named with a title in `text` whose surname `known` (the folded words of every name and role read) does not
 * hold, each once, as first printed ("Councillor A. Bailes", "Cllr Burbage"). A word the page also prints in lower case
 * ("scheme", "day") is taken for a common word, not a surname.
 */
export function namedNotRead(text: string, known: ReadonlySet<string>): string[] {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const lower = new Set((sample.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]+/gu) ?? []).map(fold));
  const out = new Map<string, { at: number; name: string }>();
  const consider = (word: string, name: string, at: number, end: number) => {
    // "Ward Councillor Watson (who was not present)": the minutes already say where they were.
    if (NOT_THERE_AFTER_RE.test(sample.slice(end, end + 80))) return;
    // "Councillor Tricia Bear’s apologies": the name without its possessive; "Rutland- Barsby": a word broken at a line's end.
    const surname = word.replace(/['’]s$/u, '');
    if (surname.endsWith('-')) return;
    const f = fold(surname);
    if (f.length < 2 || known.has(f) || NOT_SURNAME.has(f) || lower.has(f)) return;
    const seen = out.get(f);
    if (!seen || at < seen.at) out.set(f, { at, name: name.replace(/['’]s$/u, '').replace(/\s+/g, ' ').trim() });
  };
  for (const m of sample.matchAll(TITLED_NAME_RE)) {
    // "Councillor Waterfield Minute 12": a forename taken for the surname's place is the surname, and the word after it no name.
    const words = (m[2] ?? '').split(/\s+/);
    const last = words[words.length - 1] ?? '';
    // ("Councillor Training Day": a word that is never a name in the forename's place.)
    const before = fold(words[words.length - 2] ?? '');
    if (words.length > 1 && NOT_SURNAME.has(before) && !COURTESY.has(before)) continue;
    const dropLast = words.length > 1 && !/^\p{Lu}\.?$/u.test(words[words.length - 2] ?? '') && (NOT_SURNAME.has(fold(last)) || lower.has(fold(last)));
    const name = dropLast ? words.slice(0, -1).join(' ') : (m[2] ?? '');
    consider(dropLast ? (words[words.length - 2] ?? '') : last, `${SINGULAR[fold(m[1] ?? '')] ?? m[1]} ${name}`, m.index, m.index + m[0].length);
  }
  for (const m of sample.matchAll(PLURAL_TITLE_RE)) {
    const title = SINGULAR[fold(m[1] ?? '')] ?? m[1] ?? '';
    for (const part of (m[2] ?? '').split(/\s*,\s*|\s+and\s+|\s+&\s+/)) {
      const p = part.trim();
      consider(p.split(/\s+/).pop() ?? '', `${title} ${p}`, m.index, m.index + m[0].length);
    }
  }
  return [...out.values()].sort((a, b) => a.at - b.at).map((v) => v.name);
}
