/** "Meetings to check": meetings whose files did not state their details, each a link to put it right. */
import type { MeetingToCheck } from '../../../shared/types/library';
import { hrefs } from '../../kernel/router';
import '../corrections/corrections.css';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function MeetingsToCheck({ meetings }: { meetings: MeetingToCheck[] }) {
  if (meetings.length === 0) return null;
  return (
    <section className="section to-check" aria-labelledby="meetings-to-check">
      <h2 id="meetings-to-check" className="section-heading">
        Meetings to check <span className="section-heading__count">({meetings.length})</span>
      </h2>
      <p className="muted">
        {meetings.length === 1
          ? 'Scrutineer could not tell for certain which meeting this file is, so it is kept as a meeting of its own.'
          : 'Scrutineer could not tell for certain which meeting these files are, so each is kept as a meeting of its own.'}{' '}
        Open it to set its details, or merge it with the meeting it belongs to.
      </p>
      <ul className="card-list">
        {meetings.map((m) => (
          <li key={m.id}>
            <a className="card-link to-check__link" href={hrefs.meeting(m.id)}>
              <span className="card-link__title">{sentence(m.title)}</span>
              <span className="card-link__meta">
                {sentence(m.reason)}
                {m.fileName && <> · from {m.fileName}</>}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
