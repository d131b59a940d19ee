/**
 * Floor for scrolling the invoice table: the same rows (the quarter's lines, newest first, read
 * with the same getAll) in a plain hand-written virtualized list: fixed 44 px rows, the rows in
 * view plus 4 either side, their text set directly. No React, no app components, no formatting.
 */
import { openExisting, param, quarterLines, type FloorLine } from './idb';

const ROW_HEIGHT = 44;
const OVERSCAN = 4;

function cells(line: FloorLine): string[] {
  return [
    '',
    line.date,
    `${line.invoiceNo} / ${line.lineNo}`,
    line.sku,
    line.family,
    line.customerName,
    String(line.quantity),
    `${(line.lineTotalCents / 100).toFixed(2)} ${line.currency}`,
    '',
  ];
}

async function main(): Promise<void> {
  const db = await openExisting(param('db'));
  const stored = await quarterLines(db.transaction('invoiceLines', 'readonly'), param('quarter'));
  const lines = stored.reverse();
  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  const body = document.createElement('div');
  body.className = 'body';
  body.setAttribute('role', 'rowgroup');
  body.style.height = `${lines.length * ROW_HEIGHT}px`;
  scroller.append(body);
  document.querySelector('main')?.append(scroller);

  const shown = new Map<number, HTMLElement>();
  const render = () => {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      lines.length - 1,
      Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN,
    );
    for (const [index, row] of shown)
      if (index < first || index > last) {
        row.remove();
        shown.delete(index);
      }
    for (let index = first; index <= last; index += 1) {
      const line = lines[index];
      if (!line || shown.has(index)) continue;
      const row = document.createElement('div');
      row.className = 'row';
      row.setAttribute('role', 'row');
      row.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
      for (const text of cells(line)) {
        const cell = document.createElement('div');
        cell.textContent = text;
        row.append(cell);
      }
      body.append(row);
      shown.set(index, row);
    }
  };
  scroller.addEventListener('scroll', render, { passive: true });
  render();
}

main().catch((error: unknown) => {
  document.body.textContent = `floor failed: ${String(error)}`;
});
