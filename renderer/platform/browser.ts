import type { DesktopApi, OpenedFile } from '../../shared/index';

/** The DesktopApi in a plain browser: downloads, a file picker, window.print, Notifications. */
export function createBrowserApi(version: string): DesktopApi {
  const secrets = new Map<string, string>();
  return {
    kind: 'browser',
    app: {
      version: async () => version,
      preferredLanguages: async () => [...(navigator.languages ?? [navigator.language])],
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
        return true;
      },
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
    },
    notify: {
      async show(title, body) {
        if (!('Notification' in window)) return;
        if (Notification.permission === 'default') await Notification.requestPermission();
        if (Notification.permission === 'granted') new Notification(title, { body });
      },
    },
    secrets: {
      get: async (key) => secrets.get(key) ?? null,
      set: async (key, value) => {
        secrets.set(key, value);
      },
      delete: async (key) => {
        secrets.delete(key);
      },
    },
  };
}
