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

  const clientBase = sumWhere(lines, (l) => segmentOf(l.family) === 'client');
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
  const isTopsellerSystem = (l: CheckedLine): boolean =>
    l.topseller && isClientSystem(l.family) && l.quantity > 0;
  const isHigh = (l: CheckedLine): boolean =>
    l.partnerPriceCents >= ts.highFromUnitCents * l.quantity;
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
  const isEligibleService = (l: CheckedLine): boolean =>
    l.family === 'dcg-services' || (l.family === 'client-services' && l.topseller);
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
  const volumeUnits = lines.reduce(
    (n, l) => (l.topseller && segmentOf(l.family) === 'client' ? n + l.quantity : n),
    0,
  );
  const inBand = volumeUnits >= volume.minUnits && volumeUnits <= volume.maxUnits;
  const volumeBenefit = inBand
    ? percentBenefit(
        'volume',
        [
          {
            label: 'topseller',
            baseCents: sumWhere(lines, (l) => l.topseller && segmentOf(l.family) === 'client'),
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
