import { randomUUID } from 'node:crypto';
import {
  invoiceLineKey,
  lineTotalCents,
  quarterKey,
  quarterOf,
  type Family,
} from '../../../shared/index';
import {
  streamDistributorFile,
  type CatalogEntry,
  type ParseOutcome,
} from '../../../shared/import/index';
import { audit } from '../audit';
import type { Db } from '../db/adapter';

export interface IngestReport {
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

/**
 * A row the parser accepted but the database cannot hold (a quantity beyond PostgreSQL's
 * integer, a NUL character in a text): the whole file is refused and nothing of it is stored.
 */
export class IngestRowError extends Error {
  override readonly name = 'IngestRowError';
  constructor(
    readonly fileName: string,
    /** The row as a spreadsheet counts it (the parser's numbering). */
    readonly row: number,
    readonly column: string | null,
    readonly detail: string,
  ) {
    super(
      `${fileName}, row ${row}${column ? `, column ${column}` : ''}: ${detail}. Nothing of the file was stored; correct the row and send the file again.`,
    );
  }
}

/** Rows per COPY chunk: big enough for few writes, small enough to stream. */
const CHUNK_ROWS = 2_000;

/** The staging table's columns, in COPY order; `ord` is the row's line in the COPY stream. */
const STAGE_COLUMNS =
  'ord, row_no, key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name, data';

const LINE_COLUMNS =
  'key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name';

/** Column types as in invoice_lines, so a value it cannot hold fails at COPY, naming the line. */
const CREATE_STAGE = `create temp table ingest_stage (
  ord integer not null, row_no integer not null, key text not null, distributor text not null,
  invoice_no text not null, line_no integer not null, partner_id text not null,
  reseller_id text not null, date date not null, quarter text not null, sku text not null,
  family text not null, topseller boolean not null, quantity integer not null,
  unit_price_cents bigint not null, currency text not null, customer_name text not null,
  data text not null
) on commit drop`;

/**
 * One statement, set-based: insert new lines, update changed ones (by distributor + invoice +
 * line), leave identical ones untouched (an unchanged re-import writes nothing); then take each
 * changed partner feed's numbers from its counter (feed_seq, as sync/feed.ts does: the row stays
 * locked until COMMIT, in scope order so two writers cannot deadlock) and write the changed lines
 * to the feeds, numbered in file order. The counters are bumped only once the merge is complete
 * (`counts` needs all of it).
 */
const MERGE_AND_PUBLISH = `with merged as (
  insert into invoice_lines as t (${LINE_COLUMNS}, batch_id)
  select ${LINE_COLUMNS}, $1 from ingest_stage
  on conflict (key) do update set
    partner_id = excluded.partner_id, reseller_id = excluded.reseller_id, date = excluded.date,
    quarter = excluded.quarter, sku = excluded.sku, family = excluded.family,
    topseller = excluded.topseller, quantity = excluded.quantity,
    unit_price_cents = excluded.unit_price_cents, currency = excluded.currency,
    customer_name = excluded.customer_name, batch_id = excluded.batch_id
  where (t.partner_id, t.date, t.sku, t.family, t.topseller, t.quantity, t.unit_price_cents, t.currency, t.customer_name)
    is distinct from (excluded.partner_id, excluded.date, excluded.sku, excluded.family, excluded.topseller,
    excluded.quantity, excluded.unit_price_cents, excluded.currency, excluded.customer_name)
  returning key, 'p:' || partner_id as scope, (xmax = 0) as inserted
), changed as (
  select m.scope, m.key, m.inserted, s.ord, s.data from merged m join ingest_stage s on s.key = m.key
), counts as (
  select scope, count(*) as n, count(*) filter (where inserted) as inserted from changed group by scope
), bumped as (
  insert into feed_seq as f (scope, seq)
  select scope, n from counts order by scope collate "C"
  on conflict (scope) do update set seq = f.seq + excluded.seq
  returning scope, seq
), published as (
  insert into feed (scope, kind, row_id, seq, owner_id, deleted, data)
  select c.scope, 'invoiceLine', c.key,
         b.seq - n.n + row_number() over (partition by c.scope order by c.ord), null, false,
         c.data::json
    from changed c join bumped b on b.scope = c.scope join counts n on n.scope = c.scope
  on conflict (scope, kind, row_id) do update set seq = excluded.seq, deleted = false, data = excluded.data
)
select coalesce(sum(inserted), 0)::text as inserted, coalesce(sum(n - inserted), 0)::text as updated
  from counts`;

/** COPY text format: backslash, tab, newline and carriage return are escaped. */
const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const copyText = (value: string): string =>
  NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : value;

interface Quarantined {
  row: number;
  code: string;
  reason: string;
  raw: unknown;
}

interface Staged {
  /** File row of each COPY line (index = line − 1), to name the row a database error is about. */
  readonly rowOfLine: number[];
}

/**
 * The parser's outcomes as they are validated, turned into COPY text CHUNK_ROWS lines at a time:
 * the rows it refused go to `rejected`, and rows whose reseller id belongs to no partner to
 * `unassigned`, for the quarantine.
 */
function* copyChunks(
  outcomes: Iterable<ParseOutcome>,
  partnerOf: ReadonlyMap<string, string>,
  rejected: Quarantined[],
  unassigned: Quarantined[],
  staged: Staged,
): Generator<string> {
  let lines: string[] = [];
  for (const { row, rejected: refused } of outcomes) {
    if (!row) {
      rejected.push({
        row: refused.row,
        code: refused.code,
        reason: refused.reason,
        raw: refused.raw,
      });
      continue;
    }
    const partnerId = partnerOf.get(row.partnerId);
    if (!partnerId) {
      unassigned.push({
        row: row.row,
        code: 'unknown_reseller',
        reason: `Reseller id "${row.partnerId}" belongs to no partner.`,
        raw: { ...row },
      });
      continue;
    }
    staged.rowOfLine.push(row.row);
    const key = invoiceLineKey(row);
    const quarter = quarterKey(quarterOf(row.date));
    // What a pull carries for the line (the app's InvoiceLine plus key, quarter and total).
    const data = {
      key,
      distributor: row.distributor,
      partnerId,
      invoiceNo: row.invoiceNo,
      lineNo: row.lineNo,
      date: row.date,
      quarter,
      sku: row.sku,
      family: row.family,
      topseller: row.topseller,
      quantity: row.quantity,
      unitPriceCents: row.unitPriceCents,
      lineTotalCents: lineTotalCents(row),
      currency: row.currency,
      customerName: row.customerName,
    };
    lines.push(
      [
        String(staged.rowOfLine.length),
        String(row.row),
        copyText(key),
        copyText(row.distributor),
        copyText(row.invoiceNo),
        String(row.lineNo),
        copyText(partnerId),
        copyText(row.partnerId),
        row.date,
        quarter,
        copyText(row.sku),
        row.family,
        row.topseller ? 't' : 'f',
        String(row.quantity),
        String(row.unitPriceCents),
        copyText(row.currency),
        copyText(row.customerName),
        copyText(JSON.stringify(data)),
      ].join('\t'),
    );
    if (lines.length === CHUNK_ROWS) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * A COPY error names the line of the COPY stream ("COPY ingest_stage, line 5, column quantity:
 * …"); turned into the file's row, so the vendor admin knows which row to correct.
 */
function rowError(error: unknown, fileName: string, staged: Staged): IngestRowError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { where, message } = error as { where?: unknown; message?: unknown };
  if (typeof where !== 'string') return null;
  const found = /COPY ingest_stage, line (\d+)(?:, column (\w+))?/.exec(where);
  if (!found) return null;
  const row = staged.rowOfLine[Number(found[1]) - 1];
  if (row === undefined) return null;
  return new IngestRowError(fileName, row, found[2] ?? null, String(message));
}

export interface IngestOptions {
  readonly fileName: string;
  readonly distributor?: string;
  readonly userId: string | null;
  readonly address?: string | null;
  readonly now: Date;
}

/**
 * Parses with the app's own parse-and-validate core, then stores the file in ONE transaction:
 * COPY into a staging table, one set-based merge into invoice_lines, and the changed lines into
 * the partners' feeds under their counter locks, taken last (see sync/feed.ts).
 */
export async function ingestFile(
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
  // Reading and detection happen here; each row is validated as the COPY asks for it.
  const parsed = await streamDistributorFile(bytes, {
    fileName: options.fileName,
    catalog,
    ...(options.distributor ? { distributor: options.distributor } : {}),
  });
  const parseMs = Math.round(performance.now() - started);
  const batchId = randomUUID();
  const rejected: Quarantined[] = [];
  const unassigned: Quarantined[] = [];
  const staged: Staged = { rowOfLine: [] };
  const report = await db.transaction(async (tx) => {
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
    // A statement this size trips the JIT compiler, which costs seconds and saves nothing here;
    // the sorts and hashes of the merge fit in memory with a bit more than the default 4 MB.
    await tx.exec(`set local jit = off; set local work_mem = '64MB'; ${CREATE_STAGE}`);
    try {
      await tx.copyFrom(
        `copy ingest_stage (${STAGE_COLUMNS})`,
        copyChunks(parsed.outcomes, partnerOf, rejected, unassigned, staged),
      );
    } catch (error) {
      throw rowError(error, options.fileName, staged) ?? error;
    }
    const quarantine = [...rejected, ...unassigned];
    for (let i = 0; i < quarantine.length; i += CHUNK_ROWS)
      await tx.query(
        `insert into quarantine (batch_id, row_no, code, reason, raw)
         select $1, r.row, r.code, r.reason, r.raw from jsonb_to_recordset($2::jsonb) as r(row int, code text, reason text, raw jsonb)`,
        [batchId, JSON.stringify(quarantine.slice(i, i + CHUNK_ROWS))],
      );
    // Last: the merge takes the feed counters' locks, held until the COMMIT just after it; only
    // the batch's two bookkeeping rows come after.
    const merged = await tx.query<{ inserted: string; updated: string }>(MERGE_AND_PUBLISH, [
      batchId,
    ]);
    const inserted = Number(merged.rows[0]?.inserted ?? 0);
    const updated = Number(merged.rows[0]?.updated ?? 0);
    const unchanged = staged.rowOfLine.length - inserted - updated;
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
    return {
      batchId,
      totalRows: parsed.detected.totalRows,
      inserted,
      updated,
      unchanged,
      quarantined: quarantine.length,
      ...(parsed.fileError ? { fileError: { ...parsed.fileError } } : {}),
      timings: { parseMs, storeMs: 0 },
    };
  });
  // A big file changes the tables' shape faster than autovacuum notices: without fresh statistics
  // the planner takes a partner feed of 50,000 new rows for a few hundred and reads all of them
  // (then sorts) for every 500-row pull page, instead of the first 500 in index order.
  if (report.inserted + report.updated >= ANALYZE_AFTER)
    await db.exec('analyze feed, invoice_lines');
  return {
    ...report,
    timings: { parseMs, storeMs: Math.round(performance.now() - started) - parseMs },
  };
}

/** Changed lines from which an ingest refreshes the planner's statistics. */
const ANALYZE_AFTER = 10_000;
