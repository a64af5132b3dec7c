/**
 * Apologies given by the minutes' own initials for members: the register names each member with their initials in
 * brackets ("Councillors not present: Mrs. A. Lyle (AL), T. Bray (TB), J. Cole (JC)"), and the apologies item then
 * lists the initials alone ("Cllrs: Mrs. AL, TB and JC."). Each initial is read back to the one person the page gave it;
 * if any is not given to exactly one person, nothing is read (no guess).
 */

/** "Mrs. A. Lyle (AL)", "J. Cole (JC)", "Tom Bray (TB)": a name, then its initials in brackets. */
const NAMED_INITIALS_RE = /(?:^|[,:;]\s*|\band\s+|\s)((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}\.\s?){0,3}(?:\p{Lu}[\p{Ll}'’]+\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\s*\((\p{Lu}{2,5})\)/gu;

/** "Cllrs: Mrs. AL, TB and JC.": initials alone (a style allowed before them), two or more. */
const INITIALS_LIST_RE = /^(?:(?:Cllrs?|Councillors?)\.?\s*:?\s*)?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}{2,5}(?:\s*(?:,|\band\b|&)\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}{2,5})+)\.?$/u;

function namesByInitials(page: string): Map<string, Set<string>> {
  const byInitials = new Map<string, Set<string>>();
  for (const m of page.matchAll(NAMED_INITIALS_RE)) {
    const name = (m[1] ?? '').trim();
    const initials = m[2] ?? '';
    if (!byInitials.has(initials)) byInitials.set(initials, new Set());
    byInitials.get(initials)?.add(name);
  }
  return byInitials;
}

/** The people the apologies item's first sentence names by their initials, or [] when it does not or they cannot all be told. */
export function apologiesByInitials(itemText: string, page: string): string[] {
  const first = itemText.trim().split(/(?<=\.)\s+(?=\(|\p{Lu}\p{Ll})/u)[0] ?? '';
  const list = INITIALS_LIST_RE.exec(first.trim())?.[1];
  if (!list) return [];
  const byInitials = namesByInitials(page.slice(0, 20000));
  const out: string[] = [];
  for (const part of list.split(/\s*(?:,|\band\b|&)\s*/)) {
    const initials = part.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, '').trim();
    const names = byInitials.get(initials);
    if (!names || names.size !== 1) return [];
    out.push([...names][0] ?? '');
  }
  return out;
}
