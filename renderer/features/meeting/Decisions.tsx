import type { DecisionView } from '../../../shared/types/library';
import { Badge } from '../../ui/Badge';
import { formatDue } from '../../ui/dates';
import { DECISION_KIND } from '../../ui/labels';
import { SourcePassage } from './SourcePassage';

const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/**
 * The decisions of an item (or the meeting's other decisions), in the order the minutes give them.
 * An action always shows who owns it and when it is due ("not stated" when the minutes do not say);
 * each decision can show the passage of the minutes it was read from.
 */
export function DecisionList({ decisions }: { decisions: DecisionView[] }) {
  return (
    <ul className="decisions">
      {decisions.map((d) => {
        const kind = DECISION_KIND[d.kind];
        return (
          <li key={d.id} className={`decision decision--${d.kind}`}>
            <div className="decision__head">
              <Badge tone={kind.tone}>{kind.label}</Badge>
              {d.label && <span className="decision__label">{d.label}</span>}
            </div>
            <p className="decision__text">{d.text}</p>
            {(d.kind === 'action' || d.owner || d.due) && (
              <dl className="decision__meta">
                {(d.kind === 'action' || d.owner) && (
                  <div>
                    <dt>Owner:</dt>
                    <dd>{d.owner ?? <span className="muted">not stated</span>}</dd>
                  </div>
                )}
                {(d.kind === 'action' || d.due) && (
                  <div>
                    <dt>Due:</dt>
                    <dd>{d.due ? formatDue(d.due) : <span className="muted">not stated</span>}</dd>
                  </div>
                )}
              </dl>
            )}
            <SourcePassage passage={d.passage} about={`${kind.label}: ${shortText(d.text)}`} />
          </li>
        );
      })}
    </ul>
  );
}
