import { addDays, type IsoDate } from '../../../shared/index';

/** Seed 001: up to a $500,000 credit line, 60 days interest-free, for the vendor's products. */
export interface CreditLine {
  readonly limitCents: number;
  readonly inUseCents: number;
}

export const INTEREST_FREE_DAYS = 60;

export interface CreditFit {
  readonly availableCents: number;
  readonly fits: boolean;
  /** After this deal: what is left (negative when it does not fit). */
  readonly leftAfterCents: number;
  /** Bought today, the interest-free days end on this date. */
  readonly interestFreeUntil: IsoDate;
}

export function creditFit(line: CreditLine, dealCents: number, today: IsoDate): CreditFit {
  const available = Math.max(0, line.limitCents - line.inUseCents);
  return {
    availableCents: available,
    fits: dealCents <= available,
    leftAfterCents: available - dealCents,
    interestFreeUntil: addDays(today, INTEREST_FREE_DAYS),
  };
}
