/** "Delete meeting…": after a confirmation, moves the meeting to the bin and goes to the library, which says where it went. */
import type { MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { setFlash } from '../../kernel/flash';
import { hrefs } from '../../kernel/router';
import { ConfirmPanel } from '../../ui/ConfirmPanel';

export function DeleteMeeting({ meeting, onCancel }: { meeting: MeetingDetail; onCancel: () => void }) {
  const remove = async (): Promise<string | null> => {
    const reply = await api['library.deleteMeeting']({ meetingId: meeting.id });
    if (!reply.ok) return reply.error.message;
    setFlash({ kind: 'meeting-deleted', title: reply.value.title });
    window.location.hash = hrefs.library();
    return null;
  };
  return (
    <ConfirmPanel title="Delete this meeting?" confirmLabel="Move to the bin" tone="danger" onConfirm={remove} onCancel={onCancel}>
      <p>
        Moves it to the bin with your notes; you can restore it for 30 days. After that it is removed for good, with its papers and
        your notes and actions on it.
      </p>
    </ConfirmPanel>
  );
}
