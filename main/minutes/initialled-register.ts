/**
 * A register whose every person is given with the initials the minutes use for them, then their post: "George Walker
 * (GW) SHR Chair" / "Siobhan White (SW) SHR Board Member (item 1 & part of item 3)". Rows copied without their breaks
 * run on ("… Board Member (item 1) Colin Stewart (CS) SHR Board Member"), so a person is found by the initials in
 * brackets after their name, which must be the name's own (first and last letters); what runs to the next person is the
 * post. A person printed without initials in such a run ("… (items 1, 3 & 4) Helen Trouten Torres SHR Board Member") is
 * found where a known given name opens two or three name words and the same post's first word follows them.
 */
import { NAME_WORD_RE } from './given-name-run';
import { isGivenName } from './given-names';

export interface InitialledEntry {
  name: string;
  post: string | null;
}

const STYLE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+)?`;
// ("Malcolm McGregor (MMcG)": a "Mc" written into the initials as into the name.)
const PERSON_RE = new RegExp(String.raw`(${STYLE}\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,3})\s+\((\p{Lu}(?:Mc|\p{Lu}){1,3})\)`, 'gu');
/** "(item 1 & part of item 3)", "(items 1, 3 & 4)", "(from 2pm)": when they were there, no part of the post. */
const NOTE_RE = /\s*\((?:items?|part|from|until|left|arrived|joined|for)\b[^()]*\)/gi;

/** The initials are the name's own: the first letter of its first word and of its last. */
function ownInitials(name: string, initials: string): boolean {
  const words = name.replace(new RegExp(`^${STYLE}`, 'u'), '').split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // ("McGregor" is "McG" or "G" in initials, as the page writes it.)
  const lastLetters = [last[0], /^(?:Mc|Mac)\p{Lu}/u.exec(last)?.[0].slice(-1)];
  return initials[0] === words[0]?.[0] && lastLetters.includes(initials[initials.length - 1]);
}

/** A person without initials inside a post's text, followed by the post's own first word; the index where they start. */
function unmarkedPersonAt(post: string): { at: number; name: string } | null {
  const first = post.split(/\s+/)[0] ?? '';
  if (!first) return null;
  const words = post.split(/\s+/);
  for (let k = 1; k < words.length - 2; k++) {
    if (!isGivenName(words[k] ?? '') || !NAME_WORD_RE.test(words[k] ?? '')) continue;
    for (const len of [2, 3]) {
      const name = words.slice(k, k + len);
      if (name.length < len || !name.every((w) => NAME_WORD_RE.test(w))) continue;
      if (words[k + len] === first) return { at: words.slice(0, k).join(' ').length, name: name.join(' ') };
    }
  }
  return null;
}

const TITLED_TAIL_RE = /^(.*?)\s*((?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,2})\s*\(([^()]{2,40})\)$/u;

/** The people of such a run, or null when the text does not start with a person and their initials. */
export function initialledRegister(text: string): InitialledEntry[] | null {
  // ("Peter Jeary (PJ)Treasurer": the post glued to the bracket.)
  const t = text.trim().replace(/(?<=\(\p{Lu}(?:Mc|\p{Lu}){1,3}\))(?=\p{Lu})/gu, ' ');
  // (A list parted by semicolons, "Derek Sayer (DS) (chair); Brendan Carson; (BC)", is read as such elsewhere.)
  if (t.length > 4000 || !t.includes('(') || t.includes(';')) return null;
  const found = [...t.matchAll(PERSON_RE)].flatMap((m) => {
    // ("… Business Support Margaret Sharkey (MS)": the post's last words run into the name; the name is the words the
    // initials are of.)
    const words = (m[1] ?? '').split(/\s+/);
    for (let drop = 0; drop + 2 <= words.length; drop++) {
      const name = words.slice(drop).join(' ');
      if (m[2] && ownInitials(name, m[2])) return [{ index: (m.index ?? 0) + words.slice(0, drop).join(' ').length + (drop > 0 ? 1 : 0), name, end: (m.index ?? 0) + m[0].length }];
    }
    return [];
  });
  if (found.length === 0 || found[0]?.index !== 0) return null;
  const out: InitialledEntry[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    let post = t.slice(m.end, i + 1 < found.length ? found[i + 1]!.index : t.length).trim();
    const people: InitialledEntry[] = [{ name: m.name, post: null }];
    for (let guard = 0; guard < 10; guard++) {
      const unmarked = unmarkedPersonAt(post);
      if (!unmarked) break;
      const own = post.slice(0, unmarked.at).trim();
      people[people.length - 1]!.post = own;
      people.push({ name: unmarked.name, post: null });
      post = post.slice(unmarked.at).trim().slice(unmarked.name.length).trim();
    }
    // ("… Dinah Faulds (DF) Vice-Chair Cllr Scott Hamilton (SBC Cllr SH)": a councillor whose bracket holds their council
    // with the initials, after the last post; one more person, the council's letters their role.)
    const titled = TITLED_TAIL_RE.exec(post);
    if (titled?.[1] !== undefined && titled[2] && titled[3]) {
      post = titled[1];
      people[people.length - 1]!.post = post;
      people.push({ name: titled[2].replace(/^(?:Cllr|Councillor)\.?\s+/, ''), post: titled[3].replace(/\s+\p{Lu}{2,4}$/u, '').trim() || null });
    } else people[people.length - 1]!.post = post;
    for (const p of people) {
      // ("Maureen Ross (MR) Highland Councillor, Alasdair Rhind (AR) …": commas between the rows are no part of a post.)
      const cleaned = (p.post ?? '').replace(NOTE_RE, '').trim().replace(/^,\s*/, '').replace(/[,;.]$/, '');
      // A post is words of a post: no sentence, no numbers, no bracket of its own ("Dr Jo McCoy (JMcC)", a person the
      // pattern missed), and not a list's separator ("Mark Penn (MP) & Ann Kemble (AK)" is a list, read elsewhere).
      if (/^(?:[&–—-]|and\b)/.test(p.post ?? '') || /[()]/.test(cleaned) || /\d/.test(cleaned) || cleaned.length > 100 || /\b(?:was|were|is|are|had|has|have|will|would)\b/.test(cleaned)) return null;
      out.push({ name: p.name, post: cleaned || null });
    }
  }
  return out;
}

/** "Jonny Moran (JM) - Online - Transport Scotland": one person, by their initials, and what the row says of them. */
const BULLET_PERSON_RE = new RegExp(String.raw`^(${STYLE}\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,3})\s*\((\p{Lu}(?:Mc|\p{Lu}){1,3})\)(?:\s*[–—-]\s*.{0,120})?$`, 'u');

/**
 * Bullets at a page's top with no label over them, each a person with the initials the minutes use for them ("• Jonny
 * Moran (JM) - Online - Transport Scotland" / "• John Andrew (JA) - Transport Scotland" / …): who was there. The initials
 * must be the name's own; three or more such bullets, one after another.
 */
export function initialledBulletNames(lines: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const line of lines) {
    const m = BULLET_PERSON_RE.exec(line.trim());
    if (!m?.[1] || !m[2] || !ownInitials(m[1], m[2])) break;
    out.push(m[1]);
  }
  return out.length >= 3 ? out : null;
}
