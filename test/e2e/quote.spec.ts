import { expect, test, type Page } from '@playwright/test';
import { goTo, missingKeys, openApp } from './app-page';

/** Stubs window.print (a headless browser has no print dialog) and counts the calls. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __prints: number; print: () => void };
    w.__prints = 0;
    w.print = () => {
      w.__prints += 1;
    };
  });
}

test('plan → target margin → customer quote as PDF in the customer language, margin sheet apart', async ({
  page,
}) => {
  await stubPrint(page);
  await openApp(page, 'quote-journey', { route: 'settings' });
  await page.getByLabel('Partner name (printed on quotes)').fill('Muster IT GmbH');
  await page.getByLabel('Address', { exact: true }).fill('Hauptstraße 1\n10115 Berlin');
  await page.getByRole('textbox', { name: 'Credit line in use (USD)' }).fill('495,000.00');
  await page.getByRole('button', { name: 'Save partner details' }).click();
  await expect(page.getByRole('status')).toContainText('Partner details saved.');

  await goTo(page, 'planner');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('Plan date (rules in force on this date)').fill('2017-06-30');
  for (const [n, sku, total] of [
    [1, '8871KJU', '7,745.00'],
    [2, '01JY247', '3,140.00'],
  ] as const) {
    await page.getByRole('searchbox', { name: 'Find a product by SKU or name' }).fill(sku);
    await page.getByRole('button', { name: new RegExp(`^Add ${sku}`) }).click();
    await page.getByRole('textbox', { name: `Quantity, line ${n}` }).fill('3');
    await page.getByRole('textbox', { name: `Partner price line total, line ${n}` }).fill(total);
  }
  await expect(page.getByTestId('plan-total')).toHaveText('$2,028');
  // Credit line: $5,000 left of $500,000; the $10,885 deal does not fit.
  await expect(page.getByTestId('credit-note')).toContainText(
    'Does not fit the credit line: $5,885 short.',
  );
  await expect(page.getByTestId('credit-note')).toContainText(
    'interest-free days end on Jan 24, 2027',
  );

  await page.getByLabel('Target margin (%)').fill('10');
  await expect(page.getByTestId('target-unit-1')).toHaveText('$2,581.67');
  await expect(page.getByTestId('target-unit-2')).toHaveText('$1,046.67');
  await expect(page.getByTestId('target-selling')).toHaveText('$10,885.02');
  await expect(page.getByTestId('target-margin')).toContainText('10.0%');
  await page.getByLabel('Count back-end rebates now (they arrive later)').check();
  await expect(page.getByTestId('target-unit-1')).toHaveText('$2,509.96');
  await page.getByLabel('Count back-end rebates now (they arrive later)').uncheck();

  await page.getByLabel('Customer', { exact: true }).fill('Contoso Polska Sp. z o.o.');
  await page.getByLabel('Customer’s language').selectOption('pl');
  await page.getByRole('button', { name: 'Quote (PDF)' }).click();
  const preview = page.getByRole('dialog', { name: 'Quote preview' });
  await expect(preview).toContainText('Paper A4');
  await preview.getByRole('button', { name: 'Print / save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);

  // The print rendering: only the sheet, in Polish, with no margin or rebate figure on it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  const sheet = page.getByTestId('quote-sheet');
  await expect(sheet).toBeVisible();
  const text = await sheet.innerText();
  expect(text).toContain('Oferta nr Q-2026-0001');
  expect(text).toContain('Muster IT GmbH');
  expect(text).toContain('Contoso Polska Sp. z o.o.');
  expect(text).toContain('Ceny bez podatku');
  expect(text).toMatch(/2581,67\s?USD/);
  expect(text).toMatch(/10\s?885,02\s?USD/);
  for (const secret of ['Marża', 'marż', 'rabat', '7745,00', '2028', '18,6'])
    expect(text).not.toContain(secret);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A4 is 595 × 842 points: the page size comes from the quote's @page rule.
  expect(pdf.toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 59\d(\.\d+)? 84\d/);
  await page.emulateMedia({ media: 'screen' });
  await preview.getByRole('button', { name: 'Close' }).click();

  // The internal margin sheet is separate and carries the figures.
  await page.getByRole('button', { name: 'Internal margin sheet' }).click();
  const marginSheet = page.getByTestId('margin-sheet');
  await expect(marginSheet).toContainText('Internal: not for the customer');
  await expect(marginSheet).toContainText('$1,088.52');
  await expect(marginSheet).toContainText('deal-2017.1');
  expect(await missingKeys(page)).toEqual([]);
});

test('the 36th NCB nomination of a week is refused with the date the next slot opens', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page, 'nominations-36', { route: 'nominations' });
  const name = page.getByLabel('Customer name');
  const count = page.getByTestId('nomination-count');
  for (let i = 1; i <= 35; i++) {
    await name.fill(`Neukunde ${i} GmbH`);
    await page.getByRole('button', { name: 'Log nomination' }).click();
    await expect(count).toContainText(`${i} of 35`);
  }
  await name.fill('Neukunde 36 GmbH');
  await page.getByRole('button', { name: 'Log nomination' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Refused: all 35 NCB nominations of this week are used. The next slot opens on Nov 30, 2026.',
  );
  await expect(count).toContainText('35 of 35');
  const log = page.getByRole('table', { name: 'Nomination log' });
  await expect(log.getByRole('row')).toHaveCount(36);
  await expect(log).not.toContainText('Neukunde 36 GmbH');
  await expect(log.getByRole('cell', { name: 'Waiting to be sent' })).toHaveCount(35);
  // Deal registration goes through the same tool and is not limited.
  await page.getByRole('radio', { name: 'Deal registration' }).check();
  await page.getByRole('button', { name: 'Log nomination' }).click();
  await expect(log.getByRole('row')).toHaveCount(37);
});

test('a back-end NCB claim offers the nominated name and passes the name check with it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page, 'nominated-claim', { route: 'claims' });
  await expect(page.getByText('Demo data loaded.')).toBeVisible({ timeout: 110_000 });
  const table = page.getByRole('table', { name: /^Invoice lines of/ });
  await page.getByRole('combobox', { name: 'Program' }).selectOption('ncb');
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('unclaimed');
  const row = table.getByRole('row').nth(1);
  const customer = (await row.getByRole('cell').nth(5).innerText()).trim();
  expect(customer.length).toBeGreaterThan(0);
  const box = row.getByRole('checkbox');
  const label = await box.getAttribute('aria-label');

  await goTo(page, 'nominations');
  await page.getByLabel('Customer name').fill(customer);
  await page.getByRole('button', { name: 'Log nomination' }).click();
  await expect(page.getByRole('table', { name: 'Nomination log' })).toContainText(customer);

  await goTo(page, 'claims');
  await page.getByRole('combobox', { name: 'Program' }).selectOption('ncb');
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('unclaimed');
  await table.getByRole('checkbox', { name: label ?? '' }).click();
  await page.getByRole('button', { name: 'Claim selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim 1 line' });
  await dialog.getByRole('radio', { name: 'NCB back-end' }).check();
  const field = dialog.getByRole('combobox', { name: /exactly as nominated/ });
  await expect(field).toHaveAttribute('list', 'nominated-names');
  await expect(dialog.locator(`datalist#nominated-names option[value="${customer}"]`)).toHaveCount(
    1,
  );
  await field.fill(customer);
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  await expect(dialog.getByText(/differs from the nominated one/)).toHaveCount(0);
  // Other checks (the claim window) may still warn about this line; the name is not among them.
  const accept = dialog.getByRole('checkbox', { name: /Also claim/ });
  if ((await accept.count()) > 0) await accept.check();
  await dialog.getByRole('button', { name: 'Claim 1 line' }).click();
  await expect(dialog).toBeHidden();
});
