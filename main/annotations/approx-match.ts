/**
 * Approximate string search (Myers' bit-parallel algorithm), from Hypothesis's approx-string-match:
 * the matcher their client uses to re-anchor annotations. Re-exported here so the anchoring code
 * names one place.
 */
export { default } from 'approx-string-match';
export type { Match } from 'approx-string-match';
