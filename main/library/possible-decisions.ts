/**
 * The sentences of an item's minutes that word a decision Scrutineer did not read (main/minutes/decisions-state.ts),
 * less those the member has dealt with: added to the tracker from that sentence (a hand-made entry keeps the sentence
 * as its minute) or marked as nothing to track. The meeting page lists them so the member can judge each, and an item
 * whose every such sentence the member has dealt with is no longer said to have decisions not read.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Decision, ItemDecisionsState } from '../../shared/types/minutes';
import { unreadDecisionPassages } from '../minutes/decisions-state';
import { NotFoundError } from '../errors';

const now = () => new Date().toISOString();

/** What the member has already done with a meeting's sentences: the minutes of entries added from them, and those marked. */
export interface SentencesDealtWith {
  added: readonly string[];
  notTracked: readonly string[];
}

export function sentencesDealtWith(db: Database.Database, meetingId: number): SentencesDealtWith {
  const added = db
    .prepare("SELECT minute_text FROM action_entries WHERE meeting_id = ? AND source = 'manual' AND minute_text IS NOT NULL")
    .pluck()
    .all(meetingId) as string[];
  const marked = db.prepare('SELECT decision_sentences_not_tracked FROM meetings WHERE id = ?').pluck().get(meetingId) as string | undefined;
  return { added, notTracked: marked ? (JSON.parse(marked) as string[]) : [] };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentences not yet dealt with, and the state to show: 'read' once every sentence behind a stored 'partial' or 'unread' is. */
function judged(all: readonly string[], stored: ItemDecisionsState | null, dealtWith: SentencesDealtWith): { sentences: string[]; state: ItemDecisionsState | null } {
  const done = new Set([...dealtWith.added, ...dealtWith.notTracked].map(squash));
  const sentences = [...new Set(all.map(squash))].filter((s) => !done.has(s));
  return { sentences, state: all.length > 0 && sentences.length === 0 ? 'read' : stored };
}

const notAllRead = (stored: ItemDecisionsState | null) => stored === 'partial' || stored === 'unread';

/**
 * The item's sentences still to be judged, and the state to show: the stored state, or 'read' once the member has
 * dealt with every sentence behind a 'partial' or 'unread' one (their entries stand for the decisions not read).
 */
export function possibleDecisions(
  minutesText: string,
  decisions: ReadonlyArray<Pick<Decision, 'text'> & { passage?: string | null }>,
  stored: ItemDecisionsState | null,
  dealtWith: SentencesDealtWith,
): { sentences: string[]; state: ItemDecisionsState | null } {
  if (!notAllRead(stored)) return { sentences: [], state: stored };
  const read = decisions.map((d) => ({ text: d.text, passage: d.passage ?? undefined })) as Decision[];
  return judged(unreadDecisionPassages(minutesText, read), stored, dealtWith);
}

/**
 * The opening's sentences still to be judged (stored at import: the opening's text is not kept), and the state to show,
 * as for an item.
 */
export function openingPossibleDecisions(stored: ItemDecisionsState | null, sentences: readonly string[], dealtWith: SentencesDealtWith): { sentences: string[]; state: ItemDecisionsState | null } {
  return notAllRead(stored) ? judged(sentences, stored, dealtWith) : { sentences: [], state: stored };
}

/** The member marks a sentence as nothing to track (or, `notTracked` false, takes the mark back). */
export function markDecisionSentence(db: Database.Database, meetingId: number, sentence: string, notTracked: boolean): null {
  return db.transaction(() => {
    const marked = db.prepare('SELECT decision_sentences_not_tracked FROM meetings WHERE id = ?').pluck().get(meetingId) as string | undefined;
    if (marked === undefined) throw new NotFoundError('That meeting is not in the library.');
    const text = squash(sentence);
    const list = (JSON.parse(marked) as string[]).filter((s) => s !== text);
    if (notTracked) list.push(text);
    db.prepare('UPDATE meetings SET decision_sentences_not_tracked = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(list), now(), meetingId);
    return null;
  })();
}
