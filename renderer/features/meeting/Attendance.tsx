/**
 * Who was at the meeting, as the minutes list them: members present (the Chair, substitutes,
 * co-opted members), others in attendance (officers and their posts, cabinet members), apologies
 * and absences. Minutes that list only apologies keep the plain Apologies list. A list read only in
 * part, or not at all, is said to be so (attendance-note.ts), with the way to the minutes' files.
 */
import type { AttendeeView, MeetingDetail } from '../../../shared/types/library';
import { attendanceNote, namedElsewhereNote, noPresentNote } from './attendance-note';
import { ToSourceFiles } from './ToSourceFiles';

const GROUPS: Array<{ status: AttendeeView['status']; id: string; title: string }> = [
  { status: 'present', id: 'attendance-present', title: 'Present' },
  { status: 'in-attendance', id: 'attendance-in-attendance', title: 'In attendance' },
  // "apologies" as before, so links and tests that point at the apologies still find them.
  { status: 'apologies', id: 'apologies', title: 'Apologies' },
  { status: 'absent', id: 'attendance-absent', title: 'Absent' },
];

type AttendanceMeeting = Pick<MeetingDetail, 'attendance' | 'apologies' | 'attendanceState' | 'attendanceNamedElsewhere'>;

function Attendee({ person }: { person: AttendeeView }) {
  return (
    <li className="attendance__person">
      <span className="attendance__name">{person.name}</span>
      {person.role && (
        <>
          , <span className="attendance__role">{person.role}</span>
        </>
      )}
    </li>
  );
}

function Note({ meeting, listed }: { meeting: AttendanceMeeting; listed: number }) {
  const note = attendanceNote(meeting.attendanceState, listed);
  const named = namedElsewhereNote(meeting.attendanceNamedElsewhere ?? []);
  const noPresent = noPresentNote(meeting.attendanceState, meeting.attendance);
  if (!note && !named && !noPresent) return null;
  const warn = note?.kind === 'partial' || note?.kind === 'unread';
  return (
    <>
      {note && (
        <p className={warn ? 'declarations-note declarations-note--unread attendance-note' : 'muted attendance-note'}>
          {note.text}
          {warn && !named && (
            <>
              {' '}
              <ToSourceFiles />
            </>
          )}
        </p>
      )}
      {noPresent && (
        <p className="declarations-note declarations-note--unread attendance-no-present">
          {noPresent}
          {!named && (
            <>
              {' '}
              <ToSourceFiles />
            </>
          )}
        </p>
      )}
      {named && (
        <p className="declarations-note declarations-note--unread attendance-named-elsewhere">
          {named} <ToSourceFiles />
        </p>
      )}
    </>
  );
}

function Apologies({ meeting }: { meeting: AttendanceMeeting }) {
  const names = meeting.apologies;
  return (
    <section className="section" aria-labelledby="apologies">
      <h2 id="apologies" className="section-heading">
        Apologies
      </h2>
      <Note meeting={meeting} listed={names.length} />
      {names.length > 0 && (
        <ul className="name-list">
          {names.map((name, i) => (
            <li key={`${i}-${name}`}>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Attendance({ meeting }: { meeting: AttendanceMeeting }) {
  if (meeting.attendance.length === 0) return <Apologies meeting={meeting} />;
  return (
    <section className="section" aria-labelledby="attendance">
      <h2 id="attendance" className="section-heading">
        Attendance
      </h2>
      <Note meeting={meeting} listed={meeting.attendance.length} />
      <div className="attendance">
        {GROUPS.map(({ status, id, title }) => {
          const people = meeting.attendance.filter((p) => p.status === status);
          if (people.length === 0) return null;
          return (
            <section key={status} className="attendance__group" aria-labelledby={id}>
              <h3 id={id} className="attendance__heading">
                {title} <span className="attendance__count">({people.length})</span>
              </h3>
              <ul className="attendance__list">
                {people.map((person, i) => (
                  <Attendee key={`${i}-${person.name}`} person={person} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
