import { describe, expect, it } from 'vitest';
import { ClaimNotPermittedError } from '../../db/index';
import { claimErrorMessage } from './claim-errors';
import { claimBlockedReason } from './claim-permission';

describe('who may claim (seed 004: the partner decides)', () => {
  it('names why the claim buttons are off', () => {
    expect(claimBlockedReason(undefined)).toBe('claims.permission.noUser');
    expect(claimBlockedReason({ mayClaim: false })).toBe('claims.permission.notPermitted');
    expect(claimBlockedReason({ mayClaim: true })).toBeNull();
    // A row stored before the permission existed: the server's default, allowed.
    expect(claimBlockedReason({})).toBeNull();
  });

  it("turns the repository's refusal into a sentence of its own", () => {
    expect(claimErrorMessage(new ClaimNotPermittedError('u', 'Ana')).key).toBe(
      'claims.errors.notPermitted',
    );
  });
});
