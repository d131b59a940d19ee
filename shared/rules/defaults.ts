import type { Family } from '../catalog/families';
import type {
  CalendarRules,
  DealRules,
  ElevateRules,
  LeapRules,
  LoyaltyRules,
  PdpRules,
  RuleVersion,
  SpiffRules,
} from './schemas';

/*
 * The default rule sets of DOMAIN.md, as versioned data. Numbers quoted by the seeds carry their
 * source; everything else is listed in `illustrative` so screens can flag it and a manager can
 * edit it. Nothing here is a constant that code relies on.
 */

export const CALENDAR_2017: CalendarRules = {
  program: 'calendar',
  version: 'calendar-2017.1',
  effectiveFrom: '2017-04-01',
  source: 'DOMAIN.md common ground; seed 003 (LEAP year 1 April - 31 March)',
  illustrative: [],
  startMonth: 4,
};

const spiffPerUnit: Record<Family, number> = {
  notebook: 2_500,
  desktop: 2_000,
  workstation: 5_000,
  visuals: 0,
  peripheral: 0,
  'client-services': 2_000,
  server: 15_000,
  'server-option': 0,
  storage: 10_000,
  'dcg-services': 2_000,
};

export const SPIFF_2017: SpiffRules = {
  program: 'spiff',
  version: 'spiff-2017.1',
  effectiveFrom: '2017-04-01',
  source:
    'seed 001: Partner Sales Reps - Earn up to $10K/Quarter; stacked example (servers $150, services $20)',
  illustrative: [
    'perUnitCents.notebook',
    'perUnitCents.desktop',
    'perUnitCents.workstation',
    'perUnitCents.visuals',
    'perUnitCents.peripheral',
    'perUnitCents.client-services',
    'perUnitCents.server-option',
    'perUnitCents.storage',
    'claimWindowDays',
  ],
  currency: 'USD',
  perUnitCents: spiffPerUnit,
  capCentsPerQuarter: 1_000_000,
  claimWindowDays: 60,
};

export const ELEVATE_2019: ElevateRules = {
  program: 'elevate',
  // 2019.2: seed 000 point 4 caps the counted revenue the rebate is paid on, not the payout
  // (2019.1 read it as a payout cap).
  version: 'elevate-2019.2',
  effectiveFrom: '2019-04-01',
  source: 'seed 000: Lenovo Elevate, how it works',
  illustrative: ['levels.top.rateBps', 'levels.entry.rateBps'],
  currency: 'USD',
  lookbackQuarters: 4,
  growthBps: 1_000,
  targetFloorCents: 500_000,
  targetCapCents: 3_000_000,
  countedRevenueCapCents: 3_000_000,
  acceleratorMultiplierBps: 20_000,
  levels: {
    top: { acceptByEndOfMonth: 1, rateBps: 500 },
    entry: { acceptByEndOfMonth: 2, rateBps: 300 },
  },
  eligibleTiers: ['authorized'],
};

export const LOYALTY_2017: LoyaltyRules = {
  program: 'loyalty',
  version: 'loyalty-2017.1',
  effectiveFrom: '2017-04-01',
  source: 'seed 002: Loyalitätsprogramm Lenovo (IT-BUSINESS)',
  illustrative: ['effectiveFrom'],
  currency: 'EUR',
  tiers: [
    { minUnits: 0, perUnitCents: 0 },
    { minUnits: 10, perUnitCents: 500 },
    { minUnits: 25, perUnitCents: 1_000 },
    { minUnits: 50, perUnitCents: 1_500 },
  ],
};

const leapSalePoints: Record<Family, number> = {
  notebook: 10,
  desktop: 10,
  workstation: 40,
  visuals: 0,
  peripheral: 0,
  'client-services': 5,
  server: 250,
  'server-option': 20,
  storage: 200,
  'dcg-services': 50,
};

export const LEAP_2019: LeapRules = {
  program: 'leap',
  version: 'leap-2019.1',
  effectiveFrom: '2019-04-01',
  source: 'seed 003: LEAP (Lenovo Expert Achievers Program) case study',
  illustrative: [
    'activityPoints',
    'salePointsPerUnit',
    'centsPer100Points',
    'promotions[0].from',
    'promotions[0].to',
    'promotions[1]',
  ],
  activityPoints: { course: 100, roadmap: 250, certification: 1_000, webinar: 50 },
  salePointsPerUnit: leapSalePoints,
  promotions: [
    {
      id: 'amd-sell-and-learn',
      name: 'AMD Sell & Learn',
      from: '2019-04-01',
      to: '2020-03-31',
      kind: 'bonus',
      points: 6_000,
      region: 'global',
    },
    {
      id: 'ducati-anz',
      name: 'Ducati leaderboard',
      from: '2019-04-01',
      to: '2020-03-31',
      kind: 'leaderboard',
      points: 0,
      region: 'ANZ',
    },
  ],
  centsPer100Points: 100,
  pointValueCurrency: 'USD',
};

export const DEAL_2017: DealRules = {
  program: 'deal',
  version: 'deal-2017.1',
  effectiveFrom: '2017-04-01',
  source:
    'seed 001: NCB, deal registration, LU17-1TSC/DCG/SVC rebates, volume discount, stacked example',
  illustrative: [],
  currency: 'USD',
  newCustomerBonus: { clientBps: 500, dcgBps: 1_000, maxNominationsPerWeek: 35 },
  dealRegistration: { clientBps: 500, dcgBps: 800 },
  topsellerRebate: { lowBps: 150, highBps: 250, highFromUnitCents: 65_000 },
  dcgRebateBps: 250,
  servicesRebate: { bps: 500, base: 'services' },
  volumeDiscount: { bps: 400, minUnits: 5, maxUnits: 1_000 },
};

/** Seed 004: services rebates paid on the whole deal's revenue, not just the service element. */
export const DEAL_2020: DealRules = {
  ...DEAL_2017,
  version: 'deal-2020.1',
  effectiveFrom: '2020-04-01',
  source: 'seed 004: Lenovo accelerates Velocity rollout (services rebate on total deal revenue)',
  illustrative: ['effectiveFrom'],
  servicesRebate: { bps: 500, base: 'deal-when-attached' },
};

export const PDP_2017: PdpRules = {
  program: 'pdp',
  version: 'pdp-2017.1',
  effectiveFrom: '2017-04-01',
  source: 'seed 001: Partner Demo Program (LU17-1PDP)',
  illustrative: [],
  currency: 'USD',
  brackets: [
    {
      minPurchasesCents: 0,
      authorizedOnOrAfter: '2016-10-01',
      clientSystems: 1,
      dcgSystems: 1,
      enterpriseOptions: 6,
    },
    {
      minPurchasesCents: 1_000_000,
      authorizedOnOrAfter: null,
      clientSystems: 2,
      dcgSystems: 1,
      enterpriseOptions: 6,
    },
    {
      minPurchasesCents: 5_000_100,
      authorizedOnOrAfter: null,
      clientSystems: 3,
      dcgSystems: 1,
      enterpriseOptions: 6,
    },
    {
      minPurchasesCents: 10_000_100,
      authorizedOnOrAfter: null,
      clientSystems: 4,
      dcgSystems: 1,
      enterpriseOptions: 6,
    },
  ],
  discountBps: { clientSystems: 3_500, dcgSystems: 5_000, enterpriseOptions: 5_000 },
  dcgCapCents: 1_500_000,
  requestWindowDays: 30,
};

/** Every default version, all programs. Pick the one in force with `ruleInForce`. */
export const DEFAULT_RULE_VERSIONS: readonly RuleVersion[] = [
  CALENDAR_2017,
  SPIFF_2017,
  ELEVATE_2019,
  LOYALTY_2017,
  LEAP_2019,
  DEAL_2017,
  DEAL_2020,
  PDP_2017,
];
