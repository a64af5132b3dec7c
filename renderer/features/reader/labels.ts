import type { DocumentKind } from '../../../shared/types/papers';

/** Words for a paper's kind, as a councillor would say them. */
export const DOCUMENT_KIND: Record<DocumentKind, string> = {
  pack: 'Agenda pack',
  supplement: 'Supplement',
  report: 'Report',
  minutes: 'Minutes',
  other: 'Paper',
};
