import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, type IsoDate } from '../../../shared/index';
import { db } from '../../data/db';
import { putSetting } from '../../db/index';

/** The partner's own details, entered in Settings (and later synced): quotes print them. */
export interface PartnerProfile {
  readonly name: string;
  readonly address: string;
}

/** Seed 001: up to a $500,000 credit line, 60 days interest-free, for the vendor's products. */
export interface CreditLine {
  readonly limitCents: number;
  readonly inUseCents: number;
}

export const PROFILE_KEY = 'partnerProfile';
export const CREDIT_KEY = 'creditLine';
export const QUOTE_COUNTER_KEY = 'quoteCounter';
/** Seed 001's figures: the most the line can be, and its interest-free days. */
export const CREDIT_MAX_CENTS = 50_000_000;
export const INTEREST_FREE_DAYS = 60;

export const EMPTY_PROFILE: PartnerProfile = { name: '', address: '' };

export function usePartnerProfile(): PartnerProfile | undefined {
  return useLiveQuery(
    async () =>
      ((await db.settings.get(PROFILE_KEY))?.value as PartnerProfile | undefined) ?? EMPTY_PROFILE,
    [],
  );
}

export function useCreditLine(): CreditLine | null | undefined {
  return useLiveQuery(
    async () => ((await db.settings.get(CREDIT_KEY))?.value as CreditLine | undefined) ?? null,
    [],
  );
}

export const saveProfile = (profile: PartnerProfile) => putSetting(db, PROFILE_KEY, profile);
export const saveCreditLine = (line: CreditLine) => putSetting(db, CREDIT_KEY, line);

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

/** The next quote number (Q-2026-0001, …), counted per install in one transaction. */
export async function nextQuoteNumber(today: IsoDate): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const n = (((await db.settings.get(QUOTE_COUNTER_KEY))?.value as number | undefined) ?? 0) + 1;
    await db.settings.put({ key: QUOTE_COUNTER_KEY, value: n });
    return `Q-${today.slice(0, 4)}-${String(n).padStart(4, '0')}`;
  });
}
