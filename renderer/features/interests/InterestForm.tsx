/**
 * Add or change one interest on the register. Native controls in labelled fieldsets; problems are
 * listed in a summary that takes focus (each a link to its field) and shown beside each field.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  CATEGORY_LABEL,
  INTEREST_CATEGORIES,
  SUBCATEGORIES,
  SUBCATEGORY_LABEL,
  WHOSE_LABEL,
  interestProblems,
  type InterestCategory,
  type InterestDraft,
  type InterestSubcategory,
  type InterestView,
  type InterestWhose,
} from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { Options } from '../../ui/Options';
import { useAction } from '../../ui/useAction';
import { lines } from './labels';

type Problems = Partial<Record<keyof InterestDraft, string>>;

interface FormState {
  category: InterestCategory;
  subcategory: InterestSubcategory;
  whose: InterestWhose;
  description: string;
  names: string;
  addresses: string;
  startDate: string;
  endDate: string;
  changedDate: string;
  notifiedDate: string;
}

const EMPTY: FormState = {
  category: 'disclosable-pecuniary',
  subcategory: 'employment',
  whose: 'member',
  description: '',
  names: '',
  addresses: '',
  startDate: '',
  endDate: '',
  changedDate: '',
  notifiedDate: '',
};

const fromView = (i: InterestView): FormState => ({
  category: i.category,
  subcategory: i.subcategory,
  whose: i.whose,
  description: i.description,
  names: i.names.join('\n'),
  addresses: i.addresses.join('\n'),
  startDate: i.startDate ?? '',
  endDate: i.endDate ?? '',
  changedDate: i.changedDate ?? '',
  notifiedDate: i.notifiedDate ?? '',
});

const toDraft = (f: FormState, id?: number): InterestDraft => ({
  ...(id !== undefined ? { id } : {}),
  category: f.category,
  subcategory: f.subcategory,
  whose: f.whose,
  description: f.description.trim(),
  names: lines(f.names),
  addresses: lines(f.addresses),
  startDate: f.startDate || null,
  endDate: f.endDate || null,
  changedDate: f.changedDate || null,
  notifiedDate: f.notifiedDate || null,
});

const FIELD_ORDER: Array<keyof InterestDraft> = ['category', 'subcategory', 'description', 'names', 'addresses', 'startDate', 'endDate', 'changedDate', 'notifiedDate'];

export function InterestForm({ interest, onSaved, onCancel }: { interest: InterestView | null; onSaved: (saved: InterestView) => void; onCancel: () => void }) {
  const [form, setForm] = useState<FormState>(() => (interest ? fromView(interest) : EMPTY));
  const [problems, setProblems] = useState<Problems>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const uid = useId();
  const id = (field: string) => `${uid}-${field}`;

  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  // After a refused submit, the summary of problems takes focus (once it is on the page).
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setCategory = (category: InterestCategory) =>
    setForm((f) => ({ ...f, category, subcategory: SUBCATEGORIES[category].includes(f.subcategory) ? f.subcategory : (SUBCATEGORIES[category][0] as InterestSubcategory) }));

  const { run: save, busy: saving, error: serverError, setError: setServerError } = useAction(async (draft: InterestDraft) => {
    const result = await api['interests.save'](draft);
    if (!result.ok) return result;
    onSaved(result.value);
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = toDraft(form, interest?.id);
    const found = interestProblems(draft);
    setProblems(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    // Refused: the summary takes focus again, with the refusal in it (once it is on the page).
    if (!(await save(draft))) setAttempts((n) => n + 1);
  };

  const describedBy = (field: keyof InterestDraft, hint?: boolean) =>
    [hint ? id(`${field}-hint`) : null, problems[field] ? id(`${field}-error`) : null].filter(Boolean).join(' ') || undefined;
  const errorOf = (field: keyof InterestDraft) =>
    problems[field] ? (
      <p className="field__error" id={id(`${field}-error`)}>
        <span className="visually-hidden">Error: </span>
        {problems[field]}
      </p>
    ) : null;
  const listed = FIELD_ORDER.filter((f) => problems[f]);

  /** A labelled field with its hint and error: a text box of `rows` lines, or a date without. */
  const field = (name: 'description' | 'names' | 'addresses' | 'startDate' | 'endDate' | 'changedDate' | 'notifiedDate', label: string, hint: string, rows?: number) => {
    const control = {
      id: id(name),
      value: form[name],
      onChange: (e: { target: { value: string } }) => set(name, e.target.value),
      'aria-invalid': problems[name] ? true : undefined,
      'aria-describedby': describedBy(name, true),
    };
    return (
      <div className={`field${problems[name] ? ' field--invalid' : ''}`}>
        <label htmlFor={id(name)}>{label}</label>
        <p className="field__hint" id={id(`${name}-hint`)}>
          {hint}
        </p>
        {errorOf(name)}
        {rows ? <textarea rows={rows} {...control} /> : <input type="date" {...control} />}
      </div>
    );
  };

  return (
    <form className="interest-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('title')}>
      <h3 id={id('title')} className="interest-form__title">
        {interest ? 'Change this interest' : 'Add an interest'}
      </h3>
      {(listed.length > 0 || serverError) && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={id('summary')}>
          <h4 id={id('summary')}>There is a problem</h4>
          <ul>
            {listed.map((f) => (
              <li key={f}>
                <a
                  href={`#${id(f === 'whose' ? 'whose-member' : f)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(id(f))?.focus();
                  }}
                >
                  {problems[f]}
                </a>
              </li>
            ))}
            {serverError && <li>{serverError}</li>}
          </ul>
        </div>
      )}

      <fieldset className="fieldset">
        <legend>Kind of interest</legend>
        <div className={`field${problems.category ? ' field--invalid' : ''}`}>
          <label htmlFor={id('category')}>Category</label>
          {errorOf('category')}
          <select ref={firstRef} id={id('category')} value={form.category} onChange={(e) => setCategory(e.target.value as InterestCategory)} aria-describedby={describedBy('category')}>
            <Options values={INTEREST_CATEGORIES} labels={CATEGORY_LABEL} />
          </select>
        </div>
        <div className={`field${problems.subcategory ? ' field--invalid' : ''}`}>
          <label htmlFor={id('subcategory')}>Type</label>
          {errorOf('subcategory')}
          <select id={id('subcategory')} value={form.subcategory} onChange={(e) => set('subcategory', e.target.value as InterestSubcategory)} aria-describedby={describedBy('subcategory')}>
            <Options values={SUBCATEGORIES[form.category]} labels={SUBCATEGORY_LABEL} />
          </select>
        </div>
        <fieldset className="fieldset fieldset--inline">
          <legend>Whose interest is it?</legend>
          {(['member', 'partner'] as const).map((w) => (
            <label key={w} className="choice">
              <input type="radio" name={id('whose')} id={id(`whose-${w}`)} value={w} checked={form.whose === w} onChange={() => set('whose', w)} />
              {WHOSE_LABEL[w]}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="fieldset">
        <legend>What it is</legend>
        {field('description', 'Description', 'As it would appear on the register, for example “School governor, Millgate School”.', 2)}
        {field(
          'names',
          'Names in papers',
          'One per line: the names and short forms papers would use, for example “Millgate School” and “Millgate”. Whole words are matched, in any case.',
          3,
        )}
        {field(
          'addresses',
          'Addresses or postcodes',
          'One per line, for land and property. Postcodes are matched with or without the space; an address without a postcode is matched as written.',
          2,
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Dates</legend>
        <p className="field__hint">The monitoring officer must be told within 28 days of an interest arising or changing.</p>
        {field('startDate', 'Started', 'When the interest arose.')}
        {field('endDate', 'Ended (optional)', 'Leave empty while you still have it.')}
        {field('changedDate', 'Last changed (optional)', 'If it changed after it started: the 28 days run from the change.')}
        {field('notifiedDate', 'Monitoring officer told', 'When you notified the monitoring officer (of the latest change, if any).')}
      </fieldset>

      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : interest ? 'Save changes' : 'Add to my register'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
