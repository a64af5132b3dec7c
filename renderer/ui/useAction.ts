/**
 * The busy and error state of a form's or a button's call to main, written once.
 *
 *   const save = useAction(async () => {
 *     const result = await api['actions.add'](…);
 *     if (!result.ok) return result.error.message;   // shown as the error
 *     onAdded();                                     // what follows success
 *   });
 *   <form onSubmit={(e) => { e.preventDefault(); void save.run(); }}> … {save.error} … disabled={save.busy}
 *
 * The action resolves to what went wrong: a message, or a failed API Result (its message is shown), or
 * nothing when it worked. `run` clears the error, is busy while the action runs (a second run meanwhile
 * is ignored, so Enter pressed twice saves once), and resolves true when it worked. An action that throws
 * (main not answering: an API call itself never throws) shows `notAnswering`. `setError` is for a check
 * made before calling main, or an error found outside the action.
 */
import { useRef, useState } from 'react';
import type { Result } from '../../shared/result';

export type ActionOutcome = Result<unknown> | string | null | undefined | void;

export interface Action<A extends unknown[]> {
  run: (...args: A) => Promise<boolean>;
  busy: boolean;
  error: string | null;
  setError: (error: string | null) => void;
}

export const NOT_ANSWERING = 'Scrutineer is not answering, so nothing changed. Try again.';

function problemOf(outcome: ActionOutcome): string | null {
  if (typeof outcome === 'string') return outcome;
  if (outcome && typeof outcome === 'object' && !outcome.ok) return outcome.error.message;
  return null;
}

export function useAction<A extends unknown[]>(action: (...args: A) => Promise<ActionOutcome>, options: { notAnswering?: string } = {}): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const notAnswering = options.notAnswering ?? NOT_ANSWERING;
  const run = async (...args: A): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setError(null);
    setBusy(true);
    let problem: string | null;
    try {
      problem = problemOf(await action(...args));
    } catch {
      problem = notAnswering;
    } finally {
      running.current = false;
      setBusy(false);
    }
    setError(problem);
    return problem === null;
  };
  return { run, busy, error, setError };
}
