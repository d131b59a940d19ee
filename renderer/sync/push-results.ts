import { transition, type PushResponse } from '../../shared/index';
import { ClaimAggregateDelta, applyAggregateDelta } from '../db/aggregates';
import type { PartnerRewardsDb } from '../db/database';
import type { ClaimRow, OutboxRow } from '../db/rows';
import { claimIdOf } from './apply-page';

/** Who the history says moved a claim the server refused. */
export const SERVER_ACTOR = 'server';

/**
 * Records the server's answers to a push in ONE transaction: each outbox row keeps its answer
 * (dropped later, when a pull acknowledges it), and a refused claim mutation is written on the
 * claim with the server's reason: a refused `claim.create` makes the queued claim `rejected`
 * (it lets go of its line, aggregates by delta); any other refusal is kept as a note on the claim.
 */
export async function recordPushResults(
  db: PartnerRewardsDb,
  response: PushResponse,
  now: string,
): Promise<{ rejected: number }> {
  return db.transaction('rw', [db.outbox, db.claims, db.claimAggregates], async () => {
    const ids = response.results.map((r) => r.id);
    const rows = await db.outbox.where('mutationId').anyOf(ids).toArray();
    const byId = new Map(rows.map((r) => [r.mutationId, r] as const));
    const delta = new ClaimAggregateDelta();
    const updatedOutbox: OutboxRow[] = [];
    const claims = new Map<string, ClaimRow>();
    let rejected = 0;
    for (const result of response.results) {
      const row = byId.get(result.id);
      // Acknowledged and dropped already (an answer that came twice): nothing left to record.
      if (!row) continue;
      updatedOutbox.push({ ...row, result: result.status });
      if (result.status !== 'rejected') continue;
      rejected += 1;
      const claimId = claimIdOf(row);
      if (!claimId) continue;
      const claim = claims.get(claimId) ?? (await db.claims.get(claimId));
      if (!claim) continue;
      const syncRejection = {
        mutation: row.name,
        code: result.code,
        message: result.message,
        ...(result.details ? { details: result.details } : {}),
        at: now,
      };
      if (row.name === 'claim.create' && claim.status === 'queued') {
        const { activeKey: _released, ...rest } = claim;
        const next: ClaimRow = {
          ...rest,
          status: 'rejected',
          reason: result.message,
          updatedAt: now,
          history: [
            ...claim.history,
            transition('queued', 'rejected', SERVER_ACTOR, now, result.message),
          ],
          syncRejection,
        };
        delta.add(claim, -1);
        delta.add(next, 1);
        claims.set(claimId, next);
      } else {
        claims.set(claimId, { ...claim, syncRejection });
      }
    }
    if (updatedOutbox.length) await db.outbox.bulkPut(updatedOutbox);
    if (claims.size) await db.claims.bulkPut([...claims.values()]);
    await applyAggregateDelta(db.claimAggregates, delta);
    return { rejected };
  });
}
