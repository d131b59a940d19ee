import { create } from 'zustand';
import { PULL_MAX_LIMIT } from '../../shared/index';
import { db, DB_NAME, switchDatabase } from '../data/db';
import { openDatabase, type PartnerRewardsDb } from '../db/index';
import { localDatabaseName } from '../data/db-name';
import { signIn, type CallOutcome } from '../features/settings/server';
import { platform } from '../platform/index';
import { useUi } from '../state/ui-store';
import { databaseFor, readAccount, tokenKey, type Account } from './account';
import { syncOnce } from './engine';
import { SYNC_KEYS } from './keys';
import { defaultLock } from './lock';
import { SyncScheduler } from './scheduler';
import { refreshTeam } from './team';
import { httpTransport } from './transport';

/**
 * The app's sync: one scheduler for the database in use, started when the app starts or a user
 * signs in, stopped at sign-out. The engine itself (engine.ts) knows nothing of windows, timers
 * or the platform; this file is where they meet.
 */

/** Whether a run is going on in this window (the status shows "syncing"). */
export const useSyncRun = create<{ running: boolean }>(() => ({ running: false }));

let scheduler: SyncScheduler | null = null;
let engineConnection: PartnerRewardsDb | null = null;

export function stopSync(): void {
  scheduler?.stop();
  scheduler = null;
  // A run still going finishes its current transaction first (Dexie waits for it on close).
  engineConnection?.close();
  engineConnection = null;
}

/** Starts syncing the database in use if it belongs to a signed-in account; else does nothing. */
export async function startSync(): Promise<void> {
  stopSync();
  const database = db;
  const name = DB_NAME;
  const account = await readAccount(database);
  if (!account) return;
  // The engine writes through its own connection with relaxed durability (as the import worker
  // does): a page is one transaction with its cursor, so a page lost to a power cut is pulled
  // again; strict flushing of 200 pages to disk would triple a first sync's time. Screens see
  // its writes through Dexie's change events like any other connection's.
  const engineDb = openDatabase(name, { durability: 'relaxed' });
  const transport = httpTransport({
    baseUrl: account.serverUrl,
    token: () => platform.secrets.get(tokenKey(name)),
  });
  const started = new SyncScheduler({
    run: async () => {
      useSyncRun.setState({ running: true });
      try {
        const result = await syncOnce({
          db: engineDb,
          transport,
          now: () => new Date(),
          // The largest page the server gives: half the transactions of a first sync.
          pullLimit: PULL_MAX_LIMIT,
        });
        // The team's names after a good run; a failure here waits for the next run.
        if (result.ok) await refreshTeam(engineDb, transport, new Date()).catch(() => false);
        return result;
      } finally {
        useSyncRun.setState({ running: false });
      }
    },
    lock: defaultLock(),
    lockName: `partner-rewards-sync:${name}`,
    random: Math.random,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    onOnline: (fn) => {
      window.addEventListener('online', fn);
      return () => window.removeEventListener('online', fn);
    },
  });
  scheduler = started;
  engineConnection = engineDb;
  started.start();
}

/** "Sync now": runs at once (a signed-out or stopped app starts again). */
export async function syncNow(): Promise<void> {
  if (!scheduler) await startSync();
  await scheduler?.syncNow();
}

export type SignInOutcome = CallOutcome | { readonly kind: 'notPartnerUser' };

/**
 * Signs in and moves the app to that user's database on that server (made on first sign-in):
 * the token goes to the platform's `secrets` only; the account is written in the new database;
 * the first sync starts at once. The database in use before stays as it was (its own changes
 * are kept on this computer).
 */
export async function signInAndSync(
  serverUrl: string,
  credentials: { readonly username: string; readonly password: string },
): Promise<SignInOutcome> {
  const outcome = await signIn(serverUrl, credentials);
  if (outcome.kind !== 'ok') return outcome;
  const { token, user } = outcome;
  if (!token || !user) return { kind: 'badResponse' };
  // Only a partner's reps and managers have data to sync; admins use the server's own tools.
  if (!user.partnerId || (user.role !== 'rep' && user.role !== 'manager'))
    return { kind: 'notPartnerUser' };
  const name = databaseFor(serverUrl, user.id);
  await platform.secrets.set(tokenKey(name), token);
  stopSync();
  await switchDatabase(name);
  const account: Account = {
    userId: user.id,
    name: user.name,
    role: user.role,
    partnerId: user.partnerId,
    serverUrl,
  };
  await db.transaction('rw', [db.syncState, db.users], async () => {
    await db.syncState.bulkPut([
      { key: SYNC_KEYS.serverUrl, value: serverUrl },
      { key: SYNC_KEYS.account, value: account },
    ]);
    await db.syncState.delete(SYNC_KEYS.lastError);
    const partnerId = user.partnerId ?? '';
    const role = user.role === 'manager' ? 'manager' : 'rep';
    const known = await db.users.get(user.id);
    await db.users.put({
      id: user.id,
      name: user.name,
      role,
      partnerId,
      canAcceptTargets: known?.canAcceptTargets ?? false,
      mayClaim: known?.mayClaim ?? true,
    });
  });
  useUi.getState().setUser(user.id);
  await startSync();
  return outcome;
}

/**
 * Signs out: the token is forgotten (and the server told, if it answers); the app goes back to
 * the local database. The user's database stays on this computer with its outbox, for the next
 * sign-in; nothing of it is shown meanwhile.
 */
export async function signOut(): Promise<void> {
  stopSync();
  const name = DB_NAME;
  const account = await readAccount(db);
  const token = await platform.secrets.get(tokenKey(name));
  await platform.secrets.delete(tokenKey(name));
  if (account && token)
    void fetch(`${account.serverUrl}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    }).catch(() => undefined);
  useUi.getState().setUser(null);
  await switchDatabase(localDatabaseName());
}
