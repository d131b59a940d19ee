import { createHash } from 'node:crypto';
import type {
  MutationResult,
  PushRequest,
  PushResponse,
  RejectionDetails,
  RuleVersion,
} from '../../../shared/index';
import { MUTATION_ARGS } from '../../../shared/index';
import { audit, auditManySql } from '../audit';
import {
  sessionCheckSql,
  SESSION_PARTNER_SQL,
  SESSION_USER_SQL,
  toAuthUser,
  touchSession,
  type AuthUser,
  type Role,
  type SessionPolicy,
  type SessionUserRow,
} from '../auth/sessions';
import type { Db, Queryable, Tx } from '../db/adapter';
import { sqlInteger, sqlLiteral } from '../db/sql-literal';
import { createClaims, isClaimConflict, linesWithClaimsSql, type ClaimLines } from './claim-create';
import { FeedWriter } from './feed';
import { Rejection, applyMutation, needsSavepoint } from './mutations';
import type { RulesCache } from './rules-cache';

export class ClientBoundToOtherUser extends Error {
  override readonly name = 'ClientBoundToOtherUser';
  constructor(readonly user: AuthUser) {
    super('This client id belongs to another user.');
  }
}
export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
}
/** The push's session was refused (unknown, expired, disabled): 401. */
export class NotSignedIn extends Error {
  override readonly name = 'NotSignedIn';
}
/** The push's user has a role that does not push: 403. */
export class RoleRefused extends Error {
  override readonly name = 'RoleRefused';
}

/** Who acts, from where, on which database: what binding a client id takes. */
export interface ActingContext {
  readonly db: Db;
  readonly user: AuthUser;
  readonly address: string;
  readonly now: () => Date;
}

export interface PushContext {
  readonly db: Db;
  /**
   * The bearer token, checked in the push's first message (sessions.ts, sessionCheckSql): the
   * session costs the push no round trip of its own.
   */
  readonly token: string;
  readonly sessionPolicy: SessionPolicy;
  /** The roles that may push. */
  readonly roles: readonly Role[];
  readonly address: string;
  readonly now: () => Date;
  readonly idempotencyKey?: string;
  /** The app's rule versions as last read (push_open sends them again only when changed). */
  readonly rules: RulesCache;
}

interface ClientRow {
  user_id: string;
  last_mutation_id: string;
}

interface MutationResultRow {
  status: 'applied' | 'rejected';
  code: string;
  message: string;
  details: RejectionDetails | null;
}

/**
 * Applies a push in ONE transaction: the client's lastMutationId, the mutations' results, their
 * audit entries and their feed rows are written with the mutations, so either the whole push is
 * stored or none of it (the client sends it again and replays are no-ops). A mutation refused for
 * good is recorded as rejected and still advances lastMutationId: one bad claim never blocks the
 * queue.
 *
 * Round trips are what a push costs (README, "What a push costs"), so a push of claims is two
 * messages whatever its size: the first (openPush) checks the session and binds, locks and reads
 * what the push decides on; the last carries the claims and the bookkeeping (results,
 * lastMutationId, audit, idempotency, feed) with COMMIT. Other mutations run one by one, each in a
 * savepoint where it may fail after writing.
 */
export async function push(ctx: PushContext, request: PushRequest): Promise<PushResponse> {
  // Only a push with an idempotency key is compared with a stored one (openPush reads it).
  const requestHash = ctx.idempotencyKey
    ? createHash('sha256').update(JSON.stringify(request)).digest('hex')
    : '';
  const session = { touchDue: false };
  try {
    try {
      return await ctx.db.transaction((tx) =>
        pushIn(tx, ctx, request, requestHash, 'at commit', session),
      );
    } catch (error) {
      // Another push wrote a claim of this one's lines between its read and its COMMIT: nothing
      // of this one is stored; decide it again, the claims written where they are decided.
      if (!isClaimConflict(error)) throw error;
      return await ctx.db.transaction((tx) =>
        pushIn(tx, ctx, request, requestHash, 'in turn', session),
      );
    }
  } catch (error) {
    // Answered before: nothing of this try is kept (not even a new client id's binding).
    if (error instanceof StoredAnswer) return error.response;
    if (error instanceof ClientBoundToOtherUser)
      await auditForeignClient({ ...ctx, user: error.user }, request.clientId);
    throw error;
  } finally {
    // The session was used, whatever the answer: its idle expiry slides now, outside the push's
    // transaction (sessions.ts, sessionCheckSql). Not sliding it is no reason to fail a push
    // that has been decided: the next request slides it.
    if (session.touchDue)
      await touchSession(ctx.db, ctx.token, ctx.now(), ctx.sessionPolicy).catch(() => undefined);
  }
}

/** The push's idempotency key was answered before: this answer, and the transaction undone. */
class StoredAnswer extends Error {
  override readonly name = 'StoredAnswer';
  constructor(readonly response: PushResponse) {
    super('answered before');
  }
}

/**
 * Where the run of consecutive `claim.create` starting at `start` ends (exclusive): the claims
 * createClaims decides together, and the ones openPush reads ahead for at 0 (start itself when
 * the mutation there is no claim).
 */
function claimRunEnd(mutations: PushRequest['mutations'], start: number): number {
  let end = start;
  while (
    end < mutations.length &&
    mutations[end]?.name === 'claim.create' &&
    (end === start || (mutations[end]?.id ?? 0) > (mutations[end - 1]?.id ?? 0))
  )
    end += 1;
  return end;
}

/**
 * Where a push's last run of claims is written: 'at commit', with COMMIT (the fewest round
 * trips; the push is refused with PR409 if another push wrote one of its lines' claims
 * meanwhile), or 'in turn', where it is decided (each conflict decided then and there).
 */
type ClaimWrites = 'at commit' | 'in turn';

async function pushIn(
  tx: Tx,
  ctx: PushContext,
  request: PushRequest,
  requestHash: string,
  claimWrites: ClaimWrites,
  session: { touchDue: boolean },
): Promise<PushResponse> {
  const { user, touchDue, client, rules, stored, firstRun } = await openPush(tx, ctx, request);
  if (!user) throw new NotSignedIn('Sign in first.');
  session.touchDue = touchDue;
  if (!ctx.roles.includes(user.role)) throw new RoleRefused('Not allowed for this user.');
  if (stored) {
    if (stored.request_hash !== requestHash)
      throw new IdempotencyConflict('This idempotency key was used for a different request.');
    throw new StoredAnswer(stored.response);
  }
  if (!client || !rules) throw new Error(`client ${request.clientId} could not be bound`);
  if (client.owner_id !== user.id) throw new ClientBoundToOtherUser(user);
  const firstLast = Number(client.last_id);
  const previous = await previousResults(
    tx,
    request.clientId,
    request.mutations.filter((m) => m.id <= firstLast).map((m) => m.id),
  );
  let last = firstLast;
  const results: MutationResult[] = [];
  const recorded: { id: number; name: string; at: Date; result: MutationResult }[] = [];
  const feed = new FeedWriter();
  const record = (id: number, name: string, at: Date, rejection: Rejection | null) => {
    const result: MutationResult = rejection
      ? {
          id,
          status: 'rejected',
          code: rejection.code,
          message: rejection.message,
          ...(rejection.details ? { details: rejection.details } : {}),
        }
      : { id, status: 'applied' };
    results.push(result);
    recorded.push({ id, name, at, result });
    last = id;
  };
  const mutations = request.mutations;
  for (let i = 0; i < mutations.length;) {
    const mutation = mutations[i] as PushRequest['mutations'][number];
    if (mutation.id <= last) {
      // A replay: nothing happens; the answer is the one given the first time.
      results.push(previous.get(mutation.id) ?? { id: mutation.id, status: 'duplicate' });
      i += 1;
      continue;
    }
    const now = ctx.now();
    if (mutation.name === 'claim.create') {
      const end = claimRunEnd(mutations, i);
      const run = mutations.slice(i, end);
      // The lines read with BEGIN serve the push's first run, if nothing was written before it.
      const readAhead = firstRun && recorded.length === 0 && end === firstRun.end;
      const outcomes = await createClaims(
        { tx, user, now, rules, feed },
        run.map((m) => m.args),
        {
          ...(readAhead ? { lines: firstRun.lines } : {}),
          // With COMMIT only when nothing after this run could read its claims.
          ...(claimWrites === 'at commit' && end === mutations.length
            ? { atCommit: (sql: string) => tx.atCommit(sql) }
            : {}),
        },
      );
      run.forEach((m, k) => record(m.id, m.name, now, outcomes[k] ?? null));
      i = end;
      continue;
    }
    const mutationFeed = new FeedWriter();
    const savepoint = needsSavepoint(mutation.name);
    if (savepoint) await tx.query('savepoint mutation');
    try {
      await applyMutation(
        { tx, user, now, rules, feed: mutationFeed },
        mutation.name,
        mutation.args,
      );
      if (savepoint) await tx.query('release savepoint mutation');
      feed.putAll(mutationFeed);
      record(mutation.id, mutation.name, now, null);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      if (savepoint) await tx.query('rollback to savepoint mutation');
      record(mutation.id, mutation.name, now, error);
    }
    i += 1;
  }
  const response: PushResponse = { lastMutationId: last, results };
  // The bookkeeping goes with COMMIT, in this order; the feed last, as its counters stay locked
  // from their bump to COMMIT.
  if (recorded.length > 0) {
    // mutations_record (migration 8): the results, then the client's lastMutationId.
    const resultsJson = JSON.stringify(
      recorded.map(({ id, result }) => ({
        id,
        status: result.status,
        code: result.status === 'rejected' ? result.code : null,
        message: result.status === 'rejected' ? result.message : null,
        details: result.status === 'rejected' ? (result.details ?? null) : null,
      })),
    );
    tx.atCommit(
      `select mutations_record(${sqlLiteral(request.clientId)}, ${sqlInteger(last)}, ${sqlLiteral(resultsJson)}::jsonb)`,
    );
    tx.atCommit(
      auditManySql(
        recorded.map(({ id, name, at, result }) => ({
          at,
          actorId: user.id,
          action: `mutation.${result.status}`,
          subject: name,
          clientId: request.clientId,
          mutationId: id,
          address: ctx.address,
          detail: result.status === 'rejected' ? { code: result.code } : null,
        })),
      ),
    );
  }
  if (ctx.idempotencyKey)
    tx.atCommit(
      `insert into idempotency (user_id, key, request_hash, response, created_at)
       values (${[user.id, ctx.idempotencyKey, requestHash, JSON.stringify(response), ctx.now().toISOString()].map(sqlLiteral).join(', ')})
       on conflict do nothing`,
    );
  feed.flushAtCommit(tx);
  return response;
}

/**
 * The push's first message, with BEGIN: the client's row bound to this user if the id is new and
 * locked until COMMIT (two pushes of one client apply in turn), the rep's row locked where the
 * push reads a per-rep total (lockFor), the rule versions if they changed since the app last
 * read them (RulesCache); the answer stored for its idempotency key, read after the client's
 * lock, so a retry that waited for the first try's COMMIT gets that try's answer; and the lines
 * its leading claims name, each with its claims and the rep's SPIFF total. The lines are read
 * ahead of knowing which mutations are replays (all of the leading claims'), after the locks, so
 * they are what those claims would read once the client's row came back.
 */
async function openPush(
  tx: Tx,
  ctx: PushContext,
  request: PushRequest,
): Promise<{
  user: AuthUser | null;
  /** The session's idle expiry is due to slide (after the transaction). */
  touchDue: boolean;
  client: OpenedClient | null;
  /** The rule versions in force (null with no client row: a refused session). */
  rules: RuleVersion[] | null;
  stored: StoredResponse | null;
  firstRun: { end: number; lines: ClaimLines } | null;
}> {
  const { mutations } = request;
  const end = claimRunEnd(mutations, 0);
  // Only keys of args the shared schema takes: one claim's malformed key is refused with that
  // claim alone (createClaims), never sent in this message to fail the whole push.
  const keys = [
    ...new Set(
      mutations.slice(0, end).flatMap((m) => {
        const args = MUTATION_ARGS['claim.create'].safeParse(m.args);
        return args.success ? [args.data.lineKey] : [];
      }),
    ),
  ];
  const key = ctx.idempotencyKey;
  const sentRules = ctx.rules.kept;
  // The statements after the session's check name its user and partner in SQL: null, and so
  // nothing bound or read, when the session is refused (the push is then rolled back).
  const [session, opened, ...rest] = await tx.batch([
    sessionCheckSql(ctx.token, ctx.now(), ctx.sessionPolicy),
    `select * from push_open(${[
      sqlLiteral(request.clientId),
      SESSION_USER_SQL,
      `${sqlLiteral(ctx.now().toISOString())}::timestamptz`,
      sqlLiteral(lockFor(mutations)),
      sentRules ? sqlLiteral(sentRules.stamp) : 'null',
      key ? sqlLiteral(key) : 'null',
    ].join(', ')})`,
    ...(keys.length > 0 ? [linesWithClaimsSql(keys, SESSION_PARTNER_SQL, SESSION_USER_SQL)] : []),
  ]);
  const sessionRow = session?.rows[0] as SessionUserRow | undefined;
  const client = (opened?.rows[0] as OpenedClient | undefined) ?? null;
  const lines = rest[0];
  return {
    user: sessionRow ? toAuthUser(sessionRow) : null,
    touchDue: sessionRow?.touch_due ?? false,
    client,
    rules: client ? ctx.rules.answer(sentRules, client.rules_stamp, client.rules_json) : null,
    stored:
      client?.stored_hash && client.stored_response
        ? { request_hash: client.stored_hash, response: client.stored_response }
        : null,
    firstRun: lines ? { end, lines: lines.rows as unknown as ClaimLines } : null,
  };
}

/**
 * The rep's own row is locked, before anything else the push writes, when the push reads a
 * per-rep total another device could change meanwhile: the SPIFF cap (claim.create) or the points
 * balance (leap.redeem). Two devices of one rep then apply such pushes in turn, each counting the
 * other's claims or redemptions (read before the lock, both counted the same room under the cap
 * and both were paid). Taken first, and not when the claims come up: a push that had already
 * written a claim before waiting for the rep's row could deadlock with one that took the row and
 * then met that claim's line. Replays count too: they are not known before the client's row is.
 */
function lockFor(mutations: PushRequest['mutations']): '' | 'update' | 'no key update' {
  // FOR UPDATE where points are spent (leap.redeem locks so), else NO KEY UPDATE, which leaves
  // rows that only reference the rep (its other devices' claims, its sessions) unblocked.
  if (mutations.some((m) => m.name === 'leap.redeem')) return 'update';
  if (mutations.some((m) => m.name === 'claim.create' && isSpiffClaim(m.args)))
    return 'no key update';
  return '';
}

const isSpiffClaim = (args: unknown): boolean =>
  typeof args === 'object' && args !== null && (args as { program?: unknown }).program === 'spiff';

/** What the idempotency table holds for a key. */
interface StoredResponse {
  request_hash: string;
  response: PushResponse;
}

/** push_open's answer (migration 11). */
interface OpenedClient {
  owner_id: string;
  last_id: string;
  /** The rule versions' stamp in the database. */
  rules_stamp: string;
  /** The rule versions as JSON text; null when the stamp sent was current. */
  rules_json: string | null;
  /** The answer kept for the push's idempotency key, if any. */
  stored_hash: string | null;
  stored_response: PushResponse | null;
}

/** The answers first given to mutations a push replays. */
async function previousResults(
  tx: Queryable,
  clientId: string,
  ids: readonly number[],
): Promise<Map<number, MutationResult>> {
  const answers = new Map<number, MutationResult>();
  if (ids.length === 0) return answers;
  const previous = await tx.query<MutationResultRow & { mutation_id: string }>(
    `select mutation_id::text as mutation_id, status, code, message, details from mutation_results
      where client_id = $1 and mutation_id = any($2::bigint[])`,
    [clientId, ids],
  );
  for (const row of previous.rows) {
    const id = Number(row.mutation_id);
    answers.set(
      id,
      row.status === 'rejected'
        ? {
            id,
            status: 'rejected',
            code: row.code as never,
            message: row.message,
            ...(row.details ? { details: row.details } : {}),
          }
        : { id, status: 'applied' },
    );
  }
  return answers;
}

async function auditForeignClient(ctx: ActingContext, clientId: string): Promise<void> {
  await audit(ctx.db, {
    at: ctx.now(),
    actorId: ctx.user.id,
    action: 'client.foreign',
    subject: clientId,
    clientId,
    address: ctx.address,
  });
}

/**
 * A client id belongs to the first user who used it; anyone else gets 403 and an audit entry.
 * Answers the client's lastMutationId.
 */
export async function bindClient(ctx: ActingContext, clientId: string): Promise<number> {
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
    await auditForeignClient(ctx, clientId);
    throw new ClientBoundToOtherUser(ctx.user);
  }
  return Number(owner.last_mutation_id);
}
