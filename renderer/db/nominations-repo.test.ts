import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { declareVersions, openDatabase, type PartnerRewardsDb } from './database';
import { NOMINATION_CREATE, addNomination, listNominations } from './nominations-repo';
import { pendingMutations } from './outbox';
import { DB_VERSION } from './schema';
import { freshDb } from './test-support';

const open: Dexie[] = [];
afterEach(() => open.splice(0).forEach((d) => d.close()));

const request = (i: number, date = '2026-11-25') => ({
  id: `n${i}`,
  partnerId: 'P-1',
  customerName: `Customer ${i}`,
  date,
  program: 'ncb' as const,
  mode: 'backend' as const,
  createdBy: 'rep-1',
  now: `${date}T10:00:00Z`,
  maxPerWeek: 35,
});

describe('nomination log', () => {
  it('takes 35 a week, refuses the 36th with the next slot, and queues one mutation per entry', async () => {
    const { db } = freshDb();
    open.push(db);
    for (let i = 1; i <= 35; i++) expect((await addNomination(db, request(i))).ok).toBe(true);
    const refused = await addNomination(db, request(36));
    expect(refused).toMatchObject({ ok: false, reason: 'weekFull', nextSlotOn: '2026-11-30' });
    expect(await db.nominations.count()).toBe(35);
    const mutations = await pendingMutations(db);
    expect(mutations).toHaveLength(35);
    expect(mutations.every((m) => m.name === NOMINATION_CREATE)).toBe(true);
    // Next week has slots again; another partner is counted apart.
    expect((await addNomination(db, request(36, '2026-11-30'))).ok).toBe(true);
    expect((await addNomination(db, { ...request(37), partnerId: 'P-2' })).ok).toBe(true);
    expect((await listNominations(db, 'P-1'))[0]?.customerName).toBe('Customer 36');
  });

  it('refuses the same name twice for the same program', async () => {
    const { db } = freshDb();
    open.push(db);
    await addNomination(db, request(1, '2026-10-01'));
    expect(await addNomination(db, { ...request(2), customerName: 'Customer 1' })).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
  });

  it('upgrades a version-4 database to version 5 with every row kept and an empty log', async () => {
    const { db: probe, factory, name } = freshDb();
    probe.close();
    const v4 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    declareVersions(v4, 4);
    open.push(v4);
    await v4.table('settings').put({ key: 'language', value: 'pl' });
    await v4.table('dealPlans').put({
      id: 'p1',
      name: 'Plan',
      date: '2026-11-25',
      createdAt: '',
      updatedAt: '',
      input: { customer: 'new', lines: [] },
    });
    expect(v4.verno).toBe(4);
    v4.close();
    const db: PartnerRewardsDb = openDatabase(name, { indexedDB: factory, IDBKeyRange });
    open.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect((await db.settings.get('language'))?.value).toBe('pl');
    expect(await db.dealPlans.count()).toBe(1);
    expect(await db.nominations.count()).toBe(0);
    expect((await addNomination(db, request(1))).ok).toBe(true);
  });
});
