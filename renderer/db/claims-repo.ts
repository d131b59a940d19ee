import {
  ACTIVE_CLAIM_STATUSES,
  checkClaim,
  DEFAULT_FISCAL_CALENDAR,
  applyBps,
  isDcg,
  transition,
  type ClaimProgram,
  type ClaimStatus,
  type ClaimWarning,
  type DealRules,
  type FiscalCalendar,
  type IsoDate,
  type LeapRules,
  type SpiffRules,
} from '../../shared/index';
import { applyAggregateDelta, ClaimAggregateDelta } from './aggregates';
import type { PartnerRewardsDb } from './database';
import {
  AlreadyClaimedError,
  ClaimNotPermittedError,
  guardStorage,
  isConstraintError,
} from './errors';
import { enqueueMutation } from './outbox';
import { userMayClaim, type ClaimRow, type ClaimUnit, type InvoiceRow } from './rows';

export interface ClaimRules {
  readonly spiff: SpiffRules;
  readonly deal: DealRules;
  readonly leap: LeapRules;
}

export interface ClaimRequest {
  readonly lineKeys: readonly string[];
  readonly program: ClaimProgram;
  readonly repId: string;
  /** ISO timestamp of the action; `today` is its date in the rep's calendar. */
  readonly now: string;
  readonly today: IsoDate;
  /** 'queued' sends straight to the outbox; 'draft' keeps it on this laptop until queued. */
  readonly status?: 'draft' | 'queued';
  readonly nominatedCustomerName?: string;
  /** Claim even where the check warned (the server decides). Already-claimed lines never pass. */
  readonly acceptWarnings?: boolean;
}

export interface LineCheck {
  readonly lineKey: string;
  readonly warnings: readonly ClaimWarning[];
}

export interface ClaimOutcome {
  readonly claimed: readonly ClaimRow[];
  /** Lines not claimed, with why. */
  readonly skipped: readonly LineCheck[];
}

function claimValue(
  line: InvoiceRow,
  program: ClaimProgram,
  rules: ClaimRules,
): { amount: number; unit: ClaimUnit; ruleVersion: string } {
  switch (program) {
    case 'spiff':
      return {
        amount: rules.spiff.perUnitCents[line.family] * line.quantity,
        unit: rules.spiff.currency,
        ruleVersion: rules.spiff.version,
      };
    case 'ncb': {
      const ncb = rules.deal.newCustomerBonus;
      return {
        amount: applyBps(line.lineTotalCents, isDcg(line.family) ? ncb.dcgBps : ncb.clientBps),
        unit: line.currency,
        ruleVersion: rules.deal.version,
      };
    }
    case 'leap':
      return {
        amount: rules.leap.salePointsPerUnit[line.family] * line.quantity,
        unit: 'points',
        ruleVersion: rules.leap.version,
      };
  }
}

export async function activeClaimsFor(
  db: PartnerRewardsDb,
  lineKeys: readonly string[],
): Promise<ClaimRow[]> {
  const claims = await db.claims
    .where('lineKey')
    .anyOf([...lineKeys])
    .toArray();
  return claims.filter((c) => ACTIVE_CLAIM_STATUSES.has(c.status));
}

/** SPIFF a rep holds in active claims for a quarter (minor units): what the cap check counts. */
export async function spiffClaimedInQuarter(
  db: PartnerRewardsDb,
  quarter: string,
  repId: string,
): Promise<number> {
  const rows = await db.claimAggregates.where('[quarter+repId]').equals([quarter, repId]).toArray();
  return rows
    .filter((r) => r.program === 'spiff' && ACTIVE_CLAIM_STATUSES.has(r.status))
    .reduce((sum, r) => sum + r.amount, 0);
}

/** "Check before you claim" for many lines at once, against everything known locally. */
export async function checkLines(
  db: PartnerRewardsDb,
  request: Pick<ClaimRequest, 'lineKeys' | 'program' | 'repId' | 'today' | 'nominatedCustomerName'>,
  rules: ClaimRules,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): Promise<LineCheck[]> {
  const lines = (await db.invoiceLines.bulkGet([...request.lineKeys])).filter(
    (l): l is InvoiceRow => l !== undefined,
  );
  const existing = await activeClaimsFor(db, request.lineKeys);
  const spiffByQuarter = new Map<string, number>();
  const checks: LineCheck[] = [];
  // Lines are checked in date order so the cap check accumulates as the claims would.
  for (const line of [...lines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (!spiffByQuarter.has(line.quarter))
      spiffByQuarter.set(
        line.quarter,
        await spiffClaimedInQuarter(db, line.quarter, request.repId),
      );
    const before = spiffByQuarter.get(line.quarter) ?? 0;
    const warnings = checkClaim(
      {
        line,
        program: request.program,
        repId: request.repId,
        today: request.today,
        existingClaims: existing,
        spiffClaimedThisQuarterCents: before,
        ...(request.nominatedCustomerName !== undefined
          ? { nominatedCustomerName: request.nominatedCustomerName }
          : {}),
      },
      rules.spiff,
      calendar,
    );
    if (request.program === 'spiff')
      spiffByQuarter.set(
        line.quarter,
        before + rules.spiff.perUnitCents[line.family] * line.quantity,
      );
    checks.push({ lineKey: line.key, warnings });
  }
  const found = new Set(lines.map((l) => l.key));
  for (const key of request.lineKeys)
    if (!found.has(key)) checks.push({ lineKey: key, warnings: [] });
  return checks;
}

/**
 * Claims many lines in ONE transaction: claim rows, their outbox mutations and the claim
 * aggregates commit together or not at all. The unique `activeKey` index is the last word on
 * "one active claim per line and program", even against a concurrent window. A user whose row says
 * they may not claim (seed 004: the partner's personas decide) is refused with
 * ClaimNotPermittedError before anything is written; the server refuses them too.
 */
export async function claimLines(
  db: PartnerRewardsDb,
  request: ClaimRequest,
  rules: ClaimRules,
): Promise<ClaimOutcome> {
  const status = request.status ?? 'queued';
  const checks = await checkLines(db, request, rules);
  const blocked = new Map<string, LineCheck>();
  for (const check of checks) {
    const hard = check.warnings.some((w) => w.code === 'already_claimed');
    if (hard || (!request.acceptWarnings && check.warnings.length > 0))
      blocked.set(check.lineKey, check);
  }
  const toClaim = request.lineKeys.filter((k) => !blocked.has(k));
  try {
    return await guardStorage(() =>
      db.transaction(
        'rw',
        [db.users, db.invoiceLines, db.claims, db.claimAggregates, db.outbox, db.syncState],
        async () => {
          const claimant = await db.users.get(request.repId);
          if (claimant && !userMayClaim(claimant))
            throw new ClaimNotPermittedError(claimant.id, claimant.name);
          const lines = await db.invoiceLines.bulkGet(toClaim);
          const missing = toClaim.filter((_, i) => !lines[i]);
          if (missing.length) throw new Error(`Unknown invoice lines: ${missing.join(', ')}`);
          const delta = new ClaimAggregateDelta();
          const claimed: ClaimRow[] = [];
          for (const line of lines as InvoiceRow[]) {
            const value = claimValue(line, request.program, rules);
            const created = { status: 'draft' as const, at: request.now, by: request.repId };
            const history =
              status === 'queued'
                ? [created, transition('draft', 'queued', request.repId, request.now)]
                : [created];
            const row: ClaimRow = {
              id: `${line.key}\u001f${request.program}\u001f${request.now}`,
              lineKey: line.key,
              program: request.program,
              repId: request.repId,
              partnerId: line.partnerId,
              quarter: line.quarter,
              family: line.family,
              units: line.quantity,
              amount: value.amount,
              unit: value.unit,
              status,
              activeKey: `${line.key}\u001f${request.program}`,
              ruleVersion: value.ruleVersion,
              createdAt: request.now,
              updatedAt: request.now,
              history,
              ...(request.nominatedCustomerName !== undefined
                ? { nominatedCustomerName: request.nominatedCustomerName }
                : {}),
            };
            claimed.push(row);
            delta.add(row, 1);
          }
          await db.claims.bulkAdd(claimed);
          if (status === 'queued') {
            for (const row of claimed)
              await enqueueMutation(db, 'claim.create', claimMutationArgs(row), request.now);
          }
          await applyAggregateDelta(db.claimAggregates, delta);
          return { claimed, skipped: [...blocked.values()] };
        },
      ),
    );
  } catch (error) {
    if (isConstraintError(error)) throw new AlreadyClaimedError(toClaim);
    throw error;
  }
}

function claimMutationArgs(row: ClaimRow): Record<string, unknown> {
  return {
    claimId: row.id,
    lineKey: row.lineKey,
    program: row.program,
    repId: row.repId,
    amount: row.amount,
    unit: row.unit,
    ruleVersion: row.ruleVersion,
    ...(row.nominatedCustomerName !== undefined
      ? { nominatedCustomerName: row.nominatedCustomerName }
      : {}),
  };
}

export interface TransitionRequest {
  readonly ids: readonly string[];
  readonly to: ClaimStatus;
  readonly by: string;
  readonly now: string;
  readonly reason?: string;
}

/**
 * Moves claims to a new status (all or none), keeping aggregates and the active-claim index in
 * step. Local moves that the server must learn about (queue, withdraw) go to the outbox in the
 * same transaction; statuses the server decides (submitted, approved, rejected, paid) arrive by pull.
 */
export async function transitionClaims(
  db: PartnerRewardsDb,
  request: TransitionRequest,
): Promise<ClaimRow[]> {
  return guardStorage(() =>
    db.transaction('rw', [db.claims, db.claimAggregates, db.outbox, db.syncState], async () => {
      const rows = await db.claims.bulkGet([...request.ids]);
      const delta = new ClaimAggregateDelta();
      const updated: ClaimRow[] = [];
      rows.forEach((row, i) => {
        if (!row) throw new Error(`Unknown claim: ${request.ids[i]}`);
        const change = transition(row.status, request.to, request.by, request.now, request.reason);
        const { activeKey: _released, ...rest } = row;
        const next: ClaimRow = {
          ...rest,
          status: request.to,
          updatedAt: request.now,
          history: [...row.history, change],
          ...(ACTIVE_CLAIM_STATUSES.has(request.to)
            ? { activeKey: `${row.lineKey}\u001f${row.program}` }
            : {}),
          ...(request.reason ? { reason: request.reason } : {}),
        };
        delta.add(row, -1);
        delta.add(next, 1);
        updated.push(next);
      });
      await db.claims.bulkPut(updated);
      for (const row of updated) {
        if (request.to === 'queued')
          await enqueueMutation(db, 'claim.create', claimMutationArgs(row), request.now);
        if (request.to === 'withdrawn' && row.history.some((h) => h.status === 'queued')) {
          await enqueueMutation(db, 'claim.withdraw', { claimId: row.id }, request.now);
        }
      }
      await applyAggregateDelta(db.claimAggregates, delta);
      return updated;
    }),
  );
}

/**
 * The rep has read these refusals: the notice above the invoice table lets them go. Only the
 * notice: the claim keeps its status and its reason, so nothing the aggregates count changes.
 */
export async function markRefusalsSeen(
  db: PartnerRewardsDb,
  claimIds: readonly string[],
  at: string,
): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.claims, async () => {
      const rows = await db.claims.bulkGet([...claimIds]);
      const seen = rows.flatMap((row) =>
        row?.syncRejection && !row.syncRejection.seenAt
          ? [{ ...row, syncRejection: { ...row.syncRejection, seenAt: at } }]
          : [],
      );
      if (seen.length) await db.claims.bulkPut(seen);
    }),
  );
}

export interface ClaimFilter {
  readonly quarter?: string;
  readonly repId?: string;
  readonly status?: ClaimStatus;
}

export async function listClaims(
  db: PartnerRewardsDb,
  filter: ClaimFilter = {},
): Promise<ClaimRow[]> {
  const base =
    filter.quarter && filter.repId
      ? db.claims.where('[quarter+repId]').equals([filter.quarter, filter.repId])
      : db.claims.toCollection();
  return base
    .filter(
      (c) =>
        (!filter.quarter || c.quarter === filter.quarter) &&
        (!filter.repId || c.repId === filter.repId) &&
        (!filter.status || c.status === filter.status),
    )
    .toArray();
}
