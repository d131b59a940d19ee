import type { DesktopApi, LaunchIntent, OpenedFile, Unsubscribe } from '../../shared/index';

export interface LaunchHandlers {
  route(route: string): void;
  importFile(file: OpenedFile): void;
}

/** Hands each intent to its handler, in arrival order. */
export function applyIntents(intents: readonly LaunchIntent[], handlers: LaunchHandlers): void {
  for (const intent of intents) {
    if (intent.kind === 'route') handlers.route(intent.route);
    else handlers.importFile(intent.file);
  }
}

/**
 * Deep links, files opened with the app and notification clicks: takes what waited for the app
 * to start, then whatever arrives later (each intent once: main drops what was taken).
 */
export function followLaunchIntents(api: DesktopApi, handlers: LaunchHandlers): Unsubscribe {
  const take = () =>
    void api.launch
      .take()
      .then((intents) => applyIntents(intents, handlers))
      .catch(() => undefined);
  const unsubscribe = api.launch.onIntent(take);
  take();
  return unsubscribe;
}

/** A file the OS asked the app to import, waiting for the import screen to pick it up. */
let pendingImport: OpenedFile | null = null;
const waiting = new Set<() => void>();

export function offerImport(file: OpenedFile): void {
  pendingImport = file;
  for (const notify of waiting) notify();
}

/** The waiting file (once), or null. */
export function takePendingImport(): OpenedFile | null {
  const file = pendingImport;
  pendingImport = null;
  return file;
}

export function onImportOffered(listener: () => void): Unsubscribe {
  waiting.add(listener);
  return () => void waiting.delete(listener);
}
