import Papa from 'papaparse';
import { z } from 'zod';
import { isInputError, transition, type ClaimStatus } from '../../../shared/index';
import { audit } from '../audit';
import type { Db } from '../db/adapter';
import { FeedWriter } from '../sync/feed';
import { CLAIM_COLUMNS, claimFeedRow, type ClaimDbRow } from '../sync/rows';

export const DecisionSchema = z
  .object({
    claimId: z.string().min(1).max(200),
    decision: z.enum(['approved', 'rejected', 'paid']),
    reason: z.string().max(1000).optional(),
  })
  .strict();
export type Decision = z.infer<typeof DecisionSchema>;
export const DecisionsRequestSchema = z
  .object({ decisions: z.array(DecisionSchema).min(1).max(10_000) })
  .strict();

export interface DecisionOutcome {
  readonly claimId: string;
  readonly ok: boolean;
  readonly status?: ClaimStatus;
  readonly error?: string;
}

/**
 * submitted → approved / rejected (with a reason) → paid, by the shared claim table; an illegal
 * move is refused for that claim alone. Each decision is its own transaction and reaches the rep
 * on its next pull through the partner's feed.
 */
export async function decideClaims(
  db: Db,
  decisions: readonly Decision[],
  actor: { id: string | null; address?: string | null },
  now: () => Date,
): Promise<DecisionOutcome[]> {
  const outcomes: DecisionOutcome[] = [];
  for (const decision of decisions) {
    outcomes.push(
      await db.transaction(async (tx) => {
        const found = await tx.query<ClaimDbRow>(
          `select ${CLAIM_COLUMNS} from claims where id = $1 for update`,
          [decision.claimId],
        );
        const claim = found.rows[0];
        if (!claim) return { claimId: decision.claimId, ok: false, error: 'no such claim' };
        const at = now();
        let change;
        try {
          change = transition(
            claim.status as ClaimStatus,
            decision.decision,
            actor.id ?? 'vendor',
            at.toISOString(),
            decision.reason,
          );
        } catch (error) {
          if (isInputError(error))
            return { claimId: decision.claimId, ok: false, error: error.message };
          throw error;
        }
        const updated = await tx.query<ClaimDbRow>(
          `update claims set status = $2, reason = coalesce($3, reason), updated_at = $4, history = history || $5::jsonb
            where id = $1 returning ${CLAIM_COLUMNS}`,
          [
            claim.id,
            decision.decision,
            decision.reason ?? null,
            at.toISOString(),
            JSON.stringify([change]),
          ],
        );
        await audit(tx, {
          at,
          actorId: actor.id,
          action: `claim.${decision.decision}`,
          subject: claim.id,
          address: actor.address ?? null,
          detail: decision.reason ? { reason: decision.reason } : null,
        });
        const feed = new FeedWriter();
        if (updated.rows[0]) feed.put(claimFeedRow(updated.rows[0]));
        await feed.flush(tx);
        return { claimId: decision.claimId, ok: true, status: decision.decision };
      }),
    );
  }
  return outcomes;
}

/** A decisions CSV: a header row with claim id, decision, reason (any order, case-insensitive). */
export function parseDecisionsCsv(text: string): { decisions: Decision[]; errors: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, ''),
  });
  const decisions: Decision[] = [];
  const errors: string[] = [];
  parsed.data.forEach((row, i) => {
    const candidate = {
      claimId: (row.claimid ?? '').trim(),
      decision: (row.decision ?? '').trim().toLowerCase(),
      ...(row.reason?.trim() ? { reason: row.reason.trim() } : {}),
    };
    const result = DecisionSchema.safeParse(candidate);
    if (result.success) decisions.push(result.data);
    else
      errors.push(
        `row ${i + 2}: ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
  });
  return { decisions, errors };
}
