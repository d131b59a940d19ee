/**
 * The XLSX floor's worker: one getAll of the quarter's lines, each row as plain worksheet XML
 * (inline strings and numbers: no styles, widths, number formats, formulas or other sheets),
 * deflated by the platform's CompressionStream as it is written.
 */
import { openExisting, quarterLines, type FloorLine } from './idb';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ db: string; quarter: string }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

const escape = (text: string): string =>
  /[&<>"]/.test(text)
    ? text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    : text;
const str = (value: string) => `<c t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
const num = (value: number) => `<c><v>${value}</v></c>`;

function rowXml(line: FloorLine): string {
  return `<row>${str(line.date)}${str(line.distributor)}${str(line.partnerId)}${str(line.invoiceNo)}${num(line.lineNo)}${str(line.sku)}${str(line.family)}${str(line.topseller ? 'yes' : 'no')}${num(line.quantity)}${num(line.unitPriceCents / 100)}${num((line.quantity * line.unitPriceCents) / 100)}${str(line.currency)}${str(line.customerName)}</row>`;
}

async function build(dbName: string, quarter: string): Promise<Uint8Array<ArrayBuffer>> {
  const db = await openExisting(dbName);
  const lines = await quarterLines(db.transaction('invoiceLines', 'readonly'), quarter);
  db.close();
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const output = new Response(stream.readable).arrayBuffer();
  const encoder = new TextEncoder();
  let pending =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line) pending += rowXml(line);
    if (i % 2_000 === 1_999) {
      void writer.write(encoder.encode(pending));
      pending = '';
    }
  }
  void writer.write(encoder.encode(`${pending}</sheetData></worksheet>`));
  void writer.close();
  return new Uint8Array(await output);
}

scope.onmessage = (event) => {
  build(event.data.db, event.data.quarter)
    .then((bytes) => scope.postMessage(bytes, [bytes.buffer]))
    .catch((error: unknown) => scope.postMessage(String(error)));
};
