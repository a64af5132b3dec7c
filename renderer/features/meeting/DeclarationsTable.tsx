/**
 * The declarations listed for a meeting: who, what, on which item, the nature and whether they left the
 * room; "corrected by you" on those the member set; where each came from in the minutes, on demand; and
 * Edit and Remove buttons (each names the declaration for screen readers).
 */
import type { DeclarationView } from '../../../shared/types/library';
import { Button } from '../../ui/Button';
import { INTEREST_NATURE } from '../../ui/labels';
import { SourcePassage } from './SourcePassage';

export type DeclarationAction = { kind: 'edit' | 'remove'; declaration: DeclarationView };

export function DeclarationsTable({
  declarations,
  onAction,
}: {
  declarations: DeclarationView[];
  /** Each row's buttons carry data-focus-key, so the section can put focus back on the one that opened a panel. */
  onAction: (action: DeclarationAction) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="declarations">
        <caption className="visually-hidden">Interests declared at the meeting</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Interest</th>
            <th scope="col">Item</th>
            <th scope="col">Nature</th>
            <th scope="col">
              <span className="visually-hidden">Correct</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {declarations.map((d) => {
            const about = `${d.member}’s declaration`;
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.member}
                  {d.memberSet && <span className="declarations__mine">Corrected by you</span>}
                </th>
                <td>
                  {d.subject || <span className="muted">Not stated</span>}
                  <SourcePassage passage={d.passage} about={about} />
                </td>
                <td>{d.item ?? <span className="muted">Not stated</span>}</td>
                <td>
                  {INTEREST_NATURE[d.nature]}
                  {d.withdrew && <span className="declarations__withdrew">Left the room / took no part</span>}
                </td>
                <td className="declarations__buttons">
                  <Button variant="quiet" data-focus-key={`edit-${d.id}`} aria-label={`Edit ${about}`} onClick={() => onAction({ kind: 'edit', declaration: d })}>
                    Edit
                  </Button>
                  <Button variant="quiet" data-focus-key={`remove-${d.id}`} aria-label={`Remove ${about}…`} onClick={() => onAction({ kind: 'remove', declaration: d })}>
                    Remove…
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
