/** "Remove…" a declaration that is not one, after a confirmation saying the minutes will not bring it back. */
import type { DeclarationView, MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { ConfirmPanel } from '../../ui/ConfirmPanel';

export function RemoveDeclaration({
  meetingId,
  declaration,
  onRemoved,
  onCancel,
}: {
  meetingId: number;
  declaration: DeclarationView;
  onRemoved: (meeting: MeetingDetail) => void;
  onCancel: () => void;
}) {
  const remove = async (): Promise<string | null> => {
    const reply = await api['library.removeDeclaration']({ meetingId, id: declaration.id });
    if (!reply.ok) return reply.error.message;
    onRemoved(reply.value);
    return null;
  };
  return (
    <ConfirmPanel title={`Remove ${declaration.member}’s declaration?`} confirmLabel="Remove the declaration" tone="danger" onConfirm={remove} onCancel={onCancel}>
      <p>
        “{declaration.subject || 'Interest not described'}” will no longer be listed for this meeting. A later import of these minutes does not
        bring it back; you can add it again by hand.
      </p>
    </ConfirmPanel>
  );
}
