import {
  DEFAULT_SHELL_SETTINGS,
  type DesktopApi,
  type OpenedFile,
  type ShellSettings,
} from '../../shared/index';

const SHELL_SETTINGS_KEY = 'partner-rewards.shell-settings';

/** Stored browser settings, or the defaults when missing or not what we wrote. */
export function readShellSettings(raw: string | null): ShellSettings {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as { deadlineNotifications?: unknown }).deadlineNotifications === 'boolean'
    )
      return {
        deadlineNotifications: (parsed as { deadlineNotifications: boolean }).deadlineNotifications,
      };
  } catch {
    // A damaged value is replaced by the defaults on the next write.
  }
  return DEFAULT_SHELL_SETTINGS;
}

/** The DesktopApi in a plain browser: downloads, a file picker, window.print, Notifications. */
export function createBrowserApi(version: string): DesktopApi {
  const secrets = new Map<string, string>();
  let savedCount = 0;
  return {
    kind: 'browser',
    app: {
      version: async () => version,
      preferredLanguages: async () => [...(navigator.languages ?? [navigator.language])],
      setLanguage: async () => {},
    },
    files: {
      async save({ suggestedName, mimeType, bytes }) {
        const url = URL.createObjectURL(
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }),
        );
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.rel = 'noopener';
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 30_000);
        savedCount += 1;
        return { id: `download-${savedCount}`, name: suggestedName };
      },
      // The browser's downloads list is the only place it shows a downloaded file.
      showInFolder: async () => false,
      open({ extensions }) {
        return new Promise<OpenedFile | null>((resolve) => {
          const input = document.createElement('input');
          input.type = 'file';
          input.accept = extensions.join(',');
          input.onchange = async () => {
            const file = input.files?.[0];
            resolve(
              file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
            );
          };
          input.oncancel = () => resolve(null);
          input.click();
        });
      },
    },
    print: {
      async currentView() {
        window.print();
        return true;
      },
      // A browser cannot write a PDF itself; its print dialog offers "Save as PDF".
      toPdf: async () => {
        window.print();
        return null;
      },
    },
    notify: {
      async show({ title, body, route }) {
        if (!('Notification' in window)) return;
        if (Notification.permission === 'default') await Notification.requestPermission();
        if (Notification.permission !== 'granted') return;
        const notification = new Notification(title, { body });
        notification.onclick = () => {
          window.focus();
          if (route) window.location.hash = `#/${route}`;
        };
      },
    },
    secrets: {
      get: async (key) => secrets.get(key) ?? null,
      set: async (key, value) => {
        secrets.set(key, value);
        return { persisted: false, reason: 'browser' };
      },
      delete: async (key) => {
        secrets.delete(key);
      },
      persistence: async () => ({ persisted: false, reason: 'browser' }),
    },
    launch: {
      // Deep links and file associations exist only in the desktop app.
      take: async () => [],
      onIntent: () => () => {},
    },
    shell: {
      settings: async () => readShellSettings(localStorage.getItem(SHELL_SETTINGS_KEY)),
      async updateSettings(patch) {
        const next = { ...readShellSettings(localStorage.getItem(SHELL_SETTINGS_KEY)), ...patch };
        localStorage.setItem(SHELL_SETTINGS_KEY, JSON.stringify(next));
        return next;
      },
      openLogsFolder: async () => false,
    },
  };
}
