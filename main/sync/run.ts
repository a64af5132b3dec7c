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
 *
 * This file runs the committees and their meetings; fetch-meeting.ts fetches one meeting (detail and
 * documents, nothing written) and meeting-write.ts writes it, in one transaction; report.ts words the result.
 */
import { addMonths, format } from 'date-fns';
import type { SyncCommitteeReport, SyncProgress, SyncReport } from '../../shared/types/sync';
import { parseMeetingsXml, type WebServiceMeetingRef } from '../minutes/moderngov-xml';
import type { Store } from '../store/database';
import { SyncError } from './errors';
import { fetchMeeting, isSettled, knownMeeting } from './fetch-meeting';
import { type ClientOptions, CouncilClient } from './http';
import { writeMeeting } from './meeting-write';
import { emptyReport, plural, summarise } from './report';
import { getXml, serviceDate } from './responses';
import { type SiteRow, getSite, linkLibraryCommittee } from './store';

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

const stamp = () => new Date().toISOString();

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

  /** One meeting: fetched in full (detail and every document), then written in one transaction. */
  private async syncMeeting(site: SiteRow, c: FollowedRow, committeeId: number, ref: WebServiceMeetingRef, report: SyncCommitteeReport, background: boolean): Promise<void> {
    const db = this.store.db;
    const { known, meetingExists } = knownMeeting(db, site.id, ref);
    if (background && isSettled(known, meetingExists, ref, this.now)) {
      report.meetingsUnchanged++;
      return;
    }
    const fetched = await fetchMeeting(db, this.clientFor(site), site, c.title, ref, { background, now: this.now });
    writeMeeting(this.store, { site, syncCommitteeId: c.id, committeeId, ref, known, meetingExists, fetched }, report, this.now);
  }

}
