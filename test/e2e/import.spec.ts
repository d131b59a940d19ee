import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp } from './app-page';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

const HEADER =
  'Distributor,Partner ID,Invoice No,Line,Invoice Date,SKU,Family,Topseller,Qty,Unit Price,Currency,End Customer';

/** A distributor file of `rows` good lines (large enough to need several chunks). */
function goodCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i += 1)
    lines.push(
      `TD SYNNEX,P-100,E2E-${Math.ceil(i / 10)},${((i - 1) % 10) + 1},2026-10-${String((i % 28) + 1).padStart(2, '0')},20XW0001,notebook,yes,${(i % 5) + 1},1234.56,USD,Customer number ${i} with a long enough name`,
    );
  return `${lines.join('\n')}\n`;
}

/** Drops a file on the drop zone, as a user dragging it from the desktop would. */
async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: 'text/csv' }));
      return data;
    },
    { name, content },
  );
  await page
    .getByRole('region', { name: 'File to import' })
    .dispatchEvent('drop', { dataTransfer: transfer });
}

test('a good file: preview, progress, summary', async ({ page }) => {
  await openApp(page, 'import-good', { route: 'import', demo: false });
  const csv = goodCsv(30_000);
  await dropFile(page, 'big-weekly.csv', csv);

  await expect(
    page.getByRole('heading', { name: 'Check the columns of big-weekly.csv' }),
  ).toBeVisible();
  // Over 2 MB: only the start is previewed.
  await expect(page.getByText(/This is a large file/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Quantity' })).toHaveValue('8');
  await expect(page.getByText('No problems found in the sample.')).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(page.getByText('The import is complete.')).toBeVisible({ timeout: 60_000 });
  const counts = page.locator('.import-counts');
  await expect(counts.locator('.count-inserted dd')).toHaveText('30,000');
  await expect(counts.locator('.count-quarantined dd')).toHaveText('0');
  await expect(page.getByRole('row', { name: /big-weekly\.csv/ })).toContainText('Done');
});

test('a file with bad rows: the quarantine lists them by row number', async ({ page }) => {
  await openApp(page, 'import-bad', { route: 'import', demo: false });
  await dropFile(page, 'import-bad.csv', fixture('import-bad.csv'));

  await expect(page.getByText(/3 rows in the sample have problems/)).toBeVisible();
  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(page.getByText('The import is complete.')).toBeVisible();
  await expect(page.locator('.count-inserted dd')).toHaveText('2');
  await expect(page.locator('.count-quarantined dd')).toHaveText('3');

  const quarantine = page.getByRole('table', { name: 'Rows set aside from import-bad.csv' });
  const rows = quarantine.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('3');
  await expect(rows.nth(1)).toContainText('Quantity is negative.');
  await expect(rows.nth(1)).toContainText('-2');
  await expect(rows.nth(2)).toContainText('4');
  await expect(rows.nth(2)).toContainText('Invoice date is not a valid date.');
  await expect(rows.nth(3)).toContainText('5');
  await expect(rows.nth(3)).toContainText('Product family is not a product family this app knows.');
  await expect(rows.nth(3)).toContainText('Toaster');
});

test('an empty file: a clear file-level error', async ({ page }) => {
  await openApp(page, 'import-empty', { route: 'import', demo: false });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'empty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fixture('import-empty.csv')),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file cannot be imported');
  await expect(alert).toContainText('The file is empty.');
  await expect(alert).toContainText('Export the report from the distributor');
  await expect(page.getByRole('button', { name: /^Import/ })).toBeDisabled();
});
