/** The meeting's papers (agenda pack, supplements, reports), each opening in the reader. */
import type { DocumentSummary, ItemReportLink, MeetingPapers } from '../../../shared/types/papers';
import { hrefs } from '../../kernel/router';
import { Badge } from '../../ui/Badge';
import { ConfidentialBadge } from '../../ui/Confidential';
import { plural } from '../../ui/dates';
import { DOCUMENT_KIND } from '../reader/labels';
import { PurgeConfidential } from './PurgeConfidential';

/** The reader link for an item's report: at its first page, in the version the page map is for. */
export function reportHref(report: ItemReportLink, documents: readonly DocumentSummary[]): string {
  const doc = documents.find((d) => d.id === report.documentId);
  const versionId = doc && doc.current.id === report.versionId ? null : report.versionId;
  return hrefs.document(report.documentId, { page: report.firstPage, versionId });
}

export function PapersSection({ papers, meetingId, onChanged }: { papers: MeetingPapers; meetingId?: number; onChanged?: () => void }) {
  // Shown while the meeting has confidential papers (purged ones too, so the outcome stays on screen).
  const purgeable = papers.documents.some((d) => d.confidential);
  return (
    <section className="section" aria-labelledby="papers">
      <h2 id="papers" className="section-heading">
        Papers <span className="section-heading__count">({papers.documents.length})</span>
      </h2>
      {papers.documents.length === 0 ? (
        <p className="muted">
          No papers yet. Import the agenda pack (PDF) for this meeting to read it here and search its pages.
        </p>
      ) : (
        <ul className="papers">
          {papers.documents.map((doc) => {
            const scan = doc.current.textPageCount === 0 && doc.purgedAt === null;
            return (
              <li key={doc.id} className="paper">
                <div className="paper__main">
                  <span className="paper__title">{doc.title}</span>
                  <span className="paper__meta">
                    {DOCUMENT_KIND[doc.kind]} · {plural(doc.current.pageCount, 'page')}
                    {doc.versionCount > 1 && <> · {plural(doc.versionCount, 'version')}</>}
                  </span>
                  {(scan || doc.confidential) && (
                    <span className="paper__badges">
                      {doc.confidential && <ConfidentialBadge />}
                      {scan && <Badge tone="warning">Scan: not searchable</Badge>}
                      {doc.purgedAt !== null && <Badge tone="neutral">Purged after the meeting</Badge>}
                    </span>
                  )}
                </div>
                {doc.purgedAt === null && (
                  <a className="button button--quiet paper__open" href={hrefs.document(doc.id)}>
                    Open<span className="visually-hidden"> {doc.title}</span>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {purgeable && meetingId !== undefined && <PurgeConfidential meetingId={meetingId} onPurged={() => onChanged?.()} />}
    </section>
  );
}
