import type { HTMLAttributes, Ref } from 'react';
import type { ItemView } from '../../../shared/types/library';
import { Badge } from '../../ui/Badge';
import { ConfidentialBadge } from '../../ui/Confidential';
import { DOCUMENT_FORMAT, formatSize } from '../../ui/labels';
import { TextBlock } from '../../ui/TextBlock';
import { DecisionList } from './Decisions';
import { PossibleDecisions } from './PossibleDecisions';
import { itemDecisionsNote } from './decisions-note';
import { ItemAnnotationCounts } from '../annotations/MeetingAnnotations';

export const TRUNCATED_NOTICE =
  "Only the start of these minutes was in the imported copy; the full text is on the council's website.";

export const itemAnchor = (item: ItemView) => `item-${item.id}`;
/** The parser leaves the title empty when a page did not give one. */
export const itemTitle = (item: ItemView) => item.title.trim() || 'Untitled item';

/** Where the item's report is in the meeting's papers, for "Open report (p. 37)". */
export interface ItemReport {
  href: string;
  firstPage: number;
  lastPage: number;
}

/** What a virtualised list puts on the article: its place, its position in the list, and a ref to measure it. */
export type ArticleProps = HTMLAttributes<HTMLElement> & { ref?: Ref<HTMLElement>; 'data-index'?: number };

/** One agenda item: its heading, badges, agenda and minutes text, documents and decisions. */
export function Item({ item, report, articleProps }: { item: ItemView; report?: ItemReport; articleProps?: ArticleProps }) {
  const headingId = itemAnchor(item);
  const hasText = item.agendaText.trim() !== '' || item.minutesText.trim() !== '';
  const decisionsNote = itemDecisionsNote(item.decisionsState);
  return (
    <article {...articleProps} className={['item', articleProps?.className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <header className="item__header">
        <h3 id={headingId} className="item__title" tabIndex={-1}>
          {item.number && <span className="item__number">{item.number}</span>}
          <span>{itemTitle(item)}</span>
        </h3>
        {report && (
          <p className="item__report">
            <a href={report.href}>
              Open report (p. {report.firstPage})<span className="visually-hidden"> for {itemTitle(item)}</span>
            </a>
            {report.lastPage > report.firstPage && (
              <span className="item__report-pages">
                {' '}
                pages {report.firstPage}–{report.lastPage}
              </span>
            )}
          </p>
        )}
        {(item.exempt || item.truncated) && (
          <div className="item__badges">
            {item.exempt && <ConfidentialBadge />}
            {item.truncated && <Badge tone="info">Truncated</Badge>}
          </div>
        )}
        <ItemAnnotationCounts itemId={item.id} itemLabel={item.number ? `item ${item.number}` : item.title || 'this item'} />
      </header>

      {item.agendaText.trim() !== '' && (
        <section className="item__part">
          <h4>Agenda</h4>
          <TextBlock text={item.agendaText} className="text-block--agenda" />
        </section>
      )}
      {item.minutesText.trim() !== '' && (
        <section className="item__part">
          <h4>Minutes</h4>
          <TextBlock text={item.minutesText} />
        </section>
      )}
      {item.truncated && <p className="notice">{TRUNCATED_NOTICE}</p>}
      {!hasText && !item.truncated && <p className="muted">The imported copy has no text for this item.</p>}

      {item.documents.length > 0 && (
        <section className="item__part">
          <h4>Documents</h4>
          <ul className="documents">
            {item.documents.map((doc) => (
              <li key={doc.id}>
                <span className="documents__title">{doc.title}</span>{' '}
                <span className="documents__meta">
                  ({[DOCUMENT_FORMAT[doc.format], doc.sizeKb !== null ? formatSize(doc.sizeKb) : null]
                    .filter(Boolean)
                    .join(', ')}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(item.decisions.length > 0 || decisionsNote) && (
        <section className="item__part">
          <h4>Decisions</h4>
          {decisionsNote && <p className={`decisions-note decisions-note--${decisionsNote.kind}`}>{decisionsNote.text}</p>}
          {item.decisions.length > 0 && <DecisionList decisions={item.decisions} />}
        </section>
      )}
      <PossibleDecisions sentences={item.possibleDecisions} itemId={item.id} />
    </article>
  );
}
