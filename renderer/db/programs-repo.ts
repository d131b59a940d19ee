import {
  elevateLevel,
  quarterStart,
  parseQuarterKey,
  type ElevateRules,
  type FiscalCalendar,
  type IsoDate,
  type LeapRules,
} from '../../shared/index';
import type { PartnerRewardsDb } from './database';
import { guardStorage } from './errors';
import { enqueueMutation } from './outbox';
import { leapBalanceOf, readLeapLedger } from './leap-ledger';
import type {
  DealPlanRow,
  ElevateEnrolmentRow,
  LeapActivityRow,
  LeapRedemptionRow,
  UserRow,
} from './rows';

/** Elevate enrolment, LEAP ledger entries and saved deal plans. */

export class PermissionError extends Error {
  override readonly name = 'PermissionError';
}

export interface AcceptTarget {
  readonly partnerId: string;
  readonly quarter: string;
  readonly targetCents: number;
  readonly acceptedOn: IsoDate;
  readonly user: UserRow;
  readonly now: string;
  readonly calendar?: FiscalCalendar;
}

/** Records who accepted the Elevate target and when; only users allowed to may. */
export async function acceptElevateTarget(
  db: PartnerRewardsDb,
  request: AcceptTarget,
  rules: ElevateRules,
): Promise<ElevateEnrolmentRow> {
  if (!request.user.canAcceptTargets)
    throw new PermissionError(
      `${request.user.name} is not allowed to accept Elevate targets for this partner.`,
    );
  const level = elevateLevel(
    {
      quarterStart: quarterStart(parseQuarterKey(request.quarter), request.calendar),
      acceptedOn: request.acceptedOn,
    },
    rules,
  );
  const row: ElevateEnrolmentRow = {
    id: `${request.partnerId}|${request.quarter}`,
    partnerId: request.partnerId,
    quarter: request.quarter,
    targetCents: request.targetCents,
    acceptedOn: request.acceptedOn,
    level,
    acceptedBy: request.user.id,
    ruleVersion: rules.version,
  };
  return guardStorage(() =>
    db.transaction('rw', [db.elevateEnrolments, db.outbox, db.syncState], async () => {
      const existing = await db.elevateEnrolments.get(row.id);
      if (existing)
        throw new Error(
          `The ${request.quarter} target was already accepted on ${existing.acceptedOn}.`,
        );
      await db.elevateEnrolments.add(row);
      await enqueueMutation(db, 'elevate.accept', row, request.now);
      return row;
    }),
  );
}

export async function recordLeapActivity(
  db: PartnerRewardsDb,
  row: LeapActivityRow,
  now: string,
): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', [db.leapActivities, db.outbox, db.syncState], async () => {
      await db.leapActivities.add(row);
      await enqueueMutation(db, 'leap.activity', row, now);
    }),
  );
}

/** A redemption asks for more points than the user has on the day it is requested. */
export class InsufficientPointsError extends Error {
  override readonly name = 'InsufficientPointsError';
  constructor(
    readonly balancePoints: number,
    readonly costPoints: number,
  ) {
    super(
      `A redemption of ${costPoints} points needs ${costPoints - Math.max(0, balancePoints)} more points (balance ${balancePoints}). Nothing was redeemed.`,
    );
  }
}

/**
 * Requests a redemption if the balance on the request date covers it. The balance is read and the
 * redemption written in ONE transaction, so two windows cannot both spend the same points.
 */
export async function requestLeapRedemption(
  db: PartnerRewardsDb,
  row: LeapRedemptionRow,
  now: string,
  rules: LeapRules,
): Promise<void> {
  await guardStorage(() =>
    db.transaction(
      'rw',
      [db.leapRedemptions, db.leapActivities, db.leapAwards, db.claims, db.outbox, db.syncState],
      async () => {
        const ledger = await readLeapLedger(db, row.userId);
        const { balancePoints } = leapBalanceOf(row.userId, row.requestedOn, ledger, rules);
        if (row.points > balancePoints)
          throw new InsufficientPointsError(balancePoints, row.points);
        await db.leapRedemptions.add(row);
        await enqueueMutation(db, 'leap.redeem', row, now);
      },
    ),
  );
}

export async function saveDealPlan(db: PartnerRewardsDb, plan: DealPlanRow): Promise<void> {
  await guardStorage(() => db.dealPlans.put(plan));
}

export async function duplicateDealPlan(
  db: PartnerRewardsDb,
  id: string,
  newId: string,
  name: string,
  now: string,
): Promise<DealPlanRow> {
  const plan = await db.dealPlans.get(id);
  if (!plan) throw new Error(`No saved plan ${id}`);
  const copy: DealPlanRow = { ...plan, id: newId, name, createdAt: now, updatedAt: now };
  await saveDealPlan(db, copy);
  return copy;
}

export async function deleteDealPlan(db: PartnerRewardsDb, id: string): Promise<void> {
  await db.dealPlans.delete(id);
}
