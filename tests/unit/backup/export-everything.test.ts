import JSZip from 'jszip';
import { exportJsonLd } from '../../../main/annotations/jsonld';
import { createAnnotation } from '../../../main/annotations/store';
import { exportEverything } from '../../../main/backup/export-everything';
import { setConfidential } from '../../../main/confidential/confidential';
import { importFile } from '../../../main/library/import-file';
import { readBlob } from '../../../main/store/blobs';
import { generateStoreKey } from '../../../main/store/cipher';
import { makePdf } from '../../helpers/make-pdf';
import { makeTempDir } from '../../helpers/temp-dir';
import { type Library, buildLibrary, dumpStore } from './library';

interface Manifest {
  tables: Record<string, number>;
  papers: Array<{ path: string; sha256: string; documentId: number; version: number }>;
  sources: Array<{ path: string; sha256: string; importId: number }>;
  includesConfidential: boolean;
  confidentialPapersLeftOut: number;
}

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the export`);
    return file.async('string');
  };
  const manifest = JSON.parse(await text('manifest.json')) as Manifest;
  return { zip, text, manifest, json: async (name: string) => JSON.parse(await text(name)) as unknown };
}

describe('export everything', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let lib: Library;
  let confidentialId: number;
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-export-');
    // Encrypted at rest: the export carries the original bytes, not the stored (encrypted) files.
    lib = await buildLibrary(temp.dir, generateStoreKey());
    const report = await makePdf([['Placement costs: commercial terms', 'NOT FOR PUBLICATION'], ['Provider rates by placement.']]);
    const outcome = await importFile(lib.store, { fileName: 'placement-costs-part-b.pdf', bytes: report, meetingId: lib.meetingId, itemNumber: '117' });
    expect(outcome.status).toBe('imported');
    const db = lib.store.db;
    confidentialId = db.prepare("SELECT id FROM documents WHERE kind = 'report'").pluck().get() as number;
    setConfidential(db, confidentialId, true);
    const versionId = db.prepare('SELECT id FROM document_versions WHERE document_id = ?').pluck().get(confidentialId) as number;
    createAnnotation(db, { documentId: confidentialId, versionId, kind: 'note', pageNumber: 2, body: 'Rates look high.' });
  });
  afterAll(() => {
    lib.store.close();
    temp.cleanup();
  });

  test('with confidential papers: every table, every file and every annotation, equal to the store', async () => {
    const state = dumpStore(lib.store);
    // First-page pictures are derived from the papers' files (exported themselves), so not exported.
    expect(state.tables.version_pictures?.length).toBeGreaterThan(0);
    delete state.tables.version_pictures;
    const { zip, text, manifest, json } = await unzip(await exportEverything(lib.store, { includeConfidential: true }));

    expect(Object.keys(manifest.tables).sort()).toEqual(Object.keys(state.tables).sort());
    for (const [table, rows] of Object.entries(state.tables)) {
      expect({ table, rows: await json(`data/${table}.json`) }).toEqual({ table, rows });
      expect(manifest.tables[table]).toBe(rows.length);
    }

    // Every version of every paper, byte for byte, and every imported minutes file.
    const versions = lib.store.db.prepare('SELECT document_id AS documentId, version, sha256 FROM document_versions ORDER BY id').all();
    expect(manifest.papers.map(({ documentId, version, sha256 }) => ({ documentId, version, sha256 }))).toEqual(versions);
    for (const paper of manifest.papers) {
      const bytes = await zip.file(paper.path)?.async('uint8array');
      expect(paper.path).toMatch(/^papers\/\d+-[^/]+\/v\d+-[^/]+\.pdf$/);
      expect(Buffer.from(bytes ?? []).equals(Buffer.from(readBlob(lib.store, paper.sha256)))).toBe(true);
    }
    const imports = lib.store.db.prepare('SELECT sha256 FROM imports ORDER BY id').pluck().all();
    expect(manifest.sources.map((s) => s.sha256)).toEqual(imports);
    for (const source of manifest.sources) {
      const bytes = await zip.file(source.path)?.async('uint8array');
      expect(Buffer.from(bytes ?? []).equals(Buffer.from(readBlob(lib.store, source.sha256)))).toBe(true);
    }
    // Together the zip holds every stored file the library has.
    expect(new Set([...manifest.papers, ...manifest.sources].map((f) => f.sha256))).toEqual(new Set(Object.keys(state.blobs)));

    const jsonld = JSON.parse(await text('annotations.jsonld')) as { total: number; first: { items: Array<{ id: string }> } };
    expect(jsonld).toEqual(JSON.parse(exportJsonLd(lib.store.db, { includeConfidential: true })));
    const uuids = (state.tables.annotations as Array<{ uuid: string; deleted_at: string | null }>).filter((a) => !a.deleted_at).map((a) => `urn:uuid:${a.uuid}`);
    expect(jsonld.first.items.map((a) => a.id).sort()).toEqual(uuids.sort());
    expect(await text('README.txt')).toMatch(/confidential or exempt ARE included/);
  });

  test('without: the confidential paper, its file, pages and the note on it stay out; the rest is all there', async () => {
    const state = dumpStore(lib.store);
    // First-page pictures are derived from the papers' files (exported themselves), so not exported.
    expect(state.tables.version_pictures?.length).toBeGreaterThan(0);
    delete state.tables.version_pictures;
    const { zip, text, manifest, json } = await unzip(await exportEverything(lib.store, { includeConfidential: false }));
    expect(manifest).toMatchObject({ includesConfidential: false, confidentialPapersLeftOut: 1 });
    const confidentialVersion = lib.store.db.prepare('SELECT id, sha256 FROM document_versions WHERE document_id = ?').get(confidentialId) as { id: number; sha256: string };

    const documents = (await json('data/documents.json')) as Array<{ id: number }>;
    expect(documents.map((d) => d.id)).toEqual((state.tables.documents as Array<{ id: number }>).map((d) => d.id).filter((id) => id !== confidentialId));
    const pages = (await json('data/pages.json')) as Array<{ version_id: number }>;
    expect(pages.length).toBe((state.tables.pages as Array<{ version_id: number }>).filter((p) => p.version_id !== confidentialVersion.id).length);
    expect(pages.some((p) => p.version_id === confidentialVersion.id)).toBe(false);
    const annotations = (await json('data/annotations.json')) as Array<{ body: string }>;
    expect(annotations.map((a) => a.body)).not.toContain('Rates look high.');
    expect(annotations).toHaveLength(state.tables.annotations?.length as number - 1);
    expect(await text('annotations.jsonld')).not.toContain('Rates look high.');
    expect(JSON.stringify(await json('data/pages.json'))).not.toContain('Provider rates');

    expect(manifest.papers.some((p) => p.sha256 === confidentialVersion.sha256)).toBe(false);
    expect(Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('papers/'))).toHaveLength(manifest.papers.length);
    // Tables with nothing confidential in them are whole.
    for (const table of ['committees', 'meetings', 'items', 'decisions', 'attendance', 'interests', 'my_declarations', 'action_entries', 'action_updates']) {
      expect({ table, rows: await json(`data/${table}.json`) }).toEqual({ table, rows: state.tables[table] });
    }
    expect(await text('README.txt')).toMatch(/1 paper marked confidential or exempt was left out/);
  });
});
