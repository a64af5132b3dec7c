/**
 * Facts around a decision that the minutes print beside it: an action log's progress ("COMPLETED",
 * "Ongoing"), an "ACTION: Councillor X" line that names only the owner, a paragraph number
 * ("49.3 RESOLVED: …"), and actions written as prose ("Officers to circulate …", "The Chair would
 * write to …").
 */
import { isGivenName } from './given-names';
import type { Decision } from '../../shared/types/minutes';

// ("ACTION: Clerk Update register on website Done 06/06": the date it was done, after the word.)
const DONE_ON = String.raw`(?:\s+(?:on\s+)?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?`;
const DONE_RE = new RegExp(String.raw`\s*[-–—:([]?\s*\b(?:status\s*[:–-]\s*)?(?:COMPLETED?|Completed?|Done|DONE|Closed|CLOSED|Actioned|ACTIONED|Discharged)\b${DONE_ON}[)\].]?\s*$`);
const IN_PROGRESS_RE = new RegExp(String.raw`\s*[-–—:([]?\s*\b(?:status\s*[:–-]\s*)?(?:ONGOING|On-?going|on-?going|IN PROGRESS|In progress|in progress|In hand|Underway|Under way)\b${DONE_ON}[)\].]?\s*$`);

/** An action log's progress printed at the end of the action, and the text without it. */
export function statusOf(text: string): { text: string; status: Decision['status'] } {
  // Only the end of the text can hold the marker: look at the last 80 characters.
  const offset = Math.max(0, text.length - 80);
  const r = statusOfTail(text.slice(offset));
  return r.status ? { text: text.slice(0, offset) + r.text, status: r.status } : { text, status: null };
}

function statusOfTail(text: string): { text: string; status: Decision['status'] } {
  const done = DONE_RE.exec(text);
  if (done && (done.index > 10 || text.length === 80)) return { text: text.slice(0, done.index).replace(/[\s,;–—-]+$/, ''), status: 'done' };
  const going = IN_PROGRESS_RE.exec(text);
  if (going && (going.index > 10 || text.length === 80)) return { text: text.slice(0, going.index).replace(/[\s,;–—-]+$/, ''), status: 'in-progress' };
  return { text, status: null };
}

const OWNER_ONLY_RE = /^(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:the\s+)?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Clerk|Officers?|Director[\w ]{0,40}|Head\s+of\s+[\w ]{2,40}|(?:Scrutiny|Democratic\s+Services|Policy|Governance)\s+Officer|Monitoring\s+Officer|Chief\s+Executive|Portfolio\s+Holder[\w ]{0,40}|Cabinet\s+Member[\w ]{0,40}|All(?:\s+Members)?)|[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4}){0,3})\.?$/;

/** "ACTION: None", "Action: Noted", "Action – N/A", "ACTION: TBC": the label records that nothing (or nobody yet) is named. */
export const NO_ACTION_RE = /^(?:none|nil|noted|n\/?a|no(?:\s+further)?\s+actions?(?:\s+(?:required|needed|arising))?|tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed)|[-–—]+|ongoing|complete[d]?|closed|done)\.?$/i;

/** "ACTION: Councillor X" / "Action: Clerk": the label names who acts, not what. */
export function ownerOnly(actionText: string): string | null {
  const t = actionText.trim().replace(/[.;]$/, '');
  if (t.split(/\s+/).length > 8 || !OWNER_ONLY_RE.test(t) || NO_ACTION_RE.test(t)) return null;
  return t.replace(/^(?:Councillors?|Cllrs?\.?)\s+/, '').replace(/^The\s+/, 'the ');
}

/** "49.3 RESOLVED: That …": a paragraph number printed before the resolution. */
// "C.3081.2 RESOLVED: …": a minute's letter before its paragraph number.
export const PARAGRAPH_RE = /^((?:[A-Z]{1,3}\.)?\d{1,4}\.\d{1,3}(?:\.\d{1,2})?)\.?\s+(?=It\s+was\s+(?:unanimously\s+)?(?:resolved|agreed)\b|(?:It\s+was\s+)?(?:UNANIMOUSLY\s+|Unanimously\s+)?(?:RESOLVED|AGREED|Resolved|Agreed|RECOMMENDED|DECISION)\b)/;

const PROPER = "[A-Z][\\w&'’]*(?:\\s+(?:[A-Z][\\w&'’]*|and|&|of|the))*";
// ("The clerk will contact …": the post in lower case too; "A Redman will read …": a member by initials and surname.)
const ACTOR = `(?:[Tt]he\\s+)?(?:(?:[A-Z][a-z]+\\s+)?Chair(?:man|person)?|Secretary|Vice[- ]Chair(?:man)?|[Cc]lerk|Officers?|(?:Scrutiny|Democratic\\s+Services|Policy|Governance|Project|Monitoring)\\s+Officer|Chief\\s+Executive|Director(?:\\s+of\\s+${PROPER})?|Head\\s+of\\s+${PROPER}|Portfolio\\s+Holder|Cabinet\\s+Member|Leader|Mayor|Convener|(?:(?:County|District|Borough|Town|Parish)\\s+)?(?:Councillor|Cllr\\.?)\\s+(?:[A-Z]\\.?\\s+){0,3}[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?|(?:Councillors|Cllrs\\.?)\\s+[A-Z][\\w'’-]+(?:(?:,\\s*|\\s+(?:and|&)\\s+)[A-Z][\\w'’-]+){1,3}|(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+[A-Z][\\w'’-]+|(?:[A-Z]\\.?\\s+){1,2}[A-Z][a-z'’-]{2,}(?:-[A-Z][a-z]+)?|Chief\\s+Constable|(?:Police\\s+and\\s+Crime\\s+)?Commissioner|Treasurer)`;
// ("The Clerk was instructed to ensure dementia is an agenda item …": "ensure", "make sure", "add", "include".)
const DO = '(?:create|set\\s+up|ensure|make\\s+sure|add|include|make\\s+contact|be\\s+(?:contacting|writing|sending|arranging|checking|chasing|circulating|looking\\s+into|investigating|liaising|speaking|asking|following\\s+up)|try\\s+and\\s+\\w+|try\\s+to\\s+\\w+|write|circulate|send|provide|arrange|report\\s+back|report|investigate|contact|liaise|update|look\\s+into|bring|share|ask|seek|confirm|follow\\s+up|find\\s+out|check|email|e-mail|respond|raise|feed\\s+back|organise|organize|invite|draft|prepare|review|meet|obtain|chase|request|notify|inform|forward|speak|publish|post|display|put|place|order|book|monitor|visit|inspect|report\\s+to|look\\s+at|get|add|remind|thank|approach|clarify|explore|establish|copy|pass\\s+on|reply|telephone|phone|ring|source|purchase|buy|erect|repair|replace|remove|instruct|pursue|progress|compile|advise|ascertain|set\\s+out|sort\\s+out|sort|discuss|sign|represent|attend|be\\s+attending|fix|mend|trim|tidy|clean|paint|enquire|inquire|complete|read|assist|help|cost|draw\\s+up|apply|submit|pay|collect|deliver|produce|renew|register|cancel|supply|chat|talk|measure|identify|research|amend|issue|advertise|recruit|survey|find|consult|negotiate|investigate)';
// ("Clerk and AB to complete the Trust's grant form": a second actor, by post or initials, sharing the task; the word after
// the verb may be a name.)
// ("Clerk and Cllr Bunney to chase.": a member by title and surname the same.)
const AND_ACTOR = `(?:\\s+(?:and|&)\\s+(?:[A-Z]{2,3}|(?:the\\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Treasurer|Secretary|RFO)|(?:Cllr|Councillor|Coun)\\.?\\s+[A-Z][a-z'’-]+)\\b)?`;
// ("Cllr Reid to make enquiries as to whether …": a note-form action, the actor first, then "to" and any verb.)
// ("Cllr Abel also agreed to find out more": a word between the actor and the verb.)
const PROSE_ACTION_RE = new RegExp(`^(?:(?:In\\s+response|Following\\s+[^,]{2,80}|It\\s+was\\s+agreed\\s+that),?\\s+)?(${ACTOR}${AND_ACTOR})\\s+(?:also\\s+|then\\s+|kindly\\s+)?(to|would|will|agreed\\s+to|undertook\\s+(?:an\\s+action\\s+)?to|undertakes\\s+to|offered\\s+to|volunteered\\s+to|was\\s+asked\\s+to|were\\s+asked\\s+to|was\\s+to|were\\s+to|was\\s+requested\\s+to|(?:was|were)\\s+(?:instructed|directed|tasked)\\s+(?:to|with)|is\\s+to|are\\s+to)\\s+(?:continue\\s+to\\s+)?${DO}\\b|^(${ACTOR}${AND_ACTOR})\\s+(?:was|were)\\s+tasked\\s+with\\s+[a-z]{3,}ing\\b|^(${ACTOR}${AND_ACTOR})\\s+(to|is\\s+to|are\\s+to)\\s+(?!be\\b|the\\b|his\\b|her\\b|their\\b|its\\b|an?\\b|all\\b|this\\b|that\\b|date\\b)[a-z]{3,}\\s+(?:[a-z]|[A-Z][a-z])`);

/** A sentence that records someone taking an action: its owner, or null. */
export function proseActionOwner(sentence: string): string | null {
  const m = PROSE_ACTION_RE.exec(sentence);
  const actor = m?.[1] ?? m?.[3] ?? m?.[4];
  if (!m || !actor) return null;
  return actor.replace(/^(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Councillor|Cllr\.?)\s+/, '').replace(/^The\s+/, 'the ');
}

/**
 * "CR to find more detail …", "EP will ask other CCs for their plans.": a task given to someone by their initials (as
 * small councils write their members), opening the sentence. The initials, or null. Not words that are no one
 * ("AGM to be held", "AOB", "VAT").
 */
// ("CR to find …": after "to" any verb but "be" gives the task; after "will", only a task's verb.)
// ("SH and LB to assist …": two members' initials, the task theirs together.)
// ("AB agreed to amend the draft": a member by their initials taking a task on.)
const INITIALS_TASK_RE = new RegExp(`^(\\p{Lu}{2,3}(?:\\s*(?:and|&|\\/)\\s*\\p{Lu}{2,3})?)\\s+(?:(to|is\\s+to|are\\s+to|(?:also\\s+)?(?:agreed|offered|volunteered)\\s+to)\\s+(?!be\\b)\\p{Ll}{2,}|(will)\\s+(?:${DO}|represent|attend|find|follow)\\b)`, 'u');
const NOT_SOMEONE_RE = /^(?:AGM|EGM|AOB|VAT|TBC|TBA|CCTV|NB|PS|OK|UK|EU|NHS|HMRC)$/;
export function initialsTaskOwner(sentence: string): { owner: string; modal: boolean } | null {
  const m = INITIALS_TASK_RE.exec(sentence);
  if (!m?.[1] || m[1].split(/\s*(?:and|&|\/)\s*/).some((x) => NOT_SOMEONE_RE.test(x))) return null;
  return { owner: m[1], modal: m[3] === 'will' };
}

/**
 * "Peter will be contacting the landowner concerning footpath.", "Shona to draft the invitation", "Martin would check with
 * …": a task given to a member by their first name (or first name and surname), as small councils write their members.
 * The name, and whether it is only said to be going to happen; null for words that are no one ("Nothing to report").
 */
const NAMED_TASK_RE = new RegExp(`^(\\p{Lu}\\p{Ll}{2,}(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(to|is\\s+to|will|would|agreed\\s+to|offered\\s+to|volunteered\\s+to)\\s+${DO}\\b`, 'u');
const NOT_A_PERSON_RE = /^(?:Nothing|Nobody|Someone|Everyone|Everybody|Anyone|All|Each|Both|Members|Council|Councillors|Committee|Board|Highways|Police|Residents|People|Government|Work|Works|Funding|Money|Payment|Letters?|Emails?|Report|Reports|Item|Items|Signage|Signs?|Notices?|Minutes|Quotes?|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|It|This|That|These|Those|There|They|He|She|We|You|The|A|An|Agreed|Resolved|Action|Actions)\b/;
const NOUN_ENDING_RE = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ance|ence|ing|ity|ness|ship|ure|al|als|ies|ers|ors|ings|age|ism)$/u;
export function namedTaskOwner(sentence: string): { owner: string; modal: boolean } | null {
  const m = NAMED_TASK_RE.exec(sentence);
  // ("Proposal to remove reference to …", "Funding to provide …": a thing's name has a noun's ending.)
  if (!m?.[1] || NOT_A_PERSON_RE.test(m[1]) || NOUN_ENDING_RE.test(m[1].split(/\s+/)[0] ?? '')) return null;
  return { owner: m[1], modal: m[2] === 'will' || m[2] === 'would' };
}

/** Whether a prose action is only said to be going to happen ("Officers would report …"), not given ("Officers to report …"). */
export function proseActionIsModal(sentence: string): boolean {
  const m = PROSE_ACTION_RE.exec(sentence);
  return !!m && (m[2] === 'would' || m[2] === 'will');
}

/** A post that parish and committee minutes give tasks to by name of office, mid-sentence. */
// "…, Coun. Connor to try and secure an offer …": a member named with their title, given a task mid-sentence.
const POST = `(?:(?:(?:County|Borough|District)\\s+)?(?:Cllr|Councillor|Coun)\\.?\\s+(?:[A-Z]\\.?\\s+)?[A-Z][a-z'’-]+(?=\\s+to\\s)|(?:[Tt]he\\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Officers?|(?:Scrutiny|Democratic\\s+Services|Policy|Governance|Project|Monitoring)\\s+Officer|Chief\\s+Executive|Treasurer|RFO|Responsible\\s+Financial\\s+Officer|Convener|Secretary))`;
const MID_TASK_RE = new RegExp(`(?<![\\w'’])(?<!\\b(?:County|Borough|District)\\s+)(?<!\\b(?:from|of|by|with|for|thank|thanked|thanks|allows?|allowed|enables?|enabled|permits?|permitted|invited|invites?|welcomed)\\s+(?:the\\s+)?)(${POST})\\s+(to|(?:was|were)\\s+(?:instructed|asked|requested|directed)\\s+to)\\s+${DO}\\b`);

/**
 * "… other options were explained and the Clerk would post a notice asking for volunteers.", "Councillor Dodd would speak
 * to the tenants … and the Clerk would speak to the tenant of plot 30.": a post's task said in "would" in a clause
 * of its own, after "and", "so" or a comma, is given to it; in someone's account ("The Chair said that the Clerk would
 * …", "… reported that …, and the Clerk will …") it stays the account.
 */
// ("The Chairman and Vice Chairman would …": two owners of one task, not a second task; "… is permitted; the Chair will
// notify those present …": a standing notice's "will", not a task given at the meeting.)
const MID_MODAL_TASK_RE = new RegExp(`(?<!\\b(?:Chair(?:man|person)?|Clerk|Mayor|Treasurer|Secretary|Officers?|Cllrs?\\.?\\s+\\S+|Councillors?\\s+\\S+|(?:Mr|Mrs|Ms|Dr)\\.?\\s+\\S+))(?:[,;]\\s+(?:and\\s+|so\\s+)?|\\s(?:and|so)\\s+)(${POST})\\s+would\\s+${DO}\\b`);
const REPORTED_BEFORE_RE = /\b(?:said|says|explained|advised|reported|informed|stated|told|indicated|suggested|felt|thought|believed|hoped|asked\s+whether|asked\s+if|queried|if|whether|when|unless)\b(?!\s+and\b)/i;

/**
 * "Councillor Dodd would speak to the tenants of plots 7 and 27B and the Clerk would speak to the tenant of plot 30.": two
 * people's tasks in one sentence are two tasks, each with its owner.
 */
export function splitAtSecondTask(sentence: string): string[] {
  if (!/\bwould\b/.test(sentence) || proseActionOwner(sentence) === null) return [sentence];
  const modal = MID_MODAL_TASK_RE.exec(sentence);
  if (!modal?.[1] || modal.index < 12) return [sentence];
  const at = modal.index + modal[0].indexOf(modal[1]);
  return [sentence.slice(0, modal.index).replace(/[,;]\s*$/, '').trim(), sentence.slice(at)];
}

/** "… and Stephen will check …", "; Alan will contact them": a person by given name, and a task in "will" or "to". */
const GIVEN_TASK_RE = /(?:;\s+|,?\s+and\s+)(?=(\p{Lu}\p{Ll}+)\s+(?:will|is\s+to|agreed\s+to|offered\s+to|volunteered\s+to)\s+\p{Ll})/gu;

/**
 * "Caroline will find out who deals with geese culling and Stephen will check the poles.", "There is a hatchery in
 * Padstow; Alan will contact them for advice.": a member named by given name only, taking a task in a clause of their
 * own after "and" or a semicolon, is a task of its own. Only a known given name ("Stephen", not "Council"), and after
 * "and" only where the clause before is a task too.
 */
export function splitAtGivenNameTask(sentence: string): string[] {
  if (!/\s(?:will|is\s+to|agreed\s+to|offered\s+to|volunteered\s+to)\s/.test(sentence)) return [sentence];
  const parts: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(GIVEN_TASK_RE)) {
    const at = m.index ?? 0;
    if (!m[1] || !isGivenName(m[1]) || at < 8) continue;
    const before = sentence.slice(from, at);
    const semicolon = m[0].trimStart().startsWith(';');
    if (!semicolon && !/^\s*(?:\p{Lu}\p{Ll}+|(?:The\s+)?(?:Clerk|Chair(?:man|person)?)|(?:Cllrs?|Councillors?)\.?\s+\S+)\s+(?:will|is\s+to|agreed\s+to|offered\s+to|volunteered\s+to)\s/u.test(before)) continue;
    parts.push(before.trim());
    from = at + m[0].length;
  }
  if (parts.length === 0) return [sentence];
  parts.push(sentence.slice(from).trim());
  return parts.filter(Boolean);
}

/**
 * "(44) Wolverton field lease Clerk to copy the papers to the trustees.", "In respect of minute 8 b) the Clerk was
 * instructed to contact …": a task given to a post after a sub-heading or a clause, not at the sentence's start. The
 * task's text runs from the post to the end of the sentence. Tasks only said to be going to happen ("would", "will")
 * are left alone: mid-sentence they are mostly somebody's account.
 */
export function midSentenceTask(sentence: string): { text: string; owner: string } | null {
  const modal = MID_MODAL_TASK_RE.exec(sentence);
  // (An account before a semicolon is over: "MS advised that …; other options were explained and the Clerk would post …".)
  const at = modal?.[1] ? modal.index + modal[0].indexOf(modal[1]) : -1;
  if (modal?.[1] && !REPORTED_BEFORE_RE.test(sentence.slice(0, at).split(';').pop() ?? '')) {
    return { text: sentence.slice(at), owner: modal[1].replace(/^The\s+/, 'the ') };
  }
  const m = MID_TASK_RE.exec(sentence);
  if (!m || !m[1] || m.index === 0) return null;
  // "Noted and resolved to ask the Clerk to contact …": the sentence is the resolution that gives the task.
  const whole = /\b(?:resolved|agreed|decided)\b/i.test(sentence.slice(0, m.index));
  return { text: whole ? sentence : sentence.slice(m.index), owner: m[1].replace(/^The\s+/, 'the ') };
}
