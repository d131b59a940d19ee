import type { InvoiceLine } from '../../shared/index';
import { numberFormat, excelValue } from './cells';
import { INVOICE_COLUMNS, invoiceCells } from './invoice-rows';
import { rowWriter, splitSheet, styleIdsOfRow } from './sheet-xml';
import type { CellInput, ColumnSpec, WorkbookSpec } from './workbook-spec';
import { readZip, writeZip } from './zip';

/**
 * Builds the XLSX. exceljs writes the workbook (styles, formats, the small program sheets); a
 * large "Invoice lines" sheet is then streamed in as rows of XML with exceljs's own cell styles,
 * because exceljs's per-cell objects take tens of seconds for 100,000 lines. Runs in the XLSX
 * worker; also callable directly (benchmark, tests). exceljs is only ever imported here.
 */
export interface InvoiceSource {
  count(): Promise<number>;
  /** Calls back once per line, in order. */
  each(callback: (line: InvoiceLine) => void): Promise<void>;
}

export function arraySource(lines: readonly InvoiceLine[]): InvoiceSource {
  return {
    count: async () => lines.length,
    each: async (callback) => lines.forEach(callback),
  };
}

export type Progress = (done: number, total: number) => void;

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(FORBIDDEN_IN_SHEET_NAME, ' ').slice(0, 31).trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const SAMPLE: Record<string, CellInput> = {
  text: 'x',
  integer: 1,
  money: 1,
  amount: 1,
  percent: 1,
  date: '2000-01-01',
};

const ROWS_PER_CHUNK = 2_000;

export async function buildXlsx(
  spec: WorkbookSpec,
  source?: InvoiceSource,
  onProgress: Progress = () => undefined,
): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator;
  const taken = new Set<string>();
  const addSheet = (
    name: string,
    columns: readonly ColumnSpec[],
    rows: readonly (readonly CellInput[])[],
  ) => {
    const sheet = workbook.addWorksheet(sheetName(name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((c, i) => ({
      header: c.header,
      key: `c${i}`,
      width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)),
      style: { numFmt: numberFormat(c.kind, c.currency) },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(rows.map((row) => columns.map((c, i) => excelValue(c.kind, row[i] ?? null))));
    return sheet;
  };
  for (const sheet of spec.sheets) addSheet(sheet.name, sheet.columns, sheet.rows);

  const invoices = spec.invoiceLines;
  if (!invoices || !source) return new Uint8Array(await workbook.xlsx.writeBuffer());

  const columns: ColumnSpec[] = INVOICE_COLUMNS.map((c, i) => ({
    header: invoices.headers[i] ?? c.key,
    kind: c.kind,
    width: c.width,
  }));
  addSheet(invoices.sheetName, columns, [columns.map((c) => SAMPLE[c.kind] ?? null)]);
  const entries = readZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const path = `xl/worksheets/sheet${spec.sheets.length + 1}.xml`;
  const sheetEntry = entries.find((e) => e.name === path);
  if (!sheetEntry) throw new Error(`exceljs wrote no ${path}`);
  const sheetXml = new TextDecoder().decode(sheetEntry.data);

  const total = await source.count();
  const write = rowWriter(
    columns.map((c) => c.kind),
    styleIdsOfRow(sheetXml, 2, columns.length),
  );
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [new Uint8Array(0)];
  let pending = '';
  let done = 0;
  await source.each((line) => {
    done += 1;
    pending += write(done + 1, invoiceCells(line, invoices));
    if (done % ROWS_PER_CHUNK === 0) {
      chunks.push(encoder.encode(pending));
      pending = '';
      if (done % (ROWS_PER_CHUNK * 5) === 0) onProgress(done, total);
    }
  });
  // The head carries the dimension, known once every line is written.
  const { head, tail } = splitSheet(sheetXml, 2, done + 1, columns.length);
  chunks[0] = encoder.encode(head);
  chunks.push(encoder.encode(pending + tail));
  onProgress(done, total);
  return writeZip(entries.map((e) => (e.name === path ? { name: e.name, data: chunks } : e)));
}
