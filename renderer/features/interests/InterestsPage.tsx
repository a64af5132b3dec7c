/**
 * '#/interests': the member's details, their register of interests (with the 28-day flag), the
 * declarations they recorded, everyone's declarations from the minutes, and exports.
 * '#/interests/slip/ID': the printable declaration slip.
 * Personal data stays in the app: nothing here is logged or sent anywhere.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  CATEGORY_HEADING,
  CATEGORY_LABEL,
  INTEREST_CATEGORIES,
  SUBCATEGORY_LABEL,
  WHOSE_LABEL,
  type EveryoneDeclarations,
  type InterestView,
  type MemberProfile,
  type MyDeclarationView,
  type RegisterView,
} from '../../../shared/types/interests';
import { api } from '../../app/api';
import { hrefs, type PageProps } from '../../app/router';
import { useDocumentTitle, useResource } from '../../app/useResource';
import { Badge } from '../../ui/Badge';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { formatMeetingDate, formatShortDate, plural } from '../../ui/dates';
import { INTEREST_NATURE } from '../../ui/labels';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import { InterestForm } from './InterestForm';
import { notificationBadge, saveFile } from './labels';
import './interests.css';

const meetingWhen = (date: string | null) => (date ? formatMeetingDate(date) : 'Date not stated');
/** The minutes' item label: "7" → "item 7"; "budget items" as written. */
const itemLabelText = (label: string) => (/^\d/.test(label) ? `item ${label}` : label);

// ---- My details ----

function ProfileForm({ profile, onSaved }: { profile: MemberProfile; onSaved: () => void }) {
  const uid = useId();
  const [name, setName] = useState(profile.name);
  const [tookOffice, setTookOffice] = useState(profile.tookOffice ?? '');
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api['interests.saveProfile']({ name: name.trim(), tookOffice: tookOffice || null });
    setStatus(result.ok ? 'Your details are saved.' : result.error.message);
    if (result.ok) onSaved();
  };
  return (
    <form className="profile-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-name`}>My name</label>
        <p className="field__hint" id={`${uid}-name-hint`}>
          As the minutes print it, for example “Dr Sarah Moore”. It goes on your declaration slips and finds your declarations in the minutes.
        </p>
        <input id={`${uid}-name`} type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={`${uid}-name-hint`} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-office`}>Date I took office (optional)</label>
        <p className="field__hint" id={`${uid}-office-hint`}>
          Interests you held when you took office were due 28 days after it.
        </p>
        <input id={`${uid}-office`} type="date" value={tookOffice} onChange={(e) => setTookOffice(e.target.value)} aria-describedby={`${uid}-office-hint`} />
      </div>
      <div className="form-actions">
        <Button type="submit">Save my details</Button>
        <span role="status" className="form-status">
          {status}
        </span>
      </div>
    </form>
  );
}

// ---- My register ----

function InterestCard({ interest, onEdit, onDeleted }: { interest: InterestView; onEdit: () => void; onDeleted: (description: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const flag = notificationBadge(interest.notification);
  const headingId = `interest-${interest.id}`;
  const remove = async () => {
    const result = await api['interests.delete']({ interestId: interest.id });
    if (result.ok) onDeleted(interest.description);
    else setError(result.error.message);
  };
  return (
    <li className="interest-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="interest-card__title">
        {interest.description}
      </h4>
      <p className="interest-card__kind">
        {SUBCATEGORY_LABEL[interest.subcategory]} · {WHOSE_LABEL[interest.whose]}
        {!interest.current && (
          <>
            {' '}
            <Badge tone="neutral">Ended</Badge>
          </>
        )}
      </p>
      <dl className="interest-card__facts">
        {interest.names.length > 0 && (
          <div>
            <dt>Names in papers</dt>
            <dd>{interest.names.join('; ')}</dd>
          </div>
        )}
        {interest.addresses.length > 0 && (
          <div>
            <dt>Addresses</dt>
            <dd>{interest.addresses.join('; ')}</dd>
          </div>
        )}
        <div>
          <dt>Dates</dt>
          <dd>
            {interest.startDate ? `From ${formatShortDate(interest.startDate)}` : 'Start not given'}
            {interest.endDate ? ` to ${formatShortDate(interest.endDate)}` : ''}
            {interest.changedDate ? `; changed ${formatShortDate(interest.changedDate)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Monitoring officer</dt>
          <dd>
            {interest.notifiedDate ? `Told ${formatShortDate(interest.notifiedDate)}` : 'Not yet told'}{' '}
            <Badge tone={flag.tone}>{flag.text}</Badge>
          </dd>
        </div>
      </dl>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {confirming ? (
          <>
            <span>Delete this interest from your register?</span>
            <Button onClick={() => void remove()}>Yes, delete it</Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <>
            <Button variant="quiet" onClick={onEdit}>
              Change<span className="visually-hidden"> {interest.description}</span>
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              Delete<span className="visually-hidden"> {interest.description}</span>
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

function Register({ register, onChanged, announce }: { register: RegisterView; onChanged: () => void; announce: (text: string) => void }) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const late = register.interests.filter((i) => i.notification.state === 'late' || i.notification.state === 'overdue').length;
  // When a form closes, focus goes back to "Add an interest" (once it is on the page again).
  useEffect(() => {
    if (editing !== null || !returnFocus.current) return;
    returnFocus.current = false;
    addRef.current?.focus();
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setEditing(null);
  };
  const saved = (i: InterestView) => {
    announce(`Saved “${i.description}” on your register.`);
    close();
    onChanged();
  };
  return (
    <>
      {register.interests.length === 0 ? (
        <p className="muted">Your register is empty. Add each interest you have registered (or must register) with the monitoring officer.</p>
      ) : (
        <p>
          {plural(register.interests.length, 'interest')} on your register.
          {late > 0 && (
            <>
              {' '}
              <Badge tone="warning">{plural(late, 'interest')} not notified within 28 days</Badge>
            </>
          )}
        </p>
      )}
      {editing === 'new' ? (
        <InterestForm interest={null} onSaved={saved} onCancel={close} />
      ) : (
        <p>
          <button ref={addRef} type="button" className="button button--primary" onClick={() => setEditing('new')} disabled={editing !== null}>
            Add an interest
          </button>
        </p>
      )}
      {INTEREST_CATEGORIES.map((category) => {
        const list = register.interests.filter((i) => i.category === category);
        if (list.length === 0) return null;
        return (
          <div key={category} className="register-category">
            <h3 className="register-category__title">{CATEGORY_HEADING[category]}</h3>
            <ul className="interest-cards">
              {list.map((interest) =>
                editing === interest.id ? (
                  <li key={interest.id} className="interest-card">
                    <InterestForm interest={interest} onSaved={saved} onCancel={close} />
                  </li>
                ) : (
                  <InterestCard
                    key={interest.id}
                    interest={interest}
                    onEdit={() => setEditing(interest.id)}
                    onDeleted={(description) => {
                      announce(`Deleted “${description}” from your register.`);
                      onChanged();
                    }}
                  />
                ),
              )}
            </ul>
          </div>
        );
      })}
    </>
  );
}

// ---- My declarations ----

function MyDeclarations({ declarations, onChanged, announce }: { declarations: MyDeclarationView[]; onChanged: () => void; announce: (t: string) => void }) {
  if (declarations.length === 0) {
    return <p className="muted">You have not recorded a declaration yet. Open a meeting and use “Record a declaration” under Possible interests.</p>;
  }
  const remove = async (d: MyDeclarationView) => {
    const result = await api['interests.declarations.delete']({ declarationId: d.id });
    if (result.ok) {
      announce('Declaration deleted.');
      onChanged();
    }
  };
  return (
    <div className="table-wrap">
      <table className="declarations">
        <caption className="visually-hidden">Declarations you recorded</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">Item</th>
            <th scope="col">Interest</th>
            <th scope="col">Left the room</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {declarations.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <a href={hrefs.meeting(d.meeting.id)}>{meetingWhen(d.meeting.date)}</a>
                <span className="declarations__withdrew">{d.meeting.committeeName}</span>
              </th>
              <td>{d.item ? `${d.item.number ? `${d.item.number}. ` : ''}${d.item.title}` : d.itemText || 'Whole meeting'}</td>
              <td>
                {d.nature}
                <span className="declarations__withdrew">
                  {CATEGORY_LABEL[d.category]}
                  {d.dispensation ? '; dispensation held' : ''}
                </span>
              </td>
              <td>{d.withdrew ? 'Yes' : 'No'}</td>
              <td className="declarations__actions">
                <a href={hrefs.declarationSlip(d.id)}>
                  Print slip<span className="visually-hidden"> for {d.nature}</span>
                </a>{' '}
                <Button variant="quiet" onClick={() => void remove(d)}>
                  Delete<span className="visually-hidden"> the declaration of {d.nature}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// ---- Everyone's declarations ----

type Grouping = 'member' | 'subject' | 'meeting';

function Everyone({ refreshKey, profileName }: { refreshKey: number; profileName: string }) {
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
          : `${plural(data.total, 'declaration')} in the minutes${data.query ? ` matching “${data.query}”` : ''}.`}
      </p>
      {grouping === 'member' && (
        <ul className="everyone-list">
          {data.byMember.flatMap((m) =>
            m.subjects.map((s) => (
              <li key={`${m.member}/${s.subject}`}>
                <p className="everyone-list__line">
                  <strong>{m.member}</strong> — {s.subject} — {plural(s.meetingCount, 'meeting')}
                </p>
                <ul className="everyone-list__meetings">
                  {s.declarations.map((d) => (
                    <li key={d.id}>
                      <a href={hrefs.meeting(d.meeting.id)}>{meetingWhen(d.meeting.date)}</a>, {d.meeting.committeeName}
                      {d.itemLabel ? ` (${itemLabelText(d.itemLabel)})` : ''}: “{d.subject}”{d.withdrew ? '; left the room' : ''}
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
                <strong>{s.subject}</strong> — {s.members.map((m) => `${m.member} (${plural(m.meetingCount, 'meeting')})`).join(', ')}
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
                    {d.member}: {d.subject}
                    {d.itemLabel ? ` (${itemLabelText(d.itemLabel)})` : ''} — {INTEREST_NATURE[d.nature]}
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

// ---- Exports ----

function Exports() {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const stamp = () => new Date().toISOString().slice(0, 10);
  const register = async () => {
    setBusy(true);
    const result = await api['interests.exportRegisterDocx']({});
    setBusy(false);
    if (!result.ok) return setStatus(result.error.message);
    saveFile(`register-of-interests-${stamp()}.docx`, result.value, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    setStatus('Your register was saved as a Word document.');
  };
  const csv = async () => {
    setBusy(true);
    const result = await api['interests.exportDeclarationsCsv']({});
    setBusy(false);
    if (!result.ok) return setStatus(result.error.message);
    saveFile(`declarations-${stamp()}.csv`, result.value, 'text/csv;charset=utf-8');
    setStatus('The declarations were saved as a CSV file.');
  };
  return (
    <>
      <p>Files are made on this computer and saved where your browser or Scrutineer saves downloads; nothing is sent anywhere.</p>
      <div className="form-actions">
        <Button onClick={() => void register()} disabled={busy}>
          Download my register (Word)
        </Button>
        <Button onClick={() => void csv()} disabled={busy}>
          Download declarations (CSV)
        </Button>
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </>
  );
}

// ---- The page ----

const SECTIONS = [
  ['my-details', 'My details'],
  ['my-register', 'My register'],
  ['my-declarations', 'My declarations'],
  ['everyone', 'Everyone’s declarations'],
  ['exports', 'Exports'],
] as const;

export function InterestsPage({ refreshKey, focusOnMount }: PageProps) {
  useDocumentTitle('My interests');
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const [announcement, setAnnouncement] = useState('');
  const loadRegister = useCallback(() => api['interests.list']({}), []);
  const register = useResource(loadRegister, refreshKey + reloads);
  const loadMine = useCallback(() => api['interests.declarations.list']({}), []);
  const mine = useResource(loadMine, refreshKey + reloads);

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="My interests" />
      <PageHeading focusOnMount={focusOnMount}>My interests</PageHeading>
      <p className="lede">
        Your register of interests, the declarations you made, and everyone’s declarations in the minutes. Scrutineer checks each meeting’s
        items and papers for the names on your register. This stays on this computer.
      </p>
      <nav className="contents" aria-label="Sections of this page">
        <ol>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  const heading = document.getElementById(id);
                  heading?.focus();
                  heading?.scrollIntoView({ block: 'start' });
                }}
              >
                <span className="contents__title">{label}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {register.status === 'loading' && <Loading what="your register" />}
      {register.status === 'error' && <ErrorPanel title="Your register could not be opened" error={register.error} />}
      {register.status === 'ready' && (
        <>
          <section className="section" aria-labelledby="my-details">
            <h2 id="my-details" className="section-heading" tabIndex={-1}>
              My details
            </h2>
            <ProfileForm profile={register.value.profile} onSaved={reload} />
          </section>
          <section className="section" aria-labelledby="my-register">
            <h2 id="my-register" className="section-heading" tabIndex={-1}>
              My register
            </h2>
            <Register register={register.value} onChanged={reload} announce={setAnnouncement} />
          </section>
        </>
      )}
      <section className="section" aria-labelledby="my-declarations">
        <h2 id="my-declarations" className="section-heading" tabIndex={-1}>
          My declarations
        </h2>
        {mine.status === 'ready' && <MyDeclarations declarations={mine.value} onChanged={reload} announce={setAnnouncement} />}
        {mine.status === 'error' && <p className="field__error">{mine.error.message}</p>}
      </section>
      <section className="section" aria-labelledby="everyone">
        <h2 id="everyone" className="section-heading" tabIndex={-1}>
          Everyone’s declarations
        </h2>
        <Everyone refreshKey={refreshKey + reloads} profileName={register.status === 'ready' ? register.value.profile.name : ''} />
      </section>
      <section className="section" aria-labelledby="exports">
        <h2 id="exports" className="section-heading" tabIndex={-1}>
          Exports
        </h2>
        <Exports />
      </section>
    </>
  );
}

// ---- The declaration slip ----

export function DeclarationSlipPage({ declarationId, refreshKey, focusOnMount }: PageProps & { declarationId: number }) {
  const load = useCallback(() => api['interests.declarations.slip']({ declarationId }), [declarationId]);
  const slip = useResource(load, refreshKey);
  useDocumentTitle('Declaration of interest');
  if (slip.status === 'loading') return <Loading what="the declaration slip" />;
  if (slip.status === 'error') {
    return (
      <>
        <PageHeading focusOnMount={focusOnMount}>Declaration of interest</PageHeading>
        <ErrorPanel title="This declaration could not be opened" error={slip.error} />
      </>
    );
  }
  const { declaration: d, memberName } = slip.value;
  const item = d.item ? `${d.item.number ? `${d.item.number}. ` : ''}${d.item.title}` : d.itemText || 'The whole meeting';
  return (
    <div className="slip-page">
      <div className="no-print">
        <Breadcrumbs
          trail={[
            { label: 'Library', href: hrefs.library() },
            { label: 'My interests', href: hrefs.interests() },
          ]}
          current="Declaration slip"
        />
      </div>
      <article className="slip" aria-labelledby="slip-title">
        <PageHeading focusOnMount={focusOnMount}>
          <span id="slip-title">Declaration of interest</span>
        </PageHeading>
        <p className="slip__council">{d.meeting.councilName ?? ''}</p>
        <dl className="slip__fields">
          <div>
            <dt>Name of member</dt>
            <dd>{memberName || <span className="slip__blank">&nbsp;</span>}</dd>
          </div>
          <div>
            <dt>Meeting</dt>
            <dd>{d.meeting.committeeName}</dd>
          </div>
          <div>
            <dt>Date of meeting</dt>
            <dd>{meetingWhen(d.meeting.date)}</dd>
          </div>
          <div>
            <dt>Item number and title</dt>
            <dd>{item}</dd>
          </div>
          <div>
            <dt>Kind of interest</dt>
            <dd>{CATEGORY_LABEL[d.category]}</dd>
          </div>
          <div>
            <dt>Nature of interest</dt>
            <dd>{d.nature}</dd>
          </div>
          <div>
            <dt>During the item</dt>
            <dd>{d.withdrew ? 'I will leave the room' : 'I will not leave the room'}</dd>
          </div>
          <div>
            <dt>Dispensation</dt>
            <dd>{d.dispensation ? `I hold a dispensation${d.dispensationDetails ? `: ${d.dispensationDetails}` : ''}` : 'I do not hold a dispensation'}</dd>
          </div>
        </dl>
        <div className="slip__sign">
          <p>
            Signed <span className="slip__line" />
          </p>
          <p>
            Date <span className="slip__line slip__line--short" />
          </p>
        </div>
        <p className="slip__note">Hand this slip to the clerk (democratic services officer) at the start of the meeting.</p>
      </article>
      {!memberName && (
        <p className="notice no-print">
          Your name is blank on the slip. <a href={hrefs.interests()}>Save “My name”</a> to have it filled in.
        </p>
      )}
      <div className="form-actions no-print">
        <Button onClick={() => window.print()}>Print the slip</Button>
        <a href={hrefs.meeting(d.meeting.id)}>Back to the meeting</a>
      </div>
    </div>
  );
}
