import { expect, test } from '@playwright/test';
import { openHarness } from './harness-page';

/** The offline data core against Chromium's real IndexedDB. */

test('aggregates equal a full recount after imports, corrections, deletes and claims', async ({
  page,
}) => {
  await openHarness(page, 'agg');
  await page.evaluate(() => window.harness.upsertGenerated(0, 3_000));
  expect(await page.evaluate(() => window.harness.aggregatesMatchRecount())).toMatchObject({
    lines: true,
    claims: true,
  });
  // corrections: the same keys with other quantities
  expect(await page.evaluate(() => window.harness.upsertGenerated(1_000, 2_000, 3))).toEqual({
    inserted: 0,
    updated: expect.any(Number),
    unchanged: expect.any(Number),
  });
  // re-import of unchanged lines changes nothing
  expect(await page.evaluate(() => window.harness.upsertGenerated(0, 500))).toEqual({
    inserted: 0,
    updated: 0,
    unchanged: 500,
  });
  await page.evaluate(() => window.harness.deleteGenerated([1, 2, 3, 50, 51, 2_999]));
  expect(
    await page.evaluate(() => window.harness.claimGenerated([10, 11, 12, 13, 14, 15], 'rep-1')),
  ).toBe(6);
  await page.evaluate(() => window.harness.approveAll());
  const check = await page.evaluate(() => window.harness.aggregatesMatchRecount());
  expect(check).toMatchObject({ lines: true, claims: true });
  expect(check.claimRows).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.harness.counts())).toMatchObject({
    invoiceLines: 2_994,
    claims: 6,
  });
});

test('a version-1 database upgrades in the browser with its counts preserved', async ({ page }) => {
  await openHarness(page, 'unused');
  await page.evaluate(() => window.harness.writeV1Fixture('upgrade', 2_000, 300));
  expect(await page.evaluate(() => window.harness.versionOf('upgrade'))).toBe(1);
  await page.evaluate(() => window.harness.open('upgrade'));
  expect(await page.evaluate(() => window.harness.versionOf('upgrade'))).toBe(
    await page.evaluate(() => window.harness.DB_VERSION),
  );
  expect(await page.evaluate(() => window.harness.counts())).toMatchObject({
    invoiceLines: 2_000,
    claims: 300,
  });
  expect(await page.evaluate(() => window.harness.aggregatesMatchRecount())).toMatchObject({
    claims: true,
  });
});

test('backup and restore round-trip; a corrupt backup is refused and changes nothing', async ({
  page,
}) => {
  await openHarness(page, 'backup-src');
  await page.evaluate(() => window.harness.upsertGenerated(0, 1_500));
  await page.evaluate(() => window.harness.claimGenerated([5, 6, 7], 'rep-2'));
  const backup = await page.evaluate(() => window.harness.exportBackup());
  await page.evaluate(() => window.harness.open('backup-dst'));
  await page.evaluate(() => window.harness.upsertGenerated(5_000, 5_010));
  const corrupt = backup.replace('"Customer 12"', '"Customer 13"');
  const error = await page.evaluate(
    (text) =>
      window.harness.restoreBackup(text).then(
        () => 'restored',
        (e: Error) => e.message,
      ),
    corrupt,
  );
  expect(error).toMatch(/checksum|corrupt/);
  expect(await page.evaluate(() => window.harness.counts())).toMatchObject({ invoiceLines: 10 });
  const counts = await page.evaluate((text) => window.harness.restoreBackup(text), backup);
  expect(counts).toMatchObject({ invoiceLines: 1_500, claims: 3 });
  expect(await page.evaluate(() => window.harness.aggregatesMatchRecount())).toMatchObject({
    lines: true,
    claims: true,
  });
});
