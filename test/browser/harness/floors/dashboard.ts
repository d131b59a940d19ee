/**
 * Floor for "navigation → first dashboard number": a bare page (no React, no Dexie, no app code)
 * that opens the app's database and reads the rows the dashboard reads before its first number
 * (users, rule versions, "any line?", the quarter's and the look-back quarters' line aggregates,
 * the quarter's claim aggregates, the Elevate enrolment, the LEAP ledger), then shows one number.
 */
import { openExisting, param, result } from './idb';

interface LineAggregate {
  readonly quarter: string;
  readonly partnerId: string;
  readonly revenueCents: number;
}

async function main(): Promise<void> {
  const db = await openExisting(param('db'));
  const quarter = param('quarter');
  const quarters = param('quarters').split(',');
  const tx = db.transaction(
    [
      'users',
      'ruleVersions',
      'invoiceLines',
      'lineAggregates',
      'claimAggregates',
      'elevateEnrolments',
      'leapActivities',
      'leapRedemptions',
      'leapAwards',
      'claims',
    ],
    'readonly',
  );
  const store = (name: string) => tx.objectStore(name);
  const [users, , anyLine, lines] = await Promise.all([
    result(store('users').getAll()),
    result(store('ruleVersions').getAll()),
    result(store('invoiceLines').getAllKeys(null, 1)),
    Promise.all(
      quarters.map((q) =>
        result(store('lineAggregates').index('quarter').getAll(q) as IDBRequest<LineAggregate[]>),
      ),
    ),
    result(store('claimAggregates').index('quarter').getAll(quarter)),
    result(store('leapActivities').getAll()),
    result(store('leapRedemptions').getAll()),
    result(store('leapAwards').getAll()),
    result(store('claims').index('program').getAll('leap')),
  ]);
  const partnerId = (users[0] as { partnerId?: string } | undefined)?.partnerId ?? '';
  await result(store('elevateEnrolments').get(`${partnerId}|${quarter}`));
  if (anyLine.length === 0) throw new Error('floor: no invoice lines stored');
  let cents = 0;
  for (const row of lines.flat()) if (row.quarter === quarter) cents += row.revenueCents;
  const number = document.createElement('p');
  number.className = 'big-number';
  number.textContent = (cents / 100).toFixed(2);
  document.querySelector('main')?.append(number);
}

main().catch((error: unknown) => {
  document.body.textContent = `floor failed: ${String(error)}`;
});
