/**
 * Fetching one meeting for a sync run, before anything is written: what the journal already knows
 * of it, whether it is settled, its detail (GetMeeting) and each linked document's PDF
 * (mgConvert2PDF.aspx?ID=) downloaded, or found unchanged, with its text extracted.
 * Nothing here writes the library: meeting-write.ts does that, in one transaction, once all of it has arrived.
 */
import { format, subDays } from 'date-fns';
import type Database from 'better-sqlite3-multiple-ciphers';
import { isPdf } from '../library/decode';
import { parseMeetingFacts, parseModernGovXmlDetailed, type WebServiceDocument, type WebServiceMeetingFacts, type WebServiceMeetingRef } from '../minutes/moderngov-xml';
import { cleanPageText } from '../papers/classify';
import { type PagePicture, PdfError, extractPdfText } from '../papers/pdf-text';
import { sha256 } from '../store/blobs';
import { SyncError } from './errors';
import type { CouncilClient, FetchResult } from './http';
import { getXml, looksLikeHtml } from './responses';
import type { SiteRow } from './store';

export const MAX_PDF_BYTES = 60 * 1024 * 1024;
/** A meeting this long ago with its minutes published is settled: background runs stop asking for it every time. */
const SETTLED_AFTER_DAYS = 60;
const SETTLED_RECHECK_DAYS = 7;
/** Without validators a document can only be checked by downloading it: background runs do that at most daily. */
const UNVALIDATED_RECHECK_HOURS = 24;

export interface KnownMeeting {
  meeting_id: number | null;
  remote_status: string;
  date: string | null;
  detail_sha256: string | null;
  minutes_published: number;
  fetched_at: string | null;
}

interface KnownDocument {
  document_id: number | null;
  etag: string | null;
  last_modified: string | null;
  sha256: string | null;
  checked_at: string | null;
}

/** What became of one linked document in this run, before anything is written. */
export type DocumentOutcome =
  | {
      kind: 'new' | 'changed';
      doc: WebServiceDocument;
      bytes: Uint8Array;
      hash: string;
      pages: string[];
      picture: PagePicture | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'unchanged'; doc: WebServiceDocument; etag: string | null; lastModified: string | null; checked: boolean }
  | { kind: 'skipped'; doc: WebServiceDocument; reason: string };

/** One meeting as fetched: its detail, and every linked document's outcome. */
export interface FetchedMeeting {
  facts: WebServiceMeetingFacts & { detail: ReturnType<typeof parseModernGovXmlDetailed> };
  /** The GetMeeting response as received, and its hash. */
  bytes: Uint8Array;
  detailSha: string;
  date: string | null;
  cancelled: boolean;
  status: string;
  outcomes: DocumentOutcome[];
}

/** What sync already knows of a meeting on the council's site, and whether its library meeting still exists. */
export function knownMeeting(db: Database.Database, siteId: number, ref: WebServiceMeetingRef): { known: KnownMeeting | undefined; meetingExists: boolean } {
  const known = db
    .prepare('SELECT meeting_id, remote_status, date, detail_sha256, minutes_published, fetched_at FROM sync_meetings WHERE site_id = ? AND remote_id = ?')
    .get(siteId, ref.id) as KnownMeeting | undefined;
  const meetingExists = known?.meeting_id != null && Boolean(db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(known.meeting_id));
  return { known, meetingExists };
}

/** Minutes published, well in the past, its status unchanged and checked recently: background runs need not ask again. */
export function isSettled(known: KnownMeeting | undefined, meetingExists: boolean, ref: WebServiceMeetingRef, now: () => Date): boolean {
  return (
    known !== undefined &&
    meetingExists &&
    known.minutes_published === 1 &&
    known.remote_status === ref.status &&
    known.date !== null &&
    known.date < format(subDays(now(), SETTLED_AFTER_DAYS), 'yyyy-MM-dd') &&
    known.fetched_at !== null &&
    known.fetched_at > subDays(now(), SETTLED_RECHECK_DAYS).toISOString()
  );
}

/** The meeting's detail and, one after another, every linked document: all of it before anything is written. */
export async function fetchMeeting(
  db: Database.Database,
  client: CouncilClient,
  site: SiteRow,
  committeeTitle: string,
  ref: WebServiceMeetingRef,
  options: { background: boolean; now: () => Date },
): Promise<FetchedMeeting> {
  const what = `the meeting of ${ref.date ? format(new Date(`${ref.date}T12:00:00`), 'd MMMM yyyy') : `${committeeTitle} (${ref.id})`}`;
  const { value: facts, bytes } = await getXml(client, `GetMeeting?lMeetingId=${ref.id}`, what, (xml) => {
    const f = parseMeetingFacts(xml);
    const detail = parseModernGovXmlDetailed(xml, { strict: true });
    return { ...f, detail };
  });
  const detailSha = sha256(bytes);
  const date = facts.detail.minutes.date ?? ref.date;
  const cancelled = facts.cancelled || ref.cancelled;
  const status = facts.status || ref.status;

  // Every document is fetched (or found unchanged) before anything is written.
  const outcomes: DocumentOutcome[] = [];
  for (const doc of facts.documents) outcomes.push(await fetchDocument(db, client, site, doc, options));
  return { facts, bytes, detailSha, date, cancelled, status, outcomes };
}

const header = (result: FetchResult, name: string): string | null => {
  const v = result.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
};

/** Downloads (or re-checks) one linked document. Transient failures throw, so the meeting is not written this run. */
export async function fetchDocument(
  db: Database.Database,
  client: CouncilClient,
  site: SiteRow,
  doc: WebServiceDocument,
  { background, now }: { background: boolean; now: () => Date },
): Promise<DocumentOutcome> {
  if (doc.isUrl) return { kind: 'skipped', doc, reason: 'A link to another web page, not a document the council holds.' };
  if (doc.restricted) return { kind: 'skipped', doc, reason: 'Restricted: not published.' };
  const known = db
    .prepare('SELECT document_id, etag, last_modified, sha256, checked_at FROM sync_documents WHERE site_id = ? AND attachment_id = ?')
    .get(site.id, doc.attachmentId) as KnownDocument | undefined;
  const stored = known?.sha256 != null && known.document_id != null && Boolean(db.prepare('SELECT 1 FROM documents WHERE id = ?').get(known.document_id));
  const hasValidators = Boolean(known?.etag || known?.last_modified);
  if (stored && background && !hasValidators && known?.checked_at && known.checked_at > new Date(now().getTime() - UNVALIDATED_RECHECK_HOURS * 3600_000).toISOString()) {
    return { kind: 'unchanged', doc, etag: null, lastModified: null, checked: false };
  }
  const what = `“${doc.title}”`;
  let result: FetchResult;
  try {
    result = await client.get(`mgConvert2PDF.aspx?ID=${doc.attachmentId}`, {
      accept: 'application/pdf, */*;q=0.1',
      maxBytes: MAX_PDF_BYTES,
      what,
      conditional: stored ? { etag: known?.etag, lastModified: known?.last_modified } : undefined,
    });
  } catch (error) {
    if (error instanceof SyncError && error.kind === 'too-large') return { kind: 'skipped', doc, reason: error.message };
    if (error instanceof SyncError && error.kind === 'http-status' && !error.transient) return { kind: 'skipped', doc, reason: error.message };
    throw error;
  }
  const etag = header(result, 'etag');
  const lastModified = header(result, 'last-modified');
  if (result.status === 304 && stored) return { kind: 'unchanged', doc, etag, lastModified, checked: true };
  if (result.status === 404) return { kind: 'skipped', doc, reason: `${what} is no longer on the council’s site.` };
  if (result.status !== 200) return { kind: 'skipped', doc, reason: `The council’s site answered ${result.status} for ${what}.` };
  const bytes = new Uint8Array(result.body.buffer, result.body.byteOffset, result.body.byteLength);
  if (!isPdf(bytes)) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048));
    if (looksLikeHtml(text)) throw new SyncError('html-page', `The council’s site sent a web page instead of the PDF of ${what}. It may be busy or down for maintenance; sync will try again.`);
    return { kind: 'skipped', doc, reason: `${what} is not a PDF, so it was not downloaded.` };
  }
  const hash = sha256(bytes);
  if (stored && hash === known?.sha256) return { kind: 'unchanged', doc, etag, lastModified, checked: true };
  let pages: string[];
  let picture: PagePicture | null;
  try {
    const extracted = await extractPdfText(bytes, { picture: true });
    pages = extracted.pages.map(cleanPageText);
    picture = await extracted.firstPagePicture;
  } catch (error) {
    if (error instanceof PdfError) return { kind: 'skipped', doc, reason: `${what}: ${error.message}` };
    throw error;
  }
  if (pages.length === 0) return { kind: 'skipped', doc, reason: `${what} has no pages.` };
  return { kind: stored ? 'changed' : 'new', doc, bytes, hash, pages, picture, etag, lastModified };
}
