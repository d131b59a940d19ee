import type { RowKind } from '../../../shared/index';
import type { Queryable, Tx } from '../db/adapter';
import { sqlLiteral as literal } from '../db/sql-literal';

/** The vendor-wide feed (rule versions, catalog) and one feed per partner. */
export const VENDOR_SCOPE = 'vendor';
export const partnerScope = (partnerId: string) => `p:${partnerId}`;

export interface FeedRow {
  readonly scope: string;
  readonly kind: RowKind;
  readonly id: string;
  /** The user the row belongs to (a claim's rep, a LEAP entry's user); null = the whole feed. */
  readonly ownerId: string | null;
  /** null = a tombstone. */
  readonly data: Record<string, unknown> | null;
}

/**
 * Collects the rows a transaction changes and writes them to the feed as its LAST step. Bumping
 * `feed_seq` locks that feed's counter row until COMMIT, so writers to one feed commit in
 * sequence order: a reader never sees seq n+1 while n is still uncommitted (the classic gap of
 * sequence-ordered change feeds). Feeds are bumped in name order so two writers cannot deadlock.
 */
export class FeedWriter {
  private readonly rows = new Map<string, FeedRow>();

  put(row: FeedRow): void {
    this.rows.set(`${row.scope}\u0000${row.kind}\u0000${row.id}`, row);
  }

  /** Takes over another writer's rows (a mutation's, once it is applied). */
  putAll(other: FeedWriter): void {
    for (const row of other.rows.values()) this.put(row);
  }

  get size(): number {
    return this.rows.size;
  }

  /**
   * The same as `flush`, sent with COMMIT in one round trip (Tx.atCommit): the counter rows are
   * locked only while PostgreSQL numbers, writes and commits, so a partner's pushes queue on
   * them for well under a millisecond each. The values go inline as escaped literals (a
   * simple-protocol message has no parameters).
   */
  flushAtCommit(tx: Tx): void {
    for (const [scope, rows] of this.byScope()) {
      const json = JSON.stringify(
        rows.map((r, i) => ({ kind: r.kind, id: r.id, owner: r.ownerId, data: r.data, n: i + 1 })),
      );
      // feed_append (migration 8): the counter's bump and the rows, planned once per connection.
      tx.atCommit(`select feed_append(${literal(scope)}, ${literal(json)}::json)`);
    }
    this.rows.clear();
  }

  /** The rows per feed, feeds in name order (every writer bumps in this order). */
  private byScope(): [string, FeedRow[]][] {
    const byScope = new Map<string, FeedRow[]>();
    for (const row of this.rows.values()) {
      const list = byScope.get(row.scope) ?? [];
      list.push(row);
      byScope.set(row.scope, list);
    }
    return [...byScope.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async flush(tx: Queryable, beforeSequence?: () => Promise<void>): Promise<void> {
    if (this.rows.size === 0) return;
    if (beforeSequence) await beforeSequence();
    const byScope = new Map<string, FeedRow[]>();
    for (const row of this.rows.values()) {
      const list = byScope.get(row.scope) ?? [];
      list.push(row);
      byScope.set(row.scope, list);
    }
    for (const scope of [...byScope.keys()].sort()) {
      const rows = byScope.get(scope) ?? [];
      const top = await bumpSequence(tx, scope, rows.length);
      const first = top - rows.length + 1;
      await tx.query(
        `insert into feed (scope, kind, row_id, seq, owner_id, deleted, data)
         select $1, r.kind, r.id, $2::bigint + r.n - 1, r.owner, r.data is null, r.data
           from jsonb_to_recordset($3::jsonb) as r(kind text, id text, owner text, data json, n int)
         on conflict (scope, kind, row_id) do update set
           seq = excluded.seq, owner_id = excluded.owner_id, deleted = excluded.deleted, data = excluded.data`,
        [
          scope,
          first,
          JSON.stringify(
            rows.map((r, i) => ({
              kind: r.kind,
              id: r.id,
              owner: r.ownerId,
              data: r.data,
              n: i + 1,
            })),
          ),
        ],
      );
    }
    this.rows.clear();
  }
}

/** Takes `count` numbers from a feed's counter; the row stays locked until the transaction ends. */
export async function bumpSequence(tx: Queryable, scope: string, count: number): Promise<number> {
  const result = await tx.query<{ seq: string }>(
    `insert into feed_seq (scope, seq) values ($1, $2)
     on conflict (scope) do update set seq = feed_seq.seq + $2
     returning seq::text`,
    [scope, count],
  );
  return Number(result.rows[0]?.seq ?? 0);
}
