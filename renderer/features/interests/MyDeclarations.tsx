/** 'My declarations' on the interests page: what the member declared at meetings, with a printable slip for each. */
import { CATEGORY_LABEL, type MyDeclarationView } from '../../../shared/types/interests';
import { api } from '../../app/api';
import { hrefs } from '../../app/router';
import { Button } from '../../ui/Button';
import { meetingWhen } from './labels';

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
    <div className="table-wrap">
      <table className="declarations">
        <caption className="visually-hidden">Declarations you recorded</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">Item</th>
            <th scope="col">Interest</th>
            <th scope="col">Left the room</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {declarations.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <a href={hrefs.meeting(d.meeting.id)}>{meetingWhen(d.meeting.date)}</a>
                <span className="declarations__withdrew">{d.meeting.committeeName}</span>
              </th>
              <td>{d.item ? `${d.item.number ? `${d.item.number}. ` : ''}${d.item.title}` : d.itemText || 'Whole meeting'}</td>
              <td>
                {d.nature}
                <span className="declarations__withdrew">
                  {CATEGORY_LABEL[d.category]}
                  {d.dispensation ? '; dispensation held' : ''}
                </span>
              </td>
              <td>{d.withdrew ? 'Yes' : 'No'}</td>
              <td className="declarations__actions">
                <a href={hrefs.declarationSlip(d.id)}>
                  Print slip<span className="visually-hidden"> for {d.nature}</span>
                </a>{' '}
                <Button variant="quiet" onClick={() => void remove(d)}>
                  Delete<span className="visually-hidden"> the declaration of {d.nature}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
