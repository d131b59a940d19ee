import {
  elevateLevel,
  leapBalance,
  parseQuarterKey,
  quarterStart,
  ruleInForce,
  transition,
  addDays,
  isInputError,
  type ClaimStatus,
  type Family,
  type MutationArgs,
  type MutationName,
} from '../../../shared/index';
import type { AuthUser } from '../auth/sessions';
import { createClaims } from './claim-create';
import { Rejection, parseArgs, today, type MutationContext } from './mutation-context';
import { partnerScope } from './feed';
import { CLAIM_COLUMNS, claimFeedRow, day, type ClaimDbRow } from './rows';

export { Rejection, type MutationContext };

function requirePartner(user: AuthUser): string {
  if (!user.partnerId) throw new Rejection('not_permitted', 'Only a partner’s users sync data.');
  return user.partnerId;
}

async function claimWithdraw(ctx: MutationContext, args: MutationArgs['claim.withdraw']) {
  requirePartner(ctx.user);
  const found = await ctx.tx.query<ClaimDbRow>(
    `select ${CLAIM_COLUMNS} from claims where id = $1 and rep_id = $2 for update`,
    [args.claimId, ctx.user.id],
  );
  const claim = found.rows[0];
  if (!claim) throw new Rejection('claim_not_found', 'No such claim of this rep.');
  let change;
  try {
    change = transition(
      claim.status as ClaimStatus,
      'withdrawn',
      ctx.user.id,
      ctx.now.toISOString(),
    );
  } catch (error) {
    if (isInputError(error))
      throw new Rejection('illegal_transition', `A ${claim.status} claim cannot be withdrawn.`, {
        status: claim.status,
      });
    throw error;
  }
  const updated = await ctx.tx.query<ClaimDbRow>(
    `update claims set status = 'withdrawn', updated_at = $2, history = history || $3::jsonb
      where id = $1 returning ${CLAIM_COLUMNS}`,
    [claim.id, ctx.now.toISOString(), JSON.stringify([change])],
  );
  if (updated.rows[0]) ctx.feed.put(claimFeedRow(updated.rows[0]));
}

async function elevateAccept(ctx: MutationContext, args: MutationArgs['elevate.accept']) {
  const partnerId = requirePartner(ctx.user);
  if (!ctx.user.mayAcceptElevate)
    throw new Rejection('not_permitted', 'This user may not accept Elevate targets.');
  if (args.partnerId !== partnerId || args.acceptedBy !== ctx.user.id)
    throw new Rejection(
      'not_permitted',
      'An Elevate target is accepted for one’s own partner only.',
    );
  // Accepted offline and pushed later counts on the day it was accepted, but never a day that
  // has not come yet on the server's clock (one day of slack for time zones).
  if (args.acceptedOn > addDays(today(ctx.now), 1))
    throw new Rejection('invalid_args', `acceptedOn ${args.acceptedOn} is in the future.`);
  let rules, level;
  try {
    const start = quarterStart(parseQuarterKey(args.quarter));
    rules = ruleInForce('elevate', start, ctx.rules);
    level = elevateLevel({ quarterStart: start, acceptedOn: args.acceptedOn }, rules);
  } catch (error) {
    if (isInputError(error)) throw new Rejection('invalid_args', error.message);
    throw error;
  }
  // The vendor's target for the quarter, if it set one; the partner row is locked FOR SHARE so a
  // target being set now (vendor/elevate-targets.ts) is waited for, not raced past.
  const target = await ctx.tx.query<{ target_cents: string | null }>(
    `select (select target_cents::text from elevate_targets where partner_id = $1 and quarter = $2)
       as target_cents
       from partners where id = $1 for share`,
    [partnerId, args.quarter],
  );
  const vendorTarget = target.rows[0]?.target_cents;
  const targetCents = vendorTarget ? Number(vendorTarget) : args.targetCents;
  const inserted = await ctx.tx.query(
    `insert into elevate_enrolments (partner_id, quarter, target_cents, accepted_on, level, accepted_by, accepted_at, rule_version)
     values ($1,$2,$3,$4,$5,$6,$7,$8) on conflict do nothing`,
    [
      partnerId,
      args.quarter,
      targetCents,
      args.acceptedOn,
      level,
      ctx.user.id,
      ctx.now.toISOString(),
      rules.version,
    ],
  );
  if (inserted.rowCount === 0)
    throw new Rejection('already_accepted', `The ${args.quarter} target was already accepted.`, {
      quarter: args.quarter,
    });
  ctx.feed.put({
    scope: partnerScope(partnerId),
    kind: 'elevateEnrolment',
    id: `${partnerId}|${args.quarter}`,
    ownerId: null,
    data: {
      id: `${partnerId}|${args.quarter}`,
      partnerId,
      quarter: args.quarter,
      targetCents,
      acceptedOn: args.acceptedOn,
      level,
      acceptedBy: ctx.user.id,
      acceptedAt: ctx.now.toISOString(),
      ruleVersion: rules.version,
    },
  });
}

async function leapActivity(ctx: MutationContext, args: MutationArgs['leap.activity']) {
  const partnerId = requirePartner(ctx.user);
  if (args.userId !== ctx.user.id)
    throw new Rejection('not_permitted', 'LEAP activities are recorded by their participant only.');
  if (args.completedOn > addDays(today(ctx.now), 1))
    throw new Rejection('invalid_args', `completedOn ${args.completedOn} is in the future.`);
  const inserted = await ctx.tx.query(
    `insert into leap_activities (id, user_id, partner_id, kind, title, completed_on, points)
     values ($1,$2,$3,$4,$5,$6,$7) on conflict do nothing`,
    [args.id, ctx.user.id, partnerId, args.kind, args.title, args.completedOn, args.points],
  );
  if (inserted.rowCount === 0)
    throw new Rejection('duplicate_id', 'This activity is recorded already.');
  ctx.feed.put({
    scope: partnerScope(partnerId),
    kind: 'leapActivity',
    id: args.id,
    ownerId: ctx.user.id,
    data: { ...args },
  });
  await refreshLeaderboard(ctx, partnerId);
}

/** The partner's LEAP leaderboard: points per participant; a name only with its owner's consent. */
async function refreshLeaderboard(ctx: MutationContext, partnerId: string) {
  const result = await ctx.tx.query<{ id: string; name: string; consent: boolean; points: string }>(
    `select u.id, u.name, u.leaderboard_consent as consent, coalesce(sum(a.points), 0)::text as points
       from users u join leap_activities a on a.user_id = u.id
      where u.partner_id = $1 and a.user_id = $2 group by u.id`,
    [partnerId, ctx.user.id],
  );
  for (const row of result.rows)
    ctx.feed.put({
      scope: partnerScope(partnerId),
      kind: 'leaderboardEntry',
      id: row.id,
      ownerId: null,
      data: { userId: row.id, name: row.consent ? row.name : null, points: Number(row.points) },
    });
}

async function leapRedeem(ctx: MutationContext, args: MutationArgs['leap.redeem']) {
  const partnerId = requirePartner(ctx.user);
  if (args.userId !== ctx.user.id)
    throw new Rejection('not_permitted', 'Points are redeemed by their owner only.');
  const asOf = today(ctx.now);
  // One user's redemptions are serialised so two devices cannot spend the same points: the push
  // took the user's row FOR UPDATE before it read or wrote any of the push's data (push.ts,
  // lockFor). One after the other: a connection runs one statement at a time whatever is asked
  // of it at once.
  const activities = await ctx.tx.query<{ kind: string; completed_on: unknown; points: number }>(
    'select kind, completed_on, points from leap_activities where user_id = $1',
    [ctx.user.id],
  );
  const redemptions = await ctx.tx.query<{ points: number; requested_on: unknown; status: string }>(
    'select points, requested_on, status from leap_redemptions where user_id = $1',
    [ctx.user.id],
  );
  const sales = await ctx.tx.query<{ family: string; units: number; created_at: unknown }>(
    `select family, units, created_at from claims
      where rep_id = $1 and program = 'leap' and status in ('approved','paid')`,
    [ctx.user.id],
  );
  let balance;
  try {
    balance = leapBalance(
      {
        asOf,
        activities: activities.rows.map((a) => ({
          kind: a.kind as never,
          completedOn: day(a.completed_on),
          points: a.points,
        })),
        sales: sales.rows.map((s) => ({
          family: s.family as Family,
          quantity: s.units,
          claimedOn: day(s.created_at),
        })),
        redemptions: redemptions.rows.map((r) => ({
          points: r.points,
          requestedOn: day(r.requested_on),
          status: r.status as never,
        })),
      },
      ruleInForce('leap', asOf, ctx.rules),
    );
  } catch (error) {
    if (isInputError(error)) throw new Rejection('invalid_args', error.message);
    throw error;
  }
  if (balance.balancePoints < args.points)
    throw new Rejection(
      'insufficient_points',
      `${args.points} points requested, ${balance.balancePoints} available.`,
      { requested: args.points, available: balance.balancePoints },
    );
  const inserted = await ctx.tx.query(
    `insert into leap_redemptions (id, user_id, partner_id, reward_id, points, requested_on, status)
     values ($1,$2,$3,$4,$5,$6,'requested') on conflict do nothing`,
    [args.id, ctx.user.id, partnerId, args.rewardId, args.points, args.requestedOn],
  );
  if (inserted.rowCount === 0)
    throw new Rejection('duplicate_id', 'This redemption exists already.');
  ctx.feed.put({
    scope: partnerScope(partnerId),
    kind: 'leapRedemption',
    id: args.id,
    ownerId: ctx.user.id,
    data: { ...args, status: 'requested' },
  });
}

/**
 * Mutations whose handler refuses only before it writes, and whose one write cannot fail on a
 * conflict: a push runs them without a savepoint (two round trips fewer per claim).
 */
const WITHOUT_SAVEPOINT: ReadonlySet<string> = new Set<MutationName>(['claim.create']);

export function needsSavepoint(name: string): boolean {
  return !WITHOUT_SAVEPOINT.has(name);
}

type Handler<N extends MutationName> = (
  ctx: MutationContext,
  args: MutationArgs[N],
) => Promise<void>;
const HANDLERS: { [N in MutationName]: Handler<N> } = {
  'claim.create': async (ctx, args) => {
    const [rejection] = await createClaims(ctx, [args]);
    if (rejection) throw rejection;
  },
  'claim.withdraw': claimWithdraw,
  'elevate.accept': elevateAccept,
  'leap.activity': leapActivity,
  'leap.redeem': leapRedeem,
};

function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(HANDLERS, name);
}

/** Validates the args with the shared schema and runs the handler; refusals throw Rejection. */
export async function applyMutation(
  ctx: MutationContext,
  name: string,
  args: unknown,
): Promise<void> {
  if (!isMutationName(name)) throw new Rejection('unknown_mutation', `Unknown mutation "${name}".`);
  await (HANDLERS[name] as Handler<typeof name>)(ctx, parseArgs(name, args) as never);
}
