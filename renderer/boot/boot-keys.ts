/**
 * The few strings the start-up paint shows, in every language: built into the small first
 * module (vite.config.ts, virtual:boot-strings) so that it never waits for the translations.
 */
export const BOOT_KEYS = [
  'app.title',
  'header.quarter',
  'header.user',
  'header.language',
  'roles.rep',
  'roles.manager',
  'nav.label',
  'nav.dashboard',
  'nav.claims',
  'nav.elevate',
  'nav.loyalty',
  'nav.leap',
  'nav.planner',
  'nav.nominations',
  'nav.team',
  'nav.import',
  'nav.settings',
  'dashboard.title',
  'dashboard.spiff.title',
  'dashboard.spiff.teamTitle',
  'dashboard.spiff.payable',
  'dashboard.spiff.teamPayable',
  'common.loading',
] as const;

export type BootKey = (typeof BOOT_KEYS)[number];
