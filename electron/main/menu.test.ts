import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from './menu';
import { menuLabels, menuLanguage } from './menu-labels';

function flat(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
}

const calls: string[] = [];
const actions: MenuActions = {
  open: (route) => void calls.push(`open:${route}`),
  savePdf: () => void calls.push('pdf'),
  openLogsFolder: () => void calls.push('logs'),
};

describe('menuLanguage', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['pl', 'pl'],
    ['pt-BR', 'en'],
    ['', 'en'],
    ['__proto__', 'en'],
  ])('%s → %s', (asked, language) => expect(menuLanguage(asked)).toBe(language));
});

describe('menuTemplate', () => {
  it('follows the app language: German labels, German screen names', () => {
    const labels = flat(
      menuTemplate(menuLabels('de'), { mac: false, development: false }, actions),
    ).map((i) => i.label);
    expect(labels).toContain('Datei');
    expect(labels).toContain('Bearbeiten');
    expect(labels).toContain('Protokollordner öffnen');
    expect(labels).toContain(menuLabels('de').nav.claims);
    expect(labels).not.toContain('File');
  });

  it.each(['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'])(
    'every item has a label in %s',
    (language) => {
      for (const mac of [true, false])
        for (const item of flat(
          menuTemplate(menuLabels(language), { mac, development: true }, actions),
        ))
          if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
    },
  );

  it('keeps the standard roles (and so the OS shortcuts)', () => {
    const roles = flat(
      menuTemplate(menuLabels('en'), { mac: true, development: false }, actions),
    ).map((i) => i.role);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'quit',
      'close',
      'minimize',
      'togglefullscreen',
      'hide',
    ])
      expect(roles).toContain(role);
    expect(roles).not.toContain('toggleDevTools');
  });

  it('has Cmd/Ctrl+1…9 for the screens, Cmd/Ctrl+O import, Cmd/Ctrl+P PDF, and they act', () => {
    const items = flat(menuTemplate(menuLabels('en'), { mac: false, development: false }, actions));
    const byKey = new Map(items.filter((i) => i.accelerator).map((i) => [i.accelerator, i]));
    for (let n = 1; n <= 9; n++) expect(byKey.has(`CmdOrCtrl+${n}`)).toBe(true);
    calls.length = 0;
    const click = (key: string) => (byKey.get(key)?.click as (() => void) | undefined)?.();
    click('CmdOrCtrl+2');
    click('CmdOrCtrl+O');
    click('CmdOrCtrl+P');
    expect(calls).toEqual(['open:claims', 'open:import', 'pdf']);
    expect(items.find((i) => i.label === 'Open logs folder')).toBeDefined();
  });

  it('puts the app menu first on macOS only', () => {
    expect(
      menuTemplate(menuLabels('en'), { mac: true, development: false }, actions)[0]?.label,
    ).toBe('Partner Rewards');
    expect(
      menuTemplate(menuLabels('en'), { mac: false, development: false }, actions)[0]?.label,
    ).toBe('File');
  });
});
