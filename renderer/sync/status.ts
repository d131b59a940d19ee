import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../data/db';

/**
 * Sync status as the app knows it today. The sync engine (push/pull against the server) arrives
 * with the sync-server issue and writes `serverUrl`, `lastPulledAt` and `lastError` here; until a
 * server address is set, the honest status is "local only" with the number of changes waiting.
 */
export type SyncState = 'local-only' | 'never-synced' | 'synced' | 'error';

export interface SyncStatus {
  readonly state: SyncState;
  readonly pending: number;
  readonly serverUrl: string | null;
  readonly lastPulledAt: string | null;
  readonly lastError: string | null;
}

export function useSyncStatus(): SyncStatus {
  return (
    useLiveQuery(async () => {
      const [pending, server, pulled, error] = await Promise.all([
        db.outbox.count(),
        db.syncState.get('serverUrl'),
        db.syncState.get('lastPulledAt'),
        db.syncState.get('lastError'),
      ]);
      const serverUrl = typeof server?.value === 'string' ? server.value : null;
      const lastPulledAt = typeof pulled?.value === 'string' ? pulled.value : null;
      const lastError = typeof error?.value === 'string' ? error.value : null;
      const state: SyncState = !serverUrl
        ? 'local-only'
        : lastError
          ? 'error'
          : lastPulledAt
            ? 'synced'
            : 'never-synced';
      return { state, pending, serverUrl, lastPulledAt, lastError };
    }, []) ?? {
      state: 'local-only',
      pending: 0,
      serverUrl: null,
      lastPulledAt: null,
      lastError: null,
    }
  );
}
