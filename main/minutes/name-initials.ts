/**
 * "Ian Prideaux IPr", "Thom Williams ThW", "Tom McKellow TMc", "Terry Baines TAB": the initials the minutes use for a person,
 * printed after the name without brackets, are no part of it. Only a last word of two to four letters whose capitals
 * begin with the first name's initial and end with the surname's ("McKellow" is "M" or "K").
 */
const NAME_THEN_INITIALS_RE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu})\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+((?:Mc|Mac|O['’])?\p{Lu})[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}]{1,3})$/u;
const POST_NOMINALS_RE = /^(?:MBE|OBE|CBE|BEM|KBE|DBE|JP|DL|MP|MS|AM|MSP|MLA|QC|KC)$/;
export function withoutNameInitials(name: string): string {
  const m = NAME_THEN_INITIALS_RE.exec(name);
  if (!m?.[1] || !m[2] || !m[3] || !m[4] || POST_NOMINALS_RE.test(m[4])) return name;
  const capitals = m[4].replace(/\p{Ll}/gu, '');
  const surnameInitials = [m[3].charAt(0), m[3].charAt(m[3].length - 1)];
  return capitals.length >= 2 && capitals.startsWith(m[2]) && surnameInitials.some((c) => capitals.endsWith(c)) ? m[1] : name;
}
