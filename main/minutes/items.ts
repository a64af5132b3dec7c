import type { Block } from './blocks';
import { DECISION_HEAD_RE, SECTION_RE } from './blocks';
import type { Header } from './header';
import { stripDocResidue } from './documents';
import type { ListedDocument } from '../../shared/types/minutes';
import { tableRowDrafts } from './table-rows';

/** An item as found in the text, before its body is split into agenda and minutes. */
export interface ItemDraft {
  number: string | null;
  title: string;
  titleDoc: Omit<ListedDocument, 'title'> | null;
  body: Block[];
}

const NUM_CORE = '(?:[A-Z]{1,4}\\s?\\d{1,4}\\/\\d{2,4}|\\d{1,5}[A-Za-z]?|\\d{1,4}\\/\\d{2,4}|[A-Z][A-Za-z]{0,11}\\/\\d{1,4}(?:\\/\\d{1,4})?|[A-Z]{2,6}\\s\\d{1,4}\\/\\d{2,4}|[A-Z]{1,6}\\d{1,4}|\\d{1,4}\\.\\d{1,3})';
const ITEM_WORD = '(?:Item|Minute|Min\\.?|Minute\\s+No\\.?|Eitem|Cofnod)';
const STANDALONE_RE = new RegExp(`^(?:${ITEM_WORD}\\s+)?(${NUM_CORE})[.:]?$`);
/** A printed minute number may be followed by the agenda number: "C048/23 1. APOLOGIES", "392/02 2 Title". */
const SECOND_NUM = '(?:\\s+\\d{1,3}\\.?(?=\\s+[A-Z]))?';
const INLINE_RE = new RegExp(`^(?:(${ITEM_WORD})\\s+)?(${NUM_CORE})(\\.|:|\\s+[-–—]|)${SECOND_NUM}\\s+(\\S.{0,300})$`);

/** Standard agenda business, in English and (cheaply) Welsh. */
export const STANDARD_ITEM_RE = /^(?:apolog|declarations?\s+of\s+(?:interest|party whip)|(?:the\s+)?minutes\b|(?:confirmation\s+of\s+)?minutes|matters\s+arising|(?:chair(?:man|person)?'?’?s?\s+)?announcements|petitions?|(?:public\s+)?questions|public\s+(?:participation|speaking|forum)|open\s+forum|(?:draft\s+)?work\s+programme|forward\s+(?:plan|work)|any\s+other\s+(?:urgent\s+)?business|urgent\s+(?:business|items?)|exclusion\s+of\s+(?:the\s+)?press|date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|substitut|welcome|election\s+of|appointment\s+of|membership|terms\s+of\s+reference|webcasting|ymddiheuriadau|datganiadau|cofnodion|materion\s+yn\s+codi|unrhyw\s+fater\s+arall)/i;

export function titleLike(raw: string, relaxed: boolean): boolean {
  const t = raw.trim();
  if (!t || t.length > (relaxed ? 250 : 160)) return false;
  const words = t.split(/\s+/).length;
  if (words > (relaxed ? 30 : 18)) return false;
  if (!/^[A-Z0-9"'‘“([£]/.test(t)) return false;
  if (/[,;:–-]$/.test(t)) return false;
  // A sentence ends with a dot; a printed capitals heading may too ("APOLOGIES FOR ABSENCE.").
  if (!relaxed && /\.$/.test(t) && !/\b(?:etc|Nos?|St|Ltd|Co)\.$/.test(t) && !(/\p{Lu}{3}/u.test(t) && t === t.toUpperCase())) return false;
  if (DECISION_HEAD_RE.test(t) || SECTION_RE.test(t) || /^(?:RESOLVED|AGREED)\b/.test(t)) return false;
  if (/^That\s/.test(t)) return false;
  if (/^\[.*\]$/.test(t) || /[.!?]["'”’)\]]$/.test(t)) return false;
  if (/^(?:Councillors?|Cllrs?\.?)\s+\S+.*\b(?:declared|asked|said|stated|noted|left|joined)\b/i.test(t)) return false;
  return true;
}

const PERSON_START_RE = /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman)(?:\s|$)/;

function seqValue(num: string): number | null {
  let m = /^(\d{1,5})([A-Za-z]?)$/.exec(num);
  if (m && m[1]) return Number(m[1]) + (m[2] ? (m[2].toLowerCase().charCodeAt(0) - 96) / 100 : 0);
  m = /^(\d{1,4})\/\d{2,4}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  // "OSC 12/25": number, then year; "CYPE/24/45": prefix, year, then number.
  m = /^[A-Za-z]{1,6}\s?(\d{1,4})\/\d{2,4}$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  m = /^(\d{1,4})\.(\d{1,3})$/.exec(num);
  if (m && m[1] && m[2]) return Number(m[1]) + Number(m[2]) / 1000;
  m = /(\d{1,5})$/.exec(num);
  if (m && m[1]) return Number(m[1]);
  return null;
}

function shape(num: string): string {
  return num.replace(/[A-Za-z]$/, '').replace(/\d+/g, '9');
}

interface Marker {
  index: number;
  consumed: number;
  number: string | null;
  rawTitle: string;
}

function isSectionBlock(b: Block | undefined): boolean {
  return !!b && !b.bullet && SECTION_RE.test(b.text);
}

function findNumbered(blocks: readonly Block[], from: number, header: Header, skip: Set<number>): Marker[] {
  const markers: Marker[] = [];
  let prevSeq: number | null = null;
  let firstShape: string | null = null;
  const accept = (num: string): boolean => {
    const seq = seqValue(num);
    // "4.1" under item 4: a sub-item keeps the sequence without changing its shape.
    const sub = /^(\d{1,4})\.\d{1,3}$/.exec(num);
    if (sub && sub[1] && prevSeq !== null && firstShape !== null && firstShape !== shape(num) && Number(sub[1]) === Math.floor(prevSeq) && seq !== null && seq > prevSeq) return true;
    if (firstShape !== null && shape(num) !== firstShape) return false;
    if (prevSeq !== null && seq !== null && !(seq > prevSeq && seq <= prevSeq + 60)) return false;
    return true;
  };
  const commit = (num: string) => {
    prevSeq = seqValue(num) ?? prevSeq;
    firstShape = firstShape ?? shape(num);
  };
  for (let i = from; i < blocks.length; i++) {
    if (skip.has(i)) continue;
    const b = blocks[i];
    if (!b || b.bullet || b.text.length > 320) continue;
    const standalone = STANDALONE_RE.exec(b.text);
    if (standalone && standalone[1]) {
      let j = i + 1;
      while (j < blocks.length && skip.has(j)) j++;
      const next = blocks[j];
      if (next && !next.bullet) {
        const title = stripDocResidue(next.text).text;
        if (titleLike(title, true) && !STANDALONE_RE.test(next.text) && accept(standalone[1])) {
          markers.push({ index: i, consumed: j - i + 1, number: standalone[1], rawTitle: next.text });
          commit(standalone[1]);
          i = j;
          continue;
        }
      }
    }
    const inline = INLINE_RE.exec(b.text);
    if (inline && inline[2] && inline[4] !== undefined) {
      const num = inline[2];
      const stripped = stripDocResidue(inline[4]);
      if (!titleLike(stripped.text, false)) continue;
      // "Item 13 – Mr B Lobban (Financial)": a reference to an item inside another item's minutes, not a heading.
      if (PERSON_START_RE.test(stripped.text)) continue;
      if (/^\d/.test(stripped.text)) continue;
      const hasSep = inline[3] !== '' || inline[1] !== undefined;
      if (!hasSep) {
        // "19 DECLARATIONS OF INTEREST", "CYPE/24/45 MINUTES", "OSC 12/25 Apologies": a heading without a dot.
        const capsTitle = /\p{Lu}{2}/u.test(stripped.text) && stripped.text === stripped.text.toUpperCase();
        const distinctive = /[/A-Za-z]/.test(num) && /\d/.test(num);
        const strong =
          stripped.doc !== null ||
          header.itemNumber === num ||
          isSectionBlock(blocks[i + 1]) ||
          capsTitle ||
          STANDARD_ITEM_RE.test(stripped.text) ||
          (distinctive && firstShape !== null) ||
          // the next number in an established sequence ("3 Community Safety Annual Report" after 1 and 2)
          (prevSeq !== null && firstShape === shape(num) && seqValue(num) === prevSeq + 1 && markers.length >= 1);
        if (!strong) continue;
      }
      if (!accept(num)) continue;
      markers.push({ index: i, consumed: 1, number: num, rawTitle: inline[4] });
      commit(num);
    }
  }
  return markers;
}

function findUnnumbered(blocks: readonly Block[], from: number, header: Header, skip: Set<number>): Marker[] {
  const markers: Marker[] = [];
  let strongCount = 0;
  for (let i = from; i < blocks.length; i++) {
    if (skip.has(i)) continue;
    const b = blocks[i];
    if (!b || b.bullet) continue;
    const { text, doc } = stripDocResidue(b.text);
    if (!titleLike(text, false)) continue;
    if (/^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s/.test(text)) continue;
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    const strong = doc !== null || isSectionBlock(next) || STANDARD_ITEM_RE.test(text);
    const prevEnds = !prev || skip.has(i - 1) || i === from || /[.!?:;)\]"”’]$/.test(prev.text) || markers.some((m) => m.index === i - 1);
    const generic =
      text.split(/\s+/).length <= 10 && prevEnds && !!next && !next.bullet && /^[A-Z[("“‘]/.test(next.text) && !/^[A-Z][a-z]+\s(?:and|or)$/.test(text);
    if (!strong && !generic) continue;
    if (strong) strongCount++;
    markers.push({ index: i, consumed: 1, number: null, rawTitle: b.text });
  }
  const enough = strongCount >= 2 || (header.pageKind === 'meeting' && strongCount >= 1);
  return enough ? markers : [];
}

/** Splits the body into items: numbered ("109." / "45. Title" / "CYPE/24/45"), unnumbered titles, or one item. */
export function splitItems(blocks: readonly Block[], header: Header, skip: Set<number>): ItemDraft[] {
  const from = header.bodyStart;
  const table = header.pageKind === 'agenda-item' ? null : tableRowDrafts(blocks, skip);
  if (table) return table;
  let markers: Marker[] = [];
  if (header.pageKind !== 'agenda-item') {
    markers = findNumbered(blocks, from, header, skip);
    // An issue page is about one item: later "Minute 31 – …" lines are references, not items.
    // An issue page lists the issue at each meeting that took it: "Meeting: 03/06/2024 - Committee (Item 62)".
    if (header.pageKind === 'issue' && header.itemNumber !== null) {
      const numbers = new Set([header.itemNumber]);
      for (const b of blocks) {
        const m = /^Meeting:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—].{2,200}\((?:Item|Eitem)\s+([^)]{1,20})\)\s*$/i.exec(b.text);
        if (m && m[1]) numbers.add(m[1].trim().replace(/\.$/, ''));
      }
      markers = markers.filter((m) => m.number !== null && numbers.has(m.number));
    }
    if (markers.length === 0) markers = findUnnumbered(blocks, from, header, skip);
  }
  const bodyOf = (start: number, end: number): Block[] => {
    const out: Block[] = [];
    for (let k = start; k < end; k++) {
      const b = blocks[k];
      if (b && !skip.has(k)) out.push(b);
    }
    return out;
  };
  if (markers.length === 0) {
    // One item: an "Agenda item" page, an issue page, or a bare copy of one item's minutes.
    const body = bodyOf(from, blocks.length);
    let title = '';
    let titleDoc: ItemDraft['titleDoc'] = null;
    const first = body[0];
    if (first && !first.bullet) {
      const s = stripDocResidue(first.text);
      const next = body[1];
      const looksTitle = titleLike(s.text, false) && (header.pageKind === 'agenda-item' || header.pageKind === 'issue' || s.doc !== null || isSectionBlock(next));
      if (looksTitle) {
        title = s.text;
        titleDoc = s.doc;
        body.shift();
      }
    }
    if (!title && body.length === 0) return [];
    return [{ number: header.itemNumber, title, titleDoc, body }];
  }
  const items: ItemDraft[] = [];
  markers.forEach((m, k) => {
    const end = markers[k + 1]?.index ?? blocks.length;
    const s = stripDocResidue(m.rawTitle);
    const body = bodyOf(m.index + m.consumed, end);
    let titleDoc = s.doc;
    // The document link can land on its own line ("pdf icon PDF 128 KB") right after the title.
    const first = body[0];
    if (!titleDoc && first && !first.bullet) {
      const r = stripDocResidue(first.text);
      if (r.doc && r.text === '') {
        titleDoc = r.doc;
        body.shift();
      }
    }
    items.push({ number: m.number, title: s.text, titleDoc, body });
  });
  return items;
}
