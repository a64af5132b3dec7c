/**
 * A ModernGov "Agenda and minutes" page whose item table was flattened by copying: a "No. | Item |"
 * header, then one line per item — "Title [agenda text] [Additional documents:] Minutes: text [|]" —
 * with continuation lines (more minutes, a "Decision:" panel). The number cell is lost in the copy, so
 * the items are unnumbered; a row that starts with its agenda text or with "Minutes:" has no title.
 * The same rows are read without the table's head when a page copied from below it has at least two
 * of them (see headlessRowAt).
 */
import type { Block } from './blocks';
import type { ItemDraft } from './items';
import { stripDocResidue } from './documents';

const TABLE_HEAD_RE = /^(?:No\.?|Rhif\.?|Number|Item\s+No\.?)\s*\|\s*(?:Item|Eitem|Title|Teitl)(?:\s*\|)*$/i;
/** "||": an empty row of the table between two items' rows. */
const EMPTY_ROW_RE = /^\|\|+$/;
const SEPARATOR_RE = /^[|\s:-]*$/;
const LABEL = '(?:Additional\\s+documents|Supporting\\s+documents|Dogfennau\\s+ychwanegol|Minutes|Cofnodion|Decisions?|Penderfyniad(?:au)?)\\s*:';
const LABEL_RE = new RegExp(LABEL, 'i');
const LABEL_AT_START_RE = new RegExp(`^${LABEL}`, 'i');
const LABEL_SPLIT_RE = new RegExp(`\\s*(?=${LABEL})`, 'gi');
/**
 * Where the agenda text starts inside "Title To receive …", "Title Report of the Chief Executive Presented by the
 * Leader", "Declaration of Interests Under the Code of Conduct members are reminded …". "Report of the" opens the
 * agenda text only before an officer's or member's post: "Annual Report of the Audit Committee" is a title.
 */
const AGENDA_START_RE = /(?:^|\s)(?=(?:To\s+(?:receive|approve|consider|note|agree|confirm|elect|appoint|scrutinise|scrutinize|review|discuss|determine|answer|hear|advise|inform|update|seek|present|endorse)\b|Members\s+(?:are|will\s+be)\s+(?:reminded|asked|invited|requested)\b|The\s+(?:Committee|Board|Panel|Council|Cabinet|Commission)\s+(?:is|will\s+be)\s+(?:asked|invited|requested)\b|(?:Joint\s+)?Report\s+(?:of|by|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}?(?:Director|Head|Chief|Executive|Officer|Manager|Leader|Holder|Member|Monitoring|Treasurer|Clerk|Secretary|Commissioner|Solicitor|Lead|Mayor|Chair(?:man)?)\b|Presented\s+by\b|Under\s+the\s+(?:Code|Council'?s|Members'?|Local|Constitution|Localism|terms)\b|Derbyn\b|Ystyried\b|Cyflwyno\b))/u;
const DOC_THEN_TEXT_RE = /^(\S.{2,200}?\s(?:pdf\s+icon\s+)?PDF\s+\d{1,6}\s*[KM]B)\s+(\p{Lu}.{3,})$/u;
/** A whole head that is one short phrase: "To confirm the minutes of the meeting held on 31 August 2021" names its row. */
const PHRASE_TITLE_RE = /^[^.!?;:]{3,120}$/;

interface Row {
  number: string | null;
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

/** The row's title and agenda text, from what is printed before its first label. */
function splitHead(head: string): { title: string; agendaText: string } {
  // "UNRESTRICTED MINUTES PDF 259 KB The unrestricted minutes of … are presented": the document link ends the title.
  const linked = DOC_THEN_TEXT_RE.exec(head);
  if (linked?.[1] && linked[2]) return { title: linked[1], agendaText: linked[2] };
  const agenda = AGENDA_START_RE.exec(head);
  if (!agenda) return { title: head, agendaText: '' };
  const title = head.slice(0, agenda.index).trim();
  // A head that is all agenda wording but one short phrase ("To confirm the minutes of …"): that phrase is the title.
  if (!title && PHRASE_TITLE_RE.test(head)) return { title: head, agendaText: '' };
  return { title, agendaText: head.slice(agenda.index).trim() };
}

function startRow(line: string, number: string | null = null): Row {
  const first = LABEL_RE.exec(line);
  const head = first ? line.slice(0, first.index).trim() : line;
  const rest = first ? line.slice(first.index) : '';
  const { title, agendaText } = splitHead(head);
  const body = [...(agendaText ? [{ text: agendaText, bullet: false }] : []), ...rowBlocks(rest)];
  return { number, title: title.replace(/\s*\|$/, ''), body, closed: /\|\s*$/.test(line) };
}

/**
 * Without the table's head, a row is told by the label after its title: " Minutes:", " Additional documents:" (not
 * "Decision:", which prose uses: "Date of Decision: …"), with the title before it. A line whose words before the
 * label end in a count or a word that needs more ("Public 10 Minutes:", "the draft Minutes:") is prose.
 */
const ROW_LABEL_RE = /\s(?:Additional\s+documents|Supporting\s+documents|Dogfennau\s+ychwanegol|Minutes|Cofnodion)\s*:(?=\s|$)/;
const ROW_NUMBER_RE = /^(\d{1,3}[a-z]?)\.?\s+(?=[\p{Lu}\d])/u;
const OPEN_END_RE = /(?:^|\s)(?:\d{1,3}(?:[.,]\d+)?|of|the|and|or|to|for|in|on|at|by|with|from|a|an|these|those|its|their|previous|last|draft|signed|approved|see|said|per|as)$/i;
/** Words of a sentence, not of a title: what someone did or what was done. */
const PROSE_RE = /\b(?:said|asked|noted|reported|stated|explained|advised|agreed|resolved|replied|added|commented|informed|proposed|seconded|declared|welcomed|thanked|was|were|had|has|have|would|could|should)\b/i;

interface HeadlessRow {
  number: string | null;
  line: string;
  /** A title that reads as one: short, one phrase, not a sentence. */
  strong: boolean;
}

function headlessRowAt(text: string): HeadlessRow | null {
  const label = ROW_LABEL_RE.exec(text);
  if (!label) return null;
  const num = ROW_NUMBER_RE.exec(text);
  const line = num ? text.slice(num[0].length) : text;
  const head = line.slice(0, label.index - (num ? num[0].length : 0)).trim();
  if (!/^[\p{Lu}\d]/u.test(head) || head.length > 1000 || OPEN_END_RE.test(head)) return null;
  const { title } = splitHead(head);
  if (!title || PROSE_RE.test(title) || /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s/.test(title)) return null;
  const strong = title.split(/\s+/).length <= 16 && !/[.!?;]\s/.test(title) && !/:/.test(title);
  return { number: num?.[1] ?? null, line, strong };
}

/** A short numbered heading on its own line ("4. Apologies for Absence"): a page numbered that way is read by its numbers. */
const NUMBERED_HEADING_RE = /^\d{1,3}[a-z]?[.:]?\s+\p{Lu}[^.!?:]{1,100}$/u;

/**
 * A ModernGov "Agenda and minutes" page copied from below its table's head: at least two lines are rows whose title
 * reads as one, and they outnumber the numbered headings on their own lines. Rows run from the first one; lines
 * before it (a welcome, the header) are not an item.
 */
function headlessRowDrafts(blocks: readonly Block[], from: number, skip: ReadonlySet<number>): ItemDraft[] | null {
  const found = new Map<number, HeadlessRow>();
  let strong = 0;
  let numberedHeadings = 0;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.bullet || skip.has(i)) continue;
    let row = headlessRowAt(b.text.trim());
    // "Chair's Announcements To receive any announcements …" over "Minutes: The Chair asked …": the row's cells on two lines.
    const next = blocks[i + 1];
    // Only a line with its agenda wording after the title: a bare heading over "Minutes:" is a numbered page's heading.
    const head = !row && next && !next.bullet && !skip.has(i + 1) && LABEL_AT_START_RE.test(next.text.trim()) && !LABEL_RE.test(b.text) ? splitHead(b.text.trim()) : null;
    if (next && head?.agendaText && head.title) {
      const joined = headlessRowAt(`${b.text.trim()} ${next.text.trim()}`);
      if (joined) row = { ...joined, line: joined.line.slice(0, joined.line.length - next.text.trim().length).trim() };
    }
    if (row) {
      found.set(i, row);
      if (row.strong) strong++;
    } else if (NUMBERED_HEADING_RE.test(b.text.trim())) numberedHeadings++;
  }
  if (strong < 2 || strong <= numberedHeadings) return null;
  const rows: Row[] = [];
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || skip.has(i) || SEPARATOR_RE.test(b.text)) continue;
    const row = found.get(i);
    const current = rows[rows.length - 1];
    if (row) rows.push(startRow(row.line, row.number));
    else if (current) {
      const line = b.text.trim();
      current.body.push(...(LABEL_RE.exec(line)?.index === 0 ? rowBlocks(line) : [{ text: line.replace(/\s*\|$/, ''), bullet: b.bullet }]));
    }
  }
  return rows.map((r) => {
    const t = stripDocResidue(r.title);
    return { number: r.number, title: t.text, titleDoc: t.doc, body: r.body };
  });
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
      // "1 | Apologies for Absence |" with the minute in the rows under it: a cell closed on its line, short and
      // without a sentence's end, is the item's title.
      const closedTitle = !h && /\|\s*$/.test(b.text) && /^\p{Lu}/u.test(text) && !/[.!?:;,]$/.test(text) && text.split(/\s+/).length <= 14 ? text : '';
      const title = h && h[1] && h[1].split(/\s+/).length <= 10 ? h[1].trim() : closedTitle;
      const rest = title && h ? (h[2] ?? '').trim() : text;
      drafts.push({ number: m[1], title, titleDoc: null, body: rest ? [{ text: rest, bullet: false }] : [] });
      return;
    }
    const last = drafts[drafts.length - 1];
    if (last && text) last.body.push({ text, bullet: b.bullet });
  });
  return drafts.length >= 2 ? drafts : null;
}

/** The items of a flattened table, or null when the page has no such table. `from`: where the body starts. */
export function tableRowDrafts(blocks: readonly Block[], skip: ReadonlySet<number>, from = 0): ItemDraft[] | null {
  const head = blocks.findIndex((b, i) => i < 30 && !skip.has(i) && TABLE_HEAD_RE.test(b.text.trim()));
  if (head < 0) return numberedRowDrafts(blocks, skip) ?? headlessRowDrafts(blocks, from, skip);
  const rows: Row[] = [];
  /** An empty row ("||") came after the last item's row: the next line starts the next item, label or not. */
  let sealed = false;
  for (let i = head + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && !skip.has(i) && EMPTY_ROW_RE.test(b.text.trim()) && rows.length > 0) sealed = true;
    if (!b || skip.has(i) || SEPARATOR_RE.test(b.text)) continue;
    const line = b.text.trim();
    const label = LABEL_RE.exec(line);
    const current = rows[rows.length - 1];
    const startsWithLabel = label !== null && label.index === 0;
    const afterEmptyRow = sealed;
    sealed = false;
    // "(b) That Members note … Minutes: The Monitoring Officer …", or "Councils. Additional documents:" finishing a
    // wrapped sentence: the row's text goes on, its labels inside it.
    const lastText = current ? (current.body[current.body.length - 1]?.text ?? current.title) : '';
    const continues = !!current && !current.closed && label !== null && !startsWithLabel && (/^(?:\([a-z0-9]{1,4}\)|[a-z])/.test(line) || (lastText !== '' && !/[.!?:;|)]$/.test(lastText.trim())));
    if (continues && current && label) {
      const before = line.slice(0, label.index).trim();
      const lastBlock = current.body[current.body.length - 1];
      if (before && lastBlock && !/^\(/.test(before)) lastBlock.text = `${lastBlock.text} ${before}`;
      else if (before) current.body.push({ text: before, bullet: false });
      current.body.push(...rowBlocks(line.slice(label.index)));
      current.closed = /\|\s*$/.test(line);
    } else if ((afterEmptyRow || (current?.closed && /^\p{Lu}/u.test(line))) && !startsWithLabel) rows.push(startRow(line));
    else if (label && !startsWithLabel) rows.push(startRow(line));
    else if (startsWithLabel && (!current || current.closed)) rows.push(startRow(line));
    else if (current) {
      current.body.push(...(startsWithLabel ? rowBlocks(line) : [{ text: line.replace(/\s*\|$/, ''), bullet: b.bullet }]));
      current.closed = /\|\s*$/.test(line);
    } else rows.push({ number: null, title: '', body: [{ text: line.replace(/\s*\|$/, ''), bullet: b.bullet }], closed: /\|\s*$/.test(line) });
  }
  if (rows.length === 0) return null;
  return rows.map((r) => {
    const t = stripDocResidue(r.title);
    return { number: r.number, title: t.text, titleDoc: t.doc, body: r.body };
  });
}
