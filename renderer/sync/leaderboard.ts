import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../data/db';
import { SYNC_KEYS } from './keys';
import type { LeaderboardEntry } from './pulled-rows';

/** The server's LEAP leaderboard of the database in use, highest first (empty: none pulled). */
export function useServerLeaderboard(): readonly LeaderboardEntry[] {
  return (
    useLiveQuery(async () => {
      const stored = (await db.syncState.get(SYNC_KEYS.leaderboard))?.value;
      if (typeof stored !== 'object' || stored === null) return [];
      return Object.values(stored as Record<string, LeaderboardEntry>).sort(
        (a, b) => b.points - a.points || a.userId.localeCompare(b.userId),
      );
    }, []) ?? []
  );
}
