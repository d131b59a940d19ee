/**
 * syncState keys the engine owns. `serverUrl` is the address Settings saves; the rest is written
 * by the engine only, each in the same transaction as the data it describes.
 */
export const SYNC_KEYS = {
  serverUrl: 'serverUrl',
  /** The opaque pull cursor of the last applied page. */
  cursor: 'cursor',
  /** This install's client id (per database, so per user and server). */
  clientId: 'clientId',
  /** ISO time of the last run that pushed and pulled to the end. */
  lastSuccessAt: 'lastSuccessAt',
  /** Kept for the status of older builds: the same time as lastSuccessAt. */
  lastPulledAt: 'lastPulledAt',
  /** The last run's failure as a SyncError (absent after a success). */
  lastError: 'lastError',
  /** Lines received so far (the first sync's progress) and, once the pull reached its end, done. */
  linesReceived: 'linesReceived',
  /**
   * What the first sync's progress counts up to: lines received before the run's first page plus
   * the lines the server said were ahead of it (absent when the server does not say).
   */
  linesTotal: 'linesTotal',
  /** true once a pull ran to its end: the first sync is over. */
  caughtUp: 'caughtUp',
  /**
   * The partner's LEAP leaderboard as the server sends it: { [userId]: LeaderboardEntry }. One
   * entry per participant of one partner, read whole by one card: a value here, not a table.
   */
  leaderboard: 'leaderboard',
  /**
   * Elevate targets the vendor set for this partner: { ['partnerId|quarter']: VendorTarget }. A
   * few per year, read with the quarter's Elevate view: a value here, not a table.
   */
  elevateTargets: 'elevateTargets',
  /** Who this database belongs to: { userId, name, role, partnerId, serverUrl }. */
  account: 'account',
} as const;

/** A failure in words the status can translate; never a raw exception text alone. */
export type SyncError =
  | { readonly kind: 'unreachable' }
  /** The server answered 503: busy, or its database not answering. Nothing was stored; retried. */
  | { readonly kind: 'busy' }
  | { readonly kind: 'signedOut' }
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly code: string;
      readonly message: string;
    }
  | { readonly kind: 'demo' }
  | { readonly kind: 'internal'; readonly message: string };
