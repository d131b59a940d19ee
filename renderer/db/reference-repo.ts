import {
  DEFAULT_RULE_VERSIONS,
  parseRuleVersion,
  ruleInForce,
  type IsoDate,
  type Program,
  type RuleVersion,
  type RulesByProgram,
} from '../../shared/index';
import type { PartnerRewardsDb } from './database';
import { guardStorage } from './errors';
import type { CatalogRow, RuleVersionRow, UserRow } from './rows';

/** Catalog, rule versions, users and settings: the reference data the screens read. */

export async function putCatalog(db: PartnerRewardsDb, rows: readonly CatalogRow[]): Promise<void> {
  await guardStorage(() => db.catalog.bulkPut([...rows]));
}

export async function catalogLookup(db: PartnerRewardsDb): Promise<Map<string, CatalogRow>> {
  const rows = await db.catalog.toArray();
  return new Map(rows.map((r) => [r.sku, r]));
}

/** Stores rule versions after checking each against its schema; a bad one names its field. */
export async function putRuleVersions(
  db: PartnerRewardsDb,
  versions: readonly unknown[],
): Promise<void> {
  const rows: RuleVersionRow[] = versions.map((data, i) => {
    const parsed = parseRuleVersion(data, `ruleVersions[${i}]`);
    return {
      version: parsed.version,
      program: parsed.program,
      effectiveFrom: parsed.effectiveFrom,
      data: parsed,
    };
  });
  await guardStorage(() => db.ruleVersions.bulkPut(rows));
}

/** The stored rule versions, or the shipped defaults when none are stored yet. */
export async function loadRuleVersions(db: PartnerRewardsDb): Promise<readonly RuleVersion[]> {
  const rows = await db.ruleVersions.toArray();
  return rows.length ? rows.map((r) => r.data) : DEFAULT_RULE_VERSIONS;
}

export async function ruleOn<P extends Program>(
  db: PartnerRewardsDb,
  program: P,
  date: IsoDate,
): Promise<RulesByProgram[P]> {
  return ruleInForce(program, date, await loadRuleVersions(db));
}

export async function putUsers(db: PartnerRewardsDb, users: readonly UserRow[]): Promise<void> {
  await guardStorage(() => db.users.bulkPut([...users]));
}

export async function getSetting<T>(db: PartnerRewardsDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function putSetting(db: PartnerRewardsDb, key: string, value: unknown): Promise<void> {
  await guardStorage(() => db.settings.put({ key, value }));
}
