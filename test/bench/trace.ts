/**
 * Profiling aid for the `app` bench section (not part of `npm run bench`): records a Chrome trace
 * through Playwright's CDP session while the app (or a floor page) does one of the benched jobs,
 * writes it for chrome://tracing / DevTools, and prints where the time went (per thread: the
 * longest tasks, trace events by total time, JS functions by self time from the sampling
 * profiler, and the app's performance marks).
 *
 *   npm run build && npm run build:harness
 *   npx tsx test/bench/trace.ts dashboard|scroll|xlsx [app|floor]
 *   npx tsx test/bench/trace.ts summarize .bench/trace-dashboard-app.json
 *
 * The 100,000-line database is kept in a persistent profile (.bench/trace-profile) between runs.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium';
import { benchUrls, seed, serveSite } from './app.bench';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}.bench`;
const PORT = Number(process.env.BENCH_TRACE_PORT ?? 4791);
const DB = 'trace-db';
const LINES = 100_000;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly args?: {
    readonly name?: string;
    readonly data?: {
      readonly cpuProfile?: {
        readonly nodes?: {
          readonly id: number;
          readonly callFrame: { functionName: string; url: string; lineNumber: number };
        }[];
        readonly samples?: number[];
      };
      readonly timeDeltas?: number[];
    };
  };
}

// BENCH_TRACE_JS=0 leaves the sampling profiler out: it slows a loaded machine down a lot;
// BENCH_TRACE_JS=profile takes a CPU profile of the page's JS at 1 ms instead of a trace.
const CATEGORIES = [
  ...(process.env.BENCH_TRACE_JS === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'v8',
].join(',');

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}

/** The page's JS only, sampled every millisecond (lighter than the trace's profiler). */
async function profiled(page: Page, job: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await job();
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map<number, ProfileNode>();
  for (const node of profile.nodes as ProfileNode[]) nodes.set(node.id, node);
  const parent = new Map<number, number>();
  for (const node of nodes.values())
    for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = nodes.get(at);
      if (!n || seen.has(label(n))) continue;
      seen.add(label(n));
      total.set(label(n), (total.get(label(n)) ?? 0) + ms);
    }
  });
  for (const [title, map] of [
    ['JS self time (ms)', self],
    ['JS total time (ms)', total],
  ] as const) {
    console.log(`  ${title}:`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
  }
}

async function traced(page: Page, job: () => Promise<void>): Promise<TraceEvent[]> {
  if (process.env.BENCH_TRACE_JS === 'profile') {
    await profiled(page, job);
    return [];
  }
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await job();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

function summarize(all: readonly TraceEvent[]): void {
  // Up to the first dashboard number, where the trace has it.
  const end = all.find((e) => e.name === 'pr:first-number')?.ts ?? Number.POSITIVE_INFINITY;
  const events = all.filter((e) => e.ph === 'M' || e.ts <= end);
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // Profile chunks come from the profiler's own thread: they belong to their Profile's thread.
  const profiled = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.id) profiled.set(e.id, e.tid);
  const tidOf = (e: TraceEvent) =>
    e.name === 'ProfileChunk' && e.id ? (profiled.get(e.id) ?? e.tid) : e.tid;
  const thread = (e: TraceEvent) => names.get(`${e.pid}:${tidOf(e)}`) ?? `${e.pid}:${tidOf(e)}`;
  const wanted = (t: string) => t === 'CrRendererMain' || t.includes('Worker');

  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const t = thread(e);
    if (!wanted(t)) continue;
    const key = `${t} ${e.pid}:${tidOf(e)}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  for (const [t, list] of byThread) {
    const tasks = list.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 0);
    const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
    if (busy < 5) continue;
    console.log(`\n== ${t}: ${tasks.length} tasks, ${busy.toFixed(0)} ms busy`);
    const longest = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
    console.log(
      `  longest tasks ms: ${longest.map((e) => ((e.dur ?? 0) / 1000).toFixed(1)).join(', ')}`,
    );
    const total = new Map<string, number>();
    for (const e of list)
      if (e.ph === 'X' && e.name !== 'RunTask' && e.dur)
        total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000);
    console.log('  events (inclusive ms):');
    for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 14))
      console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
    // The sampling profiler's chunks: self time per function.
    const frames = new Map<number, string>();
    const self = new Map<string, number>();
    for (const e of list) {
      if (e.name !== 'ProfileChunk') continue;
      const data = e.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) {
        const { functionName, url, lineNumber } = node.callFrame;
        frames.set(
          node.id,
          `${functionName || '(anonymous)'} ${(url ?? '').split('/').pop() ?? ''}:${lineNumber + 1}`,
        );
      }
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      samples.forEach((id, i) => {
        const key = frames.get(id) ?? String(id);
        self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
      });
    }
    if (self.size) {
      console.log('  JS self time (ms):');
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22))
        console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
    }
    const marks = list.filter((e) => e.name.startsWith('pr:'));
    if (marks.length) console.log(`  marks: ${marks.map((e) => e.name).join(', ')}`);
  }
}

async function main(): Promise<void> {
  const [job = 'dashboard', which = 'app'] = process.argv.slice(2);
  if (job === 'summarize') {
    const trace = JSON.parse(readFileSync(which, 'utf8')) as { traceEvents: TraceEvent[] };
    summarize(trace.traceEvents);
    return;
  }
  mkdirSync(out, { recursive: true });
  const profile = `${out}/trace-profile`;
  const fresh = !existsSync(profile);
  const { base, close } = await serveSite(PORT);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    // As in the bench: the app's service worker would answer the harness page with index.html.
    serviceWorkers: 'block',
  });
  try {
    if (fresh) await seed(context, base, DB, LINES);
    else await context.addInitScript('window.__name = (f) => f;');
    const { app, floor } = benchUrls(base, DB);
    const page = await context.newPage();
    // The site is served as cacheable (see serveSite): drop what an earlier build left, then
    // load the app once so the traced start meets a warm cache, as the bench's does.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.goto(app('settings'));
    await page.locator('main h1').first().waitFor({ timeout: 60_000 });
    let events: TraceEvent[] = [];
    if (job === 'dashboard') {
      // The bench's stopwatch, as a mark in the trace: the summary stops there.
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const number = document.querySelector('main .big-number');
          if (number && /\d/.test(number.textContent ?? '')) {
            performance.mark('pr:first-number');
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      });
      const url = which === 'app' ? app('dashboard') : floor('dashboard');
      events = await traced(page, async () => {
        await page.goto(url);
        await page.locator('main .big-number').first().waitFor({ timeout: 60_000 });
        console.log(
          'first number at',
          await page.evaluate(() =>
            JSON.stringify(
              performance
                .getEntriesByType('mark')
                .map((m) => `${m.name}@${Math.round(m.startTime)}`)
                .concat(`now@${Math.round(performance.now())}`),
            ),
          ),
        );
        await page.waitForTimeout(1500);
      });
    } else if (job === 'scroll') {
      await page.goto(which === 'app' ? app('claims') : floor('scroll'));
      await page.locator('main [role="row"]').nth(3).waitFor({ timeout: 60_000 });
      events = await traced(page, async () => {
        const longTasks = await page.evaluate(async () => {
          const tasks: number[] = [];
          new PerformanceObserver((list) =>
            list.getEntries().forEach((e) => tasks.push(Math.round(e.duration))),
          ).observe({ type: 'longtask' });
          const scroller = Array.from(document.querySelectorAll<HTMLElement>('main *')).find(
            (el) => el.scrollHeight > el.clientHeight * 50 && el.clientHeight > 0,
          );
          if (!scroller) throw new Error('no scroller');
          const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
          for (let i = 0; i < 150; i += 1) {
            scroller.scrollTop += scroller.scrollHeight / 150;
            await frame();
          }
          return tasks;
        });
        console.log(
          `long tasks: ${longTasks.length}, > 50 ms: ${longTasks.filter((d) => d > 50).length}, max ${Math.max(0, ...longTasks)} ms`,
        );
      });
    } else {
      await page.goto(which === 'app' ? app('team') : floor('xlsx'));
      if (which === 'app') {
        await page.getByLabel('Signed in as').selectOption('mgr-maria');
        await page.getByRole('checkbox', { name: /Include the invoice lines/ }).check();
      }
      events = await traced(page, async () => {
        const started = Date.now();
        await Promise.all([
          page.waitForEvent('download', { timeout: 180_000 }),
          page.getByRole('button', { name: 'Export Excel' }).click(),
        ]);
        console.log(`download after ${Date.now() - started} ms`);
      });
    }
    const file = `${out}/trace-${job}-${which}.json`;
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    console.log(`trace: ${file}`);
    summarize(events);
  } finally {
    await context.close();
    await close();
  }
}

await main();
