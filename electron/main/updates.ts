/** The update feed (electron-updater's generic provider): off unless this is set. */
export const UPDATE_FEED_ENV = 'PARTNER_REWARDS_UPDATE_URL';

/** The https feed URL to check, or null: updates stay off. */
export function updateFeedUrl(env: Readonly<Record<string, string | undefined>>): string | null {
  const raw = env[UPDATE_FEED_ENV]?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}
