import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  claimWindowQuarters,
  type IsoDate,
  type UnclaimedLine,
  type UnclaimedResult,
  type UnclaimedRules,
} from '../../../shared/index';
import { db } from '../../data/db';
import { unclaimedFromLines } from '../../data/unclaimed';
import { windowLines, type InvoiceRow } from '../../db/index';
import { claimsByLine, type LineClaims } from './line-claims';

export interface UnclaimedLines {
  readonly result: UnclaimedResult;
  /** Open lines with a value in some program, soonest deadline first. */
  readonly rows: readonly InvoiceRow[];
  readonly info: ReadonlyMap<string, UnclaimedLine>;
  readonly byLine: ReadonlyMap<string, LineClaims>;
  /** The quarters whose windows are open today, oldest first. */
  readonly quarters: readonly string[];
}

/**
 * The claims screen's "not claimed, window open" view: every line of the quarters whose claim
 * window is open today (and the one closed last, for "missed"), through the same calculator as the
 * dashboard card. Reads lines only while the view is on (`enabled`).
 */
export function useUnclaimedLines(
  enabled: boolean,
  repId: string | undefined,
  today: IsoDate,
  rules: UnclaimedRules,
): UnclaimedLines | undefined {
  const watched = claimWindowQuarters(today, rules.spiff);
  const key = [watched.missed, ...watched.open].join(',');
  const data = useLiveQuery(
    () => (enabled ? windowLines(db, key.split(',')) : undefined),
    [enabled, key],
  );
  const { spiff, leap } = rules;
  const open = watched.open.join(',');
  return useMemo(() => {
    if (!data || !repId) return undefined;
    const result = unclaimedFromLines(data.lines, data.claims, repId, today, { spiff, leap });
    const byKey = new Map(data.lines.map((l) => [l.key, l]));
    const rows: InvoiceRow[] = [];
    const info = new Map<string, UnclaimedLine>();
    for (const line of result.open) {
      const row = byKey.get(line.key);
      if (!row) continue;
      rows.push(row);
      info.set(line.key, line);
    }
    return { result, rows, info, byLine: claimsByLine(data.claims), quarters: open.split(',') };
  }, [data, repId, today, spiff, leap, open]);
}
