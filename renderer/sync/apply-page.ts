import type { PullResponse, PulledRow } from '../../shared/index';
import {
  ClaimAggregateDelta,
  LineAggregateDelta,
  WeeklyAggregateDelta,
  applyAggregateDelta,
} from '../db/aggregates';
import type { PartnerRewardsDb } from '../db/database';
import type { ClaimRow, InvoiceRow, OutboxRow } from '../db/rows';
import { SYNC_KEYS } from './keys';
import { storedLines } from './stored-lines';
import {
  catalogFromServer,
  claimFromServer,
  enrolmentFromServer,
  leapActivityFromServer,
  leaderboardEntryFromServer,
  leapRedemptionFromServer,
  lineFromServer,
  type LeaderboardEntry,
  ruleFromServer,
  type VendorTarget,
  vendorTargetFromServer,
} from './pulled-rows';

/** Every table a page can touch: all of them are in the page's one transaction. */
export function pageTables(db: PartnerRewardsDb) {
  return [
    db.outbox,
    db.syncState,
    db.invoiceLines,
    db.lineAggregates,
    db.weeklyAggregates,
    db.claims,
    db.claimAggregates,
    db.catalog,
    db.ruleVersions,
    db.elevateEnrolments,
    db.leapActivities,
    db.leapRedemptions,
  ];
}

/** The claim a queued mutation is about (claim.create / claim.withdraw), if any. */
export function claimIdOf(row: Pick<OutboxRow, 'name' | 'args'>): string | undefined {
  if (!row.name.startsWith('claim.')) return undefined;
  const args = row.args as { claimId?: unknown } | null;
  return typeof args?.claimId === 'string' ? args.claimId : undefined;
}

export interface PageOutcome {
  readonly acknowledged: number;
  readonly lines: number;
  readonly claims: number;
}

/** Later rows of a page win: the feed holds one version per row, but a page is read in order. */
function latestById(rows: readonly PulledRow[]): Map<string, PulledRow> {
  const byId = new Map<string, PulledRow>();
  for (const row of rows) byId.set(row.id, row);
  return byId;
}

const withoutActiveKey = (claim: ClaimRow): ClaimRow => {
  const { activeKey: _released, ...rest } = claim;
  return rest;
};

/**
 * Applies one pulled page in ONE transaction: drops the outbox rows the server acknowledged
 * (those up to `lastMutationId` whose answer the app has recorded), stores the page's rows with
 * the line and claim aggregates changed by delta, and moves the cursor. A crash at any point
 * leaves either the page and its cursor, or neither; the next pull then starts where the
 * database says.
 *
 * Rules (README "Sync in the app"): the server's copy of a line or claim wins; a claim with
 * mutations still waiting keeps its local state and holds the server's copy aside (`serverCopy`)
 * until they settle; a local claim holding a line the server gives to another claim lets go of
 * it (its own push will be refused with the reason).
 */
export async function applyPullPage(
  db: PartnerRewardsDb,
  page: PullResponse,
): Promise<PageOutcome> {
  return db.transaction('rw', pageTables(db), async () => {
    const outbox = await db.outbox.orderBy('seq').toArray();
    const acked = outbox.filter((r) => r.mutationId <= page.lastMutationId && r.result);
    const ackedSeqs = new Set(acked.map((r) => r.seq));
    const pending = new Set(
      outbox.filter((r) => !ackedSeqs.has(r.seq)).flatMap((r) => claimIdOf(r) ?? []),
    );
    const settled = new Set(
      acked.flatMap((r) => claimIdOf(r) ?? []).filter((id) => !pending.has(id)),
    );
    if (acked.length) await db.outbox.bulkDelete(acked.map((r) => r.seq as number));

    const byKind = new Map<PulledRow['kind'], PulledRow[]>();
    for (const row of page.rows) {
      const same = byKind.get(row.kind);
      if (same) same.push(row);
      else byKind.set(row.kind, [row]);
    }
    const rowsOf = (kind: PulledRow['kind']) => byKind.get(kind) ?? [];

    await applyReference(db, rowsOf);
    const lines = await applyLines(db, rowsOf('invoiceLine'));
    const claims = await applyClaims(db, rowsOf('claim'), pending, settled);

    await db.syncState.put({ key: SYNC_KEYS.cursor, value: page.cursor });
    const caughtUp = (await db.syncState.get(SYNC_KEYS.caughtUp))?.value === true;
    if (!caughtUp) {
      const stored = (await db.syncState.get(SYNC_KEYS.linesReceived))?.value;
      const before = typeof stored === 'number' ? stored : 0;
      await db.syncState.put({ key: SYNC_KEYS.linesReceived, value: before + lines });
      if (page.linesAhead !== undefined)
        await db.syncState.put({ key: SYNC_KEYS.linesTotal, value: before + page.linesAhead });
      if (!page.hasMore) await db.syncState.put({ key: SYNC_KEYS.caughtUp, value: true });
    }
    return { acknowledged: acked.length, lines, claims };
  });
}

/** Vendor-wide and personal reference rows: stored as they come (no aggregates depend on them). */
async function applyReference(
  db: PartnerRewardsDb,
  rowsOf: (kind: PulledRow['kind']) => PulledRow[],
): Promise<void> {
  const store = async <R>(
    kind: PulledRow['kind'],
    table: { bulkPut(rows: R[]): Promise<unknown>; bulkDelete(keys: string[]): Promise<void> },
    convert: (data: unknown) => R,
  ) => {
    const latest = [...latestById(rowsOf(kind)).values()];
    const put = latest.flatMap((r) => (r.deleted ? [] : [convert(r.data)]));
    const gone = latest.flatMap((r) => (r.deleted ? [r.id] : []));
    if (put.length) await table.bulkPut(put);
    if (gone.length) await table.bulkDelete(gone);
  };
  await store('catalogItem', db.catalog, catalogFromServer);
  await store('ruleVersion', db.ruleVersions, ruleFromServer);
  await store('elevateEnrolment', db.elevateEnrolments, enrolmentFromServer);
  await store('leapActivity', db.leapActivities, leapActivityFromServer);
  await store('leapRedemption', db.leapRedemptions, leapRedemptionFromServer);
  const latest = (kind: PulledRow['kind']) => [...latestById(rowsOf(kind)).values()];
  await mergeStoredMap<LeaderboardEntry>(
    db,
    SYNC_KEYS.leaderboard,
    latest('leaderboardEntry'),
    leaderboardEntryFromServer,
  );
  await mergeStoredMap<VendorTarget>(
    db,
    SYNC_KEYS.elevateTargets,
    latest('elevateTarget'),
    vendorTargetFromServer,
  );
  // 'user' rows are not sent: the team comes from GET /sync/team (team.ts).
}

/**
 * Rows kept as one keyed value in syncState (the leaderboard, the vendor's Elevate targets: a few
 * rows read whole by one card), the page's changes merged in: a tombstone removes its entry.
 */
async function mergeStoredMap<T>(
  db: PartnerRewardsDb,
  key: string,
  rows: readonly PulledRow[],
  convert: (data: unknown) => T,
): Promise<void> {
  if (rows.length === 0) return;
  const stored = (await db.syncState.get(key))?.value;
  const entries = new Map<string, T>(
    typeof stored === 'object' && stored !== null
      ? Object.entries(stored as Record<string, T>)
      : [],
  );
  for (const row of rows)
    if (row.deleted) entries.delete(row.id);
    else entries.set(row.id, convert(row.data));
  await db.syncState.put({ key, value: Object.fromEntries(entries) });
}

/** Lines written per request batch: small enough that one batch is a short main-thread task. */
const PUT_SLICE = 200;

async function applyLines(db: PartnerRewardsDb, rows: readonly PulledRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const latest = [...latestById(rows).values()];
  const accelerators = new Set(
    (await db.catalog.toArray()).filter((c) => c.accelerator).map((c) => c.sku),
  );
  const stored = await storedLines(
    db,
    latest.map((r) => r.id),
  );
  const quarter = new LineAggregateDelta();
  const weekly = new WeeklyAggregateDelta();
  const put: InvoiceRow[] = [];
  const gone: string[] = [];
  latest.forEach((row, i) => {
    const old = stored[i];
    if (old) {
      quarter.add(old, -1);
      weekly.add(old, -1);
    }
    if (row.deleted) {
      if (old) gone.push(row.id);
      return;
    }
    // The server's copy replaces a local line of the same key: claims point at the key, so they
    // keep pointing at the line.
    const line = lineFromServer(row.data, accelerators);
    quarter.add(line, 1);
    weekly.add(line, 1);
    put.push(line);
  });
  // In slices: each put copies its row on the main thread, and 1,000 rows at once made tasks of
  // 50-100 ms (a janky UI during a first sync). The transaction stays the page's one. A few
  // slices stay in flight so IndexedDB writes one while the main thread copies the next: awaiting
  // each slice before the next put the two in single file (puts took 1.2-1.35× the raw floor's
  // time; with four in flight 1.0-1.2×).
  const inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < put.length; i += PUT_SLICE) {
    inFlight.push(db.invoiceLines.bulkPut(put.slice(i, i + PUT_SLICE)));
    if (inFlight.length >= 4) await inFlight.shift();
  }
  await Promise.all(inFlight);
  if (gone.length) await db.invoiceLines.bulkDelete(gone);
  await applyAggregateDelta(db.lineAggregates, quarter);
  await applyAggregateDelta(db.weeklyAggregates, weekly);
  return put.length;
}

async function applyClaims(
  db: PartnerRewardsDb,
  rows: readonly PulledRow[],
  pending: ReadonlySet<string>,
  settled: ReadonlySet<string>,
): Promise<number> {
  const latest = latestById(rows);
  const ids = [...new Set([...latest.keys(), ...settled])];
  if (ids.length === 0) return 0;
  const stored = new Map(
    (await db.claims.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  const delta = new ClaimAggregateDelta();
  /** Final versions to write, by id. */
  const next = new Map<string, ClaimRow>();
  const gone: string[] = [];
  /** The server's claims that now hold a line (activeKey → claim id). */
  const adoptedKeys = new Map<string, string>();

  const adopt = (old: ClaimRow | undefined, server: ClaimRow) => {
    const row: ClaimRow = old?.syncRejection
      ? { ...server, syncRejection: old.syncRejection }
      : server;
    if (old) delta.add(old, -1);
    delta.add(row, 1);
    next.set(row.id, row);
    if (row.activeKey) adoptedKeys.set(row.activeKey, row.id);
  };

  for (const id of ids) {
    const old = stored.get(id);
    const row = latest.get(id);
    if (pending.has(id) && old) {
      // The rep's change waits for the server: keep it, and hold the server's copy aside.
      if (!row) continue;
      const { serverCopy: _stale, ...local } = old;
      next.set(id, row.deleted ? local : { ...local, serverCopy: claimFromServer(row.data) });
      continue;
    }
    if (row?.deleted) {
      if (old) {
        delta.add(old, -1);
        gone.push(id);
      }
      continue;
    }
    if (row) {
      adopt(old, claimFromServer(row.data));
      continue;
    }
    // Settled now, with no newer row in this page: the copy held aside is the server's word.
    if (old?.serverCopy) adopt(old, old.serverCopy);
  }

  // A line the server gives to one claim is let go by any other local claim (a local claim the
  // server will refuse, or an older server copy whose release comes in a later page).
  const holders = adoptedKeys.size
    ? await db.claims
        .where('activeKey')
        .anyOf([...adoptedKeys.keys()])
        .toArray()
    : [];
  for (const holder of holders) {
    if (adoptedKeys.get(holder.activeKey as string) === holder.id) continue;
    const current = next.get(holder.id) ?? holder;
    if (current.activeKey && adoptedKeys.get(current.activeKey) !== current.id)
      next.set(holder.id, withoutActiveKey(current));
  }
  for (const [id, row] of next)
    if (row.activeKey && adoptedKeys.has(row.activeKey) && adoptedKeys.get(row.activeKey) !== id)
      next.set(id, withoutActiveKey(row));

  if (gone.length) await db.claims.bulkDelete(gone);
  // Two steps so the unique index never sees a line held twice mid-write: first every written
  // claim lets go, then the final versions take their lines.
  const finals = [...next.values()];
  await db.claims.bulkPut(finals.map(withoutActiveKey));
  await db.claims.bulkPut(finals);
  await applyAggregateDelta(db.claimAggregates, delta);
  return latest.size;
}
