/**
 * A register whose key says what the mark after each name means: "* – Attendance; A- Absent; N – No Apologies
 * Received" over "Cllr Mrs N. Turton – Mayor (in the Chair) *", "Cllr G. Keeler A", … and "Also in attendance:" over
 * "Gill Claydon (Clerk) *". A starred name was there (a member present, or under "Also in attendance" someone attending);
 * "A" is what the key says it is (absent, or apologies) and "N" no apologies received, absent. Read only under such a key,
 * three names or more, each line a name and its mark; it runs only when the labelled lists gave at most one member
 * present.
 */
import type { Block } from './blocks';
import type { Attendee, AttendanceStatus } from './attendance';
import { parseEntry } from './attendance';

/** The key: "* – Attendance; A- Absent; N – No Apologies Received" (its star may be read as the line's bullet). */
const KEY_RE = /^\*?\s*[–—-]?\s*(?:Attendance|Attended|Present)\s*[;,]\s*A\s*[–—-]\s*(Absent|Apologies)\b/i;
const MARKED_LINE_RE = /^(.{3,120}?)\s+(\*|A|N)$/;
const ATTENDING_LABEL_RE = /^(?:Also\s+)?in\s+attendance\s*:?$|^Officers?(?:\s+(?:present|in\s+attendance))?\s*:?$/i;

export function markedRegister(blocks: readonly Block[]): Attendee[] {
  const at = blocks.slice(0, 40).findIndex((b) => KEY_RE.test(b.text.trim()));
  if (at < 0) return [];
  const aMeans: AttendanceStatus = /^apolog/i.test(KEY_RE.exec(blocks[at]?.text.trim() ?? '')?.[1] ?? '') ? 'apologies' : 'absent';
  const out: Attendee[] = [];
  let attending = false;
  for (const b of blocks.slice(at + 1, at + 80)) {
    const text = b.text.trim();
    if (ATTENDING_LABEL_RE.test(text)) {
      attending = true;
      continue;
    }
    const m = MARKED_LINE_RE.exec(text);
    const entry = m?.[1] ? parseEntry(m[1]) : null;
    if (!m || !entry) break;
    // Someone attending who did not come is no one's attendance; a member who did not is absent (or sent apologies).
    const status: AttendanceStatus | null = m[2] === '*' ? (attending ? 'in-attendance' : 'present') : attending ? null : m[2] === 'A' ? aMeans : 'absent';
    if (status) out.push({ name: entry.name, status, role: entry.role });
  }
  return out.filter((a) => a.status === 'present').length >= 3 ? out : [];
}
