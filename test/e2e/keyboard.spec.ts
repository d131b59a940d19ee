import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './app-page';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard-only user would. */
async function tabTo(page: Page, target: Locator, backwards = false, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** What has focus, for messages: never the page body after an action. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body ? `${el.tagName} ${el.textContent?.slice(0, 40)}` : 'BODY';
  });

test('keyboard only: navigate, claim a line, export — focus is never dropped', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page, 'keyboard');
  await expect(page.getByText('Demo data loaded.')).toBeVisible({ timeout: 110_000 });
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Navigation moves focus to the new screen's heading.
  await tabTo(page, nav.getByRole('link', { name: 'Invoices & claims' }));
  await page.keyboard.press('Enter');
  const claimsHeading = page.locator('#root main h1');
  await expect(claimsHeading).toBeFocused();

  // Only lines nobody has claimed yet (the select moves with the arrow keys).
  const claimed = page.getByRole('combobox', { name: 'Claimed', exact: true });
  await tabTo(page, claimed);
  for (let i = 0; i < 4 && (await claimed.inputValue()) !== 'unclaimed'; i++)
    await page.keyboard.press('ArrowDown');
  await expect(claimed).toHaveValue('unclaimed');

  const table = page.getByRole('table', { name: /^Invoice lines of/ });
  await tabTo(page, table.getByRole('checkbox', { name: /^Select invoice/ }).first());
  await page.keyboard.press('Space');
  await expect(page.getByText('1 line selected')).toBeVisible();

  const claimButton = page.getByRole('button', { name: 'Claim selected…' });
  await tabTo(page, claimButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Claim 1 line' });
  await expect(dialog).toBeVisible();

  // "Check before you claim": focus lands on the review, not on the page body.
  await tabTo(page, dialog.getByRole('button', { name: 'Check before you claim' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Check before you claim' })).toBeFocused();
  const accept = dialog.getByRole('checkbox', { name: /Also claim/ });
  if (await accept.count()) {
    await tabTo(page, accept);
    await page.keyboard.press('Space');
  }
  await tabTo(page, dialog.getByRole('button', { name: /^Claim 1 line/ }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/Claimed 1 line|1 line claimed/).first()).toBeVisible();
  // The claim button is disabled now (nothing selected): focus waits just above the table.
  await expect(page.locator('.selection-count'), await focused(page)).toBeFocused();

  // Back up to the navigation, open Team & statements, export.
  await tabTo(page, nav.getByRole('link', { name: 'Team & statements' }), true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#root main h1')).toBeFocused();
  await expect(page.locator('#root main h1')).toHaveText('My statement');

  const excel = page.getByRole('button', { name: 'Export Excel' });
  await tabTo(page, excel);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(excel, await focused(page)).toBeFocused();

  const csv = page.getByRole('button', { name: 'Export CSV' });
  await tabTo(page, csv, true);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(csv).toBeFocused();
});

test('after "Load demo data" focus moves to the screen that replaces the offer', async ({
  page,
}) => {
  await page.goto(`./?db=kbd-demo-${Date.now()}&today=2026-11-25&lang=en#/dashboard`);
  const load = page.getByRole('button', { name: 'Load demo data' });
  await tabTo(page, load);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.first-run')).toHaveCount(0, { timeout: 120_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
});
