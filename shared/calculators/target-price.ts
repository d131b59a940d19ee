import { InputError } from '../errors';
import { assertCents, mulDivRound, ratioBps, BPS_PER_UNIT, type Currency } from '../money/money';
import type { RuleRef } from '../rules/schemas';
import { ruleRef } from '../rules/schemas';
import { DEAL_2017 } from '../rules/defaults';
import { dealLineRates, type DealInput, type DealStackRules, type LineRate } from './deal-stack';
import { requireObject, requireOneOf } from './input';
import { step, type Step } from './steps';

/**
 * Price a planned deal to a target margin (DOMAIN §5, issue 13). The partner buys at the partner
 * price; upfront benefits (NCB upfront, deal registration, volume discount) lower what it pays, so
 * they lower the net cost. Back-end benefits (topseller, DCG, services, NCB back-end) arrive weeks
 * later: shown apart, and counted in the net cost only when the rep asks (`countBackend`). The
 * rep's SPIFF is the rep's own money and never lowers the partner's cost.
 *
 * Each line gets a unit price so that unit × quantity is the line price on the customer's quote.
 * Margin is a share of the selling price: unit = net cost ÷ (quantity × (1 − margin)).
 */
export type TargetPriceTarget =
  | { readonly kind: 'margin'; readonly marginBps: number }
  | { readonly kind: 'customerPrice'; readonly totalCents: number };

/** 'cent': to the cent, half away from zero; 'whole': up to whole currency units (never below target). */
export type PriceRounding = 'cent' | 'whole';

export interface TargetPriceInput {
  readonly deal: DealInput;
  readonly target: TargetPriceTarget;
  readonly countBackend?: boolean;
  readonly rounding?: PriceRounding;
  /** List price of each line (total, in input order), for the discount off list. */
  readonly listPriceCents?: readonly number[];
}

export interface PricedLine {
  readonly quantity: number;
  readonly partnerPriceCents: number;
  readonly upfrontBps: number;
  readonly backendBps: number;
  /** Partner price less the counted benefits, rounded once to the cent. */
  readonly netCostCents: number;
  readonly unitPriceCents: number;
  readonly linePriceCents: number;
  readonly marginCents: number;
  /** Margin over this line's selling price. */
  readonly marginBps: number;
  /** Discount off the line's list price; null without a list price. */
  readonly discountBps: number | null;
  readonly steps: readonly Step[];
}

export interface TargetPriceResult {
  readonly currency: Currency;
  readonly rule: RuleRef;
  /** The margin the prices were computed for (from the target price when that was given). */
  readonly targetMarginBps: number;
  readonly lines: readonly PricedLine[];
  readonly sellingCents: number;
  readonly partnerPriceCents: number;
  readonly upfrontCents: number;
  /** Back-end benefits (partner) expected later; part of the net cost only if counted. */
  readonly backendCents: number;
  readonly backendCounted: boolean;
  readonly netCostCents: number;
  readonly marginCents: number;
  readonly marginBps: number;
  /** The margin once the back-end benefits arrive (equals marginBps when they are counted). */
  readonly marginWithBackendBps: number;
  /** The rep's SPIFF on this deal: shown, never part of the partner's margin. */
  readonly spiffCents: number;
  readonly listCents: number | null;
  readonly discountBps: number | null;
  /** Selling total minus the target customer price (rounding), 0 for a margin target. */
  readonly differenceFromTargetCents: number;
  readonly steps: readonly Step[];
}

const MAX_MARGIN_BPS = 9_900;

/**
 * num ÷ den in cents: half away from zero to the cent, or up to whole currency units (the smallest
 * whole price whose margin reaches the target). BigInt: cost × target total can pass 2^53.
 */
function divide(num: bigint, den: bigint, rounding: PriceRounding): number {
  if (rounding === 'whole') return Number((num + den * 100n - 1n) / (den * 100n)) * 100;
  const q = num / den;
  return Number((num % den) * 2n >= den ? q + 1n : q);
}

const sumBps = (rates: readonly LineRate[], timing: (t: LineRate['timing']) => boolean): number =>
  rates.reduce((n, r) => (timing(r.timing) ? n + r.bps : n), 0);

export function priceToTarget(
  input: TargetPriceInput,
  rules: DealStackRules = {},
): TargetPriceResult {
  requireObject(input, 'input');
  requireObject(input.target, 'target');
  const kind = requireOneOf(input.target.kind, ['margin', 'customerPrice'] as const, 'target.kind');
  const rounding = requireOneOf(input.rounding ?? 'cent', ['cent', 'whole'] as const, 'rounding');
  const countBackend = input.countBackend ?? false;
  const { lines: rated, stack } = dealLineRates(input.deal, rules);
  if (rated.length === 0)
    throw new InputError('missing', 'deal.lines', 'a plan needs at least one line');
  const list = input.listPriceCents;
  if (list !== undefined && list.length !== rated.length)
    throw new InputError('out_of_range', 'listPriceCents', 'one list price per line');

  const costs = input.deal.lines.map((line, i) => {
    const rates = rated[i]?.rates ?? [];
    const upfrontBps = sumBps(rates, (t) => t === 'upfront');
    const backendBps = sumBps(rates, (t) => t === 'backend');
    const counted = upfrontBps + (countBackend ? backendBps : 0);
    const netCostCents = mulDivRound(line.partnerPriceCents, BPS_PER_UNIT - counted, BPS_PER_UNIT);
    return { line, upfrontBps, backendBps, counted, netCostCents };
  });
  const netCostTotal = costs.reduce((n, c) => n + c.netCostCents, 0);

  // The margin as an exact fraction num/den of the selling price.
  let marginNum: number;
  let marginDen: number;
  if (kind === 'margin') {
    const bps = assertCents((input.target as { marginBps: unknown }).marginBps, 'target.marginBps');
    if (bps > MAX_MARGIN_BPS)
      throw new InputError(
        'out_of_range',
        'target.marginBps',
        `at most ${MAX_MARGIN_BPS} bps (99 %)`,
      );
    marginNum = bps;
    marginDen = BPS_PER_UNIT;
  } else {
    const total = assertCents(
      (input.target as { totalCents: unknown }).totalCents,
      'target.totalCents',
    );
    if (total < netCostTotal || total === 0)
      throw new InputError(
        'out_of_range',
        'target.totalCents',
        `below the net cost of ${netCostTotal} cents: the margin would be negative`,
      );
    marginNum = total - netCostTotal;
    marginDen = total;
  }
  // unit = cost ÷ (q × (1 − num/den)) = cost × den ÷ (q × (den − num)).
  const keep = marginDen - marginNum;

  const lines: PricedLine[] = costs.map((c, i) => {
    const q = c.line.quantity;
    const unit =
      q === 0 || c.netCostCents === 0
        ? 0
        : divide(BigInt(c.netCostCents) * BigInt(marginDen), BigInt(q) * BigInt(keep), rounding);
    const linePrice = unit * q;
    const margin = linePrice - c.netCostCents;
    const listLine = list?.[i];
    const discountBps =
      listLine === undefined || listLine === 0 ? null : ratioBps(listLine - linePrice, listLine);
    return {
      quantity: q,
      partnerPriceCents: c.line.partnerPriceCents,
      upfrontBps: c.upfrontBps,
      backendBps: c.backendBps,
      netCostCents: c.netCostCents,
      unitPriceCents: unit,
      linePriceCents: linePrice,
      marginCents: margin,
      marginBps: ratioBps(margin, linePrice),
      discountBps,
      steps: [
        step(
          'target.netCost',
          { line: i + 1, partnerPriceCents: c.line.partnerPriceCents, countedBps: c.counted },
          c.netCostCents,
          'cents',
        ),
        step(
          rounding === 'whole' ? 'target.unitPriceWhole' : 'target.unitPrice',
          {
            line: i + 1,
            netCostCents: c.netCostCents,
            quantity: q,
            marginBps: ratioBps(marginNum, marginDen),
          },
          unit,
          'cents',
        ),
        step(
          'target.linePrice',
          { line: i + 1, unitPriceCents: unit, quantity: q },
          linePrice,
          'cents',
        ),
      ],
    };
  });

  const selling = lines.reduce((n, l) => n + l.linePriceCents, 0);
  const partnerPrice = stack.partnerPriceCents;
  const upfront = stack.benefits
    .filter((b) => b.timing === 'upfront')
    .reduce((n, b) => n + b.amountCents, 0);
  const backend = stack.benefits
    .filter((b) => b.timing === 'backend')
    .reduce((n, b) => n + b.amountCents, 0);
  const spiff = stack.benefits
    .filter((b) => b.payee === 'rep')
    .reduce((n, b) => n + b.amountCents, 0);
  const marginCents = selling - netCostTotal;
  const backendStillToCome = countBackend
    ? 0
    : lines.reduce((n, l) => n + mulDivRound(l.partnerPriceCents, l.backendBps, BPS_PER_UNIT), 0);
  const listCents = list ? list.reduce((n, v) => n + v, 0) : null;
  const targetMarginBps = ratioBps(marginNum, marginDen);
  const marginBps = ratioBps(marginCents, selling);
  const totalSteps: Step[] = [
    step('target.selling', { lines: lines.length }, selling, 'cents'),
    step(
      'target.netCostTotal',
      { partnerPriceCents: partnerPrice, countBackend },
      netCostTotal,
      'cents',
    ),
    step(
      'target.margin',
      { sellingCents: selling, netCostCents: netCostTotal },
      marginCents,
      'cents',
    ),
    step('target.marginBps', { marginCents, sellingCents: selling }, marginBps, 'bps'),
  ];
  if (!countBackend)
    totalSteps.push(
      step(
        'target.backendApart',
        { backendCents: backend },
        ratioBps(marginCents + backendStillToCome, selling),
        'bps',
      ),
    );
  return {
    currency: stack.currency,
    rule: ruleRef(rules.deal ?? DEAL_2017),
    targetMarginBps,
    lines,
    sellingCents: selling,
    partnerPriceCents: partnerPrice,
    upfrontCents: upfront,
    backendCents: backend,
    backendCounted: countBackend,
    netCostCents: netCostTotal,
    marginCents,
    marginBps,
    marginWithBackendBps: ratioBps(marginCents + backendStillToCome, selling),
    spiffCents: spiff,
    listCents,
    discountBps: listCents ? ratioBps(listCents - selling, listCents) : null,
    differenceFromTargetCents:
      kind === 'customerPrice' ? selling - (input.target as { totalCents: number }).totalCents : 0,
    steps: [...lines.flatMap((l) => l.steps), ...totalSteps],
  };
}
