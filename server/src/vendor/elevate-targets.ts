import { z } from 'zod';
import { parseQuarterKey } from '../../../shared/index';
import { audit } from '../audit';
import type { Db } from '../db/adapter';
import { FeedWriter, partnerScope } from '../sync/feed';

export const ElevateTargetSchema = z
  .object({
    partnerId: z.string().min(1).max(100),
    quarter: z.string().refine(
      (q) => {
        try {
          parseQuarterKey(q);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'a fiscal quarter such as FY2026-Q3' },
    ),
    // A whole number of cents, and no more than a reseller's quarter could plausibly reach.
    targetCents: z.number().int().positive().max(100_000_000_000),
  })
  .strict();
export type ElevateTargetInput = z.infer<typeof ElevateTargetSchema>;

export const ElevateTargetsRequestSchema = z
  .object({ targets: z.array(ElevateTargetSchema).min(1).max(10_000) })
  .strict();

export interface ElevateTargetOutcome {
  readonly partnerId: string;
  readonly quarter: string;
  readonly ok: boolean;
  readonly error?: string;
}

/** What a partner's users pull for a target the vendor set (kind 'elevateTarget'). */
export function elevateTargetFeedRow(target: ElevateTargetInput, at: Date) {
  const id = `${target.partnerId}|${target.quarter}`;
  return {
    scope: partnerScope(target.partnerId),
    kind: 'elevateTarget' as const,
    id,
    ownerId: null,
    data: { id, ...target, setAt: at.toISOString() },
  };
}

/**
 * The vendor sets a partner's Elevate target for a quarter (it overrides the one the shared
 * calculator derives from the previous quarters). Each target is its own transaction, refused
 * alone: for an unknown partner, or once the partner has accepted that quarter's target (the
 * accepted target is what the enrolment counts against). Reaches the partner's users on their
 * next pull.
 */
export async function setElevateTargets(
  db: Db,
  targets: readonly ElevateTargetInput[],
  actor: { id: string | null; address?: string | null },
  now: () => Date,
): Promise<ElevateTargetOutcome[]> {
  const outcomes: ElevateTargetOutcome[] = [];
  for (const target of targets) {
    const { partnerId, quarter } = target;
    outcomes.push(
      await db.transaction(async (tx) => {
        // The partner row locked against elevate.accept's FOR SHARE (mutations.ts): an acceptance
        // of this quarter either waits and then reads this target, or commits first and is seen
        // here. NO KEY UPDATE leaves an ingest's FOR KEY SHARE of the partner unblocked.
        const found = await tx.query<{ accepted: boolean }>(
          `select exists (select 1 from elevate_enrolments where partner_id = $1 and quarter = $2)
             as accepted
             from partners where id = $1 for no key update`,
          [partnerId, quarter],
        );
        const partner = found.rows[0];
        if (!partner) return { partnerId, quarter, ok: false, error: 'no such partner' };
        if (partner.accepted)
          return {
            partnerId,
            quarter,
            ok: false,
            error: 'the partner has accepted this quarter’s target already',
          };
        const at = now();
        await tx.query(
          `insert into elevate_targets (partner_id, quarter, target_cents) values ($1, $2, $3)
           on conflict (partner_id, quarter) do update set target_cents = excluded.target_cents`,
          [partnerId, quarter, target.targetCents],
        );
        await audit(tx, {
          at,
          actorId: actor.id,
          action: 'elevate.target',
          subject: `${partnerId}|${quarter}`,
          address: actor.address ?? null,
          detail: { targetCents: target.targetCents },
        });
        const feed = new FeedWriter();
        feed.put(elevateTargetFeedRow(target, at));
        await feed.flush(tx);
        return { partnerId, quarter, ok: true };
      }),
    );
  }
  return outcomes;
}
