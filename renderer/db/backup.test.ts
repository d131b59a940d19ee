import { afterEach, describe, expect, it } from 'vitest';
import { DEAL_2017, LEAP_2019, SPIFF_2017 } from '../../shared/index';
import { BackupError, exportBackup, readBackup, restoreBackup, type BackupFile } from './backup';
import { claimLines } from './claims-repo';
import type { PartnerRewardsDb } from './database';
import { toInvoiceRow, upsertInvoiceRows } from './invoices-repo';
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

  it('restores an older backup that carries aggregate tables, rebuilding every aggregate from the rows', async () => {
    const source = await seeded();
    await claimLines(
      source,
      {
        lineKeys: (await source.invoiceLines.limit(3).primaryKeys()) as string[],
        program: 'spiff',
        repId: 'rep-1',
        now: '2026-06-01T00:00:00Z',
        today: '2026-06-01',
        acceptWarnings: true,
      },
      { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 },
    );
    // Schema 3 wrote the line and claim aggregates into the file; here one of them is also wrong
    // (as a faulty older build could have left it), with a checksum that matches.
    const current = JSON.parse(await exportBackup(source, '2026-06-01T00:00:00Z')) as BackupFile;
    const lineAggregates = (await source.lineAggregates.toArray()).map((a, i) =>
      i === 0 ? { ...a, revenueCents: a.revenueCents + 1 } : a,
    );
    const tables = {
      ...current.tables,
      lineAggregates,
      claimAggregates: await source.claimAggregates.toArray(),
    };
    const body = JSON.stringify(tables);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
    const v3 = JSON.stringify({
      ...current,
      schemaVersion: 3,
      counts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])),
      checksum: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
      tables,
    });
    const { db: target } = freshDb();
    dbs.push(target);
    await restoreBackup(target, v3);
    for (const table of ['lineAggregates', 'claimAggregates', 'weeklyAggregates'] as const) {
      expect(await target.table(table).toArray()).toEqual(await source.table(table).toArray());
      expect(await target.table(table).count()).toBeGreaterThan(0);
    }
  });

  it('says what is wrong as a detail the screen translates (table, counts), not only in English', async () => {
    const source = await seeded();
    const text = (await exportBackup(source, '2026-06-01T00:00:00Z')).replace(
      /,\{"distributor":"INGRAM"[^}]*\}/,
      '',
    );
    const error = await readBackup(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).detail?.key).toBe('countMismatch');
    expect((error as BackupError).detail?.values).toMatchObject({ table: 'invoiceLines' });
    const edited = (await exportBackup(source, '2026-06-01T00:00:00Z')).replace('Zoë 3 ', 'Zoe 3 ');
    const checksum = await readBackup(edited).catch((e: unknown) => e);
    expect((checksum as BackupError).detail).toEqual({ key: 'checksum' });
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
