import { parseRuleVersion, type RuleVersion } from '../../../shared/index';
import { audit } from '../audit';
import type { Db, Queryable } from '../db/adapter';
import { FeedWriter, VENDOR_SCOPE } from '../sync/feed';

export class RuleVersionExists extends Error {
  override readonly name = 'RuleVersionExists';
}

export async function storeRuleVersion(
  tx: Queryable,
  rules: RuleVersion,
  by: string | null,
  at: Date,
  feed: FeedWriter,
) {
  const inserted = await tx.query(
    `insert into rule_versions (version, program, effective_from, data, published_by, published_at)
     values ($1,$2,$3,$4,$5,$6) on conflict do nothing`,
    [
      rules.version,
      rules.program,
      rules.effectiveFrom,
      JSON.stringify(rules),
      by,
      at.toISOString(),
    ],
  );
  if (inserted.rowCount === 0)
    throw new RuleVersionExists(`Rule version ${rules.version} exists; versions are never edited.`);
  feed.put({
    scope: VENDOR_SCOPE,
    kind: 'ruleVersion',
    id: rules.version,
    ownerId: null,
    data: { ...rules },
  });
}

/** Validates with the shared rule schemas (throws InputError naming the field) and publishes. */
export async function publishRuleVersion(
  db: Db,
  body: unknown,
  actor: { id: string | null; address?: string | null },
  now: Date,
): Promise<RuleVersion> {
  const rules = parseRuleVersion(body);
  await db.transaction(async (tx) => {
    const feed = new FeedWriter();
    await storeRuleVersion(tx, rules, actor.id, now, feed);
    await audit(tx, {
      at: now,
      actorId: actor.id,
      action: 'rules.publish',
      subject: rules.version,
      address: actor.address ?? null,
    });
    await feed.flush(tx);
  });
  return rules;
}
