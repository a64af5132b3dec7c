/** 'My declarations' on the interests page: what the member declared at meetings, with a printable slip for each. */
import { CATEGORY_LABEL, type MyDeclarationView } from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { Button } from '../../ui/Button';
import { CellNote, DeclarationRow, DeclarationsGrid } from '../../ui/DeclarationRows';
import { meetingWhen } from './labels';

const itemLabel = (d: MyDeclarationView) => (d.item ? `${d.item.number ? `${d.item.number}. ` : ''}${d.item.title}` : d.itemText || 'Whole meeting');

export function MyDeclarations({ declarations, onChanged, announce }: { declarations: MyDeclarationView[]; onChanged: () => void; announce: (t: string) => void }) {
  if (declarations.length === 0) {
    return <p className="muted">You have not recorded a declaration yet. Open a meeting and use “Record a declaration” under Possible interests.</p>;
  }
  const remove = async (d: MyDeclarationView) => {
    const result = await api['interests.declarations.delete']({ declarationId: d.id });
    if (result.ok) {
      announce('Declaration deleted.');
      onChanged();
    }
  };
  return (
    <DeclarationsGrid caption="Declarations you recorded" columns={['Meeting', 'Item', 'Interest', 'Left the room']} buttonsLabel="Actions">
      {declarations.map((d) => (
        <DeclarationRow
          key={d.id}
          heading={
            <>
              <a href={hrefs.meeting(d.meeting.id)}>{meetingWhen(d.meeting.date)}</a>
              <CellNote>{d.meeting.committeeName}</CellNote>
            </>
          }
          cells={[
            itemLabel(d),
            <>
              {d.nature}
              <CellNote>
                {CATEGORY_LABEL[d.category]}
                {d.dispensation ? '; dispensation held' : ''}
              </CellNote>
            </>,
            d.withdrew ? 'Yes' : 'No',
          ]}
          buttons={
            <>
              <a href={hrefs.declarationSlip(d.id)}>
                Print slip<span className="visually-hidden"> for {d.nature}</span>
              </a>{' '}
              <Button variant="quiet" onClick={() => void remove(d)}>
                Delete<span className="visually-hidden"> the declaration of {d.nature}</span>
              </Button>
            </>
          }
        />
      ))}
    </DeclarationsGrid>
  );
}
