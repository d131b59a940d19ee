import type { DesktopApi } from '../../shared/index';

/**
 * Electron's implementation lives in the preload script (contextBridge exposes one object typed
 * by shared/ipc.ts). The renderer only checks that what it was given is that object.
 */
export function electronApi(candidate: unknown): DesktopApi | null {
  if (typeof candidate !== 'object' || candidate === null) return null;
  const api = candidate as Partial<DesktopApi>;
  const complete =
    api.kind === 'electron' &&
    !!api.app &&
    !!api.files &&
    !!api.print &&
    !!api.notify &&
    !!api.secrets &&
    !!api.launch &&
    !!api.shell;
  return complete ? (api as DesktopApi) : null;
}
