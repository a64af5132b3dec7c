/**
 * Malformed payloads against EVERY contract method, through the real boundary (dispatch, and a
 * sample through the preview HTTP server) with the real handlers on a real, seeded store.
 *
 * The payloads are derived from each method's own zod schema (as JSON Schema): a valid base payload
 * is built and proved valid, then broken one way at a time — a field of the wrong type, out of range,
 * too long, not matching its pattern, missing, an unknown or prototype-polluting key, a non-object
 * payload — and in seeded random combinations. Every one must come back as a typed invalid-input
 * error without any handler running, the database must be byte-for-byte unchanged, and no prototype
 * polluted. The PRNG is seeded (FUZZ_SEED overrides), so a failure reproduces.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, type Handlers } from '../../../main/api/handlers';
import { startPreviewServer, type PreviewServer } from '../../../main/preview/server';
import { openStore, type Store } from '../../../main/store/database';
import { MAX_IMPORT_BYTES, contract, methods, type Method } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { decodeWire, encodeWire } from '../../../shared/wire';
import { SHARED_FIXTURES, makeTempDir } from '../../helpers/temp-dir';
import { mulberry32 as prng } from '../../helpers/prng';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5c2071);
const RANDOM_CASES_PER_METHOD = 40;

// ---- JSON Schema of each method's input, from zod ----

interface JS {
  type?: string | string[];
  properties?: Record<string, JS>;
  required?: string[];
  additionalProperties?: boolean | JS;
  items?: JS;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JS[];
  oneOf?: JS[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  $ref?: string;
  'x-bytes'?: true;
}

function schemaOf(method: Method): JS {
  return z.toJSONSchema(contract[method].input as z.ZodType, {
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      // The file-contents type is a z.custom (a Uint8Array): mark it so the generator knows.
      const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'custom') (ctx.jsonSchema as Record<string, unknown>)['x-bytes'] = true;
    },
  }) as JS;
}

/** Splits "X or null" into X and whether null is allowed. */
function unwrap(js: JS): { js: JS; nullable: boolean } {
  const options = js.anyOf ?? js.oneOf;
  if (options && options.some((o) => o.type === 'null')) {
    const rest = options.filter((o) => o.type !== 'null');
    return { js: rest.length === 1 ? (rest[0] as JS) : { ...js, anyOf: rest, oneOf: undefined }, nullable: true };
  }
  if (Array.isArray(js.type) && js.type.includes('null')) return { js: { ...js, type: js.type.filter((t) => t !== 'null') }, nullable: true };
  return { js, nullable: false };
}

/** Realistic strings for known patterns; any other pattern gets a string built by sampleFor. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': '2025-01-14',
  '^[A-Za-z0-9_-]{1,64}$': 'fuzz-job-1',
};

/**
 * A string matching a simple regular expression (anchors, groups, alternation, classes, \d \w,
 * quantifiers): the first alternative, the first character of each class, the fewest repetitions.
 * Enough for the contract's patterns; checked against the pattern by the caller.
 */
function sampleFor(pattern: string): string {
  let i = 0;
  const atom = (): string => {
    const c = pattern[i++] ?? '';
    if (c === '\\') {
      const e = pattern[i++] ?? '';
      return e === 'd' ? '0' : e === 'w' ? 'a' : e === 's' ? ' ' : e;
    }
    if (c === '[') {
      let first = pattern[i] === '\\' ? (pattern[i + 1] ?? '') : (pattern[i] ?? '');
      if (first === '^') throw new Error(`negated class in ${pattern}`);
      if (first === 'd' && pattern[i] === '\\') first = '0';
      while (pattern[i] !== ']' && i < pattern.length) i += pattern[i] === '\\' ? 2 : 1;
      i++;
      return first;
    }
    if (c === '(') {
      if (pattern.startsWith('?:', i)) i += 2;
      const body = sequence();
      i++; // ')'
      return body;
    }
    if (c === '.') return 'a';
    return c;
  };
  const sequence = (): string => {
    let out = '';
    let chosen: string | null = null;
    while (i < pattern.length && pattern[i] !== ')') {
      if (pattern[i] === '|') {
        chosen ??= out;
        out = '';
        i++;
        continue;
      }
      if (pattern[i] === '^' || pattern[i] === '$') {
        i++;
        continue;
      }
      const piece = atom();
      const q = pattern[i];
      let times = 1;
      if (q === '{') {
        const close = pattern.indexOf('}', i);
        times = Number(pattern.slice(i + 1, close).split(',')[0]);
        i = close + 1;
      } else if (q === '?' || q === '*') {
        times = 0;
        i++;
      } else if (q === '+') {
        i++;
      }
      out += piece.repeat(times);
    }
    return chosen ?? out;
  };
  return sequence();
}

function validValue(schema: JS): unknown {
  const { js } = unwrap(schema);
  if (js.$ref) throw new Error(`the fuzz generator does not follow $ref (${js.$ref})`);
  if (js['x-bytes']) return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
  if ('const' in js) return js.const;
  if (js.enum) return js.enum[0];
  const options = js.anyOf ?? js.oneOf;
  if (options) return validValue(options[0] as JS);
  switch (js.type) {
    case 'integer':
    case 'number': {
      const low = js.exclusiveMinimum !== undefined ? js.exclusiveMinimum + 1 : (js.minimum ?? 1);
      return Math.min(Math.max(low, 1), js.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return true;
    case 'string': {
      if (js.pattern) {
        const sample = PATTERN_SAMPLES[js.pattern] ?? sampleFor(js.pattern);
        if (!new RegExp(js.pattern).test(sample)) throw new Error(`add a sample for the pattern ${js.pattern} to PATTERN_SAMPLES`);
        return sample;
      }
      return 'Fuzz'.padEnd(js.minLength ?? 0, 'z').slice(0, js.maxLength ?? 100);
    }
    case 'array':
      return js.maxItems === 0 ? [] : [validValue(js.items ?? {})];
    case 'object':
      return validObject(js);
    default:
      throw new Error(`the fuzz generator does not know the schema ${JSON.stringify(js).slice(0, 200)}`);
  }
}

/** The required properties only: the smallest valid payload. */
function validObject(js: JS): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of js.required ?? []) out[key] = validValue(js.properties?.[key] ?? {});
  return out;
}

// ---- values that are invalid for a given schema ----

const HUGE = 'x'.repeat(2 * 1024 * 1024);
const deepObject = (depth: number): unknown => {
  let v: unknown = { end: true };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const deepArray = (depth: number): unknown => {
  let v: unknown = [1];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const protoObject = () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown;

/** Values of every JavaScript kind; each schema type removes the kinds it accepts. */
const ANY_KIND: { kind: string; value: () => unknown }[] = [
  { kind: 'string', value: () => '' },
  { kind: 'string', value: () => 'x' },
  { kind: 'string', value: () => '1' },
  { kind: 'string', value: () => 'true' },
  { kind: 'string', value: () => '__proto__' },
  { kind: 'string', value: () => 'a\0b' },
  { kind: 'string', value: () => HUGE },
  { kind: 'number', value: () => 0 },
  { kind: 'number', value: () => 1 },
  { kind: 'number', value: () => -1 },
  { kind: 'number', value: () => 1.5 },
  { kind: 'boolean', value: () => true },
  { kind: 'boolean', value: () => false },
  { kind: 'array', value: () => [] },
  { kind: 'array', value: () => [1, 'two', null] },
  { kind: 'array', value: () => deepArray(2000) },
  { kind: 'object', value: () => ({}) },
  { kind: 'object', value: () => protoObject() },
  { kind: 'object', value: () => deepObject(2000) },
  { kind: 'bigint', value: () => 1n },
  { kind: 'symbol', value: () => Symbol('fuzz') },
  { kind: 'function', value: () => () => 'called' },
  { kind: 'date', value: () => new Date(0) },
  { kind: 'map', value: () => new Map([['meetingId', 1]]) },
  { kind: 'typed', value: () => new Uint16Array([1, 2]) },
  { kind: 'buffer', value: () => new ArrayBuffer(4) },
];
/** Never a valid number in the contract (zod refuses non-finite numbers). */
const NON_FINITE = [NaN, Infinity, -Infinity];

const OVERSIZED_BYTES = new Uint8Array(MAX_IMPORT_BYTES + 1);

function invalidValues(schema: JS): unknown[] {
  const { js, nullable } = unwrap(schema);
  const out: unknown[] = [];
  if (!nullable) out.push(null);
  const accepted = new Set<string>();
  const options = js.anyOf ?? js.oneOf;
  if (options) {
    // A union other than "X or null": only values no option could accept.
    for (const o of options) for (const k of kindsOf(o)) accepted.add(k);
  } else {
    for (const k of kindsOf(js)) accepted.add(k);
  }
  for (const { kind, value } of ANY_KIND) if (!accepted.has(kind)) out.push(value());

  if (js['x-bytes']) out.push(OVERSIZED_BYTES, [0x25, 0x50], { $bytes: 'JVBERg==' }, new Int8Array(4), new DataView(new ArrayBuffer(4)));
  if ('const' in js) out.push(`${String(js.const)}-other`, String(js.const).toUpperCase());
  if (js.enum) out.push(...['not-a-member', '__proto__', 'constructor', `${String(js.enum[0])} `, String(js.enum[0]).toUpperCase()].filter((v) => !js.enum?.includes(v)));
  if (js.type === 'integer' || js.type === 'number') {
    out.push(...NON_FINITE);
    if (js.exclusiveMinimum !== undefined) out.push(js.exclusiveMinimum, js.exclusiveMinimum - 1, -1e9);
    if (js.minimum !== undefined) out.push(js.minimum - 1);
    if (js.maximum !== undefined) out.push(js.maximum + 1, Number.MAX_VALUE);
    if (js.type === 'integer') out.push(1.5, 2 ** 53 + 2, -0.5);
  }
  if (js.type === 'string' && !js.enum && !('const' in js)) {
    if (js.maxLength !== undefined) out.push('y'.repeat(js.maxLength + 1));
    if (js.maxLength !== undefined && js.maxLength < HUGE.length) out.push(HUGE);
    if ((js.minLength ?? 0) > 0) out.push('');
    if (js.pattern) {
      const re = new RegExp(js.pattern);
      out.push(...['', '2025-1-4', '14/01/2025', '../../etc/passwd', 'a\0b', 'z'.repeat(65), '<script>', ' 2025-01-14', '2025-01-14\n', 'job id'].filter((v) => !re.test(v)));
    }
  }
  if (js.type === 'array') {
    const item = js.items ?? {};
    if (js.maxItems !== undefined) out.push(Array.from({ length: js.maxItems + 1 }, () => validValue(item)));
    if ((js.minItems ?? 0) > 0) out.push([]);
    for (const bad of invalidValues(item).slice(0, 6)) out.push([bad]);
    out.push([validValue(item), deepArray(50)].filter(() => kindsOf(item).has('array') === false));
  }
  if (js.type === 'object') {
    out.push({ ...validObject(js), unexpected: 1 });
    out.push(Object.assign(JSON.parse('{"__proto__": {"polluted": "yes"}}') as object, validObject(js)));
    for (const key of js.required ?? []) {
      const missing = validObject(js);
      delete missing[key];
      out.push(missing);
    }
  }
  return out;
}

/** The JavaScript kinds a schema accepts (before constraints). */
function kindsOf(schema: JS): Set<string> {
  const { js, nullable } = unwrap(schema);
  const kinds = new Set<string>(nullable ? ['null'] : []);
  if (js['x-bytes']) return new Set([...kinds, 'bytes']);
  if ('const' in js || js.enum) {
    const values = 'const' in js ? [js.const] : (js.enum ?? []);
    for (const v of values) kinds.add(typeof v);
    return kinds;
  }
  for (const o of js.anyOf ?? js.oneOf ?? []) for (const k of kindsOf(o)) kinds.add(k);
  const types = Array.isArray(js.type) ? js.type : js.type ? [js.type] : [];
  for (const t of types) kinds.add(t === 'integer' ? 'number' : t);
  // A schema without a type (z.unknown, a custom type other than bytes) accepts anything: nothing is "wrong" for it.
  if (types.length === 0 && !js.anyOf && !js.oneOf) for (const { kind } of ANY_KIND) kinds.add(kind);
  return kinds;
}

/** Extra keys no input object allows (every input object is strict). */
const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'id ', 'ïd', 'a\0', 'isAdmin', '$bytes', '0'];

/** Values the JSON Schema cannot describe (zod refinements) but the contract refuses. */
const REFINED: Partial<Record<Method, Record<string, unknown[]>>> = {
  'import.file': { name: ['../../etc/passwd', 'a/b.pdf', 'a\\b.pdf', 'a\0.pdf'] },
  'minutes.parse': { name: ['../minutes.html', 'C:\\minutes.html', 'x\0'] },
};

/** Valid payloads where the schema's shape alone is not enough (a refinement across fields). */
const BASE: Partial<Record<Method, Record<string, unknown>>> = {
  'papers.fileRange': { versionId: 1, begin: 0, end: 65536 },
};

interface Case {
  method: Method;
  label: string;
  payload: unknown;
}

/** Each option of a discriminated union is its own object schema with its own base. */
const objectSchemas = (js: JS): JS[] => (js.oneOf ?? js.anyOf ?? [js]).filter((o) => o.type === 'object');

function withKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function casesFor(method: Method, random: () => number): Case[] {
  const js = schemaOf(method);
  const cases: Case[] = [];
  const hasRequired = objectSchemas(js).every((o) => (o.required ?? []).length > 0);

  for (const { kind, value } of ANY_KIND) if (kind !== 'object' && kind !== 'date' && kind !== 'map') cases.push({ method, label: `top-level ${kind}`, payload: value() });
  for (const value of [...NON_FINITE, new Uint8Array(3), new Date(0), new Map(), new Set([1]), new Error('x'), Promise.resolve(), /x/]) {
    cases.push({ method, label: `top-level ${Object.prototype.toString.call(value)}`, payload: value });
  }
  if (hasRequired) cases.push({ method, label: 'null', payload: null }, { method, label: 'undefined', payload: undefined }, { method, label: '{}', payload: {} });

  for (const option of objectSchemas(js)) {
    const mutations: { label: string; apply: (base: Record<string, unknown>) => Record<string, unknown> }[] = [];
    expect(option.additionalProperties).toBe(false); // every input object is .strict()
    const base = { ...validObject(option), ...(BASE[method] ?? {}) };
    const parsed = contract[method].input.safeParse(base);
    if (!parsed.success) throw new Error(`${method}: the generated base payload ${JSON.stringify(base)} is not valid (${parsed.error.issues[0]?.message}); teach the generator`);

    for (const key of EXTRA_KEYS.filter((k) => !(k in (option.properties ?? {})))) {
      mutations.push({ label: `extra key ${JSON.stringify(key)}`, apply: (b) => withKey(b, key, key === '__proto__' ? { polluted: 'yes' } : 1) });
    }
    mutations.push({ label: 'extra key via JSON __proto__', apply: (b) => Object.assign(JSON.parse('{"__proto__": {"polluted": "yes"}}') as object, b) });
    for (const [key, prop] of Object.entries(option.properties ?? {})) {
      const values = [...invalidValues(prop), ...(REFINED[method]?.[key] ?? [])];
      if ((option.required ?? []).includes(key)) values.push(undefined);
      values.forEach((value, i) => mutations.push({ label: `${key} #${i} (${show(value)})`, apply: (b) => withKey(b, key, value) }));
    }
    for (const m of mutations) cases.push({ method, label: m.label, payload: m.apply(base) });

    // Seeded combinations: two to four breakages at once (each one alone is enough to refuse).
    for (let i = 0; i < RANDOM_CASES_PER_METHOD; i++) {
      let payload: Record<string, unknown> = { ...base };
      const picked: string[] = [];
      const n = 2 + Math.floor(random() * 3);
      for (let j = 0; j < n; j++) {
        const m = mutations[Math.floor(random() * mutations.length)];
        if (!m) continue;
        payload = m.apply(payload);
        picked.push(m.label);
      }
      cases.push({ method, label: `random[${i}]: ${picked.join(' + ')}`, payload });
    }
  }
  return cases;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 20 ? `string(${value.length})` : JSON.stringify(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  if (value instanceof Uint8Array) return `Uint8Array(${value.byteLength})`;
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value && typeof value === 'object') return Object.prototype.toString.call(value);
  return String(value);
}

/** Payloads with megabytes in them are left to the in-process run (base64 of 60 MB is slow). */
function isLarge(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.length > 100_000;
  if (ArrayBuffer.isView(value)) return value.byteLength > 100_000;
  if (!value || typeof value !== 'object' || depth > 3) return false;
  return Object.values(value).some((v) => isLarge(v, depth + 1));
}

/** Only payloads JSON carries unchanged go over HTTP (the wire turns NaN into null, drops undefined, ...). */
function carriedByJson(c: Case): boolean {
  // Large and very deep payloads are left to the in-process run; one of each is sent over HTTP below.
  if (isLarge(c.payload, 0) || deeperThan(c.payload, 40)) return false;
  try {
    const text = encodeWire(c.payload);
    return text !== undefined && isDeepStrictEqual(decodeWire(text), c.payload);
  } catch {
    return false;
  }
}

function deeperThan(value: unknown, limit: number): boolean {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return false;
  if (limit === 0) return true;
  return Object.values(value).some((v) => deeperThan(v, limit - 1));
}

// ---- the store and its snapshot ----

/** Row count and a hash of every row, per table (virtual tables are covered by their shadow tables). */
function snapshot(store: Store): Record<string, string> {
  const tables = store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const rows = store.db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).raw().all() as unknown[][];
      const text = JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
      return [t, `${rows.length} rows, sha256 ${crypto.createHash('sha256').update(text).digest('hex')}`];
    }),
  );
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(','));

/** Counts handler calls without changing what they do. */
function countingHandlers(real: Handlers): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.entries(real).map(([name, fn]) => [
      name,
      (input: unknown) => {
        calls.push(name);
        return (fn as (i: unknown) => unknown)(input);
      },
    ]),
  ) as Handlers;
  return { handlers, calls };
}

const isRefusal = (reply: Result<unknown>, code = 'invalid-input') =>
  !reply.ok && reply.error.code === code && typeof reply.error.message === 'string' && !/\bat .*\.(ts|js):\d+/.test(reply.error.message);

describe('API fuzzing', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let handlers: Handlers;
  let calls: string[];
  let before: Record<string, string>;
  let protoBefore: string[];

  beforeAll(async () => {
    temp = makeTempDir();
    store = openStore(temp.dir);
    ({ handlers, calls } = countingHandlers(createHandlers(store)));
    // Real data, so a payload that slipped through would have something to change.
    const minutes = fs.readFileSync(path.join(SHARED_FIXTURES, 'minutes', 'leicester-cype-2025-01-14-agenda-and-minutes.txt'));
    const imported = await dispatch(handlers, 'import.file', { name: 'minutes.txt', data: new Uint8Array(minutes) });
    expect(imported.ok).toBe(true);
    const overview = await dispatch(handlers, 'library.overview', {});
    expect(overview.ok).toBe(true);
    const added = await dispatch(handlers, 'actions.add', { committeeId: 1, kind: 'action', what: 'Report back on school places' });
    expect(added).toMatchObject({ ok: true });
    calls.length = 0;
    before = snapshot(store);
    protoBefore = prototypeKeys();
  });
  afterAll(() => {
    store.close();
    temp.cleanup();
  });
  // Each test asserts on the handler calls it caused.
  beforeEach(() => {
    calls.length = 0;
  });

  it('builds strings for the patterns it meets', () => {
    for (const pattern of ['^\\d{4}-\\d{2}-\\d{2}$', '^[A-Za-z0-9_-]{1,64}$', '^(\\d{2}T(a|b)|x-\\d{1,4})$', '^(?:ab)+c?[\\w.]{3}$']) {
      expect([pattern, new RegExp(pattern).test(sampleFor(pattern))]).toEqual([pattern, true]);
    }
  });

  it('covers every method in the contract', () => {
    expect(methods.length).toBeGreaterThan(40);
    for (const method of methods) expect(() => schemaOf(method)).not.toThrow();
  });

  it.each(methods)('%s refuses every malformed payload at the boundary', async (method) => {
    const random = prng(SEED ^ [...method].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
    const cases = casesFor(method, random);
    expect(cases.length).toBeGreaterThan(30);
    const accepted: string[] = [];
    for (const c of cases) {
      const reply = await dispatch(handlers, c.method, c.payload);
      if (!isRefusal(reply)) accepted.push(`${c.label} -> ${JSON.stringify(reply).slice(0, 200)}`);
    }
    expect(accepted).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('refuses unknown and hostile method names', async () => {
    const names: unknown[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' library.overview', 'library.overview ', 'LIBRARY.OVERVIEW', 'library.overview\0', 'library', 'library.__proto__', 'fs.readFile', null, undefined, 1, {}, ['library.overview'], Symbol('library.overview')];
    for (const name of names) {
      const reply = await dispatch(handlers, name, {});
      expect([String(typeof name === 'symbol' ? 'symbol' : name), isRefusal(reply, 'unknown-method')]).toEqual([String(typeof name === 'symbol' ? 'symbol' : name), true]);
    }
    expect(calls).toEqual([]);
  });

  it('left the database unchanged and no prototype polluted', () => {
    expect(snapshot(store)).toEqual(before);
    expect(prototypeKeys()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  describe('through the preview HTTP server', () => {
    let server: PreviewServer;
    beforeAll(async () => {
      const rendererDir = path.join(temp.dir, 'renderer');
      fs.mkdirSync(rendererDir, { recursive: true });
      fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
      server = await startPreviewServer({ handlers, rendererDir });
    });
    afterAll(() => server.close());

    const post = (method: string, body: string | Buffer, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
        const req = http.request(
          `${server.origin}/api/${encodeURIComponent(method)}`,
          { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin, Authorization: `Bearer ${server.token}`, ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
          },
        );
        req.on('error', (error) => resolve({ error: error.message }));
        req.end(body);
      });

    it('refuses a seeded sample of malformed payloads with a typed error', async () => {
      const random = prng(SEED);
      const sample: Case[] = [];
      for (const method of methods) {
        const cases = casesFor(method, random).filter(carriedByJson);
        for (let i = 0; i < 3 && cases.length; i++) sample.push(cases.splice(Math.floor(random() * cases.length), 1)[0] as Case);
      }
      expect(sample.length).toBeGreaterThan(methods.length * 2);
      for (const c of sample) {
        const res = await post(c.method, encodeWire(c.payload));
        expect([c.method, c.label, res]).toEqual([c.method, c.label, { status: 200, body: expect.any(String) }]);
        const reply = decodeWire((res as { body: string }).body) as Result<unknown>;
        expect([c.method, c.label, isRefusal(reply)]).toEqual([c.method, c.label, true]);
      }
      expect(calls).toEqual([]);
    });

    it('refuses a wrong or missing token, a wrong or missing Origin, non-JSON, broken bytes and an oversized body', async () => {
      const body = encodeWire({ meetingId: 1 });
      expect(await post('library.meeting', body, { Authorization: 'Bearer wrong' })).toMatchObject({ status: 401 });
      expect(await post('library.meeting', body, { Authorization: '' })).toMatchObject({ status: 401 });
      expect(await post('library.meeting', body, { Authorization: `Bearer ${server.token}x` })).toMatchObject({ status: 401 });
      expect(await post('library.meeting', body, { Origin: 'http://127.0.0.1:1' })).toMatchObject({ status: 403 });
      expect(await post('library.meeting', body, { Origin: 'null' })).toMatchObject({ status: 403 });
      expect(await post('library.meeting', body, { 'Content-Type': 'text/plain' })).toMatchObject({ status: 415 });
      expect(await post('library.meeting', '{"meetingId": 1', {})).toMatchObject({ status: 400 });
      expect(await post('library.meeting', '\u0000\u0001garbage', {})).toMatchObject({ status: 400 });
      expect(await post('import.file', '{"name":"a.pdf","data":{"$bytes":"%%%not base64%%%"}}', {})).toMatchObject({ status: 400 });
      // Deeply nested JSON and a long string: refused as unreadable (400) or by the boundary (200), typed either way.
      for (const body of ['{"meetingId":' + '['.repeat(5000) + ']'.repeat(5000) + '}', JSON.stringify({ meetingId: 1, note: HUGE })]) {
        const res = await post('library.meeting', body);
        expect([200, 400]).toContain((res as { status: number }).status);
        expect(isRefusal(decodeWire((res as { body: string }).body) as Result<unknown>)).toBe(true);
      }
      const oversized = await post('import.file', Buffer.alloc(Math.ceil(MAX_IMPORT_BYTES * 1.4) + 256 * 1024, 0x61));
      // The server stops reading and answers 413, or drops the connection mid-upload; never a 200.
      if ('status' in oversized) expect(oversized.status).toBe(413);
      else expect(oversized.error).toMatch(/EPIPE|ECONNRESET|socket hang up/);
      // Still serving afterwards.
      const after = await post('library.overview', '{}');
      expect(after).toMatchObject({ status: 200 });
      expect(calls).toEqual(['library.overview']);
    }, 60000);

    it('still left the database unchanged', () => {
      expect(snapshot(store)).toEqual(before);
      expect(prototypeKeys()).toEqual(protoBefore);
    });
  });
});
