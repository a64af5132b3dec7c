import { isGivenName } from './given-names';

/**
 * "Battleby 16 May 2018 Present: Representatives Organisation 1. David Howat Convenor … 2. Janice Winning Secretary …": a
 * register printed as a numbered table, run into one line after its label. Its rows are people, not minutes: the
 * block's cuts are dropped when the label comes before them and most of the rows open with a first name.
 */
export function registerRows<T extends { start: number }>(text: string, cuts: T[]): T[] {
  if (cuts.length < 3) return cuts;
  const label = /(?:^|\s)(?:Present|Attendees|In\s+attendance)\s*:/i.exec(text);
  if (!label || label.index > (cuts[0]?.start ?? 0)) return cuts;
  const named = cuts.filter((c) => isGivenName(/^\s*\d{1,3}[.)]?\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(c.start, c.start + 40))?.[1] ?? '')).length;
  return named * 5 >= cuts.length * 3 ? [] : cuts;
}
