import { expect, test, type Route } from '@playwright/test';
import { openApp } from './app-page';

test('first run offers the demo data and then shows the dashboard', async ({ page }) => {
  await openApp(page, 'smoke');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test.describe('without a service worker', () => {
  // Justified: page.route cannot see requests a service worker answers from its cache, and
  // this is about files missing on the server while online (no precache to fall back on).
  test.use({ serviceWorkers: 'block' });

  test('a screen whose code cannot load says so, can be tried again, and the rest of the app keeps working', async ({
    page,
  }) => {
    await openApp(page, 'chunk-failure');
    // As if the app's files were damaged or a network drive went away mid-session.
    const block = (route: Route) => route.abort();
    await page.route(/ClaimsScreen-[\w-]+\.(js|css)$/, block);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Invoices & claims' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The files of this screen could not be loaded');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The files are back: "Try again" opens the screen without reloading the page.
    await nav.getByRole('link', { name: 'Invoices & claims' }).click();
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.unroute(/ClaimsScreen-[\w-]+\.(js|css)$/, block);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices & claims' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
  });

  test('a chart whose code cannot load leaves its screen working and draws once it can', async ({
    page,
  }) => {
    const block = (route: Route) => route.abort();
    // Blocked before the dashboard first asks for it (the first visit cut short).
    await page.route(/ComboChart-[\w-]+\.js$/, block);
    await openApp(page, 'chart-failure');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(main.getByText('The chart could not be loaded.')).toBeVisible();
    // The screen itself stands: its numbers are there and nothing says "reload".
    await expect(main.getByRole('button', { name: 'Explain: Payable this quarter' })).toBeVisible();
    await expect(page.getByText(/could not be shown/)).toHaveCount(0);
    await page.unroute(/ComboChart-[\w-]+\.js$/, block);
    await main.getByRole('button', { name: 'Try again' }).click();
    await expect(main.locator('.recharts-surface').first()).toBeVisible();
  });
});
