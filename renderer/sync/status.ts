import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../data/db';
import { isDemoDatabase } from './engine';
import { readAccount, type Account } from './account';
import { useSyncRun } from './controller';
import { SYNC_KEYS, type SyncError } from './keys';
import { describeStatus, type SyncState } from './status-model';

export type { SyncState } from './status-model';

export interface SyncStatus {
  readonly state: SyncState;
  /** Changes waiting in the outbox (not yet acknowledged by the server). */
  readonly pending: number;
  readonly serverUrl: string | null;
  readonly account: Account | null;
  readonly lastPulledAt: string | null;
  readonly lastError: SyncError | null;
  /** Lines received by the first sync so far, and whether it has reached the end. */
  readonly linesReceived: number;
  /** What the first sync counts up to, when the server said (null: not known). */
  readonly linesTotal: number | null;
  readonly caughtUp: boolean;
}

const EMPTY: SyncStatus = {
  state: 'local-only',
  pending: 0,
  serverUrl: null,
  account: null,
  lastPulledAt: null,
  lastError: null,
  linesReceived: 0,
  linesTotal: null,
  caughtUp: false,
};

/** The sync status of the database in use, live: what the header badge and Settings show. */
export function useSyncStatus(): SyncStatus {
  const running = useSyncRun((s) => s.running);
  const stored = useLiveQuery(async () => {
    const [pending, rows, account, demo] = await Promise.all([
      db.outbox.count(),
      db.syncState.bulkGet([
        SYNC_KEYS.serverUrl,
        SYNC_KEYS.lastSuccessAt,
        SYNC_KEYS.lastError,
        SYNC_KEYS.linesReceived,
        SYNC_KEYS.linesTotal,
        SYNC_KEYS.caughtUp,
      ]),
      readAccount(db),
      isDemoDatabase(db),
    ]);
    const [server, success, error, received, total, caughtUp] = rows.map((r) => r?.value);
    return {
      pending,
      serverUrl: typeof server === 'string' ? server : null,
      account,
      lastPulledAt: typeof success === 'string' ? success : null,
      lastError: (error as SyncError | undefined) ?? null,
      linesReceived: typeof received === 'number' ? received : 0,
      linesTotal: typeof total === 'number' ? total : null,
      caughtUp: caughtUp === true,
      demo,
    };
  }, []);
  if (!stored) return EMPTY;
  const { demo, ...status } = stored;
  return {
    ...status,
    state: describeStatus({
      signedIn: status.account !== null,
      demo,
      running,
      lastError: status.lastError,
      lastSuccessAt: status.lastPulledAt,
    }),
  };
}
