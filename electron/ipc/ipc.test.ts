import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc';
import { LaunchQueue } from '../launch/queue';
import { SecretStore } from '../main/secrets';
import { registerAppIpc } from './app';
import { registerFilesIpc } from './files';
import { IpcRefused, MAX_FILE_BYTES, type InvokeEvent, type IpcMainLike } from './guard';
import { registerLaunchIpc } from './launch';
import { registerNotifyIpc } from './notify';
import { registerPrintIpc } from './print';
import { registerSecretsIpc } from './secrets';
import { registerShellIpc } from './shell';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** A fake ipcMain that records handlers and calls them as Electron would. */
function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const app: InvokeEvent = {
    senderFrame: { url: 'app://partner-rewards/index.html', parent: null },
  };
  const call = async (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { ipc, handlers, app, call };
}

function registerAll() {
  const f = fakeIpc();
  const log: unknown[][] = [];
  registerAppIpc(f.ipc, {
    version: () => '1.2.3',
    preferredLanguages: () => ['de-DE'],
    setLanguage: (l) => void log.push(['lang', l]),
  });
  registerFilesIpc(f.ipc, {
    save: async (name, type, bytes) => (
      log.push(['save', name, type, bytes.length]),
      { id: 'f1', name }
    ),
    open: async (ext) => (log.push(['open', ext]), null),
    showInFolder: (id) => id === 'f1',
  });
  registerPrintIpc(f.ipc, {
    toPdf: async (_e, name, locale) => (log.push(['pdf', name, locale]), null),
  });
  registerNotifyIpc(f.ipc, { show: (r) => void log.push(['notify', r]) });
  const storage = {
    isEncryptionAvailable: () => true,
    encryptString: (s: string) => Buffer.from(s),
    decryptString: (b: Buffer) => b.toString(),
  };
  let text: string | null = null;
  registerSecretsIpc(
    f.ipc,
    new SecretStore(
      storage,
      { read: async () => text, write: async (t) => void (text = t) },
      'darwin',
    ),
  );
  const queue = new LaunchQueue(() => {});
  queue.push({ kind: 'route', route: 'claims' });
  registerLaunchIpc(f.ipc, queue);
  registerShellIpc(f.ipc, {
    settings: () => ({ deadlineNotifications: true }),
    updateSettings: async (p) => ({ deadlineNotifications: true, ...p }),
    openLogsFolder: async () => true,
  });
  return { ...f, log };
}

const allChannels = Object.values(IPC_CHANNELS).flatMap((domain) => Object.values(domain));

describe('IPC handlers', () => {
  it('handle every to-main channel of the contract, and only those', () => {
    const { handlers } = registerAll();
    const toMain = allChannels.filter((c) => c.endsWith(':to-main')).sort();
    expect([...handlers.keys()].sort()).toEqual(toMain);
  });

  it('name domain and direction in every channel', () => {
    for (const channel of allChannels)
      expect(channel).toMatch(/^[a-z]+:[a-z-]+:(to-main|to-renderer)$/);
    expect(new Set(allChannels).size).toBe(allChannels.length);
  });

  it('answer the app', async () => {
    const { call, app, log } = registerAll();
    expect(await call(IPC_CHANNELS.app.version, app)).toBe('1.2.3');
    await call(IPC_CHANNELS.app.setLanguage, app, 'zh-CN');
    await call(IPC_CHANNELS.files.save, app, {
      suggestedName: 'a.csv',
      mimeType: 'text/csv',
      bytes: new Uint8Array(3),
    });
    await call(IPC_CHANNELS.print.toPdf, app, { suggestedName: 's.pdf', locale: 'en-US' });
    await call(IPC_CHANNELS.notify.show, app, { title: 'T', body: 'B', route: 'claims' });
    expect(log).toEqual([
      ['lang', 'zh-CN'],
      ['save', 'a.csv', 'text/csv', 3],
      ['pdf', 's.pdf', 'en-US'],
      ['notify', { title: 'T', body: 'B', route: 'claims' }],
    ]);
    expect(await call(IPC_CHANNELS.secrets.set, app, 'sync.token', 'x')).toEqual({
      persisted: true,
    });
    expect(await call(IPC_CHANNELS.secrets.get, app, 'sync.token')).toBe('x');
    expect(await call(IPC_CHANNELS.launch.take, app)).toEqual([{ kind: 'route', route: 'claims' }]);
    expect(await call(IPC_CHANNELS.files.showInFolder, app, 'f1')).toBe(true);
  });

  const strangers: [string, InvokeEvent][] = [
    [
      'another site',
      { senderFrame: { url: 'https://evil.example/?next=app://partner-rewards/', parent: null } },
    ],
    ['an app subframe', { senderFrame: { url: 'app://partner-rewards/index.html', parent: {} } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a destroyed frame', { senderFrame: null }],
  ];
  it.each(strangers)('refuse every channel to %s', async (_name, event) => {
    const { handlers, log } = registerAll();
    for (const [channel, handler] of handlers)
      expect(() => handler(event), channel).toThrow(IpcRefused);
    expect(log).toEqual([]);
  });

  it.each([
    [IPC_CHANNELS.app.setLanguage, ['de; rm -rf /']],
    [IPC_CHANNELS.app.setLanguage, [{ toString: (): string => 'de' }]],
    [IPC_CHANNELS.app.version, ['extra']],
    [
      IPC_CHANNELS.files.save,
      [{ suggestedName: 'a.csv', mimeType: 'text/csv', bytes: 'not bytes' }],
    ],
    [
      IPC_CHANNELS.files.save,
      [{ suggestedName: 'x'.repeat(501), mimeType: 't', bytes: new Uint8Array() }],
    ],
    [IPC_CHANNELS.files.open, [{ extensions: ['csv'] }]],
    [IPC_CHANNELS.files.open, [{ extensions: ['.csv/../../x'] }]],
    [IPC_CHANNELS.files.open, [{ extensions: [] }]],
    [IPC_CHANNELS.files.showInFolder, [{ path: '/etc/passwd' }]],
    [IPC_CHANNELS.print.toPdf, [{ suggestedName: 'a.pdf', locale: '../../x' }]],
    [IPC_CHANNELS.notify.show, [{ title: 'T', body: 'B', route: 'javascript:alert(1)' }]],
    [IPC_CHANNELS.notify.show, [{ title: 'T', body: 'B', extra: 1 }]],
    [IPC_CHANNELS.notify.show, [{ title: '', body: 'B' }]],
    [IPC_CHANNELS.secrets.get, ['../../etc/passwd']],
    [IPC_CHANNELS.secrets.get, ['__proto__ ']],
    [IPC_CHANNELS.secrets.set, ['sync.token', 'x'.repeat(17 * 1024)]],
    [IPC_CHANNELS.shell.updateSettings, [{ deadlineNotifications: 'no' }]],
    [IPC_CHANNELS.shell.updateSettings, [{ logsDir: '/tmp' }]],
    [IPC_CHANNELS.shell.updateSettings, [null]],
  ])('refuse bad arguments on %s: %j', async (channel, args) => {
    const { call, app, log } = registerAll();
    await expect(call(channel, app, ...args)).rejects.toThrow(/invalid arguments/);
    expect(log).toEqual([]);
  });

  it('refuse a file larger than the limit without reading it', () => {
    const big = { byteLength: MAX_FILE_BYTES + 1 };
    Object.setPrototypeOf(big, Uint8Array.prototype);
    const { call, app } = registerAll();
    return expect(
      call(IPC_CHANNELS.files.save, app, { suggestedName: 'a', mimeType: 't', bytes: big }),
    ).rejects.toThrow(/too large/);
  });
});
