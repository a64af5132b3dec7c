import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { detectMinutesKind, MinutesFormatError, parseMinutes, parseMinutesHtml, parseMinutesText } from '../../../main/minutes';
import type { ParsedMinutes } from '../../../shared/types/minutes';
import { LOCAL, local, shared, SHARED } from './helpers/fixtures';

const NATURES = ['disclosable-pecuniary', 'other-registrable', 'non-registrable', 'non-pecuniary', 'personal', 'prejudicial', 'financial', 'non-financial', 'unspecified'];
const KINDS = ['noted', 'procedural', 'recommendation', 'action'];
const strOrNull = (v: unknown) => v === null || typeof v === 'string';

function expectContractShape(r: ParsedMinutes): void {
  // (Minutes read from text say how much of the decisions before the first item was read, and the sentences behind a
  // state not read in full; an agenda has none to read, and the web service's XML is not checked.)
  // (Nor are the declarations passages not read, kept only where some were read and some not.)
  expect(Object.keys(r).filter((k) => k !== 'introDecisionsState' && k !== 'introDecisionSentences' && k !== 'declarationsNotRead').sort()).toEqual([
    'apologies', 'attendanceNamedElsewhere', 'attendanceState', 'committee', 'council', 'councilDomain', 'date', 'decisions', 'declarations', 'declarationsState', 'document', 'endTime', 'items', 'remoteMeetingId', 'sourceAddress', 'startTime', 'venue',
  ]);
  expect(['minutes', 'agenda']).toContain(r.document);
  const states = [undefined, 'read', 'partial', 'unread', 'none'];
  expect(states).toContain(r.introDecisionsState);
  // The sentences only with a state not read in full, and then at least one.
  expect(r.introDecisionSentences === undefined || ((r.introDecisionsState === 'partial' || r.introDecisionsState === 'unread') && r.introDecisionSentences.length > 0 && r.introDecisionSentences.every((s) => typeof s === 'string' && s.length > 0))).toBe(true);
  for (const i of r.items) expect(states).toContain(i.decisionsState);
  if (r.document === 'agenda') expect([r.introDecisionsState, ...r.items.map((i) => i.decisionsState)].every((x) => x === undefined)).toBe(true);
  expect(['read', 'partial', 'unread', 'absent']).toContain(r.attendanceState);
  expect(r.attendanceNamedElsewhere?.every((n) => typeof n === 'string' && /^\S+\s+\S/.test(n))).toBe(true);
  for (const k of ['council', 'councilDomain', 'sourceAddress', 'remoteMeetingId', 'committee', 'date', 'startTime', 'endTime', 'venue'] as const) expect(strOrNull(r[k])).toBe(true);
  if (r.date) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const t of [r.startTime, r.endTime]) if (t) expect(t).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  expect(r.apologies.every((a) => typeof a === 'string' && a.length > 0 && !/^(?:Councillor|Cllr)\b/.test(a))).toBe(true);
  for (const i of r.items) {
    expect(strOrNull(i.number)).toBe(true);
    expect(typeof i.title).toBe('string');
    expect(typeof i.exempt).toBe('boolean');
    expect(typeof i.truncated).toBe('boolean');
    expect(typeof i.agendaText).toBe('string');
    expect(typeof i.minutesText).toBe('string');
    for (const d of i.documents) {
      expect(['pdf', 'docx', 'html', 'other']).toContain(d.format);
      expect(d.sizeKb === null || (typeof d.sizeKb === 'number' && Number.isFinite(d.sizeKb))).toBe(true);
    }
  }
  for (const d of r.declarations) {
    expect(typeof d.member).toBe('string');
    expect(NATURES).toContain(d.nature);
    expect(typeof d.withdrew).toBe('boolean');
    expect(strOrNull(d.item)).toBe(true);
  }
  for (const d of r.decisions) {
    expect(KINDS).toContain(d.kind);
    expect(typeof d.text).toBe('string');
    expect(strOrNull(d.label) && strOrNull(d.owner) && strOrNull(d.due) && strOrNull(d.item)).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('detectMinutesKind and MinutesFormatError', () => {
  test('kinds are sniffed from content', () => {
    expect(detectMinutesKind('x.pdf', shared('minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt'))).toBe('pdf-text');
    expect(detectMinutesKind('x.txt', shared('minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt'))).toBe('text');
    expect(detectMinutesKind('x.txt', local('moderngov-saved-page.html'))).toBe('html');
    expect(detectMinutesKind('x.html', shared('moderngov/manchester/GetMeeting_4967.xml'))).toBe('moderngov-xml');
  });

  test.each([
    ['empty', ''],
    ['whitespace', '   \n\t\n  '],
    ['PNG bytes decoded as UTF-8', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xff, 0xfe, 0x10, 0x02]).toString('utf8').repeat(20)],
    ['raw PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj'],
    ['random prose', 'It was a bright cold day in April, and the clocks were striking thirteen. Winston Smith slipped quickly through the glass doors of Victory Mansions, though not quickly enough to prevent a swirl of gritty dust from entering along with him.'],
    ['HTML page without meeting structure', '<html><body><h1>Recipes</h1><p>Mix flour and water.</p><p>Bake for an hour.</p></body></html>'],
    ['unrelated XML', '<?xml version="1.0"?><catalog><book id="1"><title>XML</title></book></catalog>'],
  ])('%s → MinutesFormatError with a user-facing sentence', (_name, input) => {
    expect(() => parseMinutes('file.txt', input)).toThrow(MinutesFormatError);
    try {
      parseMinutes('file.txt', input);
    } catch (e) {
      expect((e as Error).message).toMatch(/^This file does not look like council minutes: .+\.$/);
    }
  });

  test('parseMinutesText and parseMinutesHtml also refuse non-minutes', () => {
    expect(() => parseMinutesText('Shopping list: eggs, milk, bread.')).toThrow(MinutesFormatError);
    expect(() => parseMinutesHtml('<p>Hello world</p>')).toThrow(MinutesFormatError);
  });
});

/** Deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const textFixtures: [string, string][] = [
  ...['minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt', 'minutes/leicester-cype-scope-review-item.txt', 'minutes/leeds-scrutiny-macalister-item.txt'].map(
    (f): [string, string] => [f, shared(f)],
  ),
  ...readdirSync(path.join(SHARED, 'minutes-excerpts')).map((f): [string, string] => [f, shared(`minutes-excerpts/${f}`)]),
  ['moderngov-saved-page.html', local('moderngov-saved-page.html')],
  ['anytown-printed-minutes.pdf.txt', local('anytown-printed-minutes.pdf.txt')],
  ...readdirSync(path.join(LOCAL, 'styles')).map((f): [string, string] => [f, local(`styles/${f}`)]),
  ['GetMeeting_7837.xml', shared('moderngov/gloucester/GetMeeting_7837.xml')],
  ['GetMeeting_4967.xml', shared('moderngov/manchester/GetMeeting_4967.xml')],
];

function tryParse(name: string, input: string): void {
  try {
    expectContractShape(parseMinutes(name, input));
  } catch (e) {
    if (!(e instanceof MinutesFormatError)) throw e;
  }
}

describe('fuzz: truncated prefixes and shuffled paragraphs never throw anything but MinutesFormatError', () => {
  test.each(textFixtures)('%s', (name, input) => {
    expectContractShape(parseMinutes(name, input));
    const rand = rng(name.length * 7919);
    for (let k = 1; k <= 25; k++) tryParse(name, input.slice(0, Math.floor((input.length * k) / 25)));
    for (let k = 0; k < 10; k++) tryParse(name, input.slice(0, Math.floor(rand() * input.length)));
    const paras = input.split(/\n\s*\n/);
    for (let k = 0; k < 10; k++) {
      const shuffled = [...paras].sort(() => rand() - 0.5);
      tryParse(name, shuffled.join('\n\n'));
    }
    // line-level damage: drop random lines, join others
    const lines = input.split('\n');
    for (let k = 0; k < 5; k++) tryParse(name, lines.filter(() => rand() > 0.3).join(rand() > 0.5 ? '\n' : ' '));
  });
});

/** The time one call takes, in milliseconds. */
const timed = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/**
 * Linear, not catastrophic: the whole input takes at most ten times what a quarter of it takes (linear work is four
 * times, quadratic sixteen), both measured in the same run, so a busy machine slows both alike; a fixed limit in
 * seconds failed on a loaded CI machine with nothing wrong. The quarter is parsed once first to warm the code, and its
 * time is the better of two (the whole's too, when its first run is over the line); a ceiling of 30 s still catches a
 * parse that never ends.
 */
function expectLinear(make: (scale: number) => string, parse: (text: string) => void): void {
  const quarter = make(0.25);
  parse(quarter);
  const part = Math.max(Math.min(timed(() => parse(quarter)), timed(() => parse(quarter))), 25);
  // (The whole, too, is the better of two runs when the first is over the line: a garbage collection in one run of a
  // few seconds on a busy machine is not the parser's work growing.)
  const input = make(1);
  const first = timed(() => parse(input));
  const whole = first < part * 10 ? first : Math.min(first, timed(() => parse(input)));
  expect(whole).toBeLessThan(part * 10);
  expect(whole).toBeLessThan(30_000);
}

describe('performance', () => {
  const leicester = shared('minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt');

  test('2 MB of minutes text parses in time linear in its length', () => {
    // One long meeting: the item list repeated with item numbers continuing (109…121, 122…134, …).
    const big = (scale: number) => {
      const copies = Math.ceil((2_000_000 * scale) / leicester.length);
      return Array.from({ length: copies }, (_, k) => leicester.replace(/^(1[0-2]\d)\.$/gm, (_m, n: string) => `${Number(n) + 13 * k}.`)).join('\n\n');
    };
    expect(big(1).length).toBeGreaterThan(2_000_000);
    expect(parseMinutesText(big(1)).items).toHaveLength(13 * Math.ceil(2_000_000 / leicester.length));
    // (~2 MB is ≈ 700 pages of minutes: about 2 s on a quiet machine; `npm run bench -- minutes` measures the speed.)
    expectLinear(big, (t) => parseMinutesText(t));
  });

  test.each([
    ['a sentence repeated on one line', (s: number) => `Agenda item\n\nMinutes:\n\n${'Councillor Smith declared that '.repeat(Math.round(70_000 * s))}`],
    ['"a) That" repeated after RESOLVED', (s: number) => `RESOLVED: ${'a) That '.repeat(Math.round(250_000 * s))}`],
    ['"1." on every line', (s: number) => `Minutes:\n${'1.\n'.repeat(Math.round(300_000 * s))}`],
    ['a heading that never ends', (s: number) => `Minutes of the meeting of the ${'Committee of the '.repeat(Math.round(100_000 * s))} held on`],
  ])('pathological input (%s) parses in time linear in its length', (_what, make) => {
    expectLinear(make, (t) => tryParse('x.txt', t));
  });

  test('2 MB saved HTML page parses in time linear in its length', () => {
    const html = local('moderngov-saved-page.html');
    const body = html.slice(html.indexOf('<table'), html.indexOf('</table>') + 8);
    const big = (scale: number) => `<html><body><h1>Agenda and minutes</h1>${body.repeat(Math.ceil((2_000_000 * scale) / body.length))}</body></html>`;
    expect(parseMinutesHtml(big(1)).items.length).toBeGreaterThan(6);
    expectLinear(big, (t) => parseMinutesHtml(t));
  });
});
