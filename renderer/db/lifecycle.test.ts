import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { DEAL_2017, LEAP_2019, SPIFF_2017 } from '../../shared/index';
import { claimLines } from './claims-repo';
import { declareVersions, openDatabase, type PartnerRewardsDb } from './database';
import { toInvoiceRow } from './invoices-repo';
import { recountClaimAggregates, recountWeeklyAggregates } from './aggregates';
import { DB_VERSION } from './schema';
import { freshDb, makeLine } from './test-support';
import { requestPersistentStorage, PERSISTENCE_SETTING } from './persistence';

const open: Dexie[] = [];
afterEach(() => open.splice(0).forEach((d) => d.close()));

describe('schema upgrades', () => {
  it('upgrades a version-1 database to the current version with every row kept', async () => {
    const { db: probe, factory, name } = freshDb();
    probe.close();
    // Build a v1 database the way the first release wrote it.
    const v1 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    declareVersions(v1, 1);
    open.push(v1);
    const lines = Array.from({ length: 50 }, (_, i) => toInvoiceRow(makeLine(i), 'b1'));
    await v1.table('invoiceLines').bulkAdd(lines);
    const claims = lines.slice(0, 10).map((line, i) => ({
      id: `c${i}`,
      lineKey: line.key,
      program: 'spiff',
      repId: i % 2 ? 'rep-1' : 'rep-2',
      partnerId: line.partnerId,
      quarter: line.quarter,
      family: line.family,
      units: line.quantity,
      amount: 1_000 * line.quantity,
      unit: 'USD',
      status: i % 3 ? 'queued' : 'approved',
      activeKey: `${line.key}\u001fspiff`,
      ruleVersion: 'spiff-2017.1',
      createdAt: '2026-06-01T00:00:00Z',
      updatedAt: '2026-06-01T00:00:00Z',
      history: [],
    }));
    await v1.table('claims').bulkAdd(claims);
    await v1.table('settings').put({ key: 'language', value: 'de' });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    open.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.invoiceLines.count()).toBe(50);
    expect(await db.claims.count()).toBe(10);
    expect((await db.settings.get('language'))?.value).toBe('de');
    const aggregates = (await db.claimAggregates.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(aggregates).toEqual(recountClaimAggregates(claims as never));
    expect(aggregates.length).toBeGreaterThan(0);
    const days = (await db.weeklyAggregates.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(days).toEqual(recountWeeklyAggregates(lines));
    expect(days.length).toBeGreaterThan(0);
  });
});

describe('two windows', () => {
  it('a newer version opening elsewhere closes this connection instead of hanging it, and says so', async () => {
    const { db, factory, name } = freshDb();
    let told = 0;
    const first = openDatabase(name, {
      indexedDB: factory,
      IDBKeyRange,
      onVersionChange: () => (told += 1),
    });
    db.close();
    open.push(first);
    await first.open();
    const newer = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    declareVersions(newer);
    newer.version(DB_VERSION + 1).stores({ extra: 'id' });
    open.push(newer);
    await newer.open(); // resolves: the first connection stepped aside
    expect(newer.verno).toBe(DB_VERSION + 1);
    expect(told).toBe(1);
    expect(first.isOpen()).toBe(false);
  });
});

describe('storage', () => {
  let db: PartnerRewardsDb;
  afterEach(() => db.close());

  it('asks for persistent storage and keeps the answer', async () => {
    ({ db } = freshDb());
    const answer = await requestPersistentStorage(db, '2026-06-01T00:00:00Z', {
      persisted: async () => false,
      persist: async () => true,
    });
    expect(answer).toEqual({ persisted: true, supported: true, askedAt: '2026-06-01T00:00:00Z' });
    expect((await db.settings.get(PERSISTENCE_SETTING))?.value).toEqual(answer);
    const unsupported = await requestPersistentStorage(db, '2026-06-02T00:00:00Z', undefined);
    expect(unsupported.supported).toBe(false);
  });

  it('claims and the outbox use the strict-durability connection by default', async () => {
    ({ db } = freshDb());
    await db.invoiceLines.add(
      toInvoiceRow(makeLine(6, { family: 'server', date: '2026-05-10' }), 'b1'),
    );
    const key = (await db.invoiceLines.toCollection().primaryKeys())[0] as string;
    await claimLines(
      db,
      {
        lineKeys: [key],
        program: 'spiff',
        repId: 'r',
        now: '2026-06-01T00:00:00Z',
        today: '2026-06-01',
      },
      { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 },
    );
    expect(
      (db as unknown as { _options: { chromeTransactionDurability: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict');
  });
});
