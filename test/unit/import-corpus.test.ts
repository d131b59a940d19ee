import { describe, expect, it } from 'vitest';
import type { Family } from '../../shared/index';
import { listFixtures, readExpected, readFixture } from '../fixtures/import/read-fixture';
import type { FixtureExpectation } from '../fixtures/import/read-fixture';
import { parseDistributorFile } from '../../shared/import/index';
import type { CatalogEntry, ParseOptions, ParseResult } from '../../shared/import/index';

const expected = readExpected();

function optionsOf(name: string, e: FixtureExpectation): ParseOptions {
  const { familyValues: values, ...o } = e.options ?? {};
  const catalog = o.catalog
    ? new Map<string, CatalogEntry>(
        Object.entries(o.catalog).map(([sku, v]) => [
          sku,
          { family: v.family as Family, topseller: v.topseller },
        ]),
      )
    : undefined;
  const familyValues = values as Record<string, Family> | undefined;
  return { ...o, catalog, ...(familyValues ? { familyValues } : {}), fileName: name };
}

function checkInvariant(result: ParseResult): void {
  if (!result.fileError) {
    expect(result.rows.length + result.rejected.length).toBe(result.detected.totalRows);
  } else {
    expect(result.rows).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.fileError.reason.length).toBeGreaterThan(10);
  }
}

describe('import corpus (test/fixtures/import)', () => {
  it('has an expectation for every fixture file and a file for every expectation', () => {
    expect(listFixtures().sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, e] of Object.entries(expected)) {
    it(name, async () => {
      const result = await parseDistributorFile(readFixture(name), optionsOf(name, e));
      checkInvariant(result);
      expect(result.fileError?.code).toBe(e.fileError);
      expect(result.fileError?.kind).toBe(e.fileKind);
      expect(result.rows.length).toBe(e.rows);
      expect(result.rejected.map((r) => [r.row, r.code])).toEqual(e.rejected);
      for (const r of result.rejected) {
        expect(r.reason).toMatch(/[.)]$/);
        expect(Object.keys(r.raw).length).toBeGreaterThan(0);
      }
      expect(result.detected).toMatchObject(e.detected ?? {});
      for (const [row, fields] of Object.entries(e.check ?? {})) {
        const line = result.rows.find((r) => r.row === Number(row));
        expect(line, `row ${row}`).toBeDefined();
        expect(line).toMatchObject(fields);
      }
    });
  }
});

/** Seeded PRNG (mulberry32): the same 10 MB every run, nothing large committed. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i += 4) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const v = (t ^ (t >>> 14)) >>> 0;
    bytes[i] = v & 255;
    bytes[i + 1] = (v >>> 8) & 255;
    bytes[i + 2] = (v >>> 16) & 255;
    bytes[i + 3] = v >>> 24;
  }
  return bytes;
}

describe('file-level failures are results, not exceptions', () => {
  it('10 MB of random bytes → not_a_table', async () => {
    const result = await parseDistributorFile(randomBytes(10 * 1024 * 1024, 42));
    expect(result.fileError).toMatchObject({ code: 'not_a_table', kind: 'binary' });
    checkInvariant(result);
  }, 30_000); // 10 MB decoded twice: well under 5 s alone, not on a loaded shared machine

  it('random bytes behind a ZIP signature: a ZIP archive, not a workbook', async () => {
    const bytes = randomBytes(100_000, 7);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const result = await parseDistributorFile(bytes, { fileName: 'report.xlsx' });
    expect(result.fileError).toMatchObject({ code: 'not_a_table', kind: 'zip' });
    expect(result.fileError?.reason).toMatch(/ZIP archive/);
  });

  it('a damaged workbook (its middle overwritten) → bad_xlsx', async () => {
    const bytes = readFixture('invoices.xlsx').slice();
    bytes.set(randomBytes(2_000, 9), 600);
    const result = await parseDistributorFile(bytes);
    expect(result.detected.format).toBe('xlsx');
    expect(result.fileError?.code).toBe('bad_xlsx');
  });

  it('a CSV named .xlsx → bad_xlsx', async () => {
    const result = await parseDistributorFile(readFixture('utf8.csv'), { fileName: 'x.XLSX' });
    expect(result.fileError?.code).toBe('bad_xlsx');
  });

  it('whitespace only → empty_file', async () => {
    const result = await parseDistributorFile(new TextEncoder().encode('\n\r\n  \n'));
    expect(result.fileError?.code).toBe('empty_file');
  });

  it('more rows than maxRows → too_many_rows', async () => {
    const result = await parseDistributorFile(readFixture('utf8.csv'), { maxRows: 4 });
    expect(result.fileError?.code).toBe('too_many_rows');
    expect(result.detected.totalRows).toBe(5);
  });

  it('a missing column reported by the detection can be chosen by hand', async () => {
    const bytes = readFixture('missing-columns.csv');
    const first = await parseDistributorFile(bytes);
    expect(first.fileError?.code).toBe('missing_columns');
    expect(first.detected.headers).toEqual(['Invoice No', 'Line', 'Date', 'Qty']);
    const text =
      'Invoice No,Line,Date,Qty,Artikel-Code,Preis netto,Kunde Nr\nI-1,1,2026-05-14,2,A1,5.00,P-7\n';
    const second = await parseDistributorFile(new TextEncoder().encode(text), {
      distributor: 'Ingram',
      currency: 'USD',
      catalog: new Map([['A1', { family: 'server', topseller: false }]]),
      mapping: { sku: 'Artikel-Code', partnerId: 6 },
    });
    expect(second.fileError).toBeUndefined();
    expect(second.rows[0]).toMatchObject({ sku: 'A1', partnerId: 'P-7', unitPriceCents: 500 });
  });
});
