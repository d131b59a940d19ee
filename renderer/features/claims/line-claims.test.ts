import { describe, expect, it } from 'vitest';
import { claimsByLine, expectedPaymentOf, repClaimsOn } from './line-claims';
import { claim } from './test-rows';

describe('claimsByLine', () => {
  it('prefers the active claim, else the latest ended one, per program', () => {
    const map = claimsByLine([
      claim('a', { id: 'old', status: 'rejected', reason: 'No', updatedAt: '2026-10-01' }),
      claim('a', { id: 'new', status: 'queued', updatedAt: '2026-09-01' }),
      claim('a', { id: 'leap', program: 'leap', status: 'withdrawn' }),
      claim('b', { id: 'r1', status: 'rejected', reason: 'Old', updatedAt: '2026-10-01' }),
      claim('b', { id: 'r2', status: 'rejected', reason: 'New', updatedAt: '2026-10-05' }),
    ]);
    expect(map.get('a')?.spiff?.id).toBe('new');
    expect(map.get('a')?.leap?.status).toBe('withdrawn');
    expect(map.get('b')?.spiff).toMatchObject({ id: 'r2', reason: 'New' });
  });

  it('carries the server’s refusal, code and values, for the table to word', () => {
    const refusal = {
      mutation: 'claim.create',
      code: 'outside_claim_window',
      message: 'The claim window closed on 2026-10-30.',
      details: { lastDay: '2026-10-30' },
      at: '2026-12-01T08:00:00.000Z',
    };
    const map = claimsByLine([
      claim('a', { status: 'rejected', reason: refusal.message, syncRejection: refusal }),
      claim('b', {
        status: 'submitted',
        syncRejection: { ...refusal, mutation: 'claim.withdraw' },
      }),
    ]);
    expect(map.get('a')?.spiff?.refusal).toEqual(refusal);
    expect(map.get('b')?.spiff?.refusal).toMatchObject({ mutation: 'claim.withdraw' });
  });

  it('finds one rep’s claims on selected lines by status', () => {
    const rows = [
      claim('a', { id: '1', status: 'draft' }),
      claim('b', { id: '2', status: 'draft', repId: 'rep-ben' }),
      claim('c', { id: '3', status: 'queued' }),
    ];
    expect(
      repClaimsOn(rows, new Set(['a', 'b', 'c']), 'rep-ana', ['draft']).map((c) => c.id),
    ).toEqual(['1']);
  });
});

describe('expectedPaymentOf', () => {
  const claim = (program: 'spiff' | 'ncb' | 'leap', status: 'queued' | 'approved' | 'paid') => ({
    id: 'c',
    program,
    status,
    repId: 'rep-ana',
    updatedOn: '2026-11-28',
  });

  it('SPIFF: the monthly card load after today while queued, after the approval once approved', () => {
    expect(expectedPaymentOf(claim('spiff', 'queued'), '2026-11-25')).toBe('2026-12-15');
    expect(expectedPaymentOf(claim('spiff', 'approved'), '2026-11-25')).toBe('2026-12-15');
  });

  it('NCB back-end: the next of the two runs a month', () => {
    expect(expectedPaymentOf(claim('ncb', 'approved'), '2026-11-25')).toBe('2026-11-30');
  });

  it('nothing for paid claims or LEAP points', () => {
    expect(expectedPaymentOf(claim('spiff', 'paid'), '2026-11-25')).toBeNull();
    expect(expectedPaymentOf(claim('leap', 'queued'), '2026-11-25')).toBeNull();
  });
});
