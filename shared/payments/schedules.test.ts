import { describe, expect, it } from 'vitest';
import { PAYMENTS_2017, expectedPayment } from './schedules';

describe('expectedPayment', () => {
  it('NCB back-end: twice a month, the 15th and the month end', () => {
    expect(expectedPayment('ncbBackend', '2026-11-03', '2026-11-03')).toBe('2026-11-15');
    expect(expectedPayment('ncbBackend', '2026-11-15', '2026-11-15')).toBe('2026-11-30');
    expect(expectedPayment('ncbBackend', '2026-11-30', '2026-11-30')).toBe('2026-12-15');
    expect(expectedPayment('ncbBackend', '2027-02-20', '2027-02-20')).toBe('2027-02-28');
  });
  it('SPIFF: loaded on the 15th of the month after approval, never in the past', () => {
    expect(expectedPayment('spiff', '2026-11-03', '2026-11-25')).toBe('2026-12-15');
    expect(expectedPayment('spiff', '2026-12-31', '2026-12-31')).toBe('2027-01-15');
    expect(expectedPayment('spiff', '2026-09-10', '2026-11-25')).toBe('2026-12-15');
  });
  it('Elevate and loyalty: after the fiscal quarter closes (Q3 ends 31 December)', () => {
    expect(expectedPayment('elevate', '2026-11-03', '2026-11-25')).toBe('2027-02-14');
    expect(expectedPayment('loyalty', '2026-11-03', '2026-11-25')).toBe('2027-01-30');
    expect(PAYMENTS_2017.schedules.loyalty.currency).toBe('EUR');
  });
  it('marks every day the seeds do not give as illustrative', () => {
    expect(PAYMENTS_2017.illustrative).toContain('schedules.spiff.day');
    expect(PAYMENTS_2017.illustrative).toContain('schedules.elevate.days');
  });
});
