/**
 * The declarations listed for a meeting: who, what, on which item, the nature and whether they left the
 * room; "Not checked" on those read from the minutes, "Checked by you" or "Corrected by you" on the member's;
 * where each came from in the minutes, on demand; and Mark as checked, Edit and Remove buttons (each names the
 * declaration for screen readers).
 */
import type { DeclarationView } from '../../../shared/types/library';
import { Button } from '../../ui/Button';
import { CellNote, DeclarationRow, DeclarationsGrid } from '../../ui/DeclarationRows';
import { INTEREST_NATURE } from '../../ui/labels';
import { SourcePassage } from './SourcePassage';

export type DeclarationAction = { kind: 'edit' | 'remove' | 'check'; declaration: DeclarationView };

const notStated = <span className="muted">Not stated</span>;

export function DeclarationsTable({
  declarations,
  onAction,
}: {
  declarations: DeclarationView[];
  /** Each row's buttons carry data-focus-key, so the section can put focus back on the one that opened a panel. */
  onAction: (action: DeclarationAction) => void;
}) {
  return (
    <DeclarationsGrid caption="Interests declared at the meeting" columns={['Member', 'Interest', 'Item', 'Nature']} buttonsLabel="Correct">
      {declarations.map((d) => {
        const about = `${d.member}’s declaration`;
        return (
          <DeclarationRow
            key={d.id}
            heading={
              <>
                {d.member}
                <CellNote tone={d.memberSet ? 'mine' : 'unchecked'}>{d.checked ? 'Checked by you' : d.memberSet ? 'Corrected by you' : 'Not checked'}</CellNote>
              </>
            }
            cells={[
              <>
                {d.subject || notStated}
                <SourcePassage passage={d.passage} about={about} />
              </>,
              d.item ?? notStated,
              <>
                {INTEREST_NATURE[d.nature]}
                {d.withdrew && <CellNote>Left the room / took no part</CellNote>}
              </>,
            ]}
            buttons={
              <>
                {!d.memberSet && (
                  <Button variant="quiet" data-focus-key={`check-${d.id}`} aria-label={`Mark as checked: ${about}`} onClick={() => onAction({ kind: 'check', declaration: d })}>
                    Mark as checked
                  </Button>
                )}
                <Button variant="quiet" data-focus-key={`edit-${d.id}`} aria-label={`Edit ${about}`} onClick={() => onAction({ kind: 'edit', declaration: d })}>
                  Edit
                </Button>
                <Button variant="quiet" data-focus-key={`remove-${d.id}`} aria-label={`Remove ${about}…`} onClick={() => onAction({ kind: 'remove', declaration: d })}>
                  Remove…
                </Button>
              </>
            }
          />
        );
      })}
    </DeclarationsGrid>
  );
}
