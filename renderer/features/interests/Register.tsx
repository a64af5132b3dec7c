/** 'My register' on the interests page: the register by category, each interest a card to edit or delete, and the form to add one. */
import { useEffect, useRef, useState } from 'react';
import {
  CATEGORY_HEADING,
  INTEREST_CATEGORIES,
  SUBCATEGORY_LABEL,
  WHOSE_LABEL,
  type InterestView,
  type RegisterView,
} from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatShortDate, plural } from '../../ui/dates';
import { InterestForm } from './InterestForm';
import { notificationBadge } from './labels';

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

export function Register({ register, onChanged, announce }: { register: RegisterView; onChanged: () => void; announce: (text: string) => void }) {
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
