/**
 * The member's corrections to a meeting: Edit details, Merge with another meeting…, Delete
 * meeting…. One panel opens below the buttons at a time; closing it returns focus to the button
 * that opened it, and what happened is announced in the status line.
 */
import { useRef, useState } from 'react';
import type { MeetingDetail } from '../../../shared/types/library';
import { Button } from '../../ui/Button';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { DeleteMeeting } from './DeleteMeeting';
import { EditDetailsForm } from './EditDetailsForm';
import { MergeMeeting } from './MergeMeeting';

export type CorrectionPanel = 'edit' | 'merge' | 'delete' | null;

const PANEL_ID = 'meeting-corrections-panel';

export function MeetingTools({
  meeting,
  panel,
  onPanel,
  onChanged,
}: {
  meeting: MeetingDetail;
  panel: CorrectionPanel;
  onPanel: (panel: CorrectionPanel) => void;
  /** The meeting changed: load it again. */
  onChanged: () => void;
}) {
  const editButton = useRef<HTMLButtonElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState('');

  const buttonFor = (which: Exclude<CorrectionPanel, null>) => (which === 'edit' ? editButton : which === 'merge' ? mergeButton : deleteButton);
  const close = (which: Exclude<CorrectionPanel, null>, message?: string) => {
    onPanel(null);
    if (message) setStatus(message);
    focusAfterRender(() => buttonFor(which).current);
  };
  const open = (which: Exclude<CorrectionPanel, null>) => {
    setStatus('');
    onPanel(panel === which ? null : which);
  };
  const toggle = (which: Exclude<CorrectionPanel, null>, label: string) => (
    <Button
      ref={buttonFor(which)}
      variant="quiet"
      aria-expanded={panel === which}
      aria-controls={panel === which ? PANEL_ID : undefined}
      onClick={() => open(which)}
    >
      {label}
    </Button>
  );

  return (
    <section className="meeting-tools" aria-label="Correct this meeting">
      <div className="meeting-tools__buttons">
        {toggle('edit', 'Edit details')}
        {toggle('merge', 'Merge with another meeting…')}
        {toggle('delete', 'Delete meeting…')}
      </div>
      <div id={PANEL_ID}>
        {panel === 'edit' && (
          <EditDetailsForm
            meeting={meeting}
            onSaved={() => {
              onChanged();
              close('edit', 'Details saved.');
            }}
            onCancel={() => close('edit')}
          />
        )}
        {panel === 'merge' && (
          <MergeMeeting
            meeting={meeting}
            onMerged={(_kept, other) => {
              onChanged();
              close('merge', `Merged: everything from ${other} is now in this meeting.`);
            }}
            onCancel={() => close('merge')}
          />
        )}
        {panel === 'delete' && <DeleteMeeting meeting={meeting} onCancel={() => close('delete')} />}
      </div>
      <p role="status" className="meeting-tools__status">
        {status}
      </p>
    </section>
  );
}
