import { describe, expect, it } from 'vitest';
import { creditFit } from './credit';

describe('creditFit', () => {
  it('says whether a deal fits what is left and when 60 interest-free days end', () => {
    const line = { limitCents: 50_000_000, inUseCents: 49_000_000 };
    expect(creditFit(line, 1_088_500, '2026-11-25')).toEqual({
      availableCents: 1_000_000,
      fits: false,
      leftAfterCents: -88_500,
      interestFreeUntil: '2027-01-24',
    });
    expect(creditFit(line, 1_000_000, '2026-11-25').fits).toBe(true);
    expect(creditFit({ limitCents: 100, inUseCents: 500 }, 0, '2026-11-25').availableCents).toBe(0);
  });
});
