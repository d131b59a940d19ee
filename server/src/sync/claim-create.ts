import {
  applyBps,
  checkClaim,
  isDcg,
  ruleInForce,
  isInputError,
  type ClaimStatus,
  type ClaimWarning,
  type RejectionDetails,
  type Family,
  type MutationArgs,
  type ClaimProgram,
} from '../../../shared/index';
import { prepared } from '../db/prepared';
import { sqlLiteral, sqlTextArray } from '../db/sql-literal';
import { Rejection, parseArgs, today, type MutationContext } from './mutation-context';
import { claimFeedRow, lineData, type ClaimDbRow, type InvoiceLineDbRow } from './rows';

type ClaimArgs = MutationArgs['claim.create'];

interface ExistingClaim {
  line_key: string;
  program: string;
  status: string;
  rep_id: string;
}

interface LineState extends InvoiceLineDbRow {
  existing: ExistingClaim[];
  spiff_total: string;
}

interface Accepted {
  readonly index: number;
  readonly args: ClaimArgs;
  readonly line: InvoiceLineDbRow;
  readonly amount: number;
  readonly unit: string;
  readonly version: string;
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

/**
 * A warning's values for the app to word the refusal in the rep's language. Not who holds a line
 * claimed already: that may be another rep, whose claims this rep does not see.
 */
function warningDetails(warning: ClaimWarning): RejectionDetails {
  switch (warning.code) {
    case 'family_not_eligible':
      return { family: warning.family };
    case 'already_claimed':
      return { status: warning.status };
    case 'outside_claim_window':
      return { lastDay: warning.lastDay };
    case 'line_in_future':
      return { date: warning.date };
    case 'over_spiff_cap':
      return { capCents: warning.capCents, beyondCapCents: warning.beyondCapCents };
    case 'customer_name_mismatch':
      return { nominated: warning.nominated, invoiced: warning.invoiced };
  }
}

/** Lines by key within one partner, each with its claims and the rep's SPIFF total that quarter. */
const LINES_WITH_CLAIMS = prepared('select * from lines_with_claims($1::text[], $2, $3)');

/**
 * The same read as a statement without parameters, for the message that opens a push (push.ts):
 * the partner and the rep as SQL expressions (the session's, read in the same message).
 */
export const linesWithClaimsSql = (keys: readonly string[], partnerSql: string, repSql: string) =>
  `select * from lines_with_claims(${sqlTextArray(keys)}, ${partnerSql}, ${repSql})`;

/** The lines a run of claims needs, as lines_with_claims answers them. */
export type ClaimLines = readonly LineState[];

export interface CreateClaimsOptions {
  /**
   * The run's lines, read in this transaction before it wrote anything (the push's opening
   * message): not read again.
   */
  readonly lines?: ClaimLines;
  /**
   * Write the accepted claims with COMMIT (Tx.atCommit), when nothing after this run reads
   * them: every row is written or the transaction fails with PR409 (isClaimConflict), and the
   * push is then decided again without this option.
   */
  readonly atCommit?: (sql: string) => void;
}

/** Another push wrote a claim of this run's lines (or its id) after they were read. */
export function isClaimConflict(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'PR409'
  );
}

/**
 * `claim.create` for a run of consecutive claims of one push, set-based: one query reads every
 * line with its claims and the rep's SPIFF totals (or the push read them ahead: options.lines),
 * the shared claim table decides each claim in order (the run's earlier claims count as
 * existing, and towards the cap), and one INSERT writes the accepted ones, here or with COMMIT
 * (options.atCommit). The one active claim per line and program is still the partial unique
 * index's to enforce: a claim another push committed meanwhile makes its row conflict. Written
 * here, the run is then undone and decided again claim by claim, because a later claim of the run
 * may have been decided with the refused one counted (the cap); written with COMMIT, the
 * transaction fails with PR409 and the push is decided again without that option (push.ts).
 * Answers, per claim, null (applied) or its Rejection; applied claims' feed rows go to
 * `ctx.feed`.
 */
export async function createClaims(
  ctx: MutationContext,
  argsList: readonly unknown[],
  options: CreateClaimsOptions = {},
): Promise<(Rejection | null)[]> {
  const outcomes: (Rejection | null)[] = argsList.map(() => null);
  const valid: { index: number; args: ClaimArgs }[] = [];
  argsList.forEach((raw, index) => {
    try {
      valid.push({ index, args: checkArgs(ctx, raw) });
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      outcomes[index] = error;
    }
  });
  if (valid.length === 0) return outcomes;
  const partnerId = ctx.user.partnerId as string;
  // The rep's SPIFF total is read under the rep's row lock, which the push took first when it
  // has SPIFF claims (push.ts, lockFor): another device's push waits for this one and then
  // counts its claims.
  // Another partner's line reads as "not found": its existence is not this user's business.
  const found =
    options.lines ??
    (
      await ctx.tx.query<LineState>(LINES_WITH_CLAIMS, [
        [...new Set(valid.map((v) => v.args.lineKey))],
        partnerId,
        ctx.user.id,
      ])
    ).rows;
  const lines = new Map(found.map((row) => [row.key, row]));
  const existing = new Map(found.map((row) => [row.key, [...row.existing]]));
  const spiffTotals = new Map(found.map((row) => [row.quarter, Number(row.spiff_total)]));
  const ids = new Set<string>();
  const accepted: Accepted[] = [];
  for (const { index, args } of valid) {
    try {
      if (ids.has(args.claimId))
        throw new Rejection('duplicate_id', 'A claim with this id exists.');
      const line = lines.get(args.lineKey);
      if (!line) throw new Rejection('line_not_found', 'No such invoice line for this partner.');
      const claims = existing.get(line.key) ?? [];
      const value = decide(ctx, args, line, claims, spiffTotals.get(line.quarter) ?? 0);
      ids.add(args.claimId);
      accepted.push({ index, args, line, ...value });
      claims.push({
        line_key: line.key,
        program: args.program,
        status: 'submitted',
        rep_id: ctx.user.id,
      });
      if (args.program === 'spiff')
        spiffTotals.set(line.quarter, (spiffTotals.get(line.quarter) ?? 0) + value.amount);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      outcomes[index] = error;
    }
  }
  if (accepted.length === 0) return outcomes;
  if (options.atCommit) {
    const { rows, sql } = claimRows(ctx, accepted);
    options.atCommit(
      `select claims_insert_all(${[sql.rows, sql.rep, sql.partner, sql.at, sql.history].join(', ')})`,
    );
    for (const row of rows) ctx.feed.put(claimFeedRow(row));
    return outcomes;
  }
  const inserted = await insertClaims(ctx, accepted);
  if (inserted.length === accepted.length) {
    for (const row of inserted) ctx.feed.put(claimFeedRow(row));
    return outcomes;
  }
  if (accepted.length === 1) {
    const only = accepted[0] as Accepted;
    outcomes[only.index] = await conflictReason(ctx, only.args.claimId);
    return outcomes;
  }
  // A conflict: undo this run's rows (no one else has seen them) and decide claim by claim.
  await ctx.tx.query('delete from claims where id = any($1::text[])', [inserted.map((r) => r.id)]);
  // Every claim of the run again, the refused ones included: "already claimed" may have been
  // said of a line whose claim in this run is the one that conflicted.
  for (const { index, args } of valid)
    outcomes[index] = (await createClaims(ctx, [args]))[0] ?? null;
  return outcomes;
}

/** The args by the shared schema, and whether this user may claim them at all. */
function checkArgs(ctx: MutationContext, raw: unknown): ClaimArgs {
  const args = parseArgs('claim.create', raw);
  if (!ctx.user.partnerId)
    throw new Rejection('not_permitted', 'Only a partner’s users sync data.');
  if (!ctx.user.mayClaim || (ctx.user.role !== 'rep' && ctx.user.role !== 'manager'))
    throw new Rejection('not_permitted', 'This user may not claim.');
  if (args.repId !== ctx.user.id)
    throw new Rejection('not_permitted', 'A claim is made by the signed-in rep only.');
  return args;
}

/** The shared claim table's verdict on one claim, and its value under the rule in force. */
function decide(
  ctx: MutationContext,
  args: ClaimArgs,
  row: InvoiceLineDbRow,
  existing: readonly ExistingClaim[],
  spiffTotalCents: number,
): { amount: number; unit: string; version: string } {
  const line = lineData(row) as unknown as Parameters<typeof checkClaim>[0]['line'] & {
    family: Family;
    quantity: number;
    lineTotalCents: number;
    currency: 'USD' | 'EUR';
  };
  let spiff, deal, leap;
  try {
    spiff = ruleInForce('spiff', line.date, ctx.rules);
    deal = ruleInForce('deal', line.date, ctx.rules);
    leap = ruleInForce('leap', line.date, ctx.rules);
  } catch (error) {
    if (isInputError(error)) throw new Rejection('no_rule_in_force', error.message);
    throw error;
  }
  const warnings = checkClaim(
    {
      line,
      program: args.program,
      repId: ctx.user.id,
      today: today(ctx.now),
      existingClaims: existing.map((c) => ({
        lineKey: c.line_key,
        program: c.program as ClaimProgram,
        status: c.status as ClaimStatus,
        repId: c.rep_id,
      })),
      spiffClaimedThisQuarterCents: spiffTotalCents,
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
    throw new Rejection(warning.code, WARNING_MESSAGES[warning.code](warning), {
      ...warningDetails(warning),
      ...(warning.code === 'over_spiff_cap' ? { currency: spiff.currency } : {}),
    });
  }
  return value;
}

const INSERT_CLAIMS = prepared(
  'select id from claims_insert($1::jsonb, $2, $3, $4::timestamptz, $5::jsonb) as id',
);

/**
 * The accepted claims as claims_insert takes them (its parameters, and the same as literals for
 * claims_insert_all), and as the rows they become: the values sent, as stored.
 */
function claimRows(ctx: MutationContext, accepted: readonly Accepted[]) {
  const at = ctx.now.toISOString();
  const history = JSON.stringify([{ status: 'submitted', at, by: ctx.user.id }]);
  const sent = accepted.map(({ args, line, amount, unit, version }) => ({
    id: args.claimId,
    line_key: line.key,
    program: args.program,
    quarter: line.quarter,
    family: line.family,
    units: line.quantity,
    amount,
    unit,
    nominated: args.nominatedCustomerName ?? null,
    version,
  }));
  const partnerId = ctx.user.partnerId as string;
  const historyValue: unknown = JSON.parse(history);
  const rows = sent.map((row): ClaimDbRow => ({
    id: row.id,
    line_key: row.line_key,
    program: row.program,
    rep_id: ctx.user.id,
    partner_id: partnerId,
    quarter: row.quarter,
    family: row.family,
    units: row.units,
    amount: row.amount,
    unit: row.unit,
    status: 'submitted',
    reason: null,
    nominated_customer_name: row.nominated,
    rule_version: row.version,
    created_at: at,
    updated_at: at,
    history: historyValue,
  }));
  const rowsJson = JSON.stringify(sent);
  return {
    rows,
    params: [rowsJson, ctx.user.id, partnerId, at, history],
    sql: {
      rows: `${sqlLiteral(rowsJson)}::jsonb`,
      rep: sqlLiteral(ctx.user.id),
      partner: sqlLiteral(partnerId),
      at: `${sqlLiteral(at)}::timestamptz`,
      history: `${sqlLiteral(history)}::jsonb`,
    },
  };
}

/**
 * One statement for the run; a row that meets a unique index is skipped, not an error, so the
 * push goes on without a savepoint. Answers the rows written.
 */
async function insertClaims(ctx: MutationContext, accepted: readonly Accepted[]) {
  const { rows, params } = claimRows(ctx, accepted);
  const result = await ctx.tx.query<{ id: string }>(INSERT_CLAIMS, params);
  // The rows written are the values sent: only which ones were written comes back (reading every
  // column back and parsing it cost more than the insert's own planning).
  const written = new Set(result.rows.map((row) => row.id));
  return rows.filter((row) => written.has(row.id));
}

/** Why one claim's row was skipped: its id is taken, or its line is claimed for the program. */
async function conflictReason(ctx: MutationContext, claimId: string): Promise<Rejection> {
  const sameId = await ctx.tx.query('select 1 from claims where id = $1', [claimId]);
  return sameId.rows.length > 0
    ? new Rejection('duplicate_id', 'A claim with this id exists.')
    : // The partial unique index claims_one_active: one active claim per line and program.
      new Rejection('already_claimed', 'This line is already claimed for this program.');
}
