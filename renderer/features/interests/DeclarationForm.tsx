/**
 * Record what the member declared (or will declare) at a meeting: the item, the interest (linked to
 * the register when it is on it), its nature, whether they leave the room, and any dispensation.
 * Opened pre-filled from a warning, or empty.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  CATEGORY_LABEL,
  INTEREST_CATEGORIES,
  type InterestCategory,
  type InterestView,
  type MyDeclarationDraft,
  type MyDeclarationView,
} from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { Options } from '../../ui/Options';
import { useAction } from '../../ui/useAction';

export interface DeclarationItem {
  id: number;
  number: string | null;
  title: string;
}

const itemLabel = (i: DeclarationItem) => `${i.number ? `${i.number}. ` : ''}${i.title.trim() || 'Untitled item'}`;

export function DeclarationForm({
  meetingId,
  items,
  interests,
  initial,
  onSaved,
  onCancel,
  title = 'Record a declaration',
}: {
  meetingId: number;
  items: readonly DeclarationItem[];
  interests: readonly InterestView[];
  initial: Partial<MyDeclarationDraft>;
  onSaved: (saved: MyDeclarationView) => void;
  onCancel: () => void;
  title?: string;
}) {
  const uid = useId();
  const id = (f: string) => `${uid}-${f}`;
  const [itemId, setItemId] = useState<string>(initial.itemId != null ? String(initial.itemId) : initial.itemText ? 'other' : '');
  const [itemText, setItemText] = useState(initial.itemText ?? '');
  const [interestId, setInterestId] = useState<string>(initial.interestId != null ? String(initial.interestId) : '');
  const [category, setCategory] = useState<InterestCategory>(initial.category ?? 'other-registrable');
  const [nature, setNature] = useState(initial.nature ?? '');
  const [withdrew, setWithdrew] = useState(initial.withdrew ?? initial.category === 'disclosable-pecuniary');
  const [dispensation, setDispensation] = useState(initial.dispensation ?? false);
  const [details, setDetails] = useState(initial.dispensationDetails ?? '');
  const [natureError, setNatureError] = useState<string | null>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const natureRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const chooseInterest = (value: string) => {
    setInterestId(value);
    const interest = interests.find((i) => String(i.id) === value);
    if (interest) {
      setCategory(interest.category);
      if (nature.trim() === '') setNature(interest.description);
    }
  };

  const { run: save, busy: saving, error } = useAction(async () => {
    const draft: MyDeclarationDraft = {
      ...(initial.id !== undefined ? { id: initial.id } : {}),
      meetingId,
      itemId: itemId && itemId !== 'other' ? Number(itemId) : null,
      itemText: itemId === 'other' ? itemText.trim() : '',
      interestId: interestId ? Number(interestId) : null,
      category,
      nature: nature.trim(),
      withdrew,
      dispensation,
      dispensationDetails: dispensation ? details.trim() : '',
    };
    const result = await api['interests.declarations.save'](draft);
    if (!result.ok) return result;
    onSaved(result.value);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nature.trim() === '') {
      setNatureError('Say what the interest is, as you will declare it.');
      natureRef.current?.focus();
      return;
    }
    setNatureError(null);
    void save();
  };

  return (
    <form className="declaration-form" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <h4 id={id('title')} className="declaration-form__title">
        {title}
      </h4>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={id('item')}>Item</label>
        <select ref={firstRef} id={id('item')} value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">The whole meeting / not a particular item</option>
          {items.map((i) => (
            <option key={i.id} value={String(i.id)}>
              {itemLabel(i)}
            </option>
          ))}
          <option value="other">Another item (type it)</option>
        </select>
      </div>
      {itemId === 'other' && (
        <div className="field">
          <label htmlFor={id('item-text')}>Which item</label>
          <input id={id('item-text')} type="text" value={itemText} onChange={(e) => setItemText(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={id('interest')}>Interest on my register</label>
        <select id={id('interest')} value={interestId} onChange={(e) => chooseInterest(e.target.value)}>
          <option value="">Not on my register</option>
          {interests.map((i) => (
            <option key={i.id} value={String(i.id)}>
              {i.description}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('category')}>Kind of interest</label>
        <select id={id('category')} value={category} onChange={(e) => setCategory(e.target.value as InterestCategory)}>
          <Options values={INTEREST_CATEGORIES} labels={CATEGORY_LABEL} />
        </select>
      </div>
      <div className={`field${natureError ? ' field--invalid' : ''}`}>
        <label htmlFor={id('nature')}>Nature of the interest</label>
        <p className="field__hint" id={id('nature-hint')}>
          As you will say it and as it goes on the slip, for example “I am a governor of Millgate School”.
        </p>
        {natureError && (
          <p className="field__error" id={id('nature-error')}>
            <span className="visually-hidden">Error: </span>
            {natureError}
          </p>
        )}
        <textarea
          ref={natureRef}
          id={id('nature')}
          rows={2}
          value={nature}
          onChange={(e) => setNature(e.target.value)}
          aria-invalid={natureError ? true : undefined}
          aria-describedby={[id('nature-hint'), natureError ? id('nature-error') : null].filter(Boolean).join(' ')}
        />
      </div>
      <fieldset className="fieldset fieldset--inline">
        <legend>During the item</legend>
        <label className="choice">
          <input type="radio" name={id('withdrew')} checked={withdrew} onChange={() => setWithdrew(true)} />I will leave the room
        </label>
        <label className="choice">
          <input type="radio" name={id('withdrew')} checked={!withdrew} onChange={() => setWithdrew(false)} />I will not leave the room
        </label>
      </fieldset>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={dispensation} onChange={(e) => setDispensation(e.target.checked)} />I hold a dispensation
        </label>
      </div>
      {dispensation && (
        <div className="field">
          <label htmlFor={id('details')}>Dispensation details</label>
          <textarea id={id('details')} rows={2} value={details} onChange={(e) => setDetails(e.target.value)} />
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save declaration'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
