/**
 * The app's own origin. The renderer is served from a privileged custom scheme (never file://),
 * so it has a real origin for IndexedDB, fetch and workers, and everything else is "outside".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'partner-rewards';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Parses with URL (never by substring); null when it is not a URL at all, or when it carries
 * characters the URL parser would silently drop (surrounding spaces and controls, tabs and
 * newlines anywhere: 'java\nscript:'), so what is checked is exactly what was given.
 */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/^[\u0000-\u0020]|[\u0000-\u0020]$|[\t\n\r]/.test(raw)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only for app://partner-rewards/… exactly: no user info, no port. A non-special scheme keeps
 * its host's case, so a mixed-case look-alike is outside too (deny is the safe side).
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
