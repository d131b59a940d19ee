import { expect, test, type Locator, type Page } from '@playwright/test';
import { goTo, missingKeys, openApp } from './app-page';

/** "$1,845.00" → 184500 (the app's English money format). */
function cents(text: string): number {
  const match = /\$([\d,]+)\.(\d\d)/.exec(text);
  if (!match) throw new Error(`no dollar amount in "${text}"`);
  return Number((match[1] as string).replace(/,/g, '')) * 100 + Number(match[2]);
}

function card(page: Page): Locator {
  return page.getByRole('main').locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Not yet claimed' }),
  });
}

async function cardFigure(page: Page): Promise<number> {
  const figure = card(page).getByRole('button', { name: 'Explain: SPIFF you can still claim' });
  // The card reads its aggregates after the dashboard's first numbers: give a loaded machine time.
  await expect(figure).toHaveText(/^\$[\d,]+\.\d\d$/, { timeout: 30_000 });
  return cents(await figure.innerText());
}

test('the unclaimed card, the claims view by deadline, and claiming all that expire within 7 days', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // 2026-11-25: FY26/27 Q2's claim window closes on Nov 29 (4 days), Q3's on Mar 1, 2027.
  await openApp(page, 'unclaimed');
  // The demo's claims keep arriving after its first lines: wait for the whole set.
  await expect(page.getByText('Demo data loaded.')).toBeVisible({ timeout: 110_000 });

  const before = await cardFigure(page);
  expect(before).toBeGreaterThan(0);
  const soonRow = card(page).getByTestId('unclaimed-soon');
  const [, soonCount, soonAmount] = /^(\d+) lines?, (.*)$/.exec(await soonRow.innerText()) ?? [];
  expect(Number(soonCount)).toBeGreaterThan(0);
  const soonValue = cents(soonAmount ?? '');
  await expect(card(page)).toContainText(`${soonCount} lines must be claimed by Nov 29, 2026.`);

  // The explanation lists each quarter's lines per family and adds up to the figure.
  await card(page).getByRole('button', { name: 'Explain: SPIFF you can still claim' }).click();
  const explain = page.getByRole('dialog', { name: 'SPIFF you can still claim' });
  await expect(explain).toContainText('SPIFF rules, version spiff-2017.1');
  await expect(explain).toContainText('FY26/27 Q2: unclaimed lines, claim by Nov 29, 2026');
  const quarterSteps = explain.locator('li[data-step="unclaimed.spiffQuarter"] .step-result');
  let sum = 0;
  for (const text of await quarterSteps.allInnerTexts()) sum += cents(text);
  expect(sum).toBe(before);
  await expect(explain.locator('li[data-step="unclaimed.total"] .step-result')).toHaveText(
    await card(page)
      .getByRole('button', { name: 'Explain: SPIFF you can still claim' })
      .innerText(),
  );
  await explain.getByRole('button', { name: 'Close' }).click();

  // The card's link opens the claims screen's unclaimed view, soonest deadline first.
  await card(page).getByRole('link', { name: 'Claim them in Invoices & claims' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('combobox', { name: 'Claimed' })).toHaveValue('open');
  await expect(main.getByRole('combobox', { name: 'Program' })).toHaveValue('spiff');
  const panel = main.getByRole('region', { name: 'Not claimed yet, still claimable' });
  await expect(panel.getByTestId('unclaimed-spiff')).toHaveText(
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(before / 100),
  );
  await expect(panel).toContainText(
    `${soonCount} lines expire on Nov 29, 2026: SPIFF ${soonAmount}.`,
  );
  const table = main.getByRole('table', { name: /^Invoice lines of/ });
  await expect(table.getByRole('columnheader', { name: 'Days left' })).toBeVisible();
  const daysLeft = table.locator('.cell-days-left');
  await expect(daysLeft.first()).toHaveText('4 days');
  const shown = (await daysLeft.allInnerTexts()).map((d) => Number(d.replace(/\D/g, '')));
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
  expect(await table.getByText('SPIFF: Paid').count()).toBe(0);

  // Claim all that expire within 7 days, through the usual dialog: they are queued.
  await panel.getByRole('button', { name: 'Claim all that expire within 7 days' }).click();
  const dialog = page.getByRole('dialog', { name: `Claim ${soonCount} lines` });
  await expect(dialog.getByRole('radio', { name: 'SPIFF' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  await expect(
    dialog.getByText(`${soonCount} lines have no warnings and can be claimed.`),
  ).toBeVisible();
  await dialog.getByRole('button', { name: `Claim ${soonCount} lines` }).click();
  await expect(dialog).toBeHidden();
  await expect(panel).toContainText('No claim window closes within 7 days.');
  await expect(table.locator('.cell-days-left').first()).toHaveText('96 days');

  // Back on the dashboard the figure dropped by exactly what those lines were worth.
  await goTo(page, 'dashboard');
  await expect.poll(() => cardFigure(page), { timeout: 30_000 }).toBe(before - soonValue);
  await expect(card(page).getByTestId('unclaimed-soon')).toHaveText('0 lines, $0.00');
  expect(await missingKeys(page)).toEqual([]);
});

test('loyalty shows the whole gain of reaching the next tier, on its screen and the dashboard', async ({
  page,
}) => {
  await openApp(page, 'unclaimed-loyalty');
  const main = page.getByRole('main');
  const loyalty = main.locator('section', {
    has: page.getByRole('heading', { level: 2, name: /Topseller loyalty/ }),
  });
  // Demo data on 2026-11-25: 42 topseller units; 50 pays €15 on every unit.
  await expect(loyalty.getByText('Reaching the next tier (8 more units)')).toBeVisible();
  await expect(
    loyalty.getByRole('button', { name: 'Explain: Gain of reaching the next tier' }),
  ).toHaveText('+€330.00');
  await goTo(page, 'loyalty');
  await expect(main.getByText('+€330.00 in all, with 8 more units')).toBeVisible();
  await main.getByRole('button', { name: 'Explain: Gain of reaching the next tier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gain of reaching the next tier' });
  await expect(dialog.locator('li[data-step="loyalty.nextTierGain"]')).toContainText(
    'Reaching 50 units: €750.00 at €15.00 each, minus €420.00 now',
  );
});
