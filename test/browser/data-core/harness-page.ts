import type { Page } from '@playwright/test';

/** Opens the harness page with a database of its own (tests run in parallel). */
export async function openHarness(page: Page, dbName: string): Promise<void> {
  await page.goto('./');
  await page.getByText('ready').waitFor();
  await page.evaluate((name) => window.harness.open(name), dbName);
}
