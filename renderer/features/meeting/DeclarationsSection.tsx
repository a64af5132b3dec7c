/**
 * "Declarations of interest" on the meeting page: what the minutes say (never "none" unless they say
 * so), the declarations listed, how many read from the minutes are not checked, and the member's checks and
 * corrections: Mark as checked (one or all), Add a declaration, Edit, Remove…. One
 * panel opens at a time below the list; closing it returns focus to the button that opened it, and
 * what happened is announced in the status line.
 */
import { useRef, useState } from 'react';
import type { DeclarationView, ItemView, MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { useFocusAfterRender } from '../../ui/useFocusAfterRender';
import { DeclarationForm } from './DeclarationForm';
import { declarationsItem, declarationsNote, NOT_ALL_READ } from './declarations-note';
import { DeclarationsTable, type DeclarationAction } from './DeclarationsTable';
import { itemTitle } from './Item';
import { RemoveDeclaration } from './RemoveDeclaration';
import { ToSourceFiles } from './ToSourceFiles';

type Panel = { kind: 'add' } | Exclude<DeclarationAction, { kind: 'check' }> | null;

const PANEL_ID = 'declarations-panel';

function SeeTheMinutes({ items, onGoToItem }: { items: ItemView[]; onGoToItem: (itemId: number) => void }) {
  const item = declarationsItem(items);
  if (!item) return <ToSourceFiles />;
  return (
    <a
      className="declarations-note__link"
      href={`#item-${item.id}`}
      onClick={(e) => {
        e.preventDefault();
        onGoToItem(item.id);
      }}
    >
      Go to the minutes: {item.number ? `item ${item.number}, ` : ''}
      {itemTitle(item)}
    </a>
  );
}

export function DeclarationsSection({
  meeting,
  onChanged,
  onGoToItem,
}: {
  meeting: MeetingDetail;
  /** A declaration was saved or removed: load the meeting again. */
  onChanged: () => void;
  onGoToItem: (itemId: number) => void;
}) {
  const [panel, setPanel] = useState<Panel>(null);
  const [status, setStatus] = useState('');
  const section = useRef<HTMLElement>(null);
  const note = declarationsNote(meeting.declarationsState, meeting.declarations.length);

  const focusAfterRender = useFocusAfterRender();

  /** Closes the panel and puts focus back: on the button that opened it, or the heading when that row has gone. */
  const close = (focusKey: string | 'heading', message?: string) => {
    setPanel(null);
    if (message) setStatus(message);
    focusAfterRender(() => {
      const selector = focusKey === 'heading' ? '#declarations' : `[data-focus-key="${focusKey}"]`;
      return section.current?.querySelector<HTMLElement>(selector) ?? section.current?.querySelector<HTMLElement>('#declarations');
    });
  };
  const open = (next: Panel) => {
    setStatus('');
    setPanel(next);
  };
  const unchecked = meeting.declarations.filter((d) => !d.memberSet);
  /** Marks one declaration (or all not yet checked) as checked; focus goes to the row's Edit button, or the heading. */
  const check = async (declaration: DeclarationView | null) => {
    setPanel(null);
    setStatus('');
    const reply = await api['library.checkDeclarations']({ meetingId: meeting.id, ...(declaration ? { ids: [declaration.id] } : {}) });
    if (!reply.ok) {
      setStatus(`Not marked as checked: ${reply.error.message}`);
      return;
    }
    onChanged();
    close(
      declaration ? `edit-${declaration.id}` : 'heading',
      declaration ? `${declaration.member}’s declaration marked as checked.` : `${unchecked.length} declarations marked as checked.`,
    );
  };
  const act = (action: DeclarationAction) => (action.kind === 'check' ? void check(action.declaration) : open(action));
  const saved = (declaration: DeclarationView | null) => {
    onChanged();
    close(declaration ? `edit-${declaration.id}` : 'add', declaration ? 'Correction saved.' : 'Declaration added.');
  };

  return (
    <section ref={section} className="section" aria-labelledby="declarations">
      <h2 id="declarations" tabIndex={-1} className="section-heading">
        Declarations of interest
      </h2>
      {note && (
        <p className={`declarations-note declarations-note--${note.kind}`}>
          {note.text}
          {note.kind === 'unread' && (
            <>
              {' '}
              <SeeTheMinutes items={meeting.items} onGoToItem={onGoToItem} />
            </>
          )}
        </p>
      )}
      {meeting.declarationsNotRead.length > 0 && (
        <div className="declarations-not-read">
          <p className="declarations-note declarations-note--unread">
            {NOT_ALL_READ} <SeeTheMinutes items={meeting.items} onGoToItem={onGoToItem} />
          </p>
          <ul aria-label="Passages on declarations Scrutineer could not read">
            {meeting.declarationsNotRead.map((passage) => (
              <li key={passage}>
                <q>{passage}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {unchecked.length > 0 && (
        <p className="declarations-note">
          {unchecked.length === 1 ? 'One declaration was' : `${unchecked.length} declarations were`} read from the minutes by Scrutineer and{' '}
          {unchecked.length === 1 ? 'is' : 'are'} not checked. Compare each with the minutes (“Show where this came from”), then correct it or mark it
          as checked.
        </p>
      )}
      {meeting.declarations.length > 0 && <DeclarationsTable declarations={meeting.declarations} onAction={act} />}
      <div className="declarations-tools">
        {unchecked.length > 1 && (
          <Button variant="quiet" onClick={() => void check(null)}>
            Mark all {unchecked.length} as checked
          </Button>
        )}
        <Button
          variant="quiet"
          data-focus-key="add"
          aria-expanded={panel?.kind === 'add'}
          aria-controls={panel?.kind === 'add' ? PANEL_ID : undefined}
          onClick={() => open(panel?.kind === 'add' ? null : { kind: 'add' })}
        >
          Add a declaration
        </Button>
      </div>
      <div id={PANEL_ID}>
        {panel?.kind === 'add' && <DeclarationForm meetingId={meeting.id} declaration={null} onSaved={() => saved(null)} onCancel={() => close('add')} />}
        {panel?.kind === 'edit' && (
          <DeclarationForm
            key={panel.declaration.id}
            meetingId={meeting.id}
            declaration={panel.declaration}
            onSaved={() => saved(panel.declaration)}
            onCancel={() => close(`edit-${panel.declaration.id}`)}
          />
        )}
        {panel?.kind === 'remove' && (
          <RemoveDeclaration
            key={panel.declaration.id}
            meetingId={meeting.id}
            declaration={panel.declaration}
            onRemoved={() => {
              onChanged();
              close('heading', `${panel.declaration.member}’s declaration removed.`);
            }}
            onCancel={() => close(`remove-${panel.declaration.id}`)}
          />
        )}
      </div>
      <p role="status" className="meeting-tools__status">
        {status}
      </p>
    </section>
  );
}
