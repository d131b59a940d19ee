import { assertFamily, type Family } from '../catalog/families';
import { assertIsoDate, type IsoDate } from '../calendar/dates';
import { DEFAULT_FISCAL_CALENDAR, fiscalYearOf, type FiscalCalendar } from '../calendar/fiscal';
import { InputError } from '../errors';
import { mulDivRound, type Currency } from '../money/money';
import { LEAP_2019 } from '../rules/defaults';
import {
  LEAP_ACTIVITY_KINDS,
  ruleRef,
  type LeapActivityKind,
  type LeapRules,
} from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { requireArray, requireCount, requireObject, requireOneOf } from './input';
import { step, type Explained, type Step } from './steps';

export interface LeapActivity {
  readonly kind: LeapActivityKind;
  readonly completedOn: IsoDate;
  /** Points of this particular course, when the catalogue gives them; else the rules' default. */
  readonly points?: number;
}

export interface LeapSale {
  readonly family: Family;
  readonly quantity: number;
  readonly claimedOn: IsoDate;
}

export interface LeapPromotionAward {
  readonly promotionId: string;
  readonly awardedOn: IsoDate;
  /** A leaderboard prize or a partial award; else the promotion's points. */
  readonly points?: number;
}

export const LEAP_REDEMPTION_STATUSES = ['requested', 'fulfilled', 'cancelled'] as const;
export type LeapRedemptionStatus = (typeof LEAP_REDEMPTION_STATUSES)[number];

export interface LeapRedemption {
  readonly points: number;
  readonly requestedOn: IsoDate;
  readonly status?: LeapRedemptionStatus;
}

export interface LeapInput {
  /** The day the balance is taken on: its program year counts, nothing after it. */
  readonly asOf: IsoDate;
  readonly activities?: readonly LeapActivity[];
  readonly sales?: readonly LeapSale[];
  readonly promotions?: readonly LeapPromotionAward[];
  readonly redemptions?: readonly LeapRedemption[];
}

export interface LeapBalanceResult extends Explained {
  readonly programYear: {
    readonly fiscalYear: number;
    readonly start: IsoDate;
    readonly end: IsoDate;
  };
  readonly earnedPoints: {
    readonly learning: number;
    readonly sales: number;
    readonly promotions: number;
  };
  readonly earnedTotalPoints: number;
  /** Requested and fulfilled redemptions; cancelled ones give their points back. */
  readonly redeemedPoints: number;
  readonly balancePoints: number;
  /** Net change in the calendar month of asOf: "this month". */
  readonly monthChangePoints: number;
  /** Entries outside the program year up to asOf, left out. */
  readonly excludedEntries: number;
  readonly valueCents: number;
  readonly valueCurrency: Currency;
}

/**
 * LEAP points (DOMAIN §4) over the program year that contains asOf: learning, claimed sales and
 * promotions, minus redemptions, with a per-source breakdown.
 */
export function leapBalance(
  input: LeapInput,
  rules: LeapRules = LEAP_2019,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): LeapBalanceResult {
  checkRules('leap', rules);
  requireObject(input, 'input');
  const asOf = assertIsoDate(input.asOf, 'asOf');
  const year = fiscalYearOf(asOf, calendar, 'asOf');
  const monthPrefix = asOf.slice(0, 7);
  let excluded = 0;
  let monthChange = 0;
  const counts = (date: IsoDate, points: number): boolean => {
    if (date < year.start || date > asOf) {
      excluded += 1;
      return false;
    }
    if (date.startsWith(monthPrefix)) monthChange += points;
    return true;
  };

  const steps: Step[] = [
    // The result names the year as people say it ("2026/27"), never as a bare number.
    step(
      'leap.programYear',
      { start: year.start, end: year.end, asOf },
      `${year.fiscalYear}/${String((year.fiscalYear + 1) % 100).padStart(2, '0')}`,
      'date',
    ),
  ];

  let learning = 0;
  const activities =
    input.activities === undefined
      ? []
      : requireArray<LeapActivity>(input.activities, 'activities');
  const byKind: Partial<Record<LeapActivityKind, { count: number; points: number }>> = {};
  activities.forEach((activity, i) => {
    requireObject(activity, `activities[${i}]`);
    const kind = requireOneOf(activity.kind, LEAP_ACTIVITY_KINDS, `activities[${i}].kind`);
    const date = assertIsoDate(activity.completedOn, `activities[${i}].completedOn`);
    const points =
      activity.points === undefined
        ? rules.activityPoints[kind]
        : requireCount(activity.points, `activities[${i}].points`);
    if (!counts(date, points)) return;
    learning += points;
    const entry = (byKind[kind] ??= { count: 0, points: 0 });
    entry.count += 1;
    entry.points += points;
  });
  for (const kind of LEAP_ACTIVITY_KINDS) {
    const entry = byKind[kind];
    if (entry)
      steps.push(step('leap.learning', { kind, count: entry.count }, entry.points, 'points'));
  }

  let sales = 0;
  const saleLines = input.sales === undefined ? [] : requireArray<LeapSale>(input.sales, 'sales');
  const byFamily = new Map<Family, { units: number; points: number }>();
  saleLines.forEach((sale, i) => {
    requireObject(sale, `sales[${i}]`);
    const family = assertFamily(sale.family, `sales[${i}].family`);
    const quantity = requireCount(sale.quantity, `sales[${i}].quantity`);
    const date = assertIsoDate(sale.claimedOn, `sales[${i}].claimedOn`);
    const points = quantity * rules.salePointsPerUnit[family];
    if (!counts(date, points)) return;
    sales += points;
    const entry = byFamily.get(family) ?? { units: 0, points: 0 };
    entry.units += quantity;
    entry.points += points;
    byFamily.set(family, entry);
  });
  for (const [family, entry] of [...byFamily.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    steps.push(
      step(
        'leap.sales',
        { family, units: entry.units, pointsPerUnit: rules.salePointsPerUnit[family] },
        entry.points,
        'points',
      ),
    );
  }

  let promotions = 0;
  const awards =
    input.promotions === undefined
      ? []
      : requireArray<LeapPromotionAward>(input.promotions, 'promotions');
  awards.forEach((award, i) => {
    requireObject(award, `promotions[${i}]`);
    const promotion = rules.promotions.find((p) => p.id === award.promotionId);
    if (!promotion) {
      throw new InputError(
        'unknown_value',
        `promotions[${i}].promotionId`,
        `no promotion ${JSON.stringify(award.promotionId)} in rules ${rules.version}`,
      );
    }
    const date = assertIsoDate(award.awardedOn, `promotions[${i}].awardedOn`);
    if (date < promotion.from || date > promotion.to) {
      throw new InputError(
        'out_of_range',
        `promotions[${i}].awardedOn`,
        `${date} is outside ${promotion.name} (${promotion.from} – ${promotion.to})`,
      );
    }
    const points =
      award.points === undefined
        ? promotion.points
        : requireCount(award.points, `promotions[${i}].points`);
    if (!counts(date, points)) return;
    promotions += points;
    steps.push(
      step('leap.promotion', { promotion: promotion.name, awardedOn: date }, points, 'points'),
    );
  });

  let redeemed = 0;
  let redeemedCount = 0;
  const redemptions =
    input.redemptions === undefined
      ? []
      : requireArray<LeapRedemption>(input.redemptions, 'redemptions');
  redemptions.forEach((redemption, i) => {
    requireObject(redemption, `redemptions[${i}]`);
    const points = requireCount(redemption.points, `redemptions[${i}].points`);
    const date = assertIsoDate(redemption.requestedOn, `redemptions[${i}].requestedOn`);
    const status =
      redemption.status === undefined
        ? 'requested'
        : requireOneOf(redemption.status, LEAP_REDEMPTION_STATUSES, `redemptions[${i}].status`);
    if (status === 'cancelled') return;
    if (!counts(date, -points)) return;
    redeemed += points;
    redeemedCount += 1;
  });
  if (redeemed > 0)
    steps.push(step('leap.redeemed', { count: redeemedCount }, -redeemed, 'points'));

  const earned = learning + sales + promotions;
  const balance = earned - redeemed;
  steps.push(step('leap.balance', { learning, sales, promotions, redeemed }, balance, 'points'));
  if (excluded > 0)
    steps.push(step('leap.excluded', { start: year.start, asOf }, excluded, 'units'));
  const value = mulDivRound(Math.max(0, balance), rules.centsPer100Points, 100);
  steps.push(
    step(
      'leap.value',
      { balancePoints: balance, centsPer100Points: rules.centsPer100Points },
      value,
      'cents',
    ),
  );

  return {
    programYear: year,
    earnedPoints: { learning, sales, promotions },
    earnedTotalPoints: earned,
    redeemedPoints: redeemed,
    balancePoints: balance,
    monthChangePoints: monthChange,
    excludedEntries: excluded,
    valueCents: value,
    valueCurrency: rules.pointValueCurrency,
    rule: ruleRef(rules),
    steps,
  };
}
