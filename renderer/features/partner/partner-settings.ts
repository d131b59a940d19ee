import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../shared/index';
import { db } from '../../data/db';
import { putSetting } from '../../db/index';

/** The partner's own details, entered in Settings (and later synced): quotes print them. */
export interface PartnerProfile {
  readonly name: string;
  readonly address: string;
}

import type { CreditLine } from './credit';
export { creditFit, INTEREST_FREE_DAYS, type CreditFit, type CreditLine } from './credit';

export const PROFILE_KEY = 'partnerProfile';
export const CREDIT_KEY = 'creditLine';
export const QUOTE_COUNTER_KEY = 'quoteCounter';
/** Seed 001: the most the line can be. */
export const CREDIT_MAX_CENTS = 50_000_000;

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

/** The next quote number (Q-2026-0001, …), counted per install in one transaction. */
export async function nextQuoteNumber(today: IsoDate): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const n = (((await db.settings.get(QUOTE_COUNTER_KEY))?.value as number | undefined) ?? 0) + 1;
    await db.settings.put({ key: QUOTE_COUNTER_KEY, value: n });
    return `Q-${today.slice(0, 4)}-${String(n).padStart(4, '0')}`;
  });
}
