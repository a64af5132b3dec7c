/**
 * How much of an item's decisions Scrutineer read (MinutesItem.decisionsState), so the meeting page and the action
 * tracker never present an item whose resolutions were missed as if it had none:
 * - 'read': every sentence of the minutes that words a decision is part of a decision that was read;
 * - 'partial': decisions were read, but another sentence words one that was not ("It was agreed to …", "Clerk to …");
 * - 'unread': sentences word a decision and none was read;
 * - 'none': the item's minutes word no decision, and none was read.
 *
 * The check looks for decision wording in each sentence of the item's minutes and asks whether a decision read from
 * the item covers that sentence (its passage holds it). It never changes what was read. It is deliberately narrow:
 * past and conditional uses ("the plan agreed in 2006", "when payments are approved", "checks had been carried out")
 * are not decisions, and a vote's own sentence ("Seconded: Cllr Jones", "This was carried unanimously.") belongs to a
 * decision read beside it.
 */
import type { Decision, ItemDecisionsState } from '../../shared/types/minutes';
import { splitSentences } from './sentences';

/** Words that put a verb in the past, the future or a condition: what was decided before, or may be. */
const NOT_NOW = String.raw`(?<!\b(?:had|has|have|had\s+been|has\s+been|have\s+been|already|previously|as|be|being|to\s+be|are|is|if|when|once|until|unless|not\s+yet|was\s+not|were\s+not|been)\s+)`;

/**
 * A resolution's own words: "RESOLVED", "It was agreed to …", "Members agreed that …", "were approved". Each pattern is
 * tried only on a sentence holding one of its words (a lookbehind tried at every position of every sentence is slow).
 */
interface DecidedRule {
  /** Words one of which the sentence must hold: lower-cased, or as printed when `cased`. */
  words: readonly string[];
  re: RegExp;
  cased?: boolean;
}
const rule = (words: string, re: string, cased = false): DecidedRule => ({ words: (cased ? words : words.toLowerCase()).split('|'), re: new RegExp(re, 'u'), cased });
const DECIDED_RULES: readonly DecidedRule[] = [
  rule('RESOLVED|AGREED|DECIDED|RECOMMENDED|PENDERFYNWYD|CYTUNWYD', String.raw`\b(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|PENDERFYNWYD|CYTUNWYD)\b`, true),
  // (Not "APPROVED Minutes of the meeting held on …": the page's title.)
  rule('APPROVED', String.raw`\bAPPROVED\b(?!\s+(?:MINUTES|Minutes|minutes)\b)`, true),
  // A resolution printed without its word: "That the Clerk contact Enforcement again", "That the minutes be signed".
  rule('That ', String.raw`^That\s+(?:the\s+)?(?:Clerk|Council|Committee|Board|Panel|Chair(?:man|person)?|Members|[Oo]fficers|(?:Cllrs?|Councillors?)\.?\s+\S+)\s+(?!is\b|was\b|has\b|had\b|were\b|are\b)\p{Ll}{3,}|^That\s+.{3,120}?\bbe\s+\p{Ll}{3,}(?:ed|en)\b`, true),
  // "It was proposed that the Clerk contact …", "It was discussed in detail and proposed that …", "Cllr Dyer proposed
  // that …": a motion, minuted without its outcome or with it (not "The report proposed that …": an officer's advice).
  rule(
    'proposed',
    String.raw`(?:\b[Ii]t\s+was|\band|\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|\b\p{Lu}{2,3})\s+(?:\w+\s+){0,3}?proposed\s+(?:by\s+[^.;:]{2,80}?\s+)?that\b`,
  ),
  // "The minutes of the meeting held on 16 October were found to be correct."
  rule('found to be', String.raw`\bfound\s+to\s+be\s+(?:an?\s+)?(?:correct|true|accurate)\b`),
  rule('resolved|decided', String.raw`${NOT_NOW}\b(?:[Rr]esolved|[Dd]ecided)\s+(?:that|to|:|–|-|unanimously)`),
  // ("Mr Ellison agreed that there was a problem": a member's view; "Members agreed that …": the meeting's decision.)
  rule('agreed that', String.raw`\b(?:[Ii]t\s+was|was|were|[Mm]embers|[Cc]ouncillors|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]abinet|[Gg]roup|[Aa]ll|[Ee]veryone|[Mm]eeting|[Tt]hey|[Ww]e)\s+(?:\w+\s+){0,2}?[Aa]greed\s+that\b`),
  rule('agreed', String.raw`${NOT_NOW}\b[Aa]greed\s+(?:to\s+(?!the\b|a\b|an\b|this\b|their\b|its\b|withdraw\b|leave\b)\p{Ll}|unanimously|by\b|:|–)`),
  rule(
    'agreed|approved|adopted|accepted|ratified|endorsed|elected|appointed|co-opted|resolved',
    String.raw`\b(?:was|were|(?<!\bto\s|^[\s•*·-]*)be)\s+(?:duly\s+|unanimously\s+|then\s+|formally\s+)?(?:(?:made|received|considered|reviewed|discussed)\s+and\s+)?(?:agreed|approved|adopted|accepted|ratified|endorsed|elected|appointed|co-opted|resolved)\b(?!\s+(?:in|at|on|during|last|earlier|previously|before)\b)`,
  ),
  // (Not "Approved Minutes of the Meeting of …": a title.)
  rule('Agreed|Approved|Accepted|Carried|Adopted', String.raw`^(?:Agreed|Approved|Accepted|Carried|Adopted)\b(?!\s+(?:minutes|draft)\b)`, true),
  rule('motion|proposal|amendment|recommendation|resolution', String.raw`\b(?:motion|proposal|amendment|recommendation|resolution)\s+(?:was\s+)?(?:carried|agreed|approved|lost|defeated|fell)\b`),
  rule('carried', String.raw`\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?carried\b(?!\s+(?:out|forward|over)\b)`),
  rule('recommend', String.raw`${NOT_NOW}\brecommend(?:s|ed)?\s+(?:that|to)\b`),
  // "Cllr TD unanimously elected", "were signed by the Chairman as a correct record", "received and accepted".
  rule('unanimously|duly', String.raw`\b(?:unanimously|duly)\s+(?:elected|appointed|co-opted|approved|adopted|accepted)\b`),
  rule('confirmed|signed', String.raw`\b(?:was|were)\s+(?:duly\s+)?(?:confirmed|signed)\b(?!\s+(?:in|at|on|during|last|earlier|previously|before|that)\b)`),
  rule('received and', String.raw`\breceived\s+and\s+(?:accepted|approved|agreed)\b`),
  // "The report was received and noted." (not "It was noted that …": what was said).
  rule('noted', String.raw`\b(?:was|were)\s+(?:(?:received|read|considered)\s+and\s+)?(?:duly\s+|otherwise\s+)?noted\.?$`),
  // A planning comment: "…, 67 North Parade: No Objections", "Oakford Parish Council has no objection".
  rule('objection', String.raw`:\s*No\s+[Oo]bjections?\b|\b(?:Council|PC|TC|CC|Committee|Members)\s+(?:has|have|had|raised)\s+no\s+objections?\b`),
  // A vote: "Proposed by Cllr A, seconded by Cllr B", "SR proposes and JS seconds".
  rule('seconded|proposes', String.raw`\b[Ss]econded\b|\bproposes\b.{1,60}\bseconds\b`),
];

/** Every rule's words in one pattern: most sentences hold none and are passed over in one scan. */
const ANY_RULE_WORD_RE = /resolved|decided|agreed|recommend|penderfynwyd|cytunwyd|approved|adopted|accepted|ratified|endorsed|elected|appointed|co-opted|that |proposed|found to be|motion|proposal|amendment|resolution|carried|unanimously|duly|confirmed|signed|received and|noted|objection|seconded|proposes/i;

function wordsDecision(s: string): boolean {
  if (!ANY_RULE_WORD_RE.test(s)) return false;
  const low = s.toLowerCase();
  return DECIDED_RULES.some((r) => r.words.some((w) => (r.cased ? s : low).includes(w)) && r.re.test(s));
}

/** Who may be given a task: the Clerk, the Chair, a councillor by name, initials ("JS"). */
const OFFICE_ACTOR = String.raw`(?:(?:The\s+|the\s+)?(?:(?:new|acting|locum|deputy)\s+)?(?:Clerk|Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Treasurer|RFO|Secretary|Officers?)|(?:Cllrs?|Councillors?)\.?\s+(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]*|\p{Lu}{2,3})`;
/** The same, or a person by first name and surname ("Robert Wilson"; not "The Board", "Star Hobson would both …"). */
const ACTOR = String.raw`(?:${OFFICE_ACTOR}|(?!(?:The|This|That|These|It|An?|All|Each|Every|Members?|Officers?)\s)\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+)`;
/** A verb that is not a task's ("to be", "to the"). */
const TASK_VERB = String.raw`(?!be\b|the\b|a\b|an\b|this\b|that\b|his\b|her\b|their\b|its\b|date\b|withdraw\b|leave\b|declare\b)\p{Ll}{3,}`;
/**
 * A task given in a sentence of its own: "Clerk to write to …", "Action: JS", "Cllr Smith to contact …", "The Clerk
 * will forward …", "Cllr Lewin offered to follow this up", "The Clerk was asked to …", "the Chair asked the Clerk to …".
 * The first three are tried only where a clause starts (the sentence's start, after a comma, colon, semicolon or dash,
 * or "and"), anchored there, so a long paragraph costs little.
 */
const CLAUSE_TASK_RE = new RegExp(
  [
    String.raw`^${ACTOR}(?:\s+(?:and|&)\s+${ACTOR})?\s+to\s+${TASK_VERB}`,
    // ("The Mayor will welcome …", "Josh MacAlister … would both …": what will happen, not a task; an office or a
    // councillor given one is.)
    String.raw`^${OFFICE_ACTOR}(?:\s+(?:and|&)\s+${OFFICE_ACTOR})?\s+(?:will|would)\s+(?:also\s+)?${TASK_VERB}`,
    String.raw`^${ACTOR}(?:\s+(?:and|&)\s+${ACTOR})?\s+(?:offered\s+to|undertook\s+to|agreed\s+to|volunteered\s+to)\s+(?:also\s+)?${TASK_VERB}`,
  ].join('|'),
  'u',
);
/** "Action: JS" opening a line; "(AR to Act)", "(JS to action)" after a sentence. */
const ACTION_LABEL_RE = /^(?:ACTIONS?|Actions?)\s*[:–—-]|\(\s*\p{Lu}{2,4}(?:\s*(?:,|&|and|\/)\s*\p{Lu}{2,4})*\s+to\s+(?:act|action)\s*\)/iu;
const ASKED_RE = new RegExp(
  [
    String.raw`${ACTOR}\s+(?:was|were)\s+(?:asked|instructed|requested|authorised|delegated)\s+to\s+${TASK_VERB}`,
    String.raw`\b(?:asked|instructed|requested)\s+(?:the\s+)?(?:Clerk|Chair(?:man)?|(?:Cllrs?|Councillors?)\.?(?:\s+\p{Lu}\S*){1,2})\s+to\s+${TASK_VERB}`,
  ].join('|'),
  'u',
);
const CLAUSE_START_RE = /[,;:–—]\s*|\band\s+/g;

function wordsTask(s: string): boolean {
  if (ACTION_LABEL_RE.test(s)) return true;
  if (/\b(?:asked|instructed|requested|authorised|delegated)\b/.test(s) && ASKED_RE.test(s)) return true;
  if (!/\s(?:to|will|would)\s/.test(s)) return false;
  if (CLAUSE_TASK_RE.test(s)) return true;
  CLAUSE_START_RE.lastIndex = 0;
  for (let m = CLAUSE_START_RE.exec(s); m; m = CLAUSE_START_RE.exec(s)) {
    if (CLAUSE_TASK_RE.test(s.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** The vote that carried a resolution, in a sentence of its own: part of a decision read beside it. */
const VOTE_ONLY_RE =
  /^(?:(?:This|It|The\s+(?:motion|proposal|amendment))\s+was\s+(?:carried|agreed)(?:\s+(?:unanimously|by\s+(?:a\s+)?\w+(?:\s+\w+)?|nem\.?\s*con\.?))?\.?$|(?:It\s+having\s+been\s+)?(?:[Pp]roposed|[Ss]econded|[Mm]oved)\b|(?:Agreed|Approved|Carried|AGREED|APPROVED|CARRIED)\.?$|(?:It\s+was\s+)?(?:moved|proposed)\s+by\b|All\s+in\s+favour|Carried\b|Unanimous\b|(?:ACTIONS?|Action)\s*[:–—-]?\s*(?:\p{Lu}{2,4}|All)?(?:\s*(?:,|&|and|\/)\s*\p{Lu}{2,4})*\.?$|\d{0,3}\s*(?:Item\s+\d+\s+)?ACTIONS?$)/u;

/**
 * A vote's sentence, or one that only leads into a resolution: "It was therefore proposed by Councillor A, seconded by
 * Councillor B and" (who moved it, nothing decided), "Exclusion of the Press and Public Minutes: RESOLVED:" (a heading
 * and the word that leads into the resolution below).
 */
/** "Action: Cllr McMurdo", "ACTION: The Clerk": a label naming who acts on the sentence before it. */
const OWNER_LABEL_RE = /^(?:ACTIONS?|Actions?)\s*[:–—-]\s*\S(?:\S*\s?){0,5}$/u;
const isVote = (s: string) =>
  VOTE_ONLY_RE.test(s) ||
  OWNER_LABEL_RE.test(s) || /\b(?:RESOLVED|AGREED|Resolved|Agreed)\s*[:–—-]?\s*$/.test(s) || (/\b(?:proposed|seconded|moved)\s+by\b/i.test(s) && !/\b(?:agreed|resolved|approved|accepted|adopted|decided)\b/i.test(s));

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The sentences of the text that word a decision. */
function decisionSentences(text: string): string[] {
  return splitSentences(text)
    .flatMap((s) => s.split(/\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && (wordsDecision(s) || wordsTask(s)));
}

/** Is the sentence part of one of these decisions (its passage or text holds it, or it holds the decision's text)? */
function covered(sentence: string, read: readonly string[]): boolean {
  const s = squash(sentence);
  if (s.length === 0) return true;
  const head = s.slice(0, 60);
  return read.some((r) => r.length > 0 && (r.includes(head) || s.includes(r.slice(0, 60))));
}

/** How much of an item's decisions were read: see the module comment. */
export function itemDecisionsState(minutesText: string, decisions: readonly Decision[]): ItemDecisionsState {
  const unread = unreadDecisionSentences(minutesText, decisions);
  if (unread.length === 0) return decisions.length > 0 ? 'read' : 'none';
  return decisions.length > 0 ? 'partial' : 'unread';
}

/** The sentences behind a 'partial' or 'unread' state (for the evaluation's check and for tests). */
export function unreadDecisionSentences(minutesText: string, decisions: readonly Decision[]): string[] {
  const read = decisions.flatMap((d) => [squash(d.passage ?? ''), squash(d.text)]).filter((r) => r.length >= 8);
  return decisionSentences(minutesText).filter((s) => !covered(s, read) && !(decisions.length > 0 && isVote(s)));
}

const leansBack = isVote;

/**
 * The same sentences as the member is shown them to judge. A vote's sentence alone ("Proposed by the Chairman,
 * seconded by Councillor Wenden and agreed by all.", "Seconded: Cllr R M Lyon") or an action's label ("Action: Cllr
 * McMurdo") says nothing of what was decided: it is put after the sentence it belongs to (the motion, the task), the
 * nearest before it that is neither, joining that sentence's own entry when it is listed too.
 */
export function unreadDecisionPassages(minutesText: string, decisions: readonly Decision[]): string[] {
  const unread = unreadDecisionSentences(minutesText, decisions);
  if (!unread.some(leansBack)) return unread;
  const read = decisions.flatMap((d) => [squash(d.passage ?? ''), squash(d.text)]).filter((r) => r.length >= 8);
  const all = splitSentences(minutesText)
    .flatMap((s) => s.split(/\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const out: Array<{ head: string; text: string }> = [];
  for (const s of unread) {
    if (!leansBack(s)) {
      out.push({ head: s, text: s });
      continue;
    }
    // The sentence it belongs to, over at most three votes or labels between.
    let at = all.indexOf(s);
    const between: string[] = [];
    while (at > 0 && between.length < 3 && leansBack(all[at - 1] ?? '')) between.unshift(all[--at] ?? '');
    const head = at > 0 ? all[at - 1] : undefined;
    // (A vote or a label after a decision read is that decision's.)
    if (head && covered(head, read)) continue;
    const listed = head ? out.find((o) => o.head === head) : undefined;
    if (listed) listed.text = [listed.text, ...between.filter((b) => !listed.text.includes(b)), s].join(' ');
    else if (head) out.push({ head, text: [head, ...between, s].join(' ') });
    else out.push({ head: s, text: s });
  }
  return out.map((o) => o.text);
}
