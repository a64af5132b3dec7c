// Re-anchoring 1,000 annotations from a 500-page pack to its revised version, against a naive
// baseline (the first exact occurrence of the quote, else orphaned), in the same run.
//
// The revision does what revised packs do: pages inserted and removed (footers renumbered),
// sentences added or rewritten right beside annotated passages, one-character corrections inside
// quotes, and one report replaced entirely (its annotations must orphan). The true new place of
// every annotation is known: each annotated passage is wrapped in private-use markers before the
// edits, the edits carry the markers along, and stripping them afterwards gives the truth.
import { PAGE_SEPARATOR, type Selectors, documentText, pageAt, quoteAt } from '../../main/annotations/anchoring';
import { Reanchorer } from '../../main/annotations/reanchorer';
import { councilPage } from './council-text';

const PAGES = 500;
const ANNOTATIONS = 1000;
const TYPO_FIXES = 120;
const CONTEXT_EDITS = 200;
const PAGES_INSERTED = 12;
const PAGES_REMOVED = 6;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(20250114);
const int = (n: number) => Math.floor(random() * n);

const OPEN = (i: number) => `\uE000${i}\uE001`;
const CLOSE = (i: number) => `\uE002${i}\uE003`;
const MARKER = /\uE000(\d+)\uE001|\uE002(\d+)\uE003/g;

interface Planted {
  page: number; // 0-based
  start: number; // in the page
  end: number;
}

/** Annotated passages: word-aligned, 4 to 200 characters, some across a line break, none overlapping. */
function plant(pages: string[]): Planted[] {
  const planted: Planted[] = [];
  const used = new Map<number, Array<[number, number]>>();
  while (planted.length < ANNOTATIONS) {
    const page = int(pages.length);
    const text = pages[page] as string;
    const short = random() < 0.05;
    const length = short ? 4 + int(4) : 20 + int(180);
    let start = int(Math.max(1, text.length - length - 40));
    while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n') start--;
    let end = Math.min(text.length, start + length);
    while (end < text.length && /\w/.test(text[end] as string) && /\w/.test(text[end - 1] as string)) end++;
    const exact = text.slice(start, end);
    if (exact.trim() !== exact || exact.length < 4 || /Page \d/.test(exact) || exact.includes('\n\n')) continue;
    if (short && !/^\w+$/.test(exact)) continue;
    const ranges = used.get(page) ?? [];
    if (ranges.some(([a, b]) => start < b + 2 && end > a - 2)) continue;
    ranges.push([start, end]);
    used.set(page, ranges);
    planted.push({ page, start, end });
  }
  return planted;
}

function markPages(pages: string[], planted: Planted[]): string[] {
  return pages.map((text, p) => {
    const here = planted.map((a, i) => ({ ...a, i })).filter((a) => a.page === p).sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const a of here) {
      out += text.slice(at, a.start) + OPEN(a.i) + text.slice(a.start, a.end) + CLOSE(a.i);
      at = a.end;
    }
    return out + text.slice(at);
  });
}

/** Strips the markers; returns the clean pages and each annotation's span in the document text. */
function unmark(marked: string[]): { pages: string[]; spans: Map<number, { start: number; end: number }> } {
  const spans = new Map<number, { start: number; end: number }>();
  const open = new Map<number, number>();
  const pages: string[] = [];
  let offset = 0;
  for (const page of marked) {
    let clean = '';
    let last = 0;
    for (const m of page.matchAll(MARKER)) {
      clean += page.slice(last, m.index);
      last = (m.index ?? 0) + m[0].length;
      if (m[1] !== undefined) open.set(Number(m[1]), offset + clean.length);
      else {
        const i = Number(m[2]);
        const start = open.get(i);
        if (start !== undefined) spans.set(i, { start, end: offset + clean.length });
      }
    }
    clean += page.slice(last);
    pages.push(clean);
    offset += clean.length + PAGE_SEPARATOR.length;
  }
  return { pages, spans };
}

const SENTENCES = [
  'Officers confirmed that the figures had been revised since the previous meeting. ',
  'This paragraph was updated following legal advice. ',
  'Further detail is given in Appendix E. ',
  'The Executive Member has been briefed. ',
];

/** Finds annotation i's markers in the marked pages. */
function find(marked: string[], i: number): { page: number; open: number; close: number } | null {
  for (let p = 0; p < marked.length; p++) {
    const open = (marked[p] as string).indexOf(OPEN(i));
    if (open >= 0) return { page: p, open, close: (marked[p] as string).indexOf(CLOSE(i)) };
  }
  return null;
}

function revise(markedV1: string[], planted: Planted[]): { marked: string[]; replacedPages: [number, number]; counts: Record<string, number> } {
  const marked = [...markedV1];
  const counts = { typoFixes: 0, contextEdits: 0, pagesInserted: 0, pagesRemoved: 0, replacedReportPages: 0 };
  const order = planted.map((_, i) => i).sort(() => random() - 0.5);
  // One-character corrections inside quotes (substitution, deletion or insertion), away from the ends.
  for (const i of order.slice(0, TYPO_FIXES)) {
    const at = find(marked, i);
    const a = planted[i] as Planted;
    if (!at || a.end - a.start < 20) continue;
    const page = marked[at.page] as string;
    const inner = at.open + OPEN(i).length;
    const pos = inner + 5 + int(a.end - a.start - 10);
    const ch = page[pos] as string;
    if (!/[a-z]/.test(ch)) continue;
    const kind = int(3);
    const replacement = kind === 0 ? (ch === 'e' ? 'a' : 'e') : kind === 1 ? '' : `${ch}${ch}`;
    marked[at.page] = page.slice(0, pos) + replacement + page.slice(pos + 1);
    counts.typoFixes++;
  }
  // Sentences added or rewritten right beside annotated passages: before, after, or both.
  for (const i of order.slice(TYPO_FIXES, TYPO_FIXES + CONTEXT_EDITS)) {
    const at = find(marked, i);
    if (!at) continue;
    const page = marked[at.page] as string;
    const side = int(10);
    const sentence = SENTENCES[int(SENTENCES.length)] as string;
    const closeEnd = at.close + CLOSE(i).length;
    const before = side < 5 || side === 9;
    const after = side >= 5;
    let next = page;
    if (after) next = next.slice(0, closeEnd) + ` ${sentence.trim()}` + next.slice(closeEnd);
    if (before) {
      // Rewrite up to 20 characters before the passage (stopping at another marker) and add a sentence.
      let from = at.open;
      while (from > 0 && at.open - from < 20 && !/[\uE000-\uE003]/.test(next[from - 1] as string)) from--;
      next = next.slice(0, from) + sentence + next.slice(at.open);
    }
    marked[at.page] = next;
    counts.contextEdits++;
  }
  // One report replaced entirely: eight pages of new text where a report was.
  const firstReplaced = 8 * (10 + int(40));
  for (let k = 0; k < 8; k++) marked[firstReplaced + k] = councilPage(300000 + k * 17).join('\n');
  counts.replacedReportPages = 8;
  // Pages removed (away from the replaced report), then pages inserted; footers renumbered.
  const removable = new Set<number>();
  while (removable.size < PAGES_REMOVED) {
    const p = int(PAGES);
    if (p < firstReplaced - 1 || p > firstReplaced + 8) removable.add(p);
  }
  const kept = marked.map((text, p) => ({ text, p })).filter((x) => !removable.has(x.p));
  counts.pagesRemoved = PAGES_REMOVED;
  for (let k = 0; k < PAGES_INSERTED; k++) {
    kept.splice(int(kept.length), 0, { text: councilPage(200000 + k * 31).join('\n'), p: -1 });
    counts.pagesInserted++;
  }
  const renumbered = kept.map((x, index) => x.text.replace(/Page \d+$/, `Page ${index + 1}`));
  return { marked: renumbered, replacedPages: [firstReplaced, firstReplaced + 8], counts };
}

interface Tally {
  correct: number;
  misplaced: number;
  orphanedExisting: number;
  orphanedGone: number;
  placedGone: number;
}

function judge(results: Array<{ start: number; end: number } | null>, truth: Array<{ start: number; end: number } | null>): Tally {
  const t: Tally = { correct: 0, misplaced: 0, orphanedExisting: 0, orphanedGone: 0, placedGone: 0 };
  results.forEach((r, i) => {
    const want = truth[i] ?? null;
    if (!r) {
      if (want) t.orphanedExisting++;
      else t.orphanedGone++;
    } else if (!want) {
      t.placedGone++;
      t.misplaced++;
    } else if (Math.abs(r.start - want.start) <= 2 && Math.abs(r.end - want.end) <= 2) t.correct++;
    else t.misplaced++;
  });
  return t;
}

const pct = (n: number, d: number) => Math.round((1000 * n) / Math.max(1, d)) / 10;

export async function reanchorBench(): Promise<Record<string, unknown>> {
  const v1Pages = Array.from({ length: PAGES }, (_, p) => councilPage(p + 1).join('\n'));
  const planted = plant(v1Pages);
  const markedV1 = markPages(v1Pages, planted);
  const old = unmark(markedV1);
  const oldDoc = documentText(old.pages);
  const selectors: Selectors[] = planted.map((_, i) => {
    const s = old.spans.get(i) as { start: number; end: number };
    return { ...quoteAt(oldDoc.text, s.start, s.end), ...s };
  });

  const revision = revise(markedV1, planted);
  const revised = unmark(revision.marked);
  const newDoc = documentText(revised.pages);
  const truth = planted.map((_, i) => revised.spans.get(i) ?? null);
  const existing = truth.filter(Boolean).length;
  const shortCount = selectors.filter((s) => s.exact.length < 8).length;
  console.log(
    `pack: ${PAGES} pages (${(oldDoc.text.length / 1e6).toFixed(2)} M characters) → ${revised.pages.length} pages; ` +
      `${ANNOTATIONS} annotations (${shortCount} shorter than 8 characters), ${existing} whose passage still exists`,
  );
  console.log(`revision: ${JSON.stringify(revision.counts)}`);

  // Scrutineer's re-anchoring (timed: alignment, anchoring and the new page numbers).
  const started = performance.now();
  const reanchorer = new Reanchorer(oldDoc.text, newDoc.text);
  const ours = selectors.map((s) => {
    const r = reanchorer.anchor(s);
    return r.status === 'anchored' ? { start: r.start, end: r.end, page: pageAt(newDoc.pageStarts, r.start), method: r.method } : null;
  });
  const ms = Math.round(performance.now() - started);

  const baseStarted = performance.now();
  const naive = selectors.map((s) => {
    const at = newDoc.text.indexOf(s.exact);
    return at >= 0 ? { start: at, end: at + s.exact.length } : null;
  });
  const baselineMs = Math.round(performance.now() - baseStarted);

  const a = judge(ours, truth);
  if (process.env.DEBUG_REANCHOR) {
    ours.forEach((r, i) => {
      const want = truth[i];
      const s = selectors[i] as Selectors;
      const bad = r && (!want || Math.abs(r.start - want.start) > 2 || Math.abs(r.end - want.end) > 2);
      if (bad || (!r && want)) {
        const res = reanchorer.anchor(s);
        console.log('---', i, bad ? 'MISPLACED' : 'ORPHANED', JSON.stringify(res), 'expected', reanchorer.expected(s.start), 'truth', JSON.stringify(want));
        console.log('  old:', JSON.stringify(s.prefix), '|', JSON.stringify(s.exact), '|', JSON.stringify(s.suffix));
        if (r) console.log('  got:', JSON.stringify(newDoc.text.slice(r.start - 32, r.start)), '|', JSON.stringify(newDoc.text.slice(r.start, r.end)), '|', JSON.stringify(newDoc.text.slice(r.end, r.end + 32)));
        if (want) console.log('  want:', JSON.stringify(newDoc.text.slice(want.start - 32, want.start)), '|', JSON.stringify(newDoc.text.slice(want.start, want.end)), '|', JSON.stringify(newDoc.text.slice(want.end, want.end + 32)));
      }
    });
  }
  const b = judge(naive, truth);
  const methods = ours.reduce<Record<string, number>>((acc, r) => ((acc[r?.method ?? 'orphaned'] = (acc[r?.method ?? 'orphaned'] ?? 0) + 1), acc), {});
  const report = (name: string, t: Tally, time: number) =>
    console.log(
      `${name.padEnd(28)} placed correctly ${t.correct}/${existing} (${pct(t.correct, existing)}%), misplaced ${t.misplaced} ` +
        `(${t.placedGone} of them on a passage that is gone), orphaned ${t.orphanedExisting + t.orphanedGone} ` +
        `(${t.orphanedGone}/${ANNOTATIONS - existing} correctly, passage gone), ${time} ms`,
    );
  report('Scrutineer re-anchoring:', a, ms);
  report('baseline (exact indexOf):', b, baselineMs);
  console.log(`methods: ${JSON.stringify(methods)}; targets: ≥ 95% placed correctly, 0 misplaced, < 2000 ms`);
  const correctPct = pct(a.correct, existing);
  return {
    bench: 'reanchor',
    pages: PAGES,
    annotations: ANNOTATIONS,
    passagesStillPresent: existing,
    correctPct,
    misplaced: a.misplaced,
    orphaned: a.orphanedExisting + a.orphanedGone,
    orphanedPassageGone: a.orphanedGone,
    ms,
    baseline: 'exact-indexOf',
    baselineCorrectPct: pct(b.correct, existing),
    baselineMisplaced: b.misplaced,
    baselineMs,
    meetsTarget: correctPct >= 95 && a.misplaced === 0 && ms < 2000,
  };
}
