/** A failed claim → the translation key (and values) that tells the rep what happened. */
export function claimErrorMessage(error: unknown): {
  key: string;
  values?: Record<string, string>;
} {
  const name = error instanceof Error ? error.name : '';
  if (name === 'AlreadyClaimedError') return { key: 'claims.errors.alreadyClaimed' };
  if (name === 'ClaimNotPermittedError') return { key: 'claims.errors.notPermitted' };
  if (name === 'StorageFullError') return { key: 'claims.errors.storageFull' };
  return {
    key: 'claims.errors.generic',
    values: { message: error instanceof Error ? error.message : String(error) },
  };
}
