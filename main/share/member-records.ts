/**
 * The member's register of interests and the declarations they made, as travelling records
 * (RecordDoc, merge.ts): read through main/interests and main/library, and another device's version
 * applied through them. Each field carries the clock of the edit that set it; a removal is a field
 * too. A declaration names its meeting by the keys the library uses on every device (and waits,
 * listed as not on this device, until that meeting is here) and its interest by the interest's own
 * travelling key.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  type SharedInterest,
  type SharedMyDeclaration,
  applySharedDismissal,
  applySharedInterest,
  applySharedMyDeclaration,
  applySharedProfile,
  dismissalForSharing,
  interestForSharing,
  myDeclarationForSharing,
  profileForSharing,
  removeSharedDismissal,
  removeSharedInterest,
  removeSharedMyDeclaration,
} from '../interests/sharing';
import {
  type SharedDeclarationCorrection,
  type SharedMeetingDetails,
  applySharedDeclarationCorrection,
  applySharedMeetingCorrection,
  applySharedMerge,
  applySharedSplit,
  declarationByOriginalKey,
  declarationCorrectionForSharing,
  removeSharedDeclaration,
  itemByKey,
  itemKeyOf,
  meetingByKey,
  meetingCorrectionForSharing,
  meetingKeyOf,
  meetingStrongKeys,
  originalMeetingKey,
} from '../library/sharing';
import { type Field, type MeetingKey, type RecordDoc, canonical, stamp } from './merge';
import type { ApplyResult, LocalEdits } from './records';
import { lastMergeId, meetingMerge, meetingSplit, mergedHere, splitHere } from './meeting-merges';

type RecordKind = RecordDoc['t'];

function stampAll(values: Record<string, unknown>, cached: RecordDoc | null, edits: LocalEdits): Record<string, Field<unknown>> {
  const fields: Record<string, Field<unknown>> = {};
  for (const name of Object.keys(values).sort()) fields[name] = stamp(values[name], cached?.fields[name], edits.clock);
  return fields;
}

/** The travelling key of the interest a row here is (the one the register's device gave it), if it has travelled. */
function interestNatural(db: Database.Database, interestId: number | null): string | null {
  if (interestId === null) return null;
  const doc = db.prepare("SELECT doc FROM share_docs WHERE kind = 'interest' AND row_id = ?").pluck().get(interestId) as string | undefined;
  return doc ? (JSON.parse(doc) as RecordDoc).natural : null;
}

function interestRow(db: Database.Database, natural: string): number | null {
  return (db.prepare("SELECT row_id FROM share_docs WHERE kind = 'interest' AND json_extract(doc, '$.natural') = ? AND row_id IS NOT NULL").pluck().get(natural) as number | undefined) ?? null;
}

const meetingKey = (db: Database.Database, meetingId: number): MeetingKey | null => {
  const key = meetingKeyOf(db, meetingId);
  if (!key) return null;
  const strong = meetingStrongKeys(db, meetingId);
  return strong.length ? { ...key, strong } : key;
};

/** The natural key of a meeting's correction: its strong key, else its original council, committee and identity. */
const meetingNatural = (key: MeetingKey) => `meeting:${key.strong?.[0] ?? canonical({ council: key.council, committee: key.committee, meeting: key.meeting })}`;

export function readRecord(db: Database.Database, kind: RecordKind, rowId: number, cached: RecordDoc | null, edits: LocalEdits): RecordDoc | null {
  let values: Record<string, unknown>;
  let createdAt: string;
  if (kind === 'meeting') {
    const details = meetingCorrectionForSharing(db, rowId);
    const key = cached?.meeting ?? originalMeetingKey(db, rowId);
    if (!details || !key) return null;
    return {
      t: 'meeting',
      natural: cached?.natural ?? meetingNatural(key),
      meeting: key,
      createdAt: cached?.createdAt ?? '',
      fields: stampAll(details as Record<string, unknown>, cached, edits),
      deleted: stamp(false, cached?.deleted, edits.clock),
    };
  }
  if (kind === 'merge') {
    const r = meetingMerge(db, rowId);
    if (!r) return null;
    // One merge of that meeting: two devices that merge it away share one document (the later by clock decides the kept one).
    return {
      t: 'merge',
      natural: cached?.natural ?? `merge:${meetingNatural(r.merged).slice('meeting:'.length)}`,
      meeting: cached?.meeting ?? r.kept,
      createdAt: cached?.createdAt ?? r.mergedAt,
      fields: stampAll({ merged: r.merged }, cached, edits),
      deleted: stamp(false, cached?.deleted, edits.clock),
    };
  }
  if (kind === 'split') {
    const r = meetingSplit(db, rowId);
    if (!r) return null;
    // One split of that file: the file names the document.
    return {
      t: 'split',
      natural: cached?.natural ?? `split:${r.sha256}`,
      meeting: cached?.meeting ?? r.from,
      createdAt: cached?.createdAt ?? r.splitAt,
      fields: stampAll({ sha256: r.sha256 }, cached, edits),
      deleted: stamp(false, cached?.deleted, edits.clock),
    };
  }
  if (kind === 'correction') {
    const r = declarationCorrectionForSharing(db, rowId);
    const key = cached?.meeting ?? (r ? originalMeetingKey(db, r.meetingId) : null);
    if (!r || !key) return null;
    const { meetingId: _meeting, originalKey, ...correction } = r;
    // One read from the minutes: every device that corrects it names it the same way (its meeting and the key it was read as).
    const natural = originalKey ? `correction:${meetingNatural(key).slice('meeting:'.length)}:${originalKey}` : `correction:${randomUUID()}`;
    return {
      t: 'correction',
      natural: cached?.natural ?? natural,
      meeting: key,
      createdAt: cached?.createdAt ?? '',
      fields: stampAll({ ...correction, originalKey }, cached, edits),
      deleted: stamp(false, cached?.deleted, edits.clock),
    };
  }
  if (kind === 'profile') {
    const r = profileForSharing(db);
    if (!r) return null;
    // One per member: every device's profile is the same document.
    return { t: 'profile', natural: 'profile', meeting: null, createdAt: '', fields: stampAll(r, cached, edits), deleted: stamp(false, cached?.deleted, edits.clock) };
  }
  if (kind === 'dismissal') {
    const r = dismissalForSharing(db, rowId);
    const key = cached?.meeting ?? (r ? originalMeetingKey(db, r.meetingId) : null);
    const interest = r ? interestNatural(db, r.interestId) : null;
    if (!r || !key || !interest) return null;
    // The warning (its meeting, interest and item) is the key: two devices that dismiss the same one share one document.
    const item = itemKeyOf(db, r.itemId);
    return {
      t: 'dismissal',
      natural: cached?.natural ?? `dismissal:${meetingNatural(key).slice('meeting:'.length)}:${interest}:${item ?? ''}`,
      meeting: key,
      createdAt: cached?.createdAt ?? r.createdAt,
      fields: stampAll({ interest, item, reason: r.reason }, cached, edits),
      deleted: stamp(false, cached?.deleted, edits.clock),
    };
  }
  if (kind === 'interest') {
    const r = interestForSharing(db, rowId);
    if (!r) return null;
    ({ createdAt, ...values } = r);
  } else {
    const r = myDeclarationForSharing(db, rowId);
    if (!r) return null;
    const { meetingId, itemId, interestId, createdAt: made, ...rest } = r;
    createdAt = made;
    // The meeting as it was first shared stays its key (a meeting the member later moves keeps its old identity as an alias).
    const sameMeeting = cached?.fields.meeting && meetingByKey(db, cached.fields.meeting.v as MeetingKey) === meetingId;
    // An item or interest this device did not have when it applied the declaration is kept as it came, not cleared.
    const interest = interestNatural(db, interestId);
    values = {
      ...rest,
      meeting: sameMeeting ? cached.fields.meeting?.v : meetingKey(db, meetingId),
      item: itemId === null && sameMeeting && cached.fields.item ? cached.fields.item.v : itemKeyOf(db, itemId),
      interest: interestId !== null && interest === null && cached?.fields.interest ? cached.fields.interest.v : interest,
    };
  }
  return {
    t: kind,
    natural: cached?.natural ?? `${kind}:${randomUUID()}`,
    meeting: null,
    createdAt: cached?.createdAt ?? createdAt,
    fields: stampAll(values, cached, edits),
    deleted: stamp(false, cached?.deleted, edits.clock),
  };
}

/** The record removed on this device: the cached version with its removal stamped. */
export function removedRecord(cached: RecordDoc, clock: string): RecordDoc {
  return cached.deleted.v ? cached : { ...cached, deleted: { v: true, c: clock } };
}

const value = <T>(doc: RecordDoc, name: string, fallback: T): T => (doc.fields[name] ? (doc.fields[name].v as T) : fallback);

export function applyRecord(db: Database.Database, doc: RecordDoc, rowId: number | null): ApplyResult {
  if (doc.deleted.v) {
    if (rowId !== null && doc.t === 'interest') removeSharedInterest(db, rowId);
    else if (rowId !== null && doc.t === 'declaration') removeSharedMyDeclaration(db, rowId);
    else if (rowId !== null && doc.t === 'correction') removeSharedDeclaration(db, rowId);
    else if (rowId !== null && doc.t === 'dismissal') removeSharedDismissal(db, rowId);
    return { rowId: null, pending: null };
  }
  if (doc.t === 'meeting') {
    const meetingId = rowId ?? meetingByKey(db, doc.meeting);
    if (meetingId === null) return { rowId: null, pending: 'The meeting this correction is for is not on this device yet.' };
    const details = Object.fromEntries(Object.entries(doc.fields).map(([k, f]) => [k, f.v])) as SharedMeetingDetails;
    try {
      applySharedMeetingCorrection(db, meetingId, details);
    } catch (error) {
      // Kept, and tried again each run: the member can settle it here (merge the two meetings, say).
      return { rowId: null, pending: `The correction of this meeting could not be made here: ${(error as Error).message}` };
    }
    return { rowId: meetingId, pending: null };
  }
  if (doc.t === 'merge') {
    const merged = value<MeetingKey | null>(doc, 'merged', null);
    if (!doc.meeting || !merged) return { rowId: null, pending: null };
    const outcome = applySharedMerge(db, doc.meeting, merged);
    if (outcome === 'waiting') {
      // Merged here already (the merged meeting's committee may have gone with it, so its key finds nothing).
      const own = mergedHere(db, merged);
      return own !== null ? { rowId: own, pending: null } : { rowId: null, pending: 'The two meetings this merge joins are not both on this device yet.' };
    }
    // Merged here now: its own record (share_merges) is the document's row; merged before: nothing more to do.
    const own = outcome === 'merged' ? lastMergeId(db) : rowId;
    return own === null ? { rowId: null, pending: null } : { rowId: own, pending: null };
  }
  if (doc.t === 'split') {
    const sha = value<string | null>(doc, 'sha256', null);
    if (!doc.meeting || !sha) return { rowId: null, pending: null };
    const outcome = applySharedSplit(db, doc.meeting, sha);
    if (outcome === 'waiting') return { rowId: null, pending: 'The meeting this split divides, or the file split off, is not on this device yet.' };
    const own = splitHere(db, sha);
    return own === null ? { rowId: null, pending: null } : { rowId: own, pending: null };
  }
  if (doc.t === 'correction') {
    const meetingId = meetingByKey(db, doc.meeting);
    if (meetingId === null) return { rowId: null, pending: 'The meeting this corrected declaration is from is not on this device yet.' };
    const originalKey = value<string | null>(doc, 'originalKey', null);
    const id = rowId ?? (originalKey ? declarationByOriginalKey(db, meetingId, originalKey) : null);
    const c: SharedDeclarationCorrection = {
      member: value(doc, 'member', ''),
      item: value(doc, 'item', null),
      subject: value(doc, 'subject', ''),
      nature: value(doc, 'nature', 'unspecified'),
      withdrew: value(doc, 'withdrew', false),
      removed: value(doc, 'removed', false),
      // A document from a version before checks has none: a correction, not a check.
      checked: value(doc, 'checked', false),
    };
    return { rowId: applySharedDeclarationCorrection(db, id, meetingId, c, originalKey).id, pending: null };
  }
  if (doc.t === 'profile') {
    return { rowId: applySharedProfile(db, { name: value(doc, 'name', ''), tookOffice: value(doc, 'tookOffice', null) }).id, pending: null };
  }
  if (doc.t === 'dismissal') {
    const meetingId = meetingByKey(db, doc.meeting);
    if (meetingId === null) return { rowId: null, pending: 'The meeting this dismissed warning is for is not on this device yet.' };
    const interestId = interestRow(db, value(doc, 'interest', ''));
    if (interestId === null) return { rowId: null, pending: 'The interest this dismissed warning names is not on this device yet.' };
    const item = value<string | null>(doc, 'item', null);
    const itemId = itemByKey(db, meetingId, item);
    if (item !== null && itemId === null) return { rowId: null, pending: 'The item this dismissed warning is for is not on this device yet.' };
    return { rowId: applySharedDismissal(db, rowId, { meetingId, interestId, itemId, reason: value(doc, 'reason', '') }, doc.createdAt).id, pending: null };
  }
  if (doc.t === 'interest') {
    const v = Object.fromEntries(Object.entries(doc.fields).map(([k, f]) => [k, f.v])) as unknown as SharedInterest;
    const result = applySharedInterest(db, rowId, { ...v, names: v.names ?? [], addresses: v.addresses ?? [] }, doc.createdAt);
    return { rowId: result.id, pending: null };
  }
  const meetingId = meetingByKey(db, value<MeetingKey | null>(doc, 'meeting', null));
  if (meetingId === null) return { rowId: null, pending: 'The meeting this declaration was made at is not on this device yet.' };
  const interest = value<string | null>(doc, 'interest', null);
  const interestId = interest === null ? null : interestRow(db, interest);
  if (interest !== null && interestId === null) return { rowId: null, pending: 'The interest this declaration names is not on this device yet.' };
  const item = value<string | null>(doc, 'item', null);
  const v: SharedMyDeclaration = {
    itemText: value(doc, 'itemText', ''),
    category: value(doc, 'category', 'non-registrable'),
    nature: value(doc, 'nature', ''),
    withdrew: value(doc, 'withdrew', false),
    dispensation: value(doc, 'dispensation', false),
    dispensationDetails: value(doc, 'dispensationDetails', ''),
  };
  const result = applySharedMyDeclaration(db, rowId, { ...v, meetingId, itemId: itemByKey(db, meetingId, item), interestId }, doc.createdAt);
  return { rowId: result.id, pending: null };
}
