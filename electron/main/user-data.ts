import { isAbsolute, resolve } from 'node:path';

/** The environment variable that moves the app's data (each end-to-end test gets its own). */
export const USER_DATA_ENV = 'PARTNER_REWARDS_USER_DATA';

/** The folder to use instead of the OS user-data folder, or null for the OS default. */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>, cwd: string) {
  const value = env[USER_DATA_ENV]?.trim();
  if (!value) return null;
  return isAbsolute(value) ? resolve(value) : resolve(cwd, value);
}
