/** 'Everyone's declarations' on the interests page: every declaration the minutes record, by member, subject or meeting. */
import { useCallback, useEffect, useId, useState } from 'react';
import { type EveryoneDeclarations } from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { useResource } from '../../kernel/useResource';
import { plural } from '../../ui/dates';
import { INTEREST_NATURE } from '../../ui/labels';
import { Loading } from '../../ui/Status';
import { itemLabelText, meetingWhen } from './labels';

/** What a declaration whose minutes name no subject shows (the minutes said only the interest's kind). */
const NOT_DESCRIBED = 'interest not described';

type Grouping = 'member' | 'subject' | 'meeting';

/** After a declaration read from the minutes that the member has not checked on its meeting's page. */
function NotChecked({ checked }: { checked: boolean }) {
  return checked ? null : <span className="muted"> (not checked)</span>;
}

export function Everyone({ refreshKey, profileName }: { refreshKey: number; profileName: string }) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [grouping, setGrouping] = useState<Grouping>('member');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 150);
    return () => clearTimeout(timer);
  }, [query]);
  const load = useCallback(() => api['interests.everyone']({ query: debounced }), [debounced]);
  const state = useResource(load, refreshKey);
  return (
    <>
      <div className="everyone-controls">
        <div className="field">
          <label htmlFor={`${uid}-q`}>Search by member or subject</label>
          <input id={`${uid}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <fieldset className="fieldset fieldset--inline">
          <legend>Show by</legend>
          {(['member', 'subject', 'meeting'] as const).map((g) => (
            <label key={g} className="choice">
              <input type="radio" name={`${uid}-group`} checked={grouping === g} onChange={() => setGrouping(g)} />
              {g === 'member' ? 'Member' : g === 'subject' ? 'Subject' : 'Meeting'}
            </label>
          ))}
        </fieldset>
      </div>
      {state.status === 'loading' && <Loading what="declarations" />}
      {state.status === 'error' && <p className="field__error">{state.error.message}</p>}
      {state.status === 'ready' && <EveryoneResults data={state.value} grouping={grouping} profileName={profileName} />}
    </>
  );
}

function EveryoneResults({ data, grouping, profileName }: { data: EveryoneDeclarations; grouping: Grouping; profileName: string }) {
  return (
    <>
      <p role="status" className="muted">
        {data.total === 0
          ? data.query
            ? `No declarations in the minutes match “${data.query}”.`
            : 'No declarations have been found in the imported minutes yet.'
          : `${plural(data.total, 'declaration')} in the minutes${data.query ? ` matching “${data.query}”` : ''}${data.unchecked > 0 ? `; ${data.unchecked} not checked` : ''}.`}
      </p>
      {grouping === 'member' && (
        <ul className="everyone-list">
          {data.byMember.flatMap((m) =>
            m.subjects.map((s) => (
              <li key={`${m.member}/${s.subject}`}>
                <p className="everyone-list__line">
                  <strong>{m.member}</strong> — {s.subject || NOT_DESCRIBED} — {plural(s.meetingCount, 'meeting')}
                </p>
                <ul className="everyone-list__meetings">
                  {s.declarations.map((d) => (
                    <li key={d.id}>
                      <a href={hrefs.meeting(d.meeting.id)}>{meetingWhen(d.meeting.date)}</a>, {d.meeting.committeeName}
                      {d.itemLabel ? ` (${itemLabelText(d.itemLabel)})` : ''}: {d.subject ? `“${d.subject}”` : NOT_DESCRIBED}{d.withdrew ? '; left the room' : ''}
                      <NotChecked checked={d.checked} />
                    </li>
                  ))}
                </ul>
              </li>
            )),
          )}
        </ul>
      )}
      {grouping === 'subject' && (
        <ul className="everyone-list">
          {data.bySubject.map((s) => (
            <li key={s.subject}>
              <p className="everyone-list__line">
                <strong>{s.subject || NOT_DESCRIBED}</strong> — {s.members.map((m) => `${m.member} (${plural(m.meetingCount, 'meeting')})`).join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {grouping === 'meeting' && (
        <ul className="everyone-list">
          {data.byMeeting.map((g) => (
            <li key={g.meeting.id}>
              <p className="everyone-list__line">
                <a href={hrefs.meeting(g.meeting.id)}>{meetingWhen(g.meeting.date)}</a>, {g.meeting.committeeName}
              </p>
              <ul className="everyone-list__meetings">
                {g.declarations.map((d) => (
                  <li key={d.id}>
                    {d.member}: {d.subject || NOT_DESCRIBED}
                    {d.itemLabel ? ` (${itemLabelText(d.itemLabel)})` : ''} — {INTEREST_NATURE[d.nature]}
                    <NotChecked checked={d.checked} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}

      <h3 className="register-category__title">Your declarations and your register</h3>
      {data.mine === null ? (
        <p className="muted">{profileName ? '' : 'Save “My name” above to find your own declarations in the minutes.'}</p>
      ) : (
        <>
          <p>
            {plural(data.mine.fromMinutes.length, 'declaration')} in the minutes under your name; {plural(data.mine.recorded.length, 'declaration')} recorded by you.
          </p>
          {data.mine.unregistered.length === 0 ? (
            <p className="muted">Everything you declared names something on your register.</p>
          ) : (
            <ul className="prompts">
              {data.mine.unregistered.map((u) => (
                <li key={`${u.source}/${u.meetingId}/${u.subject}`}>
                  You declared “{u.subject}” ({u.source === 'minutes' ? 'in the minutes' : 'your record'},{' '}
                  <a href={hrefs.meeting(u.meetingId)}>{meetingWhen(u.date)}</a>) but nothing on your register names it. If it is a registrable
                  interest, you may want to add it.
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
