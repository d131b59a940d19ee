import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALENDAR_2017, DEAL_2017, LEAP_2019, SPIFF_2017 } from '../../shared/index';
import {
  weekOfQuarter,
  recountClaimAggregates,
  recountWeeklyAggregates,
  recountLineAggregates,
} from './aggregates';
import { claimLines, transitionClaims } from './claims-repo';
import type { PartnerRewardsDb } from './database';
import { deleteInvoiceLines, toInvoiceRow, upsertInvoiceRows } from './invoices-repo';
import { quarterSummary } from './summary-repo';
import { freshDb, makeLine } from './test-support';

const rules = { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 };
let db: PartnerRewardsDb | undefined;
afterEach(() => db?.close());

async function expectAggregatesMatchRecount(d: PartnerRewardsDb): Promise<void> {
  const stored = (await d.lineAggregates.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(stored).toEqual(recountLineAggregates(await d.invoiceLines.toArray()));
  const storedDays = (await d.weeklyAggregates.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(storedDays).toEqual(recountWeeklyAggregates(await d.invoiceLines.toArray()));
  const storedClaims = (await d.claimAggregates.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(storedClaims).toEqual(recountClaimAggregates(await d.claims.toArray()));
}

type Op =
  | { kind: 'upsert'; indices: number[]; bump: number }
  | { kind: 'delete'; indices: number[] }
  | { kind: 'claim'; indices: number[]; rep: string }
  | {
      kind: 'move';
      pick: number;
      to: 'submitted' | 'approved' | 'rejected' | 'paid' | 'withdrawn';
    };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('upsert' as const),
    indices: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }),
    bump: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    indices: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 5 }),
  }),
  fc.record({
    kind: fc.constant('claim' as const),
    indices: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }),
    rep: fc.constantFrom('rep-1', 'rep-2'),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    to: fc.constantFrom(
      'submitted' as const,
      'approved' as const,
      'rejected' as const,
      'paid' as const,
      'withdrawn' as const,
    ),
  }),
);

async function apply(d: PartnerRewardsDb, o: Op, step: number): Promise<void> {
  const now = `2026-06-01T10:00:${String(step).padStart(2, '0')}Z`;
  if (o.kind === 'upsert') {
    // bump changes quantity and price, so re-importing with bump > 0 is a correction in place
    await upsertInvoiceRows(
      d,
      o.indices.map((i) =>
        toInvoiceRow(
          makeLine(i, { quantity: 1 + ((i + o.bump) % 9), unitPriceCents: 10_000 + o.bump * 7 }),
          `b${step}`,
        ),
      ),
    );
  } else if (o.kind === 'delete') {
    const keys = o.indices.map((i) => toInvoiceRow(makeLine(i), 'x').key);
    await deleteInvoiceLines(d, keys);
  } else if (o.kind === 'claim') {
    const existing = new Set(await d.invoiceLines.toCollection().primaryKeys());
    const keys = [...new Set(o.indices.map((i) => toInvoiceRow(makeLine(i), 'x').key))].filter(
      (k) => existing.has(k),
    );
    await claimLines(
      d,
      {
        lineKeys: keys,
        program: 'spiff',
        repId: o.rep,
        now,
        today: '2026-06-01',
        acceptWarnings: true,
      },
      rules,
    );
  } else {
    const claims = await d.claims.toArray();
    if (claims.length === 0) return;
    const claim = claims[o.pick % claims.length];
    if (!claim) return;
    const path: Record<string, string[]> = {
      queued: ['submitted'],
      submitted: ['approved'],
      approved: ['paid'],
    };
    const to =
      o.to === 'rejected' || o.to === 'withdrawn' ? o.to : (path[claim.status]?.[0] ?? o.to);
    try {
      await transitionClaims(d, {
        ids: [claim.id],
        to: to as never,
        by: 'server',
        now,
        reason: 'test reason',
      });
    } catch {
      // illegal moves are refused as a whole: nothing to check but the aggregates below
    }
  }
}

describe('per-quarter aggregates', () => {
  it('always equal a full recount after imports, corrections, deletes, claims and status changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const fresh = freshDb();
        try {
          for (const [i, o] of ops.entries()) {
            await apply(fresh.db, o, i);
            await expectAggregatesMatchRecount(fresh.db);
          }
        } finally {
          fresh.db.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('re-importing the same lines changes nothing', async () => {
    ({ db } = freshDb());
    const rows = Array.from({ length: 30 }, (_, i) => toInvoiceRow(makeLine(i), 'b1'));
    expect(await upsertInvoiceRows(db, rows)).toEqual({ inserted: 30, updated: 0, unchanged: 0 });
    const before = await db.lineAggregates.toArray();
    expect(
      await upsertInvoiceRows(
        db,
        rows.map((r) => ({ ...r, batchId: 'b2' })),
      ),
    ).toEqual({ inserted: 0, updated: 0, unchanged: 30 });
    expect(await db.lineAggregates.toArray()).toEqual(before);
    expect((await db.invoiceLines.get(rows[0]?.key ?? ''))?.batchId).toBe('b1');
  });

  it('a corrected line updates in place and moves between aggregates', async () => {
    ({ db } = freshDb());
    const line = makeLine(1, { date: '2026-05-01', quantity: 2 });
    await upsertInvoiceRows(db, [toInvoiceRow(line, 'b1')]);
    await upsertInvoiceRows(db, [toInvoiceRow({ ...line, date: '2026-07-02', quantity: 5 }, 'b2')]);
    expect(await db.invoiceLines.count()).toBe(1);
    expect((await quarterSummary(db, 'FY2026-Q1')).lines).toEqual([]);
    const q2 = await quarterSummary(db, 'FY2026-Q2');
    expect(q2.lines.map((l) => l.units)).toEqual([5]);
  });

  it('honours the fiscal calendar passed for the quarter key', () => {
    expect(toInvoiceRow(makeLine(0, { date: '2026-04-01' }), 'b').quarter).toBe('FY2026-Q1');
    expect(
      toInvoiceRow(makeLine(0, { date: '2026-04-01' }), 'b', { calendar: { startMonth: 1 } })
        .quarter,
    ).toBe('FY2026-Q2');
    expect(CALENDAR_2017.startMonth).toBe(4);
  });
});

describe('weekOfQuarter', () => {
  it("counts weeks from the fiscal quarter's first day, the way the charts bucket them", () => {
    // FY2026-Q3 runs Oct 1 – Dec 31, 2026 (fiscal year from April).
    const week = (date: string) => weekOfQuarter({ quarter: 'FY2026-Q3', date });
    expect(week('2026-10-01')).toBe(1);
    expect(week('2026-10-07')).toBe(1);
    expect(week('2026-10-08')).toBe(2);
    expect(week('2026-12-31')).toBe(14);
  });
});
