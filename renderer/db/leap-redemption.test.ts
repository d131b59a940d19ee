import { afterEach, describe, expect, it } from 'vitest';
import { LEAP_2019 } from '../../shared/index';
import type { PartnerRewardsDb } from './database';
import {
  InsufficientPointsError,
  recordLeapActivity,
  requestLeapRedemption,
} from './programs-repo';
import { freshDb } from './test-support';

let db: PartnerRewardsDb;
afterEach(() => db.close());

const redemption = (id: string, points: number) => ({
  id,
  userId: 'rep-1',
  rewardId: 'prepaid-25',
  points,
  requestedOn: '2026-06-10',
  status: 'requested' as const,
});

describe('requestLeapRedemption', () => {
  it('refuses more points than the balance on the day, and writes nothing', async () => {
    ({ db } = freshDb());
    const certification = LEAP_2019.activityPoints.certification;
    await recordLeapActivity(
      db,
      {
        id: 'a1',
        userId: 'rep-1',
        kind: 'certification',
        title: 'Cert',
        completedOn: '2026-05-02',
        points: certification,
      },
      '2026-05-02T10:00:00.000Z',
    );
    const outboxBefore = await db.outbox.count();
    const error = await requestLeapRedemption(
      db,
      redemption('r1', certification + 1),
      '2026-06-10T10:00:00.000Z',
      LEAP_2019,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientPointsError);
    expect((error as InsufficientPointsError).balancePoints).toBe(certification);
    expect(await db.leapRedemptions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(outboxBefore);

    await requestLeapRedemption(
      db,
      redemption('r2', certification),
      '2026-06-10T10:00:00.000Z',
      LEAP_2019,
    );
    // The same points cannot be spent twice.
    await expect(
      requestLeapRedemption(db, redemption('r3', 1), '2026-06-10T10:00:00.000Z', LEAP_2019),
    ).rejects.toBeInstanceOf(InsufficientPointsError);
    expect(await db.leapRedemptions.count()).toBe(1);
  });
});
