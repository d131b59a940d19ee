import { describe, expect, it } from 'vitest';
import { LEAP_2019 } from '../../../shared/index';
import type { ClaimRow } from '../../db/index';
import { checkRedemption, ledgerEntries } from './ledger';

const claim: ClaimRow = {
  id: 'c1',
  lineKey: 'k',
  program: 'leap',
  repId: 'ana',
  partnerId: 'P',
  quarter: 'FY2026-Q3',
  family: 'server',
  units: 2,
  amount: 500,
  unit: 'points',
  status: 'approved',
  ruleVersion: 'x',
  createdAt: '2026-10-05T10:00:00.000Z',
  updatedAt: '2026-10-05T10:00:00.000Z',
  history: [],
};

describe('ledgerEntries', () => {
  it('lists learning, sales, promotions and redemptions of the year, newest first', () => {
    const entries = ledgerEntries({
      userId: 'ana',
      from: '2026-04-01',
      to: '2026-11-25',
      rules: LEAP_2019,
      activities: [
        {
          id: 'a1',
          userId: 'ana',
          kind: 'course',
          title: 'T',
          completedOn: '2026-05-01',
          points: 100,
        },
        {
          id: 'a2',
          userId: 'ana',
          kind: 'course',
          title: 'Old',
          completedOn: '2026-03-01',
          points: 100,
        },
        {
          id: 'a3',
          userId: 'ben',
          kind: 'course',
          title: 'T',
          completedOn: '2026-05-01',
          points: 100,
        },
      ],
      claims: [claim, { ...claim, id: 'c2', status: 'submitted' }],
      awards: [
        { id: 'w1', userId: 'ana', promotionId: 'amd-sell-and-learn', awardedOn: '2026-06-01' },
      ],
      redemptions: [
        {
          id: 'r1',
          userId: 'ana',
          rewardId: 'amazon-50',
          points: 5_000,
          requestedOn: '2026-11-01',
          status: 'requested',
        },
        {
          id: 'r2',
          userId: 'ana',
          rewardId: 'amazon-50',
          points: 5_000,
          requestedOn: '2026-11-02',
          status: 'cancelled',
        },
      ],
    });
    expect(entries.map((e) => [e.id, e.source, e.points])).toEqual([
      ['r2', 'redemptions', 0],
      ['r1', 'redemptions', -5_000],
      ['c1', 'sales', 500],
      ['w1', 'promotions', 6_000],
      ['a1', 'learning', 100],
    ]);
  });
});

describe('checkRedemption', () => {
  it('refuses a reward that costs more than the balance', () => {
    expect(checkRedemption(5_000, 5_000)).toEqual({ ok: true });
    expect(checkRedemption(4_200, 10_000)).toEqual({ ok: false, shortBy: 5_800 });
    expect(checkRedemption(-100, 2_500)).toEqual({ ok: false, shortBy: 2_500 });
  });
});
