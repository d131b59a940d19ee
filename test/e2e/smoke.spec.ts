import { expect, test } from '@playwright/test';
import { openApp } from './app-page';

test('first run offers the demo data and then shows the dashboard', async ({ page }) => {
  await openApp(page, 'smoke');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('a screen whose code cannot load says so and the rest of the app keeps working', async ({
  page,
}) => {
  await openApp(page, 'chunk-failure');
  // As if the app's files were damaged or a network drive went away mid-session.
  await page.route(/ClaimsScreen-[\w-]+\.js$/, (route) => route.abort());
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Invoices & claims' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This screen could not be shown');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
