/**
 * A realistic library for backup tests: real council minutes, a generated agenda pack, the member's
 * annotations, interests, a declaration and action updates. And a dump of everything in a store,
 * read straight from SQLite and the blob folder, to compare two states.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation, createForTarget } from '../../../main/annotations/store';
import { addManualEntry, updateStatus } from '../../../main/actions/updates';
import { saveMyDeclaration } from '../../../main/interests/declarations';
import { saveInterest } from '../../../main/interests/register';
import { importFile } from '../../../main/library/import-file';
import { readBlob } from '../../../main/store/blobs';
import type { StoreKey } from '../../../main/store/cipher';
import { openStore, type Store } from '../../../main/store/database';
import { makePack } from '../../helpers/make-pack';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

export const LEICESTER = path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt');
export const ROTHERHAM = path.join(SHARED_FIXTURES, 'minutes-excerpts', 'rotherham-audit-committee-2024-03-12.txt');
export const COMMITTEE = 'Children, Young People and Education Scrutiny Commission';

export const packReports = (phrase = 'Places at Millgate School will be commissioned for pupils with complex needs.') => [
  { number: '115', title: 'Update on Youth Summit', pages: [['Update on Youth Summit', 'Report of the Participation Manager'], ['Young people took part in the summit.']] },
  {
    number: '117',
    title: 'Placement costs and IMPOWER update',
    pages: [['Placement costs and IMPOWER update', 'Appendix A'], [phrase, 'Residential placements cost more.'], ['Kinship care allowances rise.']],
  },
];

export interface Library {
  store: Store;
  meetingId: number;
  documentId: number;
  versionId: number;
}

async function imported(store: Store, fileName: string, bytes: Uint8Array) {
  const outcome = await importFile(store, { fileName, bytes });
  if (outcome.status === 'failed') throw new Error(`${fileName}: ${outcome.message}`);
  return outcome;
}

export async function buildLibrary(dataDir: string, key?: StoreKey): Promise<Library> {
  const store = openStore(dataDir, { key });
  const minutes = await imported(store, path.basename(LEICESTER), fs.readFileSync(LEICESTER));
  await imported(store, path.basename(ROTHERHAM), fs.readFileSync(ROTHERHAM));
  const pack = await makePack({ committee: COMMITTEE, dateLine: 'Tuesday, 14 January 2025', reports: packReports() });
  await imported(store, 'agenda-pack.pdf', pack);
  const meetingId = minutes.meetingId as number;
  const db = store.db;
  const { documentId, versionId } = db
    .prepare("SELECT d.id AS documentId, v.id AS versionId FROM documents d JOIN document_versions v ON v.document_id = d.id WHERE d.kind = 'pack'")
    .get() as { documentId: number; versionId: number };

  createAnnotation(db, { documentId, versionId, kind: 'highlight', pageNumber: 6, quote: { exact: 'Millgate School', prefix: '', suffix: '' }, tags: ['send'] });
  createAnnotation(db, { documentId, versionId, kind: 'question', pageNumber: 6, body: 'How many places next year?', quote: { exact: 'Residential placements cost more', prefix: '', suffix: '' } });
  createForTarget(db, { target: 'meeting', meetingId, kind: 'note', body: 'Ask about the youth summit report.' });

  const interest = saveInterest(db, {
    category: 'other-registrable',
    subcategory: 'appointed-body',
    whose: 'member',
    description: 'School governor, Millgate School',
    names: ['Millgate School'],
    addresses: [],
    startDate: '2024-09-01',
    endDate: null,
    changedDate: null,
    notifiedDate: '2024-09-10',
  });
  saveMyDeclaration(db, {
    meetingId,
    itemId: null,
    itemText: 'Placement costs',
    interestId: interest.id,
    category: 'other-registrable',
    nature: 'Governor of Millgate School',
    withdrew: false,
    dispensation: false,
    dispensationDetails: '',
  });
  const committeeId = db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(meetingId) as number;
  const entry = addManualEntry(db, { committeeId, meetingId, kind: 'action', what: 'Report back on placement costs', owner: 'Director', due: '2025-03-31' });
  updateStatus(db, [entry], 'in-progress', 'Asked the director.');
  return { store, meetingId, documentId, versionId };
}

export interface StoreState {
  tables: Record<string, unknown[]>;
  /** sha256 → the stored file's bytes (plaintext), as base64. */
  blobs: Record<string, string>;
}

/** Every row of every table (full-text index tables excepted) and every stored file the rows name. */
export function dumpStore(store: Store): StoreState {
  const db = store.db;
  const names = db
    // Full-text index tables (and their shadow tables, some WITHOUT ROWID) are derived from the rows: left out.
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '%_stem%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  const tables: Record<string, unknown[]> = {};
  for (const name of names) tables[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  const hashes = new Set([
    ...(db.prepare('SELECT sha256 FROM document_versions').pluck().all() as string[]),
    ...(db.prepare('SELECT sha256 FROM imports').pluck().all() as string[]),
  ]);
  const blobs: Record<string, string> = {};
  for (const hash of [...hashes].sort()) blobs[hash] = Buffer.from(readBlob(store, hash)).toString('base64');
  return { tables, blobs };
}

/** PRAGMA integrity_check and both full-text indexes' own checks (against their content tables). */
export function checkStore(store: Store): { integrity: string; fts: string[] } {
  const fts: string[] = [];
  for (const table of ['pages_fts', 'items_fts']) {
    try {
      store.db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
      fts.push('ok');
    } catch (error) {
      fts.push(`${table}: ${(error as Error).message}`);
    }
  }
  return { integrity: store.db.pragma('integrity_check', { simple: true }) as string, fts };
}
