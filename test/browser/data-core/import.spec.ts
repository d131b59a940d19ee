import { expect, test } from '@playwright/test';
import { openHarness } from './harness-page';

test('imports a distributor file in the worker, quarantines bad rows, and a re-import changes nothing', async ({
  page,
}) => {
  await openHarness(page, 'import-a');
  const text = [
    'Distributor;Partner ID;Rechnungsnummer;Pos.;Rechnungsdatum;Artikelnummer;Family;Topseller;Menge;Einzelpreis;Währung;Endkunde',
    'INGRAM;P1;R-1;1;14.05.2026;7X06;server;ja;3;"1.234,56";USD;"Müller ""Maschinen""\nGmbH"',
    'INGRAM;P1;R-1;2;14.05.2026;7X07;dcg-services;nein;-2;100,00;USD;Müller',
    'INGRAM;P1;R-2;1;31.02.2026;7X08;notebook;ja;1;899,00;USD;Schmidt',
    'INGRAM;P1;R-3;1;02.06.2026;7X09;storage;nein;1;"12.000,00";USD;Weber AG',
  ].join('\r\n');
  const report = await page.evaluate((t) => window.harness.importText('import-a', t, 'b1'), text);
  expect(report.status).toBe('done');
  expect(report.detected).toMatchObject({ delimiter: ';', decimal: ',' });
  expect(report.batch).toMatchObject({ inserted: 2, quarantined: 2, totalRows: 4 });
  const quarantine = await page.evaluate(() => window.harness.quarantine('b1'));
  expect(quarantine.map((q) => [q.row, q.code])).toEqual([
    // spreadsheet rows: the quoted line break in row 2 does not start a new row
    [3, 'negative_quantity'],
    [4, 'bad_date'],
  ]);
  expect(await page.evaluate(() => window.harness.aggregatesMatchRecount())).toMatchObject({
    lines: true,
  });
  const again = await page.evaluate((t) => window.harness.importText('import-a', t, 'b2'), text);
  expect(again.batch).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  expect(await page.evaluate(() => window.harness.counts())).toMatchObject({ invoiceLines: 2 });
});

test('cancelling mid-import leaves a resumable batch; resuming completes it with correct aggregates', async ({
  page,
}) => {
  await openHarness(page, 'import-b');
  const cancelled = await page.evaluate(() =>
    window.harness.importGeneratedAndCancel('import-b', 20_000, 'big', 2, 2_000),
  );
  expect(cancelled.status).toBe('cancelled');
  const done = cancelled.batch?.doneRows ?? -1;
  expect(done).toBeGreaterThanOrEqual(4_000);
  expect(done).toBeLessThan(20_000);
  expect(done % 2_000).toBe(0);
  expect((await page.evaluate(() => window.harness.counts())).invoiceLines).toBe(
    cancelled.batch?.inserted,
  );
  const resumed = await page.evaluate(() =>
    window.harness.resumeGenerated('import-b', 20_000, 'big', 2_000),
  );
  expect(resumed.batch).toMatchObject({ status: 'done', doneRows: 20_000 });
  const counts = await page.evaluate(() => window.harness.counts());
  expect(counts.invoiceLines).toBe(resumed.batch?.inserted);
  expect(await page.evaluate(() => window.harness.aggregatesMatchRecount())).toMatchObject({
    lines: true,
  });
});
