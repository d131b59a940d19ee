import { openDatabase, requestPersistentStorage, type PartnerRewardsDb } from '../db/index';

import { databaseName } from './db-name';

/** The app's one strict-durability connection. */

export const DB_NAME = databaseName();

let versionChangeListener: (() => void) | undefined;

export const db: PartnerRewardsDb = openDatabase(DB_NAME, {
  durability: 'strict',
  onVersionChange: () => versionChangeListener?.(),
});

export function onDatabaseReplaced(listener: () => void): void {
  versionChangeListener = listener;
}

export async function startDatabase(): Promise<void> {
  await db.open();
  // Asked for, not waited on: the answer is stored for Settings and must not delay the first screen.
  void requestPersistentStorage(db, new Date().toISOString()).catch(() => undefined);
}
