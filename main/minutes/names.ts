/** Member names: strip "Councillor", "Cllr", "Co-opted Member" (keep "Dr", "Mrs" …) and split lists. */

const TITLE_RE = /^(?:(?:County|City|Borough|District|Town)\s+)?(?:Councillors?|Cllrs?\.?|Co-opted\s+Members?|Aelod(?:au)?\s+Cyngor|Cynghorydd|Cynghorwyr)\s+/i;

export function stripMemberTitle(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 3 && TITLE_RE.test(n); i++) n = n.replace(TITLE_RE, '');
  return n.replace(/^[,;:–-]\s*/, '').replace(/[.,;:]+$/, '').trim();
}

/** "Councillors A, B (Chair) and Mrs C" → ["A", "B", "Mrs C"]. */
export function splitNameList(list: string): string[] {
  const cleaned = list
    .replace(/\([^()]{0,120}\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  const parts = cleaned.split(/\s*[,;]\s*|\s+and\s+|\s+&\s+|\s+a\s+(?=[A-Z])/);
  const out: string[] = [];
  for (const part of parts) {
    const n = stripMemberTitle(part);
    if (!n) continue;
    if (!/^[A-Z]/.test(n)) continue;
    if (n.split(' ').length > 6) continue;
    if (/^(?:the|members?|officers?|none|no)\b/i.test(n)) continue;
    out.push(n);
  }
  return out;
}

/** A member reference at the start of a sentence: "Councillor Dr Moore", "Cllr A. Bailes". */
export const MEMBER_PREFIX = '(?:(?:County |City |Borough |District |Town )?Councillors?|Cllrs?\\.?|Co-opted Members?|Cynghorydd)';
/** A personal name of up to five tokens, allowing initials and honorifics. */
export const NAME_TOKENS = "(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lady|Lord|Revd|Rev)\\.?\\s+)?(?:[A-Z][A-Za-z'’\\-]*\\.?)(?:\\s+(?:[A-Z][A-Za-z'’\\-]*\\.?|(?:de|van|von|da|di|le|la|ap)\\b)){0,4}";
