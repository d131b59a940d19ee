import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium';
import { appUrl, missingKeys, openApp, uniqueDb } from './app-page';
import { serveBuild } from './static-server';

const APP_DIST = resolve(process.env.APP_DIST ?? 'dist/web');

/** Every file of the build, relative to its folder (what the app can ever ask the server for). */
function buildFiles(dir = APP_DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? buildFiles(path) : [relative(APP_DIST, path)];
  });
}

/** Paths (relative to the app) of every response in the page's Cache Storage. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const base = new URL('./', window.location.href).href;
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        paths.push(request.url.replace(base, '').replace(/\?.*$/, ''));
    }
    return paths;
  });
}

/** Stylesheets in the page that did not load (a screen shown without its styles). */
async function unstyled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
      .filter((link) => link.sheet === null)
      .map((link) => link.href),
  );
}

const NAV: readonly (readonly [string, string])[] = [
  ['Dashboard', 'Dashboard'],
  ['Invoices & claims', 'Invoices & claims'],
  ['Elevate', 'Elevate'],
  ['Loyalty', 'Loyalty'],
  ['LEAP', 'LEAP'],
  ['Deal planner', 'Deal planner'],
  ['Team & statements', 'My statement'],
  ['Import', 'Import'],
  ['Settings', 'Settings'],
];

test('offline right after the first load: every screen, import, claim, plan and export work', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const db = uniqueDb('offline-journey');
  await page.goto(appUrl(db));
  await expect(page.locator('section.first-run')).toBeVisible();
  // The app says when it can be used offline: every file of the build is then stored.
  // Storing every file takes a while on a busy machine: wait for the app to say it is done.
  await expect(page.getByText('Partner Rewards now works offline')).toBeVisible({
    timeout: 60_000,
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cached = new Set(await cachedPaths(page));
  // The service worker itself is kept by the browser's registration, not in Cache Storage.
  const missing = buildFiles().filter(
    (file) => !cached.has(file) && file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file),
  );
  expect(missing).toEqual([]);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // The demo data set (its own chunk) loads offline.
  await page.locator('section.first-run').getByRole('button').first().click();
  await expect(page.locator('section.first-run')).toHaveCount(0, { timeout: 120_000 });
  await expect(page.getByText('Demo data loaded.')).toBeVisible({ timeout: 110_000 });

  // Every screen of the navigation, each with its code and styles.
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [link, heading] of NAV) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Loading…');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await unstyled(page)).toEqual([]);
  }

  // Import a distributor file (the import worker).
  await nav.getByRole('link', { name: 'Import', exact: true }).click();
  const csv = [
    'Distributor,Partner ID,Invoice No,Line,Invoice Date,SKU,Family,Topseller,Qty,Unit Price,Currency,End Customer',
    'Ingram,P-100,OFFLINE-1,1,2026-10-14,20XW0001,notebook,yes,3,1234.56,USD,Acme Corp',
    'Ingram,P-100,OFFLINE-1,2,2026-10-15,7X06A0,server,no,2,8999.00,USD,Acme Corp',
  ].join('\n');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'offline.csv', { type: 'text/csv' }));
    return data;
  }, csv);
  await page
    .getByRole('region', { name: 'File to import' })
    .dispatchEvent('drop', { dataTransfer: transfer });
  await expect(
    page.getByRole('heading', { name: 'Check the columns of offline.csv' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByText('The import is complete.')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.count-inserted dd')).toHaveText('2');

  // Claim a line.
  await nav.getByRole('link', { name: 'Invoices & claims' }).click();
  const table = page.getByRole('table', { name: /^Invoice lines of/ });
  await page.getByRole('combobox', { name: 'Program' }).selectOption('spiff');
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('unclaimed');
  await page.getByRole('combobox', { name: 'Product family' }).selectOption('server');
  await table
    .getByRole('checkbox', { name: /^Select invoice/ })
    .first()
    .click();
  await expect(page.getByText('1 line selected')).toBeVisible();
  const label =
    (await table
      .getByRole('checkbox', { name: /^Select invoice/, checked: true })
      .getAttribute('aria-label')) ?? '';
  await page.getByRole('button', { name: 'Claim selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim 1 line' });
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  const accept = dialog.getByRole('checkbox', { name: /Also claim/ });
  if (await accept.isVisible()) await accept.check();
  await dialog.getByRole('button', { name: 'Claim 1 line' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('combobox', { name: 'Claimed' }).selectOption('claimed');
  await expect(table.getByRole('checkbox', { name: label, exact: true })).toBeVisible();

  // Save a plan.
  await nav.getByRole('link', { name: 'Deal planner' }).click();
  await page.getByLabel('Plan name').fill('Offline quote');
  await page.getByRole('searchbox', { name: 'Find a product by SKU or name' }).fill('8871KJU');
  await page.getByRole('button', { name: /^Add 8871KJU/ }).click();
  await page.getByRole('textbox', { name: 'Quantity, line 1' }).fill('2');
  await page.getByRole('textbox', { name: 'Partner price line total, line 1' }).fill('5000');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('button', { name: 'Open Offline quote' })).toBeVisible();

  // Export the team summary as Excel (the XLSX worker and its writer).
  await page.getByLabel('Signed in as').selectOption('mgr-maria');
  await nav.getByRole('link', { name: 'Team & statements' }).click();
  await page.getByRole('checkbox', { name: /Include the invoice lines/ }).check();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Excel' }).click(),
  ]);
  const bytes = await readFile(await xlsx.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // Another language (its own chunk), then the app opened anew: it starts offline.
  await page.getByLabel('Language').selectOption('pl');
  await expect(page.getByRole('link', { name: 'Pulpit' })).toBeVisible();
  await page.goto(appUrl(db, { lang: 'de', route: 'team' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Team & Abrechnungen' })).toBeVisible();
  expect(await unstyled(page)).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await missingKeys(page)).toEqual([]);
});

test('the web build is an installable app (manifest, icons), as Chromium judges it', async ({
  baseURL,
}) => {
  // Chromium does not judge installability in an incognito context (every new context is
  // one): a browser with a profile folder, as a rep's would be.
  const profile = await mkdtemp(join(tmpdir(), 'pr-install-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    baseURL,
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(appUrl(uniqueDb('installable'), { route: 'settings' }));
    await expect(page.locator('#root main h1').first()).toBeVisible();
    const cdp = await browser.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href,
    );
    expect(manifest).toMatch(/manifest\.webmanifest$/);
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test.describe('without a service worker (a first visit cut short, a host without one)', () => {
  // Justified: these tests are about the page's own retry when a screen's files cannot be
  // fetched; a service worker would serve them from its cache instead.
  test.use({ serviceWorkers: 'block' });

  test('a screen that failed to load offline opens by itself when the network returns', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    await openApp(page, 'offline-retry');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await context.setOffline(true);

    await nav.getByRole('link', { name: 'Deal planner' }).click();
    const offline = page.getByRole('status').filter({ hasText: 'You are offline' });
    await expect(offline).toContainText('This screen opens by itself as soon as the connection');
    // Nothing tells an offline user to reload (it would lose the page and cannot help).
    await expect(page.locator('main')).not.toContainText(/reload/i);
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Deal planner' })).toBeVisible();
    await expect(offline).toHaveCount(0);
    expect(await unstyled(page)).toEqual([]);
    // The planner's own stylesheet applies (it failed once; a failed <link> would block it).
    const plannerCss = await page.evaluate(() =>
      Array.from(document.styleSheets).some((sheet) => /PlannerScreen-/.test(sheet.href ?? '')),
    );
    expect(plannerCss).toBe(true);

    // Failed offline, left, and opened again once online: it loads (no stale failure).
    await context.setOffline(true);
    await nav.getByRole('link', { name: 'Invoices & claims' }).click();
    await expect(offline).toBeVisible();
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await context.setOffline(false);
    await nav.getByRole('link', { name: 'Invoices & claims' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices & claims' })).toBeVisible();
    expect(await unstyled(page)).toEqual([]);
  });
});

test('a new version waits for the user: "reload to update", never a silent swap', async ({
  page,
  context,
}) => {
  const server = await serveBuild(APP_DIST);
  try {
    await page.goto(new URL(appUrl(uniqueDb('update'), { route: 'settings' }), server.url).href);
    // Storing every file takes a while on a busy machine: wait for the app to say it is done.
    await expect(page.getByText('Partner Rewards now works offline')).toBeVisible({
      timeout: 60_000,
    });
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
    // A second window of the app, with its own work in progress.
    const other = await context.newPage();
    await other.goto(
      new URL(appUrl(uniqueDb('update-other'), { route: 'import' }), server.url).href,
    );
    await expect(other.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
    await other.evaluate(() => ((window as unknown as { before: boolean }).before = true));

    server.deployNewVersion();
    // The browser's own periodic check for a new service worker, brought forward.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version' });
    await expect(prompt).toContainText('A new version of Partner Rewards is available.');
    // The page still runs the version it opened with: nothing was swapped under the user.
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
      true,
    );
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting !== null && registration?.waiting !== undefined;
      }),
    ).toBe(true);

    await prompt.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toHaveCount(0);
    await page.reload();
    // Still waiting (a reload alone does not swap while the old version controls this page):
    // the prompt is offered again, and this time the user takes it.
    await expect(prompt).toBeVisible();
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
      undefined,
    );
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: !!registration?.active };
      }),
    ).toEqual({ waiting: null, active: true });
    await expect(prompt).toHaveCount(0);

    // The other window was not reloaded under its user: it says why it should be.
    await expect(other.getByRole('alert')).toContainText(
      'Partner Rewards was updated in another window.',
    );
    await expect(other.getByRole('alert').getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(await other.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
      true,
    );
  } finally {
    await server.close();
  }
});
