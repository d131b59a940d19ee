import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { sqlText, type Sql } from './prepared';

/**
 * One small adapter over node-postgres and PGlite: both speak the same PostgreSQL with `$n`
 * parameters, so every query in the server is plain SQL written once (README: why no ORM).
 */
export interface QueryResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(
    sql: Sql,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A transaction's connection: queries, and bulk loads with COPY. */
export interface Tx extends Queryable {
  /**
   * `COPY table (...) FROM STDIN` in text format, fed with `chunks` (each a whole number of
   * lines). node-postgres streams them over the COPY protocol as they come; PGlite reads them as
   * one in-process blob (`FROM '/dev/blob'`), since its COPY has no streaming input.
   */
  copyFrom(copySql: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void>;
  /**
   * Statements without parameters (values as literals: sql-literal.ts) sent as one
   * simple-protocol message, in order, answered with each one's rows. The transaction's first
   * message carries its BEGIN: a transaction that opens with a batch pays no round trip of its
   * own for BEGIN.
   */
  batch<R = Record<string, unknown>>(statements: readonly string[]): Promise<QueryResult<R>[]>;
  /**
   * Runs `sql` (statements without parameters) as the transaction's last work, in the same round
   * trip as COMMIT: a row lock it takes is held only while the database works, never while this
   * process gets round to sending COMMIT (which under load can take longer than the work).
   */
  atCommit(sql: string): void;
}

export interface Db extends Queryable {
  readonly kind: 'pg' | 'pglite';
  /** BEGIN … COMMIT on one connection; ROLLBACK when `fn` throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * `fn` with a Db on one connection of the pool, for a request's few statements: it waits for a
   * connection once, not once per statement (under load each wait is a turn in the pool's queue).
   */
  pinned<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database did not answer (gone, refused, timed out): the request gets a 503. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
]);

export function isConnectionError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end|PGlite is closed/i.test(
      message,
    )
  );
}

/**
 * PostgreSQL broke a deadlock or a serialisation conflict by rolling this transaction back:
 * nothing of it is stored, and the same request sent again can succeed.
 */
export function isRetryableConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}

function wrap(error: unknown): unknown {
  return isConnectionError(error) && !(error instanceof DatabaseUnavailableError)
    ? new DatabaseUnavailableError(error instanceof Error ? error.message : String(error))
    : error;
}

export interface PgOptions {
  readonly connectionString: string;
  /** A schema of its own (tests): every connection sets search_path to it. */
  readonly schema?: string;
  readonly max?: number;
}

export function pgDb(options: PgOptions): Db {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const run = async <R>(
    client: pg.Pool | pg.PoolClient,
    sql: Sql,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>> => {
    try {
      const values = params as unknown[] | undefined;
      const result =
        typeof sql === 'string'
          ? await client.query(sql, values)
          : await client.query({ name: sql.name, text: sql.text, ...(values ? { values } : {}) });
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw wrap(error);
    }
  };
  /** Several statements in one simple-protocol message: each one's result, in order. */
  const runMany = async (client: pg.PoolClient, text: string): Promise<QueryResult<never>[]> => {
    try {
      const results = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
      return (Array.isArray(results) ? results : [results]).map((result) => ({
        rows: result.rows as never[],
        rowCount: result.rowCount ?? 0,
      }));
    } catch (error) {
      throw wrap(error);
    }
  };
  /**
   * BEGIN … COMMIT on `client`; marks it broken when the connection failed. BEGIN goes with the
   * transaction's first message when that message can carry it (no parameters), else alone.
   */
  const transactionOn = async <T>(
    client: pg.PoolClient,
    fn: (tx: Tx) => Promise<T>,
    onBroken: () => void,
  ): Promise<T> => {
    const last: string[] = [];
    let begun = false;
    const begin = async () => {
      if (begun) return;
      begun = true;
      await run(client, 'BEGIN');
    };
    /** `statements` as one message, after BEGIN if nothing was sent yet. */
    const send = async (statements: readonly string[]): Promise<QueryResult<never>[]> => {
      const opening = !begun;
      begun = true;
      const results = await runMany(
        client,
        [...(opening ? ['BEGIN'] : []), ...statements].join(';\n'),
      );
      return opening ? results.slice(1) : results;
    };
    try {
      const result = await fn({
        query: async (sql, params) => {
          await begin();
          return run(client, sql, params);
        },
        exec: async (sql) => {
          await send([sql]);
        },
        batch: (statements) => send(statements),
        async copyFrom(copySql, chunks) {
          await begin();
          try {
            await pipeline(Readable.from(chunks), client.query(copyFrom(`${copySql} FROM STDIN`)));
          } catch (error) {
            throw wrap(error);
          }
        },
        atCommit(sql) {
          last.push(sql);
        },
      });
      // One simple-protocol message: an error in the last statements skips the COMMIT. A
      // transaction that sent nothing has nothing to commit.
      if (begun || last.length > 0) await send([...last, 'COMMIT']);
      return result;
    } catch (error) {
      if (isConnectionError(error)) onBroken();
      else await client.query('ROLLBACK').catch(() => undefined);
      throw wrap(error);
    }
  };
  const connect = async (): Promise<pg.PoolClient> => {
    try {
      return await pool.connect();
    } catch (error) {
      throw wrap(error);
    }
  };
  const db: Db = {
    kind: 'pg',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await run(pool, sql);
    },
    async transaction(fn) {
      const client = await connect();
      let broken = false;
      try {
        return await transactionOn(client, fn, () => (broken = true));
      } finally {
        client.release(broken);
      }
    },
    async pinned(fn) {
      const client = await connect();
      let broken = false;
      const onBroken = () => (broken = true);
      const one = async <R>(sql: Sql, params?: readonly unknown[]) => {
        try {
          return await run<R>(client, sql, params);
        } catch (error) {
          if (isConnectionError(error)) onBroken();
          throw error;
        }
      };
      const pinnedDb: Db = {
        kind: 'pg',
        query: one,
        exec: async (sql) => {
          await one(sql);
        },
        transaction: (inner) => transactionOn(client, inner, onBroken),
        pinned: (inner) => inner(pinnedDb),
        // The connection goes back to the pool when `fn` ends, not before.
        close: async () => undefined,
      };
      try {
        return await fn(pinnedDb);
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  return db;
}

/**
 * Embedded PostgreSQL (PGlite): `dataDir` undefined → in memory. One connection: transactions run
 * one at a time (PGlite queues them), which is what a single-machine install needs.
 */
export async function pgliteDb(dataDir?: string): Promise<Db> {
  const lite = await PGlite.create(dataDir ? { dataDir } : {});
  let closed = false;
  const guard = () => {
    if (closed) throw new DatabaseUnavailableError('PGlite is closed');
  };
  const run = async <R>(
    target: Pick<PGlite, 'query'>,
    sql: Sql,
    params?: readonly unknown[],
  ): Promise<QueryResult<R>> => {
    guard();
    // PGlite runs in this process: there is no connection to keep a prepared statement on.
    const result = await target.query<R>(sqlText(sql), params as unknown[] | undefined);
    // PGlite reports affectedRows 0 for a SELECT; node-postgres reports the rows returned.
    return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
  };
  const db: Db = {
    kind: 'pglite',
    query: (sql, params) => run(lite, sql, params),
    exec: async (sql) => {
      guard();
      await lite.exec(sql);
    },
    async transaction(fn) {
      guard();
      return lite.transaction(async (tx) => {
        const last: string[] = [];
        const result = await fn({
          query: (sql, params) => run(tx, sql, params),
          exec: async (sql) => {
            await tx.exec(sql);
          },
          // In process: one message or several cost the same; BEGIN was sent already.
          batch: async (statements) => {
            guard();
            const results = await tx.exec(statements.join(';\n'));
            return results.map((result) => ({
              rows: result.rows as never[],
              rowCount: Math.max(result.affectedRows ?? 0, result.rows.length),
            }));
          },
          async copyFrom(copySql, chunks) {
            guard();
            const parts: string[] = [];
            for await (const chunk of chunks) parts.push(chunk);
            await tx.query(`${copySql} FROM '/dev/blob'`, [], { blob: new Blob(parts) });
          },
          atCommit(sql) {
            last.push(sql);
          },
        });
        // One connection: no other writer can wait on a lock here.
        if (last.length > 0) await tx.exec(last.join(';\n'));
        return result;
      });
    },
    // One connection already.
    pinned: (fn) => fn(db),
    async close() {
      if (closed) return;
      closed = true;
      await lite.close();
    },
  };
  return db;
}
