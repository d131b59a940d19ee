import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../data/db';
import { listNominations, type NominationRow } from '../../db/index';

/** The partner's nomination log, newest first (undefined while loading). */
export function useNominations(
  partnerId: string | undefined,
): readonly NominationRow[] | undefined {
  return useLiveQuery(async () => (partnerId ? listNominations(db, partnerId) : []), [partnerId]);
}

/** Names nominated for NCB (not rejected or withdrawn): what a back-end claim must report. */
export function nominatedNcbNames(rows: readonly NominationRow[]): string[] {
  const names = rows
    .filter((r) => r.program === 'ncb' && r.status !== 'rejected' && r.status !== 'withdrawn')
    .map((r) => r.customerName);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}
