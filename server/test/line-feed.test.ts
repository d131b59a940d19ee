import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  PullResponseSchema,
  invoiceLineKey,
  lineTotalCents,
  quarterKey,
  quarterOf,
  type PullResponse,
} from '../../shared/index';
import { parseDistributorFile, type CatalogEntry } from '../../shared/import/index';
import type { Db } from '../src/db/adapter';
import { MIGRATIONS, migrate } from '../src/db/migrations';
import { ingestFile } from '../src/vendor/ingest';
import {
  BACKENDS,
  DATABASE_URL,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  heldAfter,
  postgresDb,
  startServer,
  type TestServer,
  leapClaimArgs,
} from './harness';

const HEADER =
  'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer';
const encode = (text: string) => new TextEncoder().encode(text);

type Row = PullResponse['rows'][number];

/**
 * Invoice lines are their own change feed (migration 6): numbered from the partner's counter,
 * merged with the partner's feed rows by a pull.
 */
describe.each(BACKENDS)('invoice lines as their own feed on $name', (backend) => {
  let s: TestServer;
  let ana: string;
  let maria: string;
  let vendor: string;
  let claimable: { key: string; family: string }[];
  beforeAll(async () => {
    s = await startServer(backend);
    [ana, maria, vendor] = (await Promise.all(
      ['ana', 'maria', 'vendor'].map((u) => s.login(u)),
    )) as [string, string, string];
    claimable = (await claimableLines(s.db, 'P-1001')).filter((l) => l.family !== 'peripheral');
    expect(claimable.length).toBeGreaterThan(4);
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const ingest = async (name: string, csv: string) => {
    const response = await s.app.inject({
      method: 'POST',
      url: `/vendor/ingest?fileName=${name}`,
      headers: { ...auth(vendor), 'content-type': 'text/csv' },
      payload: csv,
    });
    expect([response.statusCode, response.body]).toEqual([200, expect.any(String)]);
    return response.json() as { inserted: number; updated: number; unchanged: number };
  };
  const claim = async (clientId: string, id: number, claimId: string, lineKey: string) => {
    const response = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: {
        clientId,
        mutations: [
          {
            id,
            name: 'claim.create',
            args: {
              claimId,
              lineKey,
              program: 'leap',
              repId: 'rep-ana',
              amount: 0,
              unit: 'points',
              ruleVersion: 'x',
            },
          },
        ],
      },
    });
    expect(response.json()).toMatchObject({ results: [{ status: 'applied' }] });
  };
  const page = async (token: string, clientId: string, cursor: string, limit: number) => {
    const r = await s.app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=${clientId}&limit=${limit}&cursor=${cursor}`,
      headers: auth(token),
    });
    expect([r.statusCode, r.body]).toEqual([200, expect.any(String)]);
    return PullResponseSchema.parse(r.json());
  };
  /** Every page from `cursor` on: the rows in order, the last cursor, the number of pages. */
  const pullFrom = async (token: string, clientId: string, cursor: string, limit = 1000) => {
    const rows: Row[] = [];
    let pages = 0;
    for (;;) {
      const p = await page(token, clientId, cursor, limit);
      rows.push(...p.rows);
      cursor = p.cursor;
      pages += 1;
      if (!p.hasMore) return { rows, cursor, pages };
    }
  };
  const lineSeqs = async (invoiceNo: string) =>
    (
      await s.db.query<{ key: string; seq: string; xmin: string }>(
        `select key, seq::text as seq, xmin::text as xmin from invoice_lines
          where invoice_no = $1 order by line_no`,
        [invoiceNo],
      )
    ).rows;
  const counter = async (scope: string) =>
    Number(
      (
        await s.db.query<{ seq: string }>(
          `select seq::text as seq from feed_seq where scope = $1`,
          [scope],
        )
      ).rows[0]?.seq ?? 0,
    );

  it('a line pulls with exactly the fields its feed row carried, escapes included', async () => {
    const csv = `${HEADER}\nTD SYNNEX,P-1001,J-1,1,2026-11-03,21MA0033US,3,1234.56,USD,"Back\\slash ""quoted""\ttab"\nTD SYNNEX,P-1001,J-1,2,2026-11-04,21MA0033US,2,99.00,USD,"Zwei\nZeilen – 株式会社"\n`;
    const { cursor } = await pullFrom(maria, 'lf-fields', '');
    expect(await ingest('fields.csv', csv)).toMatchObject({ inserted: 2 });
    const pulled = (await pullFrom(maria, 'lf-fields', cursor)).rows;
    // What the ingest wrote into feed.data for a line before lines became their own feed.
    const catalog = new Map<string, CatalogEntry>(
      (
        await s.db.query<{ sku: string; family: CatalogEntry['family']; topseller: boolean }>(
          'select sku, family, topseller from catalog',
        )
      ).rows.map((c) => [c.sku, { family: c.family, topseller: c.topseller }]),
    );
    const parsed = await parseDistributorFile(encode(csv), { fileName: 'fields.csv', catalog });
    const expected = parsed.rows.map((row) => ({
      kind: 'invoiceLine',
      id: invoiceLineKey(row),
      deleted: false,
      data: {
        key: invoiceLineKey(row),
        distributor: row.distributor,
        partnerId: 'P-1001',
        invoiceNo: row.invoiceNo,
        lineNo: row.lineNo,
        date: row.date,
        quarter: quarterKey(quarterOf(row.date)),
        sku: row.sku,
        family: row.family,
        topseller: row.topseller,
        quantity: row.quantity,
        unitPriceCents: row.unitPriceCents,
        lineTotalCents: lineTotalCents(row),
        currency: row.currency,
        customerName: row.customerName,
      },
    }));
    expect(expected).toHaveLength(2);
    expect(pulled).toEqual(expected);
    // The JSON's own keys, not only what the schema kept.
    const raw = await s.app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=lf-fields-ana&limit=10&cursor=${cursor}`,
      headers: auth(ana),
    });
    const rawRows = (raw.json() as { rows: { data: Record<string, unknown> }[] }).rows;
    expect(rawRows.map((r) => r.data)).toEqual(expected.map((r) => r.data));
    // Partner-wide: the rep sees the lines too.
    expect(rawRows).toHaveLength(2);
  });

  it('a re-ingest of unchanged lines writes nothing and takes no numbers', async () => {
    const csv = `${HEADER}\nTD SYNNEX,P-1001,U-1,1,2026-11-05,21MA0033US,1,100.00,USD,Same\nTD SYNNEX,R-2002,U-1,2,2026-11-05,21MA0033US,4,100.00,USD,Same\n`;
    expect(await ingest('unchanged.csv', csv)).toMatchObject({ inserted: 2 });
    const before = {
      lines: await lineSeqs('U-1'),
      p1: await counter('p:P-1001'),
      p2: await counter('p:P-2002'),
    };
    const { cursor } = await pullFrom(maria, 'lf-unchanged', '');
    expect(await ingest('unchanged.csv', csv)).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    // Same numbers and the same row versions (xmin): not even rewritten with equal values.
    expect({
      lines: await lineSeqs('U-1'),
      p1: await counter('p:P-1001'),
      p2: await counter('p:P-2002'),
    }).toEqual(before);
    expect((await pullFrom(maria, 'lf-unchanged', cursor)).rows).toEqual([]);
  });

  it('a changed line takes a new number and is pulled again; its unchanged neighbour is not', async () => {
    const v1 = `${HEADER}\nTD SYNNEX,P-1001,N-1,1,2026-11-06,21MA0033US,1,100.00,USD,Kept\nTD SYNNEX,P-1001,N-1,2,2026-11-06,21MA0033US,2,100.00,USD,Changed\n`;
    expect(await ingest('n1.csv', v1)).toMatchObject({ inserted: 2 });
    const [kept, changed] = await lineSeqs('N-1');
    const { cursor } = await pullFrom(maria, 'lf-changed', '');
    const top = await counter('p:P-1001');
    expect(
      await ingest('n2.csv', v1.replace(',2,100.00,USD,Changed', ',7,100.00,USD,Changed')),
    ).toEqual(expect.objectContaining({ inserted: 0, updated: 1, unchanged: 1 }));
    const [kept2, changed2] = await lineSeqs('N-1');
    expect(kept2).toEqual(kept);
    expect(Number(changed2?.seq)).toBe(top + 1);
    expect(Number(changed2?.seq)).toBeGreaterThan(Number(changed?.seq));
    expect(await counter('p:P-1001')).toBe(top + 1);
    const again = (await pullFrom(maria, 'lf-changed', cursor)).rows;
    expect(again.map((r) => r.id)).toEqual([changed?.key]);
    const line = again[0];
    expect(line?.deleted === false && [line.data.quantity, line.data.lineTotalCents]).toEqual([
      7, 70_000,
    ]);
  });

  it('a page boundary between feed rows and line rows loses nothing and repeats nothing', async () => {
    const { cursor: start } = await pullFrom(maria, 'lf-pages', '');
    // Line, line, claim, line, line, claim, line: numbers alternate between the two tables.
    const lines = (n: number, name: string) =>
      `${HEADER}\n${Array.from({ length: n }, (_, i) => `TD SYNNEX,P-1001,${name},${i + 1},2026-11-07,21MA0033US,1,50.00,USD,Pages`).join('\n')}\n`;
    await ingest('pages-1.csv', lines(2, 'PG-1'));
    await claim('lf-pages-push', 1, 'lf-c1', claimable[0]!.key);
    await ingest('pages-2.csv', lines(2, 'PG-2'));
    await claim('lf-pages-push', 2, 'lf-c2', claimable[1]!.key);
    await ingest('pages-3.csv', lines(1, 'PG-3'));
    const all = await pullFrom(maria, 'lf-pages', start);
    const ids = all.rows.map((r) => r.id);
    const key = (invoice: string, line: number) =>
      invoiceLineKey({ distributor: 'TD SYNNEX', invoiceNo: invoice, lineNo: line });
    // The claims' own rows (and whatever else a push publishes) sit between the lines.
    const interesting = [
      key('PG-1', 1),
      key('PG-1', 2),
      'lf-c1',
      key('PG-2', 1),
      key('PG-2', 2),
      'lf-c2',
      key('PG-3', 1),
    ];
    expect(ids.filter((id) => interesting.includes(id))).toEqual(interesting);
    expect(new Set(ids).size).toBe(ids.length);
    for (const limit of [1, 2, 3, 4]) {
      const paged = await pullFrom(maria, 'lf-pages', start, limit);
      expect(paged.rows.map((r) => r.id)).toEqual(ids);
      expect(paged.pages).toBeGreaterThanOrEqual(Math.ceil(ids.length / limit));
      expect(paged.cursor).toBe(all.cursor);
    }
  });

  it('a re-assigned reseller moves its lines to the new partner with the new partner’s numbers', async () => {
    // Not a feature of the protocol (the old partner keeps what it pulled), but the numbers of
    // a moved line must come from the partner that now owns it, or its pull would skip it.
    const csv = (reseller: string) =>
      `${HEADER}\nTD SYNNEX,${reseller},MV-1,1,2026-11-08,21MA0033US,1,10.00,USD,Moved\n`;
    await ingest('move-1.csv', csv('P-1001'));
    const dana = await s.login('dana');
    const { cursor } = await pullFrom(dana, 'lf-move-dana', '');
    const top = await counter('p:P-2002');
    expect(await ingest('move-2.csv', csv('R-2002'))).toMatchObject({ updated: 1 });
    const [moved] = await lineSeqs('MV-1');
    expect(Number(moved?.seq)).toBe(top + 1);
    expect((await pullFrom(dana, 'lf-move-dana', cursor)).rows.map((r) => r.id)).toEqual([
      moved?.key,
    ]);
  });
});

describe.each(BACKENDS)('migration 6 on $name', (backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await backend.open();
  }, SERVER_TIMEOUT);
  afterAll(() => db?.close());

  it('moves each line’s number from its feed row onto the line, numbers a line without one, and drops the copies', async () => {
    await migrate(db, MIGRATIONS.slice(0, 5));
    await db.exec(`
      insert into partners (id, name) values ('P-1', 'One'), ('P-2', 'Two');
      insert into invoice_lines (key, distributor, invoice_no, line_no, partner_id, reseller_id,
        date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name, batch_id)
      select 'L' || n, 'D', 'I', n, case when n = 4 then 'P-2' else 'P-1' end, 'R', '2026-11-02',
             'FY2026-Q3', 'S', 'notebook', false, 1, 100, 'USD', 'C', 'b'
        from generate_series(1, 4) n;
      insert into feed_seq (scope, seq) values ('p:P-1', 7), ('p:P-2', 2);
      insert into feed (scope, kind, row_id, seq, owner_id, deleted, data) values
        ('p:P-1', 'invoiceLine', 'L1', 3, null, false, '{}'),
        ('p:P-1', 'claim', 'c-1', 4, 'rep', false, '{}'),
        ('p:P-1', 'invoiceLine', 'L2', 6, null, false, '{}'),
        ('p:P-2', 'invoiceLine', 'L4', 2, null, false, '{}'),
        -- L3 has no feed row; L2's row in another partner's feed is not a copy of its line now.
        ('p:P-2', 'invoiceLine', 'L2', 1, null, false, '{}'),
        ('p:P-1', 'invoiceLine', 'gone', 5, null, true, null);
    `);
    expect(await migrate(db, MIGRATIONS.slice(0, 6))).toEqual([6]);
    const lines = await db.query<{ key: string; seq: string }>(
      `select key, seq::text as seq from invoice_lines order by key`,
    );
    expect(lines.rows).toEqual([
      { key: 'L1', seq: '3' },
      { key: 'L2', seq: '6' },
      { key: 'L3', seq: '8' },
      { key: 'L4', seq: '2' },
    ]);
    const feed = await db.query(
      `select scope, kind, row_id, seq::text as seq from feed order by scope, seq`,
    );
    expect(feed.rows).toEqual([
      { scope: 'p:P-1', kind: 'claim', row_id: 'c-1', seq: '4' },
      { scope: 'p:P-1', kind: 'invoiceLine', row_id: 'gone', seq: '5' },
      { scope: 'p:P-2', kind: 'invoiceLine', row_id: 'L2', seq: '1' },
    ]);
    const counters = await db.query(`select scope, seq::text as seq from feed_seq order by scope`);
    expect(counters.rows).toEqual([
      { scope: 'p:P-1', seq: '8' },
      { scope: 'p:P-2', seq: '2' },
    ]);
    await expect(
      db.query(`insert into invoice_lines (key, distributor, invoice_no, line_no, partner_id, reseller_id,
        date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name, batch_id)
        values ('L9', 'D', 'I', 9, 'P-1', 'R', '2026-11-02', 'FY2026-Q3', 'S', 'notebook', false, 1, 100, 'USD', 'C', 'b')`),
    ).rejects.toThrow(/seq/);
  });
});

/**
 * The commit-order gap with lines in their own table: an ingest that has numbered its lines but
 * not committed holds the partner's counter, so a push of the same partner takes the next
 * number only after it; a pull in between sees neither, and the next pull from its cursor sees
 * both, lines first. PostgreSQL only: PGlite has one connection, writers cannot interleave.
 */
describe.skipIf(!DATABASE_URL)('an ingest committing after a push took a later number', () => {
  let s: TestServer;
  let ana: string;
  let maria: string;
  beforeAll(async () => {
    s = await startServer({ name: 'postgres', open: () => postgresDb() });
    [ana, maria] = (await Promise.all(['ana', 'maria'].map((u) => s.login(u)))) as [string, string];
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  /** The same database, with the ingest's transaction held open after its numbering statement. */
  const heldAfterNumbering = (db: Db, numbered: () => void, release: Promise<void>) =>
    heldAfter(db, (sql) => sql.startsWith('with changed as'), numbered, release);

  it('is not skipped by a pull whose cursor passed the push', async () => {
    const pull = async (cursor: string) => {
      const rows: Row[] = [];
      for (;;) {
        const r = await s.app.inject({
          method: 'GET',
          url: `/sync/pull?clientId=gap-client-maria&limit=1000&cursor=${cursor}`,
          headers: auth(maria),
        });
        const body = PullResponseSchema.parse(r.json());
        rows.push(...body.rows);
        cursor = body.cursor;
        if (!body.hasMore) return { rows, cursor };
      }
    };
    const { cursor: start } = await pull('');
    const line = (await claimableLines(s.db, 'P-1001')).find((l) => l.family !== 'peripheral');
    let numbered!: () => void;
    const isNumbered = new Promise<void>((resolve) => (numbered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const csv = `${HEADER}\nTD SYNNEX,P-1001,GAP-1,1,2026-11-02,21MA0033US,2,10.00,USD,Gap\nTD SYNNEX,P-1001,GAP-1,2,2026-11-02,21MA0033US,1,10.00,USD,Gap\n`;
    const ingesting = ingestFile(heldAfterNumbering(s.db, numbered, released), encode(csv), {
      fileName: 'gap.csv',
      userId: null,
      now: s.clock.now(),
    });
    await isNumbered;
    // Whatever fails below, the ingest's transaction ends (or closing the pool would wait on it).
    onTestFinished(() => release());
    // The push does its work and waits for the counter to take its number, after the lines'.
    // (inject sends when its answer is asked for.)
    const pushing = Promise.resolve(
      s.app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(ana),
        payload: {
          clientId: 'gap-client-ana',
          mutations: [
            {
              id: 1,
              name: 'claim.create',
              args: leapClaimArgs('gap-claim', line!.key),
            },
          ],
        },
      }),
    );
    let waiting = false;
    for (let i = 0; i < 100 && !waiting; i += 1) {
      const locks = await s.db.query<{ n: string }>(
        // The push's last statement, which bumps feed_seq, by its client id: the id comes early in
        // the text, and pg_stat_activity keeps only the first 1 kB of it (track_activity_query_size).
        `select count(*)::text as n from pg_stat_activity
          where wait_event_type = 'Lock' and query like '%gap-client-ana%'`,
      );
      waiting = Number(locks.rows[0]?.n) > 0;
      if (!waiting) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(waiting).toBe(true);
    // A pull now sees neither the uncommitted lines nor the waiting claim.
    const between = await pull(start);
    expect(between.rows.map((r) => r.id)).not.toContain('gap-claim');
    expect(between.rows.some((r) => r.kind === 'invoiceLine')).toBe(false);
    release();
    expect(await ingesting).toMatchObject({ inserted: 2 });
    expect((await pushing).json()).toMatchObject({ results: [{ status: 'applied' }] });
    // From the cursor it holds, the next pull finds the lines and, numbered after them, the claim.
    const after = (await pull(between.cursor)).rows.map((r) => r.id);
    const keys = [1, 2].map((n) =>
      invoiceLineKey({ distributor: 'TD SYNNEX', invoiceNo: 'GAP-1', lineNo: n }),
    );
    expect(after.filter((id) => [...keys, 'gap-claim'].includes(id))).toEqual([
      ...keys,
      'gap-claim',
    ]);
  });
});
