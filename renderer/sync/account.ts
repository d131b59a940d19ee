import type { PartnerRewardsDb } from '../db/database';
import { SYNC_KEYS } from './keys';

/** Who a synced database belongs to: written at sign-in, in that database. */
export interface Account {
  readonly userId: string;
  readonly name: string;
  readonly role: 'rep' | 'manager' | 'partner_admin' | 'vendor_admin';
  readonly partnerId: string | null;
  readonly serverUrl: string;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable tag, not a secret. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * One local database per user and server (issue 8): signing in as someone else on the same
 * laptop opens another database, so nobody sees another user's data. The name carries a readable
 * part of the user id (for support) and hashes of both, within IndexedDB-friendly characters.
 */
export function databaseFor(serverUrl: string, userId: string): string {
  const readable = userId.replace(/[^\w-]/g, '_').slice(0, 24);
  return `pr-${fnv(serverUrl)}-${fnv(userId)}-${readable}`;
}

/** Where the platform's `secrets` keeps a database's session token (never localStorage). */
export const tokenKey = (databaseName: string) => `sync.token.${databaseName}`;

export async function readAccount(db: PartnerRewardsDb): Promise<Account | null> {
  const row = await db.syncState.get(SYNC_KEYS.account);
  const value = row?.value as Partial<Account> | undefined;
  return value && typeof value.userId === 'string' && typeof value.serverUrl === 'string'
    ? (value as Account)
    : null;
}
