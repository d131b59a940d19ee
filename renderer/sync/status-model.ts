import type { SyncError } from './keys';

/**
 * One word for where sync stands, in order of what matters most to the rep:
 * local-only (no account: everything stays on this computer), demo (demo data never syncs),
 * signed-out (the session ended: changes wait, sign in again), syncing, error (the last run
 * failed), never-synced, synced.
 */
export type SyncState =
  'local-only' | 'demo' | 'signed-out' | 'syncing' | 'error' | 'never-synced' | 'synced';

export function describeStatus(input: {
  readonly signedIn: boolean;
  readonly demo: boolean;
  readonly running: boolean;
  readonly lastError: SyncError | null;
  readonly lastSuccessAt: string | null;
}): SyncState {
  if (!input.signedIn) return input.demo ? 'demo' : 'local-only';
  if (input.demo || input.lastError?.kind === 'demo') return 'demo';
  if (input.lastError?.kind === 'signedOut') return 'signed-out';
  if (input.running) return 'syncing';
  if (input.lastError) return 'error';
  return input.lastSuccessAt ? 'synced' : 'never-synced';
}

/** The i18n key and values that say a sync error in words. */
export function errorMessage(error: SyncError): {
  key: string;
  values?: Record<string, string | number>;
} {
  switch (error.kind) {
    case 'unreachable':
      return { key: 'sync.error.unreachable' };
    case 'busy':
      return { key: 'sync.error.busy' };
    case 'signedOut':
      return { key: 'sync.error.signedOut' };
    case 'demo':
      return { key: 'sync.error.demo' };
    case 'refused':
      return {
        key: 'sync.error.refused',
        values: { status: error.status, message: error.message },
      };
    case 'internal':
      return { key: 'sync.error.internal', values: { message: error.message } };
  }
}
