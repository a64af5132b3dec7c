/**
 * The member's register of interests, their profile ("My name", the date they took office) and the
 * 28-day notification check. Personal data: nothing here is logged, and errors never carry it.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { format } from 'date-fns';
import {
  NOTIFY_WITHIN_DAYS,
  type InterestCategory,
  type InterestDraft,
  type InterestSubcategory,
  type InterestView,
  type InterestWhose,
  type MemberProfile,
  type NotificationStatus,
  type RegisterView,
} from '../../shared/types/interests';
import { NotFoundError } from '../errors';

const now = () => new Date().toISOString();
/** Today's date where the member is, as YYYY-MM-DD. */
export const today = (): string => format(new Date(), 'yyyy-MM-dd');

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
};
const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
export const addDays = (iso: string, days: number): string => fromDayNumber(dayNumber(iso) + days);

const latest = (...dates: Array<string | null>): string | null =>
  dates.reduce<string | null>((best, d) => (d !== null && (best === null || d > best) ? d : best), null);

/**
 * The 28 days run from the latest of: the interest arising, its latest change, and the member taking
 * office (interests already held on election are due 28 days after it). Notified on day 28 is in
 * time; day 29 is one day late. A notification dated before the latest change does not cover it.
 */
export function notificationStatus(
  interest: Pick<InterestDraft, 'startDate' | 'changedDate' | 'notifiedDate'>,
  tookOffice: string | null,
  onDate: string,
): { deadlineFrom: string | null; status: NotificationStatus } {
  if (interest.startDate === null && interest.changedDate === null) return { deadlineFrom: null, status: { state: 'unknown' } };
  const from = latest(interest.startDate, interest.changedDate, tookOffice) as string;
  const deadline = addDays(from, NOTIFY_WITHIN_DAYS);
  const notified =
    interest.notifiedDate !== null && (interest.changedDate === null || interest.notifiedDate >= interest.changedDate)
      ? interest.notifiedDate
      : null;
  if (notified !== null) {
    const days = daysBetween(from, notified);
    return {
      deadlineFrom: from,
      status: days <= NOTIFY_WITHIN_DAYS ? { state: 'on-time', days: Math.max(0, days) } : { state: 'late', days, daysLate: days - NOTIFY_WITHIN_DAYS },
    };
  }
  const elapsed = daysBetween(from, onDate);
  return {
    deadlineFrom: from,
    status:
      elapsed <= NOTIFY_WITHIN_DAYS
        ? { state: 'due', daysLeft: NOTIFY_WITHIN_DAYS - Math.max(0, elapsed), deadline }
        : { state: 'overdue', daysLate: elapsed - NOTIFY_WITHIN_DAYS, deadline },
  };
}

interface InterestRow {
  id: number;
  category: InterestCategory;
  subcategory: InterestSubcategory;
  whose: InterestWhose;
  description: string;
  start_date: string | null;
  end_date: string | null;
  changed_date: string | null;
  notified_date: string | null;
  created_at: string;
  updated_at: string;
}

export function getProfile(db: Database.Database): MemberProfile {
  const row = db.prepare('SELECT name, took_office AS tookOffice FROM member_profile WHERE id = 1').get() as MemberProfile | undefined;
  return row ?? { name: '', tookOffice: null };
}

export function saveProfile(db: Database.Database, profile: MemberProfile): MemberProfile {
  db.prepare(
    `INSERT INTO member_profile (id, name, took_office, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, took_office = excluded.took_office, updated_at = excluded.updated_at`,
  ).run(profile.name.trim(), profile.tookOffice, now());
  return getProfile(db);
}

function termsOf(db: Database.Database): Map<number, { names: string[]; addresses: string[] }> {
  const rows = db.prepare('SELECT interest_id AS id, kind, text FROM interest_terms ORDER BY interest_id, kind, position').all() as Array<{
    id: number;
    kind: 'name' | 'address';
    text: string;
  }>;
  const map = new Map<number, { names: string[]; addresses: string[] }>();
  for (const r of rows) {
    let entry = map.get(r.id);
    if (!entry) map.set(r.id, (entry = { names: [], addresses: [] }));
    (r.kind === 'name' ? entry.names : entry.addresses).push(r.text);
  }
  return map;
}

function toView(r: InterestRow, terms: { names: string[]; addresses: string[] } | undefined, tookOffice: string | null, onDate: string): InterestView {
  const draft = { startDate: r.start_date, changedDate: r.changed_date, notifiedDate: r.notified_date };
  const { deadlineFrom, status } = notificationStatus(draft, tookOffice, onDate);
  return {
    id: r.id,
    category: r.category,
    subcategory: r.subcategory,
    whose: r.whose,
    description: r.description,
    names: terms?.names ?? [],
    addresses: terms?.addresses ?? [],
    startDate: r.start_date,
    endDate: r.end_date,
    changedDate: r.changed_date,
    notifiedDate: r.notified_date,
    deadlineFrom,
    notification: status,
    current: r.end_date === null || r.end_date >= onDate,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const CATEGORY_ORDER = `CASE category WHEN 'disclosable-pecuniary' THEN 0 WHEN 'other-registrable' THEN 1 ELSE 2 END`;

/** Every interest on the register, grouped by category, current before ended, with its 28-day status. */
export function listRegister(db: Database.Database, onDate: string = today()): RegisterView {
  const profile = getProfile(db);
  const rows = db
    .prepare(`SELECT * FROM interests ORDER BY ${CATEGORY_ORDER}, subcategory, end_date IS NOT NULL, start_date DESC, id`)
    .all() as InterestRow[];
  const terms = termsOf(db);
  return { profile, interests: rows.map((r) => toView(r, terms.get(r.id), profile.tookOffice, onDate)) };
}

export function getInterest(db: Database.Database, id: number, onDate: string = today()): InterestView {
  const row = db.prepare('SELECT * FROM interests WHERE id = ?').get(id) as InterestRow | undefined;
  if (!row) throw new NotFoundError('That interest is not on your register.');
  return toView(row, termsOf(db).get(id), getProfile(db).tookOffice, onDate);
}

/** Trimmed, non-empty, de-duplicated (case-insensitively), in the order given. */
export function cleanTerms(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

/** Creates (no id) or updates an interest and its names and addresses, in one transaction. */
export function saveInterest(db: Database.Database, draft: InterestDraft, onDate: string = today()): InterestView {
  const id = db.transaction(() => {
    const stamp = now();
    const values = [
      draft.category,
      draft.subcategory,
      draft.whose,
      draft.description.trim(),
      draft.startDate,
      draft.endDate,
      draft.changedDate,
      draft.notifiedDate,
    ];
    let interestId: number;
    if (draft.id === undefined) {
      interestId = Number(
        db
          .prepare(
            `INSERT INTO interests (category, subcategory, whose, description, start_date, end_date, changed_date, notified_date, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...values, stamp, stamp).lastInsertRowid,
      );
    } else {
      const changed = db
        .prepare(
          `UPDATE interests SET category = ?, subcategory = ?, whose = ?, description = ?, start_date = ?, end_date = ?,
                  changed_date = ?, notified_date = ?, updated_at = ? WHERE id = ?`,
        )
        .run(...values, stamp, draft.id).changes;
      if (changed === 0) throw new NotFoundError('That interest is not on your register.');
      interestId = draft.id;
      db.prepare('DELETE FROM interest_terms WHERE interest_id = ?').run(interestId);
    }
    const insert = db.prepare('INSERT INTO interest_terms (interest_id, kind, text, position) VALUES (?, ?, ?, ?)');
    cleanTerms(draft.names).forEach((t, i) => insert.run(interestId, 'name', t, i));
    cleanTerms(draft.addresses).forEach((t, i) => insert.run(interestId, 'address', t, i));
    return interestId;
  })();
  return getInterest(db, id, onDate);
}

export function deleteInterest(db: Database.Database, id: number): null {
  const changed = db.prepare('DELETE FROM interests WHERE id = ?').run(id).changes;
  if (changed === 0) throw new NotFoundError('That interest is not on your register.');
  return null;
}

/** Interests in force on a date: started on or before it (or no start given) and not ended before it. */
export function interestsInForce(db: Database.Database, onDate: string): InterestView[] {
  return listRegister(db, onDate).interests.filter((i) => (i.startDate === null || i.startDate <= onDate) && i.current);
}
