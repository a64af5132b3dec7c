/**
 * The passages of a declarations section no reader took (meetings.declarations_not_read) that the meeting's list does
 * not yet account for: one stops being shown once a declaration on the meeting, read or added by the member, names the
 * member it names (as the parser decides a passage was read).
 */
import { namesAnyOf } from '../minutes/declarations-not-read';

export function declarationsStillNotRead(passages: readonly string[], declarations: ReadonlyArray<{ member: string }>): string[] {
  const members = declarations.map((d) => d.member);
  return passages.filter((p) => !namesAnyOf(p, members));
}
