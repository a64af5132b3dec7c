/**
 * One declaring verb shared by several members: "Cllr White declared an interest with regards to the bee keeping
 * project; Cllr Woodroof with regards to the Tree Warden item; Cllrs Harris and Woodroof concerning the solicitors and
 * Cllr Foster as a member of the Bowls Club." Each part after a semicolon names members and what their interest
 * concerns, the verb left out; each is written out as the sentence it stands for, so every member's declaration is read
 * with its own subject. And a closing "All of the declared interests were non-pecuniary." gives every one its nature.
 */

const MEMBER = String.raw`(?:Cllrs?|Councillors?)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|&)\s+(?:(?:Cllrs?|Councillors?)\.?\s+)?\p{Lu}[\p{L}'’.-]*|\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** The words that open what an interest concerns. */
const CONCERNING = String.raw`(?:with\s+regards?\s+to|in\s+regards?\s+to|regarding|concerning|relating\s+to|in\s+respect\s+of|in|on|as|for)`;
const LEAD_RE = new RegExp(String.raw`^(.*?\b${MEMBER})\s+(declared\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?interests?)\s+(${CONCERNING}\b.+)$`, 'u');
const PART_RE = new RegExp(String.raw`^(?:and\s+)?(${MEMBER})\s+(${CONCERNING}\b.+)$`, 'u');
/** "… and Cllr Foster as a member of the Bowls Club": the last member, joined by "and" inside the last part. */
const AND_MEMBER_RE = new RegExp(String.raw`\s+and\s+(?=${MEMBER}\s+${CONCERNING}\b)`, 'u');

/** The text with each gapped part written out in full; the text as given when it holds none. */
export function expandGappedDeclarations(text: string): string {
  if (!text.includes(';') || !/\bdeclared\b/.test(text)) return text;
  return text
    .split(/(?<=\.)\s+(?=\p{Lu})/u)
    .map((sentence) => {
      const lead = LEAD_RE.exec(sentence.trim());
      if (!lead?.[1] || !lead[2] || !lead[3] || !lead[3].includes(';')) return sentence;
      const [first, ...rest] = lead[3].split(/\s*;\s*/);
      const parts = rest.flatMap((p) => p.split(AND_MEMBER_RE));
      const written = parts.map((p) => PART_RE.exec(p.replace(/\.$/, '').trim()));
      if (written.length === 0 || written.some((m) => !m?.[1] || !m[2])) return sentence;
      const verb = lead[2];
      // ("with regards to" written as "regarding", the word the subject readers know.)
      const about = (t: string) => t.replace(/^(?:with|in)\s+regards?\s+to\b/i, 'regarding').replace(/\.$/, '');
      return [`${lead[1]} ${verb} ${about(first ?? '')}.`, ...written.map((m) => `${m![1]} ${verb} ${about(m![2]!)}.`)].join(' ');
    })
    .join(' ');
}

const ALL_OF_KIND_RE = /\b(?:All|Each)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:declared\s+)?(?:interests?|declarations?)\s+(?:declared\s+)?(?:were|was)\s+((?:non[-\s]?)?(?:pecuniary|prejudicial|personal|registrable|registerable|disclosable\s+pecuniary|other\s+registrable))\b/i;

/** "All of the declared interests were non-pecuniary.": the kind the minutes give every declaration, or null. */
export function allOfKind(text: string): string | null {
  return ALL_OF_KIND_RE.exec(text)?.[1] ?? null;
}
