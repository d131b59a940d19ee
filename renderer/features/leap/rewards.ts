import type { Currency } from '../../../shared/index';

/**
 * The redemption catalogue shown on this computer: vouchers and prepaid cards with their point
 * costs. Names are translated by id (leap.rewards.<id>). The vendor's own catalogue replaces this
 * list once the sync server provides it.
 */
export interface Reward {
  readonly id: string;
  readonly kind: 'voucher' | 'prepaid';
  readonly points: number;
  readonly valueCents: number;
  readonly currency: Currency;
}

export const REWARDS: readonly Reward[] = [
  { id: 'prepaid-25', kind: 'prepaid', points: 2_500, valueCents: 2_500, currency: 'USD' },
  { id: 'amazon-50', kind: 'voucher', points: 5_000, valueCents: 5_000, currency: 'USD' },
  { id: 'prepaid-100', kind: 'prepaid', points: 10_000, valueCents: 10_000, currency: 'USD' },
  { id: 'amazon-100', kind: 'voucher', points: 10_000, valueCents: 10_000, currency: 'USD' },
  { id: 'prepaid-250', kind: 'prepaid', points: 25_000, valueCents: 25_000, currency: 'USD' },
  { id: 'experience-500', kind: 'voucher', points: 50_000, valueCents: 50_000, currency: 'USD' },
];

export function rewardById(id: string): Reward | undefined {
  return REWARDS.find((r) => r.id === id);
}
