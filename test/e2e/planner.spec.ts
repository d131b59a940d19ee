import { expect, test, type Page } from '@playwright/test';
import { openApp } from './app-page';

async function addLine(page: Page, sku: string, n: number, quantity: string, lineTotal: string) {
  await page.getByRole('searchbox', { name: 'Find a product by SKU or name' }).fill(sku);
  await page.getByRole('button', { name: new RegExp(`^Add ${sku}`) }).click();
  await page.getByRole('textbox', { name: `Quantity, line ${n}` }).fill(quantity);
  await page.getByRole('textbox', { name: `Partner price line total, line ${n}` }).fill(lineTotal);
}

test.describe('deal planner', () => {
  test('typing the seed example into a new plan gives $2,028 and 18.6 %', async ({ page }) => {
    await openApp(page, 'planner-seed', { route: 'planner' });
    await page.getByRole('button', { name: 'New plan' }).click();
    // The seed example (2017) predates the services rebate v2 (seed 004): plan it on its date.
    await page.getByLabel('Plan date (rules in force on this date)').fill('2017-06-30');
    await addLine(page, '8871KJU', 1, '3', '7,745.00');
    await addLine(page, '01JY247', 2, '3', '3.140,00');
    await expect(page.getByTestId('plan-total')).toHaveText('$2,028');
    await expect(page.getByTestId('plan-margin')).toHaveText('18.6%');
    await expect(page.getByRole('textbox', { name: 'Unit price, line 1' })).toHaveValue('2,581.67');

    await page.getByRole('button', { name: /Total incentives: \$2,027\.63 exactly/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Total incentives: $2,027.63 exactly' });
    await expect(dialog).toContainText('deal-2017.1');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Under today's rules the services rebate is paid on the whole deal.
    await page.getByLabel('Plan date (rules in force on this date)').fill('2026-11-25');
    await expect(page.getByTestId('plan-total')).toHaveText('$2,415');
  });

  test('a registered customer switches NCB to deal registration', async ({ page }) => {
    await openApp(page, 'planner-reg', { route: 'planner' });
    await addLine(page, '8871KJU', 1, '3', '7745');
    const benefits = page.getByRole('table', { name: 'Incentives on this quote' });
    await expect(benefits.getByRole('rowheader', { name: 'New Customer Bonus' })).toBeVisible();
    await page.getByRole('radio', { name: 'Existing customer, deal registered' }).check();
    await expect(benefits.getByRole('rowheader', { name: 'Deal registration' })).toBeVisible();
    await expect(benefits.getByRole('rowheader', { name: 'New Customer Bonus' })).toHaveCount(0);
    await expect(page.locator('.excluded-list')).toContainText(
      'The deal is registered; deal registration and the New Customer Bonus exclude each other.',
    );
  });

  test('save, duplicate and compare plans', async ({ page }) => {
    await openApp(page, 'planner-save', { route: 'planner' });
    await page.getByLabel('Plan name').fill('Contoso servers');
    await addLine(page, '8871KJU', 1, '2', '5000');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('button', { name: 'Open Contoso servers' })).toBeVisible();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByRole('button', { name: 'Open Copy of Contoso servers' })).toBeVisible();
    await page.getByRole('radio', { name: 'Existing customer, deal registered' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.getByRole('checkbox', { name: 'Compare Contoso servers' }).check();
    await page.getByRole('checkbox', { name: 'Compare Copy of Contoso servers' }).check();
    const compare = page.getByRole('table', { name: 'Saved plans side by side' });
    await expect(
      compare.getByRole('columnheader', { name: 'Copy of Contoso servers' }),
    ).toBeVisible();
    await expect(compare.getByRole('rowheader', { name: 'Deal registration' })).toBeVisible();
    await expect(compare.getByRole('rowheader', { name: 'New Customer Bonus' })).toBeVisible();
    await expect(compare).toContainText('Best margin');
    // Each column says when the plan is for and under which rules it was computed.
    const planHeader = compare.getByRole('columnheader', { name: /^Copy of Contoso servers/ });
    await expect(planHeader).toContainText('Nov 25, 2026');
    await expect(planHeader).toContainText('rules deal\u20112020.1, SPIFF spiff\u20112017.1');
    // In a 1024-pixel window every plan's column is on screen, none scrolled out of its card.
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect
      .poll(() => compare.evaluate((t) => t.scrollWidth - (t.parentElement?.clientWidth ?? 0)))
      .toBeLessThanOrEqual(0);
  });

  test('in German, refused inputs never feed the totals or a save, and say why', async ({
    page,
  }) => {
    await openApp(page, 'planner-bad-de', { route: 'planner', lang: 'de' });
    await page.getByRole('button', { name: 'Neuer Plan' }).click();
    await page.getByLabel('Planname').fill('Falsche Eingaben');
    await page
      .getByRole('searchbox', { name: 'Produkt nach SKU oder Name suchen' })
      .fill('8871KJU');
    await page.getByRole('button', { name: /^8871KJU .* hinzufügen$/ }).click();
    const qty = page.getByRole('textbox', { name: 'Menge, Position 1' });
    const total = page.getByRole('textbox', { name: 'Partnerpreis Summe, Position 1' });
    await qty.fill('1.000');
    await total.fill('7.745,00');
    await expect(page.getByTestId('plan-total')).toBeVisible();
    const problems = page.getByTestId('plan-problems');

    // "2,5" is not 25 units: refused as not whole, and no figure is shown from it.
    await qty.fill('2,5');
    await expect(qty).toHaveAttribute('aria-invalid', 'true');
    await expect(problems).toContainText('Menge, Position 1: Nur ganze Stück');
    await expect(page.getByTestId('plan-total')).toHaveCount(0);
    await expect(page.getByTestId('plan-margin')).toHaveCount(0);

    // Saving is refused and names the field; no plan appears in the list.
    await page.getByRole('button', { name: 'Plan speichern' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Plan nicht gespeichert. Menge, Position 1: Nur ganze Stück',
    );
    await expect(page.getByRole('button', { name: 'Falsche Eingaben öffnen' })).toHaveCount(0);

    for (const [text, message] of [
      ['-5', 'Eine Menge kann nicht negativ sein.'],
      ['', 'Menge in ganzen Stück eingeben.'],
      ['99.999.999.999', 'Höchstens 99.999 Stück pro Zeile.'],
    ] as const) {
      await qty.fill(text);
      await expect(qty).toHaveValue(text);
      await expect(problems).toContainText(message);
    }
    await qty.fill('3');
    await expect(page.getByTestId('plan-total')).toBeVisible();

    // Money: a third decimal is refused, not rounded up to 1,00; a too-large price is refused whole.
    await total.fill('0,001');
    await expect(problems).toContainText('Höchstens zwei Nachkommastellen');
    await total.fill('10.000.000.003.139');
    await expect(problems).toContainText('Zu groß: höchstens 1.000.000.000,00');
    await expect(page.getByTestId('plan-total')).toHaveCount(0);
    await total.fill('7.745,00');
    await expect(page.getByTestId('plan-total')).toBeVisible();
    await expect(problems).toHaveCount(0);
    await page.getByRole('button', { name: 'Plan speichern' }).click();
    await expect(page.getByRole('button', { name: 'Falsche Eingaben öffnen' })).toBeVisible();
  });
});
