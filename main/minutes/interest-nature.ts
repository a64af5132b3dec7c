import type { InterestNature } from '../../shared/types/minutes';

/**
 * The kind of an interest, as the minutes word it, mapped to the regime in force at the meeting:
 * - England since 1 July 2012 (Localism Act 2011 codes): "disclosable pecuniary" / DPI / "pecuniary"
 *   → 'disclosable-pecuniary'; "other registrable" → 'other-registrable'; "non-registrable" →
 *   'non-registrable'; "non-pecuniary" → 'non-pecuniary'; a "registrable interest" not called pecuniary →
 *   'other-registrable'. None of these exist before July 2012: an
 *   older meeting that says "pecuniary" gets 'unspecified', never a DPI.
 * - The older English code, Wales and Northern Ireland: "personal and prejudicial" / "prejudicial" /
 *   Welsh "sy'n rhagfarnu" → 'prejudicial'; "personal" / Welsh "personol" → 'personal' (an interest the
 *   minutes call "not prejudicial" stays 'personal').
 * - Scotland: "non-financial" → 'non-financial'; "financial" → 'financial'.
 * - Anything else → 'unspecified'.
 */
const DPI_START = '2012-07-01';

export function interestNature(text: string, meetingDate: string | null = null): InterestNature {
  // "a non- financial interest": a hyphen at a line's end in the PDF, the space left after it.
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\b(non|not)[-‐‑–]\s+(?=\p{L})/gu, '$1-');
  const before2012 = meetingDate !== null && meetingDate < DPI_START;
  const prejudicial = /(?<!not\s|not\s(?:a|an)\s|non-|non\s)prejudicial|sy'n\s+rhagfarnu|rhagfarnol/.test(t);
  // ("… because the applicant was a personal friend": the word says how they know someone, not what kind the interest is.)
  const personal = /\bpersonal\b(?!\s+(?:friends?|friendship|acquaintances?|capacity|reasons?|basis|knowledge|views?|relationships?|circumstances|details|data|information|matters?|experience))|\bpersonol\b/.test(t);
  if (prejudicial) return 'prejudicial';
  // "personal, non-pecuniary interests" (Wales, and English codes that kept the word "personal"): a personal
  // interest, the rest of the phrase saying only that it is not pecuniary.
  if (/non[- ]?pecuniary|not (?:an? )?(?:disclosable )?pecuniary/.test(t)) return before2012 || /\bpersonal,?\s+(?:and\s+)?non[- ]?pecuniary/.test(t) ? (personal ? 'personal' : 'unspecified') : 'non-pecuniary';
  if (/disclosable\s+pecuniary|\bdpis?\b|\bpecuniary\b/.test(t)) return before2012 ? (personal ? 'personal' : 'unspecified') : 'disclosable-pecuniary';
  if (/non[- ]?regist(?:e)?rable/.test(t)) return before2012 ? 'unspecified' : 'non-registrable';
  if (/other[- ]regist(?:e)?rable|other disclosable|\bori\b/.test(t)) return before2012 ? 'unspecified' : 'other-registrable';
  // "declared a registrable interest in respect of … outside bodies": registrable, and not called pecuniary, is the other kind.
  if (/\bregist(?:e)?rable\s+interests?\b/.test(t)) return before2012 ? 'unspecified' : 'other-registrable';
  if (personal) return 'personal';
  if (/non[- ]financial/.test(t)) return 'non-financial';
  if (/\bfinancial\b/.test(t)) return 'financial';
  return 'unspecified';
}
