import { expect, test, type Page } from '@playwright/test';
import { missingKeys, openApp } from './app-page';

/** openApp returns once the first lines exist; the demo's claims keep arriving for a while. */
async function openClaims(page: Page, prefix: string): Promise<void> {
  await openApp(page, prefix, { route: 'claims' });
  await expect(page.getByText('Demo data loaded.')).toBeVisible({ timeout: 110_000 });
}

function spiffCard(page: Page) {
  return page.locator('section', {
    has: page.getByRole('heading', { name: /^Your SPIFF in/ }),
  });
}

async function stageClaims(page: Page, stage: string): Promise<number> {
  const cells = spiffCard(page)
    .getByRole('row', { name: new RegExp(`^${stage}`) })
    .getByRole('cell');
  return Number((await cells.first().innerText()).replace(/\D/g, ''));
}

test('filter, select unclaimed lines, check before claiming, claim → queued', async ({ page }) => {
  test.setTimeout(240_000);
  await openClaims(page, 'claims-flow');
  const table = page.getByRole('table', { name: /^Invoice lines of/ });
  await expect(table).toBeVisible();
  const claimedBefore = await stageClaims(page, 'Waiting to be sent');

  await page.getByRole('combobox', { name: 'Program' }).selectOption('spiff');
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('unclaimed');
  await page.getByRole('combobox', { name: 'Product family' }).selectOption('server');

  const boxes = table.getByRole('checkbox', { name: /^Select invoice/ });
  await boxes.nth(0).click();
  await boxes.nth(1).click({ modifiers: ['Shift'] });
  await expect(page.getByText('2 lines selected')).toBeVisible();
  const labels = [
    await boxes.nth(0).getAttribute('aria-label'),
    await boxes.nth(1).getAttribute('aria-label'),
  ];

  // NCB with a name that differs from the invoice: the review shows the warning and the diff.
  await page.getByRole('button', { name: 'Claim selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim 2 lines' });
  await dialog.getByRole('radio', { name: 'NCB back-end' }).check();
  // The field offers the nominated names (a datalist), so its role is combobox.
  await dialog.getByRole('combobox', { name: /exactly as nominated/ }).fill('Nobody Nominated Ltd');
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  await expect(
    dialog.getByText('2 lines have warnings: the vendor may reject them.'),
  ).toBeVisible();
  await expect(dialog.getByText(/differs from the nominated one/).first()).toBeVisible();
  await expect(dialog.locator('mark.diff-nominated').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Claim 0 lines' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Also claim the 2 lines/ }).check();
  await expect(dialog.getByRole('button', { name: 'Claim 2 lines' })).toBeEnabled();

  // Back to SPIFF and claim.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('radio', { name: 'SPIFF' }).check();
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  const accept = dialog.getByRole('checkbox', { name: /Also claim/ });
  if (await accept.isVisible()) await accept.check();
  await dialog.getByRole('button', { name: 'Claim 2 lines' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('2 lines claimed for SPIFF: waiting to be sent to the vendor.'),
  ).toBeVisible();

  await expect.poll(() => stageClaims(page, 'Waiting to be sent')).toBe(claimedBefore + 2);
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('claimed');
  await page.getByRole('combobox', { name: 'Claim status' }).selectOption('queued');
  for (const label of labels) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox', { name: label ?? '' }) });
    await expect(row).toContainText('SPIFF: Waiting to be sent');
    // The monthly prepaid-card load after today (2026-11-25): the 15th of next month.
    await expect(row).toContainText('expected Dec 15, 2026');
  }
  expect(await missingKeys(page)).toEqual([]);
});

test('an already-claimed line cannot be claimed again; rejections show their reason', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openClaims(page, 'claims-taken');
  const table = page.getByRole('table', { name: /^Invoice lines of/ });
  await page.getByRole('combobox', { name: 'Program' }).selectOption('spiff');
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('claimed');
  await table
    .getByRole('checkbox', { name: /^Select invoice/ })
    .first()
    .click();

  await page.getByRole('button', { name: 'Claim selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim 1 line' });
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  await expect(
    dialog.getByText('1 line is already claimed for this program and cannot be claimed again.'),
  ).toBeVisible();
  await expect(dialog.getByText('Cannot be claimed', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/Already claimed for this program by/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Claim 0 lines' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Rejected claims carry the vendor's reason in the table.
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Program' }).selectOption('any');
  await page.getByRole('combobox', { name: 'Claim status' }).selectOption('rejected');
  await expect(table.getByRole('row').nth(1)).toContainText(/Rejected: (Invoice line|SKU)/);
});
