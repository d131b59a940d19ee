import type { PartnerRewardsDb } from './database';

/**
 * The outbox: local mutations waiting for the server, in order. Each gets the next mutationId of
 * this install; the sync engine pushes them and drops the ones the server acknowledges. Callers
 * run these inside a transaction that includes `outbox` and `syncState`, together with the write
 * the mutation describes, so a claim never exists without its mutation or the reverse.
 */
export const NEXT_MUTATION_ID = 'nextMutationId';

export async function enqueueMutation(
  db: PartnerRewardsDb,
  name: string,
  args: unknown,
  now: string,
): Promise<number> {
  const row = await db.syncState.get(NEXT_MUTATION_ID);
  const mutationId = typeof row?.value === 'number' ? row.value : 1;
  await db.syncState.put({ key: NEXT_MUTATION_ID, value: mutationId + 1 });
  await db.outbox.add({ mutationId, name, args, createdAt: now });
  return mutationId;
}

export async function pendingMutations(
  db: PartnerRewardsDb,
  limit = 100,
): Promise<{ seq: number; mutationId: number; name: string; args: unknown }[]> {
  const rows = await db.outbox.orderBy('seq').limit(limit).toArray();
  return rows.map((r) => ({
    seq: r.seq ?? 0,
    mutationId: r.mutationId,
    name: r.name,
    args: r.args,
  }));
}

/** Drops every mutation the server has acknowledged (ids up to lastMutationId). */
export async function acknowledgeMutations(
  db: PartnerRewardsDb,
  lastMutationId: number,
): Promise<number> {
  return db.outbox.where('mutationId').belowOrEqual(lastMutationId).delete();
}
