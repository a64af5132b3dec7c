import { makePdf } from './make-pdf';

export interface PackReport {
  number: string;
  title: string;
  /** Lines of each page of the report. */
  pages: string[][];
}

/**
 * A realistic agenda pack: a front page naming the committee and date, an agenda page listing each
 * item with "(Pages a - b)", then each report, every page with a "Page N" footer as ModernGov stamps.
 */
export async function makePack(options: { committee: string; dateLine: string; reports: PackReport[]; extraFront?: string[] }): Promise<Uint8Array> {
  const front = ['Public Document Pack', options.committee, `Date: ${options.dateLine}`, 'Time: 5.30 pm', 'Venue: City Hall', ...(options.extraFront ?? [])];
  let next = 3; // page 1 front, page 2 agenda
  const agenda = ['AGENDA'];
  for (const r of options.reports) {
    const first = next;
    const last = next + r.pages.length - 1;
    agenda.push(`${r.number}. ${r.title} (Pages ${first} - ${last})`);
    next = last + 1;
  }
  const pages = [front, agenda, ...options.reports.flatMap((r) => r.pages)];
  return makePdf(pages.map((lines, i) => [...lines, '', `Page ${i + 1}`]));
}
