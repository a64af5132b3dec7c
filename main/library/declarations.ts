/**
 * The member corrects the declarations of interest read from a meeting's minutes: add one the parser
 * missed, edit one it got wrong, remove one that is not a declaration. Declarations are legal records,
 * so each correction is marked as the member's (`member_set`), a removed one is kept marked
 * `removed_by_member`, and no later import or re-parse brings back what the member changed. One read
 * from the minutes is "not checked" until the member corrects it or checks it as read (`checked_by_member`).
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { InterestNature } from '../../shared/types/minutes';
import { declarationKey } from './keys';
import { NotFoundError } from '../errors';

export interface DeclarationInput {
  meetingId: number;
  /** The row to edit; absent to add one. */
  id?: number;
  member: string;
  item: string | null;
  subject: string;
  nature: InterestNature;
  withdrew: boolean;
}

export function saveDeclaration(db: Database.Database, input: DeclarationInput): number {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(input.meetingId)) throw new NotFoundError('That meeting is not in the library.');
    if (input.id !== undefined) {
      const row = db
        .prepare('SELECT member, item_label AS item, subject, original_key AS originalKey FROM declarations WHERE id = ? AND meeting_id = ? AND removed_by_member = 0')
        .get(input.id, input.meetingId) as { member: string; item: string | null; subject: string; originalKey: string | null } | undefined;
      if (!row) throw new NotFoundError('That declaration is not on this meeting.');
      db.prepare(
        `UPDATE declarations SET member = ?, item_label = ?, subject = ?, nature = ?, withdrew = ?, member_set = 1, checked_by_member = 0,
         original_key = COALESCE(original_key, ?) WHERE id = ?`,
      ).run(input.member.trim(), input.item?.trim() || null, input.subject.trim(), input.nature, input.withdrew ? 1 : 0, row.originalKey ?? declarationKey(row.member, row.item, row.subject), input.id);
      return input.id;
    }
    const position = (db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM declarations WHERE meeting_id = ?').pluck().get(input.meetingId) as number);
    return Number(
      db
        .prepare(
          `INSERT INTO declarations (meeting_id, item_label, member, subject, nature, withdrew, position, member_set)
           VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
        )
        .run(input.meetingId, input.item?.trim() || null, input.member.trim(), input.subject.trim(), input.nature, input.withdrew ? 1 : 0, position).lastInsertRowid,
    );
  })();
}

/** Removes a declaration from what the meeting shows; the row stays so the minutes cannot bring it back. */
export function removeDeclaration(db: Database.Database, meetingId: number, id: number): void {
  db.transaction(() => {
    const row = db
      .prepare('SELECT member, item_label AS item, subject, original_key AS originalKey, member_set AS memberSet, source_sha256 AS source FROM declarations WHERE id = ? AND meeting_id = ?')
      .get(id, meetingId) as
      | { member: string; item: string | null; subject: string; originalKey: string | null; memberSet: number; source: string | null }
      | undefined;
    if (!row) throw new NotFoundError('That declaration is not on this meeting.');
    // One the member added themselves simply goes; one read from the minutes is kept, marked removed.
    if (row.memberSet === 1 && row.source === null && row.originalKey === null) {
      db.prepare('DELETE FROM declarations WHERE id = ?').run(id);
      return;
    }
    db.prepare('UPDATE declarations SET removed_by_member = 1, member_set = 1, original_key = COALESCE(original_key, ?) WHERE id = ?').run(
      declarationKey(row.member, row.item, row.subject),
      id,
    );
  })();
}

/**
 * The member has checked declarations read from the minutes against the minutes and found them right: each
 * becomes the member's as it stands (so no re-parse changes it) and is shown "Checked by you". `ids` absent: every
 * declaration of the meeting not yet checked or corrected. Returns how many were checked.
 */
export function checkDeclarations(db: Database.Database, meetingId: number, ids?: readonly number[]): number {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) throw new NotFoundError('That meeting is not in the library.');
    const rows = db
      .prepare('SELECT id, member, item_label AS item, subject, member_set AS memberSet FROM declarations WHERE meeting_id = ? AND removed_by_member = 0')
      .all(meetingId) as Array<{ id: number; member: string; item: string | null; subject: string; memberSet: number }>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids ?? []) if (!byId.has(id)) throw new NotFoundError('That declaration is not on this meeting.');
    const chosen = ids ? ids.map((id) => byId.get(id)!) : rows;
    // One the member added or corrected is theirs already: nothing to check.
    const unchecked = chosen.filter((r) => r.memberSet === 0);
    const mark = db.prepare('UPDATE declarations SET member_set = 1, checked_by_member = 1, original_key = COALESCE(original_key, ?) WHERE id = ?');
    for (const r of unchecked) mark.run(declarationKey(r.member, r.item, r.subject), r.id);
    return unchecked.length;
  })();
}
