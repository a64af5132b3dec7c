/** The reader's page: '#/document/ID?page=N&v=VERSION&q=TERMS'. Loads the document's details and its PDF bytes. */
import { useCallback, useRef } from 'react';
import type { Result } from '../../../shared/result';
import type { DocumentDetail } from '../../../shared/types/papers';
import { api } from '../../app/api';
import { hrefs, type PageProps } from '../../app/router';
import { useDocumentTitle, useResource } from '../../app/useResource';
import { Badge } from '../../ui/Badge';
import { ConfidentialBadge } from '../../ui/Confidential';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatMeetingDate } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { DOCUMENT_KIND } from './labels';
import { Reader } from './Reader';
import './reader.css';
import { readerMark } from './perf';
import { AnnotationsToggle } from '../annotations/AnnotationsLayer';

export interface ReaderRouteProps extends PageProps {
  documentId: number;
  versionId: number | null;
  pageNumber: number | null;
  terms: string[];
}

function Heading({ detail, focusOnMount }: { detail: DocumentDetail; focusOnMount: boolean }) {
  const meeting = detail.meeting;
  const when = meeting?.date ? formatMeetingDate(meeting.date) : null;
  return (
    <div className="reader__head">
      <Breadcrumbs
        trail={[
          { label: 'Library', href: hrefs.library() },
          ...(meeting ? [{ label: `${meeting.committeeName}${when ? `, ${when}` : ''}`, href: hrefs.meeting(meeting.id) }] : []),
        ]}
        current={detail.title}
      />
      <div className="reader__title-row">
        <PageHeading focusOnMount={focusOnMount}>{detail.title}</PageHeading>
        {DOCUMENT_KIND[detail.kind].toLowerCase() !== detail.title.trim().toLowerCase() && (
          <Badge tone="neutral">{DOCUMENT_KIND[detail.kind]}</Badge>
        )}
        {!detail.version.isCurrent && <Badge tone="warning">Older version {detail.version.version}</Badge>}
        {detail.confidential && <ConfidentialBadge />}
        <AnnotationsToggle />
      </div>
    </div>
  );
}

/**
 * The PDF's bytes for one version. The request is made as soon as the document's details name the
 * version (see ReaderPage), not after they have been drawn; this takes that request if it is there.
 */
let prefetched: { versionId: number; bytes: Promise<Result<Uint8Array>> } | null = null;

function requestFile(versionId: number): Promise<Result<Uint8Array>> {
  readerMark('file-requested');
  return api['papers.file']({ versionId }).then((result) => {
    readerMark('file-received');
    return result;
  });
}

function prefetchFile(versionId: number): void {
  if (prefetched?.versionId !== versionId) prefetched = { versionId, bytes: requestFile(versionId) };
}

function takeFile(versionId: number): Promise<Result<Uint8Array>> {
  const ready = prefetched?.versionId === versionId ? prefetched.bytes : null;
  // Not kept once taken: the reader holds the bytes for as long as it needs them.
  prefetched = null;
  return ready ?? requestFile(versionId);
}

function LoadedReader({ detail, pageNumber, terms }: { detail: DocumentDetail; pageNumber: number | null; terms: string[] }) {
  const versionId = detail.version.id;
  const load = useCallback(() => takeFile(versionId), [versionId]);
  const file = useResource(load, 0);
  if (file.status === 'loading') return <Loading what="the PDF" />;
  if (file.status === 'error') return <ErrorPanel title="The PDF could not be read" error={file.error} />;
  return <Reader key={versionId} detail={detail} bytes={file.value} initialPage={pageNumber ?? detail.lastPage} terms={terms} />;
}

export function ReaderPage({ documentId, versionId, pageNumber, terms, refreshKey, focusOnMount }: ReaderRouteProps) {
  const fileAskedFor = useRef<number | null>(null);
  const load = useCallback(() => {
    readerMark('open');
    return api['papers.document'](versionId ? { documentId, versionId } : { documentId }).then((result) => {
      // Ask for the PDF straight away rather than once the heading has been drawn (once per version:
      // a refresh after an import reloads the details, not the PDF).
      if (result.ok && fileAskedFor.current !== result.value.version.id) {
        fileAskedFor.current = result.value.version.id;
        prefetchFile(result.value.version.id);
      }
      return result;
    });
  }, [documentId, versionId]);
  const detail = useResource(load, refreshKey);
  useDocumentTitle(detail.status === 'ready' ? detail.value.title : 'Document');

  if (detail.status === 'loading') return <Loading what="the document" />;
  if (detail.status === 'error') {
    return (
      <div className="reader reader--message">
        <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="Document" />
        <PageHeading focusOnMount={focusOnMount}>Document</PageHeading>
        <ErrorPanel title="This document could not be opened" error={detail.error} />
      </div>
    );
  }
  return (
    <div className="reader">
      <Heading detail={detail.value} focusOnMount={focusOnMount} />
      <LoadedReader detail={detail.value} pageNumber={pageNumber} terms={terms} />
    </div>
  );
}
