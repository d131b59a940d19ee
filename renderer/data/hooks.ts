import { useLiveQuery } from 'dexie-react-hooks';
import {
  ruleInForce,
  rulesOn,
  type IsoDate,
  type Program,
  type RulesByProgram,
  type RuleVersion,
} from '../../shared/index';
import { DEFAULT_RULE_VERSIONS } from '../../shared/index';
import type { UserRow } from '../db/index';
import { useUi } from '../state/ui-store';
import { readAccount } from '../sync/account';
import { pickCurrentUser } from './current-user';
import { ruleVersionsOf } from './rule-versions';
import { db } from './db';

/** Live reads the screens share. Screens never touch tables beyond these and the repositories. */

export function useRuleVersions(): readonly RuleVersion[] {
  return (
    useLiveQuery(async () => {
      const rows = await db.ruleVersions.toArray();
      return ruleVersionsOf(rows.map((r) => r.data));
    }, []) ?? DEFAULT_RULE_VERSIONS
  );
}

export function useRules(date: IsoDate): RulesByProgram {
  return rulesOn(date, useRuleVersions());
}

export function useRule<P extends Program>(program: P, date: IsoDate): RulesByProgram[P] {
  return ruleInForce(program, date, useRuleVersions());
}

export function useUsers(): readonly UserRow[] {
  return useLiveQuery(() => db.users.toArray(), []) ?? [];
}

/**
 * The person using the app: in a database someone signed in to, that account's user (the server
 * accepts that user's changes only); otherwise the one chosen in the header, else the first user.
 */
export function useCurrentUser(): UserRow | undefined {
  const users = useUsers();
  const userId = useUi((s) => s.userId);
  const account = useLiveQuery(() => readAccount(db), []);
  return pickCurrentUser(users, account?.userId ?? userId);
}

/** Whether any invoice line is stored (undefined while unknown). Never counts: IndexedDB's count walks every key. */
export function useHasInvoiceLines(): boolean | undefined {
  return useLiveQuery(async () => (await db.invoiceLines.limit(1).primaryKeys()).length > 0, []);
}
