/**
 * The right-click menu: spelling suggestions (the window spellchecks in en-GB) and the usual
 * editing commands. Data only, like menu-template.ts; window.ts shows it.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The fields of Electron's ContextMenuParams this menu reads. */
export interface ContextMenuInput {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 5;

/** An empty array means: show no menu. */
export function buildContextMenuTemplate(params: ContextMenuInput, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    const misspelled = params.misspelledWord;
    items.push({ label: 'Add to Dictionary', click: () => actions.addToDictionary(misspelled) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select All', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy });
  }
  return items;
}
