import type Database from 'better-sqlite3-multiple-ciphers';
import { findDate } from '../minutes/dates';
import { foldName } from '../library/keys';

const STOP = new Set(['and', 'of', 'the', 'for', 'committee', 'meeting', 'council', 'a', 'on', 'in']);
const COMMITTEE_LINE = /^(?!.*\b(?:agenda|minutes|date|time|venue|contact|members?)\s*:)(.{6,120}?\b(?:committee|commission|board|panel|cabinet|sub-committee|forum|council))\s*$/i;

export interface FrontPage {
  date: string | null;
  /** A committee name printed on the front page, when one line clearly is one. */
  committeeLine: string | null;
  folded: string;
}

export function readFrontPage(pages: readonly string[]): FrontPage {
  const text = pages.slice(0, 2).join('\n').slice(0, 4000);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 25);
  const committeeLine = lines.map((l) => COMMITTEE_LINE.exec(l)?.[1]?.trim()).find((l): l is string => Boolean(l)) ?? null;
  return { date: findDate(text)?.iso ?? null, committeeLine, folded: ` ${foldName(text)} ` };
}

/** Share of a committee name's significant words that the front page contains. */
export function nameScore(committeeName: string, foldedFront: string): number {
  const words = foldName(committeeName).split(' ').filter((w) => w && !STOP.has(w));
  if (words.length === 0) return 0;
  return words.filter((w) => foldedFront.includes(` ${w} `)).length / words.length;
}

/**
 * Finds the meeting a pack belongs to from its front page: a meeting on the printed date whose
 * committee name the page carries. Returns null when none, or more than one, fits well.
 */
export function matchMeeting(db: Database.Database, front: FrontPage): number | null {
  if (!front.date) return null;
  const candidates = db
    .prepare('SELECT mt.id, c.name FROM meetings mt JOIN committees c ON c.id = mt.committee_id WHERE mt.date = ?')
    .all(front.date) as Array<{ id: number; name: string }>;
  const scored = candidates.map((c) => ({ id: c.id, score: nameScore(c.name, front.folded) })).filter((c) => c.score >= 0.75);
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  return best.id;
}

/** A known committee whose name the front page carries, for a pack that arrives before its minutes. */
export function matchCommittee(db: Database.Database, front: FrontPage): number | null {
  const committees = db.prepare('SELECT id, name FROM committees').all() as Array<{ id: number; name: string }>;
  const scored = committees.map((c) => ({ id: c.id, score: nameScore(c.name, front.folded) })).filter((c) => c.score >= 0.9);
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  return best.id;
}
