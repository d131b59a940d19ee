import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { goTo, openApp } from './app-page';

/** Renames a rep straight in IndexedDB (as a hostile import could), then reloads. */
async function renameRep(page: Page, dbName: string, id: string, name: string) {
  await page.evaluate(
    ([db, userId, newName]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('users', 'readwrite');
          const store = tx.objectStore('users');
          const get = store.get(userId);
          get.onsuccess = () => store.put({ ...get.result, name: newName });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [dbName, id, name] as const,
  );
  await page.reload();
}

test.describe('team & statements', () => {
  test('a manager exports CSV (formulas neutralised) and XLSX', async ({ page }) => {
    const db = await openApp(page, 'team-mgr');
    await renameRep(page, db, 'rep-ben', '=HYPERLINK("http://x","y")');
    await page.getByLabel('Signed in as').selectOption('mgr-maria');
    await goTo(page, 'team');
    await expect(page.getByRole('heading', { level: 1, name: 'Team & statements' })).toBeVisible();
    const table = page.getByRole('table', {
      name: "Each rep's SPIFF, claims by status and LEAP points",
    });
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    await expect(page.getByRole('heading', { name: /Elevate, partner P-1001/ })).toBeVisible();

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('partner-rewards-FY2026-Q3.csv');
    const text = await readFile(await csv.path(), 'utf8');
    expect(text).toContain('Quarter,Rep,SPIFF Earned (USD)');
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(text).toContain('\r\n');

    await page.getByRole('checkbox', { name: /Include the invoice lines/ }).check();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('partner-rewards-FY2026-Q3.xlsx');
    const bytes = await readFile(await xlsx.path());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('a rep sees only their own statement', async ({ page }) => {
    await openApp(page, 'team-rep', { route: 'team' });
    await expect(page.getByRole('heading', { level: 1, name: 'My statement' })).toBeVisible();
    const main = page.locator('main');
    await expect(main).toContainText('Ana Kowalski');
    await expect(main).not.toContainText('Ben Okafor');
    await expect(main.getByRole('table')).toHaveCount(0);
    await expect(main.getByRole('heading', { name: /Elevate/ })).toHaveCount(0);
  });
});
