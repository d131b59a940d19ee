import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  claimWindowQuarters,
  type IsoDate,
  type UnclaimedResult,
  type UnclaimedRules,
} from '../../../shared/index';
import { db } from '../../data/db';
import { unclaimedFromAggregates } from '../../data/unclaimed';
import { windowAggregates } from '../../db/index';

/**
 * "Not yet claimed" for the dashboard: from the line and claim aggregates of the quarters whose
 * claim window is open today (and the one that closed last), never from the lines themselves, so
 * its cost does not grow with the number of lines. Undefined while loading.
 */
export function useUnclaimedSummary(
  repId: string | undefined,
  today: IsoDate,
  rules: UnclaimedRules,
): UnclaimedResult | undefined {
  const watched = claimWindowQuarters(today, rules.spiff);
  const quarters = [watched.missed, ...watched.open];
  const key = quarters.join(',');
  const aggregates = useLiveQuery(() => windowAggregates(db, key.split(',')), [key]);
  const { spiff, leap } = rules;
  return useMemo(
    () =>
      aggregates && repId
        ? unclaimedFromAggregates(aggregates, repId, today, { spiff, leap })
        : undefined,
    [aggregates, repId, today, spiff, leap],
  );
}
