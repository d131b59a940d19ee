import { expect, test } from '@playwright/test';
import { openApp } from './app-page';

// A native date input follows the browser's language (a Polish plan showed 11/25/2026): the
// app's date fields follow the app's.
test('a Polish plan date reads and is typed day first, whatever the browser language', async ({
  page,
}) => {
  await openApp(page, 'date-pl', { route: 'planner', lang: 'pl' });
  const date = page.locator('input[name="plan-date"]');
  await expect(date).toHaveValue('25.11.2026');
  await expect(date).toHaveAttribute('placeholder', '31.12.2026');
  await date.fill('30.06.2017');
  await date.blur();
  await expect(date).toHaveValue('30.06.2017');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await date.fill('31.02.2026');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Wpisz datę w formacie 31.12.2026.')).toBeVisible();
  await page.screenshot({ path: 'test-results/date-field-pl.png' });
});
