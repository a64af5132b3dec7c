/**
 * Where each agenda item's report starts and ends in a pack. Two sources, best first:
 * 1. the pack's own agenda, which lists items with their pages ("7. Budget (Pages 37 - 52)");
 *    printed page numbers are turned into PDF page indexes using the "Page N" footers;
 * 2. report headings: the first page after the agenda whose opening lines carry the item's title.
 * Pure: pages of text in, page ranges out.
 */
import { foldName } from '../library/keys';

export interface MapItem {
  id: number;
  number: string | null;
  title: string;
}

export interface ItemRange {
  itemId: number;
  firstPage: number;
  lastPage: number;
  method: 'agenda-list' | 'heading';
}

const AGENDA_PAGES = 12;
const ITEM_START = /^\s*(\d{1,3}[a-z]?)[.)]?\s+(\S.*)$/i;
const PAGE_RANGE = /\(?\s*(?:pages?\s*)?(\d{1,4})\s*(?:[-–—]\s*(\d{1,4}))?\s*\)?\s*$/i;
const EXPLICIT_PAGES = /\bpages?\s*(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?/i;
const FOOTER = /(?:^|\n)\s*page\s+(\d{1,4})\s*(?:$|\n)/i;

const foldNumber = (n: string) => n.toLowerCase().replace(/[^0-9a-z]/g, '');

/** The agenda's printed page ranges, by item number. */
export function agendaRanges(pages: readonly string[]): Map<string, { first: number; last: number | null; agendaPage: number }> {
  const ranges = new Map<string, { first: number; last: number | null; agendaPage: number }>();
  pages.slice(0, AGENDA_PAGES).forEach((text, index) => {
    let current: string | null = null;
    for (const line of text.split('\n')) {
      const start = ITEM_START.exec(line);
      if (start?.[1] && !/^\d{1,4}\s*[-–—]\s*\d{1,4}\s*$/.test(line.trim())) current = foldNumber(start[1]);
      if (!current || ranges.has(current)) continue;
      const explicit = EXPLICIT_PAGES.exec(line);
      const trailing = start ? PAGE_RANGE.exec(start[2] ?? '') : PAGE_RANGE.exec(line);
      const m = explicit ?? (trailing && /[-–—]|pages?/i.test(trailing[0]) ? trailing : null);
      if (m?.[1]) {
        ranges.set(current, { first: Number(m[1]), last: m[2] ? Number(m[2]) : null, agendaPage: index + 1 });
      }
    }
  });
  return ranges;
}

/** PDF index minus printed number, when the footers agree on one offset (most packs: 0). */
export function printedPageOffset(pages: readonly string[]): number {
  const counts = new Map<number, number>();
  pages.forEach((text, index) => {
    const tail = text.slice(-200);
    const m = FOOTER.exec(tail) ?? FOOTER.exec(text.slice(0, 200));
    if (m?.[1]) {
      const offset = index + 1 - Number(m[1]);
      counts.set(offset, (counts.get(offset) ?? 0) + 1);
    }
  });
  let best = 0;
  let bestCount = 0;
  for (const [offset, count] of counts) {
    if (count > bestCount) {
      best = offset;
      bestCount = count;
    }
  }
  return bestCount >= 2 ? best : 0;
}

/** The first page after `from` whose opening lines carry most of the title's words. */
function headingPage(pages: readonly string[], title: string, from: number): number | null {
  const words = foldName(title).split(' ').filter((w) => w.length > 2);
  if (words.length === 0) return null;
  for (let i = from; i < pages.length; i++) {
    const opening = ` ${foldName((pages[i] ?? '').split('\n').slice(0, 8).join(' '))} `;
    const found = words.filter((w) => opening.includes(` ${w} `)).length;
    if (found / words.length >= 0.8) return i + 1;
  }
  return null;
}

export function mapItemsToPages(pages: readonly string[], items: readonly MapItem[]): ItemRange[] {
  const pageCount = pages.length;
  if (pageCount === 0 || items.length === 0) return [];
  const listed = agendaRanges(pages);
  const offset = printedPageOffset(pages);
  const lastAgendaPage = Math.max(1, ...[...listed.values()].map((r) => r.agendaPage));

  const starts: Array<{ item: MapItem; first: number; last: number | null; method: ItemRange['method'] }> = [];
  for (const item of items) {
    const fromList = item.number ? listed.get(foldNumber(item.number)) : undefined;
    if (fromList) {
      const first = fromList.first + offset;
      const last = fromList.last === null ? null : fromList.last + offset;
      if (first >= 1 && first <= pageCount) starts.push({ item, first, last: last && last >= first ? Math.min(last, pageCount) : null, method: 'agenda-list' });
      continue;
    }
    const first = item.title ? headingPage(pages, item.title, lastAgendaPage) : null;
    if (first) starts.push({ item, first, last: null, method: 'heading' });
  }
  starts.sort((a, b) => a.first - b.first);
  return starts.map((s, i) => {
    const next = starts.slice(i + 1).find((n) => n.first > s.first);
    const last = s.last ?? (next ? next.first - 1 : pageCount);
    return { itemId: s.item.id, firstPage: s.first, lastPage: Math.max(s.first, last), method: s.method };
  });
}
