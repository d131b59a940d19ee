import type { PartnerRewardsDb } from './database';

export const PERSISTENCE_SETTING = 'storagePersistence';

export interface PersistenceAnswer {
  readonly persisted: boolean;
  readonly supported: boolean;
  readonly askedAt: string;
}

/**
 * Asks the browser not to evict this app's data under storage pressure, and keeps the answer so
 * Settings can show it (a rep whose data is not persisted should back up more often).
 */
export async function requestPersistentStorage(
  db: PartnerRewardsDb,
  now: string,
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<PersistenceAnswer> {
  let answer: PersistenceAnswer;
  if (!storage?.persist) {
    answer = { persisted: false, supported: false, askedAt: now };
  } else {
    const already = await storage.persisted();
    answer = { persisted: already || (await storage.persist()), supported: true, askedAt: now };
  }
  await db.settings.put({ key: PERSISTENCE_SETTING, value: answer });
  return answer;
}
