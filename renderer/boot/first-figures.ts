import { quarterKey, quarterOf, quarterStart } from '../../shared/calendar/fiscal';
import { ruleInForce } from '../../shared/rules/pick';
import { DEFAULT_RULE_VERSIONS } from '../../shared/rules/defaults';
import type { RuleVersion } from '../../shared/rules/schemas';
import type { ClaimAggregateRow, UserRow } from '../db/index';
import { DB_VERSION } from '../db/schema';
import { claimantIdsOf, pickCurrentUser, repsInView } from '../data/current-user';
import { spiffSummary } from '../features/dashboard/spiff-summary';

/**
 * The dashboard's first figure (SPIFF payable this quarter, the rep's or the team's), read with
 * bare IndexedDB before Dexie, React and the translations have loaded, from the same rows and
 * with the same functions as the dashboard's SPIFF card (spiffSummary, pickCurrentUser,
 * repsInView, ruleInForce). Nothing is written.
 */
export interface FirstFigures {
  /** The quarter and the user the header shows. */
  readonly quarter: string;
  readonly user: { readonly name: string; readonly role: string };
  readonly team: boolean;
  readonly payableCents: number;
  readonly currency: 'USD' | 'EUR';
}

/** Dexie stores version N as IndexedDB version N × 10. */
const NATIVE_VERSION = DB_VERSION * 10;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The database as it is, or null: never created, never upgraded from here. */
function openAsIs(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const req = factory.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

/**
 * Null where the dashboard would not show the figure from these rows: no database, one at
 * another schema version (the app upgrades it first), no invoice lines (the first-run card),
 * no user.
 */
export async function readFirstFigures(
  factory: IDBFactory,
  name: string,
  today: string,
  chosenUserId: string | null,
): Promise<FirstFigures | null> {
  const db = await openAsIs(factory, name);
  if (!db) return null;
  // The app may need this database for an upgrade or a restore: never stand in its way.
  db.onversionchange = () => db.close();
  try {
    if (db.version !== NATIVE_VERSION) return null;
    const quarter = quarterOf(today);
    const tx = db.transaction(['users', 'ruleVersions', 'invoiceLines', 'claimAggregates']);
    const [users, ruleRows, anyLine, claims] = await Promise.all([
      request(tx.objectStore('users').getAll() as IDBRequest<UserRow[]>),
      request(tx.objectStore('ruleVersions').getAll() as IDBRequest<{ data: RuleVersion }[]>),
      request(tx.objectStore('invoiceLines').getAllKeys(null, 1)),
      request(
        tx
          .objectStore('claimAggregates')
          .index('quarter')
          .getAll(quarterKey(quarter)) as IDBRequest<ClaimAggregateRow[]>,
      ),
    ]);
    if (anyLine.length === 0) return null;
    const user = pickCurrentUser(users, chosenUserId);
    if (!user) return null;
    const versions = ruleRows.length ? ruleRows.map((r) => r.data) : DEFAULT_RULE_VERSIONS;
    const rules = ruleInForce('spiff', quarterStart(quarter), versions);
    const summary = spiffSummary(claims, repsInView(user, users, claimantIdsOf(claims)), rules);
    return {
      quarter: quarterKey(quarter),
      user: { name: user.name, role: user.role },
      team: user.role === 'manager',
      payableCents: summary.payableCents,
      currency: rules.currency,
    };
  } finally {
    db.close();
  }
}
