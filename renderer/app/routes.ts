import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ScreenModule = Promise<{ default: ComponentType }>;

/** Every screen, its hash route and its nav label key. Screens load on demand. */
export interface Route {
  readonly id: string;
  readonly labelKey: string;
  readonly load: () => ScreenModule;
  readonly component: LazyExoticComponent<ComponentType>;
}

function route(id: string, labelKey: string, load: () => ScreenModule): Route {
  return { id, labelKey, load, component: lazy(load) };
}

export const ROUTES: readonly Route[] = [
  route('dashboard', 'nav.dashboard', () => import('../features/dashboard/DashboardScreen')),
  route('claims', 'nav.claims', () => import('../features/claims/ClaimsScreen')),
  route('elevate', 'nav.elevate', () => import('../features/elevate/ElevateScreen')),
  route('loyalty', 'nav.loyalty', () => import('../features/loyalty/LoyaltyScreen')),
  route('leap', 'nav.leap', () => import('../features/leap/LeapScreen')),
  route('planner', 'nav.planner', () => import('../features/planner/PlannerScreen')),
  route(
    'nominations',
    'nav.nominations',
    () => import('../features/nominations/NominationsScreen'),
  ),
  route('team', 'nav.team', () => import('../features/team/TeamScreen')),
  route('import', 'nav.import', () => import('../features/import/ImportScreen')),
  route('settings', 'nav.settings', () => import('../features/settings/SettingsScreen')),
];

export function routeFromHash(hash: string): Route {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.find((r) => r.id === id) ?? (ROUTES[0] as Route);
}

const preloaded = new Map<string, ComponentType>();

/**
 * Loads a screen's code ahead of its first render (the landing screen, while the database
 * opens). A screen rendered through React.lazy shows its fallback first, and React then holds
 * the real screen back for its fallback throttle (~300 ms): the landing screen skips both.
 */
export async function preloadRoute(route: Route): Promise<void> {
  try {
    preloaded.set(route.id, (await route.load()).default);
  } catch {
    // Rendering through React.lazy retries the load and reports a failure where it shows.
  }
}

/** The screen to render: the preloaded component if there is one, else the lazy one. */
export function screenOf(route: Route): ComponentType {
  return preloaded.get(route.id) ?? route.component;
}
