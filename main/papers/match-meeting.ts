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

interface Candidate {
  id: number;
  name: string;
  councilId: number;
  councilName: string | null;
  domain: string | null;
}

/**
 * Never by committee name alone across councils: where the front page names a council (its name or its
 * web/e-mail domain), only that council's committees are candidates; and candidates from two councils
 * that the page does not tell apart are no match (the paper waits under "Papers to file").
 */
function pick(candidates: Candidate[], front: FrontPage, threshold: number): number | null {
  const named = (c: Candidate) => (c.councilName !== null && nameScore(c.councilName, front.folded) >= 0.75) || (c.domain !== null && front.folded.includes(` ${foldName(c.domain)} `));
  const ofNamedCouncil = candidates.filter(named);
  const pool = ofNamedCouncil.length > 0 ? ofNamedCouncil : candidates;
  const scored = pool.map((c) => ({ ...c, score: nameScore(c.name, front.folded) })).filter((c) => c.score >= threshold);
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  if (new Set(scored.filter((c) => c.score === best.score).map((c) => c.councilId)).size > 1) return null;
  if (ofNamedCouncil.length === 0 && new Set(scored.map((c) => c.councilId)).size > 1) return null;
  return best.id;
}

const CANDIDATES = `SELECT mt.id, c.name, co.id AS councilId, co.name AS councilName, co.domain
  FROM meetings mt JOIN committees c ON c.id = mt.committee_id JOIN councils co ON co.id = c.council_id`;

/**
 * Finds the meeting a pack belongs to from its front page: a meeting on the printed date whose
 * committee name the page carries. Returns null when none, or more than one, fits well.
 */
export function matchMeeting(db: Database.Database, front: FrontPage): number | null {
  if (!front.date) return null;
  return pick(db.prepare(`${CANDIDATES} WHERE mt.date = ?`).all(front.date) as Candidate[], front, 0.75);
}

/** A known committee whose name the front page carries, for a pack that arrives before its minutes. */
export function matchCommittee(db: Database.Database, front: FrontPage): number | null {
  const committees = db
    .prepare('SELECT c.id, c.name, co.id AS councilId, co.name AS councilName, co.domain FROM committees c JOIN councils co ON co.id = c.council_id')
    .all() as Candidate[];
  return pick(committees, front, 0.9);
}
