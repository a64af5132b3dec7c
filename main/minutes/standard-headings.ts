/**
 * Items when the item reader found at most one: the business nearly every meeting has ("Apologies for absence",
 * "Declarations of Interest", "Confirmation of Minutes", "Matters arising", "Correspondence", "Any other business", "Date
 * of next meeting" …) found wherever it stands as a heading, with whatever number the page gives it ("B.863", "Cl. 30",
 * "14/273", "05.09.01", "1.0") or none, in one run-on paragraph or on lines of its own. Each is set on a line of its own,
 * as the page printed it, so the item reader can read it. Only where three or more different ones stand in order; the
 * wording of a heading is what is shared between councils, not its layout.
 */
import type { Block } from './blocks';
import { headingBeforeDash, runOnTitle } from './run-on';

const PHRASE = String.raw`(?:To\s+(?:receive|approve|confirm|consider|note|accept)\s+(?:and\s+\p{Ll}+\s+)?(?:the\s+|any\s+)?)?(?:Apolog(?:ies|y)(?:\s+for\s+absence)?|Declarations?\s+of\s+(?:(?:personal|pecuniary|members['’]?)\s+)?interests?|(?:Approval|Confirmation|Adoption|Signing)\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes|Minutes(?:\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting)?|Matters\s+arising(?:\s+from\s+(?:the\s+)?minutes)?|Correspondence|Finance|Accounts(?:\s+for\s+payment)?|Planning(?:\s+applications)?|Any\s+other\s+(?:urgent\s+)?business|Date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|Public\s+(?:participation|questions|session|forum)|Chair(?:man)?['’]s\s+(?:announcements|report|remarks)|Clerk['’]s\s+report|Police\s+(?:report|matters)|Welcome(?:\s+and\s+apologies)?|Election\s+of\s+(?:chair(?:man)?|vice[-\s]chair(?:man)?|officers|mayor))`;
/** A minute's number as pages print it: "B.863", "Cl. 30", "14/273", "05.09.01", "1.0", "60/17", "12a". */
const NUMBER = String.raw`(?:[A-Z][a-z]?\.?\s?)?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?`;
const HEAD_RE = new RegExp(String.raw`(?<=^|[.!?;:)]\s{1,3}|\n|\s{2})(?:(${NUMBER})\s*[.:)]?\s+)?(${PHRASE})(?=\s*(?:[:–—-]\s|\n|$)|\s+\p{Lu})`, 'giu');
/** "Apologies–Councillor D. Sergeant", "Declarations of Interest - None": the business every meeting has, as a heading line with at most a short note after a dash or colon. */
const STANDARD_LINE_RE = new RegExp(String.raw`^(?:${PHRASE})(?:\s*[:–—-]\s*.{0,60})?$`, 'iu');
export function isStandardHeadingLine(text: string): boolean {
  return /^\p{Lu}/u.test(text.trim()) && STANDARD_LINE_RE.test(text.trim());
}

/** Only a heading that begins with a capital (the phrase is matched in any case, as pages print it in capitals). */
const CAPITAL_START_RE = /^\p{Lu}/u;

interface Head {
  block: number;
  start: number;
  end: number;
  heading: string;
  key: string;
}

function headsIn(blocks: readonly Block[]): Head[] {
  const heads: Head[] = [];
  blocks.forEach((b, i) => {
    if (b.bullet || b.text.length > 100000) return;
    HEAD_RE.lastIndex = 0;
    for (let m = HEAD_RE.exec(b.text); m; m = HEAD_RE.exec(b.text)) {
      const phrase = m[2] ?? '';
      if (!CAPITAL_START_RE.test(phrase)) continue;
      // A bare number with no point is a heading's only at a line's start ("3 Apologies"), never inside a sentence.
      const num = m[1]?.trim() ?? null;
      if (num && /^\d{1,2}$/.test(num) && m.index > 0 && !/\n\s*$/.test(b.text.slice(0, m.index + 1))) {
        const before = b.text.slice(Math.max(0, m.index - 2), m.index);
        if (!/[.!?;:)]\s*$/.test(before)) continue;
      }
      // "2. MINUTES TO BE AGREED The minutes …": a heading in capitals runs on in capitals; "Minutes of the meeting held on 5th
      // September 2005" alone on its line is the whole line.
      const rest = b.text.slice(m.index + m[0].length);
      const lineRest = /^[^\n]*/.exec(rest)?.[0] ?? '';
      const capitalsMore = phrase === phrase.toUpperCase() ? (/^(?:\s+(?:[\p{Lu}\d’'&/-]{2,}|[AI]))+(?=\s+\p{Lu}\p{Ll}|\s+\d|\s*$|\s*[:–—-]\s)/u.exec(rest)?.[0] ?? '') : '';
      const wholeLine = !capitalsMore && lineRest.trim().length > 0 && lineRest.length <= 60 && /\n|$/.test(rest.slice(lineRest.length, lineRest.length + 1)) && !/[.!?]\s*$/.test(lineRest) && !/\b(?:was|were|is|are|had|has|have)\b/.test(lineRest) ? lineRest : '';
      // "3.2 Minutes of the meeting of the Parish Council held on Thursday 8th February 2018 The minutes were approved …": the
      // meeting the minutes are of goes on the heading, up to the sentence that minutes it.
      const ofMeeting = !capitalsMore && !wholeLine && /minutes$/i.test(phrase) && /^\s+of\s/i.test(rest) ? (runOnTitle(`${phrase}${rest.slice(0, 300)}`) ?? '') : '';
      const more = ofMeeting.startsWith(phrase) && ofMeeting.length > phrase.length && rest.startsWith(ofMeeting.slice(phrase.length)) ? ofMeeting.slice(phrase.length) : '';
      const title = `${phrase}${capitalsMore || wholeLine || more}`.replace(/\s+/g, ' ').trim();
      const end = m.index + m[0].length + (capitalsMore || wholeLine || more).length;
      heads.push({ block: i, start: m.index, end, heading: num ? `${num} ${title}` : title, key: phrase.toLowerCase().replace(/^to\s+\S+\s+(?:and\s+\S+\s+)?(?:the\s+|any\s+)?/, '').slice(0, 12) });
    }
  });
  return heads;
}

const shapeOf = (num: string) => num.replace(/\d+/g, '9');
const lastNumberOf = (num: string) => Number(/(\d+)[a-z]?$/.exec(num)?.[1] ?? NaN);

/**
 * "B.863 Declarations of Interest", "B.864 Confirmation of Minutes": once two standard headings give the page's numbering,
 * the numbers that carry it on ("B.865 Clerk to the Board …") are headings too, whatever their wording.
 */
function followingNumbers(blocks: readonly Block[], heads: Head[]): Head[] {
  const numbered = heads.filter((h) => /\d/.test(h.heading.split(' ')[0] ?? ''));
  const last = numbered[numbered.length - 1];
  const prev = numbered[numbered.length - 2];
  if (!last || !prev) return [];
  const lastNum = last.heading.split(' ')[0] ?? '';
  const shape = shapeOf(lastNum);
  if (shape !== shapeOf(prev.heading.split(' ')[0] ?? '') || lastNumberOf(lastNum) !== lastNumberOf(prev.heading.split(' ')[0] ?? '') + 1) return [];
  const prefix = lastNum.replace(/\d+[a-z]?$/, '');
  const more: Head[] = [];
  let next = lastNumberOf(lastNum) + 1;
  for (let i = last.block; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    let from = i === last.block ? last.end : 0;
    for (;;) {
      const want = `${prefix}${next}`;
      const at = b.text.indexOf(want, from);
      if (at < 0) break;
      const before = b.text.slice(Math.max(0, at - 3), at);
      const after = b.text.slice(at + want.length).replace(/^\s*[.:)]?\s+/, '');
      const opens = /^(?:^|[\s.!?;:)])$/.test(before.slice(-1) || ' ') && /^\p{Lu}/u.test(after);
      // ("B.786 Fencing along Paddock Area – Rorkes Drift Farm Further to …": a dash ends the heading.)
      const title = opens ? (headingBeforeDash(after)?.heading ?? runOnTitle(after)) : null;
      if (!title) {
        from = at + want.length;
        continue;
      }
      const end = b.text.indexOf(title, at) + title.length;
      more.push({ block: i, start: at, end, heading: `${want} ${title}`, key: `#${next}` });
      from = end;
      next++;
    }
  }
  return more;
}

/**
 * The blocks with the standard headings cut out onto lines of their own, and the headings; null when fewer than three
 * different ones stand.
 */
export function splitStandardHeadings(blocks: readonly Block[]): { blocks: Block[]; headings: string[] } | null {
  const found = headsIn(blocks);
  if (new Set(found.map((h) => h.key)).size < 3) return null;
  // "APOLOGIES: Cllr A" among the lists, then "APOLOGIES: Apologies noted." as business: the last is the item.
  const apologies = found.filter((h) => h.key.startsWith('apolog'));
  const standard = found.filter((h) => !h.key.startsWith('apolog') || h === apologies[apologies.length - 1]);
  const heads = [...standard, ...followingNumbers(blocks, standard)].sort((a, b) => a.block - b.block || a.start - b.start);
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const here = heads.filter((h) => h.block === i);
    if (here.length === 0) {
      out.push(b);
      return;
    }
    let at = 0;
    for (const h of here) {
      const before = b.text.slice(at, h.start).trim();
      if (before) out.push({ ...b, text: before });
      out.push({ ...b, text: h.heading });
      at = h.end;
    }
    const after = b.text.slice(at).replace(/^\s*[:–—-]\s*/, '').trim();
    if (after) out.push({ ...b, text: after });
  });
  return { blocks: out, headings: heads.map((h) => h.heading) };
}
