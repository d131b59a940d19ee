import { expect, test, type Page } from '@playwright/test';
import { appUrl, openApp } from './app-page';

/**
 * The start-up paint (renderer/boot/): on a reload of the dashboard the first figure is drawn
 * from IndexedDB before the app's code runs, then the app takes over. What it drew must be what
 * the app then shows, in the user's language and for the user chosen in the header.
 */
async function recordBootPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __bootPainted?: string[] };
    w.__bootPainted = [];
    const observer = new MutationObserver(() => {
      const paint = document.getElementById('boot-paint');
      if (!paint || w.__bootPainted?.length) return;
      w.__bootPainted = [
        paint.querySelector('h1')?.textContent ?? '',
        paint.querySelector('h2')?.textContent ?? '',
        paint.querySelector('.stat-label')?.textContent ?? '',
        paint.querySelector('.big-number')?.textContent ?? '',
      ];
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const painted = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bootPainted?: string[] }).__bootPainted ?? []);

for (const { lang, user } of [
  { lang: 'en', user: 'rep-ana' },
  { lang: 'de', user: 'mgr-maria' },
]) {
  test(`the start-up paint shows the figure the dashboard then shows (${lang}, ${user})`, async ({
    page,
  }) => {
    await openApp(page, `boot-${lang}`, { lang });
    const main = page.getByRole('main');
    await page.getByLabel(lang === 'de' ? 'Angemeldet als' : 'Signed in as').selectOption(user);
    await recordBootPaint(page);
    // A reload, as opening the app again (a goto to the same URL and hash would not load anew).
    await page.reload();
    // The app's own card, once its numbers are in.
    const spiff = main.locator('section.card').first();
    await expect(spiff.locator('.big-number button')).toHaveText(/\d/);
    const [h1, h2, label, figure] = await painted(page);
    expect(figure).toMatch(/\d/);
    expect(h1).toBe(await main.getByRole('heading', { level: 1 }).innerText());
    expect(h2).toBe(await spiff.getByRole('heading', { level: 2 }).innerText());
    expect(label).toBe(await spiff.locator('.stat-label').innerText());
    expect(figure).toBe(await spiff.locator('.big-number button').innerText());
    // Taken away once the app is up; the app's controls are the ones that answer.
    await expect(page.locator('#boot-paint')).toHaveCount(0);
  });
}

test('no start-up paint on another screen, nor before any data', async ({ page }) => {
  await recordBootPaint(page);
  await openApp(page, 'boot-none', { demo: false });
  await expect(page.locator('section.first-run')).toBeVisible();
  expect(await painted(page)).toEqual([]);
  const db = await openApp(page, 'boot-claims');
  await page.goto(appUrl(db, { route: 'claims' }));
  await page.reload();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  expect(await painted(page)).toEqual([]);
});
