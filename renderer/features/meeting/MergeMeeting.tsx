/** "Merge with another meeting…": pick the other meeting; everything it holds moves to this one, whose details are kept. */
import type { MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { MergeChooser } from '../corrections/MergeChooser';
import { useLibraryMeetings } from '../corrections/useLibraryMeetings';

export function MergeMeeting({ meeting, onMerged, onCancel }: { meeting: MeetingDetail; onMerged: (kept: MeetingDetail, otherLabel: string) => void; onCancel: () => void }) {
  const meetings = useLibraryMeetings(meeting.id);
  const merge = async (otherId: number, label: string): Promise<string | null> => {
    const reply = await api['library.mergeMeetings']({ keepId: meeting.id, otherId });
    if (!reply.ok) return reply.error.message;
    onMerged(reply.value, label || 'the other meeting');
    return null;
  };
  return (
    <MergeChooser
      title="Merge with another meeting"
      selectLabel="The other meeting"
      choices={meetings.status === 'ready' ? meetings.choices : meetings.status === 'error' ? [] : null}
      confirmLabel="Merge into this meeting"
      onMerge={merge}
      onCancel={onCancel}
    >
      <p>
        Use this when two meetings in the library are really one. Everything from the other meeting moves here: its items, decisions,
        attendance, declarations, papers and files, and your notes and actions on them. This meeting’s details (committee, council, date,
        times and venue) are kept, and the other meeting is removed.
      </p>
      {meetings.status === 'error' && (
        <p className="confirm-panel__error" role="alert">
          {meetings.message}
        </p>
      )}
    </MergeChooser>
  );
}
