import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appEnv, electronBinary, freshUserData, launchApp, root, skipReason } from './electron-app';

// These launch the real Electron app; where its binary cannot be had they skip, saying why.
test.skip(!electronBinary, skipReason);

test('the app starts from its own scheme, with the bridge and no Node in the page', async () => {
  const { app, page } = await launchApp(freshUserData('start'));
  try {
    expect(page.url()).toMatch(/^app:\/\/partner-rewards\/index\.html/);
    await expect(page.locator('#root')).not.toBeEmpty();
    expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (window as { process?: unknown }).process)).toBe(
      'undefined',
    );
    expect(
      await page.evaluate(
        () => (window as { partnerRewardsDesktop?: { kind?: string } }).partnerRewardsDesktop?.kind,
      ),
    ).toBe('electron');
  } finally {
    await app.close();
  }
});

test("the real window's web preferences and Content Security Policy", async () => {
  const { app, page } = await launchApp(freshUserData('prefs'));
  try {
    // Electron no longer reports a window's web preferences; what they do is observable instead
    // (electron/policy/window-options.test.ts asserts the options the window is built with).
    const isolated = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const bridge = w.partnerRewardsDesktop as { app: { version: () => unknown } };
      return {
        node: ['require', 'process', 'Buffer', 'module', 'global'].filter((k) => k in w),
        // contextBridge hands the page proxies of the preload's functions, not the functions.
        proxied: Function.prototype.toString.call(bridge.app.version).includes('[native code]'),
      };
    });
    expect(isolated).toEqual({ node: [], proxied: true });
    const sandboxed = await app.evaluate(({ app: electronApp }) =>
      electronApp
        .getAppMetrics()
        .filter((m) => m.type === 'Tab')
        .map((m) => m.sandboxed),
    );
    // `sandboxed` is reported on macOS and Windows; elsewhere it is undefined.
    expect(sandboxed.every((s) => s !== false)).toBe(true);
    const csp = await page.evaluate(async () =>
      (await fetch('app://partner-rewards/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self'");
    // Inline script and eval are refused by the policy.
    expect(
      await page.evaluate(() => {
        try {
          return eval('1 + 1') as number;
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');
    // Traversal out of the bundle is refused by the protocol handler.
    expect(
      await page.evaluate(
        async () => (await fetch('app://partner-rewards/%2e%2e/package.json')).status,
      ),
    ).toBe(404);
    // Navigation away is refused: the page stays on the app.
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/partner-rewards\//);
  } finally {
    await app.close();
  }
});

test('journey: demo data → a claim → the PDF statement is written', async () => {
  test.setTimeout(300_000);
  const userData = freshUserData('journey');
  const { app, page } = await launchApp(userData);
  const pdfPath = join(userData, 'statement.pdf');
  try {
    await app.evaluate(({ dialog }, path) => {
      // The native save dialog answers with a fixed path (a test cannot click an OS dialog).
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as never;
    }, pdfPath);
    const firstRun = page.locator('section.first-run');
    await firstRun.getByRole('button').first().click();
    await expect(firstRun).toHaveCount(0, { timeout: 120_000 });

    await page.evaluate(() => (window.location.hash = '#/claims'));
    const table = page.getByRole('table', { name: /^Invoice lines of/ });
    await expect(table).toBeVisible({ timeout: 60_000 });
    await page.getByRole('combobox', { name: 'Program' }).selectOption('spiff');
    await page.getByRole('combobox', { name: 'Claimed' }).selectOption('unclaimed');
    await table
      .getByRole('checkbox', { name: /^Select invoice/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Claim selected…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'SPIFF' }).check();
    await dialog.getByRole('button', { name: 'Check before you claim' }).click();
    const accept = dialog.getByRole('checkbox', { name: /Also claim/ });
    if (await accept.isVisible()) await accept.check();
    await dialog.getByRole('button', { name: /^Claim 1 line/ }).click();
    await expect(page.getByText('1 line claimed for SPIFF.')).toBeVisible();

    await page.evaluate(() => (window.location.hash = '#/team'));
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect.poll(() => existsSync(pdfPath), { timeout: 60_000 }).toBe(true);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await app.close();
  }
});

test('a second launch focuses the first and hands over its deep link', async () => {
  const userData = freshUserData('single');
  const { app, page } = await launchApp(userData);
  try {
    await expect(page.locator('#root')).not.toBeEmpty();
    const second = spawn(electronBinary as string, [root, 'partner-rewards://settings'], {
      env: appEnv(userData),
      stdio: 'ignore',
    });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    await expect.poll(() => page.url()).toMatch(/#\/settings$/);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});
