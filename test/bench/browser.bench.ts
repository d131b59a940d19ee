import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium';
import { median, report } from './stats';
import type { ImportBenchResult as ImportFigures } from '../browser/harness/import-bench';

const harnessConfig = fileURLToPath(new URL('../browser/vite.config.ts', import.meta.url));

/**
 * The offline data core in headless Chromium (the harness page must be built first:
 * `npm run build:harness`, which `npm run bench` does). Runs the import benchmark `runs` times in
 * fresh databases and reports medians.
 */
export async function benchBrowser(lines = 100_000, runs = 3): Promise<void> {
  const server = await preview({
    configFile: harnessConfig,
    preview: { port: 4175, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('harness preview server did not start');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByText('ready').waitFor();
    console.log(
      `\n# offline data core in ${browser.version()} — ${lines.toLocaleString('en-US')} lines, median of ${runs} runs`,
    );
    const results: ImportFigures[] = [];
    for (let run = 0; run < runs; run += 1) {
      const r = await page.evaluate(([n, name]) => window.harness.benchImport(n, name), [
        lines,
        `bench-${run}`,
      ] as const);
      results.push(r);
      console.log(
        `  run ${run + 1}: raw put ${r.rawPutMs.toFixed(0)} ms, import ${r.importMs.toFixed(0)} ms (parse ${r.workerParseMs.toFixed(0)} ms + write ${r.workerWriteMs.toFixed(0)} ms), ratio ${r.ratio.toFixed(2)}`,
      );
    }
    const m = (f: (r: ImportFigures) => number) => median(results.map(f));
    report('raw IndexedDB put (floor)', {
      ms: m((r) => r.rawPutMs),
      'rows/s': Math.round(m((r) => r.rawRowsPerSecond)),
    });
    report('import end to end (worker)', {
      ms: m((r) => r.importMs),
      'rows/s': Math.round(m((r) => r.importRowsPerSecond)),
      'x raw': m((r) => r.ratio),
      goal: '<= 1.3x',
    });
    report('parse in worker', {
      ms: m((r) => r.workerParseMs),
      'rows/s': Math.round(m((r) => r.workerParseRowsPerSecond)),
      goal: '>= 150,000 rows/s',
    });

    await page.evaluate((name) => window.harness.open(name), `bench-${runs - 1}`);
    const summary = await page.evaluate(() => window.harness.summaryMs('FY2026-Q1', 9));
    report('dashboard aggregates (100k stored)', {
      'median ms': summary.medianMs,
      'aggregate rows': summary.rows,
      goal: '<= 50 ms',
    });
    for (let run = 0; run < runs; run += 1)
      await page.evaluate((name) => window.harness.deleteDb(name), `bench-${run}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
