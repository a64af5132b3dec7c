/**
 * Old and new wording side by side, the words that differ marked: removed words struck through in
 * the old, added words underlined in the new (marked by more than colour, and named for screen
 * readers by <del>/<ins> with a hidden word).
 */
import type { ReactNode } from 'react';
import { diffWords } from 'diff';

export function QuoteDiff({ was, now, wasLabel, nowLabel }: { was: string; now: string; wasLabel: string; nowLabel: string }): ReactNode {
  const parts = diffWords(was, now);
  return (
    <div className="quote-diff">
      <figure className="quote-diff__side">
        <figcaption>{wasLabel}</figcaption>
        <blockquote>
          {parts
            .filter((p) => !p.added)
            .map((p, i) =>
              p.removed ? (
                <del key={i}>
                  <span className="visually-hidden">removed: </span>
                  {p.value}
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
        </blockquote>
      </figure>
      <figure className="quote-diff__side">
        <figcaption>{nowLabel}</figcaption>
        <blockquote>
          {parts
            .filter((p) => !p.removed)
            .map((p, i) =>
              p.added ? (
                <ins key={i}>
                  <span className="visually-hidden">added: </span>
                  {p.value}
                </ins>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
        </blockquote>
      </figure>
    </div>
  );
}
