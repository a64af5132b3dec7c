/**
 * The passages of a declarations section no reader took (meetings.declarations_not_read) that the meeting's list does
 * not yet account for: one stops being shown once a declaration on the meeting, read or added by the member, names the
 * member it names (their surname is in the passage).
 */
function surnameOf(member: string): string {
  return (member.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
}

export function declarationsStillNotRead(passages: readonly string[], declarations: ReadonlyArray<{ member: string }>): string[] {
  const surnames = declarations.map((d) => surnameOf(d.member)).filter((s) => s.length > 1);
  return passages.filter((p) => {
    const words = new Set(p.toLowerCase().split(/[^\p{L}-]+/u));
    return !surnames.some((s) => words.has(s));
  });
}
