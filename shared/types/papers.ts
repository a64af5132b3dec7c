/** Agenda packs, reports and other papers: view models the API returns. Plain data only. */

export type DocumentKind = 'pack' | 'supplement' | 'report' | 'minutes' | 'other';

export interface VersionSummary {
  id: number;
  version: number;
  isCurrent: boolean;
  fileName: string;
  pageCount: number;
  /** Pages with a text layer; 0 means a scan: readable, not searchable. */
  textPageCount: number;
  importedAt: string;
  /** SHA-256 of the PDF, hex: lets the reader check that bytes fetched alongside the details are this version's. */
  sha256: string;
}

export interface DocumentSummary {
  id: number;
  title: string;
  kind: DocumentKind;
  /** Exempt information (see the confidential_documents view): badged everywhere, left out of exports. */
  confidential: boolean;
  /** When its text and file were purged after the meeting (the member's notes on it stay). */
  purgedAt: string | null;
  meetingId: number | null;
  itemId: number | null;
  current: VersionSummary;
  versionCount: number;
}

/** Where an agenda item's report sits in a version of a pack. */
export interface ItemPageRange {
  itemId: number;
  number: string | null;
  title: string;
  firstPage: number;
  lastPage: number;
}

export interface DocumentDetail {
  id: number;
  title: string;
  kind: DocumentKind;
  confidential: boolean;
  purgedAt: string | null;
  meeting: { id: number; date: string | null; committeeName: string } | null;
  /** The version being shown (the current one unless another was asked for). */
  version: VersionSummary;
  versions: VersionSummary[];
  /** The item map of this version, in page order: the reader's outline when the PDF has no bookmarks. */
  items: ItemPageRange[];
  /** The last page the member read in this document, or null. */
  lastPage: number | null;
}

/** "Open report (p. 37)" on the meeting page. */
export interface ItemReportLink {
  itemId: number;
  documentId: number;
  versionId: number;
  firstPage: number;
  lastPage: number;
}

export interface MeetingPapers {
  documents: DocumentSummary[];
  reports: ItemReportLink[];
}

/** A snippet as segments, so no markup ever crosses the API: hit segments are shown in bold. */
export type Snippet = Array<{ text: string; hit: boolean }>;

export type SearchHit =
  | { kind: 'page'; documentId: number; versionId: number; documentTitle: string; pageNumber: number; snippet: Snippet; score: number; confidential: boolean }
  | { kind: 'minutes'; itemId: number; itemNumber: string | null; itemTitle: string; snippet: Snippet; score: number; confidential: boolean };

export interface SearchGroup {
  meeting: { id: number; date: string | null; committeeId: number; committeeName: string } | null;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  /** The terms to highlight in the reader (phrases split into words, without operators). */
  terms: string[];
  groups: SearchGroup[];
  /** Every match (pages and minutes items) that passes the filters, not only those in `groups`. */
  total: number;
  /** False: `total` and `meetingCount` are estimates from the matches counted ("about 12,000"). */
  totalExact: boolean;
  /** How many meetings the matches are in. */
  meetingCount: number;
  /** The results in `groups` start after this many. */
  offset: number;
  /** The offset that asks for the next results ("Show more"); null when these are the last. */
  nextOffset: number | null;
  /** The time budget ran out (or a newer search replaced this one): the results or the total are incomplete. */
  partial: boolean;
  /** Part of the query was not searched, and why ("Type at least 3 letters before *"). */
  hint: string | null;
  tookMs: number;
}

/** A meeting's confidential paper, for the purge confirmation. */
export interface ConfidentialPaper {
  id: number;
  title: string;
  reason: 'marked' | 'exempt-item' | 'not-for-publication';
  purgedAt: string | null;
}

export interface PurgeOutcome {
  papers: Array<{ id: number; title: string }>;
  filesDeleted: number;
  /** The member's notes and questions on the purged papers, kept (their quoted passages removed). */
  notesKept: number;
  /** Backups the papers were purged from too (so restoring one cannot bring them back). */
  backupsPurged: number;
  /** The papers' files removed from the backups' folder. */
  backupFilesDeleted: number;
}

/**
 * The start of reading a PDF by ranges (`papers.fileOpen`): its length, its first bytes and its last
 * (pdf.js reads the trailer first), so the reader can start before the whole file has crossed over.
 * When the file is small, `head` is the whole file and `tail` is empty.
 */
/**
 * A picture of a version's first page (PNG) and the page's size in points (`papers.firstPagePicture`):
 * the reader shows it at once, laid out as the page will be, and replaces it when pdf.js has drawn the page.
 */
export interface VersionPicture {
  versionId: number;
  pageWidth: number;
  pageHeight: number;
  pageCount: number;
  png: Uint8Array;
}

export interface FileOpening {
  versionId: number;
  length: number;
  head: Uint8Array;
  /** Where `tail` starts: a multiple of the chunk size the reader asks for ranges in. */
  tailStart: number;
  tail: Uint8Array;
}
