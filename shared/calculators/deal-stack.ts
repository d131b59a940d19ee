import {
  assertFamily,
  FAMILIES,
  isClientSystem,
  isDcg,
  segmentOf,
  type Family,
} from '../catalog/families';
import { InputError } from '../errors';
import { applyBps, assertCents, ratioBps, type Currency } from '../money/money';
import { DEAL_2017, SPIFF_2017 } from '../rules/defaults';
import { ruleRef, type DealRules, type RuleRef, type SpiffRules } from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { optionalBoolean, requireArray, requireCount, requireObject, requireOneOf } from './input';
import { step, type Step } from './steps';

export type CustomerKind = 'new' | 'registered' | 'none';
export const CUSTOMER_KINDS: readonly CustomerKind[] = ['new', 'registered', 'none'];
export type NcbMode = 'upfront' | 'backend';

export interface DealLine {
  readonly family: Family;
  readonly topseller?: boolean;
  readonly quantity: number;
  /** The line total at the estimated partner (bid/entitlement) price. */
  readonly partnerPriceCents: number;
}

export interface DealInput {
  readonly lines: readonly DealLine[];
  /** new → New Customer Bonus; registered → deal registration (they exclude each other). */
  readonly customer: CustomerKind;
  /** NCB as an upfront discount (default) or a back-end rebate (name must match the nomination). */
  readonly ncbMode?: NcbMode;
}

export type DealProgram =
  'ncb' | 'dealRegistration' | 'topseller' | 'dcg' | 'services' | 'volume' | 'spiff';

export interface DealBenefit {
  readonly program: DealProgram;
  readonly amountCents: number;
  /** When the money arrives: an upfront discount, a back-end rebate, or the rep's monthly SPIFF. */
  readonly timing: 'upfront' | 'backend' | 'monthly';
  readonly payee: 'partner' | 'rep';
  readonly rule: RuleRef;
  readonly steps: readonly Step[];
}

export interface DealExclusion {
  readonly program: DealProgram;
  /** Machine-readable reason, also a translation key. */
  readonly reason: string;
}

export interface DealStackRules {
  readonly deal?: DealRules;
  readonly spiff?: SpiffRules;
}

export interface DealStackResult {
  readonly currency: Currency;
  readonly partnerPriceCents: number;
  readonly units: number;
  readonly benefits: readonly DealBenefit[];
  readonly excluded: readonly DealExclusion[];
  readonly totalCents: number;
  /** Total benefit over partner price, in basis points (exact integer). */
  readonly marginBps: number;
  /** The same, as a percentage with one decimal, for display. */
  readonly marginPct: number;
}

interface CheckedLine extends DealLine {
  readonly topseller: boolean;
}

function checkLines(value: unknown): CheckedLine[] {
  return requireArray<DealLine>(value, 'lines').map((line, i) => {
    requireObject(line, `lines[${i}]`);
    return {
      family: assertFamily(line.family, `lines[${i}].family`),
      topseller: optionalBoolean(line.topseller, `lines[${i}].topseller`),
      quantity: requireCount(line.quantity, `lines[${i}].quantity`),
      partnerPriceCents: assertCents(line.partnerPriceCents, `lines[${i}].partnerPriceCents`),
    };
  });
}

// Which lines each benefit's rate applies to: one definition, used by stackDeal and dealLineRates.
const isClient = (l: CheckedLine): boolean => segmentOf(l.family) === 'client';
const isTopsellerSystem = (l: CheckedLine): boolean =>
  l.topseller && isClientSystem(l.family) && l.quantity > 0;
const isHighTopseller = (l: CheckedLine, deal: DealRules): boolean =>
  l.partnerPriceCents >= deal.topsellerRebate.highFromUnitCents * l.quantity;
const isEligibleService = (l: CheckedLine): boolean =>
  l.family === 'dcg-services' || (l.family === 'client-services' && l.topseller);
const isVolumeLine = (l: CheckedLine): boolean => l.topseller && isClient(l);

/** A benefit computed as rate × base over buckets of lines; one rounding per bucket. */
function percentBenefit(
  program: DealProgram,
  buckets: readonly { label: string; baseCents: number; bps: number }[],
  meta: Pick<DealBenefit, 'timing' | 'payee' | 'rule'>,
): DealBenefit | null {
  const steps: Step[] = [];
  let amount = 0;
  for (const bucket of buckets) {
    if (bucket.baseCents === 0 || bucket.bps === 0) continue;
    const value = applyBps(bucket.baseCents, bucket.bps);
    amount += value;
    steps.push(
      step(
        `deal.${program}.${bucket.label}`,
        { baseCents: bucket.baseCents, rateBps: bucket.bps },
        value,
        'cents',
      ),
    );
  }
  if (steps.length === 0) return null;
  return { program, amountCents: amount, steps, ...meta };
}

function sumWhere(
  lines: readonly CheckedLine[],
  predicate: (line: CheckedLine) => boolean,
): number {
  let sum = 0;
  for (const line of lines) if (predicate(line)) sum += line.partnerPriceCents;
  return sum;
}

/**
 * Every deal-level benefit that stacks on a quote (DOMAIN §5) and the resulting margin. Without a
 * rules argument the base versions are used (those of the seed's stacked example); the app passes
 * the versions in force on the quote's date (`rulesOn(date)`).
 */
export function stackDeal(input: DealInput, rules: DealStackRules = {}): DealStackResult {
  const deal = checkRules('deal', rules.deal ?? DEAL_2017, 'rules.deal');
  const spiff = checkRules('spiff', rules.spiff ?? SPIFF_2017, 'rules.spiff');
  if (deal.currency !== spiff.currency) {
    throw new InputError(
      'bad_rules',
      'rules.spiff.currency',
      `deal rules pay in ${deal.currency}, SPIFF rules in ${spiff.currency}`,
    );
  }
  requireObject(input, 'input');
  const lines = checkLines(input.lines);
  const customer = requireOneOf(input.customer, CUSTOMER_KINDS, 'customer');
  const ncbMode =
    input.ncbMode === undefined
      ? 'upfront'
      : requireOneOf(input.ncbMode, ['upfront', 'backend'] as const, 'ncbMode');
  const dealRef = ruleRef(deal);
  const benefits: DealBenefit[] = [];
  const excluded: DealExclusion[] = [];
  const add = (program: DealProgram, benefit: DealBenefit | null, reason: string): void => {
    if (benefit) benefits.push(benefit);
    else excluded.push({ program, reason });
  };

  const clientBase = sumWhere(lines, isClient);
  const dcgBase = sumWhere(lines, (l) => isDcg(l.family));

  // NCB and deal registration exclude each other: the customer kind picks at most one.
  if (customer === 'new') {
    const ncb = deal.newCustomerBonus;
    add(
      'ncb',
      percentBenefit(
        'ncb',
        [
          { label: 'client', baseCents: clientBase, bps: ncb.clientBps },
          { label: 'dcg', baseCents: dcgBase, bps: ncb.dcgBps },
        ],
        {
          timing: ncbMode,
          payee: 'partner',
          rule: dealRef,
        },
      ),
      'noLines',
    );
  } else {
    excluded.push({
      program: 'ncb',
      reason: customer === 'registered' ? 'excludedByDealRegistration' : 'notNewCustomer',
    });
  }
  if (customer === 'registered') {
    const reg = deal.dealRegistration;
    add(
      'dealRegistration',
      percentBenefit(
        'dealRegistration',
        [
          { label: 'client', baseCents: clientBase, bps: reg.clientBps },
          { label: 'dcg', baseCents: dcgBase, bps: reg.dcgBps },
        ],
        {
          timing: 'upfront',
          payee: 'partner',
          rule: dealRef,
        },
      ),
      'noLines',
    );
  } else {
    excluded.push({
      program: 'dealRegistration',
      reason: customer === 'new' ? 'excludedByNcb' : 'notRegistered',
    });
  }

  // Topseller rebate: client topseller systems, rate by unit (bid) price.
  const ts = deal.topsellerRebate;
  const isHigh = (l: CheckedLine): boolean => isHighTopseller(l, deal);
  add(
    'topseller',
    percentBenefit(
      'topseller',
      [
        {
          label: 'low',
          baseCents: sumWhere(lines, (l) => isTopsellerSystem(l) && !isHigh(l)),
          bps: ts.lowBps,
        },
        {
          label: 'high',
          baseCents: sumWhere(lines, (l) => isTopsellerSystem(l) && isHigh(l)),
          bps: ts.highBps,
        },
      ],
      { timing: 'backend', payee: 'partner', rule: dealRef },
    ),
    'noTopsellerSystems',
  );

  add(
    'dcg',
    percentBenefit('dcg', [{ label: 'all', baseCents: dcgBase, bps: deal.dcgRebateBps }], {
      timing: 'backend',
      payee: 'partner',
      rule: dealRef,
    }),
    'noDcgLines',
  );

  // Services rebate: topseller PC services and all DCG services; a later version pays it on the whole deal.
  const servicesBase = sumWhere(lines, isEligibleService);
  const servicesAttached = servicesBase > 0;
  const wholeDeal = deal.servicesRebate.base === 'deal-when-attached';
  add(
    'services',
    servicesAttached
      ? percentBenefit(
          'services',
          [
            {
              label: wholeDeal ? 'wholeDeal' : 'services',
              baseCents: wholeDeal ? clientBase + dcgBase : servicesBase,
              bps: deal.servicesRebate.bps,
            },
          ],
          { timing: 'backend', payee: 'partner', rule: dealRef },
        )
      : null,
    'noServicesAttached',
  );

  // Volume discount: topseller client units within the band, from distribution.
  const volume = deal.volumeDiscount;
  const volumeUnits = lines.reduce((n, l) => (isVolumeLine(l) ? n + l.quantity : n), 0);
  const inBand = volumeUnits >= volume.minUnits && volumeUnits <= volume.maxUnits;
  const volumeBenefit = inBand
    ? percentBenefit(
        'volume',
        [
          {
            label: 'topseller',
            baseCents: sumWhere(lines, isVolumeLine),
            bps: volume.bps,
          },
        ],
        {
          timing: 'upfront',
          payee: 'partner',
          rule: dealRef,
        },
      )
    : null;
  add(
    'volume',
    volumeBenefit,
    volumeUnits < volume.minUnits
      ? 'belowVolumeBand'
      : volumeUnits > volume.maxUnits
        ? 'aboveVolumeBand'
        : 'noLines',
  );

  // SPIFF: the rep's per-unit reward (counts against the rep's quarterly cap, applied elsewhere).
  const spiffSteps: Step[] = [];
  let spiffTotal = 0;
  const unitsByFamily = new Map<Family, number>();
  for (const l of lines)
    unitsByFamily.set(l.family, (unitsByFamily.get(l.family) ?? 0) + l.quantity);
  for (const family of FAMILIES) {
    const units = unitsByFamily.get(family) ?? 0;
    const rate = spiff.perUnitCents[family];
    if (rate === 0 || units === 0) continue;
    spiffTotal += units * rate;
    spiffSteps.push(
      step('deal.spiff.family', { family, units, perUnitCents: rate }, units * rate, 'cents'),
    );
  }
  add(
    'spiff',
    spiffSteps.length
      ? {
          program: 'spiff',
          amountCents: spiffTotal,
          timing: 'monthly',
          payee: 'rep',
          rule: ruleRef(spiff),
          steps: spiffSteps,
        }
      : null,
    'noSpiffUnits',
  );

  const partnerPrice = clientBase + dcgBase;
  const total = benefits.reduce((sum, b) => sum + b.amountCents, 0);
  const marginBps = ratioBps(total, partnerPrice);
  return {
    currency: deal.currency,
    partnerPriceCents: partnerPrice,
    units: lines.reduce((n, l) => n + l.quantity, 0),
    benefits,
    excluded,
    totalCents: total,
    marginBps,
    marginPct: Math.round(marginBps / 10) / 10,
  };
}

/** One benefit's rate on one line of the deal (SPIFF, per unit, is in `spiffCents`). */
export interface LineRate {
  readonly program: DealProgram;
  readonly timing: DealBenefit['timing'];
  readonly bps: number;
}

export interface DealLineRates {
  /** Per input line, in input order: the percentage benefits that apply to it. */
  readonly lines: readonly { readonly rates: readonly LineRate[]; readonly spiffCents: number }[];
  readonly stack: DealStackResult;
}

/**
 * The rate each stacked benefit applies to each line, in the context of the whole deal (the volume
 * band, services attached, the topseller price class): what pricing a single line needs. The same
 * line predicates as `stackDeal`; benefits that `stackDeal` excludes have no rate.
 */
export function dealLineRates(input: DealInput, rules: DealStackRules = {}): DealLineRates {
  const stack = stackDeal(input, rules);
  const deal = checkRules('deal', rules.deal ?? DEAL_2017, 'rules.deal');
  const spiff = checkRules('spiff', rules.spiff ?? SPIFF_2017, 'rules.spiff');
  const lines = checkLines(input.lines);
  const present = new Map(stack.benefits.map((b) => [b.program, b]));
  const wholeDeal = deal.servicesRebate.base === 'deal-when-attached';
  const rateOf = (program: DealProgram, l: CheckedLine): number => {
    switch (program) {
      case 'ncb':
        return isDcg(l.family) ? deal.newCustomerBonus.dcgBps : deal.newCustomerBonus.clientBps;
      case 'dealRegistration':
        return isDcg(l.family) ? deal.dealRegistration.dcgBps : deal.dealRegistration.clientBps;
      case 'topseller':
        if (!isTopsellerSystem(l)) return 0;
        return isHighTopseller(l, deal)
          ? deal.topsellerRebate.highBps
          : deal.topsellerRebate.lowBps;
      case 'dcg':
        return isDcg(l.family) ? deal.dcgRebateBps : 0;
      case 'services':
        return wholeDeal || isEligibleService(l) ? deal.servicesRebate.bps : 0;
      case 'volume':
        return isVolumeLine(l) ? deal.volumeDiscount.bps : 0;
      case 'spiff':
        return 0;
    }
  };
  return {
    stack,
    lines: lines.map((l) => ({
      rates: [...present.values()]
        .filter((b) => b.program !== 'spiff')
        .map((b) => ({ program: b.program, timing: b.timing, bps: rateOf(b.program, l) }))
        .filter((r) => r.bps > 0),
      spiffCents: present.has('spiff') ? l.quantity * spiff.perUnitCents[l.family] : 0,
    })),
  };
}
