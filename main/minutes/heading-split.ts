import type { Block } from './blocks';

/** A heading found at the start of a block: its words, and where the block's own text starts after it. */
export interface BlockHeading {
  heading: string;
  end: number;
}

/**
 * The blocks with each found heading on a line of its own and the rest of its block after it, and the headings in
 * order: how a page that printed its headings apart would read (caps-headings.ts, bullet-headings.ts).
 */
export function withHeadingsApart(blocks: readonly Block[], heads: ReadonlyMap<number, BlockHeading>): { blocks: Block[]; headings: string[] } {
  const out: Block[] = [];
  blocks.forEach((b, i) => {
    const h = heads.get(i);
    if (!h) {
      out.push(b);
      return;
    }
    out.push({ text: h.heading, bullet: false });
    const rest = b.text.slice(h.end).trim();
    if (rest) out.push({ text: rest, bullet: false });
  });
  return { blocks: out, headings: [...heads.values()].map((h) => h.heading) };
}
