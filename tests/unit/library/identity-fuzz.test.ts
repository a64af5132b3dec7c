/**
 * Seeded fuzz of meeting identity (issue 14): every real page under ../shared/fixtures, variants
 * with their headers cut off, agendas and files that are not minutes, imported in random orders,
 * with council sync from the local stand-in in between and the member's own work added as it goes.
 * After every step:
 *  - no meeting holds rows or files from two files that do not agree on council, committee and date;
 *  - every imported file can still be found (its record, its bytes, its items in its meeting);
 *  - no committee spans two councils;
 *  - the member's notes, action statuses and declarations made earlier are all there.
 * IDENTITY_FUZZ_SEED picks the seed (printed on failure); IDENTITY_FUZZ_ROUNDS how many orders.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Input, Method, Output } from '../../../shared/contract';
import type { ParsedMinutes } from '../../../shared/types/minutes';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/api/handlers';
import { readMinutes } from '../../../main/library/import-file';
import { foldName } from '../../../main/library/keys';
import { readBlob, sha256 } from '../../../main/store/blobs';
import { mulberry32 } from '../../helpers/prng';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';
import { followCabinet, makeWorld, runSync, type World } from '../sync/setup';

const SEED = Number(process.env.IDENTITY_FUZZ_SEED ?? 20261202);
const ROUNDS = Number(process.env.IDENTITY_FUZZ_ROUNDS ?? 2);

interface Candidate {
  name: string;
  bytes: Buffer;
}

interface Facts {
  council: string | null;
  domain: string | null;
  committee: string | null;
  date: string | null;
}

function corpus(): Candidate[] {
  const out: Candidate[] = [];
  for (const dir of ['minutes', 'minutes-excerpts', 'minutes-corpus']) {
    for (const f of fs.readdirSync(path.join(SHARED_FIXTURES, dir)).sort()) {
      if (!f.endsWith('.txt') && !f.endsWith('.html')) continue;
      out.push({ name: f, bytes: fs.readFileSync(path.join(SHARED_FIXTURES, dir, f)) });
    }
  }
  for (const xml of ['gloucester/GetMeeting_7837.xml', 'manchester/GetMeeting_4967.xml']) {
    out.push({ name: path.basename(xml), bytes: fs.readFileSync(path.join(SHARED_FIXTURES, 'moderngov', xml)) });
  }
  out.push({ name: 'README.md', bytes: fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md')) });
  return out;
}

/** The same page with its first lines (the header) cut off, as a partial copy would be. */
function headless(c: Candidate, random: () => number): Candidate | null {
  if (c.name.endsWith('.xml') || c.name.endsWith('.md')) return null;
  const lines = c.bytes.toString('utf8').split('\n');
  if (lines.length < 12) return null;
  const cut = 2 + Math.floor(random() * 6);
  return { name: c.name.replace(/\.(txt|html)$/, `-headless-${cut}.$1`), bytes: Buffer.from(lines.slice(cut).join('\n')) };
}

const fold = (s: string | null) => (s ? foldName(s) : null);

/** Two files may share a meeting only when they agree on committee and date, and on council where both name one. */
function agree(a: Facts, b: Facts): boolean {
  if (!a.committee || !b.committee || fold(a.committee) !== fold(b.committee)) return false;
  if (!a.date || a.date !== b.date) return false;
  if (a.domain && b.domain && a.domain !== b.domain) return false;
  if (a.council && b.council && fold(a.council) !== fold(b.council)) return false;
  return true;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

async function fuzzRound(seed: number): Promise<void> {
  const random = mulberry32(seed);
  const w: World = await makeWorld();
  const handlers = createHandlers(w.store);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  const db = w.store.db;
  const facts = new Map<string, Facts>();
  const parsedBySha = new Map<string, ParsedMinutes>();
  const imported = new Map<string, { name: string; bytes: Buffer }>();
  const refused = new Set<string>();
  const notes = new Map<number, string>();
  const statuses = new Map<number, string>();
  const declarations = new Map<number, string>();
  try {
    await followCabinet(w);
    const base = corpus();
    const steps: Array<Candidate | 'sync'> = shuffle(
      [...base, ...base.map((c) => headless(c, random)).filter((c): c is Candidate => c !== null), 'sync', 'sync', 'sync'],
      random,
    );
    let step = 0;
    for (const next of steps) {
      step++;
      const where = `seed ${seed}, step ${step} (${next === 'sync' ? 'sync' : next.name})`;
      if (next === 'sync') {
        const report = await runSync(w);
        expect(report.status).toBe('done');
        // What sync wrote: its council, its committee, the meeting's date.
        const rows = db
          .prepare(
            `SELECT i.sha256, co.name AS council, co.domain, c.name AS committee, m.date FROM imports i
             JOIN meetings m ON m.id = i.meeting_id JOIN committees c ON c.id = m.committee_id JOIN councils co ON co.id = c.council_id
             WHERE i.input_kind = 'moderngov-sync'`,
          )
          .all() as Array<{ sha256: string; council: string; domain: string; committee: string; date: string }>;
        for (const r of rows) if (!facts.has(r.sha256)) facts.set(r.sha256, { council: r.council, domain: r.domain, committee: r.committee, date: r.date });
      } else {
        const sha = sha256(next.bytes);
        let parsed: ParsedMinutes | null = null;
        try {
          parsed = (await readMinutes(next.name, next.bytes)).parsed;
        } catch {
          parsed = null;
        }
        const outcome = await call('import.file', { name: next.name, data: new Uint8Array(next.bytes) });
        if (parsed === null) {
          expect({ where, status: outcome.status }).toEqual({ where, status: 'failed' });
          refused.add(sha);
        } else {
          expect({ where, status: outcome.status === 'failed' ? outcome.message : 'ok' }).toEqual({ where, status: 'ok' });
          facts.set(sha, { council: parsed.council, domain: parsed.councilDomain ?? null, committee: parsed.committee, date: parsed.date });
          parsedBySha.set(sha, parsed);
          imported.set(sha, next);
        }
      }

      // The member works as they go: a note on an item, an action's status, a declaration made.
      if (random() < 0.25) {
        const item = db.prepare('SELECT id FROM items ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(random() * 50)) as { id: number } | undefined;
        if (item) {
          const body = `Note ${step} of seed ${seed}`;
          const a = await call('annotations.createForTarget', { target: 'item', itemId: item.id, kind: 'note', body });
          notes.set(a.id, body);
        }
        const entry = db.prepare('SELECT id FROM action_entries ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(random() * 10)) as { id: number } | undefined;
        if (entry) {
          const status = (['in-progress', 'done', 'dropped'] as const)[Math.floor(random() * 3)] as 'in-progress' | 'done' | 'dropped';
          await call('actions.update', { ids: [entry.id], status, note: `step ${step}` });
          statuses.set(entry.id, status);
        }
        const meeting = db.prepare('SELECT id FROM meetings ORDER BY id LIMIT 1 OFFSET ?').get(Math.floor(random() * 20)) as { id: number } | undefined;
        if (meeting) {
          const nature = `Governor of a school, declared at step ${step}`;
          const saved = await call('interests.declarations.save', {
            meetingId: meeting.id, itemId: null, itemText: '', interestId: null, category: 'other-registrable', nature, withdrew: false, dispensation: false, dispensationDetails: '',
          });
          declarations.set(saved.id, nature);
        }
      }
      checkInvariants(where);
    }
  } finally {
    await w.cleanup();
  }

  function checkInvariants(where: string): void {
    // 1. One meeting, files that agree.
    const meetings = db.prepare('SELECT id FROM meetings').pluck().all() as number[];
    for (const meetingId of meetings) {
      const shas = db
        .prepare(
          `SELECT sha256 FROM imports WHERE meeting_id = @m
           UNION SELECT source_sha256 FROM items WHERE meeting_id = @m AND source_sha256 IS NOT NULL
           UNION SELECT source_sha256 FROM decisions WHERE meeting_id = @m AND source_sha256 IS NOT NULL
           UNION SELECT source_sha256 FROM declarations WHERE meeting_id = @m AND source_sha256 IS NOT NULL
           UNION SELECT source_sha256 FROM attendance WHERE meeting_id = @m AND source_sha256 IS NOT NULL`,
        )
        .pluck()
        .all({ m: meetingId }) as string[];
      for (let i = 0; i < shas.length; i++) {
        for (let j = i + 1; j < shas.length; j++) {
          const a = facts.get(shas[i] as string);
          const b = facts.get(shas[j] as string);
          if (!a || !b) continue;
          if (!agree(a, b)) {
            throw new Error(`${where}: meeting ${meetingId} holds files that do not agree: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
          }
        }
      }
    }
    // 2. Every file can still be found; refused files left nothing.
    for (const [sha, file] of imported) {
      const row = db.prepare('SELECT meeting_id, status FROM imports WHERE sha256 = ?').get(sha) as { meeting_id: number; status: string } | undefined;
      if (!row) throw new Error(`${where}: ${file.name} has no import record`);
      expect(Buffer.from(readBlob(w.store, sha)).equals(file.bytes)).toBe(true);
      if (row.status !== 'applied') continue;
      for (const item of parsedBySha.get(sha)?.items ?? []) {
        const found = db
          .prepare('SELECT 1 FROM items WHERE meeting_id = ? AND (title = ? OR (number IS NOT NULL AND number = ?))')
          .get(row.meeting_id, item.title, item.number);
        if (!found) throw new Error(`${where}: item “${item.title}” of ${file.name} is not in meeting ${row.meeting_id}`);
      }
    }
    for (const sha of refused) if (db.prepare('SELECT 1 FROM imports WHERE sha256 = ?').get(sha)) throw new Error(`${where}: a refused file was stored`);
    // 3. No committee spans two councils: the councils its meetings' files name are one.
    const committees = db.prepare('SELECT id FROM committees').pluck().all() as number[];
    for (const committeeId of committees) {
      const shas = db.prepare('SELECT i.sha256 FROM imports i JOIN meetings m ON m.id = i.meeting_id WHERE m.committee_id = ?').pluck().all(committeeId) as string[];
      const named = shas.map((s) => facts.get(s)).filter((f): f is Facts => f !== undefined);
      const domains = new Set(named.map((f) => f.domain).filter(Boolean));
      const councils = new Set(named.map((f) => fold(f.council)).filter(Boolean));
      if (domains.size > 1 || councils.size > 1) throw new Error(`${where}: committee ${committeeId} spans councils ${[...domains, ...councils].join(', ')}`);
    }
    // 4. The member's work is all there.
    for (const [id, body] of notes) expect({ where, body: db.prepare('SELECT body FROM annotations WHERE id = ?').pluck().get(id) }).toEqual({ where, body });
    for (const [id, status] of statuses) expect({ where, status: db.prepare('SELECT status FROM action_entries WHERE id = ?').pluck().get(id) }).toEqual({ where, status });
    for (const [id, nature] of declarations) expect({ where, nature: db.prepare('SELECT nature FROM my_declarations WHERE id = ?').pluck().get(id) }).toEqual({ where, nature });
  }
}

describe('meeting identity under random imports and syncs', () => {
  for (let round = 0; round < ROUNDS; round++) {
    test(`round ${round + 1} (seed ${SEED + round})`, async () => {
      await fuzzRound(SEED + round);
    }, 240_000);
  }
});
