import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDistributorFile } from '../../shared/import/index';
import { listFixtures, readFixture } from '../../test/fixtures/import/read-fixture.js';
import type { Db, Queryable } from '../src/db/adapter';
import { migrate } from '../src/db/migrations';
import { seedDemo } from '../src/demo';
import { IngestRowError, ingestFile } from '../src/vendor/ingest';
import {
  BACKENDS,
  DATABASE_URL,
  SERVER_TIMEOUT,
  T0,
  auth,
  passwordOf,
  postgresDb,
  startServer,
  type TestServer,
} from './harness';
import { referenceIngest } from './reference-ingest';

const HEADER =
  'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer';

/** A file with what COPY's text format must escape: backslashes, tabs, quotes, line breaks. */
function awkwardCsv(lines: number, version: number): string {
  const rows = [HEADER];
  for (let i = 0; i < lines; i += 1) {
    const reseller = i % 7 === 6 ? 'R-9999' : i % 2 ? 'R-2002' : 'P-1001';
    const customer =
      i % 5 === 0
        ? `"Back\\slash \\N ""quoted""\tand tab"`
        : i % 5 === 1
          ? `"Two\nlines, ${i}"`
          : `Kunde ${i % 13} – 株式会社`;
    // Version 2 changes every tenth quantity: updates, the rest unchanged.
    const quantity = 1 + (i % 4) + (version === 2 && i % 10 === 0 ? 10 : 0);
    const sku = i % 50 === 49 ? 'NO-SUCH-SKU' : '21MA0033US';
    rows.push(
      `TD SYNNEX,${reseller},A-${Math.floor(i / 3)},${(i % 3) + 1},2026-11-${String(1 + (i % 28)).padStart(2, '0')},${sku},${quantity},${(99 + (i % 17)).toFixed(2)},USD,${customer}`,
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Everything an ingest writes, in a stable order, without the random batch ids. */
async function snapshot(db: Queryable) {
  const lines = await db.query(
    `select key, distributor, invoice_no, line_no, partner_id, reseller_id, date::text as date,
            quarter, sku, family, topseller, quantity, unit_price_cents::text as unit_price_cents,
            currency, customer_name, seq::text as seq
       from invoice_lines order by key collate "C"`,
  );
  const feed = await db.query<{ data: string | null }>(
    `select scope, kind, row_id, seq::text as seq, owner_id, deleted, data::text as data
       from feed order by scope collate "C", seq`,
  );
  const quarantine = await db.query(
    `select b.file_name, q.row_no, q.code, q.reason, q.raw::text as raw
       from quarantine q join ingest_batches b on b.id = q.batch_id
      order by b.started_at, q.id`,
  );
  const batches = await db.query(
    `select file_name, inserted, updated, unchanged, quarantined, file_error
       from ingest_batches order by started_at`,
  );
  const counters = await db.query(
    `select scope, seq::text as seq from feed_seq order by scope collate "C"`,
  );
  return {
    lines: lines.rows,
    // The same JSON, whichever key order each writer produced.
    feed: feed.rows.map((r) => ({ ...r, data: r.data === null ? null : JSON.parse(r.data) })),
    quarantine: quarantine.rows,
    batches: batches.rows,
    counters: counters.rows,
  };
}

const comparable = (report: object) => {
  const copy: Record<string, unknown> = { ...report };
  delete copy.batchId;
  delete copy.timings;
  return copy;
};

describe.each(BACKENDS)('ingest by COPY and one set-based merge on $name', (backend) => {
  describe('the same result as the row-by-row upsert it replaced', () => {
    let fresh: Db;
    let reference: Db;
    beforeAll(async () => {
      [fresh, reference] = [await backend.open(), await backend.open()];
      for (const db of [fresh, reference]) {
        await migrate(db);
        await seedDemo(db, T0, (u) => passwordOf(u.username));
      }
    }, SERVER_TIMEOUT);
    afterAll(async () => {
      await fresh?.close();
      await reference?.close();
    });

    it(
      'stores the same lines, feed rows, quarantine and counts for every fixture file and a file COPY must escape',
      async () => {
        // The fixtures' reseller ids go to the two demo partners; the last one stays unknown.
        const files = listFixtures()
          .sort()
          .map((name) => ({ name, bytes: readFixture(name) }));
        const resellers = new Set<string>();
        for (const file of files) {
          const parsed = await parseDistributorFile(file.bytes, { fileName: file.name });
          for (const row of parsed.rows) resellers.add(row.partnerId);
        }
        const ids = [...resellers].sort().slice(0, -1);
        expect(ids.length).toBeGreaterThan(2);
        for (const db of [fresh, reference])
          for (const [i, id] of ids.entries())
            await db.query(
              'insert into reseller_ids (reseller_id, partner_id) values ($1, $2) on conflict do nothing',
              [id, i % 2 ? 'P-2002' : 'P-1001'],
            );
        const encode = (text: string) => new TextEncoder().encode(text);
        const all = [
          ...files,
          // Twice each fixture: the second time changes nothing.
          ...files,
          { name: 'awkward-1.csv', bytes: encode(awkwardCsv(4_500, 1)) },
          { name: 'awkward-2.csv', bytes: encode(awkwardCsv(4_500, 2)) },
          { name: 'awkward-2-again.csv', bytes: encode(awkwardCsv(4_500, 2)) },
        ];
        const reports = { fresh: [] as object[], reference: [] as object[] };
        for (const [i, file] of all.entries()) {
          const options = {
            fileName: file.name,
            userId: 'vendor-admin',
            now: new Date(T0.getTime() + (i + 1) * 1000),
          };
          reports.fresh.push(comparable(await ingestFile(fresh, file.bytes, options)));
          reports.reference.push(comparable(await referenceIngest(reference, file.bytes, options)));
        }
        expect(reports.fresh).toEqual(reports.reference);
        // The runs did what they are meant to exercise: inserts, updates, no-op re-imports.
        expect(reports.fresh.at(-3)).toMatchObject({ inserted: expect.any(Number), updated: 0 });
        // Every tenth line changed, less those quarantined (reseller R-9999: every seventh).
        const changed = Array.from({ length: 4_500 }, (_, i) => i).filter(
          (i) => i % 10 === 0 && i % 7 !== 6,
        ).length;
        expect(reports.fresh.at(-2)).toMatchObject({ inserted: 0, updated: changed });
        expect(reports.fresh.at(-1)).toMatchObject({ inserted: 0, updated: 0 });
        const [a, b] = [await snapshot(fresh), await snapshot(reference)];
        expect(a.lines.length).toBeGreaterThan(3_500);
        expect(a.lines).toEqual(b.lines);
        expect(a.feed).toEqual(b.feed);
        expect(a.quarantine).toEqual(b.quarantine);
        expect(a.batches).toEqual(b.batches);
        expect(a.counters).toEqual(b.counters);
        // What a line's customer name was in the file is what the database holds.
        const awkward = await fresh.query<{ customer_name: string }>(
          `select customer_name from invoice_lines where invoice_no = 'A-0' and line_no = 1`,
        );
        expect(awkward.rows[0]?.customer_name).toBe('Back\\slash \\N "quoted"\tand tab');
      },
      SERVER_TIMEOUT,
    );
  });

  describe('through the vendor route', () => {
    let s: TestServer;
    let vendor: string;
    beforeAll(async () => {
      s = await startServer(backend);
      vendor = await s.login('vendor');
    }, SERVER_TIMEOUT);
    afterAll(() => s?.close());

    const ingest = (name: string, csv: string) =>
      s.app.inject({
        method: 'POST',
        url: `/vendor/ingest?fileName=${name}`,
        headers: { ...auth(vendor), 'content-type': 'text/csv' },
        payload: csv,
      });
    const count = async (sql: string, params: unknown[] = []) =>
      Number((await s.db.query<{ n: string }>(sql, params)).rows[0]?.n);
    const state = async () => ({
      lines: await count('select count(*)::text as n from invoice_lines'),
      feed: await count('select count(*)::text as n from feed'),
      counters: await count('select coalesce(sum(seq), 0)::text as n from feed_seq'),
      batches: await count('select count(*)::text as n from ingest_batches'),
      quarantine: await count('select count(*)::text as n from quarantine'),
      audit: await count('select count(*)::text as n from audit_log'),
    });

    it('quarantines a duplicate in the file, and a second ingest of the file writes no line and no feed row', async () => {
      const csv = `${HEADER}\nTD SYNNEX,P-1001,D-1,1,2026-11-02,21MA0033US,2,1000.00,USD,Alpha\nTD SYNNEX,P-1001,D-1,2,2026-11-02,21MA0033US,1,1000.00,USD,Beta\nTD SYNNEX,P-1001,D-1,1,2026-11-02,21MA0033US,5,1000.00,USD,Alpha\n`;
      const first = await ingest('dups.csv', csv);
      expect(first.json()).toMatchObject({ inserted: 2, updated: 0, quarantined: 1 });
      const q = await s.db.query<{ code: string; row_no: number; reason: string }>(
        'select code, row_no, reason from quarantine where batch_id = $1',
        [first.json().batchId],
      );
      expect(q.rows).toEqual([
        { code: 'duplicate_in_file', row_no: 4, reason: expect.stringMatching(/row 2/) },
      ]);
      const before = await state();
      const again = await ingest('dups.csv', csv);
      expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
      const after = await state();
      expect(after).toEqual({
        ...before,
        batches: before.batches + 1,
        quarantine: before.quarantine + 1,
        audit: before.audit + 1,
      });
    });

    it('a row the database cannot hold refuses the whole file, names the row and column, and stores nothing', async () => {
      const before = await state();
      const csv = `${HEADER}\nTD SYNNEX,P-1001,M-1,1,2026-11-02,21MA0033US,2,1000.00,USD,Alpha\nTD SYNNEX,R-2002,M-1,2,2026-11-02,21MA0033US,1,1000.00,USD,Beta\nTD SYNNEX,P-1001,M-1,3,2026-11-02,21MA0033US,3000000000,1000.00,USD,Gamma\nTD SYNNEX,P-1001,M-1,4,2026-11-02,21MA0033US,1,1000.00,USD,Delta\n`;
      const response = await ingest('malformed.csv', csv);
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        error: 'invalid_file',
        message: expect.stringMatching(/^malformed\.csv, row 4, column quantity: .*Nothing/),
      });
      expect(await state()).toEqual(before);
      expect(
        await count(`select count(*)::text as n from invoice_lines where invoice_no = 'M-1'`),
      ).toBe(0);
      // The same from the command line's entry point.
      await expect(
        ingestFile(s.db, new TextEncoder().encode(csv), {
          fileName: 'malformed.csv',
          userId: null,
          now: s.clock.now(),
        }),
      ).rejects.toMatchObject({ name: 'IngestRowError', row: 4, column: 'quantity' });
      expect(IngestRowError).toBeDefined();
      expect(await state()).toEqual(before);
    });

    it("keeps tenants apart: each partner's users pull only their partner's lines of a shared file", async () => {
      const csv = `${HEADER}\nTD SYNNEX,P-1001,T-1,1,2026-11-02,21MA0033US,2,1000.00,USD,North\nTD SYNNEX,R-2002,T-1,2,2026-11-02,21MA0033US,1,1000.00,USD,Contoso\nTD SYNNEX,R-0000,T-1,3,2026-11-02,21MA0033US,1,1000.00,USD,Nobody\n`;
      expect((await ingest('tenants.csv', csv)).json()).toMatchObject({
        inserted: 2,
        quarantined: 1,
      });
      const pulledKeys = async (username: string) => {
        const token = await s.login(username);
        const keys: string[] = [];
        let cursor = '';
        for (;;) {
          const page = await s.app.inject({
            method: 'GET',
            url: `/sync/pull?clientId=tenants-${username}&limit=1000&cursor=${cursor}`,
            headers: auth(token),
          });
          const body = page.json() as {
            cursor: string;
            hasMore: boolean;
            rows: { kind: string; id: string; data?: { invoiceNo: string; partnerId: string } }[];
          };
          for (const row of body.rows)
            if (row.kind === 'invoiceLine' && row.data?.invoiceNo === 'T-1')
              keys.push(`${row.data.partnerId}:${row.id.split('\u001f')[2]}`);
          cursor = body.cursor;
          if (!body.hasMore) return keys;
        }
      };
      expect(await pulledKeys('ana')).toEqual(['P-1001:1']);
      expect(await pulledKeys('dana')).toEqual(['P-2002:2']);
      expect(await pulledKeys('co-admin')).toEqual(['P-2002:2']);
    });
  });
});

describe.skipIf(!DATABASE_URL)(
  "ingest and the partner feed's counter on PostgreSQL (PGlite has one connection)",
  () => {
    let db: Db;
    beforeAll(async () => {
      db = await postgresDb();
      await migrate(db);
      await seedDemo(db, T0, (u) => passwordOf(u.username));
    }, SERVER_TIMEOUT);
    afterAll(() => db?.close());

    it('an ingest waits for a writer holding the counter, and a pull in between sees none of its lines', async () => {
      const top = async () =>
        Number(
          (
            await db.query<{ seq: string }>(
              `select seq::text as seq from feed_seq where scope = 'p:P-1001'`,
            )
          ).rows[0]?.seq,
        );
      const start = await top();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // Another writer took number start+1 and has not committed yet.
      const writer = db.transaction(async (tx) => {
        await tx.query(`update feed_seq set seq = seq + 1 where scope = 'p:P-1001'`);
        locked();
        await held;
      });
      await isLocked;
      const csv = `${HEADER}\nTD SYNNEX,P-1001,G-1,1,2026-11-02,21MA0033US,2,1000.00,USD,Alpha\nTD SYNNEX,P-1001,G-1,2,2026-11-02,21MA0033US,1,1000.00,USD,Beta\n`;
      const ingesting = ingestFile(db, new TextEncoder().encode(csv), {
        fileName: 'gap.csv',
        userId: null,
        now: T0,
      });
      // The ingest has merged its lines and now waits on the counter: nothing of it is visible.
      let waited = false;
      for (let i = 0; i < 100 && !waited; i += 1) {
        const waiting = await db.query<{ n: string }>(
          `select count(*)::text as n from pg_stat_activity
            where wait_event_type = 'Lock' and query like 'with changed as%'`,
        );
        waited = Number(waiting.rows[0]?.n) > 0;
        if (!waited) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(waited).toBe(true);
      const between = await db.query(
        `select row_id from feed where scope = 'p:P-1001' and seq > $1
         union all select key from invoice_lines where partner_id = 'P-1001' and seq > $1`,
        [start],
      );
      expect(between.rows).toEqual([]);
      release();
      await writer;
      expect(await ingesting).toMatchObject({ inserted: 2 });
      const after = await db.query<{ seq: string }>(
        `select seq::text as seq from invoice_lines where partner_id = 'P-1001' and seq > $1 order by seq`,
        [start],
      );
      // The writer's number stays below the ingest's, which come right after it.
      expect(after.rows.map((r) => Number(r.seq))).toEqual([start + 2, start + 3]);
      expect(await top()).toBe(start + 3);
    });
  },
);
