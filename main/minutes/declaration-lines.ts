/**
 * Declarations that are not an English "Councillor X declared …" sentence: lines of a declarations
 * item ("Item 4bi – Mr B Lobban (Financial)", "David Roys – Cradley Village Hall.", a table flattened
 * by copying into "Cllr X | 5 | Personal | …") and Welsh prose ("Gwnaeth y Cynghorydd X ddatganiad o
 * ddiddordeb …", "Datganodd y Cynghorydd X fuddiant personol …").
 */
import type { Declaration } from '../../shared/types/minutes';
import { interestNature } from './interest-nature';
import { stripMemberTitle } from './names';

const MAX_PASSAGE = 400;

/** The passage a fact was read from, as printed, trimmed to at most ~400 characters. */
export function passageOf(text: string): string {
  const head = text.slice(0, MAX_PASSAGE * 4);
  // Blocks are already normalised to single spaces: only rewrite the spacing when it needs it.
  const s = (/[^\S ]| {2}/.test(head) ? head.replace(/\s+/g, ' ') : head).trim();
  if (s.length <= MAX_PASSAGE) return s;
  const cut = s.slice(0, MAX_PASSAGE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_PASSAGE * 0.7 ? cut.slice(0, space) : cut}…`;
}

const HONORIFIC = '(?:(?:County\\s+(?:Borough\\s+)?|City\\s+|Borough\\s+|District\\s+|Town\\s+)?Councillors?|Cllrs?\\.?|Couns?\\.?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Alderman|Bailie|Baillie|Y\\s+Cynghorydd)';
const NAME_TOKEN = "(?:(?:Mc|Mac|O['’]|De|Di|Le)?[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)?|[A-Z]\\.?(?:[A-Z]\\.?){0,2}|[A-Z][a-z]?\\.(?:[A-Z][a-z]?\\.?)*)";
const PERSON = `(?:${HONORIFIC}\\.?\\s+)?${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3}`;
/** Words that start a heading or a statement, never a person ("Public Questions – none"). */
const NOT_A_NAME_RE = /\b(?:Item|Items|Agenda|Minutes?|Public|Questions?|Declarations?|Interests?|Apologies|Members?|None|Nil|Council|Committee|Report|Planning|Application|Matters?|Chair(?:man)?|Clerk|Officers?|Note|Notes|Action|Resolved|Agreed|Decision|The|All|No|Any)\b/;

const ITEM_LINE_RE = new RegExp(`^(?:Agenda\\s+)?(?:Item|Minute|Eitem)\\s+(?:No\\.?\\s*)?([A-Z]{0,6}\\d{1,4}[a-z]{0,5}(?:\\.\\d{1,3})*(?:\\(\\w{1,4}\\))*)\\s*[–—:-]\\s*(${PERSON}(?:\\s*(?:,|and|&)\\s*${PERSON})*)\\s*(?:\\(([^)]{2,60})\\))?\\s*[.;]?$`);
const PERSON_ONLY_RE = new RegExp(`^${PERSON}$`);
/** What follows a dash that says nothing was declared, or tells members what to do. */
const NO_ENTRY_RE = /\b(?:none|nil|nothing)\s+(?:was\s+|were\s+)?declared\b|^members\s+(?:to|must|are|should|may)\b/i;
const NAME_DASH_RE = new RegExp(`^(${PERSON}(?:\\s*(?:,|and|&)\\s*${PERSON})*)(?:\\s+\\([^)]{2,60}\\))?\\s+[–—-]\\s+(.{3,200}?)\\s*[.;]?$`);

const ITEM_NUM = '[A-Z]{0,6}\\d{1,4}[a-z]{0,5}(?:\\.\\d{1,3})*(?:\\(\\w{1,4}\\))*';
/** A member's title and one or more names after it: "Councillor Armstrong", "Councillors Campbell, Doherty and Thornton". */
const TITLED_LIST = `${HONORIFIC}\\.?\\s+${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3}(?:\\s*(?:,|\\band\\b|&)\\s*(?:${HONORIFIC}\\.?\\s+)?${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3})*`;
/** "Agenda Item 6.2: Audit Panel Report – Councillor Armstrong": an item, perhaps its title, then the titled members who declared. */
const ITEM_ENTRY_RE = new RegExp(`^(?:Agenda\\s+)?(?:Item|Minute)\\s+(?:No\\.?\\s*)?(${ITEM_NUM})\\s*[:.–—-]?\\s+(?:(.{2,200}?)\\s+[–—-]\\s+)?(${TITLED_LIST})\\s*(?:\\(([^)]{2,80})\\))?\\s*[.,]?$`);
const ITEM_START_RE = /(?:^|[\s;:])(?=(?:Agenda\s+)?(?:Item|Minute)\s+(?:No\.?\s*)?[A-Z]{0,6}\d)/g;
/** "Councillor Steven Heddle – Item 14.1", "Cllr Jones - Items 4 and 7": a member, then the item or items only. */
const MEMBER_ITEMS_RE = new RegExp(`^(${PERSON}(?:\\s*(?:,|and|&)\\s*${PERSON})*)\\s+[–—-]\\s+(?:Agenda\\s+)?(?:Items?|Minutes?)\\s+(?:No\\.?\\s*)?(${ITEM_NUM}(?:\\s*(?:,|and|&)\\s*${ITEM_NUM})*)\\s*[.;]?$`);

/**
 * Entries run together in one paragraph: "Declarations were conveyed as follows: Agenda Item 6.2: Audit
 * Panel – Councillor Armstrong; Agenda Item 6.6: Estate Update – Councillors Campbell and Doherty". Each
 * entry starts at "Item N" and ends at a semicolon; only members printed with a title are read.
 */
function itemEntries(line: string, date: string | null): Declaration[] {
  if (line.length > 3000) return [];
  const starts = [...line.matchAll(ITEM_START_RE)].map((m) => m.index + (m[0] ? m[0].length : 0));
  const out: Declaration[] = [];
  starts.forEach((start, k) => {
    const segment = (line.slice(start, starts[k + 1] ?? line.length).split(';')[0] ?? '').replace(/\s+and$/, '').trim();
    const m = ITEM_ENTRY_RE.exec(segment);
    if (!m || !m[1] || !m[3]) return;
    const people = splitPeople(m[3]).filter((p) => PERSON_ONLY_RE.test(p) && !NOT_A_NAME_RE.test(p.replace(HONORIFIC_PREFIX_RE, '')));
    for (const p of people) out.push(declaration(p, m[1], m[4] ?? '', m[4] ?? '', date, segment));
  });
  return out;
}

function declaration(member: string, item: string | null, subject: string, natureText: string, date: string | null, passage: string): Declaration {
  return { member: stripMemberTitle(member), item, subject, nature: interestNature(natureText, date), withdrew: false, passage: passageOf(passage) };
}

const HONORIFIC_PREFIX_RE = new RegExp(`^${HONORIFIC}\\.?\\s+`);

export function personLike(raw: string): boolean {
  const n = raw.trim();
  if (NOT_A_NAME_RE.test(n.replace(HONORIFIC_PREFIX_RE, ''))) return false;
  return HONORIFIC_PREFIX_RE.test(n) || n.split(/\s+/).length >= 2;
}

const VERB_FIRST_RE = /^(?:Declared|Declaring)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?interests?\s+(?:in|on|regarding|concerning|in\s+respect\s+of)\s+(.{3,160}?)\s+[–—-]\s+([^–—]{3,200}?)\s*\.?$/i;
// ("… Pension Committee. ii. Councillor Fryer – …": a list's marker between two entries goes with the break.)
const LIST_MARKER_RE = /^\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Councillors?|Cllrs?)\.?\s+\p{Lu})/u;
const DASH_ITEM_MENTION_RE = /^(?:in\s+respect\s+of\s+|regarding\s+|on\s+)?(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(\d{1,4}[a-z]?(?:\.\d{1,3})?)\b/i;
// ("… – J. Grove, P. Rich Declared an interest in the Wash Banks – …": the next entry, opening with its verb.)
const ENTRY_SENTENCE_BREAK_RE = /(?<=\p{Ll}{2}|\))\.\s+(?:(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+)?(?=(?:Mr|Mrs|Ms|Miss|Dr|Councillors?|Cllrs?)\.?\s+\p{Lu})|(?<=\p{Ll})\.?\s+(?=Declared\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?interests?\s)/u;
/** "agenda item 14 (Planning Applications)": an item's number, then its title in brackets. */
const DASH_ITEM_RE = /^(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(\d{1,4}[a-z]?(?:\.\d{1,3})?)\b\s*(?:\(([^()]{2,80})\))?\s*\.?$/i;

function splitPeople(list: string): string[] {
  return list
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

const ITEM_NUMS = '\\d{1,4}[a-z]?(?:\\s*(?:&|and|,)\\s*\\d{1,4}[a-z]?)*';
const TITLED_PERSON = `(?:(?:Councillor|Cllr\\.?|Coun\\.?|Alderman|Mr|Mrs|Ms|Miss|Dr)\\s+)${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3}?`;
const KIND_OF_INTEREST = '(?:Disclosable|Significant|Other|Personal|Prejudicial|Pecuniary|Non[- ]?\\w+|Registrable|Financial)[\\w\\s-]{0,40}?Interest';
/** A table row whose cells lost their separators: "0654 & 0655 Councillor James Watson Significant Other Interest". */
const NUMBER_MEMBER_KIND_RE = new RegExp(`^(${ITEM_NUMS})\\s+(${TITLED_PERSON})\\s+(${KIND_OF_INTEREST})\\.?$`);
const MEMBER_NUMBER_KIND_RE = new RegExp(`^(${TITLED_PERSON})\\s+(${ITEM_NUMS})\\s+(${KIND_OF_INTEREST})\\.?$`);

const MEMBER_ON_RE = new RegExp(`^(${TITLED_PERSON})\\s+(?:on|re|regarding|in\\s+respect\\s+of)\\s+(\\S.{2,160}?)[.;,]?$`);
const GROUP_ON_RE = /^(?:Councillors|Cllrs)\.?\s+((?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+){1,12})\s+(?:in\s+respect\s+of|regarding)\s+(\S.{2,160}?)[.;]?$/u;
const BEFORE_TITLED_RE = /;\s*|,?\s+and\s+(?=(?:Councillor|Cllr|Coun|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s)/;

/** Entries "Cllr A on <subject>", joined by "and" or semicolons, every one of them so; null otherwise. */
function memberOnEntries(line: string, date: string | null): Declaration[] | null {
  if (!/\son\s|\sre\s|regarding|in\s+respect\s+of/.test(line)) return null;
  const parts = line.replace(/\.$/, '').split(BEFORE_TITLED_RE).map((p) => p.trim()).filter(Boolean);
  const found = parts.map((p) => MEMBER_ON_RE.exec(p));
  if (found.length === 0 || found.some((m) => !m?.[1] || !m[2] || !personLike(m[1]))) return null;
  return found.map((m) => {
    const subject = (m?.[2] ?? '').trim();
    const item = /\bitem\s+(?:no\.?\s*)?(\d{1,3}[a-z]?(?:\.\d{1,2})?)\b/i.exec(subject)?.[1] ?? null;
    return declaration(m?.[1] ?? '', item, subject, subject, date, line);
  });
}

/** "Councillor Ali Ahmed Item 7: …", "Councillor Hudson Item 6 : …": where each row of a flattened table starts. */
const MEMBER_ITEM_ROW_START_RE = new RegExp(`(?:^|\\s)(?=(?:County\\s+)?(?:Councillor|Cllr\\.?)\\s+${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2}\\s+(?:Agenda\\s+)?Items?\\s+\\d)`, 'g');
const MEMBER_ITEM_ROW_RE = new RegExp(`^((?:County\\s+)?(?:Councillor|Cllr\\.?)\\s+${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2}?)\\s+((?:Agenda\\s+)?Items?\\s+\\d.*)$`);
const ROW_ITEM_REF_RE = /\b(?:Agenda\s+)?Items?\s+(\d{1,3}[a-z]?(?:\.\d{1,2})?)\b/gi;
const ROW_NATURE_RE = /\b(?:Disclosable\s+Pecuniary|Other\s+Registrable|Non[- ]?(?:Registrable|Pecuniary|Financial)|Personal(?:\s+and\s+Prejudicial)?|Prejudicial|Pecuniary|Financial|Significant)\s+interests?\b/i;

/**
 * A "Councillor | Interest" table flattened into one paragraph: "Councillor Ali Ahmed Item 7: Planning Guidance – Personal
 * interest in an HMO. Councillor Hudson Item 6 : … and Item 9: … - Personal interest as family member …". Each row is a
 * member, the items, then what the interest is. Two rows at least, each with its kind of interest named.
 */
export function memberItemRows(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const line of lines) {
    if (line.length > 8000 || !/\bItems?\s+\d/.test(line)) continue;
    const starts = [...line.matchAll(MEMBER_ITEM_ROW_START_RE)].map((m) => m.index + m[0].length);
    if (starts.length < 2) continue;
    const rows = starts.map((start, k) => line.slice(start, starts[k + 1] ?? line.length).trim());
    const read = rows.map((row) => {
      const m = MEMBER_ITEM_ROW_RE.exec(row);
      const nature = m?.[2] ? ROW_NATURE_RE.exec(m[2]) : null;
      if (!m?.[1] || !m[2] || !nature || !personLike(m[1])) return null;
      const refs = [...m[2].slice(0, nature.index).matchAll(ROW_ITEM_REF_RE)].map((r) => r[1]).filter((r): r is string => !!r);
      const subject = m[2].slice(nature.index).replace(/[.;]\s*$/, '').trim();
      // (Whether the member left is read by the caller, from the row's passage.)
      return declaration(m[1], refs.length > 0 ? refs.join(' and ') : null, subject, subject, date, row);
    });
    if (read.every((d) => d !== null)) out.push(...(read as Declaration[]));
  }
  return out;
}

/** "Cllr Hyett 15.130 EPAA Committee member": a table's row under a declarations heading — the member, the minute, the interest. */
const MEMBER_MINUTE_INTEREST_RE = /^(?:Cllrs?|Councillors?)\.?\s+((?:\p{Lu}\.?\s+){0,3}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:item|minute|min)\.?\s*)?(\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?)\s*[-–—:]?\s+(\p{Lu}[^.;]{2,120}?)\.?$/u;

/** Lines of a declarations item that list who declared what. */
/** A declarations line that opens with a member's initials and the item: "JW. Item 7.3. A428.Landowner." */
const INITIALS_ITEM_RE = /^(\p{Lu}{2,3})\.?\s+(?:Agenda\s+)?Item\s+(\d{1,3}[a-z]?(?:\.\d{1,2})?)\.?\s+(\S.{1,200}?)\.?$/u;
/** Letters that open a line without being anyone's initials. */
const NOT_INITIALS_RE = /^(?:NB|PS|NA|RE|NO|OK|TBC|TBA|AOB|AGM|EGM|APM)$/;
export function lineDeclarations(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const line of lines) {
    const row = line.length < 200 ? MEMBER_MINUTE_INTEREST_RE.exec(line.trim()) : null;
    if (row?.[1] && row[2] && row[3] && !/\b(?:declared|declares|was|were|had|has|is|are)\b/.test(row[3])) out.push(declaration(row[1], row[2], row[3], row[3], date, line.trim()));
  }
  for (const raw of lines) {
    // "ii. Councillor Fryer – …": a list's marker before the entry.
    const line = raw.trim().replace(LIST_MARKER_RE, '');
    if (!line) continue;
    // "Mr R. Allcock, Mr J. Briggs - agenda item 14 (Planning Applications). Mr R. Mason - agenda item 9 (…).": entries
    // run into one line, each a sentence opening with a member's title.
    const sentences = line.length < 1200 ? line.split(ENTRY_SENTENCE_BREAK_RE) : [line];
    if (sentences.length > 1) {
      out.push(...lineDeclarations(sentences, date));
      continue;
    }
    if (line.length > 300) {
      out.push(...itemEntries(line, date));
      continue;
    }
    // "JW. Item 7.3. A428.Landowner.", "VM Item 8.1. 20/04336/HFUL Neighbour.": a member by initials, the item, the interest.
    const initials = line.length < 250 ? INITIALS_ITEM_RE.exec(line) : null;
    if (initials?.[1] && initials[2] && initials[3] && !NOT_INITIALS_RE.test(initials[1])) {
      out.push(declaration(initials[1], initials[2], initials[3], initials[3], date, line));
      continue;
    }
    const numberFirst = NUMBER_MEMBER_KIND_RE.exec(line);
    const memberFirst = numberFirst ? null : MEMBER_NUMBER_KIND_RE.exec(line);
    if (numberFirst?.[1] && numberFirst[2] && numberFirst[3]) {
      out.push(declaration(numberFirst[2], numberFirst[1], '', numberFirst[3], date, line));
      continue;
    }
    if (memberFirst?.[1] && memberFirst[2] && memberFirst[3]) {
      out.push(declaration(memberFirst[1], memberFirst[2], '', memberFirst[3], date, line));
      continue;
    }
    // "Cllrs Douglas, Abram, and Blane in respect of Planning matter": several members, one interest, no verb.
    const group = GROUP_ON_RE.exec(line);
    const groupPeople = group?.[1] && group[2] ? splitPeople(group[1]).map((p) => `Cllr ${p}`).filter(personLike) : [];
    if (group?.[2] && groupPeople.length >= 2) {
      for (const p of groupPeople) out.push(declaration(p, null, group[2].trim(), group[2], date, line));
      continue;
    }
    const byItem = ITEM_LINE_RE.exec(line);
    if (byItem && byItem[1] && byItem[2]) {
      const people = splitPeople(byItem[2]).filter(personLike);
      for (const p of people) out.push(declaration(p, byItem[1], byItem[3] && !/^(?:financial|non-financial|personal|prejudicial|pecuniary|dpi|other)/i.test(byItem[3]) ? byItem[3] : '', byItem[3] ?? line, date, line));
      continue;
    }
    const cells = line.split(/\s*\|\s*|\t+/).map((c) => c.trim()).filter(Boolean);
    if (cells.length >= 2) {
      const who = cells.find((c) => PERSON_ONLY_RE.test(c) && personLike(c));
      if (who) {
        const item = cells.find((c) => /^(?:(?:Agenda\s+)?Item\s+)?\d{1,4}[a-z]{0,3}(?:\(\w{1,4}\))?$/i.test(c));
        const subject = cells.filter((c) => c !== who && c !== item).sort((a, b) => b.length - a.length)[0] ?? '';
        out.push(declaration(who, item ? item.replace(/^(?:Agenda\s+)?Item\s+/i, '') : null, subject, line, date, line));
        continue;
      }
    }
    const memberItems = MEMBER_ITEMS_RE.exec(line);
    if (memberItems && memberItems[1] && memberItems[2]) {
      const people = splitPeople(memberItems[1]);
      if (people.every(personLike)) {
        for (const p of people) for (const item of memberItems[2].split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)) out.push(declaration(p, item, '', '', date, line));
        continue;
      }
    }
    // "Coun Slater on The Royal British Legion and Coun. Taylor on Part 2 item.": each member and what they declared on.
    const onEntries = memberOnEntries(line, date);
    if (onEntries) {
      out.push(...onEntries);
      continue;
    }
    // "Declared an interest in discussions about Triton Knoll – J. Grant, P. Richardson": the interest first, then who.
    const verbFirst = VERB_FIRST_RE.exec(line);
    const verbPeople = verbFirst?.[1] && verbFirst[2] ? splitPeople(verbFirst[2]) : [];
    if (verbFirst?.[1] && verbPeople.length > 0 && verbPeople.every((p) => PERSON_ONLY_RE.test(p) && personLike(p))) {
      for (const p of verbPeople) out.push(declaration(p, null, verbFirst[1].trim(), line, date, line));
      continue;
    }
    const dash = NAME_DASH_RE.exec(line);
    // ("D. Dispensations – Members to consider any written requests for dispensations. None declared.": an agenda's heading
    // and its wording, with the minute's "none", not a member's entry.)
    if (dash && dash[1] && dash[2] && !/^(?:none|nil|no\b|n\/a|not\s)/i.test(dash[2]) && !NO_ENTRY_RE.test(dash[2])) {
      // "Councillors Gilbert, Mulroney and Woodley (Cabinet Members) – interest in …": one declaration each.
      // ("Mr R. Allcock, Mr J. Briggs, Mr D. Robinson – …": each member after a title of their own.)
      const titled = splitPeople(dash[1]);
      const people = /^(?:(?:County\s+|City\s+|Borough\s+)?Councillors|Cllrs)\b/.test(dash[1]) ? splitPeople(dash[1].replace(/^\S+\s+(?:Councillors\s+)?/, '')) : titled.length > 1 && titled.every((p) => HONORIFIC_PREFIX_RE.test(p)) ? titled : [dash[1]];
      if (people.length > 1 ? people.every((p) => PERSON_ONLY_RE.test(p)) : personLike(dash[1])) {
        // "– agenda item 14 (Planning Applications)": the item, and its title as what the interest is in.
        // ("– In respect of item 9.1 (Motion on Notice …), a non-registrable interest …": the item it names.)
        const byNumber = DASH_ITEM_RE.exec(dash[2]);
        const named = byNumber ? null : DASH_ITEM_MENTION_RE.exec(dash[2]);
        for (const p of people) out.push(declaration(p, byNumber?.[1] ?? named?.[1] ?? null, byNumber?.[2]?.trim() ?? dash[2], dash[2], date, line));
        continue;
      }
    }
    out.push(...itemEntries(line, date));
  }
  return out;
}

/** The interest: "diddordeb", "buddiant", or "cyswllt" / "cysylltiad" (the later code's word), as mutated after the verb. */
const WELSH_INTEREST = '(?:ddiddordeb|fuddiant|gyswllt|gysylltiad|cyswllt|cysylltiad)';
const WELSH_RE = new RegExp(
  `\\b(?:Gwnaeth|Gwnaed)\\s+(?:y\\s+)?(?:Cynghorydd|Cynghorwyr|Aelod)\\s+(.{2,1400}?)\\s+(?:ddatganiad|ddatganiadau)\\s+o\\s+${WELSH_INTEREST}\\b(.*)$|\\bDatganodd\\s+(?:y\\s+)?(?:Cynghorydd|Cynghorwyr|Aelod)\\s+(.{2,1400}?)\\s+${WELSH_INTEREST}\\b(.*)$`,
);
/** "eitem 5", "Cofnod 156" / mutated "â Chofnod 156" (the minute). */
const WELSH_ITEM_RE = /\b(?:eitem|c(?:h)?ofnod)\s+(\d{1,4}[a-z]{0,3}(?:\.\d{1,3})*)\b/i;

/** Welsh prose declarations; "… a hefyd yng nghyswllt …" ("and also in connection with") is a second interest of the same member. */
export function welshDeclarations(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const line of lines) {
    const m = WELSH_RE.exec(line);
    if (!m) continue;
    const names = m[1] ?? m[3] ?? '';
    const rest = (m[2] ?? m[4] ?? '').trim();
    const members = splitPeople(names.replace(/\s+a\s+(?=[A-Z])/g, ', ')).map(stripMemberTitle).filter(Boolean);
    const parts = rest.split(/\s+a\s+hefyd\s+(?=yng\s+nghyswllt|mewn\s+perthynas|ynghylch|o\s+ran)/i);
    for (const member of members) {
      for (const part of parts) {
        const item = WELSH_ITEM_RE.exec(part)?.[1] ?? null;
        const subject = part.replace(/^(?:mewn\s+perthynas\s+ag?|yng\s+nghyswllt|ynghylch)\s+/i, '').replace(/[.\s]+$/, '');
        out.push({ member, item, subject, nature: interestNature(line, date), withdrew: /\bgadael\s+y\s+(?:siambr|cyfarfod|ystafell)|\bgadawodd\b/i.test(line), passage: passageOf(line) });
      }
    }
  }
  return out;
}

/** Header cells of a declarations table, one to a line once copying has flattened it. */
/**
 * "CLLR Mrs WILSON: husband is an employee of EA; CLLR Ms MIDDLETON: friend of an employee of Wood Green; …": under a
 * declarations heading, each member (after their title, in any case) and a colon, then the interest, one to a semicolon
 * or a line. Read only when every entry has that shape.
 */
// ("Cllrs Boot and Smith: non pecuniary interest in item 15, …. Cllr Charles-Jones: …": members together, and entries
// parted by full stops.)
const COLON_MEMBER = String.raw`(?:(?:mrs|mr|ms|miss|dr)\.?\s+)?(?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
const MEMBER_COLON_ENTRY_RE = new RegExp(String.raw`^(?:councillors?|cllrs?|coun)\.?\s+(${COLON_MEMBER}(?:\s*(?:,|\band\b|&)\s*${COLON_MEMBER})*)\s*:\s*(\S.{2,300}?)\.?$`, 'iu');
// ("Cllr Swinglehurst (parish field).": the member, what they declared in brackets after them.)
const MEMBER_BRACKET_ENTRY_RE = new RegExp(String.raw`^(?:councillors?|cllrs?|coun)\.?\s+(${COLON_MEMBER}(?:\s*(?:,|\band\b|&)\s*${COLON_MEMBER})*)\s*\(([^()]{3,120})\)\.?$`, 'iu');
const ENTRY_BREAK_RE = /\s*;\s*|(?<=\p{Ll}{2}|\d)\.\s+(?=(?:councillors?|cllrs?|coun)\.?\s+\p{Lu})/iu;
export function memberColonEntries(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const line of lines) {
    const entries = line.replace(/^:?-\s*/, '').split(ENTRY_BREAK_RE).map((e) => e.trim()).filter(Boolean);
    const read = entries.map((e) => MEMBER_COLON_ENTRY_RE.exec(e) ?? MEMBER_BRACKET_ENTRY_RE.exec(e));
    if (read.length === 0 || read.some((m) => !m?.[1] || !m[2])) continue;
    for (const m of read) {
      const item = /\b(?:item|minute)\s+(?:no\.?\s*)?([A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[a-z]?)\b/i.exec(m![2]!)?.[1] ?? null;
      for (const member of m![1]!.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean)) out.push(declaration(member, item, m![2]!.trim().replace(/\s*[,;]$/, ''), m![2]!, date, m![0]));
    }
  }
  return out;
}

// ("Panel Member", "Members' Names", "Councillor Name": the same column under the body's own word.)
export const MEMBER_HEAD_RE = /^(?:(?:Panel|Committee|Board|Council|Authority|Forum|Unitary|County|District|Borough|City)\s+)?(?:Councillors?|Members?)(?:['’]s?\s+Names?|\s+Names?)?$|^(?:Name(?:\s+of\s+(?:Member|Councillor))?|(?:Y\s+)?Cynghorydd|Aelod)$/i;
export const ITEM_HEAD_RE = /^(?:(?:Agenda\s+)?(?:Item|Minute)(?:\s+(?:No\.?|Number|Nos?\.?))?|Rhif\s+y\s+Cofnod|Rhif\s+yr\s+Eitem|Eitem(?:\s+Agenda)?)$/i;
const NATURE_HEAD_RE = /^(?:(?:Nature|Type|Description|Details|Kind)\s+of\s+(?:the\s+)?Interest|(?:(?:Personal|Prejudicial|Pecuniary|Disclosable\s+Pecuniary|Other\s+Registrable|Non-registrable|Financial|Non-financial)\s+)?Interests?(?:\s+Declared)?|(?:Y\s+)?Math\s+o\s+Fuddiant|Natur\s+y\s+(?:Buddiant|Diddordeb)|Reason)$/i;
/** "Reason for Declaration": a fourth column, the interest itself. */
const REASON_HEAD_RE = /^(?:Reason(?:\s+for\s+(?:the\s+)?(?:Declaration|Interest))|Details(?:\s+of\s+(?:the\s+)?Interest)?|Comments?)$/i;
const ITEM_CELL_RE = /^(?:(?:Agenda\s+)?(?:Item|Minute|Eitem)\s+(?:No\.?\s*)?)?([A-Z]{0,6}\d{1,4}(?:\.\d{1,3})*[a-z]{0,3}(?:\(\w{1,4}\))*)(?=$|[\s–—:-])/i;
const NATURE_WORD_RE = /^(?:Personal|Personol|Prejudicial|Disclosable\s+Pecuniary|Pecuniary|Non-pecuniary|Other\s+Registrable|Non-registrable|Financial|Non-financial|Other)(?:\s+(?:and|a)\s+\w+)?(?:\s+interest)?\s*[–—:-]\s*/i;

/**
 * A declarations table flattened by copying into one cell per line: "Councillor / Minute No. / Nature
 * of Interest" (Welsh "Y Cynghorydd / Rhif y Cofnod / Y Math o Fuddiant") and then the rows, a cell to a
 * line. Rows are read while their first cell is a person; where a row gives no kind of interest, the
 * item's title may ("Declarations of Personal Interests").
 */
const BODY_HEAD_RE = /^(?:Committee|Meeting|Body|Outside\s+Body|Organisation|Date(?:\s+of\s+Meeting)?)$/i;
/** "Town and/or Parish Council" (Somerset's table of members' seats on other councils): the column that says what the interest is. */
const SEAT_HEAD_RE = /^(?:(?:Town|Parish|City)\s+(?:and\/or|and|or|&)\s+)?(?:Town|Parish|City|Community)\s+Councils?(?:\s+(?:and\/or|and|or)\s+(?:any\s+)?(?:other\s+)?(?:Local\s+)?Authorit(?:y|ies))?$|^Other\s+Local\s+Authorit(?:y|ies)$/i;

export function flattenedTableDeclarations(lines: readonly string[], date: string | null, itemTitle: string | null = null): Declaration[] {
  const cells = lines.map((l) => l.trim()).filter(Boolean);
  // "Councillor / Committee / Minute / Interest": a column naming the meeting is read past.
  const heads = [MEMBER_HEAD_RE, ITEM_HEAD_RE, REASON_HEAD_RE, NATURE_HEAD_RE, BODY_HEAD_RE, SEAT_HEAD_RE];
  for (let i = 0; i < cells.length; i++) {
    const columns: RegExp[] = [];
    while (columns.length < 5 && i + columns.length < cells.length) {
      const cell = cells[i + columns.length] ?? '';
      const head = heads.find((h) => h.test(cell) && !columns.includes(h));
      if (!head) break;
      columns.push(head);
    }
    if (columns.length < 2 || !columns.includes(MEMBER_HEAD_RE)) continue;
    const out: Declaration[] = [];
    // "Personal and Prejudicial Interests" over the table: the kind of every row that gives none.
    // ("Councillors present at the meeting declared the following personal interests in their capacity as …:-": the
    // sentence that leads in to the table, its spaces perhaps lost in copying: "thefollowing personalinterests".)
    const above = (cells[i - 1] ?? '').replace(/(personal|prejudicial|pecuniary)(?=interests?\b)/gi, '$1 ');
    const leadIn = /declared.{0,40}following.{0,40}\binterests?\b[^.]{0,160}:-?$/i.test(above);
    // ("Panel Member" / "Personal Interest": the kind named in the column's head.)
    const headNature = columns.includes(NATURE_HEAD_RE) ? interestNature(cells[i + columns.indexOf(NATURE_HEAD_RE)] ?? '', date) : 'unspecified';
    const tableNature = headNature !== 'unspecified' ? headNature : (above.length < 80 && /\binterests?$/i.test(above)) || leadIn ? interestNature(above.split(/\binterests?\b/i)[0] + ' interest', date) : 'unspecified';
    let r = i + columns.length;
    // The last row may be cut short where the page ends: it counts while it has the member and the item.
    for (; r + Math.min(columns.length, 2) <= cells.length; r += columns.length) {
      const row = cells.slice(r, r + columns.length);
      const member = row[columns.indexOf(MEMBER_HEAD_RE)] ?? '';
      // Under a "Councillor" column a surname alone is a member ("Edwards").
      const surnameOnly = /^Councillors?$/i.test(cells[i + columns.indexOf(MEMBER_HEAD_RE)] ?? '') && /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+$/u.test(member) && !NOT_A_NAME_RE.test(member);
      if (!PERSON_ONLY_RE.test(member) || !(personLike(member) || surnameOnly)) break;
      const itemCell = columns.includes(ITEM_HEAD_RE) ? (row[columns.indexOf(ITEM_HEAD_RE)] ?? '') : '';
      const item = ITEM_CELL_RE.exec(itemCell)?.[1] ?? null;
      if (columns.includes(ITEM_HEAD_RE) && !item) break;
      const natureCell = columns.includes(NATURE_HEAD_RE) ? (row[columns.indexOf(NATURE_HEAD_RE)] ?? '') : '';
      const own = interestNature(natureCell, date);
      const nature = own !== 'unspecified' ? own : tableNature !== 'unspecified' ? tableNature : itemTitle ? interestNature(itemTitle, date) : own;
      const reasonCell = columns.includes(REASON_HEAD_RE) ? (row[columns.indexOf(REASON_HEAD_RE)] ?? '').replace(/\.$/, '') : '';
      // "275 Motion 2 (Alfred East Art Gallery)" / … / "As a member of the Friends of …": the item's title and the reason.
      const rowTitle = item ? itemCell.slice((ITEM_CELL_RE.exec(itemCell)?.[0] ?? '').length).trim() : '';
      const seatCell = columns.includes(SEAT_HEAD_RE) ? (row[columns.indexOf(SEAT_HEAD_RE)] ?? '') : '';
      const subject = reasonCell ? [rowTitle, reasonCell.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())].filter(Boolean).join(' – ') : seatCell || natureCell.replace(NATURE_WORD_RE, '').trim();
      out.push({ member: stripMemberTitle(member), item, subject, nature, withdrew: false, passage: passageOf(row.join(' | ')) });
    }
    // "Councillor Lees left the meeting during the consideration of this item": said under the table, of a member in it.
    for (const line of cells.slice(r, r + 6)) {
      if (!/\b(?:left|withdrew\s+from)\s+the\s+(?:meeting|room|chamber)\b/i.test(line)) continue;
      for (const d of out) {
        const surname = d.member.split(/\s+/).pop() ?? '';
        if (surname.length > 1 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(line)) d.withdrew = true;
      }
    }
    if (out.length) return out;
  }
  return [];
}

/**
 * A declarations table copied with " / " between its cells, a row a line: "Councillor / Item / Minute / Interest /
 * Speak/Vote" over "Mr R Young / Development Control & Planning/BCBC / 17 / Member BCBC / No/No". A column whose cells are
 * numbers is the item's; a column headed "Item" or "Minute" with words in it names the business; the interest (or the
 * reason) column says what the interest is. Columns it cannot name ("Speak/Vote") are read past.
 */
export function slashTableDeclarations(lines: readonly string[], date: string | null): Declaration[] {
  const cellsOf = (line: string) => line.trim().split(/\s+\/\s+/);
  for (let i = 0; i < lines.length; i++) {
    const head = cellsOf(lines[i] ?? '');
    if (head.length < 3 || !MEMBER_HEAD_RE.test(head[0] ?? '')) continue;
    const rows: string[][] = [];
    for (let r = i + 1; r < lines.length; r++) {
      const row = cellsOf(lines[r] ?? '');
      if (row.length !== head.length || !PERSON_ONLY_RE.test(row[0] ?? '') || !personLike(row[0] ?? '')) break;
      rows.push(row);
    }
    if (rows.length === 0) continue;
    const column = (k: number) => rows.map((row) => row[k] ?? '');
    const numbers = head.map((_, k) => k > 0 && column(k).every((c) => ITEM_CELL_RE.exec(c)?.[0] === c.trim()));
    const itemCol = numbers.findIndex(Boolean);
    const titleCol = head.findIndex((h, k) => k > 0 && !numbers[k] && ITEM_HEAD_RE.test(h));
    const natureCol = head.findIndex((h, k) => k > 0 && (NATURE_HEAD_RE.test(h) || REASON_HEAD_RE.test(h)));
    if (itemCol < 0 && titleCol < 0) continue;
    return rows.map((row) => {
      const natureCell = natureCol > 0 ? (row[natureCol] ?? '') : '';
      const subject = [titleCol > 0 ? row[titleCol] : '', natureCell].filter(Boolean).join(' – ');
      const item = itemCol > 0 ? (ITEM_CELL_RE.exec(row[itemCol] ?? '')?.[1] ?? null) : null;
      return { member: stripMemberTitle(row[0] ?? ''), item, subject, nature: interestNature(natureCell, date), withdrew: false, passage: passageOf(row.join(' / ')) };
    });
  }
  return [];
}

const NAME_ITEMS_NATURE_RE = new RegExp(`^(${PERSON}),\\s+(?:items?|minutes?|agenda\\s+items?)\\s+(.{1,80}?),\\s+((?:Disclosable\\s+Pecuniary|Pecuniary|Personal|Prejudicial|Other|Non-pecuniary|Other\\s+Registrable|Non-registrable|Financial|Non-financial)[\\w\\s-]{0,40}?\\binterest)\\.?$`, 'i');

/**
 * "Penny Smith, items 9 a, 10 a i and ii, Disclosable Pecuniary Interest": a member, the items (each
 * a declaration of its own) and the kind of interest, on one line of a declarations item.
 */
export function nameItemsNatureLines(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const raw of lines) {
    const m = NAME_ITEMS_NATURE_RE.exec(raw.trim());
    if (!m || !m[1] || !m[2] || !m[3] || !personLike(m[1])) continue;
    for (const item of m[2].split(/\s*,\s*|\s+and\s+(?=\d)/).filter(Boolean)) {
      out.push({ member: stripMemberTitle(m[1]), item, subject: '', nature: interestNature(m[3], date), withdrew: false, passage: passageOf(raw) });
    }
  }
  return out;
}

const NATURE_LABEL_LINE_RE = new RegExp(`^((?:Disclosable\\s+)?(?:Non[-\\s]?Pecuniary|Pecuniary|Personal|Prejudicial|Other\\s+Registrable|Non[-\\s]?Registrable|Financial|Non[-\\s]?Financial|Registrable)(?:\\s+and\\s+(?:Prejudicial|Personal))?\\s+Interests?)\\s*:\\s*(${PERSON})\\s*[–—-]\\s*(?:Agenda\\s+)?Items?\\s+([\\w.()/]{1,20}?)\\s*(?:\\(([^()]{2,120})\\))?\\.?$`, 'iu');

/**
 * "Non Pecuniary Interest: G Spokes – Item 5.2 (Long Buckby Youth Centre)", "Disclosable Pecuniary Interest: A Webb –
 * Item 6.2 (cheque payment)": the kind of interest as the line's label, then the member, the item and what it is about.
 */
export function natureLabelledLines(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const raw of lines) {
    for (const line of raw.split(/\n|(?<=\))\s+(?=(?:Disclosable\s+)?(?:Non[-\s]?Pecuniary|Pecuniary|Personal|Prejudicial|Other|Financial|Non[-\s]?Financial|Registrable)\b[^:]{0,40}:)/i)) {
      const m = line.length <= 300 ? NATURE_LABEL_LINE_RE.exec(line.trim()) : null;
      if (!m?.[1] || !m[2] || !m[3] || !(personLike(m[2]) || /^(?:\p{Lu}\.?\s?){1,3}\s?\p{Lu}[\p{Ll}'’-]+$/u.test(m[2]))) continue;
      out.push({ member: stripMemberTitle(m[2]), item: m[3].replace(/\.$/, ''), subject: m[4] ?? '', nature: interestNature(m[1], date), withdrew: false, passage: passageOf(line) });
    }
  }
  return out;
}

/**
 * "Declarations of Public Interest: T. Holley, D. Creed and A. Creed.": the heading and the members who declared on one
 * line, nothing said of what the interest is. Each member is a declaration; its subject is left empty (the page shows
 * the passage), never guessed.
 */
const NAMES_ONLY_LINE_RE = new RegExp(`^(?:Declarations?|Disclosures?)\\s+of\\s+(?:[\\w'’-]+\\s+){0,3}?interests?\\s*(?::-?|[–—])\\s*(${PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${PERSON}){0,9})\\s*\\.?$`, 'iu');

export function namesOnlyDeclarations(lines: readonly string[], date: string | null): Declaration[] {
  const out: Declaration[] = [];
  for (const line of lines) {
    const m = line.length <= 300 ? NAMES_ONLY_LINE_RE.exec(line.trim()) : null;
    const names = m?.[1]?.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) ?? [];
    if (names.length === 0 || !names.every((n) => personLike(n) || /^(?:\p{Lu}\.\s?){1,3}\p{Lu}/u.test(n))) continue;
    for (const n of names) out.push(declaration(n, null, '', line, date, line));
  }
  return out;
}
