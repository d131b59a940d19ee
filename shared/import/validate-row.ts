import { FAMILIES } from '../index';
import type { Currency, Family, IsoDate } from '../index';
import { parseDate } from './dates';
import { parseAmount, parseWholeNumber, plainWholeNumber } from './numbers';
import type { NumberStyle } from './numbers';
import { booleanOf, currencyOf, familyOf, familyValueKey } from './values';
import type {
  CatalogEntry,
  ColumnMapping,
  DateOrder,
  Delimiter,
  Field,
  ParsedRow,
  RejectCode,
} from './types';

/** Why one row was not imported. */
export class RowProblem {
  constructor(
    readonly code: RejectCode,
    readonly field: Field | undefined,
    readonly reason: string,
    /** The cell text the problem is about, when the screen needs it to offer a fix. */
    readonly value?: string,
  ) {}
}

export interface RowContext {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  /** XLSX rows may end early (trailing empty cells are not stored); CSV rows may not. */
  readonly allowShortRows: boolean;
  readonly delimiter: Delimiter | null;
  readonly distributor?: string;
  readonly currency?: Currency;
  readonly catalog?: ReadonlyMap<string, CatalogEntry>;
  /** The rep's family for texts that name none, keyed by `familyValueKey`. */
  readonly familyValues?: ReadonlyMap<string, Family>;
  readonly quantityStyle: NumberStyle;
  readonly unitPriceStyle: NumberStyle;
  readonly lineTotalStyle: NumberStyle;
  readonly dateOrder: DateOrder;
  readonly serialDates: boolean;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  /** True when the range is the default 2000-2099 rather than the open quarters. */
  readonly defaultRange: boolean;
}

const MISS = -1;

function show(value: string): string {
  const v = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `"${v}"`;
}

const DELIMITER_NAME: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * Turns the cells of one data row into an invoice line, or says (in a sentence naming the
 * column and the value) why not. The first problem found is reported. Caches per distinct
 * text keep repeated dates, families and currencies cheap.
 */
export class RowValidator {
  private readonly col: Record<Field, number>;
  private readonly label: Record<Field, string>;
  private readonly width: number;
  private readonly dateCache = new Map<string, IsoDate | null>();
  private readonly familyCache = new Map<string, Family | null>();
  private readonly mappedCache = new Map<string, Family | null>();
  private readonly boolCache = new Map<string, boolean | null>();

  constructor(private readonly ctx: RowContext) {
    const col = {} as Record<Field, number>;
    const label = {} as Record<Field, string>;
    for (const field of Object.keys(FIELD_NAMES) as Field[]) {
      const index = ctx.mapping[field];
      col[field] = index ?? MISS;
      label[field] =
        index === undefined
          ? FIELD_NAMES[field].charAt(0).toUpperCase() + FIELD_NAMES[field].slice(1)
          : `Column "${ctx.headers[index] || `#${index + 1}`}" (${FIELD_NAMES[field]})`;
    }
    this.col = col;
    this.label = label;
    this.width = ctx.headers.length;
  }

  validate(cells: readonly string[], row: number): ParsedRow | RowProblem {
    const ctx = this.ctx;
    const col = this.col;
    const label = this.label;
    if (cells.length !== this.width) {
      const problem = this.checkWidth(cells);
      if (problem) return problem;
    }

    let distributor = cellAt(cells, col.distributor);
    if (distributor === '') distributor = ctx.distributor ?? '';
    if (distributor === '') {
      return new RowProblem(
        'missing_distributor',
        'distributor',
        `${label.distributor} is empty and no distributor was chosen for this file.`,
      );
    }
    const partnerId = cellAt(cells, col.partnerId);
    if (partnerId === '') return empty('missing_partner', 'partnerId', label.partnerId);
    const invoiceNo = cellAt(cells, col.invoiceNo);
    if (invoiceNo === '') return empty('missing_invoice_no', 'invoiceNo', label.invoiceNo);

    const lineText = cellAt(cells, col.lineNo);
    if (lineText === '') return empty('missing_line_no', 'lineNo', label.lineNo);
    let lineNo = plainWholeNumber(lineText);
    if (lineNo < 0) {
      const line = parseWholeNumber(lineText, '.', '');
      lineNo = line.ok ? line.value : -1;
    }
    if (lineNo < 0) {
      return new RowProblem(
        'bad_line_no',
        'lineNo',
        `${label.lineNo} has ${show(lineText)}, which is not a line number (a whole number, 0 or more).`,
      );
    }

    const dateText = cellAt(cells, col.date);
    if (dateText === '') return empty('bad_date', 'date', label.date);
    let date = this.dateCache.get(dateText);
    if (date === undefined) {
      date = parseDate(dateText, ctx.dateOrder, ctx.serialDates);
      this.dateCache.set(dateText, date);
    }
    if (date === null) {
      return new RowProblem(
        'bad_date',
        'date',
        `${label.date} has ${show(dateText)}, which is not a valid date (expected a real calendar date such as 2026-05-14 or 14.05.2026).`,
      );
    }
    if (date < ctx.validFrom || date > ctx.validTo) {
      return new RowProblem(
        'date_out_of_range',
        'date',
        ctx.defaultRange
          ? `${label.date} has ${show(dateText)} (${date}), outside the accepted years ${ctx.validFrom.slice(0, 4)}-${ctx.validTo.slice(0, 4)}.`
          : `${label.date} has ${show(dateText)} (${date}): date outside any open quarter (${ctx.validFrom} to ${ctx.validTo}).`,
      );
    }

    const sku = cellAt(cells, col.sku);
    if (sku === '') return empty('missing_sku', 'sku', label.sku);
    const entry = ctx.catalog?.get(sku);
    const familyText = cellAt(cells, col.family);
    let family: Family | null;
    if (familyText !== '') {
      family = this.familyCache.get(familyText) ?? null;
      if (!this.familyCache.has(familyText)) {
        family = familyOf(familyText);
        this.familyCache.set(familyText, family);
      }
      // A text that names no family: the SKU's catalog family, else the rep's choice for it.
      if (family === null) family = entry?.family ?? this.mapped(familyText);
      if (family === null) {
        return new RowProblem(
          'unknown_family',
          'family',
          `${label.family} has ${show(familyText)}, which names no product family (${FAMILIES.join(', ')}), and SKU ${show(sku)} is not in the catalog. Choose a family for ${show(familyText)} in the import preview (the choice is remembered for this distributor) and import the file again.`,
          familyText,
        );
      }
    } else if (entry) {
      family = entry.family;
    } else {
      return new RowProblem(
        'unknown_sku',
        'sku',
        col.family === MISS
          ? `SKU ${show(sku)} is not in the catalog and the file has no product family column.`
          : `SKU ${show(sku)} is not in the catalog and ${label.family} is empty.`,
      );
    }

    const topText = cellAt(cells, col.topseller);
    let topseller = entry?.topseller ?? false;
    if (topText !== '') {
      let flag = this.boolCache.get(topText);
      if (flag === undefined) {
        flag = booleanOf(topText);
        this.boolCache.set(topText, flag);
      }
      if (flag === null) {
        return new RowProblem(
          'bad_topseller',
          'topseller',
          `${label.topseller} has ${show(topText)}; expected yes or no.`,
        );
      }
      topseller = flag;
    }

    const qtyText = cellAt(cells, col.quantity);
    if (qtyText === '') return empty('bad_quantity', 'quantity', label.quantity);
    let quantity = plainWholeNumber(qtyText);
    if (quantity < 0) {
      const qs = ctx.quantityStyle;
      const qty = parseWholeNumber(qtyText, qs.decimal, qs.thousands);
      if (!qty.ok) {
        return new RowProblem(
          'bad_quantity',
          'quantity',
          qty.problem === 'fraction'
            ? `${label.quantity} has ${show(qtyText)}: a quantity must be a whole number of units.`
            : `${label.quantity} has ${show(qtyText)}, which is not a number of units.`,
        );
      }
      quantity = qty.value;
    }
    if (quantity < 0) {
      return new RowProblem(
        'negative_quantity',
        'quantity',
        `Quantity is negative (${qtyText}): credit notes are not imported; enter the correction on the original line. (${label.quantity})`,
      );
    }

    const unitPriceCents = this.unitPrice(
      cellAt(cells, col.unitPrice),
      cellAt(cells, col.lineTotal),
      quantity,
    );
    if (typeof unitPriceCents !== 'number') return unitPriceCents;

    const currencyText = cellAt(cells, col.currency);
    let currency: Currency | null = currencyText === '' ? (ctx.currency ?? null) : null;
    if (currencyText !== '') currency = currencyOf(currencyText);
    if (currency === null) {
      return new RowProblem(
        'unknown_currency',
        'currency',
        currencyText === ''
          ? `${label.currency} is empty and no currency was chosen for this file.`
          : `${label.currency} has ${show(currencyText)}; only USD and EUR are supported.`,
      );
    }

    return {
      row,
      distributor,
      partnerId,
      invoiceNo,
      lineNo,
      date,
      sku,
      family,
      topseller,
      quantity,
      unitPriceCents,
      currency,
      customerName: cellAt(cells, col.customerName),
    };
  }

  private mapped(text: string): Family | null {
    const values = this.ctx.familyValues;
    if (!values || values.size === 0) return null;
    let family = this.mappedCache.get(text);
    if (family === undefined) {
      family = values.get(familyValueKey(text)) ?? null;
      this.mappedCache.set(text, family);
    }
    return family;
  }

  private unitPrice(unitText: string, totalText: string, quantity: number): number | RowProblem {
    const { label, ctx } = this;
    if (unitText !== '') {
      const s = ctx.unitPriceStyle;
      const cents = parseAmount(unitText, s.decimal, s.thousands);
      if (cents === null) return badAmount(label.unitPrice, unitText, s);
      if (cents < 0) return negativeAmount(label.unitPrice, unitText);
      return cents;
    }
    if (totalText !== '') {
      const s = ctx.lineTotalStyle;
      const cents = parseAmount(totalText, s.decimal, s.thousands);
      if (cents === null) return badAmount(label.lineTotal, totalText, s);
      if (cents < 0) return negativeAmount(label.lineTotal, totalText);
      if (quantity === 0) {
        return new RowProblem(
          'bad_price',
          'lineTotal',
          `${label.lineTotal} has ${show(totalText)} but the quantity is 0, so there is no unit price; add a unit price column.`,
        );
      }
      if (cents % quantity !== 0) {
        return new RowProblem(
          'bad_price',
          'lineTotal',
          `${label.lineTotal} ${show(totalText)} does not divide evenly by the quantity ${quantity}; add a unit price column.`,
        );
      }
      return cents / quantity;
    }
    return this.col.unitPrice !== MISS
      ? empty('bad_price', 'unitPrice', label.unitPrice)
      : empty('bad_price', 'lineTotal', label.lineTotal);
  }

  private checkWidth(cells: readonly string[]): RowProblem | null {
    const width = this.width;
    if (cells.length > width) {
      let extra = false;
      for (let i = width; i < cells.length && !extra; i++) extra = (cells[i] ?? '').trim() !== '';
      if (!extra) return null;
    } else if (this.ctx.allowShortRows) return null;
    const d = this.ctx.delimiter;
    const hint =
      cells.length > width && d
        ? `; a value probably contains a ${DELIMITER_NAME[d]} without quotes around it`
        : cells.length < width
          ? '; a value may be missing or a quote left open'
          : '';
    return new RowProblem(
      'wrong_column_count',
      undefined,
      `This row has ${cells.length} columns but the header has ${width}${hint}.`,
    );
  }
}

function cellAt(cells: readonly string[], index: number): string {
  if (index === MISS) return '';
  const value = cells[index];
  return value === undefined ? '' : value.trim();
}

function empty(code: RejectCode, field: Field, label: string): RowProblem {
  return new RowProblem(code, field, `${label} is empty.`);
}

function badAmount(label: string, text: string, style: NumberStyle): RowProblem {
  const example = style.decimal === ',' ? '1.234,56' : '1,234.56';
  return new RowProblem(
    'bad_price',
    'unitPrice',
    `${label} has ${show(text)}, which is not an amount (this file writes amounts like ${example}).`,
  );
}

function negativeAmount(label: string, text: string): RowProblem {
  return new RowProblem(
    'negative_price',
    'unitPrice',
    `${label} is negative (${text}): credit notes are not imported; enter the correction on the original line.`,
  );
}

const FIELD_NAMES: Record<Field, string> = {
  distributor: 'distributor',
  partnerId: 'partner ID',
  invoiceNo: 'invoice number',
  lineNo: 'line number',
  date: 'invoice date',
  sku: 'SKU',
  family: 'product family',
  topseller: 'topseller',
  quantity: 'quantity',
  unitPrice: 'unit price',
  lineTotal: 'line total',
  currency: 'currency',
  customerName: 'end customer',
};
