import { expect, test } from '@playwright/test';
import { goTo, openApp } from './app-page';

test.describe('settings', () => {
  test('switching to Deutsch is kept after a reload', async ({ page }) => {
    await openApp(page, 'settings-lang', { route: 'settings' });
    await page.getByLabel('Display language').selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.goto(page.url().replace('lang=en', ''));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('an amount already entered takes the form of a newly chosen language', async ({ page }) => {
    await openApp(page, 'settings-amount-lang', { route: 'settings' });
    const limit = page.getByLabel('Credit line limit (USD)');
    await limit.fill('500000');
    await limit.blur();
    await expect(limit).toHaveValue('500,000.00');
    await page.getByLabel('Display language').selectOption('de');
    // "500,000.00" also reads as a German number: it must still be rewritten, not left in English.
    await expect(page.getByLabel('Kreditlinie, Limit (USD)')).toHaveValue('500.000,00');
  });

  test('backup download, then restore of that file', async ({ page }) => {
    await openApp(page, 'settings-backup', { route: 'settings' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^partner-rewards-backup-2026-11-25-\d{4}\.json$/);
    const file = await download.path();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from a backup…' }).click(),
    ]);
    await chooser.setFiles(file);
    // The file is checked first; the question then says what the backup holds and what goes.
    const dialog = page.getByRole('dialog', { name: 'Replace all local data?' });
    await expect(dialog).toContainText(/is a backup made on Nov 25, 2026, \d+:\d+/);
    await expect(dialog).toContainText('(database version 5)');
    await expect(dialog).toContainText(/with [\d,]+ invoice lines, [\d,]+ claims/);
    await expect(dialog).toContainText(
      /replaces what is on this computer now: [\d,]+ invoice lines/,
    );
    await dialog.getByRole('button', { name: 'Replace and restore' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /Restored \d+ records/ }),
    ).toBeVisible();
  });

  test('a corrupt backup is refused with a clear message', async ({ page }) => {
    await openApp(page, 'settings-bad-backup', { route: 'settings' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from a backup…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{nope'),
    });
    // Refused before any question is asked: nothing to confirm, nothing replaced.
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('loading the demo over existing data asks first, naming what would go', async ({ page }) => {
    await openApp(page, 'settings-demo-again', { route: 'settings' });
    await page.getByRole('button', { name: 'Load demo data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your data with the demo?' });
    await expect(dialog).toContainText(
      /deletes what is stored on this computer: [\d,]+ invoice lines, [\d,]+ claims/,
    );
    await expect(dialog).toContainText('2 saved deal plans');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Load demo data' })).toBeEnabled();
  });

  test('a bad server address is refused with a message', async ({ page }) => {
    await openApp(page, 'settings-server', { route: 'settings' });
    const address = page.getByRole('textbox', { name: 'Server address' });
    await address.fill('ftp://sync.example.com');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByRole('alert')).toContainText('must start with http:// or https://');
    await address.fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByText('Server address saved: http://127.0.0.1:9')).toBeVisible();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByRole('alert')).toContainText(/Cannot reach the server|did not answer/);
  });

  test('clearing all data returns to the first-run screen', async ({ page }) => {
    await openApp(page, 'settings-clear', { route: 'settings' });
    await page.getByRole('button', { name: 'Clear all data' }).click();
    await page
      .getByRole('dialog', { name: 'Clear all data?' })
      .getByRole('button', { name: 'Clear all data' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to Partner Rewards' }),
    ).toBeVisible();
  });

  test('about shows the rules in force and their history', async ({ page }) => {
    await openApp(page, 'settings-about', { route: 'settings' });
    await goTo(page, 'settings');
    await expect(page.getByRole('row', { name: /Deal programs/ })).toContainText('deal-2020.1');
    await expect(page.getByRole('row', { name: /Deal programs/ })).toContainText('deal-2017.1');
  });
});
