/** A couple under one surname, in a list of people. */
import { isGivenName } from './given-names';

const TITLED_COUPLE_RE = /\b(Mr|Mrs|Ms|Miss|Dr)\.?\s*(?:&|and)\s*(Mr|Mrs|Ms|Miss|Dr)\.?\s+((?:\p{Lu}\.?\s+)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)/gu;
// (Not a double surname's second part: "Pauline Coakley-Webb and Rudolf Stravens".)
const NAMED_COUPLE_RE = /(?<![\p{L}.'’-]\s?)\b(\p{Lu}\p{Ll}+)\s*(?:&|and)\s*(\p{Lu}\p{Ll}+)\s+((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+)(?=\s*(?:[,;(.]|$|\s+(?:and|&)\s))/gu;
/**
 * "Mr & Mrs Mockford", "Angela & Geoff Richardson": a couple under one surname, each a person of their own ("Mr Mockford",
 * "Mrs Mockford"; "Angela Richardson", "Geoff Richardson"). Only where both first words are given names.
 */
export function withCouplesApart(list: string): string {
  if (!/&|\band\b/.test(list)) return list;
  return list
    .replace(TITLED_COUPLE_RE, '$1 $3, $2 $3')
    .replace(NAMED_COUPLE_RE, (whole, a: string, b: string, surname: string) => (isGivenName(a) && isGivenName(b) ? `${a} ${surname}, ${b} ${surname}` : whole));
}
