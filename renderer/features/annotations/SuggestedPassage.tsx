/**
 * For an annotation that needs attention: the closest passage in the paper's current version, beside
 * the words it was attached to, accepted in one step (a re-attach). Offered only, never applied.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Annotation, PassageSuggestion } from '../../../shared/types/annotations';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { useAction } from '../../ui/useAction';
import { KIND_LABEL } from './listing';
import { QuoteDiff } from './QuoteDiff';

export function SuggestedPassage({ annotation, onAccepted }: { annotation: Annotation; onAccepted: (message: string) => void }): ReactNode {
  const [suggestion, setSuggestion] = useState<PassageSuggestion | null | 'failed'>(null);
  const accept = useAction(async (c: NonNullable<PassageSuggestion['candidate']>, kind: string) => {
    const r = await api['annotations.reattach']({ id: annotation.id, versionId: c.versionId, pageNumber: c.pageNumber, quote: c.quote });
    if (!r.ok) return r;
    onAccepted(`The ${kind} is attached to the passage on page ${c.pageNumber} of version ${c.version}; the earlier wording is kept in its history.`);
  });
  useEffect(() => {
    let live = true;
    void api['annotations.suggest']({ id: annotation.id }).then((r) => live && setSuggestion(r.ok ? r.value : 'failed'));
    return () => {
      live = false;
    };
  }, [annotation.id, annotation.updatedAt]);

  if (suggestion === null) return <p className="muted">Looking for the passage in the latest version…</p>;
  if (suggestion === 'failed') return null;
  const c = suggestion.candidate;
  if (!c) return <p className="muted">Nothing in the latest version is close enough to suggest; re-attach it by hand or dismiss it.</p>;
  const kind = KIND_LABEL[annotation.kind].toLowerCase();
  return (
    <div className="suggested-passage">
      <p className="suggested-passage__lead">
        Probably this passage, page {c.pageNumber} of version {c.version} ({Math.round(c.similarity * 100)}% of the wording kept):
      </p>
      <QuoteDiff
        was={suggestion.was.exact}
        now={c.quote.exact}
        wasLabel={`Was${suggestion.was.version ? ` (version ${suggestion.was.version}` : ' ('}${suggestion.was.pageNumber ? `, page ${suggestion.was.pageNumber})` : ')'}`}
        nowLabel={`Now (version ${c.version}, page ${c.pageNumber})`}
      />
      <Button variant="secondary" disabled={accept.busy} onClick={() => void accept.run(c, kind)}>
        Accept this passage<span className="visually-hidden"> for the {kind}</span>
      </Button>
      <FormError error={accept.error} />
    </div>
  );
}
