import { describe, expect, it } from 'vitest';
import { ELEVATE_2019 } from '../../../shared/index';
import { decimalSeparator, elevateWhatIf, elevateWhatIfGains, parseAmountToCents } from './what-if';

const base = { totalCents: 500_000, acceleratedCents: 100_000, targetCents: 1_000_000 };

describe('elevateWhatIf', () => {
  it('adds plain extra revenue at face value', () => {
    const r = elevateWhatIf(
      { ...base, level: 'entry', extraCents: 300_000, extraAccelerated: false },
      ELEVATE_2019,
    );
    expect(r.countedCents).toBe(500_000 + 100_000 + 300_000);
    expect(r.met).toBe(false);
    expect(r.payoutCents).toBe(0);
  });

  it('doubles accelerated extra revenue and pays the level rate once the target is met', () => {
    const r = elevateWhatIf(
      { ...base, level: 'entry', extraCents: 300_000, extraAccelerated: true },
      ELEVATE_2019,
    );
    expect(r.countedCents).toBe(1_200_000);
    expect(r.met).toBe(true);
    expect(r.payoutCents).toBe(36_000);
  });

  it('pays nothing when not enrolled', () => {
    const r = elevateWhatIf(
      { ...base, level: 'closed', extraCents: 2_000_000, extraAccelerated: false },
      ELEVATE_2019,
    );
    expect(r.met).toBe(true);
    expect(r.payoutCents).toBe(0);
  });
});

describe('elevateWhatIfGains', () => {
  const over = { totalCents: 1_500_000, acceleratedCents: 0, targetCents: 1_000_000 };

  it('with nothing typed, a partner not yet enrolled sees the gain of accepting, and no sales gain', () => {
    const g = elevateWhatIfGains(
      { ...over, level: 'top', extraCents: 0, extraAccelerated: false },
      0,
      ELEVATE_2019,
    );
    expect(g.acceptGainCents).toBe(75_000);
    expect(g.salesGainCents).toBe(0);
  });

  it('once enrolled, the whole difference comes from the extra sales', () => {
    const current = elevateWhatIf(
      { ...over, level: 'top', extraCents: 0, extraAccelerated: false },
      ELEVATE_2019,
    ).payoutCents;
    const g = elevateWhatIfGains(
      { ...over, level: 'top', extraCents: 100_000, extraAccelerated: false },
      current,
      ELEVATE_2019,
    );
    expect(g.acceptGainCents).toBe(0);
    expect(g.salesGainCents).toBe(5_000);
    expect(g.withExtra.payoutCents - current).toBe(g.acceptGainCents + g.salesGainCents);
  });
});

describe('parseAmountToCents', () => {
  it('reads amounts with the locale decimal separator', () => {
    expect(parseAmountToCents('2,500.50', '.')).toBe(250_050);
    expect(parseAmountToCents('2.500,50', ',')).toBe(250_050);
    expect(parseAmountToCents('7000', '.')).toBe(700_000);
    expect(parseAmountToCents('', '.')).toBe(0);
    expect(parseAmountToCents('-5', '.')).toBe(0);
    expect(parseAmountToCents('abc', '.')).toBe(0);
  });
});

describe('decimalSeparator', () => {
  it('knows English and German', () => {
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('de')).toBe(',');
  });
});
