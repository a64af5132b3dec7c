/** 'Exports' on the interests page: the register in Word and the declarations as CSV. */
import { useState } from 'react';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/useAction';

export function Exports() {
  const [saved, setSaved] = useState('');
  const { run, busy, error } = useAction(async (what: 'register' | 'declarations') => {
    setSaved('');
    const result = what === 'register' ? await api['interests.exportRegisterDocx']({}) : await api['interests.exportDeclarationsCsv']({});
    if (!result.ok) return result;
    saveFile(result.value);
    setSaved(what === 'register' ? 'Your register was saved as a Word document.' : 'The declarations were saved as a CSV file.');
  });
  return (
    <>
      <p>Files are made on this computer and saved where your browser or Scrutineer saves downloads; nothing is sent anywhere.</p>
      <div className="form-actions">
        <Button onClick={() => void run('register')} disabled={busy}>
          Download my register (Word)
        </Button>
        <Button onClick={() => void run('declarations')} disabled={busy}>
          Download declarations (CSV)
        </Button>
      </div>
      <p role="status" className="form-status">
        {error ?? saved}
      </p>
    </>
  );
}
