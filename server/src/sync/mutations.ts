import {
  MUTATION_ARGS,
  applyBps,
  checkClaim,
  elevateLevel,
  isDcg,
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
  type ReasonCode,
  type RuleVersion,
  type ClaimWarning,
} from '../../../shared/index';
import type { AuthUser } from '../auth/sessions';
import type { Queryable } from '../db/adapter';
import { partnerScope, type FeedWriter } from './feed';
import {
  CLAIM_COLUMNS,
  LINE_COLUMNS,
  claimFeedRow,
  day,
  lineData,
  type ClaimDbRow,
  type InvoiceLineDbRow,
} from './rows';

/** A mutation refused for good: recorded with its reason, and the client moves on. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
  constructor(
    readonly code: ReasonCode,
    message: string,
  ) {
    super(message);
  }
}

export interface MutationContext {
  readonly tx: Queryable;
  readonly user: AuthUser;
  /** The server's clock (never the client's). */
  readonly now: Date;
  readonly rules: readonly RuleVersion[];
  readonly feed: FeedWriter;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

function requirePartner(user: AuthUser): string {
  if (!user.partnerId) throw new Rejection('not_permitted', 'Only a partner’s users sync data.');
  return user.partnerId;
}

const WARNING_MESSAGES: Record<ClaimWarning['code'], (w: ClaimWarning) => string> = {
  family_not_eligible: () => 'This product family earns no SPIFF.',
  already_claimed: () => 'This line is already claimed for this program.',
  outside_claim_window: (w) =>
    `The claim window closed on ${'lastDay' in w ? w.lastDay : 'its last day'}.`,
  line_in_future: (w) => `The invoice is dated ${'date' in w ? w.date : 'later'}, after today.`,
  over_spiff_cap: (w) =>
    `The quarterly SPIFF cap (${'capCents' in w ? w.capCents / 100 : ''}) is already reached.`,
  customer_name_mismatch: () => 'The end-customer name differs from the nominated one.',
};

async function claimCreate(ctx: MutationContext, args: MutationArgs['claim.create']) {
  const partnerId = requirePartner(ctx.user);
  if (!ctx.user.mayClaim || (ctx.user.role !== 'rep' && ctx.user.role !== 'manager'))
    throw new Rejection('not_permitted', 'This user may not claim.');
  if (args.repId !== ctx.user.id)
    throw new Rejection('not_permitted', 'A claim is made by the signed-in rep only.');
  // Another partner's line reads as "not found": its existence is not this user's business.
  // One round trip: the line, the line's claims (any status) and the rep's SPIFF total of the
  // line's quarter.
  const found = await ctx.tx.query<
    InvoiceLineDbRow & {
      existing: { line_key: string; program: string; status: string; rep_id: string }[];
      spiff_total: string;
    }
  >(
    `select ${LINE_COLUMNS},
       (select coalesce(json_agg(json_build_object('line_key', c.line_key, 'program', c.program,
                 'status', c.status, 'rep_id', c.rep_id)), '[]'::json)
          from claims c where c.line_key = l.key) as existing,
       (select coalesce(sum(s.amount), 0)::text from claims s
         where s.rep_id = $3 and s.quarter = l.quarter and s.program = 'spiff'
           and s.status in ('draft','queued','submitted','approved','paid')) as spiff_total
       from invoice_lines l where l.key = $1 and l.partner_id = $2`,
    [args.lineKey, partnerId, ctx.user.id],
  );
  const row = found.rows[0];
  if (!row) throw new Rejection('line_not_found', 'No such invoice line for this partner.');
  const line = lineData(row) as {
    key: string;
    date: string;
    quarter: string;
    family: Family;
    quantity: number;
    lineTotalCents: number;
    currency: 'USD' | 'EUR';
    customerName: string;
  };
  const onDate = line.date;
  let spiff, deal, leap;
  try {
    spiff = ruleInForce('spiff', onDate, ctx.rules);
    deal = ruleInForce('deal', onDate, ctx.rules);
    leap = ruleInForce('leap', onDate, ctx.rules);
  } catch (error) {
    if (isInputError(error)) throw new Rejection('no_rule_in_force', error.message);
    throw error;
  }
  const warnings = checkClaim(
    {
      line: lineData(row) as unknown as Parameters<typeof checkClaim>[0]['line'],
      program: args.program,
      repId: ctx.user.id,
      today: today(ctx.now),
      existingClaims: row.existing.map((c) => ({
        lineKey: c.line_key,
        program: c.program as never,
        status: c.status as ClaimStatus,
        repId: c.rep_id,
      })),
      spiffClaimedThisQuarterCents: Number(row.spiff_total),
      ...(args.nominatedCustomerName !== undefined
        ? { nominatedCustomerName: args.nominatedCustomerName }
        : {}),
    },
    spiff,
  );
  const value =
    args.program === 'spiff'
      ? {
          amount: spiff.perUnitCents[line.family] * line.quantity,
          unit: spiff.currency,
          version: spiff.version,
        }
      : args.program === 'ncb'
        ? {
            amount: applyBps(
              line.lineTotalCents,
              isDcg(line.family) ? deal.newCustomerBonus.dcgBps : deal.newCustomerBonus.clientBps,
            ),
            unit: line.currency,
            version: deal.version,
          }
        : {
            amount: leap.salePointsPerUnit[line.family] * line.quantity,
            unit: 'points',
            version: leap.version,
          };
  for (const warning of warnings) {
    // Partly over the cap still pays the part under it; only a claim wholly beyond it is refused.
    if (warning.code === 'over_spiff_cap' && warning.beyondCapCents < value.amount) continue;
    throw new Rejection(warning.code, WARNING_MESSAGES[warning.code](warning));
  }
  const at = ctx.now.toISOString();
  const history = [{ status: 'submitted', at, by: ctx.user.id }];
  // A conflict does nothing rather than fail, so the push's transaction goes on without a
  // savepoint; which unique index refused the row is then read back.
  const inserted = await ctx.tx.query<ClaimDbRow>(
    `insert into claims (id, line_key, program, rep_id, partner_id, quarter, family, units, amount, unit,
       status, nominated_customer_name, rule_version, created_at, updated_at, history)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'submitted',$11,$12,$13,$13,$14)
     on conflict do nothing
     returning ${CLAIM_COLUMNS}`,
    [
      args.claimId,
      line.key,
      args.program,
      ctx.user.id,
      partnerId,
      line.quarter,
      line.family,
      line.quantity,
      value.amount,
      value.unit,
      args.nominatedCustomerName ?? null,
      value.version,
      at,
      JSON.stringify(history),
    ],
  );
  if (inserted.rowCount === 0) {
    const sameId = await ctx.tx.query('select 1 from claims where id = $1', [args.claimId]);
    if (sameId.rows.length > 0) throw new Rejection('duplicate_id', 'A claim with this id exists.');
    // The partial unique index claims_one_active: one active claim per line and program.
    throw new Rejection('already_claimed', 'This line is already claimed for this program.');
  }
  const claim = inserted.rows[0];
  if (claim) ctx.feed.put(claimFeedRow(claim));
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
      throw new Rejection('illegal_transition', `A ${claim.status} claim cannot be withdrawn.`);
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
  const target = await ctx.tx.query<{ target_cents: string }>(
    'select target_cents::text as target_cents from elevate_targets where partner_id = $1 and quarter = $2',
    [partnerId, args.quarter],
  );
  const targetCents = target.rows[0] ? Number(target.rows[0].target_cents) : args.targetCents;
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
    throw new Rejection('already_accepted', `The ${args.quarter} target was already accepted.`);
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
  // Serialise one user's redemptions so two devices cannot spend the same points.
  await ctx.tx.query('select id from users where id = $1 for update', [ctx.user.id]);
  const [activities, redemptions, sales] = await Promise.all([
    ctx.tx.query<{ kind: string; completed_on: unknown; points: number }>(
      'select kind, completed_on, points from leap_activities where user_id = $1',
      [ctx.user.id],
    ),
    ctx.tx.query<{ points: number; requested_on: unknown; status: string }>(
      'select points, requested_on, status from leap_redemptions where user_id = $1',
      [ctx.user.id],
    ),
    ctx.tx.query<{ family: string; units: number; created_at: unknown }>(
      `select family, units, created_at from claims
        where rep_id = $1 and program = 'leap' and status in ('approved','paid')`,
      [ctx.user.id],
    ),
  ]);
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
  'claim.create': claimCreate,
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
  const parsed = MUTATION_ARGS[name].safeParse(args);
  if (!parsed.success)
    throw new Rejection(
      'invalid_args',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; '),
    );
  await (HANDLERS[name] as Handler<typeof name>)(ctx, parsed.data as never);
}
