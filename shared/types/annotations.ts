/** The member's annotations: view models the API returns. Plain data only. */

export type AnnotationKind = 'highlight' | 'note' | 'question';
/** What an annotation is attached to: a passage of text, a whole page, an agenda item or a meeting. */
export type AnnotationTarget = 'text' | 'page' | 'item' | 'meeting';
export type AnnotationColour = 'yellow' | 'green' | 'blue' | 'pink';
export const ANNOTATION_COLOURS: readonly AnnotationColour[] = ['yellow', 'green', 'blue', 'pink'];
/** 'orphaned': a revised version no longer has the passage (or not with confidence); 'dismissed': the member let it go. */
export type AnchorStatus = 'anchored' | 'orphaned' | 'dismissed';

/** A rectangle in PDF points, for drawing. */
export interface AnnotationRect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The 1-based page it is drawn on, for a passage running over several pages; absent: the annotation's page. */
  page?: number;
}

/** The part of a passage that lies on one page (stored text), for a passage running over several pages. */
export interface AnnotationPagePart {
  pageNumber: number;
  exact: string;
}

/** W3C TextQuoteSelector: the passage and about 32 characters of context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets in the version's text (its pages' text joined by "\n\n"). */
export interface TextPosition {
  start: number;
  end: number;
}

export interface Annotation {
  id: number;
  uuid: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  colour: AnnotationColour;
  body: string;
  /** Questions: ticked when asked during the meeting. */
  asked: boolean;
  tags: string[];
  documentId: number | null;
  /** The version it is anchored to now (for an orphan: the version where it was last anchored). */
  versionId: number | null;
  meetingId: number | null;
  itemId: number | null;
  /** The page the passage (or page note) is on; for a passage over several pages, the first. */
  pageNumber: number | null;
  /** The page the passage ends on (= pageNumber unless it runs onto following pages). */
  lastPageNumber: number | null;
  /** For a passage over several pages, its part on each; empty otherwise. */
  pageParts: AnnotationPagePart[];
  quote: TextQuote | null;
  position: TextPosition | null;
  rects: AnnotationRect[];
  /** The annotation moved to a new version: the reader recomputes rects from its text layer. */
  rectsStale: boolean;
  status: AnchorStatus;
  /** Quality of the last re-anchoring (1 = the same text in the same place), null if never moved. */
  anchorScore: number | null;
  /** What the member first marked, kept so an orphan can be shown and re-attached. */
  original: { exact: string; pageNumber: number | null } | null;
  /** Words the passage had before a revised version changed them or the member re-attached it, oldest first. */
  earlierQuotes: EarlierQuote[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface EarlierQuote {
  exact: string;
  pageNumber: number | null;
  /** The paper's version it was on (null if that version is gone). */
  version: number | null;
  /** 'moved': a revised version changed the words; 'reattached': the member pointed it elsewhere. */
  reason: 'moved' | 'reattached';
  replacedAt: string;
}

/** Where an annotation that needs attention probably went in the current version of its paper. */
export interface PassageSuggestion {
  annotationId: number;
  /** What it was attached to. */
  was: { exact: string; pageNumber: number | null; version: number | null };
  /** The closest passage in the current version, or null when nothing is close enough to offer. */
  candidate: {
    versionId: number;
    version: number;
    pageNumber: number;
    quote: TextQuote;
    /** 0..1: how much of the old wording it keeps. */
    similarity: number;
  } | null;
}

/** Annotation counts per agenda item of a meeting (itemId null: not on any item's pages). */
export interface ItemAnnotationCounts {
  itemId: number | null;
  highlights: number;
  notes: number;
  questions: number;
  /** Questions not yet ticked as asked. */
  unasked: number;
  total: number;
}

export interface BriefEntry {
  id: number;
  kind: 'note' | 'question';
  /** Questions are numbered through the brief from 1; notes have null. */
  number: number | null;
  body: string;
  asked: boolean;
  quote: string | null;
  pageNumber: number | null;
  /** The page the passage ends on, when it runs over several. */
  lastPageNumber: number | null;
  documentTitle: string | null;
  status: AnchorStatus;
  tags: string[];
  /** On a confidential (exempt) paper or item: badged, and left out of the Word brief unless confirmed. */
  confidential: boolean;
  /** On a paper whose text was purged after the meeting (the note itself is kept). */
  onPurgedPaper: boolean;
}

export interface BriefSection {
  /** null: notes on the meeting as a whole, or on pages outside any item's report. */
  item: { id: number; number: string | null; title: string } | null;
  heading: string;
  entries: BriefEntry[];
}

export interface MeetingBrief {
  meetingId: number;
  committeeName: string;
  date: string | null;
  /** "Questions and notes — <Committee>, Tuesday, 14 January 2025" */
  title: string;
  sections: BriefSection[];
  questionCount: number;
  noteCount: number;
  /** Questions and notes left out because they are on confidential papers or items (0 when included). */
  confidentialLeftOut: number;
}

/** A section of a meeting's annotations: the meeting as a whole, one agenda item, or other pages. */
export interface MeetingAnnotationSection {
  /** null: the meeting as a whole, or pages outside any item's report. */
  item: { id: number; number: string | null; title: string } | null;
  heading: string;
  /** In reading order: notes on the item first, then paper, page and offset. */
  entries: Annotation[];
}

/** Every annotation of a meeting (its papers, its items, the meeting itself) in agenda order. */
export interface MeetingAnnotationsView {
  meetingId: number;
  committeeName: string;
  date: string | null;
  /** The papers the annotations are on, for "Agenda pack, page 7". */
  documents: Array<{ id: number; title: string }>;
  /** Anchored annotations (orphans and dismissed ones are not here). */
  sections: MeetingAnnotationSection[];
  /** Orphans from every paper of the meeting, waiting to be re-attached or dismissed. */
  needsAttention: Annotation[];
  /** How many the member dismissed (kept in the data and the export, no longer shown). */
  dismissedCount: number;
}

export interface AnnotationImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Annotations that could not be placed, with the reason (e.g. the paper is not in the library). */
  skipped: Array<{ id: string; reason: string }>;
}
