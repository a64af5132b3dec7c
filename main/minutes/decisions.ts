import type { Decision } from '../../shared/types/minutes';
import type { Block } from './blocks';
import { LABEL_RE, SECTION_RE } from './blocks';
import { classifyDecision, dueOf, ownerOf } from './classify';
import { splitSentences } from './sentences';
import { passageOf } from './declaration-lines';
import { ownerOnly, PARAGRAPH_RE, proseActionOwner, statusOf } from './decision-extras';

/**
 * Label convention: the printed marker without brackets or trailing dot/parenthesis:
 * "1)" → "1", "(a)" → "a", "(ii)" → "ii", "1." → "1". Unlabelled decisions have label null.
 */
const HEAD_ONLY_RE = /^(?:It\s+was\s+)?(?:RESOLVED|AGREED|Resolved|Agreed|RECOMMENDED|Recommended|DECISION|DECISIONS|Decision|PENDERFYNWYD|CYTUNWYD)(?:\s+(?:unanimously|accordingly))?\s*(?:[:–—-]+\s*)?(?:that\s*[:–—-]?\s*)?$/;
const HEAD_INLINE_RE = /^(?:It\s+was\s+(?:further\s+)?|The\s+(?:[\w-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee)\s+)?(?:UNANIMOUSLY\s+|Unanimously\s+)?(?:RESOLVED|AGREED|Resolved|Agreed|RECOMMENDED|PENDERFYNWYD|CYTUNWYD)(?:\s+(?:unanimously|accordingly))?\s*(?:[:–—-]+\s*|\s+(?=that\b|That\b|to\b|To\b|\())(.+)$/;
const ACTION_LINE_RE = /^(?:ACTIONS?|Action(?:\s+point)?)\s*[:–—-]\s*(.+)$/;
const STOP_RE = /^(?:REASONS?\s+FOR\s+(?:THE\s+)?DECISION|Reasons?\s+for\s+(?:the\s+)?decision|\(?The\s+meeting\s+(?:ended|closed|concluded)|Alternative\s+options?|ALTERNATIVE\s+OPTIONS?)/;
const TO_VERB_RE = /^To\s+(?:note|agree|approve|confirm|endorse|recommend|request|accept|receive|delegate|submit|refer|defer|adopt|appoint|elect|ask|thank|support|keep|add|invite|circulate|share|provide|bring|arrange)\b/;
const MOVED_RE = /^It\s+was\s+(?:moved|proposed)\s+by\s+.{2,200}?\s+(?:and\s+seconded\s+by\s+.{2,200}?\s+)?that\s+(.{5,})$/i;
const CARRIED_RE = /\b(?:carried|in favour of the motion|motion was (?:agreed|approved|passed)|was agreed|passed)\b/i;
const LOST_RE = /\b(?:lost|fell|defeated|not carried|was rejected)\b/i;
const PROSE_MINUTES_RE = /^(?:The\s+)?minutes\s+of\s+.{0,300}?\b(?:were|was|be)\s+(?:duly\s+|then\s+)?(?:agreed|approved|confirmed|accepted|signed|adopted)\b/i;
const PROSE_NOTED_RE = /^The\s+(?!meeting\b)[\w'’ &,()-]{2,80}?\s+(?:was|were)\s+(?:duly\s+|formally\s+)?noted\.?$/i;
const BODY_VERB_RE = /^(?:The\s+|This\s+)?(?:[A-Za-z&'’-]+\s+){0,5}?(?:Committee|Commission|Panel|Board|Cabinet|Sub-Committee|Forum|Members|meeting)\s+(?:also\s+|further\s+|unanimously\s+|then\s+|therefore\s+)?(agreed|resolved|recommended|endorsed|approved|noted|requested|received|supported|accepted)\b(.*)$/i;
const UNDERTOOK_RE = /^(.{3,150}?)\s+undert(?:ook|akes)\s+to\s+(.{3,})$/;

type Style = 'num' | 'alpha' | 'roman';
interface Point {
  label: string | null;
  style: Style | null;
  text: string;
}

function labelOf(text: string, current: Style | null = null): { label: string; style: Style; rest: string } | null {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? '').trim();
  if (!label) return null;
  // "(i)" opens a roman list unless it continues a lettered one (… (h), (i)).
  const roman = /^[ivxlc]{2,}$/i.test(label) || (/^[ivx]$/i.test(label) && (current === 'roman' || (current === null && /^i$/i.test(label))));
  const style: Style = /^\d+$/.test(label) ? 'num' : roman ? 'roman' : 'alpha';
  return { label, style, rest: text.slice(m[0].length).trim() };
}

function finishText(t: string): string {
  let s = t.replace(/\s+/g, ' ').trim();
  s = s.replace(/(?:;|,)?\s*(?:and|or)$/i, '').replace(/[;,]$/, '').trim();
  if (/^that\s/.test(s)) s = `T${s.slice(1)}`;
  if (/^to\s/.test(s)) s = `T${s.slice(1)}`;
  return s;
}

/** Collects decision points starting at blocks[start]; returns points and the index after the last used block. */
function collectPoints(blocks: readonly Block[], start: number, first: string | null): { points: Point[]; next: number } {
  const points: Point[] = [];
  let firstStyle: Style | null = null;
  /** Sub-points of an unlabelled "…as follows:" point, appended to it rather than listed. */
  let absorbStyle: Style | null = null;
  const add = (text: string, bulletOrNested: boolean) => {
    const last = points[points.length - 1];
    if (last && bulletOrNested) last.text = `${last.text} ${text}`;
  };
  const startPoint = (raw: string) => {
    const lab = labelOf(raw, firstStyle);
    if (lab) {
      firstStyle = firstStyle ?? lab.style;
      points.push({ label: lab.label, style: lab.style, text: lab.rest });
    } else points.push({ label: null, style: null, text: raw });
  };
  if (first) startPoint(first);
  let j = start;
  for (; j < blocks.length; j++) {
    const b = blocks[j];
    if (!b) break;
    const t = b.text;
    if (SECTION_RE.test(t) || STOP_RE.test(t) || HEAD_ONLY_RE.test(t) || HEAD_INLINE_RE.test(t) || ACTION_LINE_RE.test(t)) break;
    const lab: ReturnType<typeof labelOf> = b.bullet ? null : labelOf(t, firstStyle);
    const last = points[points.length - 1];
    if (lab) {
      if (last && absorbStyle !== null && lab.style === absorbStyle) {
        add(`(${lab.label}) ${lab.rest}`, true);
        continue;
      }
      if (!last || firstStyle === null || lab.style === firstStyle) {
        if (!last || firstStyle === null) firstStyle = lab.style;
        if (last && last.style === null && firstStyle !== null && points.length > 0 && last.text.endsWith(':')) {
          add(`(${lab.label}) ${lab.rest}`, true);
          absorbStyle = lab.style;
          firstStyle = null;
          continue;
        }
        points.push({ label: lab.label, style: lab.style, text: lab.rest });
      } else add(`(${lab.label}) ${lab.rest}`, true);
      continue;
    }
    if (b.bullet) {
      if (last && (last.text.endsWith(':') || last.style !== null)) add(`• ${t}`, true);
      else if (!last || last.style === null) points.push({ label: null, style: null, text: t });
      continue;
    }
    if (!last) {
      points.push({ label: null, style: null, text: t });
      continue;
    }
    if (/[:]$/.test(last.text) || /^[a-z]/.test(t)) {
      add(t, true);
      continue;
    }
    if (firstStyle === null && (/^That\s/.test(t) || TO_VERB_RE.test(t))) {
      points.push({ label: null, style: null, text: t });
      continue;
    }
    break;
  }
  return { points: points.filter((p) => p.text.trim().length > 0), next: j };
}

function makeDecision(item: string | null, label: string | null, raw: string, source: string = raw): Decision {
  const { text, status } = statusOf(finishText(raw));
  const kind = classifyDecision(text);
  const d: Decision = { item, label, text, kind, owner: kind === 'action' ? ownerOf(text) : null, due: dueOf(text, kind), passage: passageOf(source) };
  if (status) d.status = status;
  return d;
}

function action(item: string | null, raw: string, owner: string | null, source: string): Decision {
  const { text, status } = statusOf(finishText(raw));
  const d: Decision = { item, label: null, text, kind: 'action', owner: owner ?? ownerOf(text), due: dueOf(text, 'action'), passage: passageOf(source) };
  if (status) d.status = status;
  return d;
}

/** The passage a list of points was read from: its blocks, as printed (trimmed once, not per point). */
const sourceOf = (blocks: readonly Block[], from: number, to: number): string => {
  let out = '';
  for (let k = from; k < Math.max(to, from + 1) && out.length < 2000; k++) out += `${out ? ' ' : ''}${blocks[k]?.text ?? ''}`;
  return passageOf(out);
};

function startsHeaderlessList(t: string): boolean {
  const lab = labelOf(t);
  const body = lab ? lab.rest : t;
  return /^That\s+\S+(?:\s+\S+){2,}/.test(body) || (TO_VERB_RE.test(body) && body.split(/\s+/).length <= 80);
}

/** Decisions in one item's minutes: AGREED/RESOLVED lists, ACTION lines, headerless "That …" lists, and prose. */
export function findDecisions(blocks: readonly Block[], item: string | null): Decision[] {
  const out: Decision[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (!b) break;
    const para = b.bullet ? null : PARAGRAPH_RE.exec(b.text);
    const t = para ? b.text.slice(para[0].length) : b.text;
    const paraLabel = para?.[1] ?? null;
    if (!b.bullet && HEAD_ONLY_RE.test(t)) {
      const { points, next } = collectPoints(blocks, i + 1, null);
      const source = sourceOf(blocks, i, next);
      for (const p of points) out.push(makeDecision(item, p.label ?? (points.length === 1 ? paraLabel : null), p.text, source));
      i = Math.max(next, i + 1);
      continue;
    }
    const inline = b.bullet ? null : HEAD_INLINE_RE.exec(t);
    if (inline && inline[1]) {
      // "RESOLVED that the Committee:" only leads in to the lettered points: "(a) notes …" is the first decision.
      const leadIn = /^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Committee|Commission|Panel|Board|Cabinet|Council|Sub-Committee|Forum|Executive)\s*[:–—-]?$/i.test(inline[1].trim());
      const { points, next } = collectPoints(blocks, i + 1, leadIn ? null : inline[1].trim());
      const source = sourceOf(blocks, i, next);
      for (const p of points) out.push(makeDecision(item, p.label ?? (points.length === 1 ? paraLabel : null), p.text, source));
      i = Math.max(next, i + 1);
      continue;
    }
    const act = ACTION_LINE_RE.exec(t);
    if (act && act[1]) {
      // "ACTION: Councillor X" names the owner; what is to be done is the sentence before it.
      const owner = ownerOnly(act[1]);
      const prev = i > 0 ? blocks[i - 1]?.text ?? '' : '';
      const what = owner ? (splitSentences(prev).pop() ?? '') : act[1];
      const last = out[out.length - 1];
      if (owner && last && last.passage && passageOf(prev).includes(last.passage.slice(0, 80))) {
        // The sentence before was already read as a decision: the label gives its owner.
        last.kind = 'action';
        last.owner = owner;
        last.due = last.due ?? dueOf(last.text, 'action');
      } else if (what) out.push(action(item, what, owner, owner ? `${what} ${t}` : t));
      i++;
      continue;
    }
    if (!b.bullet && startsHeaderlessList(t)) {
      const { points, next } = collectPoints(blocks, i, null);
      const source = sourceOf(blocks, i, next);
      for (const p of points) out.push(makeDecision(item, p.label, p.text, source));
      i = Math.max(next, i + 1);
      continue;
    }
    if (!b.bullet) out.push(...proseDecisions(t, item));
    i++;
  }
  // A resolution cut off by the copy ("RESOLVED that the Committee") says nothing yet.
  return dedupe(out.filter((d) => !(/^That\s/.test(d.text) && d.text.split(/\s+/).length <= 4 && !/[.!?]$/.test(d.text))));
}

function proseDecisions(text: string, item: string | null): Decision[] {
  const out: Decision[] = [];
  if (text.length > 20000) return out;
  const sentences = splitSentences(text);
  sentences.forEach((s) => {
    if (s.length > 1200) return;
    if (/^It\s+was\s+noted\b/i.test(s)) return;
    if (PROSE_MINUTES_RE.test(s) || PROSE_NOTED_RE.test(s)) {
      out.push(makeDecision(item, null, s));
      return;
    }
    const bv = BODY_VERB_RE.exec(s);
    if (bv && bv[1]) {
      const verb = bv[1].toLowerCase();
      const rest = bv[2] ?? '';
      if (verb === 'received' && !/^\s+(?:the\s+)?(?:information|update)\b|^\s+and\s+noted\b/i.test(rest)) return;
      if (verb === 'requested' && !/^\s+that\b/i.test(rest)) return;
      // "The Committee resolved to agree the minutes …" records the resolution "To agree the minutes …".
      const resolvedTo = verb === 'resolved' ? /^\s+to\s+(\S.*)$/i.exec(rest) : null;
      out.push(makeDecision(item, null, resolvedTo && resolvedTo[1] ? `To ${resolvedTo[1]}` : s, s));
      return;
    }
    // Welsh: "Cyflwynwyd a chadarnhawyd fel rhai cywir, gofnodion …" (presented and confirmed as correct).
    if (/^(?:Cyflwynwyd\s+a\s+)?(?:chadarnhawyd|Cadarnhawyd)\b/i.test(s)) {
      out.push(makeDecision(item, null, s));
      return;
    }
    // "Action: To be put on the village notice board." inside a paragraph.
    const inlineAction = /^(?:ACTIONS?|Action(?:\s+point)?)\s*[:–—-]\s*(\S.+)$/.exec(s);
    if (inlineAction && inlineAction[1]) {
      out.push(action(item, inlineAction[1], ownerOnly(inlineAction[1]), s));
      return;
    }
    // "Officers to circulate …", "The Chair would write to …": an action recorded in prose.
    const proseOwner = proseActionOwner(s);
    if (proseOwner) {
      out.push(action(item, s, proseOwner, s));
      return;
    }
    const moved = MOVED_RE.exec(s);
    if (moved && moved[1] && CARRIED_RE.test(text) && !LOST_RE.test(text)) {
      out.push(makeDecision(item, null, `That ${moved[1]}`));
      return;
    }
    const under = UNDERTOOK_RE.exec(s);
    if (under && under[1] && under[2]) {
      const text2 = finishText(s);
      const owner = under[1].replace(/^(?:In response,?\s+|Following .{0,80}?,\s*)/i, '').replace(/^The\s+/, 'the ');
      out.push({ item, label: null, text: text2, kind: 'action', owner, due: dueOf(text2, 'action') });
    }
  });
  return out;
}

function dedupe(ds: Decision[]): Decision[] {
  const seen = new Set<string>();
  const out: Decision[] = [];
  for (const d of ds) {
    const key = `${d.label ?? ''}|${d.text.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
