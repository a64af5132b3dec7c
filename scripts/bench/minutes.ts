// Minutes parsing speed: whole "Agenda and minutes" pages per second, against a floor baseline
// (splitting the same text into lines and testing one regex per line: the least any parser must do).
import fs from 'node:fs';
import path from 'node:path';
import { parseMinutes } from '../../main/minutes';
import { SHARED_FIXTURES } from '../fixtures';

const FIXTURES = SHARED_FIXTURES;

function corpus(): Array<{ name: string; text: string }> {
  const dirs = ['minutes', 'minutes-excerpts'].map((d) => path.join(FIXTURES, d)).filter((d) => fs.existsSync(d));
  return dirs.flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })));
}

function timeIt(rounds: number, fn: () => void): number {
  fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function minutesBench(): Promise<Record<string, unknown>> {
  const pages = corpus();
  if (pages.length === 0) throw new Error(`no minutes fixtures under ${FIXTURES}`);
  const rounds = 20;
  const parseMs = timeIt(rounds, () => {
    for (const p of pages) parseMinutes(p.name, p.text);
  });
  const floorMs = timeIt(rounds, () => {
    for (const p of pages) p.text.split('\n').filter((l) => /^\s*\d+\.?\s*$/.test(l));
  });
  const parsed = rounds * pages.length;
  const pagesPerSecond = Math.round(parsed / (parseMs / 1000));
  const bytes = pages.reduce((n, p) => n + p.text.length, 0);
  console.log(`parsed ${parsed} minutes pages (${pages.length} distinct, ${(bytes / 1024).toFixed(0)} KB) in ${parseMs.toFixed(0)} ms: ${pagesPerSecond} pages/s`);
  console.log(`baseline (split lines + one regex per line) ${floorMs.toFixed(1)} ms; target ≥ 200 pages/s`);
  return {
    bench: 'minutes',
    pages: parsed,
    pagesPerSecond,
    parseMs: Math.round(parseMs),
    baseline: 'split-lines-regex',
    baselineMs: Math.round(floorMs * 10) / 10,
    ratio: Math.round((parseMs / floorMs) * 10) / 10,
    target: 200,
    meetsTarget: pagesPerSecond >= 200,
  };
}
