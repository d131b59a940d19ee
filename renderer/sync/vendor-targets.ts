import type { PartnerRewardsDb } from '../db/database';
import { SYNC_KEYS } from './keys';
import type { VendorTarget } from './pulled-rows';

/** The Elevate target the vendor set for a partner's quarter, if the server sent one. */
export async function readVendorTarget(
  db: PartnerRewardsDb,
  partnerId: string,
  quarter: string,
): Promise<VendorTarget | undefined> {
  const stored = (await db.syncState.get(SYNC_KEYS.elevateTargets))?.value;
  if (typeof stored !== 'object' || stored === null) return undefined;
  return (stored as Record<string, VendorTarget | undefined>)[`${partnerId}|${quarter}`];
}
