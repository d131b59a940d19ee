import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { appUrl, uniqueDb } from './app-page';
import {
  JOURNEY_BACKENDS,
  passwordOf,
  startJourneyServer,
  type JourneyServer,
} from './sync/sync-server';

/**
 * Issue 8's journeys against the web build and a sync server the test starts (PGlite, and real
 * PostgreSQL when DATABASE_URL is set). One server per backend, so the tests run one after another.
 */
test.describe.configure({ mode: 'serial' });

const TODAY = '2026-12-02';
/** The server of the describe block running now (they run one after another). */
let server: JourneyServer;

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(appUrl(uniqueDb(`sync-${username}`), { route: 'settings', today: TODAY }));
  const address = page.getByLabel('Server address');
  await address.fill(server.url);
  await page.getByRole('button', { name: 'Save address' }).click();
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(passwordOf(username));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('signed-in')).toContainText('Signed in as');
  // The first sync runs at once: it ends "Synced".
  await expect(page.getByTestId('sync-state')).toHaveText('Synced', { timeout: 30_000 });
}

async function openClaims(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/claims';
  });
  await expect(
    page
      .getByRole('table', { name: /^Invoice lines of/ })
      .getByRole('checkbox')
      .nth(2),
  ).toBeVisible({ timeout: 30_000 });
}

/** Claims one line of the quarter for LEAP points (the table's n-th row); answers its label. */
async function claimServerLine(page: Page, row: number): Promise<string> {
  await openClaims(page);
  const table = page.getByRole('table', { name: /^Invoice lines of/ });
  const boxes = table.getByRole('checkbox', { name: /^Select invoice/ });
  const box = boxes.nth(row);
  const label = (await box.getAttribute('aria-label')) ?? '';
  await box.click();
  await page.getByRole('button', { name: 'Claim selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim 1 line' });
  await dialog.getByRole('radio', { name: 'LEAP' }).check();
  await dialog.getByRole('button', { name: 'Check before you claim' }).click();
  const accept = dialog.getByRole('checkbox', { name: /Also claim/ });
  if (await accept.isVisible()) await accept.check();
  await dialog.getByRole('button', { name: 'Claim 1 line' }).click();
  await expect(dialog).toBeHidden();
  return label;
}

const serverClaims = async (repId: string) =>
  (
    await server.db.query<{ id: string; status: string }>(
      'select id, status from claims where rep_id = $1 order by id',
      [repId],
    )
  ).rows;

/** Every journey, once per database the server can run on (PGlite; PostgreSQL where it answers). */
for (const backend of JOURNEY_BACKENDS)
  test.describe(`on ${backend.name}`, () => {
    test.beforeAll(async ({ baseURL }) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      server = await startJourneyServer(origin, backend);
    });
    test.afterAll(() => server?.close());

    test('a busy server (503) reads as busy, not as a refusal, and the next sync goes through', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await signIn(page, 'ben');
      // The server answers every sync request 503, as it does when PostgreSQL broke a deadlock by
      // rolling one side back, or when its database is away.
      await page.route('**/sync/**', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'busy', message: 'Try again.' }),
        }),
      );
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('sync-error')).toHaveText(
        'The server is busy and could not take your changes just now. They wait here and are sent at the next try.',
      );
      await expect(page.getByTestId('sync-error')).not.toContainText('refused');
      await page.unroute('**/sync/**');
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('sync-state')).toHaveText('Synced', { timeout: 30_000 });
      await expect(page.getByTestId('sync-error')).toHaveCount(0);
    });

    test('sign in → first sync → claim offline → back online → pushed once → approved by the vendor → shown approved', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      await signIn(page, 'ana');
      await expect(page.getByTestId('sync-pending')).toHaveText('0 changes');

      await openClaims(page);
      await context.setOffline(true);
      const label = await claimServerLine(page, 0);
      const row = page
        .getByRole('table', { name: /^Invoice lines of/ })
        .getByRole('row')
        .filter({ has: page.getByRole('checkbox', { name: label }) });
      // Queued, never "submitted": the server has not seen it yet.
      await expect(row).toContainText('LEAP: Waiting to be sent');
      await expect(page.getByTestId('sync-badge')).toContainText('1 waiting');
      expect(await serverClaims('rep-ana')).toEqual([]);
      // Clearing the laptop's data now would lose the claim: the confirmation says so.
      await page.evaluate(() => {
        window.location.hash = '#/settings';
      });
      await page.getByRole('button', { name: 'Clear all data' }).click();
      const confirm = page.getByRole('dialog', { name: 'Clear all data?' });
      await expect(confirm).toContainText('1 change not yet sent to the server will be lost.');
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await page.evaluate(() => {
        window.location.hash = '#/claims';
      });

      await context.setOffline(false);
      // The `online` event starts a run: the claim reaches the server once and comes back submitted.
      await expect(row).toContainText('LEAP: Submitted', { timeout: 30_000 });
      const pushed = await serverClaims('rep-ana');
      expect(pushed).toHaveLength(1);
      expect(pushed[0]?.status).toBe('submitted');
      await expect(page.getByTestId('sync-badge')).not.toContainText('waiting');

      await server.decide(pushed[0]?.id ?? '', 'approved');
      await page.evaluate(() => {
        window.location.hash = '#/settings';
      });
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page.evaluate(() => {
        window.location.hash = '#/claims';
      });
      await expect(
        page
          .getByRole('table', { name: /^Invoice lines of/ })
          .getByRole('row')
          .filter({ has: page.getByRole('checkbox', { name: label }) }),
      ).toContainText('LEAP: Approved', { timeout: 30_000 });
    });

    test('two reps claim the same line offline: exactly one wins, the other sees why', async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
      const [pageA, pageB] = await Promise.all([a.newPage(), b.newPage()]);
      // Two reps of one partner (a rep sees only its own claims, so neither knows of the other's).
      await signIn(pageA, 'ana');
      await signIn(pageB, 'ben');
      // Each has the claims screen open when the network goes.
      await Promise.all([openClaims(pageA), openClaims(pageB)]);
      await Promise.all([a.setOffline(true), b.setOffline(true)]);
      // Both pick the same line, one nobody has claimed yet.
      const [labelA, labelB] = [await claimServerLine(pageA, 1), await claimServerLine(pageB, 1)];
      expect(labelA).toBe(labelB);
      await a.setOffline(false);
      const rowOf = (page: Page) =>
        page
          .getByRole('table', { name: /^Invoice lines of/ })
          .getByRole('row')
          .filter({ has: page.getByRole('checkbox', { name: labelA }) });
      await expect(rowOf(pageA)).toContainText('LEAP: Submitted', { timeout: 30_000 });
      await b.setOffline(false);
      await expect(rowOf(pageB)).toContainText('LEAP: Rejected', { timeout: 30_000 });
      // Why, in the app's own words for the server's reason code.
      await expect(rowOf(pageB)).toContainText(
        'Rejected: Another claim already holds this line for this program.',
      );
      // The cell has room for a few words: the whole sentence is in the notice above the table,
      // until Ben says he has read it.
      const notice = pageB.getByRole('region', { name: 'The server refused 1 of your claims' });
      await expect(notice).toContainText('Another claim already holds this line for this program.');
      await notice.getByRole('button', { name: 'Got it' }).click();
      await expect(notice).toHaveCount(0);
      await expect(rowOf(pageB)).toContainText('LEAP: Rejected');
      // The server holds one active claim for the line, Ana's; Ben's was refused, never stored.
      expect(await serverClaims('rep-ben')).toEqual([]);
      expect((await serverClaims('rep-ana')).map((c) => c.status).sort()).toEqual([
        'approved',
        'submitted',
      ]);
      await Promise.all([a.close(), b.close()]);
    });

    test('the manager sees both reps from the synced data and exports them', async ({ page }) => {
      test.setTimeout(180_000);
      await signIn(page, 'maria');
      await page.evaluate(() => {
        window.location.hash = '#/team';
      });
      // Maria's laptop never saw Ana or Ben: their names and claims come from the server.
      const table = page.getByRole('table', { name: 'SPIFF per rep (USD)' });
      const reps = table.locator('tbody').getByRole('rowheader');
      await expect(reps).toContainText(['Ana Kowalski', 'Ben Okafor'], { timeout: 30_000 });
      // And says how fresh they are.
      await expect(page.getByTestId('team-freshness')).toContainText(
        /^Team figures from the sync server as of /,
      );
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const text = await readFile(await csv.path(), 'utf8');
      expect(text).toContain('Ana Kowalski');
      expect(text).toContain('Ben Okafor');
    });

    test('a target the vendor set reaches the partner’s Elevate screen and replaces the calculated one', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const login = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'vendor', password: passwordOf('vendor') }),
      });
      const { token } = (await login.json()) as { token: string };
      const set = await fetch(`${server.url}/vendor/elevate-targets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          targets: [{ partnerId: 'P-1001', quarter: 'FY2026-Q3', targetCents: 1_234_500 }],
        }),
      });
      expect(((await set.json()) as { outcomes: { ok: boolean }[] }).outcomes[0]?.ok).toBe(true);
      await signIn(page, 'maria');
      await page.evaluate(() => {
        window.location.hash = '#/elevate';
      });
      const vendor = page.getByTestId('vendor-target');
      await expect(vendor).toContainText('The vendor set this quarter’s target on', {
        timeout: 30_000,
      });
      await expect(vendor.getByRole('button', { name: /\$12,345/ })).toBeVisible();
    });

    test('sign out and in as another user: nothing of the first user is shown', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await signIn(page, 'ana');
      // Signed in: the account's user acts (no one else to pick in the header), no second
      // sign-in form, and no demo offered over the server's data.
      await expect(page.getByTestId('header-account')).toContainText('Ana Kowalski · Sales rep');
      await expect(page.locator('select[name=user]')).toHaveCount(0);
      await expect(page.getByLabel('User name')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Load demo data' })).toHaveCount(0);
      await expect(page.getByText('Signed in as Ana')).toHaveCount(2);
      // The browser build keeps the session in memory: a restart ends it. The app reopens the
      // database chosen at sign-in (without the test's `?db=`), says so, and offers the form again.
      const restart = new URL(page.url());
      restart.searchParams.delete('db');
      await page.goto(restart.toString());
      await expect(page.getByTestId('sync-state')).toHaveText('Signed out', { timeout: 30_000 });
      await expect(page.getByRole('heading', { name: 'Sign in again' })).toBeVisible();
      await page.getByLabel('User name').fill('ana');
      await page.getByLabel('Password').fill(passwordOf('ana'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByTestId('sync-state')).toHaveText('Synced', { timeout: 30_000 });
      await expect(page.getByLabel('User name')).toHaveCount(0);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByTestId('signed-in')).toHaveCount(0);
      await expect(page.getByTestId('sync-state')).toHaveText('Local only');
      // Back in the database of work done without signing in: the browser's own this time (no
      // `?db=`), which has never been given the server's address.
      await page.getByLabel('Server address').fill(server.url);
      await page.getByRole('button', { name: 'Save address' }).click();
      // Dana belongs to another partner: none of Ana's lines or claims may appear.
      await page.getByLabel('User name').fill('dana');
      await page.getByLabel('Password').fill(passwordOf('dana'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByTestId('signed-in')).toContainText('Dana Whitfield');
      await expect(page.getByTestId('sync-state')).toHaveText('Synced', { timeout: 30_000 });
      await page.evaluate(() => {
        window.location.hash = '#/claims';
      });
      const table = page.getByRole('table', { name: /^Invoice lines of/ });
      await expect(table).toBeVisible();
      // Ana's lines carry her approved and submitted LEAP claims: none of them may show here.
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      await expect(table).not.toContainText('LEAP:');
    });
  });
