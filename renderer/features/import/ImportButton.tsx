import { useRef, type ChangeEvent } from 'react';
import { Button } from '../../ui/Button';
import { ACCEPTED_FILES } from './useImporter';

/**
 * The Import button and the hidden file input it opens (the desktop menu's Import… uses the
 * system dialog in main instead). The button is also the keyboard alternative to dropping files.
 */
export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const openPicker = () => inputRef.current?.click();

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = event.currentTarget.files ? [...event.currentTarget.files] : [];
    // Clear the input so choosing the same file again still fires a change.
    event.currentTarget.value = '';
    onFiles(files);
  };
  return (
    <>
      <Button variant="secondary" className="import-button" onClick={openPicker} aria-describedby="import-hint">
        Import
      </Button>
      <span id="import-hint" className="visually-hidden">
        Choose council minutes (saved as HTML, text or PDF) or agenda packs (PDF) to add to your library.
      </span>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        aria-label="Files to import"
        data-testid="import-input"
        onChange={onChange}
      />
    </>
  );
}
