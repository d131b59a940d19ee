import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../index';
import type { InvoiceLine } from '../index';
import { parseDistributorFile } from './index';

const HEADER = [
  'Distributor',
  'Partner ID',
  'Invoice No',
  'Line',
  'Invoice Date',
  'SKU',
  'Family',
  'Topseller',
  'Qty',
  'Unit Price',
  'Currency',
  'End Customer',
];

interface Style {
  delimiter: ',' | ';' | '\t';
  decimal: '.' | ',';
  thousands: '' | ',' | '.' | ' ';
  dates: 'iso' | 'dots';
  eol: '\n' | '\r\n' | '\r';
}

const styleArb: fc.Arbitrary<Style> = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    decimal: fc.constantFrom('.', ','),
    thousands: fc.constantFrom('', ',', '.', ' '),
    dates: fc.constantFrom('iso', 'dots'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .filter((s) => s.thousands !== s.decimal);

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9\-/]{0,11}$/);
const nameChars = fc.constantFrom(...'abcXYZ 019éüßÆ北京,;\t"\'\n\r-&.'.split(''));
const customer = fc.array(nameChars, { maxLength: 20 }).map((cs) => cs.join('').trim());

const dateArb = fc
  .date({
    min: new Date(Date.UTC(2000, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const lineArb = fc.record({
  distributor: fc.constantFrom('Ingram', 'Tech Data', 'Also'),
  partnerId: word,
  invoiceNo: word,
  lineNo: fc.integer({ min: 0, max: 9999 }),
  date: dateArb,
  sku: word,
  family: fc.constantFrom(...FAMILIES),
  topseller: fc.boolean(),
  quantity: fc.integer({ min: 0, max: 1_000_000 }),
  unitPriceCents: fc.integer({ min: 0, max: 99_999_999_999 }),
  currency: fc.constantFrom('USD' as const, 'EUR' as const),
  customerName: customer,
});

function group(digits: string, thousands: string): string {
  if (!thousands) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
}

function serialise(lines: readonly InvoiceLine[], s: Style): string {
  const quote = (v: string): string =>
    /["\r\n]/.test(v) || v.includes(s.delimiter) || v !== v.trim()
      ? `"${v.replace(/"/g, '""')}"`
      : v;
  const out = [HEADER.join(s.delimiter)];
  for (const l of lines) {
    const cents = String(l.unitPriceCents).padStart(3, '0');
    const price = `${group(cents.slice(0, -2), s.thousands)}${s.decimal}${cents.slice(-2)}`;
    const [y, m, d] = l.date.split('-');
    const cells = [
      l.distributor,
      l.partnerId,
      l.invoiceNo,
      String(l.lineNo),
      s.dates === 'iso' ? l.date : `${d}.${m}.${y}`,
      l.sku,
      l.family,
      l.topseller ? 'yes' : 'no',
      group(String(l.quantity), s.thousands),
      price,
      l.currency,
      l.customerName,
    ];
    out.push(cells.map(quote).join(s.delimiter));
  }
  return out.join(s.eol) + s.eol;
}

describe('round trip: valid rows written in any supported style come back exactly', () => {
  it('parse(serialise(rows)) = rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(lineArb, {
          minLength: 1,
          maxLength: 25,
          selector: (l) => `${l.distributor}|${l.invoiceNo}|${l.lineNo}`,
        }),
        styleArb,
        async (lines, style) => {
          const text = serialise(lines, style);
          const result = await parseDistributorFile(new TextEncoder().encode(text));
          expect(result.fileError).toBeUndefined();
          expect(result.rejected).toEqual([]);
          expect(result.rows.length + result.rejected.length).toBe(result.detected.totalRows);
          expect(result.detected.delimiter).toBe(style.delimiter);
          expect(result.rows).toEqual(lines.map((l, i) => ({ row: i + 2, ...l })));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000); // ~4 s of properties on a quiet 2-core machine; the default 5 s is too tight under load
});

describe('whatever the cells, every row is accounted for', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      '',
      '-1',
      '2.5',
      '1.234,56',
      '31.02.2026',
      '2026-05-14',
      'server',
      'yes',
      'EUR',
    ),
  );
  it('rows + rejected = totalRows, no throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 10, maxLength: 14 }), { maxLength: 20 }),
        fc.constantFrom(',', ';', '\t'),
        async (grid, delimiter) => {
          const text = [HEADER, ...grid]
            .map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(delimiter))
            .join('\n');
          const result = await parseDistributorFile(new TextEncoder().encode(text));
          if (result.fileError) {
            expect(['no_data_rows', 'empty_file', 'not_a_table']).toContain(result.fileError.code);
          } else {
            expect(result.rows.length + result.rejected.length).toBe(result.detected.totalRows);
            const numbers = [
              ...result.rows.map((r) => r.row),
              ...result.rejected.map((r) => r.row),
            ];
            expect(new Set(numbers).size).toBe(numbers.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
