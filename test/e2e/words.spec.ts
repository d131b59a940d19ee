import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openApp } from './app-page';

test('Settings names the rules in force in plain words of the language, no developer text', async ({
  page,
}) => {
  await openApp(page, 'words-settings', { lang: 'fr', route: 'settings' });
  const rules = page.getByRole('table').filter({ hasText: 'Calendrier fiscal' });
  await expect(rules).toBeVisible();
  await expect(rules).toContainText('Prime par unité vendue pour les commerciaux');
  for (const developerText of ['seed 0', 'perUnitCents', 'DOMAIN.md', 'rateBps', 'effectiveFrom'])
    await expect(rules).not.toContainText(developerText);
});

test('a French import report has no English left in its reasons', async ({ page }) => {
  await openApp(page, 'words-import', { lang: 'fr', route: 'import', demo: false });
  const csv = readFileSync(
    fileURLToPath(new URL('./fixtures/import-bad.csv', import.meta.url)),
    'utf8',
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const problems = page.locator('.problem-table');
  await expect(problems.first()).toBeVisible();
  await expect(problems.first()).toContainText('Valeur négative dans « Quantité ».');
  await expect(problems.first()).toContainText('Les avoirs ne sont pas importés');
  for (const english of ['credit notes', 'is negative', 'not a valid date', 'names no product'])
    await expect(problems.first()).not.toContainText(english);
});
