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
async function dropFile(page: Page, name: string, content: string | number[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, content }) => {
      const data = new DataTransfer();
      const part = typeof content === 'string' ? content : new Uint8Array(content);
      data.items.add(new File([part], name, { type: 'text/csv' }));
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
  await expect(rows.nth(3)).toContainText(
    'Product family “Toaster” names no product family. Choose a family for “Toaster” under “Category values without a product family” in the import preview',
  );
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
  await expect(alert).toContainText('The file is empty (0 bytes).');
  await expect(alert).toContainText('Export the report from the distributor');
  // Nothing to import: no (disabled) "Import 0 rows" button.
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
});

/** A German distributor's weekly file whose services lines say "Dienstleistungen". */
function servicesCsv(invoice: string): string {
  return [
    'Distributor;Partner ID;Rechnungsnummer;Pos.;Rechnungsdatum;Artikelnummer;Kategorie;Menge;Einzelpreis;Währung',
    `ALSO;P-100;${invoice};1;2026-11-03;SVC-DE-1;Dienstleistungen;2;150,00;EUR`,
    `ALSO;P-100;${invoice};2;2026-11-03;SVC-DE-2;Dienstleistungen;1;90,00;EUR`,
    // In the demo catalog as DCG services: the catalog decides, whatever the rep maps.
    `ALSO;P-100;${invoice};3;2026-11-03;5PS7A01498;Dienstleistungen;1;300,00;EUR`,
    `ALSO;P-100;${invoice};4;2026-11-03;21MA0033US;Notebook;1;900,00;EUR`,
    '',
  ].join('\n');
}

test('category values without a family: mapped in the preview, imported, remembered for the distributor', async ({
  page,
}) => {
  await openApp(page, 'import-values', { route: 'import' });
  await dropFile(page, 'also-week-45.csv', servicesCsv('R-45'));

  const values = page.getByRole('region', { name: 'Category values without a product family' });
  await expect(values).toBeVisible();
  const row = values.getByRole('row', { name: /Dienstleistungen/ });
  await expect(row).toContainText('3 rows');
  await expect(row).toContainText('1 of them takes its family from the catalog (by SKU)');
  await expect(values).toContainText(
    '2 rows still have no product family and will be set aside (quarantined).',
  );
  await expect(page.getByText(/2 rows in the sample have problems/)).toBeVisible();
  // ISO dates are reported as such, not as an assumed day-first order.
  await expect(page.locator('.detected-dates')).toHaveText(
    'Year-month-day (2026-11-03): unambiguous',
  );

  const select = page.getByRole('combobox', { name: 'Product family for “Dienstleistungen”' });
  await select.selectOption('client-services');
  await expect(values).toContainText('Every category value has a product family.');
  await expect(page.getByText('No problems found in the sample.')).toBeVisible();
  await expect(page.getByRole('row', { name: /SVC-DE-1/ })).toContainText('Client services');
  await expect(page.getByRole('row', { name: /5PS7A01498/ })).toContainText('DCG services');

  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(page.getByText('The import is complete.')).toBeVisible();
  await expect(page.locator('.count-inserted dd')).toHaveText('4');
  await expect(page.locator('.count-quarantined dd')).toHaveText('0');

  // The next file from ALSO: the value mapping is applied without asking again.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await dropFile(page, 'also-week-46.csv', servicesCsv('R-46'));
  await expect(
    page.getByText(
      "The product families you chose for ALSO's category values last time were applied.",
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Product family for “Dienstleistungen”' }),
  ).toHaveValue('client-services');
  await expect(page.getByText('No problems found in the sample.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(page.getByText('The import is complete.')).toBeVisible();
  await expect(page.locator('.count-inserted dd')).toHaveText('4');
  await expect(page.locator('.count-quarantined dd')).toHaveText('0');
});

test('files that are no table say what they are; a header-less file says what was found', async ({
  page,
}) => {
  await openApp(page, 'import-kinds', { route: 'import', demo: false });
  let seed = 42;
  const random = Array.from(
    { length: 4096 },
    () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255,
  );
  await dropFile(page, 'random-binary.csv', random);
  await expect(
    page.getByRole('heading', { name: 'random-binary.csv is not a table of invoice lines' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'This is not a text or Excel file: it contains binary data.',
  );
  await expect(page.getByText('Header row')).toHaveCount(0);
  await expect(page.getByText(/Check the columns/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Choose another file' }).click();
  await dropFile(page, 'statement.csv', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  await expect(page.getByRole('alert')).toContainText(
    'This is a PDF document, not a text or Excel file.',
  );

  await page.getByRole('button', { name: 'Choose another file' }).click();
  await dropFile(page, 'unknown.csv', 'Foo,Bar,Baz\n1,2,3\n4,5,6\n');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Row 1 reads “Foo”, “Bar”, and “Baz”.');
  await expect(alert).toContainText('None of these is a column name this app knows.');
  await expect(alert).toContainText('Below row 1 the file has 2 data rows.');
  await expect(page.locator('.detected')).toContainText('None recognised');
});

test('an Excel workbook: previewed and imported (exceljs from the build’s one copy)', async ({
  page,
}) => {
  await openApp(page, 'import-xlsx', { route: 'import', demo: false });
  const bytes = readFileSync(
    fileURLToPath(new URL('../fixtures/import/invoices.xlsx', import.meta.url)),
  );
  await dropFile(page, 'invoices.xlsx', [...bytes]);
  await expect(
    page.getByRole('heading', { name: 'Check the columns of invoices.xlsx' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByText('The import is complete.')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.count-inserted dd')).not.toHaveText('0');
});
