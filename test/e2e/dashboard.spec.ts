import { expect, test } from '@playwright/test';
import { openApp } from './app-page';

test('the dashboard shows the four program cards with numbers and a deadline list', async ({
  page,
}) => {
  await openApp(page, 'dash-cards');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  for (const name of ['SPIFF', 'Elevate', /Topseller loyalty/, 'LEAP', 'Deadlines'])
    await expect(main.getByRole('heading', { level: 2, name })).toBeVisible();

  await expect(main.getByRole('button', { name: 'Explain: Payable this quarter' })).toHaveText(
    /^\$[\d,]+\.\d\d$/,
  );
  // Payable is the sum of the claimed statuses the card lists (drafts never count), up to the cap.
  const spiff = main.locator('section, article, div.card').filter({
    has: page.getByRole('heading', { level: 2, name: 'SPIFF' }),
  });
  const cents = (text: string) => Number(text.replace(/[^\d]/g, ''));
  const statusAmount = async (status: string) =>
    cents(await spiff.locator('dt', { hasText: status }).locator('+ dd').first().innerText());
  const claimed =
    (await statusAmount('Waiting to be sent')) +
    (await statusAmount('Submitted')) +
    (await statusAmount('Approved')) +
    (await statusAmount('Paid'));
  const payable = cents(
    await main.getByRole('button', { name: 'Explain: Payable this quarter' }).innerText(),
  );
  expect(payable).toBe(Math.min(claimed, 1_000_000));
  await expect(spiff.locator('dt', { hasText: 'Draft' })).toContainText('not counted');

  await expect(main.getByRole('button', { name: 'Explain: Counted revenue' })).toHaveText(
    /^\$[\d,]+$/,
  );
  await expect(main.getByRole('button', { name: 'Explain: Rebate' })).toHaveText(/€/);
  await expect(main.getByRole('button', { name: 'Explain: Points balance' })).toHaveText(
    /points?$/,
  );
  await expect(main.getByText('Target not accepted yet: 5 days left')).toBeVisible();

  const deadlines = main.getByRole('list').filter({ hasText: 'Claim FY26/27 Q2 invoice lines' });
  await expect(deadlines.getByRole('listitem')).not.toHaveCount(0);
  await expect(
    deadlines.getByRole('listitem').filter({
      hasText: 'Accept the FY26/27 Q3 Elevate target to earn the Entry level',
    }),
  ).toContainText('Nov 30, 2026');
  await expect(
    deadlines.getByRole('listitem').filter({ hasText: 'FY26/27 Q3 ends' }),
  ).toContainText('in 36 days');

  // The weekly chart loads after the numbers, with a text alternative.
  await expect(
    main.getByRole('figure', { name: /Revenue sold and SPIFF claimed per week/ }),
  ).toBeVisible();
  await expect(main.locator('.recharts-surface').first()).toBeVisible();

  await main.getByRole('link', { name: 'Open Elevate' }).click();
  await expect(
    main.getByRole('heading', { level: 1, name: 'Elevate growth target' }),
  ).toBeVisible();
});

test('clicking a number opens its explanation with the steps and the rule version', async ({
  page,
}) => {
  await openApp(page, 'dash-explain');
  await page.getByRole('button', { name: 'Explain: Rebate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rebate' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Topseller loyalty rules, version loyalty-2017.1');
  // Tier, total, units to the next tier, the whole gain of reaching it, the next unit.
  await expect(dialog.getByRole('listitem')).toHaveCount(5);
  await expect(dialog.getByRole('listitem').first()).toContainText('units reach the tier');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Explain: Counted revenue' }).click();
  const elevate = page.getByRole('dialog', { name: 'Counted revenue' });
  await expect(elevate).toContainText('Elevate rules, version elevate-2019.2');
  await expect(elevate.getByRole('listitem').filter({ hasText: 'Target met?' })).toBeVisible();
});

test('a manager sees the team SPIFF total against the team cap', async ({ page }) => {
  await openApp(page, 'dash-manager');
  await page.getByLabel('Signed in as').selectOption('mgr-maria');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'SPIFF (team)' })).toBeVisible();
  await expect(main.getByText('Team numbers (4 people)')).toBeVisible();
  await expect(main.getByText(/of \$40,000 \(4 people × \$10,000 cap each\)/)).toBeVisible();
});
