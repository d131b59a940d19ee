import { excelValue } from './cells';
import type { CellInput, ColumnKind } from './workbook-spec';

/** Fast worksheet XML for large sheets: rows as strings, no per-cell objects. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// Characters XML 1.0 does not allow, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uFFFE\uFFFF]/;

function textXml(value: string): string {
  const text = NEEDS_ESCAPE.test(value) ? escapeXml(value) : value;
  const padded = value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32;
  return `<is><t${padded ? ' xml:space="preserve"' : ''}>${text}</t></is>`;
}

type CellWriter = (ref: string, style: string, value: string | number) => string;

function cellWriter(kind: ColumnKind): CellWriter {
  const numberCell = (ref: string, style: string, n: number) =>
    Number.isFinite(n) ? `<c r="${ref}"${style}><v>${n}</v></c>` : '';
  const textCell = (ref: string, style: string, value: string | number) =>
    typeof value === 'number'
      ? numberCell(ref, style, value)
      : `<c r="${ref}"${style} t="inlineStr">${textXml(value)}</c>`;
  if (kind === 'text') return textCell;
  if (kind === 'date') {
    const serials = new Map<string, number>();
    return (ref, style, value) => {
      if (typeof value === 'number') return numberCell(ref, style, value);
      let serial = serials.get(value);
      if (serial === undefined) {
        const converted = excelValue('date', value);
        if (typeof converted !== 'number') return textCell(ref, style, value);
        serial = converted;
        serials.set(value, serial);
      }
      return numberCell(ref, style, serial);
    };
  }
  return (ref, style, value) => {
    const converted = excelValue(kind, value);
    return typeof converted === 'number'
      ? numberCell(ref, style, converted)
      : converted === null
        ? ''
        : textCell(ref, style, converted);
  };
}

/** Writes `<row>` elements for columns of known kinds and cell style ids. */
export function rowWriter(
  kinds: readonly ColumnKind[],
  styleIds: readonly (string | undefined)[],
): (rowNumber: number, values: readonly CellInput[]) => string {
  const letters = kinds.map((_, i) => columnLetter(i));
  const styles = kinds.map((_, i) => (styleIds[i] ? ` s="${styleIds[i]}"` : ''));
  const writers = kinds.map(cellWriter);
  const count = kinds.length;
  return (rowNumber, values) => {
    let xml = `<row r="${rowNumber}">`;
    for (let i = 0; i < count; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const write = writers[i];
      if (write) xml += write(`${letters[i] ?? ''}${rowNumber}`, styles[i] ?? '', value);
    }
    return `${xml}</row>`;
  };
}

/** The style id of each cell of a row exceljs wrote (the sample row), by column. */
export function styleIdsOfRow(
  sheetXml: string,
  rowNumber: number,
  columns: number,
): (string | undefined)[] {
  const ids: (string | undefined)[] = Array.from({ length: columns }, () => undefined);
  const row = new RegExp(`<row r="${rowNumber}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml);
  if (!row?.[1]) return ids;
  for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"(?:[^>]*?\ss="(\d+)")?/g)) {
    const index = ids.findIndex((_, i) => columnLetter(i) === cell[1]);
    if (index >= 0) ids[index] = cell[2];
  }
  return ids;
}

/**
 * Splits a sheet exceljs wrote (header row + one sample row) around its data rows, so streamed
 * rows can go in between. The dimension is corrected for the real row count.
 */
export function splitSheet(
  sheetXml: string,
  firstDataRow: number,
  lastRow: number,
  columns: number,
): { head: string; tail: string } {
  const start = sheetXml.indexOf(`<row r="${firstDataRow}"`);
  const end = sheetXml.indexOf('</sheetData>');
  if (start < 0 || end < 0) throw new Error('unexpected worksheet layout');
  const head = sheetXml
    .slice(0, start)
    .replace(
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:${columnLetter(columns - 1)}${lastRow}"/>`,
    );
  // The filter range, written for the sample row, is stretched over every streamed row.
  const tail = sheetXml
    .slice(end)
    .replace(
      /<autoFilter ref="([A-Z]+)1:([A-Z]+)\d+"\/>/,
      (_, from: string, to: string) => `<autoFilter ref="${from}1:${to}${lastRow}"/>`,
    );
  return { head, tail };
}

/**
 * Sets the width of each column in a sheet's `<cols>` element. exceljs writes neighbouring
 * columns of equal width and style as one range; a range is split so each column gets its own.
 */
export function setColumnWidths(sheetXml: string, widths: readonly number[]): string {
  return sheetXml.replace(
    /<col min="(\d+)" max="(\d+)"([^>]*?)\/>/g,
    (whole, min: string, max: string, attributes: string) => {
      let xml = '';
      for (let i = Number(min); i <= Number(max); i++) {
        const width = widths[i - 1];
        const rest =
          width === undefined
            ? attributes
            : attributes.replace(/ width="[^"]*"/, ` width="${width}"`);
        xml += `<col min="${i}" max="${i}"${rest}/>`;
      }
      return xml || whole;
    },
  );
}
