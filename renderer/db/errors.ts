/**
 * Storage failures a person can act on. IndexedDB reports a full disk as QuotaExceededError,
 * which Dexie often wraps in an AbortError (`inner`); both surface here as StorageFullError.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(override readonly cause: unknown) {
    super(
      'The disk is full or the browser refused more storage. Nothing was saved. Free some disk space (or remove old imports) and try again.',
    );
  }
}

/** A line already has an active claim for this program (the unique index said so). */
export class AlreadyClaimedError extends Error {
  override readonly name = 'AlreadyClaimedError';
  constructor(readonly lineKeys: readonly string[]) {
    super(`Already claimed for this program: ${lineKeys.join(', ')}. Nothing was claimed.`);
  }
}

/** The user is not allowed to claim for the partner (seed 004: the partner's personas decide). */
export class ClaimNotPermittedError extends Error {
  override readonly name = 'ClaimNotPermittedError';
  constructor(
    readonly userId: string,
    readonly userName: string,
  ) {
    super(`${userName} is not allowed to claim for this partner. Nothing was claimed.`);
  }
}

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    typeof (error as ErrorLike).name === 'string'
    ? ((error as ErrorLike).name as string)
    : undefined;
}

export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (errorName(current) === 'QuotaExceededError') return true;
    const failures = (current as ErrorLike).failures;
    if (Array.isArray(failures) && failures.some(isQuotaError)) return true;
    current = (current as ErrorLike).inner;
  }
  return false;
}

export function isConstraintError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (errorName(current) === 'ConstraintError') return true;
    const failures = (current as ErrorLike).failures;
    if (Array.isArray(failures) && failures.some(isConstraintError)) return true;
    current = (current as ErrorLike).inner;
  }
  return false;
}

/** Runs a write and turns a quota failure into StorageFullError; everything else passes through. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
