/** The reader's page: '#/document/ID?page=N&v=VERSION&q=TERMS'. Loads the document's details and opens its PDF. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';
import type { DocumentDetail, FileOpening, VersionPicture, VersionSummary } from '../../../shared/types/papers';
import { api } from '../../kernel/api';
import { decodeOpening } from '../../../shared/file-opening';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Badge } from '../../ui/Badge';
import { ConfidentialBadge } from '../../ui/Confidential';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { formatMeetingDate } from '../../ui/dates';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { DOCUMENT_KIND } from './labels';
import { Reader } from './Reader';
import type { OpeningPicture } from './OpeningView';
import { usePictureUrl } from './usePictureUrl';
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
 * The PDF's opening (its length, first and last bytes: see main/papers/file-ranges.ts); pdf.js asks
 * for the rest by range. The request is made as early as possible: when the route names no version,
 * at the same moment as the details (by document: its current version); otherwise as soon as the
 * details name the version, not after they have been drawn. LoadedReader takes that request if it is there.
 */
type FileRequest = { versionId: number } | { documentId: number };
let prefetched: { key: string; opening: Promise<Result<FileOpening>> } | null = null;
/** The first page's picture, asked for with the opening (it is small, so it usually arrives first). */
let prefetchedPicture: { key: string; picture: Promise<VersionPicture | null> } | null = null;

function requestPicture(request: FileRequest): Promise<VersionPicture | null> {
  return api['papers.firstPagePicture'](request).then(
    (result) => {
      readerMark('picture-received');
      return result.ok ? result.value : null;
    },
    () => null,
  );
}

function requestOpening(request: FileRequest): Promise<Result<FileOpening>> {
  readerMark('file-requested');
  return api['papers.fileOpen'](request).then((result): Result<FileOpening> => {
    readerMark('file-received');
    if (!result.ok) return result;
    try {
      return { ok: true, value: decodeOpening(result.value) };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: (error as Error).message } };
    }
  });
}

const keyOf = (request: FileRequest) => ('versionId' in request ? `v${request.versionId}` : `d${request.documentId}`);

function prefetchOpening(request: FileRequest): void {
  const key = keyOf(request);
  if (prefetchedPicture?.key !== key) prefetchedPicture = { key, picture: requestPicture(request) };
  if (prefetched?.key !== key) prefetched = { key, opening: requestOpening(request) };
}

/** This version's picture: the early request's if it was for this version, else asked for now. */
async function takePicture(documentId: number, version: VersionSummary): Promise<VersionPicture | null> {
  const early = prefetchedPicture;
  prefetchedPicture = null;
  if (early?.key === `v${version.id}` || (early?.key === `d${documentId}` && version.isCurrent)) {
    const picture = await early.picture;
    if (!picture || picture.versionId === version.id) return picture;
  }
  return requestPicture({ versionId: version.id });
}

/** The picture while the PDF opens, when the reader opens at page 1 (elsewhere it would be the wrong page). */
function useOpeningPicture(documentId: number, version: VersionSummary, atFirstPage: boolean): OpeningPicture | null {
  const [picture, setPicture] = useState<VersionPicture | null>(null);
  useEffect(() => {
    let current = true;
    void takePicture(documentId, version).then((p) => {
      if (current) setPicture(p);
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one picture per version
  }, [documentId, version.id]);
  const url = usePictureUrl(atFirstPage ? picture : null);
  return useMemo(() => (url && picture ? { url, pageWidth: picture.pageWidth, pageHeight: picture.pageHeight } : null), [url, picture]);
}

/**
 * This version's opening: the early request if there is one for it. One asked for by document says
 * which version it opened; if an import made a newer version current between the two requests, it is
 * asked for again by version.
 */
async function takeOpening(documentId: number, version: VersionSummary): Promise<Result<FileOpening>> {
  const early = prefetched;
  // Not kept once taken: the reader holds the opening for as long as it needs it.
  prefetched = null;
  if (early?.key === `v${version.id}`) return early.opening;
  if (early?.key === `d${documentId}` && version.isCurrent) {
    const result = await early.opening;
    if (result.ok && result.value.versionId === version.id) return result;
  }
  return requestOpening({ versionId: version.id });
}

function LoadedReader({ detail, pageNumber, terms }: { detail: DocumentDetail; pageNumber: number | null; terms: string[] }) {
  const versionId = detail.version.id;
  const documentId = detail.id;
  const version = detail.version;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- one load per version; the summary object is refreshed with the details
  const load = useCallback(() => takeOpening(documentId, version), [documentId, versionId]);
  const file = useResource(load, 0);
  const initialPage = pageNumber ?? detail.lastPage;
  const picture = useOpeningPicture(documentId, version, (initialPage ?? 1) === 1);
  if (file.status === 'error') return <ErrorPanel title="The PDF could not be read" error={file.error} />;
  // The same Reader while the file is on its way, so the first page's picture stays mounted until drawn over.
  const opening = file.status === 'ready' ? file.value : null;
  return <Reader key={versionId} detail={detail} opening={opening} initialPage={initialPage} terms={terms} picture={picture} />;
}

export function ReaderPage({ documentId, versionId, pageNumber, terms, refreshKey, focusOnMount }: ReaderRouteProps) {
  const fileAskedFor = useRef<number | null>(null);
  const load = useCallback(() => {
    readerMark('open');
    // Opening a document at its current version: ask for the file alongside the details.
    const alongside = !versionId && fileAskedFor.current === null;
    if (alongside) prefetchOpening({ documentId });
    return api['papers.document'](versionId ? { documentId, versionId } : { documentId }).then((result) => {
      // Else ask for the PDF straight away rather than once the heading has been drawn (once per
      // version: a refresh after an import reloads the details, not the PDF).
      if (result.ok && fileAskedFor.current !== result.value.version.id) {
        fileAskedFor.current = result.value.version.id;
        if (!alongside) prefetchOpening({ versionId: result.value.version.id });
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
