/** An annotation's earlier wordings (a revised paper changed them, or it was re-attached), oldest first. */
import type { ReactNode } from 'react';
import type { EarlierQuote } from '../../../shared/types/annotations';
import { formatShortDate } from '../../ui/dates';
import { shortQuote } from './listing';

export function EarlierQuotes({ quotes }: { quotes: readonly EarlierQuote[] }): ReactNode {
  if (quotes.length === 0) return null;
  return (
    <details className="earlier-quotes">
      <summary>Earlier wording ({quotes.length})</summary>
      <ol>
        {quotes.map((q, i) => (
          <li key={i}>
            <span className="muted">
              {q.version ? `Version ${q.version}` : 'An earlier version'}
              {q.pageNumber ? `, page ${q.pageNumber}` : ''}; {q.reason === 'moved' ? 'changed in a revised version' : 're-attached'} on {formatShortDate(q.replacedAt.slice(0, 10))}
            </span>
            <blockquote className="annotation-card__quote">“{shortQuote(q.exact, 400)}”</blockquote>
          </li>
        ))}
      </ol>
    </details>
  );
}
