import { expect, test, type Page } from '@playwright/test';
import { appUrl, goTo, openApp, uniqueDb } from './app-page';

async function pointsOf(page: Page, name: string): Promise<number> {
  const text = await page.getByRole('button', { name }).innerText();
  return Number(text.replace(/[^\d-]/g, ''));
}

test('Elevate: a rep cannot accept the target; the manager can, and who and when is shown', async ({
  page,
}) => {
  await openApp(page, 'elevate-accept', { route: 'elevate' });
  const main = page.getByRole('main');
  await expect(main.getByText('Elevate is open to Authorized resellers only')).toBeVisible();
  const accept = main.getByRole('button', { name: /^Accept the \$[\d,]+ target$/ });
  await expect(accept).toBeDisabled();
  await expect(main.getByText('Only Maria Rossi may accept Elevate targets')).toBeVisible();
  await expect(main.getByText('Accepting today earns the Entry level: 5 days left.')).toBeVisible();

  await page.getByLabel('Signed in as').selectOption('mgr-maria');
  await expect(accept).toBeEnabled();
  await accept.click();
  await expect(
    main.getByText('Accepted by Maria Rossi on Nov 25, 2026: Entry level.'),
  ).toBeVisible();
  await expect(accept).toBeHidden();

  await goTo(page, 'dashboard');
  await expect(main.getByText('Accepted by Maria Rossi on Nov 25, 2026.')).toBeVisible();
});

test('Elevate: the what-if recomputes counted revenue and payout live', async ({ page }) => {
  await openApp(page, 'elevate-whatif', { route: 'elevate' });
  const main = page.getByRole('main');
  const payout = main.getByRole('button', { name: 'Explain: What-if payout' });
  await expect(payout).toHaveText(/^\$[\d,]+\.\d\d$/);
  const before = await payout.innerText();
  const whatIf = main.locator('section').filter({
    has: page.getByRole('heading', { name: 'What if you sell more?' }),
  });
  const counted = whatIf.locator('dd').first();
  const countedBefore = await counted.innerText();
  // Not enrolled yet: the gain of accepting the target (Entry, 3 %) is shown apart, with nothing typed.
  await expect(main.getByText('Assumes the Entry level.')).toBeVisible();
  await expect(whatIf.getByText('From accepting the target now (Entry level)')).toBeVisible();
  await expect(whatIf.getByText('From the extra revenue you typed').locator('+ dd')).toHaveText(
    '$0.00',
  );
  const extra = main.getByLabel('Extra revenue (USD)');
  await extra.fill('5000');
  await expect(counted).not.toHaveText(countedBefore);
  // The demo partner's counted revenue is far over the $30,000 the rebate is paid on (seed 000
  // point 4): selling more moves counted revenue, not the payout.
  await expect(payout).toHaveText(before);
  await expect(whatIf.getByText('From the extra revenue you typed').locator('+ dd')).toHaveText(
    '$0.00',
  );
  const plain = await counted.innerText();
  await main.getByLabel(/From accelerated products/).check();
  await expect(counted).not.toHaveText(plain);

  await payout.click();
  const dialog = page.getByRole('dialog', { name: 'What-if payout' });
  await expect(dialog).toContainText('Elevate rules, version elevate-2019.2');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Rebate:' })).toBeVisible();
  await expect(
    dialog
      .getByRole('listitem')
      .filter({ hasText: 'Counted revenue the rebate is paid on, capped at $30,000.00' }),
  ).toBeVisible();
});

test('Loyalty: units to the next tier and the value of the next unit, in EUR', async ({ page }) => {
  const db = uniqueDb('loyalty-tier');
  await page.goto(appUrl(db, { route: 'loyalty' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/welcome/i);
  // Twelve Topseller notebooks this quarter: tier 10-24 (EUR 5), 13 units short of EUR 10.
  await page.evaluate(async (name) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // The line and both aggregates it feeds, as the repository would write them.
    const tx = idb.transaction(
      ['invoiceLines', 'lineAggregates', 'weeklyAggregates', 'users'],
      'readwrite',
    );
    tx.objectStore('invoiceLines').put({
      key: 'TDS|INV-1|1',
      distributor: 'TDS',
      partnerId: 'P-1001',
      invoiceNo: 'INV-1',
      lineNo: 1,
      date: '2026-11-02',
      sku: '21KC002KUS',
      family: 'notebook',
      topseller: true,
      quantity: 12,
      unitPriceCents: 55_000,
      currency: 'USD',
      customerName: 'Contoso Health',
      quarter: 'FY2026-Q3',
      lineTotalCents: 660_000,
      accelerator: false,
      batchId: 'test',
      search: 'inv-1',
    });
    tx.objectStore('lineAggregates').put({
      id: 'FY2026-Q3|P-1001|notebook|1|0|USD',
      quarter: 'FY2026-Q3',
      partnerId: 'P-1001',
      family: 'notebook',
      topseller: 1,
      accelerator: 0,
      currency: 'USD',
      lines: 1,
      units: 12,
      revenueCents: 660_000,
    });
    tx.objectStore('weeklyAggregates').put({
      id: 'FY2026-Q3|P-1001|USD|w5',
      quarter: 'FY2026-Q3',
      partnerId: 'P-1001',
      currency: 'USD',
      week: 5, // 2026-11-02: day 32 of the quarter
      lines: 1,
      revenueCents: 660_000,
      acceleratedCents: 0,
    });
    tx.objectStore('users').put({
      id: 'rep-ana',
      name: 'Ana Kowalski',
      role: 'rep',
      partnerId: 'P-1001',
      canAcceptTargets: false,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
  }, db);
  await page.reload();
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { level: 1, name: 'Topseller loyalty rebate' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(main.getByRole('button', { name: 'Explain: Topseller systems sold' })).toHaveText(
    '12 units',
    { timeout: 30_000 },
  );
  await expect(main.getByText('13 more units for €10.00 per unit')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Explain: Rebate this quarter' })).toHaveText(
    '€60.00',
  );
  // Paid after the quarter closes (FY26/27 Q3 ends 2026-12-31; illustrative 30 days).
  await expect(
    main.getByText('Expected after the quarter closes, on Jan 30, 2027 (illustrative schedule)'),
  ).toBeVisible();
  await expect(main.getByRole('button', { name: 'Explain: Value of the next unit' })).toHaveText(
    '€5.00',
  );
  await expect(main.getByRole('row', { name: /10 – 24/ })).toContainText('Current tier');
});

test('LEAP: recording a course raises the balance; a redemption over the balance is refused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page, 'leap', { route: 'leap' });
  const main = page.getByRole('main');
  await expect(page.getByText('Demo data loaded.')).toBeVisible({ timeout: 150_000 });
  const balance = 'Explain: Points balance';
  await expect(main.getByRole('button', { name: balance })).toHaveText(/points?$/);
  const before = await pointsOf(page, balance);

  await main.getByLabel('Type').selectOption('certification');
  await expect(main.getByText('Earns 1,000 points.')).toBeVisible();
  await main.getByLabel('Title').fill('ThinkSystem storage architect');
  await main.getByRole('button', { name: 'Record' }).click();
  await expect(
    page.getByText('Recorded “ThinkSystem storage architect”: 1,000 points.'),
  ).toBeVisible();
  await expect.poll(() => pointsOf(page, balance)).toBe(before + 1_000);
  await expect(
    main.getByRole('row', { name: /Certification: ThinkSystem storage architect/ }),
  ).toContainText('+1,000');

  await main.getByRole('button', { name: 'Redeem Experience voucher, $500' }).click();
  await expect(main.getByRole('alert')).toContainText(
    'You need 50,000 points for Experience voucher, $500',
  );
  await expect.poll(() => pointsOf(page, balance)).toBe(before + 1_000);
});

test('LEAP: the ledger, promotions and the local team ranking are shown', async ({ page }) => {
  await openApp(page, 'leap-lists', { route: 'leap' });
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Promotions' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Sell & Learn' })).toBeVisible();
  await expect(
    main.getByRole('heading', { name: 'Team ranking (from data on this computer)' }),
  ).toBeVisible();
  await expect(
    main.getByText(/vendor-wide leaderboard appears here when you are connected/),
  ).toBeVisible();
});
