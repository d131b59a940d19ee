import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { restoreFailedLinks } from './failed-links';
import { ROUTE_LIST, routeIdFromHash, type RouteId } from './route-list';

type ScreenModule = Promise<{ default: ComponentType }>;

/** Every screen, its hash route and its nav label key. Screens load on demand. */
export interface Route {
  readonly id: string;
  readonly labelKey: string;
  readonly load: () => ScreenModule;
}

/** A screen's code or styles could not be fetched (offline, server gone), as opposed to a bug. */
export class ScreenLoadError extends Error {
  constructor(
    readonly routeId: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ScreenLoadError';
  }
}

function route(id: string, labelKey: string, load: () => ScreenModule): Route {
  return { id, labelKey, load };
}

const LOADERS: Record<RouteId, () => ScreenModule> = {
  dashboard: () => import('../features/dashboard/DashboardScreen'),
  claims: () => import('../features/claims/ClaimsScreen'),
  elevate: () => import('../features/elevate/ElevateScreen'),
  loyalty: () => import('../features/loyalty/LoyaltyScreen'),
  leap: () => import('../features/leap/LeapScreen'),
  planner: () => import('../features/planner/PlannerScreen'),
  nominations: () => import('../features/nominations/NominationsScreen'),
  team: () => import('../features/team/TeamScreen'),
  import: () => import('../features/import/ImportScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
};

export const ROUTES: readonly Route[] = ROUTE_LIST.map((r) =>
  route(r.id, r.labelKey, LOADERS[r.id]),
);

export function routeFromHash(hash: string): Route {
  const id = routeIdFromHash(hash);
  return ROUTES.find((r) => r.id === id) ?? (ROUTES[0] as Route);
}

const preloaded = new Map<string, ComponentType>();
const lazyScreens = new Map<string, LazyExoticComponent<ComponentType>>();
const failed = new Set<string>();

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
  const ready = preloaded.get(route.id);
  if (ready) return ready;
  let screen = lazyScreens.get(route.id);
  if (!screen) {
    // Stylesheets that failed on an earlier attempt are fetched again first.
    screen = lazy(() =>
      restoreFailedLinks()
        .then(route.load)
        .catch((error: unknown) => {
          failed.add(route.id);
          throw new ScreenLoadError(route.id, error);
        }),
    );
    lazyScreens.set(route.id, screen);
  }
  return screen;
}

/**
 * After a failed load, the next render fetches the screen again: React.lazy keeps a failure for
 * good, so its component is dropped. Called on a deliberate retry only (the connection is back,
 * "Try again", the screen opened anew), never from a render, so an offline page does not loop
 * on its fetches.
 */
export function retryScreen(route: Route): void {
  if (failed.delete(route.id)) lazyScreens.delete(route.id);
}
