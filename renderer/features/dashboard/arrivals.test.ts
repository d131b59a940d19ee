import { describe, expect, it } from 'vitest';
import type { ClaimAggregateRow } from '../../db/index';
import { arrivals } from './arrivals';

const ncbRow = (status: ClaimAggregateRow['status'], amount: number): ClaimAggregateRow =>
  ({
    id: status,
    quarter: '2026Q3',
    repId: 'rep-1',
    program: 'ncb',
    status,
    family: 'server',
    claims: 1,
    units: 1,
    amount,
  }) as ClaimAggregateRow;

describe('arrivals', () => {
  it('dates each program by its schedule and marks what arrives this month', () => {
    const list = arrivals({
      today: '2026-11-25',
      quarterEnd: '2026-12-31',
      claims: [ncbRow('approved', 50_000), ncbRow('queued', 99_999), ncbRow('paid', 12_345)],
      repIds: ['rep-1'],
      spiffApprovedUnpaidCents: 150_000,
      elevatePayoutCents: 0,
      loyaltyEurCents: 25_000,
    });
    expect(list).toEqual([
      {
        program: 'ncbBackend',
        amountCents: 50_000,
        currency: 'USD',
        expectedOn: '2026-11-30',
        thisMonth: true,
      },
      {
        program: 'spiff',
        amountCents: 150_000,
        currency: 'USD',
        expectedOn: '2026-12-15',
        thisMonth: false,
      },
      {
        program: 'loyalty',
        amountCents: 25_000,
        currency: 'EUR',
        expectedOn: '2027-01-30',
        thisMonth: false,
      },
    ]);
  });
});
