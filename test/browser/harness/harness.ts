/**
 * A page that exposes the offline data core to Playwright: the real Dexie code against the real
 * IndexedDB of Chromium. Tests and the benchmark call `window.harness.*` through page.evaluate.
 */
import { Dexie } from 'dexie';
import {
  declareVersions,
  exportBackup,
  openDatabase,
  quarterSummary,
  recountClaimAggregates,
  recountWeeklyAggregates,
  recountLineAggregates,
  restoreBackup,
  toInvoiceRow,
  upsertInvoiceRows,
  deleteInvoiceLines,
  claimLines,
  transitionClaims,
  DB_VERSION,
  type PartnerRewardsDb,
} from '../../../renderer/db/index';
import { DEAL_2017, LEAP_2019, SPIFF_2017 } from '../../../shared/index';
import { rawPutBenchmark } from './raw-idb';
import { makeLine } from '../../../renderer/db/sample-lines';
import {
  benchImport,
  generateCsv,
  importAndCancel,
  importBytes,
  resumeImport,
} from './import-bench';
import { quarantineOf } from '../../../renderer/db/index';

const rules = { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 };

let current: PartnerRewardsDb | undefined;

const harness = {
  DB_VERSION,
  async open(name: string): Promise<void> {
    current?.close();
    current = openDatabase(name);
    await current.open();
  },
  async deleteDb(name: string): Promise<void> {
    current?.close();
    current = undefined;
    await Dexie.delete(name);
  },
  db(): PartnerRewardsDb {
    if (!current) throw new Error('harness: call open() first');
    return current;
  },
  async upsertGenerated(from: number, to: number, bump = 0): Promise<unknown> {
    const rows = [];
    for (let i = from; i < to; i += 1)
      rows.push(toInvoiceRow(makeLine(i, bump ? { quantity: 1 + ((i + bump) % 9) } : {}), 'b'));
    return upsertInvoiceRows(harness.db(), rows);
  },
  async deleteGenerated(indices: number[]): Promise<number> {
    return deleteInvoiceLines(
      harness.db(),
      indices.map((i) => toInvoiceRow(makeLine(i), 'x').key),
    );
  },
  async claimGenerated(indices: number[], repId: string): Promise<number> {
    const keys = indices.map((i) => toInvoiceRow(makeLine(i), 'x').key);
    const outcome = await claimLines(
      harness.db(),
      {
        lineKeys: keys,
        program: 'spiff',
        repId,
        now: new Date().toISOString(),
        today: '2026-06-30',
        acceptWarnings: true,
      },
      rules,
    );
    return outcome.claimed.length;
  },
  async approveAll(): Promise<void> {
    const db = harness.db();
    const queued = await db.claims.where('status').equals('queued').primaryKeys();
    await transitionClaims(db, {
      ids: queued,
      to: 'submitted',
      by: 'server',
      now: new Date().toISOString(),
    });
  },
  async aggregatesMatchRecount(): Promise<{
    lines: boolean;
    claims: boolean;
    lineRows: number;
    claimRows: number;
  }> {
    const db = harness.db();
    const sort = <T extends { id: string }>(rows: T[]) =>
      rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    const storedLines = sort(await db.lineAggregates.toArray());
    const storedClaims = sort(await db.claimAggregates.toArray());
    const storedDays = sort(await db.weeklyAggregates.toArray());
    const lines = await db.invoiceLines.toArray();
    return {
      lines:
        JSON.stringify(storedLines) === JSON.stringify(recountLineAggregates(lines)) &&
        JSON.stringify(storedDays) === JSON.stringify(recountWeeklyAggregates(lines)),
      claims:
        JSON.stringify(storedClaims) ===
        JSON.stringify(recountClaimAggregates(await db.claims.toArray())),
      lineRows: storedLines.length,
      claimRows: storedClaims.length,
    };
  },
  async summaryMs(quarter: string, runs = 7): Promise<{ medianMs: number; rows: number }> {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i += 1) {
      // A fresh connection each time: what opening the app costs, not a warm cache.
      harness.db().close();
      current = openDatabase(harness.db().name);
      const start = performance.now();
      await current.open();
      const summary = await quarterSummary(current, quarter);
      times.push(performance.now() - start);
      rows = summary.lines.length + summary.claims.length;
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)] ?? 0, rows };
  },
  async counts(): Promise<Record<string, number>> {
    const db = harness.db();
    return {
      invoiceLines: await db.invoiceLines.count(),
      claims: await db.claims.count(),
      lineAggregates: await db.lineAggregates.count(),
      claimAggregates: await db.claimAggregates.count(),
    };
  },
  async exportBackup(): Promise<string> {
    return exportBackup(harness.db(), new Date().toISOString());
  },
  async restoreBackup(text: string): Promise<Record<string, number>> {
    return restoreBackup(harness.db(), text);
  },
  /** Writes a version-1 database as the first release did, to test the upgrade in a real browser. */
  async writeV1Fixture(name: string, lines: number, claims: number): Promise<void> {
    current?.close();
    current = undefined;
    await Dexie.delete(name);
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.open();
    const rows = [];
    for (let i = 0; i < lines; i += 1) rows.push(toInvoiceRow(makeLine(i), 'b1'));
    await v1.table('invoiceLines').bulkAdd(rows);
    await v1.table('claims').bulkAdd(
      rows.slice(0, claims).map((line, i) => ({
        id: `c${i}`,
        lineKey: line.key,
        program: 'spiff',
        repId: `rep-${i % 3}`,
        partnerId: line.partnerId,
        quarter: line.quarter,
        family: line.family,
        units: line.quantity,
        amount: 100 * line.quantity,
        unit: 'USD',
        status: 'queued',
        activeKey: `${line.key}\u001fspiff`,
        ruleVersion: 'spiff-2017.1',
        createdAt: '2026-06-01T00:00:00Z',
        updatedAt: '2026-06-01T00:00:00Z',
        history: [],
      })),
    );
    v1.close();
  },
  async versionOf(name: string): Promise<number> {
    const db = new Dexie(name);
    await db.open();
    const v = db.verno;
    db.close();
    return v;
  },
  rawPutBenchmark,
  benchImport,
  generateCsv,
  async importGenerated(dbName: string, count: number, batchId: string, chunkSize?: number) {
    return importBytes(dbName, generateCsv(count), batchId, chunkSize);
  },
  async importText(dbName: string, text: string, batchId: string) {
    return importBytes(dbName, new TextEncoder().encode(text), batchId);
  },
  async importGeneratedAndCancel(
    dbName: string,
    count: number,
    batchId: string,
    afterChunks: number,
    chunkSize: number,
  ) {
    return importAndCancel(dbName, generateCsv(count), batchId, afterChunks, chunkSize);
  },
  async resumeGenerated(dbName: string, count: number, batchId: string, chunkSize: number) {
    return resumeImport(dbName, generateCsv(count), batchId, chunkSize);
  },
  async quarantine(batchId: string) {
    return quarantineOf(harness.db(), batchId);
  },
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}

window.harness = harness;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
