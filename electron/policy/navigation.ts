import { allowedExternalUrl } from './external';
import { isAppUrl } from './origin';

export type NavigationDecision =
  | { readonly action: 'allow' }
  | { readonly action: 'deny' }
  /** Stay put; open this allowlisted https URL in the user's browser. */
  | { readonly action: 'openExternal'; readonly url: string };

/**
 * For will-navigate and will-redirect: in-app URLs proceed; anything else is stopped, and an
 * allowlisted https page opens in the browser instead.
 */
export function navigationDecision(raw: unknown): NavigationDecision {
  if (isAppUrl(raw)) return { action: 'allow' };
  const external = allowedExternalUrl(raw);
  return external ? { action: 'openExternal', url: external } : { action: 'deny' };
}

/**
 * For setWindowOpenHandler: the app never opens a second window of itself (no window.open of
 * app:// either), so every request is denied; an allowlisted page opens in the browser.
 */
export function windowOpenDecision(raw: unknown): NavigationDecision {
  const external = allowedExternalUrl(raw);
  return external ? { action: 'openExternal', url: external } : { action: 'deny' };
}
