/**
 * Under an item whose minutes word a decision Scrutineer did not read: each such sentence, as printed, for the member
 * to judge. "Add to the tracker…" opens a short form filled from the sentence (an action or a recommendation, who,
 * by when) and adds an entry by hand that keeps the sentence as its minute; "Nothing to track" marks it (an election,
 * a vote already recorded), with a way to take the mark back. Once every sentence is dealt with, the item no longer
 * says its decisions were not all read. Nothing is guessed for the member: the sentence only "may" record a decision.
 */
import { useContext, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { ActionFields, type ActionFieldValues } from '../actions/ActionFields';
import { normaliseDue } from '../actions/model';
import { MeetingContext, type MeetingContextValue } from './meeting-context';

/** The opening's heading, which the notice above the items links to. */
export const OPENING_HEADING_ID = 'opening-possible-decisions';

type Done = { kind: 'added'; id: number; what: string } | { kind: 'marked'; sentence: string } | { kind: 'unmarked' };

function AddForm({ itemId, sentence, meeting, onDone, onClose }: { itemId: number | null; sentence: string; meeting: MeetingContextValue; onDone: (d: Done) => void; onClose: () => void }) {
  const id = useId();
  const [values, setValues] = useState<ActionFieldValues>({ kind: 'action', what: sentence, owner: '', due: '' });
  const { kind, what, owner, due } = values;
  const { run, busy, error } = useAction(async () => {
    if (what.trim() === '') return 'Say what the action is.';
    const dueText = normaliseDue(due);
    const reply = await api['actions.add']({
      committeeId: meeting.committeeId,
      meetingId: meeting.meetingId,
      ...(itemId !== null ? { itemId } : {}),
      kind,
      what: what.trim(),
      minuteText: sentence,
      ...(owner.trim() ? { owner: owner.trim() } : {}),
      ...(dueText ? { due: dueText } : {}),
    });
    if (!reply.ok) return reply;
    onDone({ kind: 'added', id: reply.value.id, what: what.trim() });
  }, { notAnswering: 'Scrutineer is not answering, so nothing was added. Try again.' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  // Opened from its button, which it replaces: the member goes on in the form, at what the entry says.
  // (The caret at its end, where the member goes on writing.)
  useEffect(() => {
    const what = document.getElementById(`${id}-what`);
    if (!(what instanceof HTMLTextAreaElement)) return;
    what.focus();
    what.setSelectionRange(what.value.length, what.value.length);
  }, [id]);
  return (
    <form className="action-form possible-decisions__form" onSubmit={submit} noValidate aria-label="Add to the tracker">
      <ActionFields id={id} values={values} onChange={(next) => setValues((old) => ({ ...old, ...next }))} />
      <FormError error={error} />
      <div className="action-form__buttons">
        <Button type="submit" disabled={busy}>
          Add to the tracker
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/**
 * `sentences`: an item's (ItemView.possibleDecisions, with its `itemId`) or the opening's before the first item
 * (MeetingDetail.introPossibleDecisions, no item, its heading one level up and saying where it is).
 */
export function PossibleDecisions({ sentences, itemId = null, opening = false }: { sentences: readonly string[]; itemId?: number | null; opening?: boolean }) {
  const meeting = useContext(MeetingContext);
  const headingId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  // The sentence and its buttons leave the page once dealt with: focus goes to what was done, not to the page's top.
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);
  const mark = useAction(async (sentence: string, notTracked: boolean) => {
    if (!meeting) return;
    const reply = await api['library.markDecisionSentence']({ meetingId: meeting.meetingId, sentence, notTracked });
    if (!reply.ok) return reply;
    setDone(notTracked ? { kind: 'marked', sentence } : { kind: 'unmarked' });
    meeting.onChanged();
  }, { notAnswering: 'Scrutineer is not answering, so nothing was marked. Try again.' });
  if (!meeting || (sentences.length === 0 && !done)) return null;
  const Heading = opening ? 'h3' : 'h4';
  const finish = (d: Done) => {
    setOpen(null);
    setDone(d);
    meeting.onChanged();
  };
  return (
    <section
      className={opening ? 'possible-decisions possible-decisions--opening' : 'item__part possible-decisions'}
      {...(sentences.length > 0 ? { 'aria-labelledby': opening ? OPENING_HEADING_ID : headingId } : { 'aria-label': 'Sentences that may record a decision' })}
    >
      {sentences.length > 0 && (
        <>
          <Heading id={opening ? OPENING_HEADING_ID : headingId} tabIndex={opening ? -1 : undefined}>
            {opening ? 'Before the first item: ' : ''}
            {sentences.length === 1 ? (opening ? 'a sentence' : 'A sentence') : opening ? 'sentences' : 'Sentences'} that may record a decision
          </Heading>
          <p className="muted">Scrutineer did not read {sentences.length === 1 ? 'this' : 'these'} as a decision. Add what should be tracked, or mark what needs nothing.</p>
          <ul className="possible-decisions__list">
            {sentences.map((sentence, k) => (
              <li key={sentence} className="possible-decisions__entry">
                <blockquote className="possible-decisions__sentence">{sentence}</blockquote>
                {open === sentence ? (
                  <AddForm
                    itemId={itemId}
                    sentence={sentence}
                    meeting={meeting}
                    onDone={finish}
                    onClose={() => {
                      setOpen(null);
                      // Back to the button that opened the form.
                      requestAnimationFrame(() => document.getElementById(`${headingId}-add-${k}`)?.focus());
                    }}
                  />
                ) : (
                  <div className="possible-decisions__buttons">
                    <Button id={`${headingId}-add-${k}`} variant="quiet" aria-expanded={false} onClick={() => setOpen(sentence)}>
                      Add to the tracker…
                    </Button>
                    <Button variant="quiet" disabled={mark.busy} onClick={() => void mark.run(sentence, true)}>
                      Nothing to track
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <FormError error={mark.error} />
        </>
      )}
      <p ref={status} tabIndex={-1} className="possible-decisions__status" role="status">
        {done?.kind === 'added' && (
          <>
            Added to the tracker: <a href={hrefs.action(done.id)}>{done.what}</a>
          </>
        )}
        {done?.kind === 'marked' && (
          <>
            Marked as nothing to track.{' '}
            <Button variant="quiet" disabled={mark.busy} onClick={() => void mark.run(done.sentence, false)}>
              Undo
            </Button>
          </>
        )}
        {done?.kind === 'unmarked' && 'The sentence is listed again.'}
      </p>
    </section>
  );
}
