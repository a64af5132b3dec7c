/**
 * "Possible interests" on the meeting page: where this meeting's items and papers mention something
 * on the member's register, with the passage, a link to the page, what the Code says to do, and
 * "Record a declaration" / "Dismiss…". Also the declarations the member recorded for the meeting.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { InterestView, InterestWarning, MeetingWarnings, MyDeclarationView, WarningHit } from '../../../shared/types/interests';
import { CATEGORY_LABEL } from '../../../shared/types/interests';
import type { MeetingDetail } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { hrefs } from '../../kernel/router';
import { useResource } from '../../kernel/useResource';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { plural } from '../../ui/dates';
import { DeclarationForm, type DeclarationItem } from './DeclarationForm';
import './interests.css';

interface PanelData {
  warnings: MeetingWarnings;
  interests: InterestView[];
  items: DeclarationItem[];
  declarations: MyDeclarationView[];
}

async function loadPanel(meeting: MeetingDetail) {
  const meetingId = meeting.id;
  const [warnings, register, declarations] = await Promise.all([
    api['interests.warnings']({ meetingId }),
    api['interests.list']({}),
    api['interests.declarations.list']({ meetingId }),
  ]);
  if (!warnings.ok) return warnings;
  if (!register.ok) return register;
  if (!declarations.ok) return declarations;
  const items = meeting.items.map((i) => ({ id: i.id, number: i.number, title: i.title }));
  return { ok: true as const, value: { warnings: warnings.value, interests: register.value.interests, items, declarations: declarations.value } satisfies PanelData };
}

const itemHeading = (w: InterestWarning) =>
  w.item ? `${w.item.number ? `Item ${w.item.number}: ` : ''}${w.item.title.trim() || 'Untitled item'}` : 'Pages outside any item';

const FIELD_LABEL = { title: 'the item title', agenda: 'the agenda text', minutes: 'the minutes' } as const;

function Passage({ hit }: { hit: WarningHit }) {
  return (
    <li className="warning-hit">
      <p className="warning-hit__where">
        {hit.source.kind === 'page' ? (
          <a href={hrefs.document(hit.source.documentId, { page: hit.source.pageNumber, terms: hit.term.split(/\s+/) })}>
            {hit.source.documentTitle}, page {hit.source.pageNumber}
          </a>
        ) : (
          <>In {FIELD_LABEL[hit.source.field]}</>
        )}
        {' · '}
        <span className="muted">matched “{hit.term}”</span>
      </p>
      <blockquote className="warning-hit__passage">
        {hit.passage.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </blockquote>
    </li>
  );
}

function DismissForm({ warning, meetingId, onDone, onCancel }: { warning: InterestWarning; meetingId: number; onDone: () => void; onCancel: () => void }) {
  const uid = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  // The member just asked for this form: take them to it.
  useEffect(() => ref.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError('Give a reason, so you can see later why this needed no declaration.');
      ref.current?.focus();
      return;
    }
    const result = await api['interests.dismissWarning']({ meetingId, interestId: warning.interest.id, itemId: warning.item?.id ?? null, reason: reason.trim() });
    if (result.ok) onDone();
    else setError(result.error.message);
  };
  return (
    <form className="dismiss-form" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={`${uid}-reason`}>Why does this need no declaration?</label>
        {error && (
          <p className="field__error" id={`${uid}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <textarea
          ref={ref}
          id={`${uid}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-error` : undefined}
        />
      </div>
      <div className="form-actions">
        <Button type="submit">Dismiss warning</Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function Warning({
  warning,
  data,
  meetingId,
  open,
  setOpen,
  onChanged,
  onDeclared,
}: {
  warning: InterestWarning;
  data: PanelData;
  meetingId: number;
  open: 'declare' | 'dismiss' | null;
  setOpen: (what: 'declare' | 'dismiss' | null) => void;
  onChanged: () => void;
  onDeclared: (d: MyDeclarationView) => void;
}) {
  const headingId = `interest-warning-${warning.key.replace(':', '-')}`;
  const interest = data.interests.find((i) => i.id === warning.interest.id);
  const declared = data.declarations.filter((d) => d.interestId === warning.interest.id && d.itemId === (warning.item?.id ?? null));
  return (
    <article className="interest-warning" aria-labelledby={headingId}>
      <h3 id={headingId} className="interest-warning__title">
        {itemHeading(warning)}
      </h3>
      <p className="interest-warning__interest">
        <span className="interest-warning__label">Your interest:</span> {warning.interest.description}{' '}
        <Badge tone={warning.suggestedCategory === 'disclosable-pecuniary' ? 'danger' : 'warning'}>{CATEGORY_LABEL[warning.suggestedCategory]}</Badge>
      </p>
      <ul className="warning-hits">
        {warning.hits.map((hit, i) => (
          <Passage key={i} hit={hit} />
        ))}
      </ul>
      {warning.hitCount > warning.hits.length && <p className="muted">and {plural(warning.hitCount - warning.hits.length, 'more mention')}.</p>}
      <p className="interest-warning__guidance">{warning.guidance}</p>
      {declared.length > 0 && (
        <p className="interest-warning__declared">
          <Badge tone="success">Declaration recorded</Badge>{' '}
          <a href={hrefs.declarationSlip((declared[0] as MyDeclarationView).id)}>Print the declaration slip</a>
        </p>
      )}
      {open === null && !warning.dismissed && (
        <div className="form-actions">
          <Button onClick={() => setOpen('declare')}>
            Record a declaration<span className="visually-hidden"> for {itemHeading(warning)}</span>
          </Button>
          <Button variant="quiet" onClick={() => setOpen('dismiss')}>
            Dismiss…<span className="visually-hidden"> the warning for {itemHeading(warning)}</span>
          </Button>
        </div>
      )}
      {open === 'declare' && (
        <DeclarationForm
          meetingId={meetingId}
          items={data.items}
          interests={data.interests}
          initial={{
            itemId: warning.item?.id ?? null,
            interestId: warning.interest.id,
            category: warning.suggestedCategory,
            nature: interest?.description ?? warning.interest.description,
            withdrew: warning.suggestedCategory !== 'non-registrable',
          }}
          onSaved={(d) => {
            setOpen(null);
            onDeclared(d);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'dismiss' && (
        <DismissForm
          warning={warning}
          meetingId={meetingId}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </article>
  );
}

/** Checked each time the meeting page (re)loads its meeting, e.g. after a pack for it is imported. */
export function InterestWarnings({ meeting }: { meeting: MeetingDetail }) {
  const meetingId = meeting.id;
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const load = useCallback(() => loadPanel(meeting), [meeting]);
  const state = useResource(load, reloads);
  const [open, setOpen] = useState<{ key: string; what: 'declare' | 'dismiss' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [lastDeclared, setLastDeclared] = useState<MyDeclarationView | null>(null);

  let body;
  if (state.status === 'loading') body = <p className="muted">Checking your register against this meeting…</p>;
  else if (state.status === 'error') body = <p className="muted">Your register could not be checked: {state.error.message}</p>;
  else {
    const data = state.value;
    const { active, dismissed, interestsChecked } = data.warnings;
    const restore = async (w: InterestWarning) => {
      const result = await api['interests.restoreWarning']({ meetingId, interestId: w.interest.id, itemId: w.item?.id ?? null });
      if (result.ok) {
        setAnnouncement(`The warning for ${itemHeading(w)} is back.`);
        reload();
      }
    };
    body = (
      <>
        {data.interests.length === 0 ? (
          <p className="muted">
            Add your interests to <a href={hrefs.interests()}>your register</a> and Scrutineer will look for them in each meeting’s items and papers.
          </p>
        ) : active.length === 0 ? (
          <p className="muted">
            Nothing on your register ({plural(interestsChecked, 'current interest')}) was found in this meeting’s items or papers.
          </p>
        ) : (
          <>
            <p className="interest-warnings__intro">
              {plural(active.length, 'place')} in this meeting {active.length === 1 ? 'mentions' : 'mention'} something on your register. Check each before
              the meeting; the monitoring officer can advise.
            </p>
            {active.map((w) => (
              <Warning
                key={w.key}
                warning={w}
                data={data}
                meetingId={meetingId}
                open={open?.key === w.key ? open.what : null}
                setOpen={(what) => setOpen(what ? { key: w.key, what } : null)}
                onChanged={() => {
                  setAnnouncement(`Warning for ${itemHeading(w)} dismissed.`);
                  reload();
                }}
                onDeclared={(d) => {
                  setLastDeclared(d);
                  setAnnouncement(`Declaration recorded for ${itemHeading(w)}.`);
                  reload();
                }}
              />
            ))}
          </>
        )}
        {dismissed.length > 0 && (
          <details className="interest-warnings__dismissed">
            <summary>Dismissed warnings ({dismissed.length})</summary>
            <ul>
              {dismissed.map((w) => (
                <li key={w.key}>
                  <strong>{itemHeading(w)}</strong> — {w.interest.description}. <span className="muted">Reason: {w.dismissed?.reason}</span>{' '}
                  <Button variant="quiet" onClick={() => void restore(w)}>
                    Restore<span className="visually-hidden"> the warning for {itemHeading(w)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </details>
        )}
        {data.declarations.length > 0 && (
          <div className="my-meeting-declarations">
            <h3 className="interest-warning__title">Your declarations at this meeting</h3>
            <ul>
              {data.declarations.map((d) => (
                <li key={d.id}>
                  {d.item ? `${d.item.number ? `${d.item.number}. ` : ''}${d.item.title}` : d.itemText || 'Whole meeting'}: {d.nature} ({CATEGORY_LABEL[d.category]}
                  {d.withdrew ? ', leaving the room' : ''}).{' '}
                  <a href={hrefs.declarationSlip(d.id)}>
                    Print slip<span className="visually-hidden"> for {d.nature}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="section interest-warnings" aria-labelledby="possible-interests">
      <h2 id="possible-interests" className="section-heading">
        Possible interests
      </h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {lastDeclared && (
        <p className="notice">
          Declaration recorded. <a href={hrefs.declarationSlip(lastDeclared.id)}>Print the declaration slip</a> to hand to the clerk.
        </p>
      )}
      {body}
    </section>
  );
}
