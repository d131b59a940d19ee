import { expect, test, type Page } from '@playwright/test';
import { appUrl, uniqueDb } from './app-page';

/** Row counts of a few tables, read with raw IndexedDB (no app code involved). */
async function counts(page: Page, db: string): Promise<Record<string, number>> {
  return page.evaluate(async (name) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables = ['invoiceLines', 'claims', 'leapActivities', 'dealPlans', 'settings'];
    const tx = idb.transaction(tables, 'readonly');
    const result: Record<string, number> = {};
    await Promise.all(
      tables.map(
        (t) =>
          new Promise<void>((resolve) => {
            const request = tx.objectStore(t).count();
            request.onsuccess = () => {
              result[t] = request.result;
              resolve();
            };
          }),
      ),
    );
    idb.close();
    return result;
  }, db);
}

test('closing the window while the demo loads leaves no half demo', async ({ page }) => {
  const db = uniqueDb('demo-interrupted');
  await page.goto(appUrl(db, { route: 'dashboard' }));
  const load = page.locator('section.first-run').getByRole('button').first();
  await load.click();
  // The load has started (the button says so), and the window goes away mid-way.
  await expect(load).toHaveAttribute('aria-busy', 'true');
  await page.reload();
  await expect(page.locator('#root main h1').first()).toBeVisible();
  const after = await counts(page, db);
  const complete = (after.invoiceLines ?? 0) > 0;
  // All of the demo or none of it: never lines without the LEAP ledger or the saved plans.
  expect((after.leapActivities ?? 0) > 0).toBe(complete);
  expect(after.dealPlans).toBe(complete ? 2 : 0);
  expect((after.claims ?? 0) > 0).toBe(complete);
});
