/** The member's annotations: view models the API returns. Plain data only. */

export type AnnotationKind = 'highlight' | 'note' | 'question';
/** What an annotation is attached to: a passage of text, a whole page, an agenda item or a meeting. */
export type AnnotationTarget = 'text' | 'page' | 'item' | 'meeting';
export type AnnotationColour = 'yellow' | 'green' | 'blue' | 'pink';
export const ANNOTATION_COLOURS: readonly AnnotationColour[] = ['yellow', 'green', 'blue', 'pink'];
/** 'orphaned': a revised version no longer has the passage (or not with confidence); 'dismissed': the member let it go. */
export type AnchorStatus = 'anchored' | 'orphaned' | 'dismissed';

/** A rectangle in PDF points on the annotation's page, for drawing. */
export interface AnnotationRect {
  x: number;
  y: number;
  w: number;
  h: number;
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
  pageNumber: number | null;
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
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
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
  documentTitle: string | null;
  status: AnchorStatus;
  tags: string[];
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
}

export interface AnnotationImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Annotations that could not be placed, with the reason (e.g. the paper is not in the library). */
  skipped: Array<{ id: string; reason: string }>;
}
