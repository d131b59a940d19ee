/**
 * The preload (sandboxed, context-isolated): exposes exactly one object, the DesktopApi, through
 * contextBridge. One method per capability over a named channel; no generic invoke, no
 * ipcRenderer handed to the page; events return their unsubscribe function.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS as CH, type DesktopApi, type SavedFile } from '../shared/ipc';

const invoke = <T>(channel: string, ...args: unknown[]): Promise<T> =>
  ipcRenderer.invoke(channel, ...args) as Promise<T>;

function appLanguage(): string {
  return document.documentElement.lang || navigator.language || 'en';
}

const api = {
  kind: 'electron',
  app: {
    version: () => invoke<string>(CH.app.version),
    preferredLanguages: () => invoke<readonly string[]>(CH.app.preferredLanguages),
    setLanguage: (language) => invoke<undefined>(CH.app.setLanguage, language),
  },
  files: {
    save: (request) =>
      invoke(CH.files.save, {
        suggestedName: request.suggestedName,
        mimeType: request.mimeType,
        bytes: request.bytes,
      }),
    open: (request) => invoke(CH.files.open, { extensions: [...request.extensions] }),
    showInFolder: (id) => invoke<boolean>(CH.files.showInFolder, id),
  },
  print: {
    currentView: async (suggestedName) =>
      (await invoke<SavedFile | null>(CH.print.toPdf, {
        suggestedName,
        locale: appLanguage(),
      })) !== null,
    toPdf: (request) =>
      invoke(CH.print.toPdf, { suggestedName: request.suggestedName, locale: request.locale }),
  },
  notify: {
    show: (request) =>
      invoke<undefined>(CH.notify.show, {
        title: request.title,
        body: request.body,
        ...(request.route ? { route: request.route } : {}),
      }),
  },
  secrets: {
    get: (key) => invoke(CH.secrets.get, key),
    set: (key, value) => invoke(CH.secrets.set, key, value),
    delete: (key) => invoke<undefined>(CH.secrets.delete, key),
    persistence: () => invoke(CH.secrets.persistence),
  },
  launch: {
    take: () => invoke(CH.launch.take),
    onIntent(listener) {
      // The page's listener never sees the IPC event (it carries the sender object).
      const relay = () => listener();
      ipcRenderer.on(CH.launch.intentAvailable, relay);
      return () => {
        ipcRenderer.removeListener(CH.launch.intentAvailable, relay);
      };
    },
  },
  shell: {
    settings: () => invoke(CH.shell.settings),
    updateSettings: (patch) => invoke(CH.shell.updateSettings, patch),
    openLogsFolder: () => invoke<boolean>(CH.shell.openLogsFolder),
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('partnerRewardsDesktop', api);
