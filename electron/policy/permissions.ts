import { isAppUrl } from './origin';

/**
 * Web permissions the app's own pages may have. Notifications go through the main process and
 * files through native dialogs, so the renderer needs almost nothing: writing to the clipboard
 * (copy buttons) only. Everything else, and everything from any other origin, is denied.
 */
const GRANTED: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** For setPermissionRequestHandler and setPermissionCheckHandler. */
export function permissionAllowed(permission: string, requestingUrl: unknown): boolean {
  return GRANTED.has(permission) && isAppUrl(requestingUrl);
}
