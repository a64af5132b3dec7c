/** Export every annotation as JSON-LD (W3C Web Annotation) and import such a file back. */
import { useState } from 'react';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';
import { IncludeConfidential } from '../../ui/Confidential';
import { saveFile } from '../../ui/save-file';

export function AnnotationsPortability() {
  const [status, setStatus] = useState('');
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const exportAll = async () => {
    const result = await api['annotations.exportJsonLd']({ includeConfidential });
    if (!result.ok) return setStatus(result.error.message);
    saveFile(result.value);
    setStatus(includeConfidential ? 'Your annotations were exported, including those on confidential papers.' : 'Your annotations were exported; those on confidential (exempt) papers and items were left out.');
  };
  const importFile = async (file: File) => {
    const result = await api['annotations.importJsonLd']({ json: await file.text() });
    if (!result.ok) return setStatus(`The annotations could not be imported: ${result.error.message}`);
    const r = result.value;
    setStatus(`Imported annotations: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged${r.skipped.length > 0 ? `, ${r.skipped.length} could not be placed` : ''}.`);
  };
  // A file input made on demand, so the page keeps a single input[type=file] (the header's Import).
  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.jsonld,.json,application/ld+json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void importFile(file);
    });
    input.click();
  };
  return (
    <section className="section" aria-labelledby="annotations-portability">
      <h2 id="annotations-portability" className="section-heading">
        My annotations
      </h2>
      <p>Move your highlights, notes and questions to another computer, or keep a copy: export them to a file (JSON-LD, the W3C Web Annotation format) and load that file on the other computer.</p>
      <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
      <div className="questions-page__actions">
        <Button variant="secondary" onClick={() => void exportAll()}>
          Export annotations
        </Button>
        <Button variant="secondary" onClick={pick}>
          Load annotations from a file…
        </Button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
