/**
 * A ModernGov "Agenda and minutes" page whose item table was flattened by copying: a "No. | Item |"
 * header, then one line per item — "Title [agenda text] [Additional documents:] Minutes: text [|]" —
 * with continuation lines (more minutes, a "Decision:" panel). The number cell is lost in the copy, so
 * the items are unnumbered; a row that starts with its agenda text or with "Minutes:" has no title.
 */
import type { Block } from './blocks';
import type { ItemDraft } from './items';
import { stripDocResidue } from './documents';

const TABLE_HEAD_RE = /^(?:No\.?|Rhif\.?|Number|Item\s+No\.?)\s*\|\s*(?:Item|Eitem|Title|Teitl)\s*\|?$/i;
const SEPARATOR_RE = /^[|\s:-]*$/;
const LABEL = '(?:Additional\\s+documents|Supporting\\s+documents|Dogfennau\\s+ychwanegol|Minutes|Cofnodion|Decisions?|Penderfyniad(?:au)?)\\s*:';
const LABEL_RE = new RegExp(LABEL, 'i');
const LABEL_SPLIT_RE = new RegExp(`\\s*(?=${LABEL})`, 'gi');
/** Where the agenda text starts inside "Title To receive …". */
const AGENDA_START_RE = /(?:^|\s)(?=(?:To\s+(?:receive|approve|consider|note|agree|confirm|elect|appoint|scrutinise|scrutinize|review|discuss|determine|answer|hear)\b|Members\s+(?:are|will\s+be)\s+(?:reminded|asked|invited|requested)\b|The\s+(?:Committee|Board|Panel|Council|Cabinet|Commission)\s+(?:is|will\s+be)\s+(?:asked|invited|requested)\b|Report\s+of\s+the\b|Presented\s+by\b|Derbyn\b|Ystyried\b|Cyflwyno\b))/;

interface Row {
  title: string;
  body: Block[];
  closed: boolean;
}

function rowBlocks(text: string): Block[] {
  return text
    .split(LABEL_SPLIT_RE)
    .map((s) => s.trim().replace(/\s*\|$/, '').trim())
    .filter(Boolean)
    .map((s) => ({ text: s, bullet: false }));
}

function startRow(line: string): Row {
  const first = LABEL_RE.exec(line);
  const head = first ? line.slice(0, first.index).trim() : line;
  const rest = first ? line.slice(first.index) : '';
  const agenda = AGENDA_START_RE.exec(head);
  const title = agenda ? head.slice(0, agenda.index).trim() : head;
  const agendaText = agenda ? head.slice(agenda.index).trim() : '';
  const body = [...(agendaText ? [{ text: agendaText, bullet: false }] : []), ...rowBlocks(rest)];
  return { title: title.replace(/\s*\|$/, ''), body, closed: /\|\s*$/.test(line) };
}

const NUMBERED_ROW_RE = /^(\d{1,3}[a-z]?)\.?\s*\|\s*(.*)$/;
/** "Election of Chairman:" heading a numbered row's text cell. */
const CELL_HEADING_RE = /^([A-Z][^:|.]{1,80}?):\s*(.*)$/;

/**
 * A printed table of numbered rows copied as "1. | text |" (parish minutes in a Word table): each
 * row is an item; its title is the cell's leading "Heading:" if it has one, else the item is untitled.
 */
function numberedRowDrafts(blocks: readonly Block[], skip: ReadonlySet<number>): ItemDraft[] | null {
  const starts = blocks.filter((b, i) => !skip.has(i) && NUMBERED_ROW_RE.test(b.text)).length;
  if (starts < 2) return null;
  const drafts: ItemDraft[] = [];
  blocks.forEach((b, i) => {
    if (skip.has(i) || SEPARATOR_RE.test(b.text)) return;
    const m = NUMBERED_ROW_RE.exec(b.text);
    const text = (m ? (m[2] ?? '') : b.text).replace(/\s*\|\s*$/, '').trim();
    if (m && m[1]) {
      const h = CELL_HEADING_RE.exec(text);
      const title = h && h[1] && h[1].split(/\s+/).length <= 10 ? h[1].trim() : '';
      const rest = title && h ? (h[2] ?? '').trim() : text;
      drafts.push({ number: m[1], title, titleDoc: null, body: rest ? [{ text: rest, bullet: false }] : [] });
      return;
    }
    const last = drafts[drafts.length - 1];
    if (last && text) last.body.push({ text, bullet: b.bullet });
  });
  return drafts.length >= 2 ? drafts : null;
}

/** The items of a flattened table, or null when the page has no such table. */
export function tableRowDrafts(blocks: readonly Block[], skip: ReadonlySet<number>): ItemDraft[] | null {
  const head = blocks.findIndex((b, i) => i < 30 && !skip.has(i) && TABLE_HEAD_RE.test(b.text.trim()));
  if (head < 0) return numberedRowDrafts(blocks, skip);
  const rows: Row[] = [];
  for (let i = head + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || skip.has(i) || SEPARATOR_RE.test(b.text)) continue;
    const line = b.text.trim();
    const label = LABEL_RE.exec(line);
    const current = rows[rows.length - 1];
    const startsWithLabel = label !== null && label.index === 0;
    if (label && !startsWithLabel) rows.push(startRow(line));
    else if (startsWithLabel && (!current || current.closed)) rows.push(startRow(line));
    else if (current) {
      current.body.push(...(startsWithLabel ? rowBlocks(line) : [{ text: line.replace(/\s*\|$/, ''), bullet: b.bullet }]));
      current.closed = /\|\s*$/.test(line);
    } else rows.push({ title: '', body: [{ text: line.replace(/\s*\|$/, ''), bullet: b.bullet }], closed: /\|\s*$/.test(line) });
  }
  if (rows.length === 0) return null;
  return rows.map((r) => {
    const t = stripDocResidue(r.title);
    return { number: null, title: t.text, titleDoc: t.doc, body: r.body };
  });
}
