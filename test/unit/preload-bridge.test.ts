import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type DesktopApi } from '../../shared/ipc';

/** A fake `electron` module: records what the preload exposes and what it sends. */
const exposed: [string, unknown][] = [];
const invoked: unknown[][] = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => void exposed.push([key, api]),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return args[0] === IPC_CHANNELS.print.toPdf ? { id: '1', name: 'x.pdf' } : null;
    },
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
      void listeners.get(channel)?.delete(fn),
  },
}));
vi.stubGlobal('document', { documentElement: { lang: 'pl' } });

const { electronApi } = await import('../../renderer/platform/electron');
await import('../../electron/preload');

describe('preload', () => {
  beforeEach(() => void (invoked.length = 0));

  it('exposes exactly one object, the complete DesktopApi', () => {
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0] ?? [];
    expect(key).toBe('partnerRewardsDesktop');
    expect(electronApi(api)).toBe(api);
    expect(Object.keys(api as object).sort()).toEqual(
      ['app', 'files', 'kind', 'launch', 'notify', 'print', 'secrets', 'shell'].sort(),
    );
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its own channel with only the expected fields', async () => {
    const api = exposed[0]?.[1] as DesktopApi;
    await api.files.save({
      suggestedName: 'a.csv',
      mimeType: 'text/csv',
      bytes: new Uint8Array([1]),
      // @ts-expect-error -- a page passing extra fields: they must not reach main
      path: '/etc/passwd',
    });
    expect(await api.print.currentView('statement.pdf')).toBe(true);
    await api.notify.show({ title: 'T', body: 'B' });
    expect(invoked).toEqual([
      [
        IPC_CHANNELS.files.save,
        { suggestedName: 'a.csv', mimeType: 'text/csv', bytes: new Uint8Array([1]) },
      ],
      [IPC_CHANNELS.print.toPdf, { suggestedName: 'statement.pdf', locale: 'pl' }],
      [IPC_CHANNELS.notify.show, { title: 'T', body: 'B' }],
    ]);
  });

  it('events return their unsubscribe and never hand the IPC event to the page', () => {
    const api = exposed[0]?.[1] as DesktopApi;
    const seen: unknown[][] = [];
    const unsubscribe = api.launch.onIntent((...args: unknown[]) => void seen.push(args));
    for (const fn of listeners.get(IPC_CHANNELS.launch.intentAvailable) ?? [])
      fn({ sender: 'secret' });
    expect(seen).toEqual([[]]);
    unsubscribe();
    expect(listeners.get(IPC_CHANNELS.launch.intentAvailable)?.size).toBe(0);
  });
});
