/**
 * On a committee's page: rename it, merge another committee into it, and the same for its council.
 * One panel at a time below the buttons; closing returns focus to the button that opened it.
 */
import { useRef, useState, type RefObject } from 'react';
import type { CommitteeDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { councilLabel } from '../../ui/labels';
import { MergeChooser } from './MergeChooser';
import { RenameForm } from './RenameForm';
import { committeeChoices, councilChoices, useCouncils } from './useOverview';
import './corrections.css';

type Panel = 'rename-committee' | 'merge-committee' | 'rename-council' | 'merge-council';

function MergeCommittee({ committee, onDone, onCancel }: { committee: CommitteeDetail; onDone: (message: string) => void; onCancel: () => void }) {
  const councils = useCouncils();
  return (
    <MergeChooser
      title="Merge with another committee"
      selectLabel="The other committee"
      choices={committeeChoices(councils, committee.id)}
      confirmLabel="Merge into this committee"
      onMerge={async (otherId, label) => {
        const reply = await api['library.mergeCommittees']({ keepId: committee.id, otherId });
        if (!reply.ok) return reply.error.message;
        onDone(`Merged: the meetings of ${label} are now under ${committee.name}.`);
        return null;
      }}
      onCancel={onCancel}
    >
      <p>
        Use this when two committees in the library are really one (for example, the same committee under two spellings). The other
        committee’s meetings move here and it is removed; this committee’s name is kept, and pages that use the other name are filed here
        from now on. Two meetings on the same date stay two, marked for you to check and merge.
      </p>
    </MergeChooser>
  );
}

function MergeCouncil({ committee, onDone, onCancel }: { committee: CommitteeDetail; onDone: (message: string) => void; onCancel: () => void }) {
  const councils = useCouncils();
  const name = councilLabel(committee.council);
  return (
    <MergeChooser
      title="Merge with another council"
      selectLabel="The other council"
      choices={councilChoices(councils, committee.council.id)}
      confirmLabel="Merge into this council"
      onMerge={async (otherId, label) => {
        const reply = await api['library.mergeCouncils']({ keepId: committee.council.id, otherId });
        if (!reply.ok) return reply.error.message;
        onDone(`Merged: the committees of ${label} are now under ${name}.`);
        return null;
      }}
      onCancel={onCancel}
    >
      <p>
        Use this when two councils in the library are really one. The other council’s committees move to {name}; committees with the same
        name become one. This council’s name is kept.
      </p>
    </MergeChooser>
  );
}

export function CommitteeCorrections({ committee, onChanged }: { committee: CommitteeDetail; onChanged: () => void }) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [status, setStatus] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const buttons: Record<Panel, RefObject<HTMLButtonElement | null>> = {
    'rename-committee': useRef<HTMLButtonElement>(null),
    'merge-committee': useRef<HTMLButtonElement>(null),
    'rename-council': useRef<HTMLButtonElement>(null),
    'merge-council': useRef<HTMLButtonElement>(null),
  };
  const close = (which: Panel, message?: string) => {
    setPanel(null);
    if (message) {
      setStatus(message);
      onChanged();
    }
    focusAfterRender(() => buttons[which].current);
  };
  const toggle = (which: Panel, label: string) => (
    <Button
      ref={buttons[which]}
      variant="quiet"
      aria-expanded={panel === which}
      aria-controls={panel === which ? 'committee-corrections-panel' : undefined}
      onClick={() => {
        setStatus('');
        setPanel(panel === which ? null : which);
      }}
    >
      {label}
    </Button>
  );
  const councilName = committee.council.name ?? '';

  return (
    <section className="section library-corrections" aria-labelledby="committee-corrections">
      <h2 id="committee-corrections" className="section-heading">
        Names and duplicates
      </h2>
      <p className="muted">If the minutes spelled a name differently, or the same committee or council is listed twice, correct it here.</p>
      <div className="library-corrections__buttons">
        {toggle('rename-committee', 'Rename committee')}
        {toggle('merge-committee', 'Merge with another committee…')}
        {toggle('rename-council', 'Rename council')}
        {toggle('merge-council', 'Merge council…')}
      </div>
      <div id="committee-corrections-panel">
        {panel === 'rename-committee' && (
          <RenameForm
            title="Rename committee"
            label="Committee name"
            current={committee.name}
            onSave={async (name) => {
              const reply = await api['library.renameCommittee']({ committeeId: committee.id, name });
              if (!reply.ok) return reply.error.message;
              close('rename-committee', `Renamed the committee to ${name}.`);
              return null;
            }}
            onCancel={() => close('rename-committee')}
          />
        )}
        {panel === 'merge-committee' && (
          <MergeCommittee committee={committee} onDone={(message) => close('merge-committee', message)} onCancel={() => close('merge-committee')} />
        )}
        {panel === 'rename-council' && (
          <RenameForm
            title="Rename council"
            label="Council name"
            current={councilName}
            onSave={async (name) => {
              const reply = await api['library.renameCouncil']({ councilId: committee.council.id, name });
              if (!reply.ok) return reply.error.message;
              close('rename-council', `Renamed the council to ${name}.`);
              return null;
            }}
            onCancel={() => close('rename-council')}
          />
        )}
        {panel === 'merge-council' && (
          <MergeCouncil committee={committee} onDone={(message) => close('merge-council', message)} onCancel={() => close('merge-council')} />
        )}
      </div>
      <p role="status" className="library-corrections__status">
        {status}
      </p>
    </section>
  );
}
