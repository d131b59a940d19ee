import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../calendar/dates';
import { applyBps, assertCents, minCents, type Currency } from '../money/money';
import { PDP_2017 } from '../rules/defaults';
import { ruleRef, type PdpRules } from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { requireArray, requireCount, requireObject, requireOneOf } from './input';
import { step, type Explained, type Step } from './steps';

export const PDP_CATEGORIES = ['clientSystems', 'dcgSystems', 'enterpriseOptions'] as const;
export type PdpCategory = (typeof PDP_CATEGORIES)[number];

export interface PdpRequest {
  readonly category: PdpCategory;
  readonly quantity: number;
  /** Bid-index price of one unit at time of purchase. */
  readonly unitPriceCents: number;
  readonly purchasedOn: IsoDate;
  readonly requestedOn: IsoDate;
}

export interface PdpInput {
  readonly previousQuarterPurchasesCents: number;
  /** When the partner became authorised: the seed's newcomer row depends on it. */
  readonly authorizedOn?: IsoDate;
  readonly requests?: readonly PdpRequest[];
}

export type PdpRefusal =
  'outsideRequestWindow' | 'overAllocation' | 'dcgCapReached' | 'requestedBeforePurchase';

export interface PdpRequestResult {
  readonly index: number;
  readonly approvedUnits: number;
  readonly rebateCents: number;
  readonly refusedUnits: number;
  readonly refusal: PdpRefusal | null;
  /** Last day to file the request for this purchase. */
  readonly requestDeadline: IsoDate;
}

export interface PdpResult extends Explained {
  readonly currency: Currency;
  readonly bracketIndex: number | null;
  readonly allocation: Readonly<Record<PdpCategory, number>>;
  readonly discountBps: Readonly<Record<PdpCategory, number>>;
  readonly dcgCapCents: number;
  readonly requests: readonly PdpRequestResult[];
  readonly rebateCents: number;
  readonly dcgRebateCents: number;
}

const DCG_CATEGORIES: ReadonlySet<PdpCategory> = new Set(['dcgSystems', 'enterpriseOptions']);

/**
 * Partner Demo Program (DOMAIN §5): units per quarter from previous-quarter purchases, the
 * discount per category, the 30-day request window and the DCG cap per partner. Requests are
 * taken in the order given (the order they were filed).
 */
export function pdpAllocation(input: PdpInput, rules: PdpRules = PDP_2017): PdpResult {
  checkRules('pdp', rules);
  requireObject(input, 'input');
  const purchases = assertCents(
    input.previousQuarterPurchasesCents,
    'previousQuarterPurchasesCents',
  );
  const authorizedOn =
    input.authorizedOn === undefined ? null : assertIsoDate(input.authorizedOn, 'authorizedOn');
  const steps: Step[] = [];

  let bracketIndex: number | null = null;
  rules.brackets.forEach((bracket, i) => {
    if (purchases < bracket.minPurchasesCents) return;
    if (
      bracket.authorizedOnOrAfter !== null &&
      (authorizedOn === null || authorizedOn < bracket.authorizedOnOrAfter)
    )
      return;
    const current = bracketIndex === null ? undefined : rules.brackets[bracketIndex];
    if (!current || bracket.minPurchasesCents >= current.minPurchasesCents) bracketIndex = i;
  });
  const bracket = bracketIndex === null ? undefined : rules.brackets[bracketIndex];
  const allocation: Record<PdpCategory, number> = {
    clientSystems: bracket?.clientSystems ?? 0,
    dcgSystems: bracket?.dcgSystems ?? 0,
    enterpriseOptions: bracket?.enterpriseOptions ?? 0,
  };
  steps.push(
    step(
      'pdp.bracket',
      {
        previousQuarterPurchasesCents: purchases,
        authorizedOn,
        minPurchasesCents: bracket?.minPurchasesCents ?? null,
      },
      bracketIndex,
      'level',
    ),
  );
  for (const category of PDP_CATEGORIES) {
    steps.push(
      step(
        'pdp.allocation',
        { category, discountBps: rules.discountBps[category] },
        allocation[category],
        'units',
      ),
    );
  }

  const remaining = { ...allocation };
  let dcgRoom = rules.dcgCapCents;
  let total = 0;
  let dcgTotal = 0;
  const requests = (
    input.requests === undefined ? [] : requireArray<PdpRequest>(input.requests, 'requests')
  ).map((request, i): PdpRequestResult => {
    requireObject(request, `requests[${i}]`);
    const category = requireOneOf(request.category, PDP_CATEGORIES, `requests[${i}].category`);
    const quantity = requireCount(request.quantity, `requests[${i}].quantity`);
    const unitPrice = assertCents(request.unitPriceCents, `requests[${i}].unitPriceCents`);
    const purchasedOn = assertIsoDate(request.purchasedOn, `requests[${i}].purchasedOn`);
    const requestedOn = assertIsoDate(request.requestedOn, `requests[${i}].requestedOn`);
    const age = daysBetween(purchasedOn, requestedOn);
    const deadline = addDays(purchasedOn, rules.requestWindowDays);
    const refuse = (refusal: PdpRefusal): PdpRequestResult => {
      steps.push(step('pdp.refused', { request: i, category, reason: refusal }, 0, 'cents'));
      return {
        index: i,
        approvedUnits: 0,
        rebateCents: 0,
        refusedUnits: quantity,
        refusal,
        requestDeadline: deadline,
      };
    };
    if (age < 0) return refuse('requestedBeforePurchase');
    if (age > rules.requestWindowDays) return refuse('outsideRequestWindow');
    const units = Math.min(quantity, remaining[category]);
    if (units === 0 && quantity > 0) return refuse('overAllocation');
    remaining[category] -= units;
    let rebate = applyBps(unitPrice * units, rules.discountBps[category]);
    let refusal: PdpRefusal | null = units < quantity ? 'overAllocation' : null;
    // The request's own arithmetic first, then the cap that lowers it: each line adds up.
    steps.push(
      step(
        'pdp.request',
        {
          request: i,
          category,
          units,
          unitPriceCents: unitPrice,
          discountBps: rules.discountBps[category],
        },
        rebate,
        'cents',
      ),
    );
    if (DCG_CATEGORIES.has(category)) {
      const capped = minCents(rebate, dcgRoom);
      if (capped < rebate) {
        steps.push(
          step(
            'pdp.dcgCap',
            { request: i, rebateCents: rebate, roomCents: dcgRoom, capCents: rules.dcgCapCents },
            capped,
            'cents',
          ),
        );
        refusal ??= 'dcgCapReached';
      }
      rebate = capped;
      dcgRoom -= rebate;
      dcgTotal += rebate;
    }
    total += rebate;
    return {
      index: i,
      approvedUnits: units,
      rebateCents: rebate,
      refusedUnits: quantity - units,
      refusal,
      requestDeadline: deadline,
    };
  });
  steps.push(step('pdp.total', { dcgRebateCents: dcgTotal }, total, 'cents'));

  return {
    currency: rules.currency,
    bracketIndex,
    allocation,
    discountBps: rules.discountBps,
    dcgCapCents: rules.dcgCapCents,
    requests,
    rebateCents: total,
    dcgRebateCents: dcgTotal,
    rule: ruleRef(rules),
    steps,
  };
}
