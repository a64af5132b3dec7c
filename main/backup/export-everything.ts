/**
 * "Export everything": the whole library in open formats, in one zip, to take elsewhere or keep.
 *   README.txt            what is where
 *   manifest.json         when, which schema, row counts, and every file with its sha256
 *   data/<table>.json     every table's rows as JSON (full-text indexes left out: they are rebuilt from the text)
 *   papers/…              each version of each paper, the original PDF bytes
 *   sources/…             the original minutes files that were imported (HTML, text, XML, PDF)
 *   annotations.jsonld    the member's annotations as a W3C Web Annotation collection
 * Papers marked confidential or exempt stay out (with their pages, annotations and reading
 * positions) unless includeConfidential is true.
 */
import { format } from 'date-fns';
import JSZip from 'jszip';
import type Database from 'better-sqlite3-multiple-ciphers';
import { exportJsonLd } from '../annotations/jsonld';
import { listAnnotations } from '../annotations/store';
import { confidentialScope, touchesConfidential } from '../confidential/confidential';
import { readBlob } from '../store/blobs';
import type { Store } from '../store/database';
import { exportFile, type ExportFile } from '../../shared/types/export';

export interface ExportOptions {
  includeConfidential?: boolean;
  now?: Date;
}

export interface ExportedFile {
  path: string;
  sha256: string;
  byteSize: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Derived from the files, which are exported themselves: pictures of first pages (remade from a paper's
 * PDF; a confidential paper's would otherwise show its content when confidential papers are left out).
 */
const DERIVED = new Set(['version_pictures']);

/** Tables worth exporting: not SQLite's own, not full-text indexes or their shadow tables, not what is derived from the files. */
export function exportedTables(db: Database.Database): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string; sql: string | null }>;
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((name) => !name.startsWith('sqlite_') && !DERIVED.has(name) && !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

const columnsOf = (db: Database.Database, table: string): string[] =>
  db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];

/** Every row of a table in a stable order; binary values as {"$base64": …}. */
export function tableRows(db: Database.Database, table: string): Array<Record<string, unknown>> {
  const withoutRowid = /WITHOUT\s+ROWID/i.test((db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string | null) ?? '');
  const rows = db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${withoutRowid ? '1' : 'rowid'}`).all() as Array<Record<string, unknown>>;
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (value instanceof Uint8Array) row[key] = { $base64: Buffer.from(value).toString('base64') };
      else if (typeof value === 'bigint') row[key] = value.toString();
    }
  }
  return rows;
}

const safeName = (name: string, max = 80) =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ._-]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[-. ]+|[-. ]+$/g, '')
    .slice(0, max) || 'file';

function readme(exportedAt: Date, includeConfidential: boolean, excluded: number): string {
  return [
    'Scrutineer: everything in the library',
    `Exported on ${format(exportedAt, 'EEEE, d MMMM yyyy')} at ${format(exportedAt, 'HH:mm')}.`,
    '',
    'This file is NOT encrypted. It holds your notes, questions and register of interests: keep it',
    'somewhere safe and delete copies you no longer need.',
    '',
    'What is here',
    '  manifest.json       when this was made, the database schema version, the number of rows in each',
    '                      table, and every file below with its SHA-256 checksum.',
    '  data/<table>.json   every table of the library, one JSON array of rows per table (committees,',
    '                      meetings, items, decisions, attendance, declarations, documents and their',
    '                      versions and page text, interests, my declarations, actions, annotations, ...).',
    '                      Rows refer to each other by their "id" columns, as in the database.',
    '  papers/             every version of every paper (agenda packs, reports, printed minutes): the',
    '                      original PDF, in a folder per paper: <document id>-<title>/v<version>-<file>.',
    '  sources/            the original minutes files that were imported (web pages, text, XML, PDF).',
    '  annotations.jsonld  your highlights, notes and questions as a W3C Web Annotation collection',
    '                      (https://www.w3.org/TR/annotation-model/). A paper is named by its checksum',
    '                      (urn:sha256:...), which matches the "sha256" of its file in manifest.json.',
    '                      Scrutineer can import this file again (Annotations > Import).',
    '',
    includeConfidential
      ? 'Papers marked confidential or exempt ARE included in this export.'
      : excluded > 0
        ? `${excluded} paper${excluded === 1 ? '' : 's'} marked confidential or exempt ${excluded === 1 ? 'was' : 'were'} left out, with ${excluded === 1 ? 'its' : 'their'} page text and annotations.`
        : 'No paper is marked confidential or exempt.',
    '',
  ].join('\r\n');
}

/** The zip as a file to save: scrutineer-everything-DATE.zip. */
export async function exportEverythingFile(store: Store, today: string, options: ExportOptions = {}): Promise<ExportFile> {
  return exportFile(`scrutineer-everything-${today}`, 'zip', await exportEverything(store, options));
}

/** Builds the zip (bytes). Reads one consistent snapshot of the database. */
export async function exportEverything(store: Store, options: ExportOptions = {}): Promise<Uint8Array> {
  const exportedAt = options.now ?? new Date();
  const includeConfidential = options.includeConfidential === true;
  const zip = new JSZip();
  const db = store.db;
  const papers: Array<ExportedFile & { documentId: number; version: number }> = [];
  const sources: Array<ExportedFile & { importId: number }> = [];
  const counts: Record<string, number> = {};
  let excludedCount = 0;
  let annotations = '';
  let schemaVersion = 0;

  // One read transaction: tables, files and annotations all from the same moment.
  db.transaction(() => {
    schemaVersion = db.pragma('user_version', { simple: true }) as number;
    // The same rule as every other export (main/confidential): confidential papers, and the
    // member's annotations on them or on exempt items.
    const scope = includeConfidential ? { documents: new Set<number>(), items: new Set<number>() } : confidentialScope(db);
    const excluded = scope.documents;
    excludedCount = excluded.size;
    const excludedVersions = new Set(
      (db.prepare('SELECT id, document_id FROM document_versions').all() as Array<{ id: number; document_id: number }>)
        .filter((v) => excluded.has(v.document_id))
        .map((v) => v.id),
    );
    // Annotations by the meeting and item they are on now (as the JSON-LD export decides), bin included.
    const hiddenAnnotations = new Set(
      listAnnotations(db, { includeDeleted: true })
        .filter((a) => touchesConfidential(scope, a))
        .map((a) => a.id),
    );
    for (const table of exportedTables(db)) {
      const columns = columnsOf(db, table);
      const rows = tableRows(db, table).filter((row) => {
        if (table === 'documents' && excluded.has(row.id as number)) return false;
        if (columns.includes('document_id') && excluded.has(row.document_id as number)) return false;
        if (columns.includes('version_id') && excludedVersions.has(row.version_id as number)) return false;
        if (table === 'annotations' && hiddenAnnotations.has(row.id as number)) return false;
        if (columns.includes('annotation_id') && hiddenAnnotations.has(row.annotation_id as number)) return false;
        return true;
      });
      counts[table] = rows.length;
      zip.file(`data/${table}.json`, JSON.stringify(rows, null, 2));
    }

    // A purged paper (0007) keeps its rows as a tombstone but no longer has its file.
    const purged = columnsOf(db, 'documents').includes('purged_at') ? 'd.purged_at IS NOT NULL' : '0';
    const versions = db
      .prepare(
        `SELECT v.document_id AS documentId, v.version, v.sha256, v.file_name AS fileName, v.byte_size AS byteSize, d.title, ${purged} AS purged
         FROM document_versions v JOIN documents d ON d.id = v.document_id ORDER BY v.document_id, v.version`,
      )
      .all() as Array<{ documentId: number; version: number; sha256: string; fileName: string; byteSize: number; title: string; purged: number }>;
    const exportedSha = new Map<string, string>();
    for (const v of versions) {
      if (excluded.has(v.documentId) || v.purged) continue;
      const file = `papers/${v.documentId}-${safeName(v.title, 60)}/v${v.version}-${safeName(v.fileName)}`;
      zip.file(file, readBlob(store, v.sha256), { compression: 'STORE' });
      papers.push({ path: file, sha256: v.sha256, byteSize: v.byteSize, documentId: v.documentId, version: v.version });
      exportedSha.set(v.sha256, file);
    }
    const imports = db.prepare('SELECT id, file_name AS fileName, sha256, byte_size AS byteSize FROM imports ORDER BY id').all() as Array<{
      id: number;
      fileName: string;
      sha256: string;
      byteSize: number;
    }>;
    for (const i of imports) {
      // A printed-minutes PDF is also a paper: one copy, under papers/.
      const file = exportedSha.get(i.sha256) ?? `sources/${i.id}-${safeName(i.fileName)}`;
      if (!exportedSha.has(i.sha256)) zip.file(file, readBlob(store, i.sha256));
      sources.push({ path: file, sha256: i.sha256, byteSize: i.byteSize, importId: i.id });
    }

    annotations = exportJsonLd(db, { includeConfidential });
  })();

  zip.file('annotations.jsonld', annotations);
  zip.file(
    'manifest.json',
    JSON.stringify(
      {
        format: 'scrutineer-export',
        formatVersion: 1,
        exportedAt: exportedAt.toISOString(),
        schemaVersion,
        includesConfidential: includeConfidential,
        confidentialPapersLeftOut: includeConfidential ? 0 : excludedCount,
        tables: counts,
        papers,
        sources,
      },
      null,
      2,
    ),
  );
  zip.file('README.txt', readme(exportedAt, includeConfidential, excludedCount));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
