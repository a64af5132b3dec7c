/**
 * People each before a comma and their post, one run straight into the next with nothing between: "Alun Davies AM,
 * Cabinet Secretary for Local Government (Chair) Rachel Maycock, Special Adviser Jeff Cuthbert, Police and Crime
 * Commissioner for Gwent. Arfon Jones, Police and Crime Commissioner for North Wales …", as a list of attendees set out
 * one to a line comes out of a web page. A person starts where a known given name and a surname come just before a
 * comma (a title, a rank or an honour kept with them), or where a sentence's full stop is followed by two capitalised
 * words and a comma; the post runs to where the next person starts. Taken only when the run starts with a person, four
 * or more people are found, and no post holds a verb or another name the reader cannot place; anything else is left
 * to the other readers: no guess.
 */
import { NAME_WORD_RE } from './given-name-run';
import { isGivenName } from './given-names';

export interface NamePostEntry {
  name: string;
  post: string | null;
}

const TITLE_RE = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Superintendent|Inspector|Constable|Sergeant|Sgt|Insp|Supt|PC|PCSO)\.?$/;
const RANK_LEAD_RE = /^(?:Chief|Deputy|Assistant|Detective)$/;
const HONOUR_RE = /^(?:AM|MS|MP|MSP|MLA|MBE|OBE|CBE|QC|KC|JP|DL)$/;
const VERB_RE = /\b(?:was|were|is|are|had|has|have|will|would|agreed|noted|reported|welcomed|opened|said|resolved|thanked)\b/i;
const BODY_END_RE = /^(?:Team|Council|Government|Police|Constabulary|Service|Services|Unit|Board|Group|Trust|Office|Authority|Agency|Partnership|Association|Commission|Executive|NHS)$/;
const JOINING_RE = /^(?:of|for|and|the|to|in|at|on|&)$/i;

/** The person whose name ends just before a comma at `comma`, with where the name starts; null when none does. */
function personBefore(run: string, comma: number): { at: number; name: string } | null {
  const before = run.slice(0, comma);
  const words = [...before.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  let n = words.length;
  while (n > 0 && HONOUR_RE.test(words[n - 1]?.text ?? '')) n--;
  if (n < 2) return null;
  const surname = words[n - 1]!;
  const given = words[n - 2]!;
  if (!NAME_WORD_RE.test(surname.text) || !NAME_WORD_RE.test(given.text)) return null;
  // (A second given name: "Marcus Wyn Robinson".)
  const middle = n >= 3 && isGivenName(words[n - 3]!.text) && NAME_WORD_RE.test(words[n - 3]!.text) && !isGivenName(surname.text) ? 3 : 2;
  let first = n - middle;
  const lead = words[first]!;
  const prev = words[first - 1];
  // (A post's own words before the comma, "Commissioner for South Wales," or "Head of Crime and Justice Team,", are no
  // person: the given name must be known, or the words must follow a sentence's full stop, a bracket, or nothing.)
  // ("… Commissioner’s Team Cerith Thomas,": or after the last word of a body's name.)
  const afterStop = !prev || /[.)]$/.test(prev.text) || BODY_END_RE.test(prev.text);
  if ((!isGivenName(lead.text) && !afterStop) || (prev && JOINING_RE.test(prev.text))) return null;
  while (first > 0 && TITLE_RE.test(words[first - 1]!.text)) first--;
  while (first > 0 && first < n - middle && RANK_LEAD_RE.test(words[first - 1]!.text)) first--;
  const at = words[first]!.at;
  return { at, name: run.slice(at, comma).trim() };
}

export function nameCommaPostRun(run: string): NamePostEntry[] | null {
  // (Semicolons or colons part entries, or labels, some other way: "A, B; Councillor C Apologies: D": not this shape.)
  if (run.length > 6000 || (run.match(/,/g) ?? []).length < 4 || /[;:]/.test(run)) return null;
  const starts: { at: number; end: number; name: string }[] = [];
  for (const m of run.matchAll(/,/g)) {
    const comma = m.index ?? 0;
    const p = personBefore(run, comma);
    if (!p || (starts.length > 0 && p.at < (starts[starts.length - 1]?.end ?? 0))) continue;
    starts.push({ at: p.at, end: comma + 1, name: p.name });
  }
  if (starts.length < 4 || starts[0]?.at !== 0) return null;
  const out: NamePostEntry[] = [];
  for (const [k, s] of starts.entries()) {
    const post = run
      .slice(s.end, starts[k + 1]?.at ?? run.length)
      .trim()
      .replace(/[\s,.;]+$/, '');
    if (VERB_RE.test(post) || post.length > 200) return null;
    out.push({ name: s.name, post: post || null });
  }
  // Every person has a post, but for one at most: "Ann Lyle, Tom Bray, Jo Cole" is a plain list of names.
  return out.filter((e) => !e.post).length <= 1 ? out : null;
}
