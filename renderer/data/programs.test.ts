import { describe, expect, it } from 'vitest';
import { ELEVATE_2019 } from '../../shared/index';
import type { ElevateEnrolmentRow, LineAggregateRow } from '../db/index';
import { elevateView, targetInForceExplained } from './programs';

/** USD revenue of partner P1 in a quarter, as one aggregate row. */
const revenue = (quarter: string, revenueCents: number): LineAggregateRow => ({
  id: `${quarter}|P1`,
  quarter,
  partnerId: 'P1',
  family: 'notebook',
  topseller: 0,
  accelerator: 0,
  currency: 'USD',
  lines: 1,
  units: 1,
  revenueCents,
});
// DOMAIN §2 golden example: $4,000 / $5,000 / $6,000 / $5,000 before FY2026-Q3 → $5,500.
const LINES = [
  revenue('FY2025-Q3', 400_000),
  revenue('FY2025-Q4', 500_000),
  revenue('FY2026-Q1', 600_000),
  revenue('FY2026-Q2', 500_000),
  revenue('FY2026-Q3', 650_000),
];
const view = (
  vendorTarget?: { targetCents: number; setAt: string },
  enrolment?: ElevateEnrolmentRow,
) => elevateView(LINES, 'P1', 'FY2026-Q3', enrolment, ELEVATE_2019, '2026-10-10', vendorTarget);

describe('the Elevate target in force', () => {
  it('is the calculated one, explained by the calculator’s own steps', () => {
    const v = view();
    expect(v.targetCents).toBe(550_000);
    expect(v.payout.met).toBe(true);
    expect(targetInForceExplained(v)).toBe(v.target);
  });

  it('is the vendor’s when it set one: the payout counts against it and its explanation adds up', () => {
    const v = view({ targetCents: 700_000, setAt: '2026-10-02T09:00:00.000Z' });
    expect(v.target.targetCents).toBe(550_000);
    expect(v.targetCents).toBe(700_000);
    expect(v.payout.met).toBe(false);
    const explained = targetInForceExplained(v);
    expect(explained.steps).toEqual([
      {
        key: 'elevate.vendorTarget',
        inputs: { setOn: '2026-10-02' },
        result: 700_000,
        unit: 'cents',
      },
    ]);
    expect(explained.steps.at(-1)?.result).toBe(v.targetCents);
  });

  it('is the accepted one once accepted, whatever the vendor sets later', () => {
    const enrolment: ElevateEnrolmentRow = {
      id: 'P1|FY2026-Q3',
      partnerId: 'P1',
      quarter: 'FY2026-Q3',
      targetCents: 600_000,
      acceptedOn: '2026-10-05',
      level: 'top',
      acceptedBy: 'mgr',
      ruleVersion: ELEVATE_2019.version,
    };
    const v = view({ targetCents: 700_000, setAt: '2026-10-09T09:00:00.000Z' }, enrolment);
    expect(v.targetCents).toBe(600_000);
    expect(v.payout.met).toBe(true);
    expect(targetInForceExplained(v).steps.at(-1)?.result).toBe(600_000);
  });
});
