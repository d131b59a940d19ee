/**
 * One sync run at a time across the app's windows and tabs: the Web Locks API where the host has
 * it (every current browser, Electron), else a lock inside this JavaScript realm (Node tests,
 * old hosts), which still keeps one window's triggers from overlapping.
 *
 * `ifAvailable`: when another window holds the lock it is syncing this very database; waiting
 * would only run a second time for nothing, so this window skips and its screens see the other
 * window's writes through IndexedDB.
 */
export type RunExclusive = <T>(name: string, fn: () => Promise<T>) => Promise<T | 'busy'>;

interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

const held = new Set<string>();

export const inRealmLock: RunExclusive = async (name, fn) => {
  if (held.has(name)) return 'busy';
  held.add(name);
  try {
    return await fn();
  } finally {
    held.delete(name);
  }
};

export function webLock(locks: LockManagerLike): RunExclusive {
  return (name, fn) =>
    locks.request(name, { ifAvailable: true }, async (lock) => (lock === null ? 'busy' : fn()));
}

/** The best lock this host offers. */
export function defaultLock(): RunExclusive {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks ? webLock(locks) : inRealmLock;
}
