import type { InvoiceLine } from '../../shared/index';
import { loadExcelJs } from '../../shared/excel/load-exceljs';
import { columnWidth, displayWidth, excelValue, numberFormat, valueWidth } from './cells';
import { INVOICE_COLUMNS, invoiceCells } from './invoice-rows';
import { columnLetter, rowWriter, setColumnWidths, splitSheet, styleIdsOfRow } from './sheet-xml';
import { columnTotals, SUMMED_KINDS } from './totals';
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
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator;
  const taken = new Set<string>();
  const addSheet = (
    name: string,
    columns: readonly ColumnSpec[],
    rows: readonly (readonly CellInput[])[],
    totalsLabel?: string,
  ) => {
    const sheet = workbook.addWorksheet(sheetName(name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const totals = totalsLabel === undefined ? null : columnTotals({ columns, rows });
    sheet.columns = columns.map((c, i) => {
      let widest = displayWidth(c.header);
      for (const row of rows) widest = Math.max(widest, valueWidth(c.kind, row[i] ?? null));
      if (totals)
        widest = Math.max(
          widest,
          valueWidth(c.kind, i === 0 ? (totalsLabel ?? '') : (totals[i] ?? null)),
        );
      return {
        header: c.header,
        key: `c${i}`,
        width: c.width ?? columnWidth(widest),
        style: { numFmt: numberFormat(c.kind, c.currency) },
      };
    });
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(rows.map((row) => columns.map((c, i) => excelValue(c.kind, row[i] ?? null))));
    const lastDataRow = rows.length + 1;
    // The filter covers the header and the data rows; the totals row stays below it.
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: lastDataRow, column: columns.length },
    };
    if (totals && rows.length > 0) {
      const totalRow = sheet.addRow(
        columns.map((c, i) => {
          if (i === 0) return totalsLabel;
          const total = totals[i];
          if (!SUMMED_KINDS.has(c.kind) || total === null || total === undefined) return null;
          const letter = columnLetter(i);
          // A formula, so a figure changed in Excel updates the total; the cached result is ours.
          return {
            formula: `SUM(${letter}2:${letter}${lastDataRow})`,
            result: excelValue(c.kind, total),
          };
        }),
      );
      totalRow.font = { bold: true };
    }
    return sheet;
  };
  for (const sheet of spec.sheets)
    addSheet(sheet.name, sheet.columns, sheet.rows, sheet.totalsLabel);

  const invoices = spec.invoiceLines;
  if (!invoices || !source) return new Uint8Array(await workbook.xlsx.writeBuffer());

  const columns: ColumnSpec[] = INVOICE_COLUMNS.map((c, i) => ({
    header: invoices.headers[i] ?? c.key,
    kind: c.kind,
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
  // Widest value per column: a text is measured only when it could beat the widest so far
  // (a character is at most two columns), which keeps 100,000 lines cheap.
  const widest = columns.map((c) => displayWidth(c.header));
  await source.each((line) => {
    done += 1;
    const cells = invoiceCells(line, invoices);
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i] ?? null;
      const kind = columns[i]?.kind ?? 'text';
      if (typeof value === 'string' && kind !== 'date' && value.length * 2 <= (widest[i] ?? 0))
        continue;
      const width = valueWidth(kind, value);
      if (width > (widest[i] ?? 0)) widest[i] = width;
    }
    pending += write(done + 1, cells);
    if (done % ROWS_PER_CHUNK === 0) {
      chunks.push(encoder.encode(pending));
      pending = '';
      if (done % (ROWS_PER_CHUNK * 5) === 0) onProgress(done, total);
    }
  });
  // The head carries the dimension, known once every line is written.
  const { head, tail } = splitSheet(sheetXml, 2, done + 1, columns.length);
  chunks[0] = encoder.encode(setColumnWidths(head, widest.map(columnWidth)));
  chunks.push(encoder.encode(pending + tail));
  onProgress(done, total);
  return writeZip(entries.map((e) => (e.name === path ? { name: e.name, data: chunks } : e)));
}
