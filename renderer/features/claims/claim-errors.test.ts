import { describe, expect, it } from 'vitest';
import { AlreadyClaimedError, StorageFullError } from '../../db/index';
import { claimErrorMessage } from './claim-errors';

describe('claimErrorMessage', () => {
  it('maps the repository errors to sentences', () => {
    expect(claimErrorMessage(new AlreadyClaimedError(['a'])).key).toBe(
      'claims.errors.alreadyClaimed',
    );
    expect(claimErrorMessage(new StorageFullError(null)).key).toBe('claims.errors.storageFull');
    expect(claimErrorMessage(new Error('boom'))).toEqual({
      key: 'claims.errors.generic',
      values: { message: 'boom' },
    });
  });
});
