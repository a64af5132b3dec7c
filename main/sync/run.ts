/**
 * One sync run: for each followed committee, the meetings in its window (GetMeetings), each
 * meeting's detail (GetMeeting) and its linked documents' PDFs (mgConvert2PDF.aspx?ID=), into the
 * same tables as a manual import.
 *
 * - A meeting is written in ONE transaction, only after its XML and every PDF it needs have arrived
 *   and had their text extracted: a crash or a dropped connection leaves no partial meeting.
 * - The journal records each meeting done; a run that was interrupted is resumed by the next one,
 *   which skips what the interrupted run had finished.
 * - Only what changed is fetched: settled meetings (minutes published, well in the past) are not
 *   asked for again in background runs, documents are re-checked with If-None-Match /
 *   If-Modified-Since where the site gives validators, and a document whose bytes are unchanged is
 *   not written. A changed document becomes a new version, so annotations re-anchor.
 * - A cancelled meeting is marked (cancelled_at), never deleted.
 * - Failures are reported per committee in plain words; what is stored is never removed.
 */
import { addMonths, format, subDays } from 'date-fns';
import type { SyncCommitteeReport, SyncProgress, SyncReport } from '../../shared/types/sync';
import { isPdf } from '../library/decode';
import { ingestMeeting } from '../library/ingest';
import { rescheduleMeeting, setMeetingCancelled } from '../library/meeting-status';
import { parseMeetingFacts, parseMeetingsXml, parseModernGovXmlDetailed, type WebServiceDocument, type WebServiceMeetingRef } from '../minutes/moderngov-xml';
import { MINUTES_PARSER_VERSION } from '../minutes/version';
import { cleanPageText } from '../papers/classify';
import { PdfError, extractPdfText } from '../papers/pdf-text';
import { refreshItemMaps, writeVersion } from '../papers/store';
import { putBlob, sha256 } from '../store/blobs';
import type { Store } from '../store/database';
import { SyncError } from './errors';
import { type ClientOptions, CouncilClient, type FetchResult } from './http';
import { getXml, looksLikeHtml, serviceDate } from './responses';
import { type SiteRow, getSite, linkLibraryCommittee } from './store';

export const MAX_PDF_BYTES = 60 * 1024 * 1024;
/** A meeting this long ago with its minutes published is settled: background runs stop asking for it every time. */
const SETTLED_AFTER_DAYS = 60;
const SETTLED_RECHECK_DAYS = 7;
/** Without validators a document can only be checked by downloading it: background runs do that at most daily. */
const UNVALIDATED_RECHECK_HOURS = 24;
/** An interrupted run younger than this is resumed rather than started over. */
const RESUME_WITHIN_HOURS = 24;
const MONTHS_AHEAD = 6;

export interface RunRequest {
  jobId: string;
  trigger: 'manual' | 'background' | 'cli';
  /** Only this council's site / this committee (the sync committee id); default every followed committee. */
  siteId?: number;
  committeeId?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
}

export interface RunDeps {
  client?: ClientOptions;
  now?: () => Date;
}

interface FollowedRow {
  id: number;
  site_id: number;
  remote_id: number;
  title: string;
}

interface KnownMeeting {
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
type DocumentOutcome =
  | { kind: 'new' | 'changed'; doc: WebServiceDocument; bytes: Uint8Array; hash: string; pages: string[]; etag: string | null; lastModified: string | null }
  | { kind: 'unchanged'; doc: WebServiceDocument; etag: string | null; lastModified: string | null; checked: boolean }
  | { kind: 'skipped'; doc: WebServiceDocument; reason: string };

const stamp = () => new Date().toISOString();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function emptyReport(c: FollowedRow): SyncCommitteeReport {
  return {
    committeeId: c.id,
    title: c.title,
    ok: true,
    meetingsNew: 0,
    meetingsUpdated: 0,
    meetingsUnchanged: 0,
    meetingsCancelled: 0,
    meetingsFailed: 0,
    documentsNew: 0,
    documentsChanged: 0,
    documentsUnchanged: 0,
    documentsSkipped: 0,
    annotationsMoved: 0,
    annotationsNeedingAttention: 0,
    message: '',
  };
}

export function summarise(r: SyncCommitteeReport): string {
  const parts: string[] = [];
  if (r.meetingsNew) parts.push(`${plural(r.meetingsNew, 'new meeting')}`);
  if (r.meetingsUpdated) parts.push(`${plural(r.meetingsUpdated, 'updated meeting')}`);
  if (r.meetingsCancelled) parts.push(`${plural(r.meetingsCancelled, 'cancelled meeting')}`);
  if (r.documentsNew) parts.push(`${plural(r.documentsNew, 'new document')}`);
  if (r.documentsChanged) parts.push(`${plural(r.documentsChanged, 'changed document')} (new version)`);
  if (r.documentsSkipped) parts.push(`${plural(r.documentsSkipped, 'document')} not downloaded`);
  if (r.meetingsFailed) parts.push(`${plural(r.meetingsFailed, 'meeting')} not fetched`);
  if (r.annotationsMoved) parts.push(`${plural(r.annotationsMoved, 'annotation')} moved to new versions`);
  if (r.annotationsNeedingAttention) parts.push(`${plural(r.annotationsNeedingAttention, 'annotation')} need${r.annotationsNeedingAttention === 1 ? 's' : ''} attention`);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'Nothing new.';
}

const header = (result: FetchResult, name: string): string | null => {
  const v = result.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
};

/** A safe file name for a document from its title. */
function fileNameFor(doc: WebServiceDocument): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not have
  const stem = doc.title.replace(/[\\/:*?"<>|\0-\x1f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || `Document ${doc.attachmentId}`;
  return `${stem}.pdf`;
}

export class SyncRunner {
  private readonly now: () => Date;
  requests = 0;

  constructor(
    private readonly store: Store,
    private readonly deps: RunDeps = {},
  ) {
    this.now = deps.now ?? (() => new Date());
  }

  async run(request: RunRequest): Promise<SyncReport> {
    const db = this.store.db;
    const startedAt = stamp();
    // A run still marked running was interrupted (the app or the machine stopped): it is resumed below.
    db.prepare("UPDATE sync_runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'").run(startedAt);
    const resumeSince = new Date(Date.now() - RESUME_WITHIN_HOURS * 3600_000).toISOString();
    const resumed = new Set(
      (
        db
          .prepare(
            `SELECT j.site_id || ':' || j.remote_meeting_id FROM sync_journal j JOIN sync_runs r ON r.id = j.run_id
             WHERE r.status = 'interrupted' AND r.started_at >= ? AND j.state = 'done'
             AND r.id = (SELECT MAX(id) FROM sync_runs WHERE status <> 'running')`,
          )
          .pluck()
          .all(resumeSince) as string[]
      ),
    );
    const runId = Number(
      db.prepare("INSERT INTO sync_runs (started_at, status, trigger) VALUES (?, 'running', ?)").run(startedAt, request.trigger).lastInsertRowid,
    );

    const committees = this.followed(request);
    const reports: SyncCommitteeReport[] = [];
    const bySite = new Map<number, FollowedRow[]>();
    for (const c of committees) bySite.set(c.site_id, [...(bySite.get(c.site_id) ?? []), c]);
    request.onProgress?.({ jobId: request.jobId, phase: 'start', committeeId: null, committeeTitle: null, done: 0, total: committees.length, message: `Syncing ${plural(committees.length, 'committee')}.` });

    this.signal = request.signal;
    try {
      await this.runSites(runId, bySite, reports, committees.length, request, resumed);
    } catch (error) {
      // Not the council's fault: keep the run's record honest, then let the caller log it.
      const message = 'Something went wrong inside Scrutineer during sync; the details are in the log. Everything already stored is kept.';
      db.prepare("UPDATE sync_runs SET status = 'failed', finished_at = ?, requests = ?, message = ? WHERE id = ?").run(stamp(), this.requests, message, runId);
      throw error;
    } finally {
      for (const client of this.clients.values()) client.close();
      this.clients.clear();
    }
    const cancelled = this.cancelled;
    const failed = reports.filter((r) => !r.ok);
    const status: SyncReport['status'] = cancelled ? 'cancelled' : failed.length > 0 ? 'failed' : 'done';
    const message =
      committees.length === 0
        ? 'No committees are followed yet: choose some under Council sync.'
        : cancelled
          ? 'Sync was stopped; everything finished before that is kept.'
          : failed.length > 0
            ? `${plural(failed.length, 'committee')} could not be fully synced: ${failed.map((r) => `${r.title}: ${r.message}`).join(' ')}`
            : `Synced ${plural(reports.length, 'committee')}.`;
    const finishedAt = stamp();
    db.prepare('UPDATE sync_runs SET status = ?, finished_at = ?, requests = ?, message = ? WHERE id = ?').run(status, finishedAt, this.requests, message, runId);
    const report: SyncReport = { jobId: request.jobId, runId, status, startedAt, finishedAt, requests: this.requests, committees: reports, message };
    request.onProgress?.({ jobId: request.jobId, phase: 'done', committeeId: null, committeeTitle: null, done: reports.length, total: committees.length, message, report });
    return report;
  }

  private cancelled = false;

  private async runSites(
    runId: number,
    bySite: ReadonlyMap<number, FollowedRow[]>,
    reports: SyncCommitteeReport[],
    total: number,
    request: RunRequest,
    resumed: ReadonlySet<string>,
  ): Promise<void> {
    const db = this.store.db;
    for (const [siteId, list] of bySite) {
      const site = getSite(db, siteId);
      let siteFailure: SyncError | null = null;
      try {
        for (const c of list) {
          const report = emptyReport(c);
          reports.push(report);
          if (this.cancelled) {
            report.ok = false;
            report.message = 'Not synced: the run was stopped.';
            continue;
          }
          if (siteFailure) {
            report.ok = false;
            report.message = siteFailure.message;
            this.recordCommittee(c.id, report, false);
            continue;
          }
          request.onProgress?.({ jobId: request.jobId, phase: 'committee', committeeId: c.id, committeeTitle: c.title, done: reports.length - 1, total, message: `${c.title}: asking for meetings.` });
          try {
            await this.syncCommittee(runId, site, c, report, request, resumed);
            // The first failure, if any, leads: it is what the member needs to read.
            report.message = report.message ? `${report.message} ${summarise(report)}` : summarise(report);
            if (report.meetingsFailed > 0) report.ok = false;
            this.recordCommittee(c.id, report, report.ok);
          } catch (error) {
            report.ok = false;
            if (!(error instanceof SyncError)) throw error;
            const known = error;
            if (known.kind === 'cancelled') {
              this.cancelled = true;
              report.message = 'Stopped; everything finished before that is kept.';
              continue;
            }
            report.message = known.message;
            this.recordCommittee(c.id, report, false);
            // The site itself is unreachable or untrusted: its other committees would fail the same way.
            if (['network', 'certificate', 'timeout', 'not-moderngov', 'insecure', 'busy', 'html-page'].includes(known.kind)) siteFailure = known;
          }
        }
      } finally {
        this.clients.get(site.base_url)?.close();
        this.clients.delete(site.base_url);
      }
      db.prepare('UPDATE sync_councils SET last_error = ? WHERE id = ?').run(siteFailure?.message ?? null, siteId);
    }
  }

  private followed(request: RunRequest): FollowedRow[] {
    const db = this.store.db;
    if (request.committeeId !== undefined) {
      const row = db.prepare('SELECT id, site_id, remote_id, title FROM sync_committees WHERE id = ?').get(request.committeeId) as FollowedRow | undefined;
      if (!row) throw new SyncError('bad-address', 'That committee is not on a connected council’s list.');
      return [row];
    }
    return db
      .prepare(
        `SELECT id, site_id, remote_id, title FROM sync_committees WHERE followed = 1 ${request.siteId !== undefined ? 'AND site_id = ?' : ''}
         ORDER BY site_id, title COLLATE NOCASE`,
      )
      .all(...(request.siteId !== undefined ? [request.siteId] : [])) as FollowedRow[];
  }

  private recordCommittee(id: number, report: SyncCommitteeReport, clean: boolean): void {
    const at = stamp();
    this.store.db
      .prepare(
        `UPDATE sync_committees SET last_attempt_at = ?, last_error = ?, last_summary = ?,
         last_synced_at = CASE WHEN ? THEN ? ELSE last_synced_at END WHERE id = ?`,
      )
      .run(at, clean ? null : report.message, clean ? report.message : summarise(report), clean ? 1 : 0, at, id);
  }

  private async syncCommittee(
    runId: number,
    site: SiteRow,
    c: FollowedRow,
    report: SyncCommitteeReport,
    request: RunRequest,
    resumed: ReadonlySet<string>,
  ): Promise<void> {
    const db = this.store.db;
    const today = this.now();
    const from = site.sync_from;
    const to = format(addMonths(today, MONTHS_AHEAD), 'yyyy-MM-dd');
    const client = this.clientFor(site);
    // Both dates are sent although the service calls them optional: some sites fail without them.
    const { value: listed } = await getXml(
      client,
      `GetMeetings?lCommitteeId=${c.remote_id}&sFromDate=${encodeURIComponent(serviceDate(from))}&sToDate=${encodeURIComponent(serviceDate(to))}`,
      `the meetings of ${c.title}`,
      parseMeetingsXml,
    );
    const committeeId = linkLibraryCommittee(db, c.id);
    const seen = new Set<number>();
    const meetings = listed
      .filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)))
      .filter((m) => m.date === null || (m.date >= from && m.date <= to))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id);

    const journal = db.prepare(
      `INSERT INTO sync_journal (run_id, site_id, remote_meeting_id, state, message, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, site_id, remote_meeting_id) DO UPDATE SET state = excluded.state, message = excluded.message, updated_at = excluded.updated_at`,
    );
    for (const m of meetings) journal.run(runId, site.id, m.id, 'pending', null, stamp());

    let firstFailure: SyncError | null = null;
    for (const [index, ref] of meetings.entries()) {
      if (request.signal?.aborted) throw new SyncError('cancelled', 'Sync was stopped.');
      request.onProgress?.({
        jobId: request.jobId,
        phase: 'meeting',
        committeeId: c.id,
        committeeTitle: c.title,
        done: index,
        total: meetings.length,
        message: `${c.title}: meeting ${index + 1} of ${meetings.length}${ref.date ? ` (${format(new Date(`${ref.date}T12:00:00`), 'd MMMM yyyy')})` : ''}.`,
      });
      if (resumed.has(`${site.id}:${ref.id}`)) {
        report.meetingsUnchanged++;
        journal.run(runId, site.id, ref.id, 'done', 'finished by the interrupted run', stamp());
        continue;
      }
      try {
        await this.syncMeeting(site, c, committeeId, ref, report, request.trigger === 'background');
        journal.run(runId, site.id, ref.id, 'done', null, stamp());
      } catch (error) {
        if (request.signal?.aborted) throw new SyncError('cancelled', 'Sync was stopped.');
        if (!(error instanceof SyncError)) throw error;
        journal.run(runId, site.id, ref.id, 'failed', error.message, stamp());
        // The site is unreachable: stop asking it for this committee's other meetings.
        if (['network', 'certificate', 'timeout', 'busy', 'insecure', 'cancelled'].includes(error.kind)) throw error;
        report.meetingsFailed++;
        firstFailure ??= error;
      }
    }
    if (firstFailure) report.message = firstFailure.message;
  }

  private readonly clients = new Map<string, CouncilClient>();
  /** The run's abort signal, honoured by every request. */
  private signal: AbortSignal | undefined;
  private clientFor(site: SiteRow): CouncilClient {
    let client = this.clients.get(site.base_url);
    if (!client) {
      client = new CouncilClient(site.base_url, {
        ...this.deps.client,
        onAttempt: (url) => {
          this.requests++;
          this.deps.client?.onAttempt?.(url);
        },
        signal: this.signal,
      });
      this.clients.set(site.base_url, client);
    }
    return client;
  }

  private async syncMeeting(site: SiteRow, c: FollowedRow, committeeId: number, ref: WebServiceMeetingRef, report: SyncCommitteeReport, background: boolean): Promise<void> {
    const db = this.store.db;
    const known = db
      .prepare('SELECT meeting_id, remote_status, date, detail_sha256, minutes_published, fetched_at FROM sync_meetings WHERE site_id = ? AND remote_id = ?')
      .get(site.id, ref.id) as KnownMeeting | undefined;
    const meetingExists = known?.meeting_id != null && Boolean(db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(known.meeting_id));
    const settled =
      known !== undefined &&
      meetingExists &&
      known.minutes_published === 1 &&
      known.remote_status === ref.status &&
      known.date !== null &&
      known.date < format(subDays(this.now(), SETTLED_AFTER_DAYS), 'yyyy-MM-dd') &&
      known.fetched_at !== null &&
      known.fetched_at > subDays(this.now(), SETTLED_RECHECK_DAYS).toISOString();
    if (background && settled) {
      report.meetingsUnchanged++;
      return;
    }

    const client = this.clientFor(site);
    const what = `the meeting of ${ref.date ? format(new Date(`${ref.date}T12:00:00`), 'd MMMM yyyy') : `${c.title} (${ref.id})`}`;
    const { value: facts, bytes } = await getXml(client, `GetMeeting?lMeetingId=${ref.id}`, what, (xml) => {
      const f = parseMeetingFacts(xml);
      const detail = parseModernGovXmlDetailed(xml, { strict: true });
      return { ...f, detail };
    });
    const detailSha = sha256(bytes);
    const { detail } = facts;
    const date = detail.minutes.date ?? ref.date;
    const cancelled = facts.cancelled || ref.cancelled;
    const status = facts.status || ref.status;

    // Every document is fetched (or found unchanged) before anything is written.
    const outcomes: DocumentOutcome[] = [];
    for (const doc of facts.documents) outcomes.push(await this.fetchDocument(client, site, doc, background));

    const detailChanged = !meetingExists || known?.detail_sha256 !== detailSha || known?.remote_status !== status;
    const documentsChanged = outcomes.some((o) => o.kind === 'new' || o.kind === 'changed');
    const written = outcomes.filter((o): o is Extract<DocumentOutcome, { kind: 'new' | 'changed' }> => o.kind === 'new' || o.kind === 'changed');
    if (detailChanged) putBlob(this.store, bytes);
    for (const o of written) putBlob(this.store, o.bytes);

    // The run's clock (injected in tests), so "settled" and "checked within a day" compare like with like.
    const fetchedAt = this.now().toISOString();
    db.transaction(() => {
      let meetingId = meetingExists ? (known?.meeting_id as number) : null;
      if (detailChanged || documentsChanged || meetingId === null) {
        // A rescheduled meeting keeps its row (and the member's notes): move it to the new date first.
        if (meetingId !== null && date) rescheduleMeeting(db, meetingId, committeeId, date);
        const parsed = { ...detail.minutes, date, council: null };
        const hasAgenda = parsed.items.length > 0;
        // The one ingest path, with sync's own identity: its committee, and the meeting's id on the council's site.
        const result = ingestMeeting(db, {
          parsed,
          attendance: detail.attendance,
          source: { fileName: `GetMeeting_${ref.id}.xml`, sha256: detailSha, byteSize: bytes.byteLength, inputKind: 'moderngov-sync', parserVersion: MINUTES_PARSER_VERSION },
          document: facts.minutesPublished ? 'minutes' : 'agenda',
          origin: 'sync',
          committeeId,
          meetingId,
          keys: [`mg:${new URL(site.base_url).hostname.toLowerCase().replace(/^www\./, '')}:${ref.id}`],
          // An agenda not yet published lists no items: that must not withdraw items already stored.
          whole: hasAgenda,
        });
        if (meetingId === null) report.meetingsNew++;
        else if (detailChanged) report.meetingsUpdated++;
        else report.meetingsUnchanged++;
        meetingId = result.meetingId;
      } else {
        report.meetingsUnchanged++;
      }
      if (setMeetingCancelled(db, meetingId, cancelled, fetchedAt) === 'cancelled') report.meetingsCancelled++;

      const upsertDoc = db.prepare(
        `INSERT INTO sync_documents (site_id, attachment_id, remote_meeting_id, document_id, title, etag, last_modified, sha256, skipped_reason, checked_at)
         VALUES (@site, @attachment, @meeting, @documentId, @title, @etag, @lastModified, @sha, @skipped, @checked)
         ON CONFLICT (site_id, attachment_id) DO UPDATE SET remote_meeting_id = excluded.remote_meeting_id,
           document_id = COALESCE(excluded.document_id, document_id), title = excluded.title,
           etag = COALESCE(excluded.etag, etag), last_modified = COALESCE(excluded.last_modified, last_modified),
           sha256 = COALESCE(excluded.sha256, sha256), skipped_reason = excluded.skipped_reason,
           checked_at = COALESCE(excluded.checked_at, checked_at)`,
      );
      for (const o of outcomes) {
        const base = { site: site.id, attachment: o.doc.attachmentId, meeting: ref.id, title: o.doc.title };
        if (o.kind === 'skipped') {
          report.documentsSkipped++;
          upsertDoc.run({ ...base, documentId: null, etag: null, lastModified: null, sha: null, skipped: o.reason, checked: fetchedAt });
        } else if (o.kind === 'unchanged') {
          report.documentsUnchanged++;
          upsertDoc.run({ ...base, documentId: null, etag: o.etag, lastModified: o.lastModified, sha: null, skipped: null, checked: o.checked ? fetchedAt : null });
        } else {
          const previous = db.prepare('SELECT document_id FROM sync_documents WHERE site_id = ? AND attachment_id = ?').pluck().get(site.id, o.doc.attachmentId) as number | null | undefined;
          const itemId = o.doc.itemNumber
            ? ((db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ? AND withdrawn_at IS NULL').pluck().get(meetingId, o.doc.itemNumber) as number | undefined) ?? null)
            : null;
          const version = writeVersion(db, {
            meetingId,
            itemId,
            kind: 'report',
            title: o.doc.title,
            sha256: o.hash,
            fileName: fileNameFor(o.doc),
            byteSize: o.bytes.byteLength,
            pages: o.pages,
            documentId: previous ?? undefined,
          });
          if (version.version > 1) report.documentsChanged++;
          else report.documentsNew++;
          report.annotationsMoved += version.reanchored?.moved ?? 0;
          report.annotationsNeedingAttention += version.reanchored?.orphaned ?? 0;
          upsertDoc.run({ ...base, documentId: version.documentId, etag: o.etag, lastModified: o.lastModified, sha: o.hash, skipped: null, checked: fetchedAt });
        }
      }
      if (detailChanged || documentsChanged) refreshItemMaps(db, meetingId as number);
      db.prepare(
        `INSERT INTO sync_meetings (site_id, remote_id, sync_committee_id, meeting_id, remote_status, date, detail_sha256, minutes_published, fetched_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (site_id, remote_id) DO UPDATE SET sync_committee_id = excluded.sync_committee_id, meeting_id = excluded.meeting_id,
           remote_status = excluded.remote_status, date = excluded.date, detail_sha256 = excluded.detail_sha256,
           minutes_published = excluded.minutes_published, fetched_at = excluded.fetched_at`,
      ).run(site.id, ref.id, c.id, meetingId, status, date, detailSha, facts.minutesPublished ? 1 : 0, fetchedAt);
    })();
  }

  /** Downloads (or re-checks) one linked document. Transient failures throw, so the meeting is not written this run. */
  private async fetchDocument(client: CouncilClient, site: SiteRow, doc: WebServiceDocument, background: boolean): Promise<DocumentOutcome> {
    if (doc.isUrl) return { kind: 'skipped', doc, reason: 'A link to another web page, not a document the council holds.' };
    if (doc.restricted) return { kind: 'skipped', doc, reason: 'Restricted: not published.' };
    const db = this.store.db;
    const known = db
      .prepare('SELECT document_id, etag, last_modified, sha256, checked_at FROM sync_documents WHERE site_id = ? AND attachment_id = ?')
      .get(site.id, doc.attachmentId) as KnownDocument | undefined;
    const stored = known?.sha256 != null && known.document_id != null && Boolean(db.prepare('SELECT 1 FROM documents WHERE id = ?').get(known.document_id));
    const hasValidators = Boolean(known?.etag || known?.last_modified);
    if (stored && background && !hasValidators && known?.checked_at && known.checked_at > new Date(this.now().getTime() - UNVALIDATED_RECHECK_HOURS * 3600_000).toISOString()) {
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
    try {
      pages = (await extractPdfText(bytes)).pages.map(cleanPageText);
    } catch (error) {
      if (error instanceof PdfError) return { kind: 'skipped', doc, reason: `${what}: ${error.message}` };
      throw error;
    }
    if (pages.length === 0) return { kind: 'skipped', doc, reason: `${what} has no pages.` };
    return { kind: stored ? 'changed' : 'new', doc, bytes, hash, pages, etag, lastModified };
  }

}
