import { PUSH_MAX_MUTATIONS, type PullResponse } from '../../shared/index';
import type { PartnerRewardsDb } from '../db/database';
import { applyPullPage } from './apply-page';
import { SYNC_KEYS, type SyncError } from './keys';
import { recordPushResults } from './push-results';
import {
  ServerRefusedError,
  SignedOutError,
  UnreachableError,
  type SyncTransport,
} from './transport';

export interface EngineDeps {
  readonly db: PartnerRewardsDb;
  readonly transport: SyncTransport;
  readonly now: () => Date;
  readonly pushBatch?: number;
  readonly pullLimit?: number;
}

export type RunResult =
  | { readonly ok: true; readonly pushed: number; readonly pulledRows: number }
  | { readonly ok: false; readonly error: SyncError };

/** Settings' "demo data" marker: a database holding the demo never talks to a server. */
export async function isDemoDatabase(db: PartnerRewardsDb): Promise<boolean> {
  return (await db.settings.get('demoLoadedAt')) !== undefined;
}

/**
 * This database's client id, made once: the server binds it to the first user who syncs with it,
 * so it must never repeat across installs (a cryptographic UUID; a seeded or weak source could
 * hand two laptops the same id and lock the second out with 403).
 */
export async function ensureClientId(db: PartnerRewardsDb): Promise<string> {
  return db.transaction('rw', db.syncState, async () => {
    const stored = await db.syncState.get(SYNC_KEYS.clientId);
    if (typeof stored?.value === 'string') return stored.value;
    // getRandomValues, not randomUUID: the latter exists only in secure contexts, and the web
    // build may be served over plain http inside a company network.
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    const id = `app-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    await db.syncState.put({ key: SYNC_KEYS.clientId, value: id });
    return id;
  });
}

/** The same request gets the same key, so a retried push returns the first answer (README). */
export function idempotencyKey(clientId: string, ids: readonly number[]): string {
  return `${clientId}.${ids[0] ?? 0}.${ids.at(-1) ?? 0}.${ids.length}`;
}

export function describeFailure(error: unknown): SyncError {
  if (error instanceof SignedOutError) return { kind: 'signedOut' };
  if (error instanceof UnreachableError) return { kind: 'unreachable' };
  // Not a refusal: the server stored nothing and the next try may succeed (the scheduler's).
  if (error instanceof ServerRefusedError && error.status === 503) return { kind: 'busy' };
  if (error instanceof ServerRefusedError)
    return { kind: 'refused', status: error.status, code: error.code, message: error.message };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** Pushes every mutation without an answer yet, in order, in batches. */
async function pushAll(deps: EngineDeps, clientId: string): Promise<number> {
  const { db, transport } = deps;
  const batch = Math.min(deps.pushBatch ?? 200, PUSH_MAX_MUTATIONS);
  let pushed = 0;
  for (;;) {
    const rows = await db.outbox
      .orderBy('seq')
      .filter((r) => r.result === undefined)
      .limit(batch)
      .toArray();
    if (rows.length === 0) return pushed;
    // Outbox order is mutation id order (both grow together); sorted anyway, the server demands it.
    rows.sort((a, b) => a.mutationId - b.mutationId);
    const mutations = rows.map((r) => ({ id: r.mutationId, name: r.name, args: r.args }));
    const response = await transport.push(
      { clientId, mutations },
      idempotencyKey(
        clientId,
        rows.map((r) => r.mutationId),
      ),
    );
    await recordPushResults(db, response, deps.now().toISOString());
    pushed += rows.length;
    // An answer that covers none of what was sent would loop forever: the server is not ours.
    if (!response.results.some((r) => r.id === rows[0]?.mutationId))
      throw new ServerRefusedError(200, 'bad_push_answer', 'The server did not answer the push.');
  }
}

/**
 * Pulls to the end. The next page is asked for while the current one is applied (its cursor is
 * known before): the network and IndexedDB work at the same time. Pages are still applied in
 * order, each in its own transaction; a page that fails to apply throws, and the page fetched
 * ahead is dropped (the stored cursor has not moved past it).
 */
async function pullAll(deps: EngineDeps, clientId: string): Promise<number> {
  const { db, transport } = deps;
  const limit = deps.pullLimit ?? 500;
  const [stored, caughtUp] = (
    await db.syncState.bulkGet([SYNC_KEYS.cursor, SYNC_KEYS.caughtUp])
  ).map((r) => r?.value);
  let next: Promise<PullResponse> | null = transport.pull({
    clientId,
    cursor: typeof stored === 'string' ? stored : '',
    limit,
    // A first sync shows "lines received of total": the total is counted once per run.
    countLinesAhead: caughtUp !== true,
  });
  let rows = 0;
  while (next) {
    const page: PullResponse = await next;
    next = page.hasMore ? transport.pull({ clientId, cursor: page.cursor, limit }) : null;
    // A failed fetch ahead surfaces when awaited, not as an unhandled rejection meanwhile.
    next?.catch(() => undefined);
    await applyPullPage(db, page);
    rows += page.rows.length;
  }
  return rows;
}

/**
 * One sync run: push the outbox in order, then pull to the end, each page applied with the
 * acknowledgement of pushed mutations in one transaction. Never runs on a demo database. The
 * outcome (last success or last error) is stored for the status; a 401 leaves the outbox as it is.
 */
export async function syncOnce(deps: EngineDeps): Promise<RunResult> {
  const { db } = deps;
  if (await isDemoDatabase(db)) return fail(db, { kind: 'demo' });
  try {
    const clientId = await ensureClientId(db);
    let pushed = 0;
    let pulledRows = 0;
    // A second round when the first left answers to learn (a push whose answer was lost and that
    // the pull acknowledged) or when the rep queued more meanwhile; bounded, the timer comes back.
    for (let round = 0; round < 3; round += 1) {
      pushed += await pushAll(deps, clientId);
      pulledRows += await pullAll(deps, clientId);
      const unanswered = await db.outbox.filter((r) => r.result === undefined).count();
      if (unanswered === 0) break;
    }
    const at = deps.now().toISOString();
    await db.transaction('rw', db.syncState, async () => {
      await db.syncState.bulkPut([
        { key: SYNC_KEYS.lastSuccessAt, value: at },
        { key: SYNC_KEYS.lastPulledAt, value: at },
      ]);
      await db.syncState.delete(SYNC_KEYS.lastError);
    });
    return { ok: true, pushed, pulledRows };
  } catch (error) {
    return fail(db, describeFailure(error));
  }
}

async function fail(db: PartnerRewardsDb, error: SyncError): Promise<RunResult> {
  await db.syncState.put({ key: SYNC_KEYS.lastError, value: error });
  return { ok: false, error };
}
