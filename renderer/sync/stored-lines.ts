import type { PartnerRewardsDb } from '../db/database';
import type { InvoiceRow } from '../db/rows';

/** Sorted keys per slice: few requests per page, narrow ranges. */
const SLICE = 64;
/** Stored keys listed per slice at most; a slice whose range holds more is read key by key. */
const LISTED = SLICE * 4;

/**
 * The stored copies of the given invoice line keys (undefined where none), read inside the
 * caller's transaction. A get per key costs a request each (a quarter of a first sync's main-thread
 * time), and most keys of a first sync are new. So the sorted keys are cut into slices, each
 * slice's key range lists its stored keys (one request, a bounded number of keys), and only keys
 * that are stored are read. A range crowded with stored keys (a re-pull over a full database) is
 * read key by key as before. Listing in the same transaction as the writes keeps it exact (a
 * local import waits for the transaction), so an old copy is never missed and the aggregate
 * deltas stay right.
 */
export async function storedLines(
  db: PartnerRewardsDb,
  keys: readonly string[],
): Promise<(InvoiceRow | undefined)[]> {
  // IndexedDB orders string keys by UTF-16 code units, as the default sort does.
  const sorted = [...new Set(keys)].sort();
  const slices: string[][] = [];
  for (let i = 0; i < sorted.length; i += SLICE) slices.push(sorted.slice(i, i + SLICE));
  const listed = await Promise.all(
    slices.map((slice) =>
      db.invoiceLines
        .where(':id')
        .between(slice[0] as string, slice.at(-1) as string, true, true)
        .limit(LISTED)
        .primaryKeys(),
    ),
  );
  const read = slices.flatMap((slice, i) => {
    const stored = listed[i] ?? [];
    if (stored.length >= LISTED) return slice;
    const present = new Set(stored);
    return slice.filter((key) => present.has(key));
  });
  const found = new Map<string, InvoiceRow>();
  if (read.length)
    (await db.invoiceLines.bulkGet(read)).forEach((row, i) => {
      if (row) found.set(read[i] as string, row);
    });
  return keys.map((key) => found.get(key));
}
