/** The tracker's exports, with the filters the back end can apply (committee and status). */
import { useState } from 'react';
import type { ShownStatus } from '../../../shared/types/actions';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { IncludeConfidential } from '../../ui/Confidential';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/useAction';

type Format = 'docx' | 'csv' | 'ics';

const FORMATS: Array<{ format: Format; label: string }> = [
  { format: 'docx', label: 'Action log (Word)' },
  { format: 'csv', label: 'Spreadsheet (CSV)' },
  { format: 'ics', label: 'Calendar (ICS)' },
];

export function Exports({ committeeId, status, partial }: { committeeId: number | null; status: ShownStatus | null; partial: boolean }) {
  const [saved, setSaved] = useState('');
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const { run, busy, error } = useAction(async (format: Format) => {
    setSaved('');
    const result = await api['actions.export']({
      format,
      ...(committeeId !== null ? { committeeId } : {}),
      ...(status !== null ? { status } : {}),
      includeConfidential,
    });
    if (!result.ok) return result;
    saveFile(result.value);
    setSaved(`Saved ${result.value.fileName}.`);
  });
  return (
    <div className="exports" role="group" aria-labelledby="exports-label">
      <span id="exports-label" className="exports__label">
        Export
      </span>
      {FORMATS.map((f) => (
        <Button key={f.format} variant="quiet" disabled={busy} onClick={() => void run(f.format)}>
          {f.label}
        </Button>
      ))}
      <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
      <p className="exports__note muted">
        {partial ? 'Exports follow the committee and status filters; the owner and kind filters are not applied to them.' : 'Exports follow the committee and status filters.'}
      </p>
      <p className="exports__status" role="status">
        {error ? `Could not export: ${error}` : saved}
      </p>
    </div>
  );
}
