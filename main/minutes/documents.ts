import type { DocumentFormat, ListedDocument } from '../../shared/types/minutes';

/**
 * ModernGov document-link residue at the end of a line: "pdf icon PDF 128 KB", "PDF 636 KB",
 * "docx icon DOCX 45 KB", "PDF 1.2 MB". Anchored at the end; bounded so it cannot backtrack badly.
 */
const RESIDUE_RE = /\s*(?:\b(?:pdf|docx?|word|xlsx?|excel|pptx?|html?|rtf|odt|txt|generic|link)\s+e?icon\s*)?\b(PDF|DOCX?|WORD|XLSX?|PPTX?|HTML?|RTF|ODT|TXT)\s+(\d{1,7}(?:[.,]\d{1,3})?)\s*(KB|MB|K|M|bytes|B)\.?\s*$/i;
const ICON_ONLY_RE = /\s*\b(?:pdf|docx?|word|xlsx?|pptx?|html?|generic)\s+e?icon\b\s*$/i;

export function formatFrom(word: string): DocumentFormat {
  const w = word.toLowerCase();
  if (w === 'pdf') return 'pdf';
  if (w === 'docx' || w === 'doc' || w === 'word') return 'docx';
  if (w === 'html' || w === 'htm') return 'html';
  return 'other';
}

function sizeKb(num: string, unit: string): number | null {
  const n = Number(num.replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  const u = unit.toLowerCase();
  if (u === 'mb' || u === 'm') return Math.round(n * 1024);
  if (u === 'b' || u === 'bytes') return Math.max(1, Math.round(n / 1024));
  return Math.round(n);
}

/** Strips the residue from a line; returns the clean text and the document it described, if any. */
const LEADING_ICON_RE = /^(?:•\s*)?(?:pdf|docx?|word|xlsx?|excel|pptx?|html?|rtf|odt|txt|generic)\s+e?icon\s+/i;

function stripLeadingIcon(s: string): string {
  return s.trim().replace(LEADING_ICON_RE, '').trim();
}

/** Residue ends in a size unit ("KB", "MB", "K", "M", "B", "bytes", maybe with a dot) or in "icon". */
function mayEndInResidue(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && /\s/.test(line[k] ?? '')) k--;
  if (line[k] === '.') k--;
  const c = (line[k] ?? '').toLowerCase();
  return c === 'b' || c === 'k' || c === 'm' || c === 's' || c === 'n';
}

/** "pdf Minutes (126Kb)": a CMIS page's document link, its format's word before the title and the size after it. */
const CMIS_LINK_RE = /^(pdf|docx?|xlsx?|pptx?|html?|rtf|odt)\s+(\p{Lu}.{1,200}?)\s*\((\d{1,7}(?:[.,]\d{1,3})?)\s*(KB|MB|K|M|bytes|B)\)\s*$/iu;

export function stripDocResidue(line: string): { text: string; doc: Omit<ListedDocument, 'title'> | null } {
  const cmis = line.endsWith(')') ? CMIS_LINK_RE.exec(line.trim()) : null;
  if (cmis?.[1] && cmis[2] && cmis[3] && cmis[4]) return { text: cmis[2], doc: { format: formatFrom(cmis[1]), sizeKb: sizeKb(cmis[3], cmis[4]) } };
  if (!mayEndInResidue(line)) return { text: line, doc: null };
  // Only the tail can hold residue: look at the last 200 characters so long lines stay cheap.
  const offset = Math.max(0, line.length - 200);
  const tail = line.slice(offset);
  const m = RESIDUE_RE.exec(tail);
  if (m && m[1] && m[2] && m[3]) {
    return { text: stripLeadingIcon(line.slice(0, offset + m.index)), doc: { format: formatFrom(m[1]), sizeKb: sizeKb(m[2], m[3]) } };
  }
  const icon = ICON_ONLY_RE.exec(tail);
  if (icon) {
    const word = icon[0].trim().split(/\s+/)[0] ?? '';
    return { text: line.slice(0, offset + icon.index).trim(), doc: { format: formatFrom(word), sizeKb: null } };
  }
  return { text: line, doc: null };
}

export function formatFromUrl(url: string): DocumentFormat {
  const u = url.toLowerCase();
  if (u.includes('mgconvert2pdf') || /\.pdf(?:$|[?#])/.test(u)) return 'pdf';
  if (/\.docx?(?:$|[?#])/.test(u)) return 'docx';
  if (/\.html?(?:$|[?#])/.test(u) || /\.aspx(?:$|[?#])/.test(u)) return 'html';
  return 'other';
}
