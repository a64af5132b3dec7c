/**
 * electron-builder.yml checked as text (no YAML library is a dependency): a tiny reader for the
 * subset the file uses — top-level keys, nested "key: value" maps and "- item" lists.
 */
import fs from 'node:fs';
import path from 'node:path';

const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8');

type Node = string | string[] | { [key: string]: Node };

function parse(source: string): { [key: string]: Node } {
  const root: { [key: string]: Node } = {};
  const stack: { indent: number; container: { [key: string]: Node }; key: string | null }[] = [{ indent: -1, container: root, key: null }];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    while (stack.length > 1 && indent <= (stack[stack.length - 1]?.indent ?? -1)) stack.pop();
    const top = stack[stack.length - 1];
    if (!top) throw new Error('bad nesting');
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item) {
      const value = unquote(item[1] ?? '');
      const parent = top.key;
      const grand = stack[stack.length - 2];
      // A list belongs to the key that opened the current block.
      if (parent && grand) {
        const existing = grand.container[parent];
        grand.container[parent] = Array.isArray(existing) ? [...existing, value] : [value];
      }
      continue;
    }
    const pair = /^\s*([A-Za-z0-9_.-]+):\s*(.*)$/.exec(line);
    if (!pair) throw new Error(`cannot read line: ${raw}`);
    const key = pair[1] ?? '';
    const value = pair[2] ?? '';
    if (value === '') {
      const child: { [key: string]: Node } = {};
      top.container[key] = child;
      stack.push({ indent, container: child, key });
    } else {
      top.container[key] = unquote(value);
    }
  }
  return root;
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

const config = parse(text);
const get = (...keys: string[]): Node | undefined =>
  keys.reduce<Node | undefined>((node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined), config);

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(get('appId')).toBe('uk.scrutineer.app');
    expect(get('productName')).toBe('Scrutineer');
    expect(get('directories', 'output')).toBe('release');
  });

  it('builds NSIS on Windows, a DMG on macOS, AppImage and deb on Linux', () => {
    expect(get('win', 'target')).toEqual(['nsis']);
    expect(get('mac', 'target')).toEqual(['dmg']);
    expect(get('mac', 'category')).toBe('public.app-category.productivity');
    expect(get('mac', 'hardenedRuntime')).toBe('true');
    expect(get('linux', 'target')).toEqual(['AppImage', 'deb']);
    expect(get('linux', 'category')).toBe('Office');
    expect(get('linux', 'maintainer')).toMatch(/\S+ <[^@\s]+@[^>\s]+>/);
  });

  it('packs an asar with native modules unpacked and rebuilds them for Electron', () => {
    expect(get('asar')).toBe('true');
    expect(get('asarUnpack')).toEqual(expect.arrayContaining(['**/*.node']));
    expect(get('npmRebuild')).toBe('true');
  });

  it('ships only the built app and package.json', () => {
    const files = get('files');
    expect(Array.isArray(files)).toBe(true);
    const list = files as string[];
    const included = list.filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['dist/main/**/*', 'dist/renderer/**/*', 'package.json']);
  });

  it('excludes preview code, tests, scripts and sources explicitly', () => {
    const excluded = (get('files') as string[]).filter((f) => f.startsWith('!'));
    for (const dir of ['main', 'shared', 'renderer', 'tests', 'scripts']) expect(excluded).toContain(`!${dir}{,/**/*}`);
    expect(excluded).toContain('!**/preview{,/**/*}');
    expect(excluded.some((f) => f.includes('test,spec'))).toBe(true);
    expect(excluded).toContain('!node_modules/electron{,/**/*}');
  });

  it('turns off the Electron fuses a desktop app does not need', () => {
    expect(get('electronFuses', 'runAsNode')).toBe('false');
    expect(get('electronFuses', 'enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(get('electronFuses', 'enableNodeCliInspectArguments')).toBe('false');
    expect(get('electronFuses', 'grantFileProtocolExtraPrivileges')).toBe('false');
  });

  it('has no tabs (YAML forbids them for indentation)', () => {
    expect(text).not.toContain('\t');
  });
});
