import type { Block } from './blocks';

/** Title wording that makes an item private business. */
const EXEMPT_TITLE_RE = /\b(?:part\s+(?:b|2|ii)\b|exempt\b|confidential\b(?!\s+reporting)|private\s+(?:session|business|items?|meeting|report)\b|\(private\)|in\s+private\b|restricted\b|not\s+for\s+publication|schedule\s+12a)/i;
/** A heading between items that starts the private part of the meeting. */
export const PRIVATE_SECTION_RE = /^(?:PART\s+(?:B|2|II)\b.{0,80}|Part\s+(?:B|2|II)\s*[-–:]?\s*(?:exempt|private|confidential|items?|business).{0,60}|PRIVATE\s+(?:SESSION|BUSINESS)|Private\s+(?:session|business)|EXEMPT\s+(?:ITEMS?|INFORMATION|BUSINESS)|Exempt\s+(?:items?|information|business))$/;
const SELF_EXEMPT_RE = /\b(?:this|the)\s+(?:item|report)\s+(?:is|was|contains?|will\s+be)\s+(?:exempt|confidential|not\s+for\s+publication)|\bnot\s+for\s+publication\s+by\s+virtue\s+of/i;
const EXCLUSION_RE = /exclu(?:de|ded|sion)\b.{0,40}\b(?:press|public)|(?:press|public)\b.{0,40}\bexclu(?:de|ded|sion)|schedule\s+12a/i;
/** The words EXCLUSION_RE needs, found fast: the full pattern tries ".{0,40}" after every "press" and "public". */
const EXCLUSION_HINT_RE = /exclu|schedule\s+12a/i;
const mentionsExclusion = (text: string): boolean => EXCLUSION_HINT_RE.test(text) && EXCLUSION_RE.test(text);
const NAMED_RE = /\b(?:agenda\s+)?(?:items?|minutes?)\s*(?:no\.?|nos\.?|numbers?)?\s*((?:[A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})*[a-z]?)(?:\s*(?:,|and|&|to|-)\s*[A-Z]{0,6}\/?\d{1,4}(?:[./]\d{1,4})*[a-z]?){0,20})/gi;

export function titleIsExempt(title: string): boolean {
  // ("Confirmation of any part of the minutes that is exempt under the Freedom of Information Act": the agenda's standing
  // question whether anything is to be withheld, itself in public.)
  // ("Decisions on taking business in private", "Decision on taking items 12 and 13 in private": a Scottish agenda's
  // standing item, deciding in public which later items are private; itself not one.)
  return EXEMPT_TITLE_RE.test(title) && !/^exclusion\b/i.test(title) && !/\b(?:part|parts)\s+of\s+the\s+minutes\s+(?:that|which)\s+(?:is|are)\s+exempt\b/i.test(title) && !/^Decisions?\s+on\s+(?:whether\s+to\s+)?tak(?:ing|e)\s+(?:business|items?\b[^.]{0,40}?)\s+in\s+private\b/i.test(title);
}

export function textSaysExempt(text: string): boolean {
  return SELF_EXEMPT_RE.test(text.length > 5000 ? text.slice(0, 5000) : text);
}

/** Item numbers named by an exclusion of press and public ("Agenda Item No. 6", "items 12 and 13"), plus whether it applies to "the following item(s)". */
export function exclusionTargets(title: string, blocks: readonly Block[]): { numbers: Set<string>; following: boolean } {
  const numbers = new Set<string>();
  let following = false;
  // "Exclusion of the public … during consideration of Item Nos. 21 & 22 …": an agenda's heading can name them itself.
  const text = [...(mentionsExclusion(title) ? [title] : []), ...blocks.map((b) => b.text)].join('\n');
  const relevant = /^exclusion\b/i.test(title) || mentionsExclusion(text.slice(0, 20000));
  if (!relevant) return { numbers, following };
  for (const line of text.slice(0, 20000).split('\n')) {
    if (!mentionsExclusion(line) && !/exempt|confidential/i.test(line)) continue;
    NAMED_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAMED_RE.exec(line)) !== null) {
      const list = m[1] ?? '';
      const range = /^(\d{1,4})\s*(?:to|-)\s*(\d{1,4})$/.exec(list.trim());
      if (range && range[1] && range[2]) {
        const a = Number(range[1]);
        const b = Number(range[2]);
        if (b >= a && b - a < 50) for (let n = a; n <= b; n++) numbers.add(String(n));
        continue;
      }
      for (const part of list.split(/\s*(?:,|and|&)\s*/)) if (part.trim()) numbers.add(part.trim().replace(/\.$/, ''));
    }
    if (/\bfollowing\s+items?\b/i.test(line)) following = true;
  }
  return { numbers, following };
}
