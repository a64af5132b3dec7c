/**
 * How far two readers agree: one folder of labels scored against another folder's labels of the same pages, with the
 * parser's own scorer (the same facts, folding and 12-word gists). The first reader's facts play the labels, the
 * second's the answers, so "precision" is the share of B's facts that A also wrote, and "recall" the share of A's that
 * B wrote. A field the readers agree on in fewer than 95 facts of 100 cannot hold the parser to 95 %.
 */
import path from 'node:path';
import type { ParsedMinutes } from '../../shared/types/minutes';
import { evaluate, loadLabels } from './minutes-evaluate';
import type { DecisionMatch, Label, Report } from './minutes-evaluate';

const EMPTY: ParsedMinutes = {
  document: 'minutes', council: null, councilDomain: null, sourceAddress: null, remoteMeetingId: null, committee: null, date: null,
  startTime: null, endTime: null, venue: null, apologies: [], items: [], declarations: [], decisions: [],
};

/** Pairs the two folders' labels by the page they read (their source), and says which pages only one reader labelled. */
export function pairLabels(first: Label[], second: Label[]): { pairs: Array<[Label, Label]>; unpaired: string[] } {
  const bySource = new Map(second.map((l) => [path.resolve(l.source), l]));
  const pairs: Array<[Label, Label]> = [];
  const unpaired: string[] = [];
  for (const a of first) {
    const b = bySource.get(path.resolve(a.source));
    if (b) {
      pairs.push([a, b]);
      bySource.delete(path.resolve(a.source));
    } else unpaired.push(a.file);
  }
  return { pairs, unpaired: [...unpaired, ...[...bySource.values()].map((l) => l.file)] };
}

export function agreement(first: Label[], second: Label[], options: { decisions?: DecisionMatch } = {}): Report & { pages: number; unpaired: string[] } {
  const { pairs, unpaired } = pairLabels(first, second);
  const report = evaluate(
    pairs.map(([a, b]) => ({
      file: a.file,
      expected: a.expected,
      actual: { ...EMPTY, ...b.expected } as ParsedMinutes,
      ...(a.attendance ? { expectedAttendance: a.attendance, actualAttendance: b.attendance ?? [] } : {}),
      ...(a.document ? { expectedDocument: a.document, actualDocument: b.document ?? 'minutes' } : {}),
    })),
    options,
  );
  return { ...report, pages: pairs.length, unpaired };
}

export const agreementOfFolders = (first: string, second: string, options: { decisions?: DecisionMatch } = {}) =>
  agreement(loadLabels(path.resolve(first)), loadLabels(path.resolve(second)), options);
