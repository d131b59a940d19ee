import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goTo, missingKeys, openApp } from './app-page';
import { ROUTE_LIST } from '../../renderer/app/route-list';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'];
// Every screen, from the app's own route list.
const SCREENS = ROUTE_LIST.map((r) => r.id);

/** Elements whose text does not fit their box (scrollWidth beyond clientWidth, not scrollable). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'main button, main a, main th, main label, main h1, main h2, main h3, main .badge, main dt, main .card-header, nav a, header label, header .sync-badge';
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.getClientRects().length === 0 || el.closest('[data-allow-overflow]')) continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 2)
        found.push(
          `${el.tagName.toLowerCase()}: "${(el.textContent ?? '').trim().slice(0, 60)}" (${el.scrollWidth} > ${el.clientWidth})`,
        );
    }
    return found;
  });
}

for (const lang of LANGUAGES) {
  test(`every screen in ${lang}: no missing key, no text overflowing its box`, async ({ page }) => {
    await openApp(page, `walk-${lang}`, { lang });
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await goTo(page, screen);
      await expect(page.locator('main')).not.toContainText('Loading…');
      await page.waitForLoadState('networkidle');
      for (const text of await overflowing(page)) problems.push(`${screen}: ${text}`);
    }
    expect(await missingKeys(page)).toEqual([]);
    expect(problems).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

for (const screen of SCREENS) {
  test(`no serious or critical accessibility violation: ${screen}`, async ({ page }) => {
    await openApp(page, `axe-${screen}`, { route: screen });
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    expect(serious).toEqual([]);
  });
}

test('the app can be used with the keyboard alone: skip link and navigation', async ({ page }) => {
  await openApp(page, 'keyboard');
  // A fresh page, as a user arrives: focus starts at the top of the document.
  await page.reload();
  // The app's own screen (#root), not the start-up paint over it, which takes no keys.
  await expect(page.locator('#root main h1').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.includes('Elevate')) break;
  }
  // Reaching the nav from the header by keyboard and following a link.
  await page.getByRole('link', { name: 'Elevate', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Elevate', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
