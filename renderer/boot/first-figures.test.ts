import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuarterKey, quarterKey, quarterOf, quarterStart, rulesOn } from '../../shared/index';
import { pickCurrentUser, repsInView, claimantIdsOf } from '../data/current-user';
import { claimLines } from '../db/claims-repo';
import { declareVersions, type PartnerRewardsDb } from '../db/database';
import { quarterSummary } from '../db/index';
import { freshDb } from '../db/test-support';
import { DEMO_USERS, loadDemoData } from '../demo/demo-data';
import { spiffSummary } from '../features/dashboard/spiff-summary';
import { readFirstFigures } from './first-figures';

const TODAY = '2026-05-20';
const NOW = `${TODAY}T09:00:00.000Z`;
let db: PartnerRewardsDb | undefined;
afterEach(() => db?.close());

/** The SPIFF card's figure as the dashboard computes it, through Dexie and the repositories. */
async function dashboardFigure(d: PartnerRewardsDb, userId: string | null): Promise<number> {
  const quarter = quarterKey(quarterOf(TODAY));
  const users = await d.users.toArray();
  const versions = (await d.ruleVersions.toArray()).map((r) => r.data);
  const rules = rulesOn(quarterStart(parseQuarterKey(quarter)), versions);
  const user = pickCurrentUser(users, userId);
  const summary = await quarterSummary(d, quarter);
  return spiffSummary(
    summary.claims,
    repsInView(user, users, claimantIdsOf(summary.claims)),
    rules.spiff,
  ).payableCents;
}

describe('the start-up paint of the first dashboard figure', () => {
  it('shows what the dashboard shows, for every demo user, rep or manager', async () => {
    const fresh = freshDb();
    db = fresh.db;
    await loadDemoData(db, TODAY, NOW);
    const figures = [];
    for (const user of DEMO_USERS) {
      const figure = await readFirstFigures(fresh.factory, fresh.name, TODAY, user.id);
      expect(figure, user.id).not.toBeNull();
      expect(figure?.payableCents, user.id).toBe(await dashboardFigure(db, user.id));
      expect(figure?.team, user.id).toBe(user.role === 'manager');
      figures.push(figure?.payableCents ?? 0);
    }
    // The demo has SPIFF claims this quarter: the comparison is not of zeros.
    expect(figures.some((cents) => cents > 0)).toBe(true);
    // No user chosen yet: the first rep, as the header does.
    expect((await readFirstFigures(fresh.factory, fresh.name, TODAY, null))?.payableCents).toBe(
      await dashboardFigure(db, null),
    );
  });

  it('follows a new claim (the aggregates the claim updated, not a stored figure)', async () => {
    const fresh = freshDb();
    db = fresh.db;
    await loadDemoData(db, TODAY, NOW);
    const before = await readFirstFigures(fresh.factory, fresh.name, TODAY, 'rep-ana');
    const quarter = quarterKey(quarterOf(TODAY));
    const claimed = new Set(
      (await db.claims.where('program').equals('spiff').toArray()).map((c) => c.lineKey),
    );
    const unclaimed = (await db.invoiceLines.where('quarter').equals(quarter).toArray())
      .filter((l) => !claimed.has(l.key) && ['server', 'storage'].includes(l.family))
      .slice(0, 1);
    expect(unclaimed).toHaveLength(1);
    const rules = rulesOn(
      TODAY,
      (await db.ruleVersions.toArray()).map((r) => r.data),
    );
    await claimLines(
      db,
      {
        lineKeys: unclaimed.map((l) => l.key),
        program: 'spiff',
        repId: 'rep-ana',
        now: NOW,
        today: TODAY,
      },
      rules,
    );
    const after = await readFirstFigures(fresh.factory, fresh.name, TODAY, 'rep-ana');
    expect(after?.payableCents).toBe(await dashboardFigure(db, 'rep-ana'));
    expect(after?.payableCents).not.toBe(before?.payableCents);
  });

  it('paints nothing and creates nothing where there is no database', async () => {
    const factory = new IDBFactory();
    expect(await readFirstFigures(factory, 'nothing-here', TODAY, null)).toBeNull();
    expect(await factory.databases()).toEqual([]);
  });

  it('paints nothing before the first import (the first-run card shows instead)', async () => {
    const fresh = freshDb();
    db = fresh.db;
    await db.open();
    expect(await readFirstFigures(fresh.factory, fresh.name, TODAY, null)).toBeNull();
  });

  it('paints nothing from a database the app has still to upgrade', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('old-db', { indexedDB: factory, IDBKeyRange });
    declareVersions(old, 4);
    await old.open();
    old.close();
    expect(await readFirstFigures(factory, 'old-db', TODAY, null)).toBeNull();
    // Left as it was, for the app's upgrade.
    expect((await factory.databases()).find((d) => d.name === 'old-db')?.version).toBe(40);
  });
});
