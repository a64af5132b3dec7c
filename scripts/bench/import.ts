// Import of a 500-page agenda pack (text extraction + storing + indexing), against pdftotext on the same file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFile } from '../../main/library/import-file';
import { openStore } from '../../main/store/database';
import { storeKeyFromEnv } from '../../main/store/key-source';
import { makeBenchPack } from './make-bench-pack';

const PAGES = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function importBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-bench-import-'));
  try {
    const pack = await makeBenchPack(PAGES, ['Public Document Pack', 'Children, Young People and Education Scrutiny Commission', 'Tuesday, 14 January 2025']);
    const file = path.join(dir, 'pack.pdf');
    fs.writeFileSync(file, pack);
    console.log(`pack: ${PAGES} pages, ${(pack.length / 1024 / 1024).toFixed(2)} MB`);

    const pdftotext = spawnSync('pdftotext', ['-v']);
    if (pdftotext.error) throw new Error('pdftotext is not installed (apt-get install poppler-utils)');
    const baseline: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, path.join(dir, 'out.txt')]);
      if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
      baseline.push(performance.now() - start);
    }

    // SCRUTINEER_STORE_KEY set: the store is encrypted (database and the stored PDF), as in the app.
    const key = storeKeyFromEnv();
    console.log(key ? 'store: encrypted' : 'store: unencrypted');
    const ours: number[] = [];
    for (let i = 0; i < 3; i++) {
      const store = openStore(path.join(dir, `store-${i}`), { key });
      const start = performance.now();
      const outcome = await importFile(store, { fileName: 'pack.pdf', bytes: pack });
      ours.push(performance.now() - start);
      if (outcome.status === 'failed') throw new Error(outcome.message);
      const pages = store.db.prepare('SELECT COUNT(*) FROM pages').pluck().get();
      if (pages !== PAGES) throw new Error(`stored ${pages} pages, expected ${PAGES}`);
      store.close();
    }
    const importMs = Math.round(median(ours));
    const baselineMs = Math.round(median(baseline));
    const ratio = Math.round((importMs / baselineMs) * 100) / 100;
    console.log(`Scrutineer import (extract + store + index), median of 3: ${importMs} ms`);
    console.log(`pdftotext (extract only), median of 3: ${baselineMs} ms`);
    console.log(`ratio ${ratio} (target ≤ 2)`);
    return { bench: 'import', encrypted: Boolean(key), pages: PAGES, importMs, baseline: 'pdftotext', baselineMs, ratio, target: 2, meetsTarget: ratio <= 2 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
