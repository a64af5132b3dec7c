/**
 * Portability: the member's annotations as a W3C Web Annotation collection (JSON-LD), and back.
 *
 * Each annotation: id urn:uuid:…, motivation highlighting / commenting / questioning, TextualBody
 * bodies (the note, and one per tag with purpose "tagging"), and a target whose source is the PDF
 * by content hash (urn:sha256:…) with TextQuoteSelector, TextPositionSelector and a FragmentSelector
 * for the page (RFC 3778 "page=N"). Notes on an item or a meeting target the meeting by committee
 * and date. Everything Scrutineer needs besides is under the `scrutineer:` prefix, so an import
 * loses nothing. Import is idempotent by uuid: a known annotation is updated only if the incoming
 * copy was modified later.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { Annotation, AnnotationImportResult } from '../../shared/types/annotations';
import { exportFile, type ExportFile } from '../../shared/types/export';
import { ImportError } from '../library/errors';
import { foldName } from '../library/keys';
import { locate, pageAt, quoteAt } from './anchoring';
import { reanchorDocument } from './reanchor';
import { confidentialScope, touchesConfidential } from '../confidential/confidential';
import { getAnnotation, insertAnnotation, listAnnotations } from './store';
import { type Placement, itemForPage, rectsForPlacement, sortKey, versionText } from './version-text';

export const SCRUTINEER_NS = 'https://scrutineer.uk/ns/annotations#';
const MOTIVATION = { highlight: 'highlighting', note: 'commenting', question: 'questioning' } as const;
const PAGE_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';

interface MeetingRef {
  committee: string;
  identityKey: string;
  date: string | null;
}
interface ItemRef {
  identityKey: string;
  number: string | null;
  title: string;
}

function meetingRef(db: Database.Database, meetingId: number | null): MeetingRef | null {
  if (meetingId === null) return null;
  const row = db
    .prepare('SELECT c.name AS committee, m.identity_key AS identityKey, m.date FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?')
    .get(meetingId) as MeetingRef | undefined;
  return row ?? null;
}

function itemRef(db: Database.Database, itemId: number | null): ItemRef | null {
  if (itemId === null) return null;
  return (db.prepare('SELECT identity_key AS identityKey, number, title FROM items WHERE id = ?').get(itemId) as ItemRef | undefined) ?? null;
}

function toJsonLd(db: Database.Database, a: Annotation): Record<string, unknown> {
  const bodies: Array<Record<string, unknown>> = [];
  if (a.body) bodies.push({ type: 'TextualBody', value: a.body, format: 'text/plain', language: 'en-GB', purpose: MOTIVATION[a.kind] });
  for (const tag of a.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  let target: Record<string, unknown>;
  if (a.target === 'text' || a.target === 'page') {
    const sha = db.prepare('SELECT sha256 FROM document_versions WHERE id = ?').pluck().get(a.versionId) as string;
    const selector: Array<Record<string, unknown>> = [];
    if (a.quote && a.position) {
      selector.push({ type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix });
      selector.push({ type: 'TextPositionSelector', start: a.position.start, end: a.position.end });
    }
    selector.push({ type: 'FragmentSelector', conformsTo: PAGE_FRAGMENT, value: `page=${a.pageNumber}` });
    target = { source: `urn:sha256:${sha}`, format: 'application/pdf', selector };
  } else {
    const meeting = meetingRef(db, a.meetingId);
    const item = a.target === 'item' ? itemRef(db, a.itemId) : null;
    target = {
      source: `urn:scrutineer:meeting:${encodeURIComponent(meeting?.committee ?? '')}:${encodeURIComponent(meeting?.identityKey ?? '')}` +
        (item ? `:item:${encodeURIComponent(item.identityKey)}` : ''),
      'scrutineer:meeting': meeting,
      ...(item ? { 'scrutineer:item': item } : {}),
    };
  }
  return {
    id: `urn:uuid:${a.uuid}`,
    type: 'Annotation',
    motivation: MOTIVATION[a.kind],
    created: a.createdAt,
    modified: a.updatedAt,
    ...(bodies.length ? { body: bodies } : {}),
    target,
    'scrutineer:kind': a.kind,
    'scrutineer:target': a.target,
    'scrutineer:colour': a.colour,
    'scrutineer:tags': a.tags,
    'scrutineer:asked': a.asked,
    'scrutineer:status': a.status,
    'scrutineer:anchorScore': a.anchorScore,
    'scrutineer:rects': a.rects,
    'scrutineer:rectsStale': a.rectsStale,
    'scrutineer:original': a.original,
  };
}

/** The JSON-LD export as a file to save: scrutineer-annotations-DATE.jsonld. */
export function exportJsonLdFile(db: Database.Database, today: string, options: { includeConfidential?: boolean } = {}): ExportFile {
  return exportFile(`scrutineer-annotations-${today}`, 'jsonld', exportJsonLd(db, options));
}

/** Every annotation not in the bin, as one AnnotationCollection (JSON text). */
/** Every annotation as JSON-LD; those on confidential papers and exempt items only when the member confirmed. */
export function exportJsonLd(db: Database.Database, options: { includeConfidential?: boolean } = {}): string {
  const scope = confidentialScope(db);
  const items = listAnnotations(db)
    .filter((a) => options.includeConfidential === true || !touchesConfidential(scope, a))
    .map((a) => toJsonLd(db, a));
  return JSON.stringify(
    {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { scrutineer: SCRUTINEER_NS }],
      type: 'AnnotationCollection',
      label: 'Scrutineer annotations',
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  );
}

// ---------------------------------------------------------------------------------------------
// Import

const selectorSchema = z.union([
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(20000), prefix: z.string().max(2000).default(''), suffix: z.string().max(2000).default('') }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ type: z.literal('FragmentSelector'), value: z.string().max(100) }),
  z.object({ type: z.string() }).loose(),
]);
const meetingRefSchema = z.object({ committee: z.string(), identityKey: z.string(), date: z.string().nullable() });
const annotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting', 'questioning']),
  created: z.string().max(40).optional(),
  modified: z.string().max(40).optional(),
  body: z
    .union([z.array(z.object({ type: z.string().optional(), value: z.string().max(100000), purpose: z.string().optional() }).loose()), z.object({ value: z.string() }).loose()])
    .optional(),
  target: z
    .object({
      source: z.string().max(2000),
      selector: z.union([z.array(selectorSchema), selectorSchema]).optional(),
      'scrutineer:meeting': meetingRefSchema.nullable().optional(),
      'scrutineer:item': z.object({ identityKey: z.string() }).loose().nullable().optional(),
    })
    .loose(),
  'scrutineer:kind': z.enum(['highlight', 'note', 'question']).optional(),
  'scrutineer:target': z.enum(['text', 'page', 'item', 'meeting']).optional(),
  'scrutineer:colour': z.enum(['yellow', 'green', 'blue', 'pink']).optional(),
  'scrutineer:tags': z.array(z.string().max(60)).max(50).optional(),
  'scrutineer:asked': z.boolean().optional(),
  'scrutineer:status': z.enum(['anchored', 'orphaned', 'dismissed']).optional(),
  'scrutineer:anchorScore': z.number().nullable().optional(),
  'scrutineer:rects': z.array(z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number(), page: z.number().int().min(1).optional() })).max(500).optional(),
  'scrutineer:rectsStale': z.boolean().optional(),
  'scrutineer:original': z.object({ exact: z.string(), pageNumber: z.number().int().nullable() }).nullable().optional(),
});
type Incoming = z.infer<typeof annotationSchema>;

const KIND_OF = { highlighting: 'highlight', commenting: 'note', questioning: 'question' } as const;

function itemsOf(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === 'object') {
    const o = parsed as Record<string, unknown>;
    if (o.type === 'Annotation') return [o];
    const first = o.first as { items?: unknown } | undefined;
    if (first && Array.isArray(first.items)) return first.items;
    if (Array.isArray(o.items)) return o.items;
  }
  throw new ImportError('The file is not a Web Annotation collection.');
}

function findMeeting(db: Database.Database, ref: z.infer<typeof meetingRefSchema> | null | undefined): number | null {
  if (!ref) return null;
  return (
    (db
      .prepare('SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE c.name_key = ? AND m.identity_key = ? ORDER BY m.id LIMIT 1')
      .pluck()
      .get(foldName(ref.committee), ref.identityKey) as number | undefined) ?? null
  );
}

export function importJsonLd(db: Database.Database, json: string): AnnotationImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ImportError('The file is not valid JSON.');
  }
  const result: AnnotationImportResult = { created: 0, updated: 0, unchanged: 0, skipped: [] };
  const toReanchor = new Set<number>();
  db.transaction(() => {
    for (const raw of itemsOf(parsed)) {
      const checked = annotationSchema.safeParse(raw);
      const rawId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '(no id)';
      if (!checked.success) {
        result.skipped.push({ id: rawId, reason: `not a Scrutineer-readable annotation (${checked.error.issues[0]?.path.join('.') || 'format'})` });
        continue;
      }
      const outcome = importOne(db, checked.data, toReanchor);
      if (typeof outcome === 'string') result.skipped.push({ id: checked.data.id, reason: outcome });
      else result[outcome.result]++;
    }
    // Annotations imported onto an older version of a paper move to its current version.
    for (const documentId of toReanchor) {
      const current = db.prepare('SELECT id FROM document_versions WHERE document_id = ? AND is_current = 1').pluck().get(documentId) as number | undefined;
      if (current !== undefined) reanchorDocument(db, documentId, current);
    }
  })();
  return result;
}

function importOne(db: Database.Database, a: Incoming, toReanchor: Set<number>): { result: 'created' | 'updated' | 'unchanged' } | string {
  const uuid = a.id.slice('urn:uuid:'.length).toLowerCase();
  const kind = a['scrutineer:kind'] ?? KIND_OF[a.motivation];
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const body = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value).join('\n\n');
  const tags = a['scrutineer:tags'] ?? bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  const colour = a['scrutineer:colour'] ?? 'yellow';
  const asked = a['scrutineer:asked'] ?? false;
  const modified = a.modified ?? a.created ?? new Date().toISOString();

  const existing = db.prepare('SELECT id, updated_at FROM annotations WHERE uuid = ?').get(uuid) as { id: number; updated_at: string } | undefined;
  if (existing) {
    if (modified <= existing.updated_at) return { result: 'unchanged' };
    db.prepare('UPDATE annotations SET body = ?, colour = ?, asked = ?, updated_at = ? WHERE id = ?').run(body, colour, asked ? 1 : 0, modified, existing.id);
    db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(existing.id);
    const insertTag = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
    for (const t of tags) insertTag.run(existing.id, t);
    return { result: 'updated' };
  }

  const selectors = a.target.selector === undefined ? [] : Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const quoteSel = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix: string; suffix: string } | undefined;
  const positionSel = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
  const pageSel = selectors.find((s) => s.type === 'FragmentSelector') as { value: string } | undefined;
  const target = a['scrutineer:target'] ?? (quoteSel ? 'text' : pageSel ? 'page' : a.target['scrutineer:item'] ? 'item' : 'meeting');
  const common = {
    uuid,
    kind,
    colour,
    body,
    asked,
    tags,
    createdAt: a.created ?? modified,
    updatedAt: modified,
    status: a['scrutineer:status'] ?? ('anchored' as const),
    originalExact: a['scrutineer:original']?.exact ?? undefined,
    originalPage: a['scrutineer:original']?.pageNumber ?? undefined,
  };

  if (target === 'item' || target === 'meeting') {
    const meetingId = findMeeting(db, a.target['scrutineer:meeting']);
    if (meetingId === null) return 'its meeting is not in the library';
    let itemId: number | null = null;
    if (target === 'item') {
      const key = a.target['scrutineer:item']?.identityKey;
      itemId = key === undefined ? null : ((db.prepare('SELECT id FROM items WHERE meeting_id = ? AND identity_key = ?').pluck().get(meetingId, key) as number | undefined) ?? null);
      if (itemId === null) return 'its agenda item is not in the library';
    }
    insertAnnotation(db, { ...common, documentId: null, versionId: null, meetingId, itemId, target, pageNumber: null, sortKey: 0, originalExact: null, originalPage: null });
    return { result: 'created' };
  }

  const sha = /^urn:sha256:([0-9a-f]{64})$/i.exec(a.target.source)?.[1]?.toLowerCase();
  if (!sha) return 'its paper is not identified by a sha256 hash';
  const version = db
    .prepare('SELECT v.id, v.document_id AS documentId, v.is_current AS isCurrent, d.meeting_id AS meetingId FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE v.sha256 = ? ORDER BY v.id LIMIT 1')
    .get(sha) as { id: number; documentId: number; isCurrent: number; meetingId: number | null } | undefined;
  if (!version) return 'its paper is not in the library';
  const doc = versionText(db, version.id);
  const pageNumber = Number(/page=(\d+)/.exec(pageSel?.value ?? '')?.[1] ?? NaN);

  let placement: Placement | undefined;
  let page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= doc.pages.length ? pageNumber : null;
  if (target === 'text') {
    if (!quoteSel) return 'it has no TextQuoteSelector';
    // The position as exported if the quote is there; else the quote is looked for near it.
    let span: { start: number; end: number };
    if (positionSel && doc.text.slice(positionSel.start, positionSel.end) === quoteSel.exact) span = positionSel;
    else {
      const expected = positionSel?.start ?? (page ? (doc.pageStarts[page - 1] as number) : 0);
      const found = locate(doc.text, quoteSel, { expected, requireContext: false });
      if (found.status !== 'anchored') return 'its passage was not found in the paper';
      span = found;
    }
    const { start, end } = span;
    page = pageAt(doc.pageStarts, start);
    placement = {
      pageNumber: page,
      lastPageNumber: pageAt(doc.pageStarts, end - 1),
      start,
      end,
      quote: quoteAt(doc.text, start, end),
      sortKey: sortKey(page, start - (doc.pageStarts[page - 1] as number)),
    };
  }
  if (page === null) return 'its page is not in the paper';
  const id = insertAnnotation(db, {
    ...common,
    documentId: version.documentId,
    versionId: version.id,
    meetingId: version.meetingId,
    itemId: itemForPage(db, version.id, page),
    target,
    pageNumber: page,
    placement,
    rects: rectsForPlacement(a['scrutineer:rects'] ?? [], placement),
    sortKey: placement?.sortKey ?? sortKey(page, -1),
  });
  db.prepare('UPDATE annotations SET rects_stale = ?, anchor_score = ? WHERE id = ?').run(a['scrutineer:rectsStale'] ? 1 : 0, a['scrutineer:anchorScore'] ?? null, id);
  if (version.isCurrent === 0 && getAnnotation(db, id).status === 'anchored') toReanchor.add(version.documentId);
  return { result: 'created' };
}

