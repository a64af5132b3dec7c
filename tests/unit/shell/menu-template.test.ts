import { buildMenuTemplate } from '../../../main/shell/menu-template';

// Electron's MenuItemConstructorOptions, without importing electron outside main/shell.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

const build = (isMac: boolean, isDevelopment: boolean) => {
  const onImport = jest.fn();
  const onAbout = jest.fn();
  const template = buildMenuTemplate({ isMac, isDevelopment, appName: 'Scrutineer', onImport, onAbout });
  return { template, onImport, onAbout };
};

const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label?.replace('&', '') === label);
const roles = (menu: MenuItemConstructorOptions | undefined) => items(menu).map((i) => i.role).filter(Boolean);

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const { template } = build(false, false);
    expect(template.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File › Import… is Ctrl/Cmd+O and runs the import', () => {
    const { template, onImport } = build(false, false);
    const importItem = items(find(template, 'File')).find((i) => i.id === 'import');
    expect(importItem?.label).toBe('Import…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    (importItem?.click as () => void)();
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(roles(find(template, 'File'))).toContain('quit');
  });

  it('Edit has the standard roles', () => {
    const { template } = build(false, false);
    expect(roles(find(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('View offers reload and developer tools only in development', () => {
    // No zoom roles: their Ctrl +/−/0 accelerators would steal the reader's zoom keys.
    expect(roles(find(build(false, false).template, 'View'))).toEqual(['togglefullscreen']);
    const dev = roles(find(build(false, true).template, 'View'));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools', 'togglefullscreen']));
    expect(dev).not.toEqual(expect.arrayContaining(['zoomIn']));
  });

  it('Help › About runs the about box', () => {
    const { template, onAbout } = build(false, false);
    const about = items(find(template, 'Help')).find((i) => i.id === 'about');
    expect(about?.label).toBe('About Scrutineer');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('follows macOS conventions: app menu first, Window menu, Close in File', () => {
    const { template } = build(true, false);
    expect(template.map((m) => m.label?.replace('&', ''))).toEqual(['Scrutineer', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(find(template, 'Scrutineer'))).toContain('quit');
    expect(roles(find(template, 'File'))).toEqual(['close']);
  });

  it('uses no US spellings in its labels', () => {
    const labels: string[] = [];
    const walk = (menu: MenuItemConstructorOptions[]) => {
      for (const m of menu) {
        if (m.label) labels.push(m.label);
        if (Array.isArray(m.submenu)) walk(m.submenu);
      }
    };
    walk(build(true, true).template);
    walk(build(false, true).template);
    expect(labels.join(' ')).not.toMatch(/Color|Favorite|Center|Customize|Organize/);
  });
});
