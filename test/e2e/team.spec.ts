import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { goTo, openApp, reloadApp } from './app-page';

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
  await reloadApp(page);
}

test.describe('team & statements', () => {
  test('a manager exports CSV (formulas neutralised) and XLSX', async ({ page }) => {
    const db = await openApp(page, 'team-mgr');
    await renameRep(page, db, 'rep-ben', '=HYPERLINK("http://x","y")');
    await page.getByLabel('Signed in as').selectOption('mgr-maria');
    await goTo(page, 'team');
    await expect(page.getByRole('heading', { level: 1, name: 'Team & statements' })).toBeVisible();
    const table = page.getByRole('table', { name: 'SPIFF per rep (USD)' });
    // Three reps and Maria, whom the partner lets claim: the dashboard's "4 people".
    await expect(table.locator('tbody').getByRole('rowheader')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: /Elevate, partner P-1001/ })).toBeVisible();

    // The totals row closes the table on screen.
    const totals = table.locator('tfoot tr');
    await expect(totals.getByRole('rowheader')).toHaveText('Total');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('partner-rewards-FY26-27-Q3.csv');
    const text = await readFile(await csv.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'Rep,SPIFF Earned (USD),SPIFF Payable (USD),SPIFF Capped (USD),SPIFF Claimed (USD),' +
        'SPIFF Approved (USD),SPIFF Paid (USD),Claims: Draft,Claims: Waiting to be sent,' +
        'Claims: Submitted,Claims: Approved,Claims: Rejected,Claims: Paid,LEAP points balance',
    );
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    // Same rows as the screen, then the totals.
    expect(lines).toHaveLength(4 + 2 + 1);
    expect(lines[5]?.startsWith('Total,')).toBe(true);
    const screenTotal = await totals.locator('td').first().innerText();
    const csvTotal = Number(lines[5]?.split(',')[1]);
    expect(screenTotal).toBe(`$${Math.round(csvTotal).toLocaleString('en-US')}`);

    // The other convention, picked in the export bar.
    await page.getByLabel('CSV for').selectOption({ label: 'Excel with “;” and 1234,56' });
    const [semicolon] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const semicolonText = await readFile(await semicolon.path(), 'utf8');
    expect(semicolonText).toContain('Rep;SPIFF Earned (USD);');
    expect(semicolonText).toMatch(/\r\nTotal;\d+,\d\d;/);

    await page.getByRole('checkbox', { name: /Include the invoice lines/ }).check();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('partner-rewards-FY26-27-Q3.xlsx');
    const bytes = await readFile(await xlsx.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
    const team = workbook.worksheets[0];
    expect(team?.name).toBe('Team');
    expect(team?.getRow(1).values).toEqual([undefined, ...(lines[0] ?? '').split(',')]);
    expect(team?.getCell('A6').value).toBe('Total');
    expect(team?.getCell('B6').value).toEqual({ formula: 'SUM(B2:B5)', result: csvTotal });
    expect(team?.autoFilter).toBe('A1:N5');
    const invoices = workbook.getWorksheet('Invoice lines');
    expect(invoices?.rowCount).toBeGreaterThan(10);
    expect(invoices?.autoFilter).toBe(`A1:M${invoices?.rowCount}`);
  });

  test('a manager drills down from a rep to their claims, quarter over quarter and year to date', async ({
    page,
  }) => {
    await openApp(page, 'team-drill');
    await page.getByLabel('Signed in as').selectOption('mgr-maria');
    await goTo(page, 'team');
    const claimsTable = page.getByRole('table', {
      name: 'Claims by status and LEAP points per rep',
    });
    const chen = claimsTable.getByRole('row', { name: /Chen Wei/ });
    const cells = await chen.getByRole('cell').allInnerTexts();
    // Draft … paid: the claims of the quarter, withdrawn ones not shown.
    const count = cells.slice(0, 6).reduce((n, c) => n + Number(c.replace(/\D/g, '')), 0);

    // An explain button's accessible name starts with the figure it shows (WCAG 2.5.3).
    const explain = page.getByRole('button', { name: /Explain: SPIFF of Chen Wei/ });
    const shown = (await explain.innerText()).trim();
    expect(shown).toMatch(/^\$\d/);
    await expect(explain).toHaveAccessibleName(`${shown} Explain: SPIFF of Chen Wei`);

    await page.getByRole('button', { name: 'Chen Wei', exact: true }).click();
    const detail = page.getByRole('region', { name: 'Chen Wei in FY26/27 Q3' });
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    const trend = detail.getByRole('table', { name: /quarter over quarter/ });
    await expect(trend.getByRole('columnheader')).toHaveText([
      'Program',
      'FY26/27 Q2',
      'FY26/27 Q3',
      'Change',
      'Year to date',
    ]);
    await expect(trend.getByRole('row', { name: /SPIFF/ })).toBeVisible();
    const lines = detail.getByRole('table', { name: 'Claims and invoice lines in FY26/27 Q3' });
    // Every claim of the quarter but withdrawn ones is a row with its invoice line.
    const rows = lines.locator('tbody tr');
    const withdrawn = await rows.filter({ hasText: 'Withdrawn' }).count();
    await expect(rows).toHaveCount(count + withdrawn);
    await expect(rows.first().getByRole('cell').nth(1)).toHaveText(/ \/ \d+$/);

    await detail.getByRole('button', { name: 'Close' }).click();
    await expect(detail).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Chen Wei', exact: true })).toBeFocused();
  });

  test('German CSV: semicolons and decimal commas by default', async ({ page }) => {
    await openApp(page, 'team-de', { lang: 'de' });
    await page.getByLabel('Angemeldet als').selectOption('mgr-maria');
    await goTo(page, 'team');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV exportieren' }).click(),
    ]);
    const text = await readFile(await csv.path(), 'utf8');
    const [header, first] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header?.split(';')).toHaveLength(14);
    expect(first?.split(';')).toHaveLength(14);
    expect(first?.split(';')[1]).toMatch(/^\d+,\d\d$/);
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
