/**
 * The member's register and the declarations they made, as sharing (main/share) reads and writes
 * them: one row's values, and another device's version applied here. Every write compares first, so
 * applying the same version twice writes nothing. The caller holds the transaction (and sharing's
 * apply guard, so these writes do not go back into the outbox).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { InterestCategory } from '../../shared/types/interests';
import { cleanTerms } from './register';

const now = () => new Date().toISOString();

export interface SharedInterest {
  category: string;
  subcategory: string;
  whose: string;
  description: string;
  startDate: string | null;
  endDate: string | null;
  changedDate: string | null;
  notifiedDate: string | null;
  names: string[];
  addresses: string[];
}

export const INTEREST_FIELDS = ['category', 'subcategory', 'whose', 'description', 'startDate', 'endDate', 'changedDate', 'notifiedDate', 'names', 'addresses'] as const;

export function interestForSharing(db: Database.Database, id: number): (SharedInterest & { createdAt: string }) | null {
  const r = db
    .prepare(
      `SELECT category, subcategory, whose, description, start_date AS startDate, end_date AS endDate, changed_date AS changedDate,
         notified_date AS notifiedDate, created_at AS createdAt FROM interests WHERE id = ?`,
    )
    .get(id) as (Omit<SharedInterest, 'names' | 'addresses'> & { createdAt: string }) | undefined;
  if (!r) return null;
  const terms = db.prepare('SELECT kind, text FROM interest_terms WHERE interest_id = ? ORDER BY kind, position').all(id) as Array<{ kind: string; text: string }>;
  return { ...r, names: terms.filter((t) => t.kind === 'name').map((t) => t.text), addresses: terms.filter((t) => t.kind === 'address').map((t) => t.text) };
}

export const allInterestIds = (db: Database.Database): number[] => db.prepare('SELECT id FROM interests ORDER BY id').pluck().all() as number[];

/**
 * Another device's version of an interest: created (id null) or written where it differs. A version
 * the register cannot hold (an end before its start, from two edits merged field by field) keeps
 * this device's dates and says why.
 */
export function applySharedInterest(db: Database.Database, id: number | null, v: SharedInterest, createdAt: string): { id: number; changed: boolean; problem: string | null } {
  const current = id === null ? null : interestForSharing(db, id);
  let problem: string | null = null;
  let values = v;
  if (v.endDate !== null && v.startDate !== null && v.endDate < v.startDate) {
    problem = 'Two devices changed this interest’s dates at once and the dates no longer fit together: check them.';
    values = { ...v, startDate: current?.startDate ?? null, endDate: current?.endDate ?? null };
    if (values.endDate !== null && values.startDate !== null && values.endDate < values.startDate) values = { ...values, endDate: null };
  }
  const columns = [values.category, values.subcategory, values.whose, values.description, values.startDate, values.endDate, values.changedDate, values.notifiedDate];
  let interestId: number;
  if (current === null || id === null) {
    interestId = Number(
      db
        .prepare(
          `INSERT INTO interests (category, subcategory, whose, description, start_date, end_date, changed_date, notified_date, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...columns, createdAt, now()).lastInsertRowid,
    );
  } else {
    interestId = id;
    const same =
      current.category === values.category &&
      current.subcategory === values.subcategory &&
      current.whose === values.whose &&
      current.description === values.description &&
      current.startDate === values.startDate &&
      current.endDate === values.endDate &&
      current.changedDate === values.changedDate &&
      current.notifiedDate === values.notifiedDate;
    const sameTerms = JSON.stringify([current.names, current.addresses]) === JSON.stringify([cleanTerms(values.names), cleanTerms(values.addresses)]);
    if (same && sameTerms) return { id, changed: false, problem };
    if (!same) {
      db.prepare(
        `UPDATE interests SET category = ?, subcategory = ?, whose = ?, description = ?, start_date = ?, end_date = ?, changed_date = ?, notified_date = ?,
           updated_at = ? WHERE id = ?`,
      ).run(...columns, now(), id);
    }
    if (sameTerms) return { id, changed: true, problem };
    db.prepare('DELETE FROM interest_terms WHERE interest_id = ?').run(id);
  }
  const insert = db.prepare('INSERT INTO interest_terms (interest_id, kind, text, position) VALUES (?, ?, ?, ?)');
  cleanTerms(values.names).forEach((t, i) => insert.run(interestId, 'name', t, i));
  cleanTerms(values.addresses).forEach((t, i) => insert.run(interestId, 'address', t, i));
  return { id: interestId, changed: true, problem };
}

/** An interest another device removed from the register: removed here (declarations keep their text; they no longer name it). */
export const removeSharedInterest = (db: Database.Database, id: number): boolean => db.prepare('DELETE FROM interests WHERE id = ?').run(id).changes > 0;

export interface SharedMyDeclaration {
  itemText: string;
  category: InterestCategory;
  nature: string;
  withdrew: boolean;
  dispensation: boolean;
  dispensationDetails: string;
}

export const MY_DECLARATION_FIELDS = ['itemText', 'category', 'nature', 'withdrew', 'dispensation', 'dispensationDetails', 'item', 'interest'] as const;

export function myDeclarationForSharing(
  db: Database.Database,
  id: number,
): (SharedMyDeclaration & { meetingId: number; itemId: number | null; interestId: number | null; createdAt: string }) | null {
  const r = db
    .prepare(
      `SELECT meeting_id AS meetingId, item_id AS itemId, interest_id AS interestId, item_text AS itemText, category, nature, withdrew, dispensation,
         dispensation_details AS dispensationDetails, created_at AS createdAt FROM my_declarations WHERE id = ?`,
    )
    .get(id) as
    | (Omit<SharedMyDeclaration, 'withdrew' | 'dispensation'> & { meetingId: number; itemId: number | null; interestId: number | null; createdAt: string; withdrew: number; dispensation: number })
    | undefined;
  return r ? { ...r, withdrew: r.withdrew === 1, dispensation: r.dispensation === 1 } : null;
}

export const allMyDeclarationIds = (db: Database.Database): number[] => db.prepare('SELECT id FROM my_declarations ORDER BY id').pluck().all() as number[];

/** Another device's version of a declaration the member made: created (id null) or written where it differs. */
export function applySharedMyDeclaration(
  db: Database.Database,
  id: number | null,
  v: SharedMyDeclaration & { meetingId: number; itemId: number | null; interestId: number | null },
  createdAt: string,
): { id: number; changed: boolean } {
  const values = [v.meetingId, v.itemId, v.itemText, v.interestId, v.category, v.nature, v.withdrew ? 1 : 0, v.dispensation ? 1 : 0, v.dispensationDetails];
  const current = id === null ? null : myDeclarationForSharing(db, id);
  if (current === null || id === null) {
    const made = db
      .prepare(
        `INSERT INTO my_declarations (meeting_id, item_id, item_text, interest_id, category, nature, withdrew, dispensation, dispensation_details, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...values, createdAt, now());
    return { id: Number(made.lastInsertRowid), changed: true };
  }
  const same = (['meetingId', 'itemId', 'itemText', 'interestId', 'category', 'nature', 'withdrew', 'dispensation', 'dispensationDetails'] as const).every(
    (k) => current[k] === v[k],
  );
  if (same) return { id, changed: false };
  db.prepare(
    `UPDATE my_declarations SET meeting_id = ?, item_id = ?, item_text = ?, interest_id = ?, category = ?, nature = ?, withdrew = ?, dispensation = ?,
       dispensation_details = ?, updated_at = ? WHERE id = ?`,
  ).run(...values, now(), id);
  return { id, changed: true };
}

export const removeSharedMyDeclaration = (db: Database.Database, id: number): boolean => db.prepare('DELETE FROM my_declarations WHERE id = ?').run(id).changes > 0;

/** The member's profile ("My name", the date they took office): one row; null before it is first saved. */
export const profileForSharing = (db: Database.Database): { name: string; tookOffice: string | null } | null =>
  (db.prepare('SELECT name, took_office AS tookOffice FROM member_profile WHERE id = 1').get() as { name: string; tookOffice: string | null } | undefined) ?? null;

export const profileRowIds = (db: Database.Database): number[] => db.prepare('SELECT id FROM member_profile').pluck().all() as number[];

/** Another device's profile, written where it differs. */
export function applySharedProfile(db: Database.Database, v: { name: string; tookOffice: string | null }): { id: number; changed: boolean } {
  const current = profileForSharing(db);
  if (current && current.name === v.name && current.tookOffice === v.tookOffice) return { id: 1, changed: false };
  db.prepare(
    `INSERT INTO member_profile (id, name, took_office, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, took_office = excluded.took_office, updated_at = excluded.updated_at`,
  ).run(v.name, v.tookOffice, now());
  return { id: 1, changed: true };
}

export interface SharedDismissal {
  meetingId: number;
  interestId: number;
  itemId: number | null;
  reason: string;
}

/** A conflict-of-interest warning the member dismissed, with their reason. */
export const dismissalForSharing = (db: Database.Database, id: number): (SharedDismissal & { createdAt: string }) | null =>
  (db
    .prepare('SELECT meeting_id AS meetingId, interest_id AS interestId, item_id AS itemId, reason, created_at AS createdAt FROM interest_dismissals WHERE id = ?')
    .get(id) as (SharedDismissal & { createdAt: string }) | undefined) ?? null;

export const allDismissalIds = (db: Database.Database): number[] => db.prepare('SELECT id FROM interest_dismissals ORDER BY id').pluck().all() as number[];

/** Another device's dismissal: the same warning here (meeting, interest, item) dismissed with its reason. */
export function applySharedDismissal(db: Database.Database, id: number | null, v: SharedDismissal, createdAt: string): { id: number; changed: boolean } {
  const existing =
    (id !== null ? (db.prepare('SELECT id FROM interest_dismissals WHERE id = ?').pluck().get(id) as number | undefined) : undefined) ??
    (db.prepare('SELECT id FROM interest_dismissals WHERE meeting_id = ? AND interest_id = ? AND item_id IS ?').pluck().get(v.meetingId, v.interestId, v.itemId) as
      | number
      | undefined);
  if (existing === undefined) {
    const made = db
      .prepare('INSERT INTO interest_dismissals (meeting_id, interest_id, item_id, reason, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(v.meetingId, v.interestId, v.itemId, v.reason, createdAt);
    return { id: Number(made.lastInsertRowid), changed: true };
  }
  const current = dismissalForSharing(db, existing);
  if (current && current.meetingId === v.meetingId && current.interestId === v.interestId && current.itemId === v.itemId && current.reason === v.reason) {
    return { id: existing, changed: false };
  }
  db.prepare('UPDATE interest_dismissals SET meeting_id = ?, interest_id = ?, item_id = ?, reason = ? WHERE id = ?').run(v.meetingId, v.interestId, v.itemId, v.reason, existing);
  return { id: existing, changed: true };
}

/** A warning another device brought back. */
export const removeSharedDismissal = (db: Database.Database, id: number): boolean => db.prepare('DELETE FROM interest_dismissals WHERE id = ?').run(id).changes > 0;
