/**
 * The kill test's view of council sync: what the ModernGov stand-in serves (so a synced meeting can
 * be checked for completeness), the stand-in changes made between kills, and the checks after each kill.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseMeetingFacts, parseModernGovXmlDetailed } from '../../../main/minutes/moderngov-xml';
import { sha256 } from '../../../main/store/blobs';
import type { Store } from '../../../main/store/database';
import type { StandIn } from '../../helpers/moderngov-standin';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

/** The meetings with captured detail: their items and downloadable documents. Every other listed meeting is "agenda not yet published". */
const CAPTURED: Array<{ site: 'gloucester' | 'manchester'; remoteId: number; file: string }> = [
  { site: 'gloucester', remoteId: 7837, file: 'gloucester/GetMeeting_7837.xml' },
  { site: 'manchester', remoteId: 4967, file: 'manchester/GetMeeting_4967.xml' },
];

export interface SyncExpected {
  /** remote meeting id → items its detail has (0 for one not yet published). */
  items: Map<number, number>;
  /** remote meeting id → attachment ids of the PDFs it links. */
  documents: Map<number, number[]>;
  /** sha256 of a PDF the stand-in has served → its page count. */
  pdfPages: Map<string, number>;
  /** Current revision of each attachment. */
  revisions: Map<number, number>;
}

export async function syncExpected(standin: StandIn): Promise<SyncExpected> {
  const expected: SyncExpected = { items: new Map(), documents: new Map(), pdfPages: new Map(), revisions: new Map() };
  for (const m of CAPTURED) {
    const xml = fs.readFileSync(path.join(SHARED_FIXTURES, 'moderngov', m.file), 'utf8');
    expected.items.set(m.remoteId, parseModernGovXmlDetailed(xml, { strict: true }).minutes.items.length);
    const ids = parseMeetingFacts(xml)
      .documents.filter((d) => !d.isUrl && !d.restricted)
      .map((d) => d.attachmentId);
    expected.documents.set(m.remoteId, ids);
    for (const id of ids) await recordPdf(standin, expected, id, 1);
  }
  return expected;
}

/** The stand-in's PDF of an attachment at a revision: a cover page is added from revision 2. */
async function recordPdf(standin: StandIn, expected: SyncExpected, id: number, revision: number): Promise<void> {
  standin.faults.revisions.set(id, revision);
  expected.revisions.set(id, revision);
  expected.pdfPages.set(sha256(await standin.pdf(id)), revision > 1 ? 3 : 2);
}

/**
 * Between kills: sometimes a Gloucester paper is revised (the next sync makes a new version), and
 * sometimes a meeting is cancelled or reinstated. Returns what was changed, for the log.
 */
export async function changeCouncil(standin: StandIn, expected: SyncExpected, random: () => number): Promise<string> {
  const changes: string[] = [];
  if (random() < 0.3) {
    const ids = expected.documents.get(7837) ?? [];
    const id = ids[Math.floor(random() * ids.length)] as number;
    const revision = (expected.revisions.get(id) ?? 1) + 1;
    await recordPdf(standin, expected, id, revision);
    changes.push(`revised ${id} to ${revision}`);
  }
  if (random() < 0.2) {
    const id = random() < 0.5 ? 7837 : 7610;
    if (standin.faults.cancelled.has(id)) standin.faults.cancelled.delete(id);
    else standin.faults.cancelled.add(id);
    changes.push(`${standin.faults.cancelled.has(id) ? 'cancelled' : 'reinstated'} ${id}`);
  }
  return changes.join(', ');
}

export interface SyncSeen {
  /** "site:remote meeting" → the library meeting it was written to. */
  meetings: Map<string, number>;
  /** "site:attachment" → the library document. */
  documents: Map<string, number>;
}

export const emptySyncSeen = (): SyncSeen => ({ meetings: new Map(), documents: new Map() });

/**
 * After a kill: no synced meeting is partial (all its items; every PDF it links stored as a
 * document of that meeting whose current version is the PDF recorded, with all its pages), the
 * journal agrees with what was written, runs are done or were interrupted (never failed), and
 * nothing synced before has gone.
 */
export function checkSync(store: Store, expected: SyncExpected, seen: SyncSeen): string[] {
  const db = store.db;
  const problems: string[] = [];
  const meetings = db.prepare('SELECT site_id AS siteId, remote_id AS remoteId, meeting_id AS meetingId FROM sync_meetings').all() as Array<{
    siteId: number;
    remoteId: number;
    meetingId: number | null;
  }>;
  const items = db.prepare('SELECT COUNT(*) FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL').pluck();
  const docs = db.prepare('SELECT attachment_id AS attachmentId, document_id AS documentId, sha256 FROM sync_documents WHERE site_id = ? AND remote_meeting_id = ?');
  const current = db.prepare('SELECT d.meeting_id AS meetingId, v.sha256, v.page_count AS pageCount FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.is_current = 1 WHERE d.id = ?');
  for (const m of meetings) {
    const what = `synced meeting ${m.remoteId}`;
    if (m.meetingId === null || !db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(m.meetingId)) {
      problems.push(`${what}: its library meeting ${m.meetingId} is missing`);
      continue;
    }
    const want = expected.items.get(m.remoteId) ?? 0;
    const have = items.get(m.meetingId) as number;
    if (have !== want) problems.push(`${what}: ${have} items, its detail has ${want}`);
    const rows = docs.all(m.siteId, m.remoteId) as Array<{ attachmentId: number; documentId: number | null; sha256: string | null }>;
    const stored = new Set(rows.filter((r) => r.documentId !== null).map((r) => r.attachmentId));
    for (const id of expected.documents.get(m.remoteId) ?? []) {
      if (!stored.has(id)) problems.push(`${what}: linked document ${id} is not stored`);
    }
    for (const r of rows.filter((row) => row.documentId !== null)) {
      const doc = current.get(r.documentId) as { meetingId: number; sha256: string; pageCount: number } | undefined;
      if (!doc) problems.push(`${what}: document ${r.documentId} (attachment ${r.attachmentId}) has no current version`);
      else if (doc.meetingId !== m.meetingId) problems.push(`${what}: document ${r.documentId} is filed under meeting ${doc.meetingId}`);
      else if (doc.sha256 !== r.sha256) problems.push(`${what}: document ${r.documentId}'s current version is not the PDF recorded for attachment ${r.attachmentId}`);
      else if (expected.pdfPages.get(doc.sha256) !== doc.pageCount) problems.push(`${what}: attachment ${r.attachmentId} has ${doc.pageCount} pages, its PDF ${expected.pdfPages.get(doc.sha256)}`);
    }
  }

  // The journal: a meeting marked done was written (it is marked in the step after its transaction).
  const doneNotWritten = db
    .prepare(
      `SELECT j.run_id || ':' || j.remote_meeting_id FROM sync_journal j WHERE j.state = 'done'
       AND NOT EXISTS (SELECT 1 FROM sync_meetings m WHERE m.site_id = j.site_id AND m.remote_id = j.remote_meeting_id AND m.meeting_id IS NOT NULL)`,
    )
    .pluck()
    .all();
  if (doneNotWritten.length > 0) problems.push(`journal entries done but not written: ${doneNotWritten.join(', ')}`);
  const runs = db.prepare('SELECT id, status FROM sync_runs ORDER BY id').all() as Array<{ id: number; status: string }>;
  for (const [i, r] of runs.entries()) {
    const last = i === runs.length - 1;
    // Only the newest may still say running (the one just killed); earlier ones were marked interrupted by the next run.
    if (!(r.status === 'done' || r.status === 'interrupted' || (last && r.status === 'running'))) problems.push(`sync run ${r.id} is ${r.status}`);
  }

  // Nothing synced before has gone, or moved.
  const nowMeetings = new Map(meetings.filter((m) => m.meetingId !== null).map((m) => [`${m.siteId}:${m.remoteId}`, m.meetingId as number]));
  const nowDocuments = new Map(
    (db.prepare('SELECT site_id AS siteId, attachment_id AS attachmentId, document_id AS documentId FROM sync_documents WHERE document_id IS NOT NULL').all() as Array<{
      siteId: number;
      attachmentId: number;
      documentId: number;
    }>).map((d) => [`${d.siteId}:${d.attachmentId}`, d.documentId]),
  );
  for (const [key, id] of seen.meetings) if (nowMeetings.get(key) !== id) problems.push(`synced meeting ${key} (meeting ${id}) was there after an earlier kill and is now ${nowMeetings.get(key) ?? 'gone'}`);
  for (const [key, id] of seen.documents) {
    if (nowDocuments.get(key) !== id || !db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id)) problems.push(`synced document ${key} (document ${id}) was there after an earlier kill and is gone`);
  }
  seen.meetings = nowMeetings;
  seen.documents = nowDocuments;
  return problems;
}
