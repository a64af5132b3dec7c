import type { Block } from './blocks';
import { SECTION_RE } from './blocks';
import { stripDocResidue } from './documents';
import { titleLike } from './items';
import type { ListedDocument } from '../../shared/types/minutes';

export interface ItemSections {
  agenda: Block[];
  minutes: Block[];
  /** A separate "Decision:" panel (ModernGov issue pages print it before "Minutes:"). */
  decision: Block[];
  docs: ListedDocument[];
  /** "… view the full minutes text for item 113." */
  truncated: boolean;
}

const TRUNC_RE = /\s*(?:\.{2,}|…)?\s*view the full (?:minutes|decision) text for item\s*[^\s.]{0,20}\.?\s*$/i;
/** The words TRUNC_RE needs, found fast: the full pattern (its leading "\s*" tried at every position) runs only where they occur. */
const TRUNC_HINT_RE = /view the full/i;
/** Agenda wording: what the committee is asked to do, not what it did. */
const AGENDA_ISH_RE = /^(?:\[.*\]$|To\s+(?:receive|consider|approve|confirm|note|agree|invite|report|determine|elect|appoint|answer|hear|discuss|review|scrutinise|scrutinize|identify|comment|issue|welcome)\b.{30,}|(?:REPORT|Report)\s+(?:OF|of|by|from)\b|Members\s+(?:are|will\s+be)\s+(?:asked|invited|requested|reminded)|The\s+(?:Chair(?:man)?|Committee|Commission|Board|Panel|Cabinet|Council)\s+(?:is|are|will\s+be)\s+(?:asked|invited|requested)|(?:Any|All)\s.{0,200}\b(?:will|shall)\s+be\s+(?:reported|considered)|(?:Copy\s+|Report\s+)?attached\.?$)/;

/** A sentence after the agenda's wording that says what happened: "There were none.", "None were declared.", "No requests were received." */
// ("… and dispensation requests. Cllr Saer declared an interest in Items 8 (c) …": a member's declaration, minuted.)
// ("To confirm the minutes of the meeting held on 2 May. Resolved that these minutes be agreed …", "To receive apologies.
// Apologies from Cllr Dale were accepted.": the resolution, or what was done, after the agenda's wording.)
const MINUTED_TAIL_RE = /(?<=[.!?])\s+((?:There\s+(?:were|was)\s+(?:none|no)\b|None\b|Nil\b|(?:It\s+was\s+)?(?:RESOLVED|Resolved|AGREED|Agreed)(?:\s*[:–—-]|\s+(?:that|to|unanimously)\s)|Apolog(?:y|ies)\s[^.]{0,200}?\b(?:were|was)\s+(?:received\s+and\s+)?(?:accepted|approved|noted)\b|The\s+minutes\s[^.]{0,200}?\b(?:were|was)\s+(?:duly\s+)?(?:approved|agreed|signed|accepted|confirmed|adopted)\b|No\s+(?:[\p{L}'’-]+\s+){1,4}(?:were|was|had\s+been)\s+(?:received|made|declared|notified|raised)|(?:Cllrs?|Councillors?|Coun|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[^.]{0,60}?\s(?:declared|disclosed)\s)[^]*)$/u;

type Mode = 'agenda' | 'minutes' | 'decision' | 'docs';

export function splitSections(body: readonly Block[], documentUsesMinutesLabel: boolean, singleItem: boolean): ItemSections {
  const out: ItemSections = { agenda: [], minutes: [], decision: [], docs: [], truncated: false };
  const hasMinutesLabel = body.some((b) => /^(?:minutes|cofnodion)\s*:/i.test(b.text));
  const hasDecisionLabel = body.some((b) => /^(?:decisions?|penderfyniad)\s*:/i.test(b.text));
  let mode: Mode = 'agenda';
  let afterDocs: Mode = 'agenda';
  /** "Additional documents:" under the agenda's wording, no "Minutes:" label: what came before it was the agenda's. */
  let docsAfterAgenda = false;
  const push = (m: Mode, b: Block) => {
    if (m === 'minutes') out.minutes.push(b);
    else if (m === 'decision') out.decision.push(b);
    else out.agenda.push(b);
  };
  for (const raw of body) {
    let b = raw;
    if (TRUNC_HINT_RE.test(b.text) && TRUNC_RE.test(b.text)) {
      out.truncated = true;
      b = { ...b, text: b.text.replace(TRUNC_RE, '').trim() };
      if (!b.text) continue;
    }
    const sec = SECTION_RE.exec(b.text);
    if (sec && !b.bullet) {
      const label = sec[0].toLowerCase();
      const rest = b.text.slice(sec[0].length).trim();
      if (/^(?:minutes|cofnodion)/.test(label)) mode = 'minutes';
      else if (/^(?:decision|penderfyniad)/.test(label)) mode = 'decision';
      else {
        afterDocs = mode === 'agenda' && !hasMinutesLabel && !hasDecisionLabel && !(documentUsesMinutesLabel && !singleItem) ? 'minutes' : mode;
        if (afterDocs === 'minutes' && mode === 'agenda') docsAfterAgenda = true;
        mode = 'docs';
      }
      if (rest) {
        const d = stripDocResidue(rest);
        if (mode === 'docs' && d.doc) out.docs.push({ title: d.text, ...d.doc });
        else push(mode === 'docs' ? afterDocs : mode, { ...b, text: rest });
      }
      continue;
    }
    const d = stripDocResidue(b.text);
    if (d.doc && d.text && titleLike(d.text.replace(/^•\s*/, ''), true)) {
      out.docs.push({ title: d.text, ...d.doc });
      continue;
    }
    if (mode === 'docs') mode = afterDocs;
    push(mode, b);
  }
  if (!hasMinutesLabel && !hasDecisionLabel) {
    if (documentUsesMinutesLabel && !singleItem) {
      // The page marks minutes with "Minutes:"; an item without one has agenda text only.
      out.agenda.push(...out.minutes);
      out.minutes = [];
    } else if (docsAfterAgenda && out.agenda.length > 0 && out.minutes.length > 0) {
      // ModernGov's "Additional documents:" between the agenda's wording and the minutes (their "Minutes:" label lost in
      // the copy): "The Chairman to report on any requests to submit petitions" is the agenda's, not a decision.
    } else {
      // No labels at all: leading agenda wording is agenda text, the rest is the minutes.
      const all = [...out.agenda, ...out.minutes];
      let k = 0;
      while (k < all.length && !all[k]?.bullet && AGENDA_ISH_RE.test(all[k]?.text ?? '')) k++;
      out.agenda = all.slice(0, k);
      out.minutes = all.slice(k);
      // "To receive any Declarations of Interest under the … Order 2007. There were none.": the agenda's wording, then
      // what was minuted of it, in one paragraph.
      const last = out.agenda[out.agenda.length - 1];
      const tail = last ? MINUTED_TAIL_RE.exec(last.text) : null;
      if (last && tail?.[1]) {
        out.agenda[out.agenda.length - 1] = { ...last, text: last.text.slice(0, tail.index).trim() };
        out.minutes.unshift({ ...last, text: tail[1] });
      }
    }
  } else if (!hasMinutesLabel && hasDecisionLabel && out.minutes.length === 0) {
    out.minutes = [...out.decision];
  }
  return out;
}
