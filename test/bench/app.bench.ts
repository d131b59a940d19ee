import { chromium, type Page } from '@playwright/test';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium';
import { median, report } from './stats';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = `${root}dist/bench-site`;

/**
 * The app itself with 100,000 invoice lines stored: the production build and the data-core
 * harness are served from one origin (so they share IndexedDB); the harness imports the lines
 * through the real import worker, then the app is measured as a rep would meet it.
 */
export async function benchApp(lines = 100_000): Promise<void> {
  rmSync(site, { recursive: true, force: true });
  cpSync(`${root}dist/web`, site, { recursive: true });
  cpSync(`${root}dist/harness`, `${site}/harness`, { recursive: true });
  const server = await preview({
    root: `${root}renderer`,
    build: { outDir: site },
    preview: { port: 4177, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
    configFile: false,
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('bench preview server did not start');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const dbName = `app-bench-${Date.now()}`;
  const app = (route: string) => `${base}?db=${dbName}&today=2026-05-20&lang=en#/${route}`;
  try {
    console.log(
      `\n# the app with ${lines.toLocaleString('en-US')} invoice lines stored (Chromium ${browser.version()})`,
    );
    // One context for every page: they must share the origin's IndexedDB.
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    // tsx (esbuild keepNames) wraps named functions inside page.evaluate in __name(); define it.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(app('dashboard'));
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page
      .locator('main h1')
      .filter({ hasNotText: 'Welcome' })
      .first()
      .waitFor({ timeout: 120_000 });
    await page.goto(`${base}harness/`);
    await page.getByText('ready').waitFor();
    const imported = await page.evaluate(
      ([name, n]) => window.harness.importGenerated(name, n, 'bench'),
      [dbName, lines] as const,
    );
    if (imported.status !== 'done') throw new Error(`bench import: ${imported.status}`);
    await page.close();

    await dashboardTime(() => context.newPage(), app('dashboard'));
    await scrollInvoices(await context.newPage(), app('claims'), lines);
    const page2 = () => context.newPage();
    await plannerKeystrokes(await page2(), app('planner'));
    await xlsxExport(await page2(), app('team'), lines);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(site, { recursive: true, force: true });
  }
}

/** Navigation start → the first dashboard number on screen, fresh page each run. */
async function dashboardTime(newPage: () => Promise<Page>, url: string): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const page = await newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __firstNumberAt?: number };
      const observer = new MutationObserver(() => {
        const number = document.querySelector('main .big-number');
        if (number && /\d/.test(number.textContent ?? '') && w.__firstNumberAt === undefined) {
          w.__firstNumberAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __firstNumberAt?: number }).__firstNumberAt !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    times.push(
      await page.evaluate(() => (window as unknown as { __firstNumberAt: number }).__firstNumberAt),
    );
    await page.close();
  }
  report('navigation → dashboard numbers', {
    'median ms': median(times),
    runs: times.map((t) => Math.round(t)).join('/'),
    goal: '<= 1000 ms',
  });
}

/**
 * Scrolls the virtualized invoice table top to bottom and back; reports main-thread long tasks.
 * Also the page's JS heap after a full collection with the quarter's lines loaded: its size sets
 * the length of the garbage-collection pauses that a scroll can run into.
 */
async function scrollInvoices(page: Page, url: string, lines: number): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('.claims-body [role="row"]') !== null,
    undefined,
    { timeout: 60_000 },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  report('invoice table JS heap (after GC)', {
    MB: usedSize / 1_048_576,
    'bytes/line': usedSize / lines,
  });
  const result = await page.evaluate(async () => {
    const waitFor = async (find: () => HTMLElement | null): Promise<HTMLElement> => {
      for (let i = 0; i < 600; i += 1) {
        const el = find();
        if (el) return el;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no scrollable invoice table found');
    };
    const scroller = await waitFor(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('main *')).find((el) => {
          const style = getComputedStyle(el);
          return (
            (style.overflowY === 'auto' || style.overflowY === 'scroll') &&
            el.scrollHeight > el.clientHeight * 50
          );
        }) ?? null,
    );
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    );
    observer.observe({ type: 'longtask', buffered: false });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const start = performance.now();
    let frames = 0;
    for (const direction of [1, -1]) {
      for (let i = 0; i < 150; i += 1) {
        scroller.scrollTop += (direction * scroller.scrollHeight) / 150;
        await frame();
        frames += 1;
      }
    }
    await frame();
    observer.disconnect();
    return { rows: scroller.scrollHeight, ms: performance.now() - start, frames, longTasks };
  });
  const over = result.longTasks.filter((d) => d > 50);
  report('invoice table scroll (300 jumps)', {
    'ms/frame': result.ms / result.frames,
    'long tasks': result.longTasks.length,
    'max task ms': result.longTasks.length ? Math.max(...result.longTasks) : 0,
    '> 50 ms': over.length,
    goal: 'no task > 50 ms',
  });
}

/** Planner: a keystroke in a quantity field → the stacked result re-rendered (median of 25). */
async function plannerKeystrokes(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Open' }).first().click();
  const input = page.getByLabel('Quantity, line 1');
  await input.waitFor();
  const times = await page.evaluate(async () => {
    const field = document.querySelector<HTMLInputElement>('input[aria-label="Quantity, line 1"]');
    const main = document.querySelector('main');
    if (!field || !main) throw new Error('planner quantity field not found');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const out: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(main, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      setValue?.call(field, String(3 + (i % 7) + 1));
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      out.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return out;
  });
  report('planner recompute per keystroke', {
    'median ms': median(times),
    'max ms': Math.max(...times),
    goal: '<= 16 ms',
  });
  await page.close();
}

/** Team screen as the manager: XLSX with the quarter's invoice-line sheet, built in the worker. */
async function xlsxExport(page: Page, url: string, lines: number): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Signed in as').selectOption('mgr-maria');
  await page.getByRole('checkbox', { name: /Include the invoice lines/ }).check();
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
    ).observe({ type: 'longtask' });
  });
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export Excel' }).click(),
  ]);
  const ms = Date.now() - start;
  const path = await download.path();
  const { statSync } = await import('node:fs');
  const size = statSync(path).size;
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  report(`XLSX export (${lines.toLocaleString('en-US')} lines + program sheets)`, {
    ms,
    'file KB': Math.round(size / 1024),
    'main-thread max task ms': longTasks.length ? Math.max(...longTasks) : 0,
    goal: '<= 5000 ms, UI responsive',
  });
  await page.close();
}
