/**
 * What a travelling record looks like on the replica, and how two versions of it merge. Pure: no
 * database, no network. The merge is commutative and associative (and idempotent), so every device
 * that merges the same set of revisions, in any order, gets the same document: that is how devices
 * converge after CouchDB keeps conflicting revisions.
 *
 * Each field carries the hybrid-logical-clock stamp of the edit that set it ("hlc:device", fixed
 * width so strings compare in clock order). Status, owner, due date, colour, ticks, tags, deletion:
 * the later edit wins. Note text (an annotation's body) also keeps `seen`, the stamps of the versions
 * the editor had in front of them: a version that is neither the winner nor seen by it was written
 * concurrently, and is kept in `alts` for the member to merge, never dropped. Log entries and
 * evidence are sets keyed by a global id: the union.
 */

export interface Field<T> {
  v: T;
  /** The edit's clock: 16 hex digits of HLC, ':', the device id. */
  c: string;
}

export interface TextField extends Field<string> {
  /** Clocks of versions the editor had seen (the one they edited, conflicting ones they merged). */
  seen: string[];
}

/** A version of the note text written concurrently with the one shown: for the member to merge. */
export type Alt = TextField;

export interface MeetingKey {
  council: string; // councils.name_key
  committee: string; // committees.name_key
  meeting: string | null; // meetings.identity_key (the date, mostly)
  /** The meeting's ModernGov id or saved-from address (meeting_keys), where it has them. */
  strong?: string[];
}

export interface AnchorInfo {
  sha256: string;
  page: number;
  lastPage: number | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  start: number | null;
  end: number | null;
  rects: unknown[];
  sortKey: number;
}

export interface AnnotationDoc {
  t: 'annotation';
  uuid: string;
  kind: 'highlight' | 'note' | 'question';
  target: 'text' | 'page' | 'item' | 'meeting';
  createdAt: string;
  anchor: AnchorInfo | null;
  meeting: MeetingKey | null;
  item: string | null; // items.identity_key within the meeting
  originalExact: string | null;
  originalPage: number | null;
  body: TextField;
  colour: Field<string>;
  asked: Field<boolean>;
  tags: Field<string[]>;
  deleted: Field<string | null>;
  alts: Alt[];
}

export interface LogEntry {
  at: string;
  from: string | null;
  to: string | null;
  note: string;
}

export interface EvidenceEntry {
  kind: string;
  text: string;
  at: string;
}

export interface ActionDoc {
  t: 'action';
  /** 'minutes:<decision identity key>' or 'manual:<uuid>' */
  natural: string;
  meeting: MeetingKey | null;
  createdAt: string;
  status: Field<string>;
  owner: Field<string | null> | null;
  due: Field<string | null> | null;
  what: Field<string> | null;
  kind: Field<{ kind: string; notAction: boolean }> | null;
  log: Record<string, LogEntry>;
  evidence: Record<string, EvidenceEntry>;
}

/**
 * A record of the member's with flat fields (an interest on their register, a declaration they
 * made): each field the later edit by HLC; removal a field too, so a removal and an edit made at
 * once resolve the same way everywhere.
 */
export interface RecordDoc {
  t: 'interest' | 'declaration' | 'meeting' | 'correction' | 'profile' | 'dismissal' | 'merge' | 'split';
  /**
   * '<t>:<uuid>', fixed by the device that made it; a meeting's correction: 'meeting:' and the meeting's
   * original identity; a merge of two meetings: 'merge:' and the identity of the one merged away; a
   * file split off a meeting: 'split:' and the file's sha256.
   */
  natural: string;
  /** A meeting's correction: the meeting as it was before any correction (how every device finds it); a merge: the meeting kept. */
  meeting: MeetingKey | null;
  createdAt: string;
  fields: Record<string, Field<unknown>>;
  deleted: Field<boolean>;
}

export type ShareDoc = AnnotationDoc | ActionDoc | RecordDoc;

/** A clock string from an HLC value and a device id: fixed width so strings sort as clocks. */
export const clockOf = (hlc: bigint | number, device: string): string => `${BigInt(hlc).toString(16).padStart(16, '0')}:${device}`;

function later<T extends { c: string }>(a: T, b: T): T {
  return a.c >= b.c ? a : b;
}

function mergeField<T>(a: Field<T> | null, b: Field<T> | null): Field<T> | null {
  if (!a) return b;
  if (!b) return a;
  return later(a, b);
}

const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/**
 * The note text. All versions in view (both bodies and both sets of alternatives) are candidates;
 * the latest is the text; the others stay as alternatives unless some candidate was written with
 * it in view (`seen`, which accumulates along a chain of edits). A function of the set of versions
 * only, so the fold is associative.
 */
function mergeText(a: TextField, b: TextField, altsA: readonly Alt[], altsB: readonly Alt[]): { body: TextField; alts: Alt[] } {
  const candidates = new Map<string, TextField>();
  for (const version of [a, b, ...altsA, ...altsB]) {
    const known = candidates.get(version.c);
    candidates.set(version.c, known ? { v: known.v, c: known.c, seen: uniqSorted([...known.seen, ...version.seen]) } : { v: version.v, c: version.c, seen: uniqSorted(version.seen) });
  }
  const all = [...candidates.values()].sort((x, y) => x.c.localeCompare(y.c));
  const body = all[all.length - 1] as TextField;
  const seenAll = new Set(all.flatMap((x) => x.seen));
  const alts = all.filter((x) => x.c !== body.c && !seenAll.has(x.c));
  return { body, alts };
}

function mergeAnnotation(a: AnnotationDoc, b: AnnotationDoc): AnnotationDoc {
  // The record's identity and anchoring are written once, by the device that made it: keep the first.
  const base = a.body.c <= b.body.c ? a : b;
  const { body, alts } = mergeText(a.body, b.body, a.alts, b.alts);
  return {
    ...base,
    anchor: a.anchor ?? b.anchor,
    meeting: a.meeting ?? b.meeting,
    item: a.item ?? b.item,
    body,
    alts,
    colour: later(a.colour, b.colour),
    asked: later(a.asked, b.asked),
    tags: later(a.tags, b.tags),
    deleted: later(a.deleted, b.deleted),
  };
}

function mergeAction(a: ActionDoc, b: ActionDoc): ActionDoc {
  const sortedRecord = <T>(...records: Record<string, T>[]): Record<string, T> => {
    const all: Record<string, T> = {};
    for (const r of records) Object.assign(all, r);
    return Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k] as T]));
  };
  return {
    t: 'action',
    natural: a.natural,
    meeting: a.meeting ?? b.meeting,
    createdAt: a.createdAt <= b.createdAt ? a.createdAt : b.createdAt,
    status: later(a.status, b.status),
    owner: mergeField(a.owner, b.owner),
    due: mergeField(a.due, b.due),
    what: mergeField(a.what, b.what),
    kind: mergeField(a.kind, b.kind),
    log: sortedRecord(a.log, b.log),
    evidence: sortedRecord(a.evidence, b.evidence),
  };
}

function mergeRecord(a: RecordDoc, b: RecordDoc): RecordDoc {
  const fields: Record<string, Field<unknown>> = {};
  for (const name of [...new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])].sort()) {
    fields[name] = mergeField(a.fields[name] ?? null, b.fields[name] ?? null) as Field<unknown>;
  }
  return {
    t: a.t,
    natural: a.natural,
    meeting: a.meeting ?? b.meeting,
    createdAt: a.createdAt <= b.createdAt ? a.createdAt : b.createdAt,
    fields,
    deleted: later(a.deleted, b.deleted),
  };
}

export function mergeDocs<T extends ShareDoc>(a: T, b: T): T {
  if (a.t !== b.t) throw new Error('Two versions of one shared record disagree on what it is.');
  if (a.t === 'annotation') return mergeAnnotation(a, b as AnnotationDoc) as T;
  if (a.t === 'action') return mergeAction(a, b as ActionDoc) as T;
  return mergeRecord(a, b as RecordDoc) as T;
}

export function mergeAll<T extends ShareDoc>(docs: readonly T[]): T | null {
  if (docs.length === 0) return null;
  // Sorted first, so the fold is the same on every device whatever the order revisions arrived in.
  const sorted = [...docs].sort((x, y) => canonical(x).localeCompare(canonical(y)));
  return sorted.reduce((acc, d) => mergeDocs(acc, d));
}

/** JSON with object keys sorted: two equal documents give the same string. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The stamp for a field: unchanged since the cached document → its clock; changed → the edit's. */
export function stamp<T>(value: T, cached: Field<T> | null | undefined, editClock: () => string): Field<T> {
  if (cached && canonical(cached.v) === canonical(value)) return cached;
  return { v: value, c: editClock() };
}

/** The largest clock anywhere in a document (to move this device's HLC past it on receipt). */
export function maxClock(doc: ShareDoc): string {
  const clocks: string[] = [];
  if (doc.t === 'annotation') clocks.push(doc.body.c, doc.colour.c, doc.asked.c, doc.tags.c, doc.deleted.c, ...doc.alts.map((a) => a.c));
  else if (doc.t === 'action') {
    for (const f of [doc.status, doc.owner, doc.due, doc.what, doc.kind]) if (f) clocks.push(f.c);
  } else clocks.push(doc.deleted.c, ...Object.values(doc.fields).map((f) => f.c));
  return clocks.sort().at(-1) ?? '';
}
