/** '#/interests/slip/ID': the printable declaration slip. */
import { useCallback } from 'react';
import { CATEGORY_LABEL } from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import './interests.css';
import { meetingWhen } from './labels';

export function DeclarationSlipPage({ declarationId, refreshKey, focusOnMount }: PageProps & { declarationId: number }) {
  const load = useCallback(() => api['interests.declarations.slip']({ declarationId }), [declarationId]);
  const slip = useResource(load, refreshKey);
  useDocumentTitle('Declaration of interest');
  if (slip.status === 'loading') return <Loading what="the declaration slip" />;
  if (slip.status === 'error') {
    return (
      <>
        <PageHeading focusOnMount={focusOnMount}>Declaration of interest</PageHeading>
        <ErrorPanel title="This declaration could not be opened" error={slip.error} />
      </>
    );
  }
  const { declaration: d, memberName } = slip.value;
  const item = d.item ? `${d.item.number ? `${d.item.number}. ` : ''}${d.item.title}` : d.itemText || 'The whole meeting';
  return (
    <div className="slip-page">
      <div className="no-print">
        <Breadcrumbs
          trail={[
            { label: 'Library', href: hrefs.library() },
            { label: 'My interests', href: hrefs.interests() },
          ]}
          current="Declaration slip"
        />
      </div>
      <article className="slip" aria-labelledby="slip-title">
        <PageHeading focusOnMount={focusOnMount}>
          <span id="slip-title">Declaration of interest</span>
        </PageHeading>
        <p className="slip__council">{d.meeting.councilName ?? ''}</p>
        <dl className="slip__fields">
          <div>
            <dt>Name of member</dt>
            <dd>{memberName || <span className="slip__blank">&nbsp;</span>}</dd>
          </div>
          <div>
            <dt>Meeting</dt>
            <dd>{d.meeting.committeeName}</dd>
          </div>
          <div>
            <dt>Date of meeting</dt>
            <dd>{meetingWhen(d.meeting.date)}</dd>
          </div>
          <div>
            <dt>Item number and title</dt>
            <dd>{item}</dd>
          </div>
          <div>
            <dt>Kind of interest</dt>
            <dd>{CATEGORY_LABEL[d.category]}</dd>
          </div>
          <div>
            <dt>Nature of interest</dt>
            <dd>{d.nature}</dd>
          </div>
          <div>
            <dt>During the item</dt>
            <dd>{d.withdrew ? 'I will leave the room' : 'I will not leave the room'}</dd>
          </div>
          <div>
            <dt>Dispensation</dt>
            <dd>{d.dispensation ? `I hold a dispensation${d.dispensationDetails ? `: ${d.dispensationDetails}` : ''}` : 'I do not hold a dispensation'}</dd>
          </div>
        </dl>
        <div className="slip__sign">
          <p>
            Signed <span className="slip__line" />
          </p>
          <p>
            Date <span className="slip__line slip__line--short" />
          </p>
        </div>
        <p className="slip__note">Hand this slip to the clerk (democratic services officer) at the start of the meeting.</p>
      </article>
      {!memberName && (
        <p className="notice no-print">
          Your name is blank on the slip. <a href={hrefs.interests()}>Save “My name”</a> to have it filled in.
        </p>
      )}
      <div className="form-actions no-print">
        <Button onClick={() => window.print()}>Print the slip</Button>
        <a href={hrefs.meeting(d.meeting.id)}>Back to the meeting</a>
      </div>
    </div>
  );
}
