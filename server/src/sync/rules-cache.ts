import type { RuleVersion } from '../../../shared/index';
import { RuleVersionSchema } from '../../../shared/index';

/** Rule versions as read, with the stamp the database gave them. */
export interface KeptRules {
  readonly stamp: string;
  readonly rules: RuleVersion[];
}

/**
 * The rule versions a push decides with, kept between pushes with their stamp (migration 11:
 * each change to rule_versions draws a new random stamp). push_open sends the rules only when the
 * stamp it is given is not the database's, so a push reads them once per publication, not every
 * time. One per app: a process may serve several databases (the tests do), each with stamps of
 * its own. Nothing is decided from memory alone: every push asks the database whether its stamp
 * is current, so several instances stay stateless over one database.
 */
export class RulesCache {
  private latest: KeptRules | null = null;

  /** The rules kept now: send their stamp, and hand them to `answer` with push_open's reply. */
  get kept(): KeptRules | null {
    return this.latest;
  }

  /**
   * The rules in force: `json` when push_open sent them (the stamp `sent` was not current), kept
   * from now on; else the rules sent, which push_open found current. Those are the ones held when
   * the push asked: a concurrent push may have kept others since.
   */
  answer(sent: KeptRules | null, stamp: string, json: string | null): RuleVersion[] {
    if (json !== null) {
      const rules = RuleVersionSchema.array().parse(JSON.parse(json));
      this.latest = { stamp, rules };
      return rules;
    }
    if (sent?.stamp !== stamp)
      throw new Error(`push_open sent no rule versions for stamp ${stamp}, not the one sent`);
    return sent.rules;
  }
}
