import { expect, type Page } from '@playwright/test';

/**
 * Page module for end-to-end tests: each test gets its own IndexedDB database (`?db=`), a pinned
 * date (`?today=`) so figures and deadlines are stable, and a language (`?lang=`).
 */
export interface OpenOptions {
  readonly lang?: string;
  readonly today?: string;
  /** Load the demo data set on first run (default true). */
  readonly demo?: boolean;
  readonly route?: string;
}

let counter = 0;

export function uniqueDb(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}`.replace(/[^\w-]/g, '-').slice(0, 64);
}

export function appUrl(db: string, options: OpenOptions = {}): string {
  const params = new URLSearchParams({
    db,
    today: options.today ?? '2026-11-25',
    lang: options.lang ?? 'en',
  });
  return `./?${params.toString()}#/${options.route ?? 'dashboard'}`;
}

export async function openApp(
  page: Page,
  prefix: string,
  options: OpenOptions = {},
): Promise<string> {
  const db = uniqueDb(prefix);
  await page.goto(
    appUrl(db, {
      ...options,
      route: options.demo === false ? (options.route ?? 'dashboard') : 'dashboard',
    }),
  );
  if (options.demo !== false) {
    // The first-run offer in any language: its first button loads the demo data.
    const firstRun = page.locator('section.first-run');
    await firstRun.getByRole('button').first().click();
    await expect(firstRun).toHaveCount(0, { timeout: 120_000 });
    if (options.route && options.route !== 'dashboard') await goTo(page, options.route);
  }
  return db;
}

/**
 * Reloads as a returning user: the start-up paint (inert, aria-hidden, with disabled copies of
 * the header's controls) shows first, and the app takes it away once its own screen has its
 * figures. Until then a label such as "Signed in as" names two controls, so wait for it to go.
 */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('#boot-paint')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('#root main h1').first()).toBeVisible();
}

/** Navigates through the app's own nav (hash routes), as a user would. */
export async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = `#/${r}`;
  }, route);
  await expect(page.locator('#root main h1').first()).toBeVisible();
}

/** Keys the i18n layer reported missing while the page ran. */
export async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __missingKeys?: string[] }).__missingKeys ?? [],
  );
}
