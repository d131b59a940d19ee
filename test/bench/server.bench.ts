import autocannon from 'autocannon';
import pg from 'pg';
import { escapeLiteral } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { pgDb, type Db } from '../../server/src/db/adapter';
import { DEFAULT_POOL_SIZE } from '../../server/src/db/open';
import { migrate } from '../../server/src/db/migrations';
import { seedDemo } from '../../server/src/demo';
import { ingestFile } from '../../server/src/vendor/ingest';
import { pageQuery, parseCursor } from '../../server/src/sync/pull';
import { cpuPerRequest, cpuTimes } from './cpu-time';
import { median, report } from './stats';

/**
 * The sync server against real PostgreSQL (DATABASE_URL; skipped without it): pulls of 500-row
 * pages and pushes of claim batches by 50 concurrent clients over loopback, each beside floors
 * measured in the same run; and a 100,000-line ingest beside a raw COPY of the same rows.
 */
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 4720);
const FLOOR_PORT = PORT + 1;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_UP_SECONDS = 2;

/** The every-row floor's transaction body (see its run in benchServer). */
const FLOOR_PUSH_FUNCTION = `
create function floor_push(p_client text, p_scope text, p_program text, p_keys text[],
  p_ids text[], p_data text[], p_response text) returns void language plpgsql as $$
declare
  v_top bigint;
begin
  insert into claims (id, line_key, program, rep_id, partner_id, quarter, family, units, amount,
    unit, status, rule_version, created_at, updated_at, history)
  select u.id, u.k, p_program, 'rep-ana', 'P-1001', 'FY2026-Q3', 'notebook', 1, 0, 'USD',
    'submitted', 'x', now(), now(), '[]'
    from unnest(p_keys, p_ids) as u(k, id)
  on conflict do nothing;
  insert into clients (client_id, user_id, created_at, last_mutation_id)
  values (p_client, 'rep-ana', now(), 10);
  insert into mutation_results (client_id, mutation_id, status)
  select p_client, g, 'applied' from generate_series(1, 10) g;
  insert into audit_log (at, actor_id, action, subject, client_id, mutation_id, address)
  select now(), 'rep-ana', 'mutation.applied', 'claim.create', p_client, g, '127.0.0.1'
    from generate_series(1, 10) g;
  insert into idempotency (user_id, key, request_hash, response, created_at)
  values ('rep-ana', p_client || '.1.10.10', md5(p_client), p_response::jsonb, now());
  insert into feed_seq as f (scope, seq) values (p_scope, 10)
  on conflict (scope) do update set seq = f.seq + 10 returning f.seq into v_top;
  insert into feed (scope, kind, row_id, seq, owner_id, deleted, data)
  select p_scope, 'claim', u.id, v_top - 10 + u.n, 'rep-ana', false, u.d::json
    from unnest(p_ids, p_data) with ordinality as u(id, d, n);
end $$`;
const PAGE = 500;
const LINES = 100_000;

/** `n` lines dated over the 28 days before `now`: inside the claim window whenever the bench runs. */
function feedCsv(n: number, now: Date): string {
  const rows = [
    'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer',
  ];
  const days = Array.from({ length: 28 }, (_, d) =>
    new Date(now.getTime() - (d + 1) * 86_400_000).toISOString().slice(0, 10),
  );
  for (let i = 0; i < n; i += 1) {
    rows.push(
      `TD SYNNEX,${i % 2 ? 'R-2002' : 'P-1001'},B-${Math.floor(i / 4)},${(i % 4) + 1},${days[i % 28]},21MA0033US,${1 + (i % 5)},${(1000 + (i % 300)).toFixed(2)},USD,Customer ${i % 97}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

/** p50 and p99 (ms) of a run's latencies. */
interface Latency {
  readonly p50: number;
  readonly p99: number;
}

function percentiles(latencies: number[]): Latency {
  latencies.sort((a, b) => a - b);
  return {
    p50: median(latencies),
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  };
}

/**
 * An autocannon run, and the latency of its answers on open connections: each connection's first
 * answer is left out. autocannon opens its 50 connections as a run starts, and the first answer
 * on each came last in every run: the 20 slowest answers of an 8-second pull run (the ones its
 * p99 reads) were all first answers, up to 1.1 s, while every later answer took under 340 ms. The
 * floors run on connections already open, and the app keeps its connection open between pulls:
 * the goals compare latencies on open connections (loops leaves out each loop's first call the
 * same way). Throughput counts every answer.
 */
async function cannon(
  opts: autocannon.Options,
): Promise<autocannon.Result & { readonly open: Latency }> {
  const latencies: number[] = [];
  const answeredOnce = new Set<unknown>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(opts, (error, done) => (error ? reject(error) : resolve(done)));
    run.on('response', (client, _status, _bytes, ms) => {
      if (answeredOnce.has(client)) latencies.push(ms);
      else answeredOnce.add(client);
    });
  });
  return { ...result, open: percentiles(latencies) };
}

/** CPU per request (cpu-time.ts), where /proc gave it. */
function reportCpu(name: string, perRequest: Record<string, string>): void {
  if (Object.keys(perRequest).length > 0) report(name, perRequest);
}

/** A run whose requests failed measured failures: refuse its figures. */
function answered(name: string, result: autocannon.Result): void {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `the bench's ${name} run had failures: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
}

/**
 * Each run starts once the one before it has drained (its last requests are still answered), and
 * after a checkpoint. The bench writes about 1 GB of WAL, so PostgreSQL checkpointed back to back
 * throughout it (every 540 MB of WAL, 30 s to 3 min each): a run's commits met a checkpoint's
 * writes and first-change page images, or not, by chance. After a CHECKPOINT each run starts in
 * the same state, and none writes enough WAL to start another.
 */
async function settle(raw: pg.Pool): Promise<void> {
  await checkpoint(raw);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

let checkpointRefused = false;
/**
 * CHECKPOINT, where the bench's role may (a superuser, or pg_checkpoint from PostgreSQL 15): a
 * role that may not runs the bench without, and is told once that its runs may meet checkpoints.
 */
async function checkpoint(db: pg.Pool | pg.PoolClient): Promise<void> {
  if (checkpointRefused) return;
  try {
    await db.query('checkpoint');
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    checkpointRefused = true;
    console.log(
      "(this role may not CHECKPOINT: runs may meet PostgreSQL's own checkpoints, and vary more)",
    );
  }
}

/**
 * A fresh process compiles its code and opens its connections (each preparing its statements) in
 * its first second: a run warms it up first, as a running server is, and is not counted. The
 * warm-up's last requests are still being answered when it stops; the measured run waits for
 * them, or its first requests queue behind them (+150-250 ms on the pull's p99).
 */
async function warmUp(raw: pg.Pool, load: autocannon.Options): Promise<void> {
  await cannon({ ...load, duration: WARM_UP_SECONDS });
  await settle(raw);
}

/**
 * `count` concurrent loops of `fn` for `seconds`: calls/s, and p50 and p99 latency (ms) without
 * each loop's first call (as cannon leaves out each connection's first answer).
 */
async function loops(count: number, seconds: number, fn: () => Promise<unknown>) {
  const latencies: number[] = [];
  let calls = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: count }, async () => {
      for (let first = true; performance.now() < end; first = false) {
        const t = performance.now();
        await fn();
        calls += 1;
        if (!first) latencies.push(performance.now() - t);
      }
    }),
  );
  const { p50, p99 } = percentiles(latencies);
  return { count: calls, rps: calls / seconds, p99, median: p50 };
}

/**
 * Ingest: the whole path (parse with the shared core, assign, upsert, feed) vs raw COPY. A
 * function of its own so that the file, its rows and the COPY text are garbage when the load
 * tests start: autocannon shares this process's heap, and collecting them delayed its reading of
 * answers, which counted in the server's latency.
 */
async function benchIngest(db: Db, raw: pg.Pool, now: Date): Promise<{ batchId: string }> {
  const csv = new TextEncoder().encode(feedCsv(LINES, now));
  // As every run: from a checkpoint, not in the middle of one the last bench's writes started.
  await checkpoint(raw);
  let t = performance.now();
  const ingested = await ingestFile(db, csv, { fileName: 'bench.csv', userId: null, now });
  const ingestMs = performance.now() - t;
  await raw.query(`create table copy_floor (like invoice_lines including defaults)`);
  const rows = await raw.query<{ line: string }>(
    `select concat_ws(E'\\t', key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name, batch_id, seq) as line from invoice_lines where batch_id = $1`,
    [ingested.batchId],
  );
  const text = rows.rows.map((r) => r.line.replace(/\\/g, '\\\\')).join('\n') + '\n';
  const client = await raw.connect();
  await checkpoint(client);
  t = performance.now();
  await pipeline(Readable.from([text]), client.query(copyFrom('copy copy_floor from stdin')));
  const copyMs = performance.now() - t;
  client.release();
  report('server ingest 100k lines', {
    lines: ingested.inserted,
    'lines/s': Math.round(LINES / (ingestMs / 1000)),
    'raw COPY lines/s': Math.round(LINES / (copyMs / 1000)),
    'ratio to COPY': (copyMs / ingestMs).toFixed(2),
    'parse ms': ingested.timings.parseMs,
    'store ms': ingested.timings.storeMs,
    goal: '≥ 50,000 lines/s',
  });
  return ingested;
}

export async function benchServer(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('server: skipped (set DATABASE_URL to a PostgreSQL database to run it)');
    return;
  }
  const schema = `bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = pgDb({ connectionString: url, schema, max: 20 });
  // The floors get the server's pool size: on 2 cores, 20 connections served less than 10.
  const raw = new pg.Pool({
    connectionString: url,
    options: `-c search_path=${schema}`,
    max: DEFAULT_POOL_SIZE,
  });
  try {
    await migrate(db);
    const now = new Date();
    await seedDemo(db, now, (u) => `bench-password-${u.username}`);

    const ingested = await benchIngest(db, raw, now);

    // Settled before any load: an ingest of 100,000 lines otherwise has autovacuum working on them
    // while the pulls are measured.
    await raw.query('vacuum (analyze) invoice_lines, feed, feed_seq');

    // Pull: the server vs a bare Fastify serving the same page from memory vs the query alone.
    // Both servers run in a process of their own; autocannon and the pg floor run in this one.
    const child = fork(fileURLToPath(new URL('./server-process.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        BENCH_SERVER: JSON.stringify({ url, schema, port: PORT, floorPort: FLOOR_PORT }),
      },
    });
    // A failure below must not leave the server running after the bench.
    process.once('exit', () => child.kill());
    const answer = (expected: string) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (message: unknown) => {
          if (message !== expected) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve();
        };
        const onExit = (code: number | null) =>
          reject(new Error(`the bench's server process ended (${code}) before '${expected}'`));
        child.on('message', onMessage);
        child.once('exit', onExit);
      });
    await answer('ready');
    const login = async (username: string) => {
      const response = await fetch(`http://127.0.0.1:${PORT}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: `bench-password-${username}` }),
      });
      return ((await response.json()) as { token: string }).token;
    };
    const token = await login('maria');
    const headers = { authorization: `Bearer ${token}` };
    const pullPath = `/sync/pull?clientId=bench-client-1&limit=${PAGE}&cursor=0.0`;
    child.send({ floor: { path: pullPath, token } });
    await answer('floor');

    const pullLoad: autocannon.Options = {
      url: `http://127.0.0.1:${PORT}${pullPath}`,
      headers,
      connections: CONNECTIONS,
    };
    await warmUp(raw, pullLoad);
    const pullCpu = await cpuTimes(child.pid);
    const server = await cannon({ ...pullLoad, duration: SECONDS });
    const pullCpuPer = cpuPerRequest(pullCpu, await cpuTimes(child.pid), server.requests.total);
    answered('pull', server);
    await settle(raw);
    const memory = await cannon({
      url: `http://127.0.0.1:${FLOOR_PORT}/page`,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    // The server's own page query (both feeds, one round trip) for the same user and cursor.
    const pages = pageQuery(
      {
        id: 'mgr-maria',
        username: 'maria',
        name: 'Maria Rossi',
        role: 'manager',
        partnerId: 'P-1001',
        mayClaim: true,
        mayAcceptElevate: true,
      },
      parseCursor('0.0'),
      PAGE,
    );
    await settle(raw);
    // Prepared, as the server's page query is: planned once per connection.
    const queryCpu = await cpuTimes(child.pid);
    const query = await loops(CONNECTIONS, SECONDS, () =>
      raw.query({ name: 'floor-page', text: pages.sql, values: pages.params }),
    );
    const queryCpuPer = cpuPerRequest(queryCpu, await cpuTimes(child.pid), query.count);
    const slower =
      memory.requests.average < query.rps
        ? { rps: memory.requests.average, p99: memory.open.p99, name: 'memory' }
        : { rps: query.rps, p99: query.p99, name: 'pg' };
    report('server pull 500-row pages ×50', {
      'req/s': Math.round(server.requests.average),
      'rows/s': Math.round(server.requests.average * PAGE),
      'p50 ms': server.open.p50,
      'p99 ms': server.open.p99,
      'p99 ms with first answers': server.latency.p99,
      non2xx: server.non2xx,
    });
    reportCpu('    CPU ms per pull', pullCpuPer);
    report('  floor: bare Fastify from memory', {
      'req/s': Math.round(memory.requests.average),
      'p50 ms': memory.open.p50,
      'p99 ms': memory.open.p99,
    });
    report('  floor: pg page query, no HTTP', {
      'req/s': Math.round(query.rps),
      'p50 ms': query.median.toFixed(1),
      'p99 ms': query.p99.toFixed(1),
    });
    reportCpu('    CPU ms per query', queryCpuPer);
    report('  vs slower floor', {
      floor: slower.name,
      'throughput ratio': (server.requests.average / slower.rps).toFixed(2),
      'p99 ratio': (server.open.p99 / slower.p99).toFixed(2),
      goal: 'throughput ≥ 0.5×, p99 ≤ 2×',
    });

    // Push: batches of 10 claims per request, each request its own client id.
    // Pushes claim lines made for them, copies of one of the partner's lines: the partner's 50,000
    // lines ran out within a second of the fastest floor, and past them every row met the unique
    // index and was skipped, not written. The server and each floor claim them for a program of
    // their own, or (both LEAP) in ranges of their own.
    const BENCH_LINES = 450_000;
    await raw.query(
      `insert into invoice_lines (key, distributor, invoice_no, line_no, partner_id, reseller_id, date, quarter, sku, family, topseller, quantity, unit_price_cents, currency, customer_name, batch_id, seq)
       select 'bench-line-' || g, l.distributor, 'BENCH-' || g, 1, l.partner_id, l.reseller_id, l.date, l.quarter, l.sku, l.family, l.topseller, l.quantity, l.unit_price_cents, l.currency, l.customer_name, l.batch_id, 1e9 + g
         from generate_series(1, ${BENCH_LINES}) g,
              (select * from invoice_lines where partner_id = 'P-1001' and batch_id = $1 limit 1) l`,
      [ingested.batchId],
    );
    const benchLine = (k: number) => `bench-line-${(k % BENCH_LINES) + 1}`;
    await raw.query('vacuum (analyze) invoice_lines');
    const tenLines = (n: number, offset = 0) =>
      Array.from({ length: 10 }, (_, i) => benchLine(offset + n * 10 + i));
    const repToken = await login('ana');
    let next = 0;
    const batch = () => {
      const n = next++;
      return {
        clientId: `bench-push-${n}`,
        mutations: Array.from({ length: 10 }, (_, i) => ({
          id: i + 1,
          name: 'claim.create',
          args: {
            claimId: `bench-${n}-${i}`,
            lineKey: benchLine(n * 10 + i),
            program: 'leap',
            repId: 'rep-ana',
            amount: 0,
            unit: 'points',
            ruleVersion: 'x',
          },
        })),
      };
    };
    const pushLoad: autocannon.Options = {
      url: `http://127.0.0.1:${PORT}/sync/push`,
      connections: CONNECTIONS,
      requests: [
        {
          method: 'POST',
          headers: { authorization: `Bearer ${repToken}`, 'content-type': 'application/json' },
          // With an idempotency key, as the app sends every push (renderer/sync/engine.ts).
          setupRequest: (req) => {
            const body = batch();
            return {
              ...req,
              headers: { ...req.headers, 'idempotency-key': `${body.clientId}.1.10.10` },
              body: JSON.stringify(body),
            };
          },
        },
      ],
    };
    await warmUp(raw, pushLoad);
    // A push of refused claims is cheap (nothing is written), and so is a failed one: the figures
    // count only if every request was answered 200 and every claim it carried was applied.
    const outcomes = async () => {
      const rows = (
        await raw.query<{ status: string; n: string }>(
          `select status, count(*)::text as n from mutation_results
            where client_id like 'bench-push-%' group by status`,
        )
      ).rows;
      const count = (status: string) => Number(rows.find((o) => o.status === status)?.n ?? 0);
      return { applied: count('applied'), refused: count('rejected') };
    };
    const before = await outcomes();
    const pushCpu = await cpuTimes(child.pid);
    const pushes = await cannon({ ...pushLoad, duration: SECONDS });
    const pushCpuPer = cpuPerRequest(pushCpu, await cpuTimes(child.pid), pushes.requests.total);
    answered('push', pushes);
    const after = await outcomes();
    const applied = after.applied - before.applied;
    if (after.refused > 0 || applied < pushes.requests.total * 10)
      throw new Error(
        `the bench's pushes were not all applied: ${applied} claims applied for ${pushes.requests.total} pushes answered, ${after.refused} refused`,
      );
    // The first floor: the same ten claim rows inserted by a bare transaction, committed (a push
    // is durable when it answers).
    let floorN = 0;
    await settle(raw);
    const bare = await loops(CONNECTIONS, SECONDS, async () => {
      const n = floorN++;
      const c = await raw.connect();
      try {
        await c.query('begin');
        await c.query({
          name: 'floor-claims',
          text: `insert into claims (id, line_key, program, rep_id, partner_id, quarter, family, units, amount, unit, status, rule_version, created_at, updated_at, history)
           select 'floor-' || $1 || '-' || g, k, 'ncb', 'rep-ana', 'P-1001', 'FY2026-Q3', 'notebook', 1, 0, 'USD', 'submitted', 'x', now(), now(), '[]'
             from unnest($2::text[]) with ordinality as u(k, g)
           on conflict do nothing`,
          values: [n, tenLines(n)],
        });
        await c.query('commit');
      } finally {
        c.release();
      }
    });
    // The second floor writes every row a push of ten claims writes, in one bare transaction: the
    // claims, their results, the client's row, their audit entries and the answer kept for the
    // push's idempotency key, then (last, as the server writes it: the counter's row is locked
    // from its bump to COMMIT) their feed rows numbered from the partner's counter. A PL/pgSQL
    // function, so its statements are planned once per connection as the server's are; BEGIN,
    // the call and COMMIT go as one message, so the counter's row stays locked only while
    // PostgreSQL works (in separate round trips, waiting for COMMIT held it for 1.5 ms and the
    // floor ran at 640 transactions a second).
    await raw.query(FLOOR_PUSH_FUNCTION);
    // Run twice: numbered from the partner's one counter, as the server numbers a partner's pushes
    // (each transaction holds the counter's row until its commit is flushed, so one partner's
    // writers commit one at a time), and from a counter of each transaction's own (what the
    // same rows cost with nothing shared).
    const now0 = new Date().toISOString();
    // The answer the server stores for a push's idempotency key: ten claims applied.
    const response = JSON.stringify({
      lastMutationId: 10,
      results: Array.from({ length: 10 }, (_, i) => ({ id: i + 1, status: 'applied' })),
    });
    const everyRowFloor = (
      tag: string,
      program: string,
      offset: number,
      scopeOf: (n: number) => string,
    ) => {
      let allN = 0;
      return loops(CONNECTIONS, SECONDS, async () => {
        const n = allN++;
        const client = `${tag}-${n}`;
        const keys = tenLines(n, offset);
        const ids = keys.map((_, i) => `${client}-${i}`);
        const feedData = ids.map((id, i) =>
          JSON.stringify({
            id,
            lineKey: keys[i],
            program,
            repId: 'rep-ana',
            partnerId: 'P-1001',
            quarter: 'FY2026-Q3',
            family: 'notebook',
            units: 1,
            amount: 0,
            unit: 'USD',
            status: 'submitted',
            ruleVersion: 'x',
            createdAt: now0,
            updatedAt: now0,
            history: [{ status: 'submitted', at: now0, by: 'rep-ana' }],
          }),
        );
        const list = (values: readonly (string | undefined)[]) =>
          `ARRAY[${values.map((v) => escapeLiteral(v ?? '')).join(',')}]::text[]`;
        // One message, as the server sends its bookkeeping: the function's plans are kept.
        await raw.query(
          `begin; select floor_push(${[client, scopeOf(n), program].map(escapeLiteral).join(', ')}, ${list(keys)}, ${list(ids)}, ${list(feedData)}, ${escapeLiteral(response)}); commit`,
        );
      });
    };
    await settle(raw);
    const everyRowCpu = await cpuTimes(child.pid);
    const everyRow = await everyRowFloor('shared', 'spiff', 0, () => 'p:P-1001');
    const everyRowCpuPer = cpuPerRequest(everyRowCpu, await cpuTimes(child.pid), everyRow.count);
    // LEAP, as the server's pushes: on lines past the ones those claimed.
    await settle(raw);
    const everyRowOwn = await everyRowFloor('own', 'leap', BENCH_LINES / 2, (n) => `p:floor-${n}`);
    // Each floor wrote every row it was timed for (none skipped at the unique index).
    for (const [prefix, floor] of [
      ['floor-', bare],
      ['shared-', everyRow],
      ['own-', everyRowOwn],
    ] as const) {
      const written = await raw.query<{ n: string }>(
        `select count(*)::text as n from claims where id like $1`,
        [`${prefix}%`],
      );
      if (Number(written.rows[0]?.n) < floor.count * 10)
        throw new Error(
          `the floor ${prefix} wrote ${written.rows[0]?.n} claims in ${floor.count} transactions`,
        );
    }
    report('server push 10-claim batches ×50', {
      'req/s': Math.round(pushes.requests.average),
      'claims/s': Math.round(pushes.requests.average * 10),
      'p50 ms': pushes.open.p50,
      'p99 ms': pushes.open.p99,
      'p99 ms with first answers': pushes.latency.p99,
      non2xx: pushes.non2xx,
      'claims applied': applied,
    });
    reportCpu('    CPU ms per push', pushCpuPer);
    report('  floor: bare transaction, claim rows', {
      'req/s': Math.round(bare.rps),
      'p50 ms': bare.median.toFixed(1),
      'p99 ms': bare.p99.toFixed(1),
    });
    report('  floor: bare transaction, every row', {
      'req/s': Math.round(everyRow.rps),
      'p50 ms': everyRow.median.toFixed(1),
      'p99 ms': everyRow.p99.toFixed(1),
    });
    reportCpu('    CPU ms per transaction', everyRowCpuPer);
    report('  …with a feed counter of its own', {
      'req/s': Math.round(everyRowOwn.rps),
      'p50 ms': everyRowOwn.median.toFixed(1),
      'p99 ms': everyRowOwn.p99.toFixed(1),
    });
    for (const [name, floor] of [
      ['claim rows', bare],
      ['every row', everyRow],
      ['every row, own counter', everyRowOwn],
    ] as const)
      report(`  vs floor (${name})`, {
        'throughput ratio': (pushes.requests.average / floor.rps).toFixed(2),
        'p99 ratio': (pushes.open.p99 / floor.p99).toFixed(2),
        goal: 'throughput ≥ 0.5×, p99 ≤ 2×',
      });
    child.send('close');
    await answer('closed');
  } finally {
    await db.close();
    await raw.end();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
