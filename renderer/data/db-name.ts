/** localStorage key of the database chosen at sign-in (a database name, never a secret). */
export const DATABASE_KEY = 'partner-rewards.database';

/** The database used before any sign-in, and after a sign-out (unless `?db=` names another). */
export const LOCAL_DB_NAME = 'partner-rewards';

const VALID = /^[\w-]{1,64}$/;

/**
 * The app's database name. Tests may pick one with `?db=name` so that each has its own storage;
 * otherwise the one chosen at the last sign-in (one database per user and server), else the
 * local one.
 */
export function databaseName(): string {
  const requested = new URLSearchParams(window.location.search).get('db');
  if (requested && VALID.test(requested)) return requested;
  let chosen: string | null = null;
  try {
    chosen = window.localStorage.getItem(DATABASE_KEY);
  } catch {
    // Storage refused (privacy mode): the local database.
  }
  return chosen && VALID.test(chosen) ? chosen : LOCAL_DB_NAME;
}

/** The database of work done without signing in: `?db=` for tests, else the default. */
export function localDatabaseName(): string {
  const requested = new URLSearchParams(window.location.search).get('db');
  return requested && VALID.test(requested) ? requested : LOCAL_DB_NAME;
}

export function rememberDatabase(name: string): void {
  try {
    if (name === localDatabaseName()) window.localStorage.removeItem(DATABASE_KEY);
    else window.localStorage.setItem(DATABASE_KEY, name);
  } catch {
    // Not remembered: the next start opens the local database and asks to sign in again.
  }
}
