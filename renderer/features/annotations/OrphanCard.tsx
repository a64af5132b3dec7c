/**
 * An annotation whose passage a revised version no longer has (with confidence): what the member
 * first marked and where, with Re-attach and Dismiss. Nothing is lost by dismissing: the annotation
 * stays in the data (and the export), it just stops asking for attention.
 */
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/types/annotations';
import { Button } from '../../ui/Button';
import { EarlierQuotes } from './EarlierQuotes';
import { KIND_LABEL, shortQuote } from './listing';
import { SuggestedPassage } from './SuggestedPassage';

export function OrphanCard({
  annotation: a,
  where,
  reattachingThis = false,
  onReattach,
  onStopReattaching,
  onDismiss,
  onAccepted,
}: {
  annotation: Annotation;
  /** The paper it was on, when the list covers several. */
  where?: string | null;
  /** This one is being re-attached (the next selection offers "Attach here"). */
  reattachingThis?: boolean;
  onReattach: () => void;
  onStopReattaching?: () => void;
  onDismiss: () => void;
  /** The member accepted the suggested passage (the card's list should reload). */
  onAccepted?: (message: string) => void;
}): ReactNode {
  const page = a.original?.pageNumber ?? a.pageNumber;
  const quote = a.original?.exact || a.quote?.exact || '';
  const kind = KIND_LABEL[a.kind];
  return (
    <li className="annotation-card annotation-card--orphan" data-annotation-id={a.id}>
      <p className="annotation-card__meta">
        {kind}
        {where ? `, ${where}` : ''}, was on page {page ?? '?'}
      </p>
      {quote && <p className="annotation-card__quote">“{shortQuote(quote, 300)}”</p>}
      {a.body && <p className="annotation-card__body">{a.body}</p>}
      <EarlierQuotes quotes={a.earlierQuotes} />
      {onAccepted && !reattachingThis && <SuggestedPassage annotation={a} onAccepted={onAccepted} />}
      <div className="annotation-card__actions">
        {reattachingThis ? (
          <>
            <span>Select the passage, then choose Attach here.</span>
            {onStopReattaching && (
              <Button variant="quiet" onClick={onStopReattaching}>
                Stop re-attaching
              </Button>
            )}
          </>
        ) : (
          <Button variant="secondary" onClick={onReattach}>
            Re-attach<span className="visually-hidden"> {kind.toLowerCase()}</span>
          </Button>
        )}
        <Button variant="quiet" onClick={onDismiss}>
          Dismiss<span className="visually-hidden"> {kind.toLowerCase()}</span>
        </Button>
      </div>
    </li>
  );
}
