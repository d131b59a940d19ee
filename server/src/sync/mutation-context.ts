import type { ReasonCode, RuleVersion } from '../../../shared/index';
import type { AuthUser } from '../auth/sessions';
import type { Queryable } from '../db/adapter';
import type { FeedWriter } from './feed';

/** A mutation refused for good: recorded with its reason, and the client moves on. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
  constructor(
    readonly code: ReasonCode,
    message: string,
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
