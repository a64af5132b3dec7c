/** Words for the contract's codes, as a councillor would say them. */
import { type DecisionKind, type DocumentFormat, INTEREST_NATURE_LABEL } from '../../shared/types/minutes';
import type { BadgeTone } from './Badge';

export const UNNAMED_COUNCIL = 'Council not named in the minutes';

/** A council as the member should see it: its name, else the domain its pages came from, else "not named". */
export const councilLabel = (council: { name: string | null; domain?: string | null }): string =>
  council.name ?? (council.domain ? `Council at ${council.domain}` : UNNAMED_COUNCIL);

export const INTEREST_NATURE = INTEREST_NATURE_LABEL;

export const DECISION_KIND: Record<DecisionKind, { label: string; tone: BadgeTone }> = {
  noted: { label: 'Noted', tone: 'neutral' },
  procedural: { label: 'Procedural', tone: 'neutral' },
  recommendation: { label: 'Recommendation', tone: 'info' },
  action: { label: 'Action', tone: 'success' },
};

export const DOCUMENT_FORMAT: Record<DocumentFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  html: 'Web page',
  other: 'Document',
};

/** 128 → '128 KB'; 2048 → '2 MB'; 1536 → '1.5 MB'. */
export function formatSize(sizeKb: number): string {
  if (sizeKb < 1024) return `${Math.round(sizeKb)} KB`;
  const mb = sizeKb / 1024;
  return `${mb < 10 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`;
}

/** The committee a file that names none is filed under (as main names it). */
export const UNNAMED_COMMITTEE = 'Committee not named in the minutes';
