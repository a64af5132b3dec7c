/**
 * Re-anchoring when a revised version of a document is written: every annotation of the document's
 * earlier versions (orphans included: they get another chance; dismissed ones stay as they are)
 * moves to the new version, or becomes 'orphaned' on the version where it was last anchored, with
 * what the member first marked kept. Nothing is deleted; the old version stays readable.
 * Runs inside the caller's transaction: it follows papers/store.ts writeVersion through main/pipeline.ts.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ReanchorSummary } from '../papers/store';
import { anchorByEnds } from './across-pages';
import { pageAt, quoteAt, similarity } from './anchoring';
import { Reanchorer } from './reanchorer';
import { keepEarlierQuote } from './quote-history';
import { itemForPage, sortKey, versionText } from './version-text';

export type { ReanchorSummary };

interface Row {
  id: number;
  version_id: number;
  target: 'text' | 'page';
  page_number: number;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  pos_start: number | null;
  pos_end: number | null;
}

export function reanchorDocument(db: Database.Database, documentId: number, newVersionId: number): ReanchorSummary {
  const rows = db
    .prepare(
      `SELECT id, version_id, target, page_number, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end FROM annotations
       WHERE document_id = ? AND version_id IS NOT NULL AND version_id <> ? AND status <> 'dismissed' AND target IN ('text', 'page')
       ORDER BY version_id, id`,
    )
    .all(documentId, newVersionId) as Row[];
  const summary: ReanchorSummary = { moved: 0, orphaned: 0 };
  if (rows.length === 0) return summary;
  const fresh = versionText(db, newVersionId);
  const moveText = db.prepare(
    `UPDATE annotations SET version_id = ?, item_id = ?, page_number = ?, quote_exact = ?, quote_prefix = ?, quote_suffix = ?,
       pos_start = ?, pos_end = ?, sort_key = ?, rects = CASE WHEN ? THEN rects ELSE '[]' END, rects_stale = CASE WHEN ? THEN rects_stale ELSE 1 END,
       status = 'anchored', anchor_score = ? WHERE id = ?`,
  );
  const movePage = db.prepare(
    `UPDATE annotations SET version_id = ?, item_id = ?, page_number = ?, sort_key = ?, status = 'anchored', anchor_score = ? WHERE id = ?`,
  );
  const orphan = db.prepare("UPDATE annotations SET status = 'orphaned', anchor_score = ? WHERE id = ?");
  const byVersion = new Map<number, Row[]>();
  for (const r of rows) byVersion.set(r.version_id, [...(byVersion.get(r.version_id) ?? []), r]);

  for (const [versionId, annotations] of byVersion) {
    const old = versionText(db, versionId);
    const reanchorer = new Reanchorer(old.text, fresh.text);
    for (const a of annotations) {
      if (a.target === 'page') {
        // A whole-page note follows its page: where the page's text went, if it is still recognisably the page.
        const oldPage = old.pages[a.page_number - 1] ?? '';
        const oldStart = old.pageStarts[a.page_number - 1] ?? 0;
        const guess = pageAt(fresh.pageStarts, reanchorer.expected(oldStart + Math.floor(oldPage.length / 2)));
        const candidates = [guess, guess - 1, guess + 1].filter((p) => p >= 1 && p <= fresh.pages.length);
        const scored = candidates.map((p) => ({ p, s: similarity(oldPage.slice(0, 400), (fresh.pages[p - 1] ?? '').slice(0, 400)) })).sort((x, y) => y.s - x.s);
        const best = scored[0];
        if (best && best.s >= 0.6) {
          movePage.run(newVersionId, itemForPage(db, newVersionId, best.p), best.p, sortKey(best.p, -1), Math.round(best.s * 1000) / 1000, a.id);
          summary.moved++;
        } else {
          orphan.run(best ? Math.round(best.s * 1000) / 1000 : 0, a.id);
          summary.orphaned++;
        }
        continue;
      }
      const selectors = {
        exact: a.quote_exact ?? '',
        prefix: a.quote_prefix ?? '',
        suffix: a.quote_suffix ?? '',
        start: a.pos_start ?? 0,
        end: a.pos_end ?? 0,
      };
      let result = reanchorer.anchor(selectors);
      // A passage over a page break: by its two ends, when the lines at the break (a renumbered footer) changed.
      if (result.status !== 'anchored') result = anchorByEnds(reanchorer, old, fresh, selectors.start, selectors.end) ?? result;
      if (result.status !== 'anchored') {
        orphan.run(result.score, a.id);
        summary.orphaned++;
        continue;
      }
      const page = pageAt(fresh.pageStarts, result.start);
      const lastPage = pageAt(fresh.pageStarts, result.end - 1);
      const oldLastPage = pageAt(old.pageStarts, Math.max(a.pos_start ?? 0, (a.pos_end ?? 1) - 1));
      const inPage = result.start - (fresh.pageStarts[page - 1] as number);
      const oldInPage = (a.pos_start ?? 0) - (old.pageStarts[a.page_number - 1] ?? 0);
      // The drawn rectangles still fit only if every page the passage covers is unchanged and the passage did not move on them.
      const samePages = page === a.page_number && lastPage === oldLastPage && pagesEqual(old.pages, fresh.pages, page, lastPage);
      const keepRects = samePages && inPage === oldInPage && result.end - result.start === (a.pos_end ?? 0) - (a.pos_start ?? 0) ? 1 : 0;
      const q = quoteAt(fresh.text, result.start, result.end);
      keepEarlierQuote(db, a.id, q.exact, 'moved');
      moveText.run(newVersionId, itemForPage(db, newVersionId, page), page, q.exact, q.prefix, q.suffix, result.start, result.end, sortKey(page, inPage), keepRects, keepRects, result.score, a.id);
      summary.moved++;
    }
  }
  return summary;
}

/** Pages first..last (1-based) have the same text in both versions. */
function pagesEqual(a: readonly string[], b: readonly string[], first: number, last: number): boolean {
  for (let p = first; p <= last; p++) if (a[p - 1] === undefined || a[p - 1] !== b[p - 1]) return false;
  return true;
}
