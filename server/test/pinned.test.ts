import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/adapter';
import { BACKENDS, SERVER_TIMEOUT } from './harness';

describe.each(BACKENDS)('a pinned Db on $name', (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await backend.open();
  }, SERVER_TIMEOUT);
  afterAll(() => db?.close());

  const pid = async (q: Pick<Db, 'query'>) =>
    (await q.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid;

  it('runs every statement and transaction of `fn` on one connection, and gives it back', async () => {
    const seen = await db.pinned(async (one) => {
      const first = await pid(one);
      const inTx = await one.transaction((tx) => pid(tx));
      const nested = await one.pinned((again) => pid(again));
      return [first, inTx, nested, await pid(one)];
    });
    expect(new Set(seen).size).toBe(1);
    // Given back: a pool of connections serves the next caller (no leak across many calls).
    for (let i = 0; i < 30; i += 1) await db.pinned((one) => pid(one));
  });

  it('a failed transaction inside rolls back and leaves the connection usable', async () => {
    await db.exec('create table if not exists pinned_t (n int primary key)');
    await db.pinned(async (one) => {
      await expect(
        one.transaction(async (tx) => {
          await tx.query('insert into pinned_t values (1)');
          await tx.query('insert into pinned_t values (1)');
        }),
      ).rejects.toThrow();
      expect((await one.query('select count(*)::int as n from pinned_t')).rows).toEqual([{ n: 0 }]);
    });
  });
});
