import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, exportBackup, restoreBackup } from './backup';
import type { PartnerRewardsDb } from './database';
import { toInvoiceRow, upsertInvoiceRows } from './invoices-repo';
import { DB_VERSION } from './schema';
import { freshDb, makeLine } from './test-support';

let dbs: PartnerRewardsDb[] = [];
afterEach(() => {
  dbs.forEach((d) => d.close());
  dbs = [];
});

async function seeded(): Promise<PartnerRewardsDb> {
  const { db } = freshDb();
  dbs.push(db);
  await upsertInvoiceRows(
    db,
    Array.from({ length: 40 }, (_, i) =>
      toInvoiceRow(makeLine(i, { customerName: `Zoë ${i} "quoted", ünïcode 客户` }), 'b1'),
    ),
  );
  await db.settings.put({ key: 'language', value: 'pl' });
  return db;
}

describe('backup and restore', () => {
  it('round-trips the whole database into an empty one', async () => {
    const source = await seeded();
    const text = await exportBackup(source, '2026-06-01T00:00:00Z');
    const { db: target } = freshDb();
    dbs.push(target);
    const counts = await restoreBackup(target, text);
    expect(counts.invoiceLines).toBe(40);
    expect(await target.invoiceLines.toArray()).toEqual(await source.invoiceLines.toArray());
    expect(await target.lineAggregates.toArray()).toEqual(await source.lineAggregates.toArray());
    expect(await target.weeklyAggregates.toArray()).toEqual(
      await source.weeklyAggregates.toArray(),
    );
    expect(await target.weeklyAggregates.count()).toBeGreaterThan(0);
    expect((await target.settings.get('language'))?.value).toBe('pl');
  });

  it('restores a backup written before the daily aggregates existed (schema 3), rebuilding them', async () => {
    const source = await seeded();
    const text = await exportBackup(source, '2026-06-01T00:00:00Z');
    // The tables are byte-identical to what schema 3 wrote; only the header says 4.
    const v3 = text.replace(`"schemaVersion":${DB_VERSION},`, '"schemaVersion":3,');
    expect(v3).not.toBe(text);
    expect(text).not.toContain('weeklyAggregates');
    const { db: target } = freshDb();
    dbs.push(target);
    await restoreBackup(target, v3);
    expect(await target.weeklyAggregates.toArray()).toEqual(
      await source.weeklyAggregates.toArray(),
    );
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, t.length - 20), 'not_json'],
    ['an edited file', (t: string) => t.replace('Zoë 3 ', 'Zoe 3 '), 'checksum'],
    ['a row removed', (t: string) => t.replace(/,\{"distributor":"INGRAM"[^}]*\}/, ''), 'checksum'],
    ['a foreign JSON file', () => '{"hello":"world"}', 'not_a_backup'],
    [
      'a newer format',
      (t: string) => t.replace('"formatVersion":1', '"formatVersion":99'),
      'newer_format',
    ],
    [
      'a newer schema',
      (t: string) => t.replace(/"schemaVersion":\d+/, '"schemaVersion":99'),
      'newer_schema',
    ],
  ])('refuses %s and leaves the database untouched', async (_name, corrupt, code) => {
    const source = await seeded();
    const text = corrupt(await exportBackup(source, '2026-06-01T00:00:00Z'));
    const { db: target } = freshDb();
    dbs.push(target);
    await target.settings.put({ key: 'mine', value: 1 });
    const error = await restoreBackup(target, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe(code);
    expect((error as BackupError).message.length).toBeGreaterThan(20);
    expect(await target.settings.get('mine')).toEqual({ key: 'mine', value: 1 });
    expect(await target.invoiceLines.count()).toBe(0);
  });
});
