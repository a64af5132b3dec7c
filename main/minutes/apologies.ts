import { splitSentences } from './sentences';
import { MEMBER_PREFIX, NAME_TOKENS, splitNameList } from './names';

const FROM_RE = /\b(?:apolog(?:y|ies)|ymddiheuriadau)\s+(?:for\s+absence\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)?\s*(?:received|submitted|given|tendered|made|noted|reported|sent|presented|offered)?\s*(?:from|on\s+behalf\s+of|by|gan)\s+(.{2,600})$/i;
const LABEL_RE = /^(?:apologies(?:\s+for\s+absence)?|ymddiheuriadau)\s*[:–—-]\s*(.{2,600})$/i;
const SENT_RE = new RegExp(`(?:^|\\b)${MEMBER_PREFIX}\\s+(${NAME_TOKENS})\\s+(?:had\\s+)?(?:sent|gave|tendered|submitted|offered)\\s+(?:his\\s+|her\\s+|their\\s+)?apolog`);

function cutList(s: string): string {
  return s
    .replace(/\s*(?:,\s*)?\b(?:who|whom|with|for\s+(?:lateness|absence)|due\s+to|as\s+(?:he|she|they))\b.*$/i, '')
    .replace(/\s*\((?:substitut|sub\b)[^)]*\)/gi, '')
    .replace(/[.;]+$/, '');
}

export function findApologies(text: string): string[] {
  const names: string[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.length > 1500 || !/apolog|ymddiheur/i.test(sentence)) continue;
    if (/\bapolog\w*\s+for\s+lateness\b/i.test(sentence)) continue;
    const m = FROM_RE.exec(sentence) ?? LABEL_RE.exec(sentence);
    if (m && m[1]) {
      names.push(...splitNameList(cutList(m[1])));
      continue;
    }
    const s = SENT_RE.exec(sentence);
    if (s && s[1]) names.push(...splitNameList(s[1]));
  }
  return names;
}
