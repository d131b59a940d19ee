import { Dexie, type Table, type Transaction } from 'dexie';
import { WeeklyAggregateDelta, recountClaimAggregates } from './aggregates';
import { DB_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';
import type {
  CatalogRow,
  ClaimAggregateRow,
  ClaimRow,
  WeeklyAggregateRow,
  DealPlanRow,
  ElevateEnrolmentRow,
  ImportBatchRow,
  InvoiceRow,
  KeyValueRow,
  LeapActivityRow,
  LeapAwardRow,
  LeapRedemptionRow,
  LineAggregateRow,
  NominationRow,
  OutboxRow,
  QuarantineRow,
  RuleVersionRow,
  UserRow,
} from './rows';

export const DEFAULT_DB_NAME = 'partner-rewards';

export interface OpenOptions {
  /**
   * 'strict' for the app's own connection (claims, outbox: a claim the rep saw saved must survive
   * a power cut); the import worker opens its own connection with 'relaxed' for bulk speed.
   */
  durability?: 'strict' | 'relaxed' | 'default';
  /** Another window opened a newer version: this connection has been closed; tell the user. */
  onVersionChange?: () => void;
  /** Opening waits for an older connection elsewhere to close. */
  onBlocked?: () => void;
  /** For tests: an IndexedDB implementation (fake-indexeddb) instead of the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class PartnerRewardsDb extends Dexie {
  invoiceLines!: Table<InvoiceRow, string>;
  claims!: Table<ClaimRow, string>;
  outbox!: Table<OutboxRow, number>;
  lineAggregates!: Table<LineAggregateRow, string>;
  claimAggregates!: Table<ClaimAggregateRow, string>;
  weeklyAggregates!: Table<WeeklyAggregateRow, string>;
  catalog!: Table<CatalogRow, string>;
  ruleVersions!: Table<RuleVersionRow, string>;
  elevateEnrolments!: Table<ElevateEnrolmentRow, string>;
  leapActivities!: Table<LeapActivityRow, string>;
  leapRedemptions!: Table<LeapRedemptionRow, string>;
  dealPlans!: Table<DealPlanRow, string>;
  importBatches!: Table<ImportBatchRow, string>;
  quarantine!: Table<QuarantineRow, number>;
  settings!: Table<KeyValueRow, string>;
  syncState!: Table<KeyValueRow, string>;
  users!: Table<UserRow, string>;
  leapAwards!: Table<LeapAwardRow, string>;
  nominations!: Table<NominationRow, string>;

  constructor(name: string = DEFAULT_DB_NAME, options: OpenOptions = {}) {
    super(name, {
      chromeTransactionDurability: options.durability ?? 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    declareVersions(this);
    this.on('versionchange', () => {
      // A newer version is opening elsewhere: step aside instead of blocking it, then say so.
      this.close();
      options.onVersionChange?.();
      return false;
    });
    this.on('blocked', () => options.onBlocked?.());
  }
}

/** Every schema version and its upgrade, oldest first. Versions only move forward. */
export function declareVersions(db: Dexie, upTo: number = DB_VERSION): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) {
    db.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx: Transaction) => {
        // v2 keeps claim totals per quarter, rep, program and status: build them from the claims.
        const claims = (await tx.table('claims').toArray()) as ClaimRow[];
        await tx.table('claimAggregates').bulkPut(recountClaimAggregates(claims));
      });
  }
  // v3: a new table, nothing to transform.
  if (upTo >= 3) db.version(3).stores(SCHEMA_V3);
  if (upTo >= 4) {
    db.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx: Transaction) => {
        // v4 keeps revenue per partner, currency and week of the quarter: build it from the stored lines.
        // Streamed (a cursor), so a large database is not read into memory at once.
        const delta = new WeeklyAggregateDelta();
        await tx.table('invoiceLines').each((row: InvoiceRow) => delta.add(row, 1));
        await tx.table('weeklyAggregates').bulkPut(delta.merge([]).put);
      });
  }
  // v5: the nomination log, a new table, nothing to transform.
  if (upTo >= 5) db.version(5).stores(SCHEMA_V5);
}

export function openDatabase(
  name: string = DEFAULT_DB_NAME,
  options: OpenOptions = {},
): PartnerRewardsDb {
  return new PartnerRewardsDb(name, options);
}
