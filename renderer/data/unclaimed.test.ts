import { afterEach, describe, expect, it } from 'vitest';
import {
  claimWindowQuarters,
  DEAL_2017,
  LEAP_2019,
  SPIFF_2017,
  type UnclaimedResult,
} from '../../shared/index';
import {
  claimLines,
  toInvoiceRow,
  transitionClaims,
  upsertInvoiceRows,
  windowAggregates,
  windowLines,
  type PartnerRewardsDb,
} from '../db/index';
import { freshDb, makeLine } from '../db/test-support';
import { unclaimedFromAggregates, unclaimedFromLines } from './unclaimed';

const TODAY = '2026-11-25';
const NOW = '2026-11-25T12:00:00.000Z';
const rules = { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 };
let db: PartnerRewardsDb;
afterEach(() => db.close());

function figures(result: UnclaimedResult) {
  return result.programs.map((p) => ({
    program: p.program,
    value: p.value,
    lines: p.lines,
    soonLines: p.soonLines,
    soonValue: p.soonValue,
    missedLines: p.missedLines,
    missedValue: p.missedValue,
  }));
}

/** 120 lines over FY2026 Q1 (window closed), Q2 (closes in 4 days) and Q3; claims in every status. */
async function seed(): Promise<string[]> {
  const rows = Array.from({ length: 120 }, (_, i) =>
    toInvoiceRow(makeLine(i, i >= 80 ? { date: `2026-1${i % 3}-0${1 + (i % 9)}` } : {}), 'b1'),
  );
  await upsertInvoiceRows(db, rows);
  const keys = rows.map((r) => r.key);
  const claim = async (
    slice: string[],
    program: 'spiff' | 'leap',
    repId: string,
    status: 'draft' | 'queued',
  ) =>
    (
      await claimLines(
        db,
        { lineKeys: slice, program, repId, now: NOW, today: TODAY, status, acceptWarnings: true },
        rules,
      )
    ).claimed.map((c) => c.id);
  await claim(keys.slice(0, 12), 'spiff', 'rep-1', 'queued');
  await claim(keys.slice(40, 50), 'spiff', 'rep-2', 'draft');
  await claim(keys.slice(85, 95), 'spiff', 'rep-1', 'queued');
  await claim(keys.slice(10, 30), 'leap', 'rep-2', 'queued');
  const rejected = await claim(keys.slice(60, 66), 'spiff', 'rep-1', 'queued');
  await transitionClaims(db, {
    ids: rejected,
    to: 'rejected',
    by: 'vendor',
    now: NOW,
    reason: 'no',
  });
  const withdrawn = await claim(keys.slice(100, 104), 'leap', 'rep-1', 'draft');
  await transitionClaims(db, { ids: withdrawn, to: 'withdrawn', by: 'rep-1', now: NOW });
  return keys;
}

describe('not yet claimed: aggregates and lines agree', () => {
  it('gives the dashboard (aggregates) the same figures as the claims screen (lines)', async () => {
    ({ db } = freshDb());
    await seed();
    const watched = claimWindowQuarters(TODAY, SPIFF_2017);
    const quarters = [watched.missed, ...watched.open];
    expect(quarters).toEqual(['FY2026-Q1', 'FY2026-Q2', 'FY2026-Q3']);
    const fromLines = await windowLines(db, quarters);
    const byLines = unclaimedFromLines(fromLines.lines, fromLines.claims, 'rep-1', TODAY, rules);
    const byAggregates = unclaimedFromAggregates(
      await windowAggregates(db, quarters),
      'rep-1',
      TODAY,
      rules,
    );
    expect(figures(byAggregates)).toEqual(figures(byLines));
    const spiff = byLines.programs[0];
    expect(spiff?.soonLines).toBeGreaterThan(0);
    expect(spiff?.missedLines).toBeGreaterThan(0);
    expect(spiff?.value).toBeGreaterThan(0);
  });

  it('claiming every line that expires within 7 days lowers the figure by exactly their value', async () => {
    ({ db } = freshDb());
    await seed();
    const watched = claimWindowQuarters(TODAY, SPIFF_2017);
    const quarters = [watched.missed, ...watched.open];
    const before = unclaimedFromAggregates(
      await windowAggregates(db, quarters),
      'rep-1',
      TODAY,
      rules,
    );
    const { lines, claims } = await windowLines(db, quarters);
    const soon = unclaimedFromLines(lines, claims, 'rep-1', TODAY, rules).open.filter(
      (l) => l.soon && l.values.spiff !== undefined,
    );
    const outcome = await claimLines(
      db,
      {
        lineKeys: soon.map((l) => l.key),
        program: 'spiff',
        repId: 'rep-1',
        // A later moment than the seed's claims: a claim's id includes its time.
        now: '2026-11-25T15:00:00.000Z',
        today: TODAY,
      },
      rules,
    );
    expect(outcome.skipped).toEqual([]);
    expect(outcome.claimed.every((c) => c.status === 'queued')).toBe(true);
    const after = unclaimedFromAggregates(
      await windowAggregates(db, quarters),
      'rep-1',
      TODAY,
      rules,
    );
    const b = before.programs[0];
    const a = after.programs[0];
    expect(b?.soonValue).toBeGreaterThan(0);
    expect((b?.value ?? 0) - (a?.value ?? 0)).toBe(b?.soonValue);
    expect(a?.soonLines).toBe(0);
  });
});
