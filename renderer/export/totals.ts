import type { ColumnKind, SheetSpec } from './workbook-spec';

/** Columns whose values add up to a meaningful total (a rate or a date does not). */
export const SUMMED_KINDS: ReadonlySet<ColumnKind> = new Set(['integer', 'money', 'amount']);

/**
 * The totals row of a sheet: the sum of each summed column (in the sheet's own units: cents,
 * points, counts), null for the others. The screen, the CSV and the XLSX's cached formula
 * results all come from here, so they agree.
 */
export function columnTotals(sheet: Pick<SheetSpec, 'columns' | 'rows'>): (number | null)[] {
  return sheet.columns.map((column, i) => {
    if (!SUMMED_KINDS.has(column.kind)) return null;
    let sum = 0;
    for (const row of sheet.rows) {
      const value = row[i];
      if (typeof value === 'number') sum += value;
    }
    return sum;
  });
}
