import type { Declaration, InterestNature } from '../../shared/types/minutes';
import { splitSentences } from './sentences';
import { MEMBER_PREFIX, splitNameList } from './names';

/**
 * Nature mapping (documented in the report):
 * - "non-pecuniary", "not a pecuniary interest", older "personal" (without "prejudicial") → non-pecuniary
 * - "disclosable pecuniary", "DPI", "pecuniary", older "prejudicial" (incl. "personal and prejudicial") → disclosable-pecuniary
 * - "non-registrable"/"non-registerable" → non-registrable
 * - "other registrable"/"other registerable", Bromsgrove-style "Other Disclosable Interest" → other-registrable
 * - anything else → unspecified
 */
export function interestNature(text: string): InterestNature {
  const t = text.toLowerCase();
  if (/non[- ]?pecuniary|not (?:an? )?(?:disclosable )?pecuniary/.test(t)) return 'non-pecuniary';
  if (/prejudicial|pecuniary|\bdpi\b/.test(t)) return 'disclosable-pecuniary';
  if (/non[- ]?regist(?:e)?rable/.test(t)) return 'non-registrable';
  if (/other[- ]regist(?:e)?rable|other disclosable|\bori\b/.test(t)) return 'other-registrable';
  if (/\bpersonal\b/.test(t)) return 'non-pecuniary';
  return 'unspecified';
}

const DECL_RE = new RegExp(`(?:^|[,;]\\s+|\\b(?:that|and)\\s+)${MEMBER_PREFIX}\\s+(.{2,200}?)\\s+(?:also\\s+|each\\s+|both\\s+|had\\s+|has\\s+)?(?:declared|declares|disclosed|made\\s+(?:a\\s+)?declarations?\\s+of)\\b(.*)$`);
const ITEM_REF_RE = /\b(?:agenda\s+)?(?:item|minute|eitem)s?\s*(?:no\.?|number)?\s*([A-Z]{2,6}\s\d{1,4}\/\d{2,4}|[A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})*[a-z]?)\b/i;
const NAMED_ITEMS_RE = /\binterests?\s+in\s+(?:the\s+)?((?:[\w'’-]+\s+){1,4}?(?:items?|reports?|matters?))\b/i;
const CAUSE_RE = /\b(?:due to|because(?: of)?|owing to|by virtue of|in that|since|as|that)\s+(.{3,})$/i;
const ABOUT_RE = /\b(?:regarding|concerning|relating to|in relation to|in respect of|with regard to|about)\s+(.{3,})$/i;
const WITHDREW_RE = /\b(?:left the (?:room|meeting|chamber)|leave the (?:room|meeting|chamber)|withdr[ae]w|withdrawn|took no part|take no part|not take part|did not (?:take part|participate|vote|speak)|absented)\b/i;
const STAYED_RE = /\b(?:remained in the (?:room|meeting|chamber)|took part in the (?:debate|discussion|vote))\b/i;

function cleanSubject(s: string): string {
  return s
    .replace(/(?:,\s*|\s+)(?:and\s+)?(?:(?:he|she|they)\s+)?(?:then\s+|subsequently\s+)?(?:left|withdrew|took\s+no\s+part|did\s+not\s+(?:take\s+part|participate|vote)|remained)\b.*$/i, '')
    .replace(/^(?:he|she|they|the councillor|the member)\s+(?:was|were|is|are|had been|has been)\s+/i, '')
    .replace(/^(?:being\s+)?(?:an?|the)\s+(?=interest\b)/i, '')
    .replace(/[.;,\s]+$/, '')
    .trim();
}

function subjectOf(rest: string): string {
  // rest: text after "declared"
  const afterInterest = rest.replace(/^\s*(?:an?\s+|the\s+following\s+)?(?:[\w-]+\s+){0,4}?interests?\b/i, '').trim();
  const cause = CAUSE_RE.exec(afterInterest);
  if (cause && cause[1] && !/^(?:item|minute)\b/i.test(cause[1])) return cleanSubject(cause[1]);
  const about = ABOUT_RE.exec(afterInterest);
  if (about && about[1]) {
    const a = about[1];
    const ref = ITEM_REF_RE.exec(a);
    if (!ref || ref.index > 0) return cleanSubject(a);
    const after = a.slice(ref.index + ref[0].length).replace(/^[\s,–—-]+/, '');
    if (after) return cleanSubject(after.replace(/^\((.*)\)$/, '$1'));
  }
  const inIt = /^in\s+(.{3,})$/i.exec(afterInterest);
  if (inIt && inIt[1]) return cleanSubject(inIt[1]);
  return cleanSubject(afterInterest || rest);
}

function itemOf(rest: string): string | null {
  const ref = ITEM_REF_RE.exec(rest);
  if (ref && ref[1]) return ref[1].replace(/\.$/, '');
  const named = NAMED_ITEMS_RE.exec(rest);
  if (named && named[1] && !/^(?:this|that|any|all|the)\s+(?:item|report|matter)s?$/i.test(named[1])) return named[1].trim();
  return null;
}

/** Declarations in one item's minutes. `itemNumber` is used when the sentence names no item and the item is not the declarations item itself. */
export function findDeclarations(text: string, itemNumber: string | null, isDeclarationsItem: boolean): Declaration[] {
  const out: Declaration[] = [];
  const sentences = splitSentences(text);
  sentences.forEach((sentence, i) => {
    if (sentence.length > 1500 || !/declar|disclos/i.test(sentence)) return;
    const m = DECL_RE.exec(sentence);
    if (!m || !m[1]) return;
    // "Councillor X, having declared an interest, left the room" refers back to a declaration.
    if (/,\s*having$/i.test(m[1].trim()) || /\bhaving\s+(?:previously\s+|earlier\s+)?declared\b/i.test(sentence)) return;
    const rest = m[2] ?? '';
    if (/^\s*(?:no|any)\b/i.test(rest)) return;
    const members = splitNameList(m[1]);
    if (members.length === 0) return;
    const context = [sentence, sentences[i + 1] ?? '', sentences[i + 2] ?? ''];
    const surname = (n: string) => n.split(' ').pop() ?? n;
    let withdrew = WITHDREW_RE.test(sentence);
    for (const follow of context.slice(1)) {
      const mentions = members.some((n) => follow.includes(surname(n))) || /^(?:he|she|they|the member|the councillor)\b/i.test(follow);
      if (!mentions) break;
      if (STAYED_RE.test(follow)) break;
      if (WITHDREW_RE.test(follow)) {
        withdrew = true;
        break;
      }
    }
    const nature = interestNature(sentence);
    const item = itemOf(rest) ?? (isDeclarationsItem ? null : itemNumber);
    const subject = subjectOf(rest);
    for (const member of members) out.push({ member, item, subject, nature, withdrew });
  });
  return out;
}
