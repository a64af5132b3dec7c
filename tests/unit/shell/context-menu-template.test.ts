import { type ContextMenuInput, buildContextMenuTemplate } from '../../../main/shell/context-menu-template';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const input = (over: Partial<ContextMenuInput> = {}): ContextMenuInput => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: flags,
  ...over,
});
const actions = () => ({ replaceMisspelling: jest.fn(), addToDictionary: jest.fn() });

describe('context menu', () => {
  it('shows nothing on plain, unselected text', () => {
    expect(buildContextMenuTemplate(input(), actions())).toEqual([]);
  });

  it('offers Copy for selected text outside a field', () => {
    const template = buildContextMenuTemplate(input({ selectionText: 'Recommendation 3' }), actions());
    expect(template.map((i) => i.role)).toEqual(['copy']);
  });

  it('offers editing commands in a field', () => {
    const template = buildContextMenuTemplate(input({ isEditable: true, editFlags: { ...flags, canPaste: false } }), actions());
    expect(template.filter((i) => i.role).map((i) => [i.role, i.enabled])).toEqual([
      ['cut', true],
      ['copy', true],
      ['paste', false],
      ['selectAll', true],
    ]);
  });

  it('offers up to five spelling suggestions and Add to Dictionary for a misspelt word', () => {
    const a = actions();
    const template = buildContextMenuTemplate(
      input({ isEditable: true, misspelledWord: 'scrutinee', dictionarySuggestions: ['scrutiny', 'scrutineer', 'a', 'b', 'c', 'd'] }),
      a,
    );
    const labels = template.map((i) => i.label);
    expect(labels.slice(0, 6)).toEqual(['scrutiny', 'scrutineer', 'a', 'b', 'c', 'Add to Dictionary']);
    (template[1]?.click as () => void)();
    expect(a.replaceMisspelling).toHaveBeenCalledWith('scrutineer');
    (template[5]?.click as () => void)();
    expect(a.addToDictionary).toHaveBeenCalledWith('scrutinee');
  });

  it('says so when there are no suggestions', () => {
    const template = buildContextMenuTemplate(input({ isEditable: true, misspelledWord: 'xqzv' }), actions());
    expect(template[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });
});
