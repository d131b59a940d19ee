import { expect, test } from '@playwright/test';
import { openApp } from './app-page';
import { ROUTE_LIST } from '../../renderer/app/route-list';

/**
 * Every screen at 1024×700 in every language: nothing wider than its card or the window, the
 * invoice table's claim status column on screen, and toasts beside the content, never over it.
 */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'] as const;
// Every screen, from the app's own route list.
const SCREENS = ROUTE_LIST.map((r) => r.id);

test.use({ viewport: { width: 1024, height: 700 } });

for (const lang of LANGUAGES) {
  test(`layout at 1024×700 in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000);
    await openApp(page, `layout-${lang}`, { lang });
    // The demo's toasts are showing: they sit in their own strip below the screen.
    const toasts = page.locator('.toasts');
    await expect(toasts.locator('.toast').first()).toBeVisible();
    const [toastBox, mainBox] = await Promise.all([
      toasts.boundingBox(),
      page.locator('main').boundingBox(),
    ]);
    expect(toastBox && mainBox && toastBox.y >= mainBox.y + mainBox.height - 0.5).toBe(true);

    for (const screen of SCREENS) {
      await page.evaluate((r) => {
        window.location.hash = `#/${r}`;
      }, screen);
      await expect(page.locator('#root main h1').first()).toBeVisible();
      await expect(page.locator('main .loading')).toHaveCount(0);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > window.innerWidth + 1) out.push(`page ${root.scrollWidth}px wide`);
        const main = document.querySelector('main');
        if (main && main.scrollWidth > main.clientWidth + 1)
          out.push(`main ${main.scrollWidth} > ${main.clientWidth}`);
        for (const card of Array.from(document.querySelectorAll<HTMLElement>('main .card'))) {
          const title = card.querySelector('h2, h3')?.textContent ?? '?';
          if (card.scrollWidth > card.clientWidth + 1)
            out.push(`card “${title}” ${card.scrollWidth} > ${card.clientWidth}`);
          for (const scroller of Array.from(card.querySelectorAll<HTMLElement>('.table-scroll')))
            if (scroller.scrollWidth > scroller.clientWidth + 1)
              out.push(`table in “${title}” ${scroller.scrollWidth} > ${scroller.clientWidth}`);
        }
        return out;
      });
      expect(problems, `${lang} ${screen}`).toEqual([]);

      if (screen === 'claims') {
        // Columns give way by priority; the claims/status column and the line total stay.
        const table = page.locator('.claims-table-scroll');
        const box = await table.boundingBox();
        const headers = page.locator('.claims-head-row [role="columnheader"]');
        const count = await headers.count();
        const last = await headers.nth(count - 1).boundingBox();
        const total = await headers.nth(count - 2).boundingBox();
        expect(box && last && last.x + last.width <= box.x + box.width + 1, lang).toBe(true);
        expect(box && total && total.x + total.width <= box.x + box.width + 1, lang).toBe(true);
      }
    }
  });
}

/** Text and figures that stick out of a card's content box into its padding or past its border. */
function outsideTheirCards(): string[] {
  const out: string[] = [];
  for (const card of Array.from(document.querySelectorAll<HTMLElement>('main .card'))) {
    const style = getComputedStyle(card);
    const box = card.getBoundingClientRect();
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const title = card.querySelector('h2, h3')?.textContent ?? '?';
    for (const el of Array.from(card.querySelectorAll<HTMLElement>('dt, dd, p, .big-number'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 1)
        out.push(
          `“${el.textContent?.trim()}” in “${title}” ends ${Math.round(r.right - right)}px out`,
        );
    }
  }
  return out;
}

// The dashboard's four cards side by side (a 1360-pixel window): a status badge or a figure in a
// long language stays inside its card.
for (const lang of LANGUAGES) {
  test(`dashboard cards keep their figures inside at 1360×900 in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1360, height: 900 });
    await openApp(page, `layout-wide-${lang}`, { lang });
    for (const user of ['rep-ana', 'mgr-maria']) {
      await page.locator('header select').nth(1).selectOption(user);
      await expect(page.locator('main .loading')).toHaveCount(0);
      await expect(page.locator('main .big-number').first()).toBeVisible();
      expect(await page.evaluate(outsideTheirCards), `${lang} ${user}`).toEqual([]);
    }
  });
}
