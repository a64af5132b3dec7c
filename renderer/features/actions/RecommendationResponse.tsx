/** For a recommendation: who it went to, the response and its implementation, and the form to record them. */
import { useId, useState } from 'react';
import type { ActionEntry, Implementation, RecommendationResponse } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { formatMeetingDate } from '../../ui/dates';
import { TextBlock } from '../../ui/TextBlock';
import { ActionForm } from './ActionForm';
import { IMPLEMENTATION_LABEL, RESPONSE_LABEL } from './model';

export function Response({ entry, onSaved }: { entry: ActionEntry; onSaved: (message: string) => void }) {
  const id = useId();
  const [response, setResponse] = useState<RecommendationResponse | ''>(entry.response ?? '');
  const [responseText, setResponseText] = useState(entry.responseText ?? '');
  const [implementation, setImplementation] = useState<Implementation | ''>(entry.implementation ?? '');
  const [reviewDate, setReviewDate] = useState(entry.reviewDate ?? '');
  const save = async () => {
    const result = await api['actions.setResponse']({
      id: entry.id,
      response: response === '' ? null : response,
      responseText: responseText.trim() === '' ? null : responseText.trim(),
      implementation: implementation === '' ? null : implementation,
      reviewDate: reviewDate === '' ? null : reviewDate,
    });
    if (!result.ok) return result.error.message;
    onSaved('Response saved.');
    return null;
  };
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        Response to the recommendation
      </h2>
      <dl className="facts">
        <div>
          <dt>Recommended to</dt>
          <dd>{entry.recommendedTo ?? <span className="muted">Not stated</span>}</dd>
        </div>
        <div>
          <dt>Response due</dt>
          <dd>{entry.responseDue ? formatMeetingDate(entry.responseDue) : <span className="muted">Not set</span>}</dd>
        </div>
        <div>
          <dt>Response</dt>
          <dd>{entry.response ? RESPONSE_LABEL[entry.response] : <span className="muted">None recorded</span>}</dd>
        </div>
        <div>
          <dt>Implementation</dt>
          <dd>{entry.implementation ? IMPLEMENTATION_LABEL[entry.implementation] : <span className="muted">Not recorded</span>}</dd>
        </div>
        <div>
          <dt>Review date</dt>
          <dd>{entry.reviewDate ? formatMeetingDate(entry.reviewDate) : <span className="muted">Not set</span>}</dd>
        </div>
      </dl>
      {entry.responseText && <TextBlock text={entry.responseText} />}
      <ActionForm label="Record the response" submitLabel="Save response" onSubmit={save}>
        <fieldset className="field field--choices">
          <legend>Response</legend>
          {(Object.keys(RESPONSE_LABEL) as RecommendationResponse[]).map((r) => (
            <label key={r} className="choice">
              <input type="radio" name={`${id}-response`} checked={response === r} onChange={() => setResponse(r)} /> {RESPONSE_LABEL[r]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-text`}>What the response said</label>
          <textarea id={`${id}-text`} rows={3} value={responseText} maxLength={8000} onChange={(e) => setResponseText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-impl`}>Implementation</label>
          <select id={`${id}-impl`} value={implementation} onChange={(e) => setImplementation(e.target.value as Implementation | '')}>
            <option value="">Not recorded</option>
            {(Object.keys(IMPLEMENTATION_LABEL) as Implementation[]).map((i) => (
              <option key={i} value={i}>
                {IMPLEMENTATION_LABEL[i]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-review`}>Review date</label>
          <input id={`${id}-review`} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
        </div>
      </ActionForm>
    </section>
  );
}
