import type { Block } from './blocks';

/**
 * Minutes sent out in a pack behind a covering letter ("Dear Councillor … I am now able to enclose … the minutes
 * of the previous meeting"), as a ModernGov supplement prints them: the letter's date, reference and agenda are
 * not the minutes'. The minutes start after the pack's "Agenda Item 5" line that heads them.
 */
const LETTER_RE = /^(?:dear\s+(?:councillor|member|sir|madam|colleague)s?\b|(?:your|our)\s+ref\b|direct\s+dial\b|please\s+ask\s+for\b)/i;
const AGENDA_ITEM_RE = /^(?:agenda\s+item|eitem\s+agenda)\s+\d{1,3}[a-z]?$/i;
/** The pack's page number run on to the heading under it: "1 PLANNING COMMITTEE". */
const PAGE_NUMBER_HEADING_RE = /^\d{1,3}\s+(?=\p{Lu}{2}[^\p{Ll}]*$)/u;

export function afterCoverLetter(blocks: readonly Block[]): readonly Block[] {
  const limit = Math.min(blocks.length, 30);
  let letter = -1;
  for (let i = 0; i < limit; i++) {
    if (LETTER_RE.test(blocks[i]?.text ?? '')) {
      letter = i;
      break;
    }
  }
  if (letter < 0) return blocks;
  for (let i = letter + 1; i < Math.min(blocks.length, letter + 60); i++) {
    if (!AGENDA_ITEM_RE.test(blocks[i]?.text.trim() ?? '')) continue;
    const rest = blocks.slice(i + 1);
    const first = rest[0];
    // The minutes must follow: a heading within a few lines, not the letter's own list of agenda items.
    if (!first || rest.length < 5) return blocks;
    if (PAGE_NUMBER_HEADING_RE.test(first.text)) return [{ ...first, text: first.text.replace(PAGE_NUMBER_HEADING_RE, '') }, ...rest.slice(1)];
    return rest;
  }
  return blocks;
}
