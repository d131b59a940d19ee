/**
 * shared/: pure TypeScript used by the renderer, the sync server and the Electron shell. No DOM,
 * no Node, no I/O, no clock: dates come in as arguments, money is integer minor units.
 */
export * from './errors';
export * from './money';
export * from './calendar';
export * from './catalog';
export * from './rules';
export * from './calculators';
export * from './invoices';
export * from './claims';
export * from './sync';
export type * from './ipc';
export { IPC_CHANNELS, LINKABLE_ROUTES, isLinkableRoute, DEFAULT_SHELL_SETTINGS } from './ipc';
export * from './nominations';
export * from './payments';
export { seededRandom } from './demo/seeded-random';
