import { chromium } from '@playwright/test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DEFAULT_RULE_VERSIONS, rulesOn } from '../../shared/index';
import { buildApp } from '../../server/src/app';
import { configFromEnv } from '../../server/src/config';
import { pgliteDb } from '../../server/src/db/adapter';
import { migrate } from '../../server/src/db/migrations';
import { seedDemo } from '../../server/src/demo';
import { LINE_COLUMNS, lineData, type InvoiceLineDbRow } from '../../server/src/sync/rows';
import { ingestFile } from '../../server/src/vendor/ingest';
import { claimLines } from '../../renderer/db/claims-repo';
import { openDatabase } from '../../renderer/db/database';
import { syncOnce } from '../../renderer/sync/engine';
import { lineFromServer } from '../../renderer/sync/pulled-rows';
import { httpTransport } from '../../renderer/sync/transport';
import { upsertInvoiceRows } from '../../renderer/db/invoices-repo';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium';
import { serveSite } from './app.bench';
import { report } from './stats';

/**
 * Sync (issue 8): the first sync of 100,000 invoice lines into an empty app in Chromium, bytes
 * from the real server (PGlite, in this process) over loopback, beside the slower of two floors
 * measured in the same run and page: fetching the same pages over loopback HTTP, and raw
 * IndexedDB puts of the same rows in one transaction. Then a push of 1,000 queued claims by the
 * engine (in Node, on fake-indexeddb) to the same server: time and server-side rejects.
 */
const APP_PORT = Number(process.env.BENCH_SYNC_APP_PORT ?? 4806);
const SERVER_PORT = Number(process.env.BENCH_SYNC_SERVER_PORT ?? 4807);
const NOW = new Date('2026-12-02T12:00:00.000Z');
const TODAY = '2026-12-02';
const password = (u: string) => `bench-sync-${u}`;

function feedCsv(n: number): string {
  const rows = [
    'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer',
  ];
  for (let i = 0; i < n; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    rows.push(
      `TD SYNNEX,P-1001,S-${Math.floor(i / 4)},${(i % 4) + 1},2026-11-${day},21MA0033US,${1 + (i % 5)},${(1000 + (i % 300)).toFixed(2)},USD,Customer ${i % 97}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

export async function benchSync(lines = 100_000): Promise<void> {
  console.log(
    `\n# sync: first sync of ${lines.toLocaleString('en-US')} lines, push of 1,000 claims`,
  );
  const db = await pgliteDb();
  await migrate(db);
  await seedDemo(db, NOW, (u) => password(u.username));
  await ingestFile(db, new TextEncoder().encode(feedCsv(lines)), {
    fileName: 'bench-sync.csv',
    userId: null,
    now: NOW,
  });
  const { base, close } = await serveSite(APP_PORT);
  const origin = new URL(base).origin;
  const app = await buildApp({
    db,
    config: { ...configFromEnv({}), origins: [origin] },
    now: () => NOW,
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: SERVER_PORT });
  const serverUrl = `http://127.0.0.1:${SERVER_PORT}`;
  const login = async (username: string) =>
    (
      (await (
        await fetch(`${serverUrl}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: password(username) }),
        })
      ).json()) as { token: string }
    ).token;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}?db=sync-bench-${Date.now()}&today=${TODAY}&lang=en#/settings`);
    await page.getByLabel('Server address').fill(serverUrl);
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.getByLabel('User name').fill('maria');
    await page.getByLabel('Password').fill(password('maria'));
    const started = Date.now();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByTestId('sync-state')
      .filter({ hasText: /^Synced$/ })
      .waitFor({ timeout: 15 * 60_000 });
    const syncMs = Date.now() - started;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    // Floors, in the same page (same origin, same CORS): the same pages fetched, then the same
    // rows put into a bare IndexedDB store in one transaction.
    const token = await login('maria');
    const floors = await page.evaluate(
      async ({ url, token }) => {
        const rows: Record<string, unknown>[] = [];
        let cursor = '';
        const t0 = performance.now();
        for (;;) {
          const response = await fetch(
            `${url}/sync/pull?clientId=bench-floor-client&limit=500&cursor=${cursor}`,
            { headers: { authorization: `Bearer ${token}` } },
          );
          const page = (await response.json()) as {
            cursor: string;
            hasMore: boolean;
            rows: { kind: string; data?: Record<string, unknown> }[];
          };
          for (const r of page.rows) if (r.kind === 'invoiceLine' && r.data) rows.push(r.data);
          cursor = page.cursor;
          if (!page.hasMore) break;
        }
        const fetchMs = performance.now() - t0;
        const idb = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(`sync-floor-${Date.now()}`, 1);
          open.onupgradeneeded = () =>
            open.result
              .createObjectStore('lines', { keyPath: 'key' })
              .createIndex('quarterDate', ['quarter', 'date']);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const t1 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = idb.transaction('lines', 'readwrite');
          const store = tx.objectStore('lines');
          for (const row of rows) store.put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        return { fetchMs, idbMs: performance.now() - t1, rows: rows.length };
      },
      { url: serverUrl, token },
    );
    const floor = Math.max(floors.fetchMs, floors.idbMs);
    report('sync first sync (Chromium)', {
      lines: floors.rows,
      ms: syncMs,
      'fetch floor ms': Math.round(floors.fetchMs),
      'IndexedDB floor ms': Math.round(floors.idbMs),
      'ratio to slower floor': (syncMs / floor).toFixed(2),
      'heap after MB': (heap.usedSize / 1_048_576).toFixed(1),
      goal: '≤ 1.5×',
    });
    await context.close();

    // Push: 1,000 queued LEAP claims (no cap) of lines the server has, by the real engine.
    const local = openDatabase(`bench-push-${Date.now()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    });
    const found = await db.query<InvoiceLineDbRow>(
      `select ${LINE_COLUMNS} from invoice_lines where partner_id = 'P-1001' and invoice_no like 'S-%' order by key limit 1000`,
    );
    const rows = found.rows.map((r) => lineFromServer(lineData(r), new Set()));
    await upsertInvoiceRows(local, rows);
    await claimLines(
      local,
      {
        lineKeys: rows.map((r) => r.key),
        program: 'leap',
        repId: 'rep-ana',
        now: NOW.toISOString(),
        today: TODAY,
        acceptWarnings: true,
      },
      rulesOn(TODAY, DEFAULT_RULE_VERSIONS),
    );
    const anaToken = await login('ana');
    const http = httpTransport({ baseUrl: serverUrl, token: async () => anaToken });
    const t = performance.now();
    // The pull is left out (it would bring 100,000 lines into fake-indexeddb): this is the push.
    const result = await syncOnce({
      db: local,
      transport: {
        push: http.push,
        pull: async () => ({ cursor: '', hasMore: false, lastMutationId: 0, rows: [] }),
      },
      now: () => NOW,
    });
    const pushMs = performance.now() - t;
    const answers = await local.outbox.toArray();
    report('sync push 1,000 claims (engine, Node)', {
      ok: String(result.ok),
      ms: Math.round(pushMs),
      'claims/s': Math.round(1000 / (pushMs / 1000)),
      applied: answers.filter((a) => a.result === 'applied').length,
      'server rejects': answers.filter((a) => a.result === 'rejected').length,
    });
    local.close();
  } finally {
    await browser.close();
    await app.close();
    await close();
    await db.close();
  }
}
