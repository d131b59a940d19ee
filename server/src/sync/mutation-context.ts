import {
  MUTATION_ARGS,
  type MutationArgs,
  type MutationName,
  type ReasonCode,
  type RejectionDetails,
  type RuleVersion,
} from '../../../shared/index';
import type { AuthUser } from '../auth/sessions';
import type { Queryable } from '../db/adapter';
import type { FeedWriter } from './feed';

/** A mutation refused for good: recorded with its reason, and the client moves on. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
  constructor(
    readonly code: ReasonCode,
    message: string,
    readonly details?: RejectionDetails,
  ) {
    super(message);
  }
}

export interface MutationContext {
  readonly tx: Queryable;
  readonly user: AuthUser;
  /** The server's clock (never the client's). */
  readonly now: Date;
  readonly rules: readonly RuleVersion[];
  readonly feed: FeedWriter;
}

/** The server's date (UTC), never the client's. */
export const today = (now: Date): string => now.toISOString().slice(0, 10);

/** A mutation's args by the shared schema; refused for good (invalid_args) when they do not fit. */
export function parseArgs<N extends MutationName>(name: N, raw: unknown): MutationArgs[N] {
  const parsed = MUTATION_ARGS[name].safeParse(raw);
  if (!parsed.success)
    throw new Rejection(
      'invalid_args',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; '),
    );
  return parsed.data as MutationArgs[N];
}
