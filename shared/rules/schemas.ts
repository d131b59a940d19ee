import { z } from '../zod';
import { FAMILIES, type Family } from '../catalog/families';
import { isIsoDate } from '../calendar/dates';

const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
const cents = z.number().int().nonnegative().refine(Number.isSafeInteger, { message: 'too large' });
const bps = z.number().int().min(0).max(100_000);
const currency = z.enum(['USD', 'EUR']);
const perFamily = z
  .object(Object.fromEntries(FAMILIES.map((f) => [f, cents])) as Record<Family, typeof cents>)
  .strict();
const perFamilyPoints = z
  .object(
    Object.fromEntries(FAMILIES.map((f) => [f, z.number().int().nonnegative()])) as Record<
      Family,
      z.ZodNumber
    >,
  )
  .strict();

/** What every rule version says about itself: which program, which version, since when, from where. */
const header = {
  version: z.string().min(1),
  effectiveFrom: isoDate,
  /** Where the numbers come from (a seed, an announcement letter). */
  source: z.string().min(1),
  /** Dotted paths of values the source texts do not give: illustrative defaults, editable. */
  illustrative: z.array(z.string()),
};

export const CalendarRulesSchema = z
  .object({
    program: z.literal('calendar'),
    ...header,
    startMonth: z.number().int().min(1).max(12),
  })
  .strict();

export const SpiffRulesSchema = z
  .object({
    program: z.literal('spiff'),
    ...header,
    currency,
    perUnitCents: perFamily,
    capCentsPerQuarter: cents,
    /** Days after the quarter ends during which its lines can still be claimed. */
    claimWindowDays: z.number().int().min(0).max(366),
  })
  .strict();

const elevateLevel = z
  .object({ acceptByEndOfMonth: z.number().int().min(1).max(3), rateBps: bps })
  .strict();
export const ElevateRulesSchema = z
  .object({
    program: z.literal('elevate'),
    ...header,
    currency,
    lookbackQuarters: z.number().int().min(1).max(12),
    growthBps: bps,
    targetFloorCents: cents,
    targetCapCents: cents,
    /** Seed 000 point 4: the counted revenue the rebate is paid on is capped. */
    countedRevenueCapCents: cents.optional(),
    /** Versions before 2019.2 read the same $30,000 as a cap on the payout. */
    payoutCapCents: cents.optional(),
    acceleratorMultiplierBps: z.number().int().min(10_000).max(100_000),
    levels: z.object({ top: elevateLevel, entry: elevateLevel }).strict(),
    eligibleTiers: z.array(z.enum(['authorized', 'silver', 'gold', 'platinum'])).min(1),
  })
  .strict()
  .refine((r) => r.targetFloorCents <= r.targetCapCents, {
    message: 'targetFloorCents exceeds targetCapCents',
    path: ['targetFloorCents'],
  })
  .refine((r) => r.levels.top.acceptByEndOfMonth <= r.levels.entry.acceptByEndOfMonth, {
    message: 'the top level must close no later than the entry level',
    path: ['levels', 'top', 'acceptByEndOfMonth'],
  });

const loyaltyTier = z
  .object({ minUnits: z.number().int().nonnegative(), perUnitCents: cents })
  .strict();
export const LoyaltyRulesSchema = z
  .object({
    program: z.literal('loyalty'),
    ...header,
    currency,
    tiers: z.array(loyaltyTier).min(1),
  })
  .strict()
  .refine((r) => r.tiers[0]?.minUnits === 0, {
    message: 'the first tier must start at 0 units',
    path: ['tiers', 0, 'minUnits'],
  })
  .refine(
    (r) => r.tiers.every((t, i) => i === 0 || t.minUnits > (r.tiers[i - 1]?.minUnits ?? -1)),
    {
      message: 'tiers must be in increasing order of minUnits',
      path: ['tiers'],
    },
  )
  .refine(
    (r) =>
      r.tiers.every((t, i) => i === 0 || t.perUnitCents >= (r.tiers[i - 1]?.perUnitCents ?? 0)),
    {
      message: 'a higher tier must not pay less per unit',
      path: ['tiers'],
    },
  );

export const LEAP_ACTIVITY_KINDS = ['course', 'roadmap', 'certification', 'webinar'] as const;
export type LeapActivityKind = (typeof LEAP_ACTIVITY_KINDS)[number];
const leapPromotion = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    from: isoDate,
    to: isoDate,
    kind: z.enum(['bonus', 'leaderboard']),
    points: z.number().int().nonnegative(),
    region: z.string().min(1),
  })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'a promotion must end after it starts', path: ['to'] });
export const LeapRulesSchema = z
  .object({
    program: z.literal('leap'),
    ...header,
    activityPoints: z
      .object(
        Object.fromEntries(
          LEAP_ACTIVITY_KINDS.map((k) => [k, z.number().int().nonnegative()]),
        ) as Record<LeapActivityKind, z.ZodNumber>,
      )
      .strict(),
    salePointsPerUnit: perFamilyPoints,
    promotions: z.array(leapPromotion),
    /** What one point is worth when redeemed, in pointValueCurrency minor units per 100 points. */
    centsPer100Points: cents,
    pointValueCurrency: currency,
  })
  .strict();

const segmentBps = z.object({ clientBps: bps, dcgBps: bps }).strict();
export const DealRulesSchema = z
  .object({
    program: z.literal('deal'),
    ...header,
    currency,
    newCustomerBonus: segmentBps
      .extend({ maxNominationsPerWeek: z.number().int().positive() })
      .strict(),
    dealRegistration: segmentBps,
    topsellerRebate: z.object({ lowBps: bps, highBps: bps, highFromUnitCents: cents }).strict(),
    dcgRebateBps: bps,
    servicesRebate: z
      .object({
        bps,
        /** 'services': on the services lines only; 'deal-when-attached': on the whole deal when any eligible service is on it. */
        base: z.enum(['services', 'deal-when-attached']),
      })
      .strict(),
    volumeDiscount: z
      .object({ bps, minUnits: z.number().int().positive(), maxUnits: z.number().int().positive() })
      .strict(),
  })
  .strict();

const pdpBracket = z
  .object({
    /** Previous-quarter purchases from this amount (inclusive)… */
    minPurchasesCents: cents,
    /** …for partners authorised on or after this date only (the seed's newcomer row), if set. */
    authorizedOnOrAfter: isoDate.nullable(),
    clientSystems: z.number().int().nonnegative(),
    dcgSystems: z.number().int().nonnegative(),
    enterpriseOptions: z.number().int().nonnegative(),
  })
  .strict();
export const PdpRulesSchema = z
  .object({
    program: z.literal('pdp'),
    ...header,
    currency,
    brackets: z.array(pdpBracket).min(1),
    discountBps: z.object({ clientSystems: bps, dcgSystems: bps, enterpriseOptions: bps }).strict(),
    dcgCapCents: cents,
    requestWindowDays: z.number().int().positive(),
  })
  .strict();

export const RuleVersionSchema = z.union([
  CalendarRulesSchema,
  SpiffRulesSchema,
  ElevateRulesSchema,
  LoyaltyRulesSchema,
  LeapRulesSchema,
  DealRulesSchema,
  PdpRulesSchema,
]);

export type CalendarRules = z.infer<typeof CalendarRulesSchema>;
export type SpiffRules = z.infer<typeof SpiffRulesSchema>;
export type ElevateRules = z.infer<typeof ElevateRulesSchema>;
export type LoyaltyRules = z.infer<typeof LoyaltyRulesSchema>;
export type LeapRules = z.infer<typeof LeapRulesSchema>;
export type LeapPromotion = LeapRules['promotions'][number];
export type DealRules = z.infer<typeof DealRulesSchema>;
export type PdpRules = z.infer<typeof PdpRulesSchema>;
export type RuleVersion = z.infer<typeof RuleVersionSchema>;
export type Program = RuleVersion['program'];

export interface RulesByProgram {
  calendar: CalendarRules;
  spiff: SpiffRules;
  elevate: ElevateRules;
  loyalty: LoyaltyRules;
  leap: LeapRules;
  deal: DealRules;
  pdp: PdpRules;
}

export { PROGRAMS } from './programs';

export const SCHEMA_BY_PROGRAM = {
  calendar: CalendarRulesSchema,
  spiff: SpiffRulesSchema,
  elevate: ElevateRulesSchema,
  loyalty: LoyaltyRulesSchema,
  leap: LeapRulesSchema,
  deal: DealRulesSchema,
  pdp: PdpRulesSchema,
} as const;

/** A reference to the version that produced a result: enough to find it again and explain it. */
export interface RuleRef {
  readonly program: Program;
  readonly version: string;
  readonly effectiveFrom: string;
}

export { ruleRef } from './programs';
