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
