import { isLinkableRoute, type LinkableRoute } from '../../shared/ipc';
import { parseUrl } from '../policy/origin';

export const DEEP_LINK_SCHEME = 'partner-rewards';

/**
 * The screen a `partner-rewards://claims` (or `partner-rewards:///claims`) link opens, or null.
 * Only known screens; no user info, port, or anything but the scheme.
 */
export function routeOfDeepLink(raw: unknown): LinkableRoute | null {
  const url = parseUrl(raw);
  if (!url || url.protocol !== `${DEEP_LINK_SCHEME}:`) return null;
  if (url.username || url.password || url.port) return null;
  const name = (url.host || url.pathname.replace(/^\/+/, '').split('/')[0] || '').toLowerCase();
  return isLinkableRoute(name) ? name : null;
}
