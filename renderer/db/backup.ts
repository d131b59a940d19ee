import type { PartnerRewardsDb } from './database';
import {
  recountClaimAggregates,
  recountLineAggregates,
  recountWeeklyAggregates,
} from './aggregates';
import { DB_VERSION, SCHEMA_V5, type TableName } from './schema';
import type { ClaimRow, InvoiceRow } from './rows';
import type { LocalDataCounts } from './local-data';

/**
 * One-file backup of the whole local database: a versioned JSON document with a SHA-256 checksum
 * over its tables. Restore refuses a corrupt file, a foreign file, or one from a newer app, and
 * replaces the database in one transaction: it either all lands or nothing changes.
 */
export const BACKUP_FORMAT = 'partner-rewards-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly checksum: string;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}

/** What exactly is wrong, for a translated sentence (the message stays English, for logs). */
export interface BackupErrorDetail {
  readonly key: 'noTables' | 'unknownTable' | 'notAList' | 'countMismatch' | 'checksum';
  readonly values?: Readonly<Record<string, string | number>>;
}

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code:
      'not_json' | 'not_a_backup' | 'newer_format' | 'newer_schema' | 'checksum' | 'bad_table',
    message: string,
    readonly detail?: BackupErrorDetail,
  ) {
    super(message);
  }
}

/** Every table of the current schema. */
export const ALL_TABLES = Object.keys(SCHEMA_V5) as TableName[];

/**
 * Aggregates are not backed up: restore rebuilds them from the restored lines and claims, so a
 * backup from any schema version restores complete and consistent (older backups that carry
 * aggregate tables are accepted; those tables are ignored).
 */
const REBUILT_ON_RESTORE: readonly TableName[] = [
  'lineAggregates',
  'claimAggregates',
  'weeklyAggregates',
];

export const BACKUP_TABLES = ALL_TABLES.filter((t) => !REBUILT_ON_RESTORE.includes(t));

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function exportBackup(db: PartnerRewardsDb, now: string): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction(
    'r',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      for (const name of BACKUP_TABLES) tables[name] = await db.table(name).toArray();
    },
  );
  const body = JSON.stringify(tables);
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t]?.length ?? 0]));
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: DB_VERSION,
    createdAt: now,
    counts,
    checksum: await sha256Hex(body),
  };
  // Tables last and verbatim, so the checksum can be recomputed over exactly these bytes' data.
  return `${JSON.stringify(header).slice(0, -1)},"tables":${body}}`;
}

export async function readBackup(text: string): Promise<BackupFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupError(
      'not_json',
      'This file is not a Partner Rewards backup: it is not valid JSON (it may be truncated or corrupt).',
    );
  }
  const file = parsed as Partial<BackupFile>;
  if (typeof parsed !== 'object' || parsed === null || file.format !== BACKUP_FORMAT) {
    throw new BackupError('not_a_backup', 'This file is not a Partner Rewards backup.');
  }
  if (typeof file.formatVersion !== 'number' || file.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'newer_format',
      `This backup was written by a newer version of Partner Rewards (format ${String(file.formatVersion)}). Update the app to restore it.`,
    );
  }
  if (typeof file.schemaVersion !== 'number' || file.schemaVersion > DB_VERSION) {
    throw new BackupError(
      'newer_schema',
      `This backup comes from a newer database (version ${String(file.schemaVersion)}; this app has ${DB_VERSION}). Update the app to restore it.`,
    );
  }
  if (typeof file.tables !== 'object' || file.tables === null)
    throw new BackupError('not_a_backup', 'This backup has no tables.', { key: 'noTables' });
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!ALL_TABLES.includes(name as TableName))
      throw new BackupError('bad_table', `This backup has an unknown table "${name}".`, {
        key: 'unknownTable',
        values: { table: name },
      });
    if (!Array.isArray(rows))
      throw new BackupError('bad_table', `Table "${name}" in this backup is not a list.`, {
        key: 'notAList',
        values: { table: name },
      });
    if (file.counts?.[name] !== rows.length)
      throw new BackupError(
        'checksum',
        `Table "${name}" has ${rows.length} rows; the backup says ${String(file.counts?.[name])}. The file is corrupt.`,
        {
          key: 'countMismatch',
          values: { table: name, rows: rows.length, expected: String(file.counts?.[name]) },
        },
      );
  }
  const checksum = await sha256Hex(JSON.stringify(file.tables));
  if (checksum !== file.checksum)
    throw new BackupError(
      'checksum',
      'The backup does not match its checksum: the file is corrupt or was edited. Nothing was restored.',
      { key: 'checksum' },
    );
  return file as BackupFile;
}

/** What a checked backup holds, in the terms a "replace?" question names. */
export function backupContents(file: BackupFile): LocalDataCounts {
  const n = (table: TableName) => file.tables[table]?.length ?? 0;
  return {
    invoiceLines: n('invoiceLines'),
    claims: n('claims'),
    unsent: n('outbox'),
    dealPlans: n('dealPlans'),
    leapEntries: n('leapActivities') + n('leapRedemptions') + n('leapAwards'),
    imports: n('importBatches'),
  };
}

/** Reads and checks a backup, then replaces everything with it: for callers that need no question. */
export async function restoreBackup(
  db: PartnerRewardsDb,
  text: string,
): Promise<Record<string, number>> {
  return restoreBackupFile(db, await readBackup(text));
}

/**
 * Replaces every table with a backup already checked by `readBackup` (derived tables rebuilt), in
 * one transaction: it all lands or nothing changes.
 */
export async function restoreBackupFile(
  db: PartnerRewardsDb,
  file: BackupFile,
): Promise<Record<string, number>> {
  await db.transaction(
    'rw',
    ALL_TABLES.map((t) => db.table(t)),
    async () => {
      for (const name of ALL_TABLES) await db.table(name).clear();
      for (const name of BACKUP_TABLES) {
        const rows = file.tables[name] ?? [];
        if (rows.length) await db.table(name).bulkAdd(rows as object[]);
      }
      const lines = (file.tables.invoiceLines ?? []) as readonly InvoiceRow[];
      const claims = (file.tables.claims ?? []) as readonly ClaimRow[];
      await db.lineAggregates.bulkAdd(recountLineAggregates(lines));
      await db.weeklyAggregates.bulkAdd(recountWeeklyAggregates(lines));
      await db.claimAggregates.bulkAdd(recountClaimAggregates(claims));
    },
  );
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, file.tables[t]?.length ?? 0]));
}
