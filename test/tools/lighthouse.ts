/**
 * Lighthouse accessibility and best-practices scores of every screen, with the demo data loaded,
 * against the production web build (`npm run build` first). Run: `npm run lighthouse`.
 *
 * Playwright opens the app in a persistent Chromium profile with a remote-debugging port and
 * loads the demo; Lighthouse then audits each screen in that same profile (storage is not reset,
 * so the demo data stays). Prints one line per screen and fails when a score is below 100.
 * LIGHTHOUSE_PORT (default 4345) serves the build, LIGHTHOUSE_CDP_PORT (default 9345) is
 * Chromium's debugging port, LIGHTHOUSE_LANG (default en) the app language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium';
import { ROUTE_LIST } from '../../renderer/app/route-list';

// Every screen, from the app's own route list.
const SCREENS = ROUTE_LIST.map((r) => r.id);

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4345);
const cdpPort = Number(process.env.LIGHTHOUSE_CDP_PORT ?? 9345);
const lang = process.env.LIGHTHOUSE_LANG ?? 'en';
const root = resolve(import.meta.dirname, '../..');

const server = await preview({
  root: join(root, 'renderer'),
  configFile: join(root, 'vite.config.ts'),
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: { outDir: join(root, 'dist/web') },
  logLevel: 'silent',
});
const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${cdpPort}`],
  headless: true,
});
let failed = false;
try {
  const db = `lighthouse-${Date.now()}`;
  const base = `http://127.0.0.1:${port}/?db=${db}&today=2026-11-25&lang=${lang}`;
  const page = await context.newPage();
  await page.goto(`${base}#/dashboard`);
  await page.locator('section.first-run').getByRole('button').first().click();
  await page.locator('section.first-run').waitFor({ state: 'detached', timeout: 180_000 });
  await page.close();

  for (const screen of SCREENS) {
    const result = await lighthouse(
      `${base}#/${screen}`,
      {
        port: cdpPort,
        onlyCategories: ['accessibility', 'best-practices'],
        disableStorageReset: true,
        logLevel: 'error',
      },
      desktopConfig,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${screen}`);
    const { categories, audits } = result.lhr;
    const a11y = Math.round((categories.accessibility?.score ?? 0) * 100);
    const best = Math.round((categories['best-practices']?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    console.log(
      `${screen.padEnd(12)} accessibility ${a11y}  best-practices ${best}${failing.length ? `  failing: ${failing.join(', ')}` : ''}`,
    );
    if (a11y < 100 || best < 100) failed = true;
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
