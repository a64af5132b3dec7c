/**
 * "Present: Vice Chairman: Willy Brown Steve Trudgill Mark Alexander …": the chair's own label inside the list's, before a
 * name in full and a run of names with nothing between them. The post is put after its holder, in brackets, where a
 * post after a name is read ("Present: Willy Brown (Vice Chairman) Steve Trudgill …"); the run is then read as any run of
 * names in full is. Only where the name after the label, and the next one, start with a known given name.
 */
import { isGivenName } from './given-names';

const CHAIR_LABEL_RUN_RE = /(^|\s)((?:Members\s+)?Present\s*:-?\s*)((?:Vice[-\s]?)?Chair(?:man|person|woman)?)\s*:\s*(\p{Lu}\p{Ll}+)\s+((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)\s+(?=(\p{Lu}\p{Ll}+)\s+\p{Lu})/gu;

export function chairAfterName(text: string): string {
  if (!text.includes('Chair')) return text;
  // (Not "Present: Chairperson: Laurence Oliver Vice Chairperson: David Cowley …": another label follows, not a name.)
  return text.replace(CHAIR_LABEL_RUN_RE, (all: string, start: string, label: string, post: string, given: string, surname: string, next: string) =>
    isGivenName(given) && isGivenName(next) ? `${start}${label}${given} ${surname} (${post}) ` : all,
  );
}
