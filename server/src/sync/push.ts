import { createHash } from 'node:crypto';
import type { MutationResult, PushRequest, PushResponse, RuleVersion } from '../../../shared/index';
import { RuleVersionSchema } from '../../../shared/index';
import { audit, auditMany } from '../audit';
import type { AuthUser } from '../auth/sessions';
import type { Db, Queryable } from '../db/adapter';
import { FeedWriter } from './feed';
import { Rejection, applyMutation, needsSavepoint } from './mutations';

export class ClientBoundToOtherUser extends Error {
  override readonly name = 'ClientBoundToOtherUser';
}
export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
}

export async function loadRules(db: Queryable): Promise<RuleVersion[]> {
  const result = await db.query<{ data: unknown }>(
    'select data from rule_versions order by effective_from',
  );
  return result.rows.map((r) => RuleVersionSchema.parse(r.data));
}

export interface PushContext {
  readonly db: Db;
  readonly user: AuthUser;
  readonly address: string;
  readonly now: () => Date;
  readonly idempotencyKey?: string;
}

interface ClientRow {
  user_id: string;
  last_mutation_id: string;
}

interface MutationResultRow {
  status: 'applied' | 'rejected';
  code: string;
  message: string;
}

/**
 * Applies a push in ONE transaction: each mutation inside its own savepoint, and the client's
 * lastMutationId, the mutations' results, their audit entries and their feed rows written with
 * them, so either the whole push is stored or none of it (the client sends it again and replays
 * are no-ops). A mutation refused for good is recorded as rejected and still advances
 * lastMutationId: one bad claim never blocks the queue. One transaction per push, not per
 * mutation, because the partner feed's counter is locked from its bump to COMMIT: a push of ten
 * claims queues once on it, not ten times.
 */
export async function push(ctx: PushContext, request: PushRequest): Promise<PushResponse> {
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  if (ctx.idempotencyKey) {
    const stored = await ctx.db.query<{ request_hash: string; response: PushResponse }>(
      'select request_hash, response from idempotency where user_id = $1 and key = $2',
      [ctx.user.id, ctx.idempotencyKey],
    );
    const hit = stored.rows[0];
    if (hit) {
      if (hit.request_hash !== requestHash)
        throw new IdempotencyConflict('This idempotency key was used for a different request.');
      return hit.response;
    }
  }
  await bindClient(ctx, request.clientId);
  return ctx.db.transaction(async (tx) => {
    const client = await lockClient(tx, request.clientId);
    if (client.user_id !== ctx.user.id) throw new ClientBoundToOtherUser();
    const rules = request.mutations.length > 0 ? await loadRules(tx) : [];
    let last = Number(client.last_mutation_id);
    const results: MutationResult[] = [];
    const recorded: { id: number; name: string; at: Date; result: MutationResult }[] = [];
    const feed = new FeedWriter();
    for (const mutation of request.mutations) {
      if (mutation.id <= last) {
        // A replay: nothing happens; the answer is the one given the first time.
        const previous = await tx.query<MutationResultRow>(
          'select status, code, message from mutation_results where client_id = $1 and mutation_id = $2',
          [request.clientId, mutation.id],
        );
        const row = previous.rows[0];
        results.push(
          row?.status === 'rejected'
            ? { id: mutation.id, status: 'rejected', code: row.code as never, message: row.message }
            : row?.status === 'applied'
              ? { id: mutation.id, status: 'applied' }
              : { id: mutation.id, status: 'duplicate' },
        );
        continue;
      }
      const mutationFeed = new FeedWriter();
      const now = ctx.now();
      const savepoint = needsSavepoint(mutation.name);
      if (savepoint) await tx.query('savepoint mutation');
      let result: MutationResult;
      try {
        await applyMutation(
          { tx, user: ctx.user, now, rules, feed: mutationFeed },
          mutation.name,
          mutation.args,
        );
        if (savepoint) await tx.query('release savepoint mutation');
        feed.putAll(mutationFeed);
        result = { id: mutation.id, status: 'applied' };
      } catch (error) {
        if (!(error instanceof Rejection)) throw error;
        if (savepoint) await tx.query('rollback to savepoint mutation');
        result = { id: mutation.id, status: 'rejected', code: error.code, message: error.message };
      }
      results.push(result);
      recorded.push({ id: mutation.id, name: mutation.name, at: now, result });
      last = mutation.id;
    }
    if (recorded.length > 0) {
      await tx.query(
        `insert into mutation_results (client_id, mutation_id, status, code, message)
         select $1, r.id, r.status, r.code, r.message
           from jsonb_to_recordset($2::jsonb) as r(id bigint, status text, code text, message text)`,
        [
          request.clientId,
          JSON.stringify(
            recorded.map(({ id, result }) => ({
              id,
              status: result.status,
              code: result.status === 'rejected' ? result.code : null,
              message: result.status === 'rejected' ? result.message : null,
            })),
          ),
        ],
      );
      await tx.query('update clients set last_mutation_id = $2 where client_id = $1', [
        request.clientId,
        last,
      ]);
      await auditMany(
        tx,
        recorded.map(({ id, name, at, result }) => ({
          at,
          actorId: ctx.user.id,
          action: `mutation.${result.status}`,
          subject: name,
          clientId: request.clientId,
          mutationId: id,
          address: ctx.address,
          detail: result.status === 'rejected' ? { code: result.code } : null,
        })),
      );
    }
    const response: PushResponse = { lastMutationId: last, results };
    if (ctx.idempotencyKey)
      await tx.query(
        `insert into idempotency (user_id, key, request_hash, response, created_at) values ($1,$2,$3,$4,$5)
         on conflict do nothing`,
        [
          ctx.user.id,
          ctx.idempotencyKey,
          requestHash,
          JSON.stringify(response),
          ctx.now().toISOString(),
        ],
      );
    // Last, with COMMIT: the feed counters stay locked from their bump to COMMIT.
    feed.flushAtCommit(tx);
    return response;
  });
}

/** The client's row, locked until the push commits: two pushes of one client apply in turn. */
async function lockClient(tx: Queryable, clientId: string): Promise<ClientRow> {
  const result = await tx.query<ClientRow>(
    'select user_id, last_mutation_id::text as last_mutation_id from clients where client_id = $1 for update',
    [clientId],
  );
  const row = result.rows[0];
  if (!row) throw new Error(`client ${clientId} vanished`);
  return row;
}

/**
 * A client id belongs to the first user who used it; anyone else gets 403 and an audit entry.
 * Answers the client's lastMutationId.
 */
export async function bindClient(
  ctx: Pick<PushContext, 'db' | 'user' | 'address' | 'now'>,
  clientId: string,
): Promise<number> {
  // One round trip: the row just inserted, or the one already there. A row another request is
  // inserting at the same moment is invisible to this statement's snapshot: read it again then.
  const bound = async () =>
    (
      await ctx.db.query<ClientRow>(
        `with inserted as (
           insert into clients (client_id, user_id, created_at) values ($1, $2, $3)
           on conflict do nothing returning user_id, last_mutation_id::text as last_mutation_id)
         select user_id, last_mutation_id from inserted
         union all
         select user_id, last_mutation_id::text from clients where client_id = $1`,
        [clientId, ctx.user.id, ctx.now().toISOString()],
      )
    ).rows[0];
  const owner = (await bound()) ?? (await bound());
  if (owner?.user_id !== ctx.user.id) {
    await audit(ctx.db, {
      at: ctx.now(),
      actorId: ctx.user.id,
      action: 'client.foreign',
      subject: clientId,
      clientId,
      address: ctx.address,
    });
    throw new ClientBoundToOtherUser();
  }
  return Number(owner.last_mutation_id);
}

export async function currentLastMutationId(db: Queryable, clientId: string): Promise<number> {
  const result = await db.query<{ last: string }>(
    'select last_mutation_id::text as last from clients where client_id = $1',
    [clientId],
  );
  return Number(result.rows[0]?.last ?? 0);
}
