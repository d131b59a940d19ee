/**
 * The server's ingest as it was before the COPY path (parse, then upsert 5,000 lines per
 * statement, then number the changed lines from their partners' counters): kept only as the
 * oracle the new path is compared with (ingest.test.ts). Not used by the server. Since invoice
 * lines are their own feed (migration 6) it numbers the lines instead of copying them into feed.
 */
import { randomUUID } from 'node:crypto';
import { invoiceLineKey, quarterKey, quarterOf, type Family } from '../../shared/index';
import { parseDistributorFile, type CatalogEntry, type ParsedRow } from '../../shared/import/index';
import { audit } from '../src/audit';
import type { Db, Queryable } from '../src/db/adapter';
import { bumpSequence, partnerScope } from '../src/sync/feed';

interface IngestReport {
  readonly batchId: string;
  readonly totalRows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows the parser refused plus rows whose reseller id belongs to no partner. */
  readonly quarantined: number;
  readonly fileError?: { code: string; reason: string };
  /** Where the time went: parsing with the shared core vs storing. */
  readonly timings: { readonly parseMs: number; readonly storeMs: number };
}

const INGEST_BATCH = 5_000;

interface LineJson {
  key: string;
  distributor: string;
  invoice_no: string;
  line_no: number;
  partner_id: string;
  reseller_id: string;
  date: string;
  quarter: string;
  sku: string;
  family: Family;
  topseller: boolean;
  quantity: number;
  unit_price_cents: number;
  currency: string;
  customer_name: string;
  batch_id: string;
}

/**
 * Upserts lines by distributor + invoice + line, one statement per batch (a JSON array unpacked
 * by jsonb_to_recordset: one parameter, any batch size, the same SQL on PostgreSQL and PGlite).
 * An unchanged re-import writes nothing; only changed lines are numbered (publishLines).
 */
async function upsertBatch(tx: Queryable, lines: LineJson[]) {
  const result = await tx.query<{ key: string; partner_id: string; inserted: boolean }>(
    `insert into invoice_lines as t
       (key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family,
        topseller, quantity, unit_price_cents, currency, customer_name, batch_id, seq)
     select key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family,
            topseller, quantity, unit_price_cents, currency, customer_name, batch_id, 0
       from jsonb_to_recordset($1::jsonb) as r(key text, distributor text, invoice_no text, line_no int,
            partner_id text, reseller_id text, date date, quarter text, sku text, family text,
            topseller boolean, quantity int, unit_price_cents bigint, currency text,
            customer_name text, batch_id text)
     on conflict (key) do update set
       partner_id = excluded.partner_id, reseller_id = excluded.reseller_id, date = excluded.date,
       quarter = excluded.quarter, sku = excluded.sku, family = excluded.family,
       topseller = excluded.topseller, quantity = excluded.quantity,
       unit_price_cents = excluded.unit_price_cents, currency = excluded.currency,
       customer_name = excluded.customer_name, batch_id = excluded.batch_id
     where (t.partner_id, t.date, t.sku, t.family, t.topseller, t.quantity, t.unit_price_cents, t.currency, t.customer_name)
       is distinct from (excluded.partner_id, excluded.date, excluded.sku, excluded.family, excluded.topseller,
       excluded.quantity, excluded.unit_price_cents, excluded.currency, excluded.customer_name)
     returning key, partner_id, (xmax = 0) as inserted`,
    [JSON.stringify(lines)],
  );
  return result.rows;
}

/** Numbers for changed lines, in file order, under the partner counter's lock (taken last). */
async function publishLines(tx: Queryable, partnerId: string, keys: string[]) {
  const top = await bumpSequence(tx, partnerScope(partnerId), keys.length);
  const first = top - keys.length + 1;
  await tx.query(
    `update invoice_lines l set seq = $1::bigint + k.n - 1
       from unnest($2::text[]) with ordinality as k(key, n)
      where l.key = k.key`,
    [first, keys],
  );
}

interface IngestOptions {
  readonly fileName: string;
  readonly distributor?: string;
  readonly userId: string | null;
  readonly address?: string | null;
  readonly now: Date;
}

/** Parses with the app's own parse-and-validate core, then stores the file in ONE transaction. */
export async function referenceIngest(
  db: Db,
  bytes: Uint8Array,
  options: IngestOptions,
): Promise<IngestReport> {
  const [catalogRows, resellers] = await Promise.all([
    db.query<{ sku: string; family: Family; topseller: boolean }>(
      'select sku, family, topseller from catalog',
    ),
    db.query<{ reseller_id: string; partner_id: string }>(
      'select reseller_id, partner_id from reseller_ids',
    ),
  ]);
  const catalog = new Map<string, CatalogEntry>(
    catalogRows.rows.map((c) => [c.sku, { family: c.family, topseller: c.topseller }]),
  );
  const partnerOf = new Map(resellers.rows.map((r) => [r.reseller_id, r.partner_id]));
  const started = performance.now();
  const parsed = await parseDistributorFile(bytes, {
    fileName: options.fileName,
    catalog,
    ...(options.distributor ? { distributor: options.distributor } : {}),
  });
  const parseMs = Math.round(performance.now() - started);
  const batchId = randomUUID();
  const quarantine: { row: number; code: string; reason: string; raw: unknown }[] =
    parsed.rejected.map((r) => ({
      row: r.row,
      code: r.code,
      reason: r.reason,
      raw: r.raw,
    }));
  const accepted: LineJson[] = [];
  const toJson = (row: ParsedRow, partnerId: string): LineJson => ({
    key: invoiceLineKey(row),
    distributor: row.distributor,
    invoice_no: row.invoiceNo,
    line_no: row.lineNo,
    partner_id: partnerId,
    reseller_id: row.partnerId,
    date: row.date,
    quarter: quarterKey(quarterOf(row.date)),
    sku: row.sku,
    family: row.family,
    topseller: row.topseller,
    quantity: row.quantity,
    unit_price_cents: row.unitPriceCents,
    currency: row.currency,
    customer_name: row.customerName,
    batch_id: batchId,
  });
  for (const row of parsed.rows) {
    const partnerId = partnerOf.get(row.partnerId);
    if (partnerId) accepted.push(toJson(row, partnerId));
    else
      quarantine.push({
        row: row.row,
        code: 'unknown_reseller',
        reason: `Reseller id "${row.partnerId}" belongs to no partner.`,
        raw: { ...row },
      });
  }
  return db.transaction(async (tx) => {
    await tx.query(
      `insert into ingest_batches (id, file_name, distributor, by_user, started_at, file_error)
       values ($1,$2,$3,$4,$5,$6)`,
      [
        batchId,
        options.fileName,
        options.distributor ?? null,
        options.userId,
        options.now.toISOString(),
        parsed.fileError ? `${parsed.fileError.code}: ${parsed.fileError.reason}` : null,
      ],
    );
    let inserted = 0;
    let updated = 0;
    const changed = new Map<string, string[]>();
    for (let i = 0; i < accepted.length; i += INGEST_BATCH) {
      for (const row of await upsertBatch(tx, accepted.slice(i, i + INGEST_BATCH))) {
        if (row.inserted) inserted += 1;
        else updated += 1;
        const list = changed.get(row.partner_id) ?? [];
        list.push(row.key);
        changed.set(row.partner_id, list);
      }
    }
    for (let i = 0; i < quarantine.length; i += INGEST_BATCH)
      await tx.query(
        `insert into quarantine (batch_id, row_no, code, reason, raw)
         select $1, r.row, r.code, r.reason, r.raw from jsonb_to_recordset($2::jsonb) as r(row int, code text, reason text, raw jsonb)`,
        [batchId, JSON.stringify(quarantine.slice(i, i + INGEST_BATCH))],
      );
    const unchanged = accepted.length - inserted - updated;
    await tx.query(
      `update ingest_batches set finished_at = $2, inserted = $3, updated = $4, unchanged = $5,
         quarantined = $6 where id = $1`,
      [batchId, options.now.toISOString(), inserted, updated, unchanged, quarantine.length],
    );
    await audit(tx, {
      at: options.now,
      actorId: options.userId,
      action: 'ingest',
      subject: options.fileName,
      address: options.address ?? null,
      detail: { batchId, inserted, updated, unchanged, quarantined: quarantine.length },
    });
    for (const partnerId of [...changed.keys()].sort())
      await publishLines(tx, partnerId, changed.get(partnerId) ?? []);
    return {
      batchId,
      totalRows: parsed.detected.totalRows,
      inserted,
      updated,
      unchanged,
      quarantined: quarantine.length,
      ...(parsed.fileError ? { fileError: { ...parsed.fileError } } : {}),
      timings: { parseMs, storeMs: Math.round(performance.now() - started) - parseMs },
    };
  });
}
