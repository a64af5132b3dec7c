import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  CommitteeDetail,
  DecisionView,
  DeclarationView,
  DocumentView,
  ItemView,
  LibraryOverview,
  MeetingDetail,
} from '../../shared/types/library';
import type { DecisionKind, DocumentFormat, InterestNature } from '../../shared/types/minutes';
import { describeMeeting, needsCheckWords } from './identity';
import { inUse } from './in-use';
import { declarationsStillNotRead } from './declarations-still-not-read';
import { openingPossibleDecisions, possibleDecisions, sentencesDealtWith } from './possible-decisions';

import { NotFoundError } from '../errors';

export function libraryOverview(db: Database.Database): LibraryOverview {
  const rows = db
    .prepare(
      `SELECT c.id AS councilId, c.name AS councilName, c.domain AS councilDomain, m.id AS committeeId, m.name AS committeeName, m.is_mine AS mine,
              (SELECT COUNT(*) FROM meetings WHERE committee_id = m.id) AS meetingCount,
              (SELECT MAX(date) FROM meetings WHERE committee_id = m.id) AS latestMeetingDate
       FROM councils c JOIN committees m ON m.council_id = c.id
       ORDER BY c.name IS NULL, c.name COLLATE NOCASE, m.name COLLATE NOCASE`,
    )
    .all() as Array<{
    councilId: number;
    councilName: string | null;
    councilDomain: string | null;
    committeeId: number;
    committeeName: string;
    meetingCount: number;
    latestMeetingDate: string | null;
    mine: number;
  }>;
  const councils = new Map<number, LibraryOverview['councils'][number]>();
  for (const r of rows) {
    // A committee left empty by the member's corrections is kept (aliases name it) but not shown, unless
    // it is the member's or another module still needs it (followed by council sync, actions, a shared log).
    if (r.meetingCount === 0 && r.mine !== 1 && !inUse(db, { committeeId: r.committeeId })) continue;
    let council = councils.get(r.councilId);
    if (!council) {
      council = { id: r.councilId, name: r.councilName, domain: r.councilDomain, committees: [] };
      councils.set(r.councilId, council);
    }
    council.committees.push({
      id: r.committeeId,
      name: r.committeeName,
      meetingCount: r.meetingCount,
      latestMeetingDate: r.latestMeetingDate,
      mine: r.mine === 1,
    });
  }
  const toCheck = (
    db
      .prepare(
        `SELECT m.id, m.needs_check AS reason,
                (SELECT file_name FROM imports WHERE meeting_id = m.id ORDER BY imported_at, id LIMIT 1) AS fileName
         FROM meetings m WHERE m.needs_check IS NOT NULL ORDER BY m.created_at, m.id`,
      )
      .all() as Array<{ id: number; reason: string; fileName: string | null }>
  ).map((r) => ({ id: r.id, title: describeMeeting(db, r.id), reason: needsCheckWords(r.reason), fileName: r.fileName }));
  const binCount = db.prepare('SELECT COUNT(*) FROM meeting_bin').pluck().get() as number;
  return { councils: [...councils.values()], toCheck, binCount };
}

export function committeeDetail(db: Database.Database, committeeId: number): CommitteeDetail {
  const committee = db
    .prepare(
      `SELECT m.id, m.name, m.is_mine AS mine, c.id AS councilId, c.name AS councilName, c.domain AS councilDomain
       FROM committees m JOIN councils c ON c.id = m.council_id WHERE m.id = ?`,
    )
    .get(committeeId) as { id: number; name: string; mine: number; councilId: number; councilName: string | null; councilDomain: string | null } | undefined;
  if (!committee) throw new NotFoundError('That committee is not in the library.');
  const meetings = db
    .prepare(
      `SELECT id, date, start_time AS startTime, venue, cancelled_at AS cancelledAt,
              (SELECT COUNT(*) FROM items WHERE meeting_id = meetings.id AND withdrawn_at IS NULL) AS itemCount,
              (SELECT COUNT(*) FROM decisions WHERE meeting_id = meetings.id AND withdrawn_at IS NULL) AS decisionCount
       FROM meetings WHERE committee_id = ?
       ORDER BY date IS NULL, date DESC, start_time DESC, id DESC`,
    )
    .all(committeeId) as CommitteeDetail['meetings'];
  return {
    id: committee.id,
    name: committee.name,
    mine: committee.mine === 1,
    council: { id: committee.councilId, name: committee.councilName, domain: committee.councilDomain },
    meetings,
  };
}

interface DecisionRow {
  id: number;
  item_id: number | null;
  item_label: string | null;
  label: string | null;
  text: string;
  kind: DecisionKind;
  owner: string | null;
  due: string | null;
  passage: string | null;
  status: 'done' | 'in-progress' | null;
}

const toDecision = (r: DecisionRow): DecisionView => ({
  id: r.id,
  itemNumber: r.item_label,
  label: r.label,
  text: r.text,
  kind: r.kind,
  owner: r.owner,
  due: r.due,
  passage: r.passage,
  status: r.status,
});

export function meetingDetail(db: Database.Database, meetingId: number): MeetingDetail {
  const meeting = db
    .prepare(
      `SELECT mt.id, mt.date, mt.start_time AS startTime, mt.end_time AS endTime, mt.venue, mt.cancelled_at AS cancelledAt,
              mt.needs_check AS needsCheck, mt.member_fields AS memberFields, mt.current_sha256 AS currentSha,
              mt.declarations_state AS declarationsState, mt.attendance_state AS attendanceState, mt.attendance_named_elsewhere AS namedElsewhere, mt.declarations_not_read AS declarationsNotRead, mt.intro_decisions_state AS introDecisionsState, mt.intro_decision_sentences AS introSentences,
              m.id AS committeeId, m.name AS committeeName, c.id AS councilId, c.name AS councilName, c.domain AS councilDomain
       FROM meetings mt JOIN committees m ON m.id = mt.committee_id JOIN councils c ON c.id = m.council_id
       WHERE mt.id = ?`,
    )
    .get(meetingId) as
    | {
        id: number;
        date: string | null;
        startTime: string | null;
        endTime: string | null;
        venue: string | null;
        cancelledAt: string | null;
        needsCheck: string | null;
        memberFields: string;
        currentSha: string | null;
        declarationsState: string | null;
        attendanceState: string | null;
        namedElsewhere: string | null;
        declarationsNotRead: string | null;
        introDecisionsState: string | null;
        introSentences: string | null;
        committeeId: number;
        committeeName: string;
        councilId: number;
        councilName: string | null;
        councilDomain: string | null;
      }
    | undefined;
  if (!meeting) throw new NotFoundError('That meeting is not in the library.');

  const items = db
    .prepare(
      `SELECT id, number, title, exempt, truncated, agenda_text AS agendaText, minutes_text AS minutesText, decisions_state AS decisionsState
       FROM items WHERE meeting_id = ? AND withdrawn_at IS NULL ORDER BY position, id`,
    )
    .all(meetingId) as Array<Omit<ItemView, 'documents' | 'decisions' | 'exempt' | 'truncated' | 'possibleDecisions'> & { exempt: number; truncated: number }>;
  const documents = db
    .prepare(
      `SELECT d.id, d.item_id AS itemId, d.title, d.format, d.size_kb AS sizeKb FROM item_documents d
       JOIN items i ON i.id = d.item_id WHERE i.meeting_id = ? ORDER BY d.item_id, d.position`,
    )
    .all(meetingId) as Array<DocumentView & { itemId: number; format: DocumentFormat }>;
  const decisions = db
    .prepare(
      `SELECT id, item_id, item_label, label, text, kind, owner, due, passage, status FROM decisions
       WHERE meeting_id = ? AND withdrawn_at IS NULL ORDER BY position, id`,
    )
    .all(meetingId) as DecisionRow[];
  const declarations = db
    .prepare(
      `SELECT id, member, item_label AS item, subject, nature, withdrew, member_set AS memberSet, checked_by_member AS checked, passage FROM declarations
       WHERE meeting_id = ? AND removed_by_member = 0 ORDER BY position`,
    )
    .all(meetingId) as Array<
    Omit<DeclarationView, 'withdrew' | 'nature' | 'memberSet' | 'checked'> & { withdrew: number; nature: InterestNature; memberSet: number; checked: number }
  >;
  const apologies = db
    .prepare("SELECT name FROM attendance WHERE meeting_id = ? AND status = 'apologies' ORDER BY position")
    .all(meetingId) as Array<{ name: string }>;
  const attendance = db
    .prepare('SELECT name, status, role FROM attendance WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as MeetingDetail['attendance'];
  const sources = db
    .prepare(
      `SELECT file_name AS fileName, sha256, input_kind AS inputKind, parser_version AS parserVersion, imported_at AS importedAt,
              document, status, summary
       FROM imports WHERE meeting_id = ? ORDER BY imported_at DESC, id DESC`,
    )
    .all(meetingId) as Array<Omit<MeetingDetail['sources'][number], 'current'>>;

  const dealtWith = sentencesDealtWith(db, meetingId);
  const itemViews: ItemView[] = items.map((i) => {
    const itemDecisions = decisions.filter((d) => d.item_id === i.id);
    const possible = possibleDecisions(i.minutesText, itemDecisions, i.decisionsState, dealtWith);
    return {
      ...i,
      exempt: i.exempt === 1,
      truncated: i.truncated === 1,
      documents: documents.filter((d) => d.itemId === i.id).map(({ itemId: _itemId, ...d }) => d),
      decisions: itemDecisions.map(toDecision),
      decisionsState: possible.state,
      possibleDecisions: possible.sentences,
    };
  });
  const itemIds = new Set(items.map((i) => i.id));
  const opening = openingPossibleDecisions(
    meeting.introDecisionsState as MeetingDetail['introDecisionsState'],
    meeting.introSentences ? (JSON.parse(meeting.introSentences) as string[]) : [],
    dealtWith,
  );

  return {
    id: meeting.id,
    committee: { id: meeting.committeeId, name: meeting.committeeName },
    council: { id: meeting.councilId, name: meeting.councilName, domain: meeting.councilDomain },
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    venue: meeting.venue,
    cancelledAt: meeting.cancelledAt,
    needsCheck: meeting.needsCheck ? needsCheckWords(meeting.needsCheck) : null,
    memberFields: JSON.parse(meeting.memberFields) as string[],
    apologies: apologies.map((a) => a.name),
    attendance,
    attendanceState: meeting.attendanceState as MeetingDetail['attendanceState'],
    attendanceNamedElsewhere: meeting.namedElsewhere ? (JSON.parse(meeting.namedElsewhere) as string[]) : [],
    introDecisionsState: opening.state,
    introPossibleDecisions: opening.sentences,
    declarations: declarations.map((d) => ({ ...d, withdrew: d.withdrew === 1, memberSet: d.memberSet === 1, checked: d.checked === 1 })),
    declarationsState: meeting.declarationsState as MeetingDetail['declarationsState'],
    declarationsNotRead: declarationsStillNotRead(meeting.declarationsNotRead ? (JSON.parse(meeting.declarationsNotRead) as string[]) : [], declarations),
    items: itemViews,
    otherDecisions: decisions.filter((d) => d.item_id === null || !itemIds.has(d.item_id)).map(toDecision),
    sources: sources.map((s) => ({ ...s, current: s.sha256 === meeting.currentSha })),
  };
}

/** Marks a committee as one the member sits on ("my committees"). */
export function setMyCommittee(db: Database.Database, committeeId: number, mine: boolean): null {
  const changed = db.prepare('UPDATE committees SET is_mine = ? WHERE id = ?').run(mine ? 1 : 0, committeeId).changes;
  if (changed === 0) throw new NotFoundError('That committee is not in the library.');
  return null;
}
