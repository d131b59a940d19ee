import {
  expectedPayment,
  PAYMENTS_2017,
  type ClaimStatus,
  type Currency,
  type IsoDate,
  type PaidProgram,
  type PaymentSchedules,
} from '../../../shared/index';
import type { ClaimAggregateRow } from '../../db/index';

/** One expected payment: what, how much, in which currency, on which day (from the schedules). */
export interface Arrival {
  readonly program: PaidProgram;
  readonly amountCents: number;
  readonly currency: Currency;
  readonly expectedOn: IsoDate;
  readonly thisMonth: boolean;
}

export interface ArrivalInput {
  readonly today: IsoDate;
  readonly quarterEnd: IsoDate;
  readonly claims: readonly ClaimAggregateRow[];
  readonly repIds: readonly string[];
  /** SPIFF approved but not yet paid, after the quarterly cap. */
  readonly spiffApprovedUnpaidCents: number;
  readonly elevatePayoutCents: number;
  readonly loyaltyEurCents: number;
  readonly schedules?: PaymentSchedules;
}

const APPROVED_UNPAID: readonly ClaimStatus[] = ['approved'];

/**
 * What is expected and when: SPIFF approved (loaded monthly), NCB back-end claims approved (twice
 * a month), Elevate and loyalty of this quarter (after it closes). Zero amounts are left out.
 */
export function arrivals(input: ArrivalInput): Arrival[] {
  const schedules = input.schedules ?? PAYMENTS_2017;
  const month = input.today.slice(0, 7);
  const ncb = input.claims
    .filter(
      (c) =>
        c.program === 'ncb' && input.repIds.includes(c.repId) && APPROVED_UNPAID.includes(c.status),
    )
    .reduce((n, c) => n + c.amount, 0);
  const items: [PaidProgram, number, IsoDate][] = [
    ['spiff', input.spiffApprovedUnpaidCents, input.today],
    ['ncbBackend', ncb, input.today],
    ['elevate', input.elevatePayoutCents, input.quarterEnd],
    ['loyalty', input.loyaltyEurCents, input.quarterEnd],
  ];
  return items
    .filter(([, amount]) => amount > 0)
    .map(([program, amount, basis]) => {
      const expectedOn = expectedPayment(program, basis, input.today, schedules);
      return {
        program,
        amountCents: amount,
        currency: schedules.schedules[program].currency,
        expectedOn,
        thisMonth: expectedOn.slice(0, 7) === month,
      };
    })
    .sort((a, b) => (a.expectedOn < b.expectedOn ? -1 : a.expectedOn > b.expectedOn ? 1 : 0));
}
