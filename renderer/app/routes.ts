import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** Every screen, its hash route and its nav label key. Screens load on demand. */
export interface Route {
  readonly id: string;
  readonly labelKey: string;
  readonly component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: readonly Route[] = [
  {
    id: 'dashboard',
    labelKey: 'nav.dashboard',
    component: lazy(() => import('../features/dashboard/DashboardScreen')),
  },
  {
    id: 'claims',
    labelKey: 'nav.claims',
    component: lazy(() => import('../features/claims/ClaimsScreen')),
  },
  {
    id: 'elevate',
    labelKey: 'nav.elevate',
    component: lazy(() => import('../features/elevate/ElevateScreen')),
  },
  {
    id: 'loyalty',
    labelKey: 'nav.loyalty',
    component: lazy(() => import('../features/loyalty/LoyaltyScreen')),
  },
  {
    id: 'leap',
    labelKey: 'nav.leap',
    component: lazy(() => import('../features/leap/LeapScreen')),
  },
  {
    id: 'planner',
    labelKey: 'nav.planner',
    component: lazy(() => import('../features/planner/PlannerScreen')),
  },
  {
    id: 'team',
    labelKey: 'nav.team',
    component: lazy(() => import('../features/team/TeamScreen')),
  },
  {
    id: 'import',
    labelKey: 'nav.import',
    component: lazy(() => import('../features/import/ImportScreen')),
  },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    component: lazy(() => import('../features/settings/SettingsScreen')),
  },
];

export function routeFromHash(hash: string): Route {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.find((r) => r.id === id) ?? (ROUTES[0] as Route);
}
