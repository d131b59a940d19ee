import { describe, expect, it } from 'vitest';
import { SPIFF_2017 } from '../rules/defaults';
import {
  CLAIM_STATUSES,
  canTransition,
  transition,
  IllegalTransitionError,
  type ClaimStatus,
} from './claim-status';
import { checkClaim, claimWindowEnd, diffNames } from './check-claim';

describe('claim status machine', () => {
  const legal: [ClaimStatus, ClaimStatus][] = [
    ['draft', 'queued'],
    ['draft', 'withdrawn'],
    ['queued', 'submitted'],
    ['queued', 'withdrawn'],
    ['queued', 'rejected'],
    ['submitted', 'approved'],
    ['submitted', 'rejected'],
    ['approved', 'paid'],
    ['approved', 'rejected'],
  ];

  it('allows exactly the legal moves', () => {
    for (const from of CLAIM_STATUSES) {
      for (const to of CLAIM_STATUSES) {
        const expected = legal.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('refuses illegal moves with a typed error', () => {
    expect(() => transition('paid', 'draft', 'rep-1', '2026-05-01T10:00:00Z')).toThrow(
      IllegalTransitionError,
    );
    expect(() => transition('draft', 'approved', 'rep-1', '2026-05-01T10:00:00Z')).toThrow(
      /cannot move from draft to approved/,
    );
  });

  it('requires a reason to reject', () => {
    expect(() => transition('submitted', 'rejected', 'server', '2026-05-01T10:00:00Z')).toThrow(
      /must say why/,
    );
    expect(
      transition('submitted', 'rejected', 'server', '2026-05-01T10:00:00Z', 'line not eligible'),
    ).toEqual({
      status: 'rejected',
      at: '2026-05-01T10:00:00Z',
      by: 'server',
      reason: 'line not eligible',
    });
  });
});

describe('checkClaim', () => {
  const line = {
    key: 'D1|INV-1|1',
    distributor: 'D1',
    partnerId: 'P1',
    invoiceNo: 'INV-1',
    lineNo: 1,
    date: '2026-05-10',
    sku: '7X06A0F1NA',
    family: 'server' as const,
    topseller: true,
    quantity: 4,
    unitPriceCents: 300_000,
    currency: 'USD' as const,
    customerName: 'Müller Maschinenbau GmbH',
  };
  const base = {
    line,
    program: 'spiff' as const,
    repId: 'rep-1',
    today: '2026-06-01',
    existingClaims: [],
  };

  it('passes a clean claim', () => {
    expect(checkClaim(base, SPIFF_2017)).toEqual([]);
  });

  it('flags an ineligible family, an active claim by anyone, and the window', () => {
    expect(
      checkClaim({ ...base, line: { ...line, family: 'visuals' } }, SPIFF_2017),
    ).toContainEqual({ code: 'family_not_eligible', family: 'visuals' });
    expect(
      checkClaim(
        {
          ...base,
          existingClaims: [
            { lineKey: line.key, program: 'spiff', status: 'submitted', repId: 'rep-2' },
          ],
        },
        SPIFF_2017,
      ),
    ).toContainEqual({
      code: 'already_claimed',
      byRepId: 'rep-2',
      status: 'submitted',
    });
    // a rejected claim frees the line
    expect(
      checkClaim(
        {
          ...base,
          existingClaims: [
            { lineKey: line.key, program: 'spiff', status: 'rejected', repId: 'rep-2' },
          ],
        },
        SPIFF_2017,
      ),
    ).toEqual([]);
    expect(claimWindowEnd('2026-05-10', SPIFF_2017)).toBe('2026-08-29');
    expect(checkClaim({ ...base, today: '2026-08-29' }, SPIFF_2017)).toEqual([]);
    expect(checkClaim({ ...base, today: '2026-08-30' }, SPIFF_2017)).toContainEqual({
      code: 'outside_claim_window',
      lastDay: '2026-08-29',
    });
  });

  it('shows the amount beyond the SPIFF cap', () => {
    expect(
      checkClaim({ ...base, spiffClaimedThisQuarterCents: 970_000 }, SPIFF_2017),
    ).toContainEqual({ code: 'over_spiff_cap', beyondCapCents: 30_000, capCents: 1_000_000 });
    expect(
      checkClaim({ ...base, spiffClaimedThisQuarterCents: 2_000_000 }, SPIFF_2017),
    ).toContainEqual({ code: 'over_spiff_cap', beyondCapCents: 60_000, capCents: 1_000_000 });
    expect(checkClaim({ ...base, spiffClaimedThisQuarterCents: 940_000 }, SPIFF_2017)).toEqual([]);
  });

  it('shows where an NCB back-end customer name differs from the nomination', () => {
    const warnings = checkClaim(
      { ...base, program: 'ncb', nominatedCustomerName: 'Muller Maschinenbau GmbH' },
      SPIFF_2017,
    );
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'customer_name_mismatch' }));
    expect(diffNames('Muller GmbH', 'Müller GmbH')).toEqual([
      { kind: 'same', text: 'M' },
      { kind: 'nominated', text: 'u' },
      { kind: 'invoiced', text: 'ü' },
      { kind: 'same', text: 'ller GmbH' },
    ]);
  });
});
