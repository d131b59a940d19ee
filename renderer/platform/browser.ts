import {
  DEFAULT_SHELL_SETTINGS,
  type DesktopApi,
  type OpenedFile,
  type ShellSettings,
} from '../../shared/index';

const SHELL_SETTINGS_KEY = 'partner-rewards.shell-settings';

/**
 * Stored browser settings, or the defaults when missing or not what we wrote. A browser shows
 * notifications only with the user's permission, asked when they switch them on (a click), so
 * they start off there unless permission was already given.
 */
export function readShellSettings(
  raw: string | null,
  defaults: ShellSettings = DEFAULT_SHELL_SETTINGS,
): ShellSettings {
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
  return defaults;
}

function browserDefaults(): ShellSettings {
  const granted = 'Notification' in window && Notification.permission === 'granted';
  return { deadlineNotifications: granted };
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
        // Never prompts here (no click to answer to): permission is asked in Settings.
        if (!('Notification' in window) || Notification.permission !== 'granted') return;
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
      settings: async () =>
        readShellSettings(localStorage.getItem(SHELL_SETTINGS_KEY), browserDefaults()),
      async updateSettings(patch) {
        if (
          patch.deadlineNotifications &&
          'Notification' in window &&
          Notification.permission === 'default'
        )
          await Notification.requestPermission();
        const next = {
          ...readShellSettings(localStorage.getItem(SHELL_SETTINGS_KEY), browserDefaults()),
          ...patch,
        };
        localStorage.setItem(SHELL_SETTINGS_KEY, JSON.stringify(next));
        return next;
      },
      openLogsFolder: async () => false,
    },
  };
}
