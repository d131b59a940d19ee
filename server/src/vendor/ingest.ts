import { randomUUID } from 'node:crypto';
import { invoiceLineKey, quarterKey, quarterOf, type Family } from '../../../shared/index';
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

/** The advisory lock that makes ingests run one at a time (their merges, not their COPYs). */
const INGEST_LOCK = 7412002;

/** Rows per COPY chunk: big enough for few writes, small enough to stream. */
const CHUNK_ROWS = 2_000;

/** The staging table's columns, in COPY order; `row_no` (the file's row) gives the file order. */
const STAGE_COLUMNS =
  'row_no, key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name';

const LINE_COLUMNS =
  'key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name';

/** Column types as in invoice_lines, so a value it cannot hold fails at COPY, naming the line. */
const CREATE_STAGE = `create temp table ingest_stage (
  row_no integer not null, key text not null, distributor text not null,
  invoice_no text not null, line_no integer not null, partner_id text not null,
  reseller_id text not null, date date not null, quarter text not null, sku text not null,
  family text not null, topseller boolean not null, quantity integer not null,
  unit_price_cents bigint not null, currency text not null, customer_name text not null
) on commit drop`;

/**
 * One statement, set-based. `changed` are the staged lines that are new or differ from the stored
 * line (an unchanged re-import writes nothing and takes no number). Then each changed partner's
 * counter (feed_seq 'p:<partner>', as sync/feed.ts does) is bumped by its number of changed
 * lines, in scope order so two writers cannot deadlock; its row stays locked until COMMIT, so no
 * other writer of the partner's feed can commit a higher number first and no pull can pass a
 * number of this file before it is visible. Last, the changed lines are written with their new
 * numbers, in file order per partner: a line is its own feed row (sync/pull.ts). New lines are a
 * plain INSERT (no ON CONFLICT probe of the key per line): ingests run one at a time (INGEST_LOCK,
 * taken before this statement's snapshot), and nothing else writes invoice_lines, so a line
 * `changed` found missing is still missing when it is inserted.
 */
const MERGE_AND_NUMBER = `with changed as (
  select s.*, l.key is null as inserted
    from ingest_stage s left join invoice_lines l on l.key = s.key
   where l.key is null
      or (l.partner_id, l.date, l.sku, l.family, l.topseller, l.quantity, l.unit_price_cents, l.currency, l.customer_name)
         is distinct from (s.partner_id, s.date, s.sku, s.family, s.topseller, s.quantity,
         s.unit_price_cents, s.currency, s.customer_name)
), counts as (
  select 'p:' || partner_id as scope, partner_id, count(*) as n, count(*) filter (where inserted) as inserted
    from changed group by partner_id
), bumped as (
  insert into feed_seq as f (scope, seq)
  select scope, n from counts order by scope collate "C"
  on conflict (scope) do update set seq = f.seq + excluded.seq
  returning scope, seq
), numbered as (
  select c.*, b.seq - n.n + row_number() over (partition by c.partner_id order by c.row_no) as seq
    from changed c join counts n on n.partner_id = c.partner_id join bumped b on b.scope = n.scope
), inserted as (
  insert into invoice_lines (${LINE_COLUMNS}, batch_id, seq)
  select ${LINE_COLUMNS}, $1, seq from numbered where inserted
), updated as (
  update invoice_lines t set
    partner_id = u.partner_id, reseller_id = u.reseller_id, date = u.date, quarter = u.quarter,
    sku = u.sku, family = u.family, topseller = u.topseller, quantity = u.quantity,
    unit_price_cents = u.unit_price_cents, currency = u.currency, customer_name = u.customer_name,
    batch_id = $1, seq = u.seq
    from numbered u where not u.inserted and t.key = u.key
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
  /** The partners the staged lines belong to. */
  readonly partners: Set<string>;
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
    staged.partners.add(partnerId);
    lines.push(
      [
        String(row.row),
        copyText(invoiceLineKey(row)),
        copyText(row.distributor),
        copyText(row.invoiceNo),
        String(row.lineNo),
        copyText(partnerId),
        copyText(row.partnerId),
        row.date,
        quarterKey(quarterOf(row.date)),
        copyText(row.sku),
        row.family,
        row.topseller ? 't' : 'f',
        String(row.quantity),
        String(row.unitPriceCents),
        copyText(row.currency),
        copyText(row.customerName),
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
 * COPY into a staging table, then one set-based statement that numbers the changed lines from
 * their partners' counters, taken last (see sync/feed.ts), and writes them into invoice_lines.
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
  const staged: Staged = { rowOfLine: [], partners: new Set() };
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
    // One ingest at a time from here to COMMIT: the merge's snapshot sees every line an earlier
    // ingest wrote (see MERGE_AND_NUMBER).
    await tx.query('select pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    // The merge looks up each staged line by key (an index probe per line of the file). A hash
    // join would read and hash every stored line instead, so an ingest would slow down as the
    // table grows (measured: 500,000 stored lines doubled the merge of a 100,000-line file).
    await tx.exec('set local enable_hashjoin = off; set local enable_mergejoin = off');
    // What invoice_lines' foreign key to partners did per line, once per file: the file's
    // partners exist and none can go before COMMIT (migration 6 says why the key went).
    const partners = [...staged.partners];
    const present = await tx.query<{ id: string }>(
      'select id from partners where id = any($1::text[]) for key share',
      [partners],
    );
    if (present.rows.length !== partners.length)
      throw new Error(
        `Partners ${partners.filter((p) => !present.rows.some((r) => r.id === p)).join(', ')} no longer exist; nothing of ${options.fileName} was stored.`,
      );
    // Last: the merge takes the partner counters' locks, held until the COMMIT just after it;
    // only the batch's two bookkeeping rows come after.
    const merged = await tx.query<{ inserted: string; updated: string }>(MERGE_AND_NUMBER, [
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
  // A big file changes the table's shape faster than autovacuum notices: without fresh statistics
  // the planner takes a partner's 50,000 new lines for a few hundred and reads all of them (then
  // sorts) for every 500-row pull page, instead of the first 500 in index order. Only the columns
  // a pull's plan depends on (key is unique, nothing else is filtered on); feed is not written.
  if (report.inserted + report.updated >= ANALYZE_AFTER)
    await db.exec('analyze invoice_lines (partner_id, seq)');
  return {
    ...report,
    timings: { parseMs, storeMs: Math.round(performance.now() - started) - parseMs },
  };
}

/** Changed lines from which an ingest refreshes the planner's statistics. */
const ANALYZE_AFTER = 10_000;
