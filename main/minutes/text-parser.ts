import type { Declaration, Decision, MinutesItem, ParsedMinutes } from '../../shared/types/minutes';
import type { Block } from './blocks';
import { joinBlocks, toBlocks, TERMINAL_RE } from './blocks';
import { findApologies } from './apologies';
import { findDecisions } from './decisions';
import { findDeclarations } from './declarations';
import { assertLooksLikeMinutes } from './detect';
import { exclusionTargets, PRIVATE_SECTION_RE, textSaysExempt, titleIsExempt } from './exempt';
import { findMeetingTimes, parseHeader } from './header';
import { splitItems } from './items';
import { splitSections } from './sections';

const SIGNATURE_RE = /^(?:chair(?:man|person)?|signed|date|dated|\.{3,}|_{3,}|mayor|cadeirydd)\b/i;

/** Parses text as a browser's select-all/copy gives it, or text extracted from a PDF (pages joined with "\f"). */
export function parseMinutesText(text: string): ParsedMinutes {
  assertLooksLikeMinutes(text);
  return parseBlocks(toBlocks(text));
}

export interface ItemHints {
  /** Per item (by order), facts the caller already knows (ModernGov XML). */
  exempt?: boolean;
}

export function parseBlocks(blocks: readonly Block[]): ParsedMinutes {
  const header = parseHeader(blocks);
  const times = findMeetingTimes(blocks);
  const skip = new Set<number>([...header.used, ...times.endBlocks]);
  const drafts = splitItems(blocks, header, skip);
  // When most items carry "Minutes:", an item without it has agenda text only (not yet minuted).
  const labelled = drafts.filter((d) => d.body.some((b) => /^(?:minutes|cofnodion)\s*:/i.test(b.text))).length;
  const documentUsesMinutesLabel = drafts.length > 1 && labelled * 2 > drafts.length;
  const single = drafts.length === 1;

  const items: MinutesItem[] = [];
  const declarations: Declaration[] = [];
  const decisions: Decision[] = [];
  const apologies: string[] = [];
  let privateFromHere = false;
  const exemptNumbers = new Set<string>();
  let exemptFollowing = false;

  drafts.forEach((d, idx) => {
    // A "PART B" / "Private session" heading at the end of this item's body applies to the items after it.
    let body = d.body;
    let privateAfter = false;
    const tailIdx = body.findIndex((b) => !b.bullet && PRIVATE_SECTION_RE.test(b.text));
    if (tailIdx >= 0 && tailIdx >= body.length - 3) {
      privateAfter = true;
      body = body.filter((_, k) => k !== tailIdx);
    }
    const s = splitSections(body, documentUsesMinutesLabel, single);
    const agendaText = joinBlocks(s.agenda);
    const minutesText = joinBlocks(s.minutes);
    const docs = [...s.docs];
    if (d.titleDoc && d.title) docs.unshift({ title: d.title, ...d.titleDoc });

    let truncated = s.truncated;
    if (idx === drafts.length - 1 && !truncated) {
      // A copy cut off mid-sentence: only the start of this item is on the page.
      const lastBlock = body.filter((b) => !SIGNATURE_RE.test(b.text)).pop();
      if (lastBlock && !TERMINAL_RE.test(lastBlock.text) && !/[)\]"”’]$/.test(lastBlock.text)) {
        const isOnlyTitle = body.length === 0;
        if (!isOnlyTitle && !/^(?:minutes|decision|additional documents|supporting documents)\s*:?$/i.test(lastBlock.text)) truncated = true;
      }
    }

    const exempt =
      privateFromHere || titleIsExempt(d.title) || (d.number !== null && exemptNumbers.has(d.number)) || exemptFollowing || textSaysExempt(agendaText);
    items.push({ number: d.number, title: d.title, exempt, truncated, documents: docs, agendaText, minutesText });

    const isApologiesItem = /apolog|ymddiheur/i.test(d.title);
    const isDeclItem = /declarations?|interests?|datganiad/i.test(d.title);
    const minutesBlocks = s.minutes.length > 0 ? s.minutes : [];
    if (minutesBlocks.length > 0 || isApologiesItem) {
      const names = findApologies(minutesText);
      if (isApologiesItem && names.length === 0) {
        // "Apologies for absence" item whose minutes are just a list of names.
        for (const b of minutesBlocks) {
          if (/^(?:Councillors?|Cllrs?\.?)\s+[A-Z]/.test(b.text) && b.text.length < 300 && !/\b(?:was|were|had|has|is)\b/.test(b.text)) {
            names.push(...findApologies(`Apologies from ${b.text}`));
          }
        }
      }
      apologies.push(...names);
    }
    declarations.push(...findDeclarations(minutesText, d.number, isDeclItem));
    decisions.push(...findDecisions(s.decision, d.number), ...findDecisions(s.minutes, d.number));

    const targets = exclusionTargets(d.title, [...s.agenda, ...s.minutes]);
    for (const n of targets.numbers) exemptNumbers.add(n);
    if (targets.following && targets.numbers.size === 0 && /^exclusion\b/i.test(d.title)) exemptFollowing = true;
    if (privateAfter) privateFromHere = true;
  });

  // Items named by a later exclusion resolution (rare) are marked too.
  for (const it of items) if (it.number !== null && exemptNumbers.has(it.number)) it.exempt = true;

  // Apologies recorded outside any item (printed minutes put them after "PRESENT:", before the first item).
  if (apologies.length === 0) {
    const all = blocks.map((b) => b.text).join('\n');
    apologies.push(...findApologies(all.length > 400000 ? all.slice(0, 400000) : all));
  }

  return {
    council: header.council,
    committee: header.committee,
    date: header.date,
    startTime: header.startTime ?? times.start,
    endTime: times.end,
    venue: header.venue,
    apologies: [...new Set(apologies)],
    items,
    declarations,
    decisions: dedupeAcrossItems(decisions),
  };
}

function dedupeAcrossItems(ds: Decision[]): Decision[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.item ?? ''}|${d.label ?? ''}|${d.text.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
