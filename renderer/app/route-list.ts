/**
 * Every screen's hash route and nav label key, in nav order. Apart from routes.ts (which adds
 * each screen's code) so that the start-up paint can draw the nav without loading React.
 */
export const ROUTE_LIST = [
  { id: 'dashboard', labelKey: 'nav.dashboard' },
  { id: 'claims', labelKey: 'nav.claims' },
  { id: 'elevate', labelKey: 'nav.elevate' },
  { id: 'loyalty', labelKey: 'nav.loyalty' },
  { id: 'leap', labelKey: 'nav.leap' },
  { id: 'planner', labelKey: 'nav.planner' },
  { id: 'nominations', labelKey: 'nav.nominations' },
  { id: 'team', labelKey: 'nav.team' },
  { id: 'import', labelKey: 'nav.import' },
  { id: 'settings', labelKey: 'nav.settings' },
] as const;

export type RouteId = (typeof ROUTE_LIST)[number]['id'];

/** The route a hash names ('#/claims?x' → 'claims'); the dashboard for anything else. */
export function routeIdFromHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTE_LIST.find((r) => r.id === id)?.id ?? 'dashboard';
}
