/**
 * Declarations: the ones the member records themself (and prints as a slip for the clerk), and
 * everyone's, as the minutes record them, grouped by member, subject and meeting. For the member
 * (found by "My name") their declarations are compared with their register: a declared subject that
 * names nothing on it is a gentle prompt to register it.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DeclarationSlip,
  EveryoneDeclarations,
  InterestCategory,
  MeetingDeclarations,
  MemberGroup,
  MinutesDeclarationRow,
  MyComparison,
  MyDeclarationDraft,
  MyDeclarationView,
  SubjectMembers,
} from '../../shared/types/interests';
import type { InterestNature } from '../../shared/types/minutes';
import { NotFoundError } from '../errors';
import { foldSameLength } from '../../shared/text';
import { interestPatterns, mentionsAny } from './matching';
import { getProfile, listRegister } from './register';

const now = () => new Date().toISOString();

interface MyRow {
  id: number;
  meeting_id: number;
  item_id: number | null;
  item_text: string;
  interest_id: number | null;
  category: InterestCategory;
  nature: string;
  withdrew: number;
  dispensation: number;
  dispensation_details: string;
  created_at: string;
  updated_at: string;
  date: string | null;
  committeeName: string;
  councilName: string | null;
  itemNumber: string | null;
  itemTitle: string | null;
  interestDescription: string | null;
}

const MY_SELECT = `SELECT md.*, mt.date, c.name AS committeeName, co.name AS councilName,
       i.number AS itemNumber, i.title AS itemTitle, it.description AS interestDescription
  FROM my_declarations md JOIN meetings mt ON mt.id = md.meeting_id JOIN committees c ON c.id = mt.committee_id
  JOIN councils co ON co.id = c.council_id LEFT JOIN items i ON i.id = md.item_id LEFT JOIN interests it ON it.id = md.interest_id`;

const toMine = (r: MyRow): MyDeclarationView => ({
  id: r.id,
  meetingId: r.meeting_id,
  itemId: r.item_id,
  itemText: r.item_text,
  interestId: r.interest_id,
  category: r.category,
  nature: r.nature,
  withdrew: r.withdrew === 1,
  dispensation: r.dispensation === 1,
  dispensationDetails: r.dispensation_details,
  meeting: { id: r.meeting_id, date: r.date, committeeName: r.committeeName, councilName: r.councilName },
  item: r.item_id !== null ? { id: r.item_id, number: r.itemNumber, title: r.itemTitle ?? '' } : null,
  interest: r.interest_id !== null ? { id: r.interest_id, description: r.interestDescription ?? '' } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The member's own declarations, newest meeting first (one meeting's, when asked). */
export function listMyDeclarations(db: Database.Database, meetingId?: number): MyDeclarationView[] {
  const where = meetingId === undefined ? '' : 'WHERE md.meeting_id = ?';
  const rows = db
    .prepare(`${MY_SELECT} ${where} ORDER BY mt.date IS NULL, mt.date DESC, i.position, md.id`)
    .all(...(meetingId === undefined ? [] : [meetingId])) as MyRow[];
  return rows.map(toMine);
}

export function getMyDeclaration(db: Database.Database, id: number): MyDeclarationView {
  const row = db.prepare(`${MY_SELECT} WHERE md.id = ?`).get(id) as MyRow | undefined;
  if (!row) throw new NotFoundError('That declaration is not in your records.');
  return toMine(row);
}

export function saveMyDeclaration(db: Database.Database, draft: MyDeclarationDraft): MyDeclarationView {
  const id = db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(draft.meetingId)) throw new NotFoundError('That meeting is not in the library.');
    if (draft.itemId !== null && !db.prepare('SELECT 1 FROM items WHERE id = ? AND meeting_id = ?').get(draft.itemId, draft.meetingId)) {
      throw new NotFoundError('That item is not on the meeting’s agenda.');
    }
    if (draft.interestId !== null && !db.prepare('SELECT 1 FROM interests WHERE id = ?').get(draft.interestId)) {
      throw new NotFoundError('That interest is not on your register.');
    }
    const stamp = now();
    const values = [
      draft.meetingId,
      draft.itemId,
      draft.itemText.trim(),
      draft.interestId,
      draft.category,
      draft.nature.trim(),
      draft.withdrew ? 1 : 0,
      draft.dispensation ? 1 : 0,
      draft.dispensation ? draft.dispensationDetails.trim() : '',
    ];
    if (draft.id === undefined) {
      return Number(
        db
          .prepare(
            `INSERT INTO my_declarations (meeting_id, item_id, item_text, interest_id, category, nature, withdrew, dispensation, dispensation_details, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(...values, stamp, stamp).lastInsertRowid,
      );
    }
    const changed = db
      .prepare(
        `UPDATE my_declarations SET meeting_id = ?, item_id = ?, item_text = ?, interest_id = ?, category = ?, nature = ?, withdrew = ?,
                dispensation = ?, dispensation_details = ?, updated_at = ? WHERE id = ?`,
      )
      .run(...values, stamp, draft.id).changes;
    if (changed === 0) throw new NotFoundError('That declaration is not in your records.');
    return draft.id;
  })();
  return getMyDeclaration(db, id);
}

export function deleteMyDeclaration(db: Database.Database, id: number): null {
  if (db.prepare('DELETE FROM my_declarations WHERE id = ?').run(id).changes === 0) {
    throw new NotFoundError('That declaration is not in your records.');
  }
  return null;
}

export function declarationSlip(db: Database.Database, id: number): DeclarationSlip {
  return { declaration: getMyDeclaration(db, id), memberName: getProfile(db).name };
}

// ---- Everyone's declarations, from the minutes ----

const TITLES = /^(?:councillor|cllr\.?|co-opted member|county councillor|city councillor)\s+/i;

/** "Cllr Dr. Moore " → "dr moore", for grouping and for finding the member's own name. */
export function memberKey(name: string): string {
  return foldSameLength(name.replace(TITLES, ''))
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a name in the minutes is the member's: every word of it is in "My name" and the surnames
 * agree ("Dr Moore", "Moore" and "Dr Sarah Moore" are all Dr Sarah Moore; "K Moore" is not).
 */
export function isMyName(myName: string, member: string): boolean {
  const mine = memberKey(myName).split(' ').filter(Boolean);
  const theirs = memberKey(member).split(' ').filter(Boolean);
  if (mine.length === 0 || theirs.length === 0) return false;
  if (mine[mine.length - 1] !== theirs[theirs.length - 1]) return false;
  return theirs.every((w) => mine.includes(w));
}

// A capitalised name after a preposition: "being on the board for Millgate School" → "Millgate School".
const CAP = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*";
const NAMED = new RegExp(`\\b(?:of|for|at|with|by|on|in|to)\\s+(?:the\\s+)?(${CAP}(?:\\s+(?:(?:of|and|the|for|&|upon|on)\\s+)*${CAP})*)`, 'u');

/** What a declared subject is about, for grouping: the organisation it names, else the subject itself. */
export function subjectKey(subject: string): string {
  const text = subject.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/, '');
  const named = NAMED.exec(text);
  return (named?.[1] ?? text).replace(/\s+(?:of|and|the|for|&|upon|on)$/i, '');
}

interface MinutesRow {
  id: number;
  member: string;
  subject: string;
  item_label: string | null;
  nature: InterestNature;
  withdrew: number;
  member_set: number;
  meetingId: number;
  date: string | null;
  committeeId: number;
  committeeName: string;
}

export function minutesDeclarations(db: Database.Database): MinutesDeclarationRow[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.member, d.subject, d.item_label, d.nature, d.withdrew, d.member_set, mt.id AS meetingId, mt.date, c.id AS committeeId, c.name AS committeeName
       FROM declarations d JOIN meetings mt ON mt.id = d.meeting_id JOIN committees c ON c.id = mt.committee_id
       WHERE d.removed_by_member = 0
       ORDER BY mt.date IS NULL, mt.date DESC, mt.id DESC, d.position`,
    )
    .all() as MinutesRow[];
  return rows.map((r) => ({
    id: r.id,
    member: r.member,
    subject: r.subject,
    subjectKey: subjectKey(r.subject),
    itemLabel: r.item_label,
    nature: r.nature,
    withdrew: r.withdrew === 1,
    checked: r.member_set === 1,
    meeting: { id: r.meetingId, date: r.date, committeeId: r.committeeId, committeeName: r.committeeName },
  }));
}

const distinctMeetings = (rows: readonly MinutesDeclarationRow[]) => new Set(rows.map((r) => r.meeting.id)).size;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function everyoneDeclarations(db: Database.Database, query = ''): EveryoneDeclarations {
  const all = minutesDeclarations(db);
  const q = foldSameLength(query.replace(/\s+/g, ' ').trim());
  const rows = q ? all.filter((r) => foldSameLength(`${r.member} ${r.subject}`).includes(q)) : all;

  const byMember: MemberGroup[] = [...groupBy(rows, (r) => memberKey(r.member))].map(([, list]) => ({
    member: (list[0] as MinutesDeclarationRow).member,
    meetingCount: distinctMeetings(list),
    subjects: [...groupBy(list, (r) => foldSameLength(r.subjectKey))]
      .map(([, declarations]) => ({
        subject: (declarations[0] as MinutesDeclarationRow).subjectKey,
        meetingCount: distinctMeetings(declarations),
        declarations,
      }))
      .sort((a, b) => b.meetingCount - a.meetingCount || byName.compare(a.subject, b.subject)),
  }));
  byMember.sort((a, b) => byName.compare(a.member, b.member));

  const bySubject: SubjectMembers[] = [...groupBy(rows, (r) => foldSameLength(r.subjectKey))].map(([, list]) => ({
    subject: (list[0] as MinutesDeclarationRow).subjectKey,
    meetingCount: distinctMeetings(list),
    members: [...groupBy(list, (r) => memberKey(r.member))]
      .map(([, m]) => ({ member: (m[0] as MinutesDeclarationRow).member, meetingCount: distinctMeetings(m) }))
      .sort((a, b) => b.meetingCount - a.meetingCount || byName.compare(a.member, b.member)),
  }));
  bySubject.sort((a, b) => b.meetingCount - a.meetingCount || byName.compare(a.subject, b.subject));

  const byMeeting: MeetingDeclarations[] = [...groupBy(rows, (r) => String(r.meeting.id))].map(([, list]) => ({
    meeting: (list[0] as MinutesDeclarationRow).meeting,
    declarations: list,
  }));

  return { query, total: rows.length, unchecked: rows.filter((r) => !r.checked).length, byMember, bySubject, byMeeting, mine: compareWithRegister(db, all) };
}

/** The member's declarations (from the minutes under "My name", and recorded) against their register. */
export function compareWithRegister(db: Database.Database, all: readonly MinutesDeclarationRow[] = minutesDeclarations(db)): MyComparison | null {
  const { profile, interests } = listRegister(db);
  if (profile.name.trim() === '') return null;
  const patterns = interests.flatMap((i) => interestPatterns(i.names, i.addresses));
  const fromMinutes = all.filter((r) => isMyName(profile.name, r.member));
  const recorded = listMyDeclarations(db);
  const unregistered: MyComparison['unregistered'] = [];
  const seen = new Set<string>();
  const prompt = (subject: string, source: 'minutes' | 'mine', meeting: { id: number; date: string | null }, committeeName: string) => {
    const key = foldSameLength(subjectKey(subject));
    if (seen.has(key)) return;
    seen.add(key);
    unregistered.push({ subject, source, meetingId: meeting.id, date: meeting.date, committeeName });
  };
  for (const r of fromMinutes) if (!mentionsAny(r.subject, patterns)) prompt(r.subject, 'minutes', r.meeting, r.meeting.committeeName);
  for (const r of recorded) {
    if (r.interestId !== null || mentionsAny(r.nature, patterns)) continue;
    prompt(r.nature, 'mine', r.meeting, r.meeting.committeeName);
  }
  return { fromMinutes, recorded, unregistered };
}
