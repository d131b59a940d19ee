import { parseUrl } from './origin';

/**
 * Hosts the app may open in the user's browser. Exact host names (after URL parsing, which
 * lowercases and turns IDN into punycode), never suffixes or substrings.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  // No screen links out of the app yet: a help or vendor-portal link adds its host here.
];

/** The URL to hand to shell.openExternal, or null: https only, allowlisted host, no user info. */
export function allowedExternalUrl(
  raw: unknown,
  hosts: readonly string[] = EXTERNAL_HOSTS,
): string | null {
  const url = parseUrl(raw);
  if (!url) return null;
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '') return null;
  if (!hosts.includes(url.hostname)) return null;
  return url.href;
}
