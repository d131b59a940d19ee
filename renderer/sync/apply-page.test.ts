import { afterEach, describe, expect, it } from 'vitest';
import { PULL_MAX_LIMIT, type PulledRow } from '../../shared/index';
import {
  recountClaimAggregates,
  recountLineAggregates,
  recountWeeklyAggregates,
} from '../db/aggregates';
import { claimLines, markRefusalsSeen, transitionClaims } from '../db/claims-repo';
import type { PartnerRewardsDb } from '../db/database';
import { toInvoiceRow, upsertInvoiceRows } from '../db/invoices-repo';
import type { ClaimRow, InvoiceRow } from '../db/rows';
import { freshDb, makeLine } from '../db/test-support';
import { applyPullPage } from './apply-page';
import { recordPushResults } from './push-results';
import { readVendorTarget } from './vendor-targets';
import { NOW, RULES, page, serverClaim, serverLine, storeLines } from './test-fixtures';

let db: PartnerRewardsDb;
afterEach(() => db.close());

async function expectAggregatesRecount() {
  const lines = await db.invoiceLines.toArray();
  const claims = await db.claims.toArray();
  expect(await db.lineAggregates.orderBy('id').toArray()).toEqual(recountLineAggregates(lines));
  expect(await db.weeklyAggregates.orderBy('id').toArray()).toEqual(recountWeeklyAggregates(lines));
  expect(await db.claimAggregates.orderBy('id').toArray()).toEqual(recountClaimAggregates(claims));
}

describe('applying a pulled page', () => {
  it("the server's copy of a local line wins, claims keep pointing at it, local-only lines stay unmarked", async () => {
    ({ db } = freshDb());
    const [shared, localOnly] = (await storeLines(db, 2, { quantity: 2 })) as [
      InvoiceRow,
      InvoiceRow,
    ];
    const { claimed } = await claimLines(
      db,
      { lineKeys: [shared.key], program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
      RULES,
    );
    await applyPullPage(db, page([serverLine(shared, 5)]));
    const line = await db.invoiceLines.get(shared.key);
    expect(line).toMatchObject({
      quantity: 5,
      origin: 'server',
      lineTotalCents: shared.unitPriceCents * 5,
    });
    expect((await db.invoiceLines.get(localOnly.key))?.origin).toBeUndefined();
    expect((await db.claims.get(claimed[0]?.id ?? ''))?.lineKey).toBe(shared.key);
    expect(await db.syncState.get('cursor')).toEqual({ key: 'cursor', value: '1.1' });
    await expectAggregatesRecount();
    // A later local import of the same key does not overwrite the server's copy.
    await upsertInvoiceRows(db, [{ ...shared, quantity: 9 }]);
    expect((await db.invoiceLines.get(shared.key))?.quantity).toBe(5);
    await expectAggregatesRecount();
  });

  it('a tombstone removes the line with its aggregates', async () => {
    ({ db } = freshDb());
    const [line] = (await storeLines(db, 1, { quantity: 2 })) as [InvoiceRow];
    await applyPullPage(db, page([serverLine(line)]));
    await applyPullPage(db, page([{ kind: 'invoiceLine', id: line.key, deleted: true }]));
    expect(await db.invoiceLines.count()).toBe(0);
    expect(await db.lineAggregates.count()).toBe(0);
    await expectAggregatesRecount();
  });

  it('a refused claim keeps its reason, lets go of its line, and its mutation is dropped by the next pull only', async () => {
    ({ db } = freshDb());
    const [line] = (await storeLines(db, 1, { quantity: 2 })) as [InvoiceRow];
    const { claimed } = await claimLines(
      db,
      { lineKeys: [line.key], program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
      RULES,
    );
    const id = claimed[0]?.id ?? '';
    await recordPushResults(
      db,
      {
        lastMutationId: 1,
        results: [
          {
            id: 1,
            status: 'rejected',
            code: 'already_claimed',
            message: 'Another rep claimed this line first.',
            details: { status: 'approved' },
          },
        ],
      },
      NOW,
    );
    const claim = await db.claims.get(id);
    expect(claim).toMatchObject({
      status: 'rejected',
      reason: 'Another rep claimed this line first.',
      syncRejection: {
        code: 'already_claimed',
        mutation: 'claim.create',
        details: { status: 'approved' },
      },
    });
    // Dismissing the notice marks the refusal read, and nothing else about the claim.
    await markRefusalsSeen(db, [id], '2026-06-02T08:00:00.000Z');
    expect(await db.claims.get(id)).toEqual({
      ...claim,
      syncRejection: { ...claim?.syncRejection, seenAt: '2026-06-02T08:00:00.000Z' },
    });
    expect(claim?.activeKey).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    // A pull that has not seen mutation 1 yet keeps it; the one that has drops it.
    await applyPullPage(db, page([], 0));
    expect(await db.outbox.count()).toBe(1);
    await applyPullPage(db, page([], 1));
    expect(await db.outbox.count()).toBe(0);
    await expectAggregatesRecount();
  });

  it('a mutation the server processed but whose answer was lost stays queued until a push learns its answer', async () => {
    ({ db } = freshDb());
    const [line] = (await storeLines(db, 1, { quantity: 2 })) as [InvoiceRow];
    await claimLines(
      db,
      { lineKeys: [line.key], program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
      RULES,
    );
    await applyPullPage(db, page([], 1));
    expect(await db.outbox.count()).toBe(1);
  });

  it("a claim with a change still queued keeps it, holds the server's copy aside, and takes it once settled", async () => {
    ({ db } = freshDb());
    const [line] = (await storeLines(db, 1, { quantity: 2 })) as [InvoiceRow];
    const { claimed } = await claimLines(
      db,
      { lineKeys: [line.key], program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
      RULES,
    );
    const local = claimed[0] as ClaimRow;
    await recordPushResults(
      db,
      { lastMutationId: 1, results: [{ id: 1, status: 'applied' }] },
      NOW,
    );
    // The rep withdraws before the pull (mutation 2), and the pull brings the submitted claim.
    await transitionClaims(db, { ids: [local.id], to: 'withdrawn', by: 'rep-1', now: NOW });
    await applyPullPage(db, page([serverClaim(local, 'submitted')], 1));
    let stored = await db.claims.get(local.id);
    expect(stored?.status).toBe('withdrawn');
    expect(stored?.serverCopy?.status).toBe('submitted');
    // The server refuses the withdrawal (a submitted claim cannot be withdrawn).
    await recordPushResults(
      db,
      {
        lastMutationId: 2,
        results: [
          {
            id: 2,
            status: 'rejected',
            code: 'illegal_transition',
            message: 'A submitted claim cannot be withdrawn.',
          },
        ],
      },
      NOW,
    );
    await applyPullPage(db, page([], 2));
    stored = await db.claims.get(local.id);
    expect(stored).toMatchObject({
      status: 'submitted',
      origin: 'server',
      syncRejection: { code: 'illegal_transition' },
    });
    expect(stored?.serverCopy).toBeUndefined();
    expect(stored?.activeKey).toBe(`${line.key}\u001fspiff`);
    await expectAggregatesRecount();
  });

  it("a local claim lets go of a line the server gives to another rep's claim", async () => {
    ({ db } = freshDb());
    const [line] = (await storeLines(db, 1, { quantity: 2 })) as [InvoiceRow];
    const { claimed } = await claimLines(
      db,
      { lineKeys: [line.key], program: 'spiff', repId: 'mgr-1', now: NOW, today: '2026-06-01' },
      RULES,
    );
    const mine = claimed[0] as ClaimRow;
    const theirs = { ...mine, id: 'other-claim' };
    await applyPullPage(db, page([serverClaim(theirs, 'submitted', 'rep-2')], 0));
    expect((await db.claims.get('other-claim'))?.activeKey).toBe(`${line.key}\u001fspiff`);
    expect((await db.claims.get(mine.id))?.activeKey).toBeUndefined();
    await expectAggregatesRecount();
  });

  it('a full page of lines, written in overlapping slices, all lands with its aggregates and cursor', async () => {
    ({ db } = freshDb());
    // PULL_MAX_LIMIT lines of many quarters and weeks, never stored here before, with a claim
    // between them: more slices than the app keeps in flight at once.
    const rows = Array.from({ length: PULL_MAX_LIMIT }, (_, i) =>
      serverLine(toInvoiceRow(makeLine(i), 'b1')),
    );
    const [first] = (await storeLines(db, 1)) as [InvoiceRow];
    const { claimed } = await claimLines(
      db,
      { lineKeys: [first.key], program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
      RULES,
    );
    rows.splice(700, 0, serverClaim(claimed[0] as ClaimRow, 'approved'));
    const outcome = await applyPullPage(db, { ...page(rows), cursor: '9.9' });
    expect(outcome).toMatchObject({ lines: PULL_MAX_LIMIT, claims: 1 });
    expect(await db.invoiceLines.filter((l) => l.origin === 'server').count()).toBe(PULL_MAX_LIMIT);
    // Its create is still queued: the local claim stays, the server's copy is held aside.
    expect(await db.claims.get(claimed[0]?.id ?? '')).toMatchObject({
      status: 'queued',
      serverCopy: { status: 'approved' },
    });
    expect((await db.syncState.get('cursor'))?.value).toBe('9.9');
    await expectAggregatesRecount();
  });

  it('counts the lines of the first sync until the pull reaches its end', async () => {
    ({ db } = freshDb());
    const rows = (await storeLines(db, 3, { quantity: 2 })).map((r) => serverLine(r));
    await applyPullPage(db, page(rows.slice(0, 2), 0, true));
    expect((await db.syncState.get('linesReceived'))?.value).toBe(2);
    expect(await db.syncState.get('caughtUp')).toBeUndefined();
    await applyPullPage(db, page(rows.slice(2), 0, false));
    expect((await db.syncState.get('linesReceived'))?.value).toBe(3);
    expect((await db.syncState.get('caughtUp'))?.value).toBe(true);
  });

  it('takes the total of the first sync from the lines the server says are ahead', async () => {
    ({ db } = freshDb());
    const rows = (await storeLines(db, 4, { quantity: 2 })).map((r) => serverLine(r));
    await applyPullPage(db, page(rows.slice(0, 1), 0, true));
    expect(await db.syncState.get('linesTotal')).toBeUndefined();
    // A run resumed after one line: 3 ahead of its cursor, so 4 in all.
    await applyPullPage(db, { ...page(rows.slice(1, 2), 0, true), linesAhead: 3 });
    expect((await db.syncState.get('linesTotal'))?.value).toBe(4);
    await applyPullPage(db, page(rows.slice(2), 0, false));
    expect((await db.syncState.get('linesReceived'))?.value).toBe(4);
  });

  it('keeps the Elevate targets the vendor set, merged page by page, and lets a tombstone remove one', async () => {
    ({ db } = freshDb());
    const target = (quarter: string, targetCents: number): PulledRow => ({
      kind: 'elevateTarget',
      id: `P1|${quarter}`,
      deleted: false,
      data: {
        id: `P1|${quarter}`,
        partnerId: 'P1',
        quarter,
        targetCents,
        setAt: '2026-10-02T09:00:00.000Z',
      },
    });
    await applyPullPage(db, page([target('FY2026-Q3', 700_000), target('FY2026-Q4', 800_000)]));
    await applyPullPage(db, page([target('FY2026-Q3', 750_000)]));
    expect(await readVendorTarget(db, 'P1', 'FY2026-Q3')).toMatchObject({ targetCents: 750_000 });
    expect(await readVendorTarget(db, 'P1', 'FY2026-Q4')).toMatchObject({ targetCents: 800_000 });
    expect(await readVendorTarget(db, 'P2', 'FY2026-Q3')).toBeUndefined();
    await applyPullPage(db, page([{ kind: 'elevateTarget', id: 'P1|FY2026-Q4', deleted: true }]));
    expect(await readVendorTarget(db, 'P1', 'FY2026-Q4')).toBeUndefined();
  });

  it("keeps the server's LEAP leaderboard, names only as sent, entries merged page by page", async () => {
    ({ db } = freshDb());
    const entry = (userId: string, name: string | null, points: number): PulledRow => ({
      kind: 'leaderboardEntry',
      id: userId,
      deleted: false,
      data: { userId, name, points },
    });
    await applyPullPage(db, page([entry('u1', 'Ana', 10), entry('u2', null, 5)], 0, true));
    await applyPullPage(
      db,
      page([entry('u1', 'Ana', 30), { kind: 'leaderboardEntry', id: 'u2', deleted: true }], 0),
    );
    await applyPullPage(db, page([entry('u3', null, 7)], 0));
    expect((await db.syncState.get('leaderboard'))?.value).toEqual({
      u1: { userId: 'u1', name: 'Ana', points: 30 },
      u3: { userId: 'u3', name: null, points: 7 },
    });
  });
});
