import { createHash } from 'node:crypto';
import type { MutationResult, PushRequest, PushResponse, RuleVersion } from '../../../shared/index';
import { RuleVersionSchema } from '../../../shared/index';
import { audit } from '../audit';
import type { AuthUser } from '../auth/sessions';
import type { Db, Queryable } from '../db/adapter';
import { FeedWriter } from './feed';
import { Rejection, applyMutation } from './mutations';

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

/**
 * Applies each mutation in its own transaction together with the client's lastMutationId, so a
 * crash between two leaves a clean prefix applied. A mutation refused for good is recorded as
 * rejected and still advances lastMutationId: one bad claim never blocks the queue.
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
  const rules = await loadRules(ctx.db);
  const results: MutationResult[] = [];
  let lastMutationId = 0;
  for (const mutation of request.mutations) {
    const outcome = await ctx.db.transaction(async (tx) => {
      const client = await lockClient(tx, request.clientId);
      if (client.user_id !== ctx.user.id) throw new ClientBoundToOtherUser();
      const last = Number(client.last_mutation_id);
      if (mutation.id <= last) {
        // A replay: nothing happens; the answer is the one given the first time.
        const previous = await tx.query<{
          status: 'applied' | 'rejected';
          code: string;
          message: string;
        }>(
          'select status, code, message from mutation_results where client_id = $1 and mutation_id = $2',
          [request.clientId, mutation.id],
        );
        const row = previous.rows[0];
        const result: MutationResult =
          row?.status === 'rejected'
            ? { id: mutation.id, status: 'rejected', code: row.code as never, message: row.message }
            : row?.status === 'applied'
              ? { id: mutation.id, status: 'applied' }
              : { id: mutation.id, status: 'duplicate' };
        return { result, last };
      }
      const feed = new FeedWriter();
      const now = ctx.now();
      await tx.query('savepoint mutation');
      let result: MutationResult;
      try {
        await applyMutation({ tx, user: ctx.user, now, rules, feed }, mutation.name, mutation.args);
        await tx.query('release savepoint mutation');
        result = { id: mutation.id, status: 'applied' };
      } catch (error) {
        if (!(error instanceof Rejection)) throw error;
        await tx.query('rollback to savepoint mutation');
        result = { id: mutation.id, status: 'rejected', code: error.code, message: error.message };
      }
      await tx.query(
        `insert into mutation_results (client_id, mutation_id, status, code, message) values ($1,$2,$3,$4,$5)`,
        [
          request.clientId,
          mutation.id,
          result.status,
          result.status === 'rejected' ? result.code : null,
          result.status === 'rejected' ? result.message : null,
        ],
      );
      await tx.query('update clients set last_mutation_id = $2 where client_id = $1', [
        request.clientId,
        mutation.id,
      ]);
      await audit(tx, {
        at: now,
        actorId: ctx.user.id,
        action: `mutation.${result.status}`,
        subject: mutation.name,
        clientId: request.clientId,
        mutationId: mutation.id,
        address: ctx.address,
        detail: result.status === 'rejected' ? { code: result.code } : null,
      });
      await feed.flush(tx);
      return { result, last: mutation.id };
    });
    results.push(outcome.result);
    lastMutationId = outcome.last;
  }
  if (request.mutations.length === 0)
    lastMutationId = await currentLastMutationId(ctx.db, request.clientId);
  const response: PushResponse = { lastMutationId, results };
  if (ctx.idempotencyKey)
    await ctx.db.query(
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
  return response;
}

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
