/**
 * Writing one fetched meeting (fetch-meeting.ts) into the library, in ONE transaction: its detail
 * through the one ingest path, whether it is cancelled, its changed documents as new versions, and
 * sync's own record of the meeting and its documents. A crash leaves either all of it or none.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SyncCommitteeReport } from '../../shared/types/sync';
import { ingestMeeting } from '../library/ingest';
import { rescheduleMeeting, setMeetingCancelled } from '../library/meeting-status';
import type { WebServiceDocument, WebServiceMeetingRef } from '../minutes/moderngov-xml';
import { MINUTES_PARSER_VERSION } from '../minutes/version';
import { savePicture } from '../papers/pictures';
import { refreshItemMaps, writeVersion } from '../papers/store';
import { putBlob } from '../store/blobs';
import type { Store } from '../store/database';
import type { DocumentOutcome, FetchedMeeting, KnownMeeting } from './fetch-meeting';
import type { SiteRow } from './store';

export interface MeetingWrite {
  site: SiteRow;
  /** The sync committee (sync_committees.id) and the library committee it is linked to. */
  syncCommitteeId: number;
  committeeId: number;
  ref: WebServiceMeetingRef;
  known: KnownMeeting | undefined;
  meetingExists: boolean;
  fetched: FetchedMeeting;
}

/** A meeting write with its time: the run's clock read once the blobs are stored. */
interface Writing extends MeetingWrite {
  fetchedAt: string;
}

type Written = Extract<DocumentOutcome, { kind: 'new' | 'changed' }>;
const isWritten = (o: DocumentOutcome): o is Written => o.kind === 'new' || o.kind === 'changed';

/** A safe file name for a document from its title. */
function fileNameFor(doc: WebServiceDocument): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not have
  const stem = doc.title.replace(/[\\/:*?"<>|\0-\x1f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || `Document ${doc.attachmentId}`;
  return `${stem}.pdf`;
}

/** Stores the blobs, then writes the meeting and its documents in one transaction, counting what changed in `report`. */
export function writeMeeting(store: Store, write: MeetingWrite, report: SyncCommitteeReport, now: () => Date): void {
  const db = store.db;
  const { known, fetched } = write;
  const detailChanged = !write.meetingExists || known?.detail_sha256 !== fetched.detailSha || known?.remote_status !== fetched.status;
  const documentsChanged = fetched.outcomes.some(isWritten);
  if (detailChanged) putBlob(store, fetched.bytes);
  for (const o of fetched.outcomes.filter(isWritten)) putBlob(store, o.bytes);

  // The run's clock (injected in tests), so "settled" and "checked within a day" compare like with like.
  const w: Writing = { ...write, fetchedAt: now().toISOString() };
  db.transaction(() => {
    let meetingId = w.meetingExists ? (known?.meeting_id as number) : null;
    if (detailChanged || documentsChanged || meetingId === null) {
      const existing = meetingId;
      meetingId = ingestDetail(db, w, meetingId);
      if (existing === null) report.meetingsNew++;
      else if (detailChanged) report.meetingsUpdated++;
      else report.meetingsUnchanged++;
    } else {
      report.meetingsUnchanged++;
    }
    if (setMeetingCancelled(db, meetingId, fetched.cancelled, w.fetchedAt) === 'cancelled') report.meetingsCancelled++;
    writeDocuments(db, w, meetingId, report);
    if (detailChanged || documentsChanged) refreshItemMaps(db, meetingId);
    recordMeeting(db, w, meetingId);
  })();
}

/** The meeting's detail through the one ingest path, with sync's own identity; returns the meeting's id. */
function ingestDetail(db: Database.Database, w: MeetingWrite, meetingId: number | null): number {
  const { facts, date, bytes, detailSha } = w.fetched;
  const { detail } = facts;
  // A rescheduled meeting keeps its row (and the member's notes): move it to the new date first.
  if (meetingId !== null && date) rescheduleMeeting(db, meetingId, w.committeeId, date);
  const parsed = { ...detail.minutes, date, council: null };
  const hasAgenda = parsed.items.length > 0;
  // The one ingest path, with sync's own identity: its committee, and the meeting's id on the council's site.
  const result = ingestMeeting(db, {
    parsed,
    attendance: detail.attendance,
    source: { fileName: `GetMeeting_${w.ref.id}.xml`, sha256: detailSha, byteSize: bytes.byteLength, inputKind: 'moderngov-sync', parserVersion: MINUTES_PARSER_VERSION },
    document: facts.minutesPublished ? 'minutes' : 'agenda',
    origin: 'sync',
    committeeId: w.committeeId,
    meetingId,
    keys: [`mg:${new URL(w.site.base_url).hostname.toLowerCase().replace(/^www\./, '')}:${w.ref.id}`],
    // An agenda not yet published lists no items: that must not withdraw items already stored.
    whole: hasAgenda,
  });
  return result.meetingId;
}

/** Each linked document: skipped or unchanged ones are noted; new and changed ones become a version of their paper. */
function writeDocuments(db: Database.Database, w: Writing, meetingId: number, report: SyncCommitteeReport): void {
  const { site, ref, fetchedAt } = w;
  const upsertDoc = db.prepare(
    `INSERT INTO sync_documents (site_id, attachment_id, remote_meeting_id, document_id, title, etag, last_modified, sha256, skipped_reason, checked_at)
     VALUES (@site, @attachment, @meeting, @documentId, @title, @etag, @lastModified, @sha, @skipped, @checked)
     ON CONFLICT (site_id, attachment_id) DO UPDATE SET remote_meeting_id = excluded.remote_meeting_id,
       document_id = COALESCE(excluded.document_id, document_id), title = excluded.title,
       etag = COALESCE(excluded.etag, etag), last_modified = COALESCE(excluded.last_modified, last_modified),
       sha256 = COALESCE(excluded.sha256, sha256), skipped_reason = excluded.skipped_reason,
       checked_at = COALESCE(excluded.checked_at, checked_at)`,
  );
  for (const o of w.fetched.outcomes) {
    const base = { site: site.id, attachment: o.doc.attachmentId, meeting: ref.id, title: o.doc.title };
    if (o.kind === 'skipped') {
      report.documentsSkipped++;
      upsertDoc.run({ ...base, documentId: null, etag: null, lastModified: null, sha: null, skipped: o.reason, checked: fetchedAt });
    } else if (o.kind === 'unchanged') {
      report.documentsUnchanged++;
      upsertDoc.run({ ...base, documentId: null, etag: o.etag, lastModified: o.lastModified, sha: null, skipped: null, checked: o.checked ? fetchedAt : null });
    } else {
      const version = writeDocumentVersion(db, site, meetingId, o);
      if (o.picture) savePicture(db, o.hash, o.picture);
      if (version.version > 1) report.documentsChanged++;
      else report.documentsNew++;
      report.annotationsMoved += version.reanchored?.moved ?? 0;
      report.annotationsNeedingAttention += version.reanchored?.orphaned ?? 0;
      upsertDoc.run({ ...base, documentId: version.documentId, etag: o.etag, lastModified: o.lastModified, sha: o.hash, skipped: null, checked: fetchedAt });
    }
  }
}

/** A new or changed document as a version of the paper sync filed it as before (else a new paper), on its item when it names one. */
function writeDocumentVersion(db: Database.Database, site: SiteRow, meetingId: number, o: Written): ReturnType<typeof writeVersion> {
  const previous = db.prepare('SELECT document_id FROM sync_documents WHERE site_id = ? AND attachment_id = ?').pluck().get(site.id, o.doc.attachmentId) as number | null | undefined;
  const itemId = o.doc.itemNumber
    ? ((db.prepare('SELECT id FROM items WHERE meeting_id = ? AND number = ? AND withdrawn_at IS NULL').pluck().get(meetingId, o.doc.itemNumber) as number | undefined) ?? null)
    : null;
  return writeVersion(db, {
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
}

/** Sync's record of the meeting: what it is in the library, and what the council's site said of it. */
function recordMeeting(db: Database.Database, w: Writing, meetingId: number): void {
  const { fetched } = w;
  db.prepare(
    `INSERT INTO sync_meetings (site_id, remote_id, sync_committee_id, meeting_id, remote_status, date, detail_sha256, minutes_published, fetched_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (site_id, remote_id) DO UPDATE SET sync_committee_id = excluded.sync_committee_id, meeting_id = excluded.meeting_id,
       remote_status = excluded.remote_status, date = excluded.date, detail_sha256 = excluded.detail_sha256,
       minutes_published = excluded.minutes_published, fetched_at = excluded.fetched_at`,
  ).run(w.site.id, w.ref.id, w.syncCommitteeId, meetingId, fetched.status, fetched.date, fetched.detailSha, fetched.facts.minutesPublished ? 1 : 0, w.fetchedAt);
}
