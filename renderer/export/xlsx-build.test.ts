import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { InvoiceLine } from '../../shared/index';
import { arraySource, buildXlsx, sheetName } from './xlsx-build';
import type { WorkbookSpec } from './workbook-spec';

function line(i: number): InvoiceLine {
  return {
    distributor: 'TD SYNNEX',
    partnerId: 'P-1001',
    invoiceNo: `INV-${i}`,
    lineNo: (i % 5) + 1,
    date: '2026-10-05',
    sku: '8871KJU',
    family: 'server',
    topseller: true,
    quantity: 3,
    unitPriceCents: 258_167,
    currency: 'USD',
    customerName: i === 0 ? '=cmd|"/c calc"!A1' : `Contoso <${i}> & Co`,
  };
}

const spec: WorkbookSpec = {
  creator: 'Partner Rewards',
  sheets: [
    {
      name: 'SPIFF',
      columns: [
        { header: 'Rep', kind: 'text' },
        { header: 'Earned', kind: 'money', currency: 'USD' },
        { header: 'Share', kind: 'percent' },
      ],
      rows: [['Ana', 1_050_000, 1_863]],
    },
  ],
  invoiceLines: {
    dbName: 'unused',
    quarter: 'FY2026-Q3',
    sheetName: 'Invoice lines',
    headers: [
      'Date',
      'Distributor',
      'Partner',
      'Invoice',
      'Line',
      'SKU',
      'Family',
      'Topseller',
      'Quantity',
      'Unit price',
      'Line total',
      'Currency',
      'Customer',
    ],
    familyLabels: { server: 'Server' },
    yes: 'Yes',
    no: 'No',
  },
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('buildXlsx', () => {
  it('writes program sheets with money and percent formats', async () => {
    const workbook = await load(await buildXlsx({ ...spec, invoiceLines: undefined }));
    const sheet = workbook.getWorksheet('SPIFF');
    expect(sheet?.getCell('B2').value).toBe(10_500);
    expect(sheet?.getCell('B2').numFmt).toContain('$');
    expect(sheet?.getCell('C2').value).toBeCloseTo(0.1863);
    expect(sheet?.getCell('C2').numFmt).toBe('0.0%');
  });

  it('streams invoice lines into their sheet with dates, amounts and text kept as text', async () => {
    const workbook = await load(await buildXlsx(spec, arraySource([0, 1, 2].map(line))));
    const sheet = workbook.getWorksheet('Invoice lines');
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getCell('A1').value).toBe('Date');
    const date = sheet?.getCell('A2').value;
    expect(date instanceof Date ? date.toISOString().slice(0, 10) : date).toBe('2026-10-05');
    expect(sheet?.getCell('J2').value).toBe(2581.67);
    expect(sheet?.getCell('K2').value).toBe(7745.01);
    expect(sheet?.getCell('K2').numFmt).toBe('#,##0.00');
    expect(sheet?.getCell('M2').value).toBe('=cmd|"/c calc"!A1');
    expect(sheet?.getCell('M3').value).toBe('Contoso <1> & Co');
    expect(sheet?.getCell('G4').value).toBe('Server');
  });

  // Time is printed, not asserted: shared machines are noisy (benchInvoiceXlsx is for the bench).
  it('writes 100,000 invoice lines', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => line(i + 1));
    const started = performance.now();
    const bytes = await buildXlsx(spec, arraySource(lines));
    const ms = performance.now() - started;
    console.info(`XLSX, 100,000 invoice lines: ${ms.toFixed(0)} ms, ${bytes.length} bytes`);
    expect(bytes[0]).toBe(0x50);
  }, 30_000);

  it('adds a totals row of formulas, a filter over the data and widths that fit the content', async () => {
    const workbook = await load(
      await buildXlsx({
        creator: 'x',
        sheets: [
          {
            name: '团队',
            columns: [
              { header: '销售代表', kind: 'text' },
              { header: 'SPIFF 已支付（USD）', kind: 'money', currency: 'USD' },
              { header: '申领：已支付', kind: 'integer' },
            ],
            rows: [
              ['王小明', 1_050_000, 4],
              ['Ana Kowalski-Wiśniewska', 25_000, 1],
            ],
            totalsLabel: '合计',
          },
        ],
      }),
    );
    const sheet = workbook.getWorksheet('团队');
    expect(sheet?.getCell('A4').value).toBe('合计');
    expect(sheet?.getCell('B4').value).toEqual({ formula: 'SUM(B2:B3)', result: 10_750 });
    expect(sheet?.getCell('C4').value).toEqual({ formula: 'SUM(C2:C3)', result: 5 });
    expect(sheet?.getCell('B4').numFmt).toContain('$');
    expect(sheet?.autoFilter).toBe('A1:C3');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // "SPIFF 已支付（USD）": 6 Latin + 6 wide characters = 18 columns, plus room for bold.
    expect(sheet?.getColumn(2).width).toBeGreaterThanOrEqual(18);
    expect(sheet?.getColumn(1).width).toBeGreaterThanOrEqual('Ana Kowalski-Wiśniewska'.length);
  });

  it('sizes the invoice columns to the longest value and filters every streamed row', async () => {
    const long = {
      ...line(1),
      invoiceNo: 'INV-2026-00012345',
      customerName: '北京联想科技有限公司华北分公司',
    };
    const workbook = await load(await buildXlsx(spec, arraySource([line(0), long, line(2)])));
    const sheet = workbook.getWorksheet('Invoice lines');
    expect(sheet?.getColumn(4).width).toBeGreaterThanOrEqual(17);
    expect(sheet?.getColumn(13).width).toBeGreaterThanOrEqual(30);
    expect(sheet?.autoFilter).toBe('A1:M4');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('A/B: [C]?', taken)).toBe('A B   C');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('a b   c', taken)).toBe('a b   c 2');
  });
});
