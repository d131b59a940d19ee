import { openDatabase, requestPersistentStorage, type PartnerRewardsDb } from '../db/index';

import { databaseName, rememberDatabase } from './db-name';

/**
 * The app's one strict-durability connection. Which database it is can change at sign-in and
 * sign-out (one database per user and server): `db` and `DB_NAME` are live bindings, so every
 * module reads the current one when it runs a query, and the App remounts its screens (their
 * live queries) when `onDatabaseSwitched` fires.
 */

// A live binding on purpose (see above).
export let DB_NAME = databaseName();

let versionChangeListener: (() => void) | undefined;
const switchListeners = new Set<() => void>();

function open(name: string): PartnerRewardsDb {
  return openDatabase(name, {
    durability: 'strict',
    onVersionChange: () => versionChangeListener?.(),
  });
}

// A live binding on purpose (see above).
export let db: PartnerRewardsDb = open(DB_NAME);

export function onDatabaseReplaced(listener: () => void): void {
  versionChangeListener = listener;
}

export function onDatabaseSwitched(listener: () => void): () => void {
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}

export async function startDatabase(): Promise<void> {
  await db.open();
  // Asked for, not waited on: the answer is stored for Settings and must not delay the first screen.
  void requestPersistentStorage(db, new Date().toISOString()).catch(() => undefined);
}

/** Opens another database (a sign-in or sign-out) and makes it the app's; the previous one closes. */
export async function switchDatabase(name: string): Promise<void> {
  rememberDatabase(name);
  if (name === DB_NAME) return;
  const previous = db;
  const next = open(name);
  await next.open();
  DB_NAME = name;
  db = next;
  previous.close();
  for (const listener of switchListeners) listener();
}
