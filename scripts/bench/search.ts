// Search over a 100,000-page library: p50/p95 of the app's search (ranked, grouped, with snippets)
// against ripgrep over the same text, query by query, in the same run.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeVersion } from '../../main/papers/store';
import { search } from '../../main/search/search';
import { openStore, type Store } from '../../main/store/database';
import { storeKeyFromEnv } from '../../main/store/key-source';
import { councilPage } from './council-text';

const DOCUMENTS = 200;
const PAGES_PER_DOCUMENT = 500;
const TOTAL = DOCUMENTS * PAGES_PER_DOCUMENT;
// SCRUTINEER_STORE_KEY set: an encrypted library (cached separately, for that key's runs).
const KEY = storeKeyFromEnv();
const keyTag = KEY ? `-encrypted-${crypto.createHash('sha256').update(KEY).digest('hex').slice(0, 8)}` : '';
const CACHE = path.join(os.tmpdir(), `scrutineer-bench-search-v4-${TOTAL}${keyTag}`);

// A mix as members type them: named schools and places (rare), report topics (a few per cent of pages),
// phrases, prefixes, NOT, and words on nearly every page (officers, report, council).
const QUERIES = [
  'Millgate', 'Keyham Lodge', 'Braunstone family hubs', 'foster carer', '"foster carer recruitment"', 'kinship*', 'SEND inspection',
  'high needs block', 'dentists', 'agency social worker', '"Family Network Plan"', 'safety valve', 'school place planning',
  'residential placements', 'youth justice', 'immunisation', 'recruit*', 'overspend NOT capital', 'officers', 'council report',
];

/** The page text for document d, page p: the bench's realistic report text, varied by document. */
const pageText = (d: number, p: number) => councilPage(d * PAGES_PER_DOCUMENT + p).join('\n');

function build(): Store {
  const fresh = !fs.existsSync(path.join(CACHE, 'done'));
  if (fresh) fs.rmSync(CACHE, { recursive: true, force: true });
  const store = openStore(path.join(CACHE, 'store'), { key: KEY });
  if (!fresh) return store;
  console.log(`building a ${TOTAL.toLocaleString('en-GB')}-page library in ${CACHE} (once; cached for later runs)…`);
  const textDir = path.join(CACHE, 'text');
  fs.mkdirSync(textDir, { recursive: true });
  const started = performance.now();
  const stamp = new Date().toISOString();
  store.db.exec(`INSERT INTO councils (id, name, name_key, created_at) VALUES (1, 'Bench Council', 'bench council', '${stamp}');
    INSERT INTO committees (id, council_id, name, name_key, created_at) VALUES (1, 1, 'Scrutiny Commission', 'scrutiny commission', '${stamp}')`);
  for (let d = 0; d < DOCUMENTS; d++) {
    const date = new Date(Date.UTC(2016, 0, 1 + d * 14)).toISOString().slice(0, 10);
    const pages = Array.from({ length: PAGES_PER_DOCUMENT }, (_, p) => pageText(d, p + 1));
    store.db.transaction(() => {
      const meetingId = Number(
        store.db.prepare("INSERT INTO meetings (committee_id, identity_key, date, created_at, updated_at) VALUES (1, ?, ?, ?, ?)").run(`d:${date}`, date, stamp, stamp).lastInsertRowid,
      );
      writeVersion(store.db, { meetingId, itemId: null, kind: 'pack', title: 'Agenda pack', sha256: d.toString(16).padStart(64, '0'), fileName: `pack-${d}.pdf`, byteSize: 0, pages });
    })();
    fs.writeFileSync(path.join(textDir, `pack-${d}.txt`), pages.join('\f\n'));
  }
  store.db.exec("INSERT INTO pages_fts (pages_fts) VALUES ('optimize')");
  fs.writeFileSync(path.join(CACHE, 'done'), '');
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return store;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const round = (n: number) => Math.round(n * 10) / 10;

/** ripgrep's equivalent of each query: the words (or phrase) as a case-insensitive pattern, counting matching lines. */
function rgPattern(query: string): string {
  const phrase = /"([^"]+)"/.exec(query)?.[1];
  if (phrase) return phrase;
  return query.replace(/NOT \w+/, '').replace(/\*/g, '\\w*').trim().split(/\s+/).join('.*');
}

export async function searchBench(): Promise<Record<string, unknown>> {
  const store = build();
  try {
    const rg = spawnSync('rg', ['--version']);
    if (rg.error) throw new Error('ripgrep is not installed (apt-get install ripgrep)');
    const ours: number[] = [];
    const baseline: number[] = [];
    for (const query of QUERIES) search(store.db, { query, scope: 'all', limit: 50 }); // warm the page cache
    for (let round_ = 0; round_ < 3; round_++) {
      for (const query of QUERIES) {
        const start = performance.now();
        const results = search(store.db, { query, scope: 'all', limit: 50 });
        ours.push(performance.now() - start);
        if (round_ === 0) console.log(`${query.padEnd(30)} ${String(results.total).padStart(3)} hits  ${(performance.now() - start).toFixed(1)} ms`);
      }
    }
    for (const query of QUERIES) {
      const start = performance.now();
      spawnSync('rg', ['-i', '-c', rgPattern(query), path.join(CACHE, 'text')]);
      baseline.push(performance.now() - start);
    }
    const p50Ms = round(percentile(ours, 50));
    const p95Ms = round(percentile(ours, 95));
    const baselineP95Ms = round(percentile(baseline, 95));
    console.log(`Scrutineer search over ${TOTAL.toLocaleString('en-GB')} pages: p50 ${p50Ms} ms, p95 ${p95Ms} ms (target p95 ≤ 20 ms)`);
    console.log(`ripgrep over the same text: p50 ${round(percentile(baseline, 50))} ms, p95 ${baselineP95Ms} ms`);
    return { bench: 'search', encrypted: Boolean(KEY), pages: TOTAL, queries: QUERIES.length, p50Ms, p95Ms, baseline: 'rg', baselineP95Ms, ratio: Math.round((p95Ms / baselineP95Ms) * 1000) / 1000, target: 20, meetsTarget: p95Ms <= 20 };
  } finally {
    store.close();
  }
}
