import type { CustomerKind, DealInput, Family, IsoDate, NcbMode } from '../../../shared/index';
import type { CatalogRow, DealPlanRow } from '../../db/index';
import { MAX_MONEY_CENTS, type MoneyError, type QuantityError } from './money-input';

/** The fields of a line a rep types into. */
export type LineField = 'quantity' | 'lineTotal' | 'unitPrice';
export type FieldProblem = MoneyError | QuantityError;

/** A field whose text is not a value the plan can hold: it never feeds a total or a save. */
export interface DraftProblem {
  /** 1-based line number, as the field labels say it. */
  readonly line: number;
  readonly field: LineField;
  readonly error: FieldProblem;
}

/**
 * The plan being edited. A line's partner price is kept as the user typed it: a line total, or a
 * unit price (then the line total is unit × quantity, exact in cents).
 */
export interface DraftLine {
  readonly key: string;
  readonly sku: string;
  readonly name: string;
  readonly family: Family;
  readonly topseller: boolean;
  readonly quantity: number;
  readonly basis: 'total' | 'unit';
  readonly lineTotalCents: number;
  readonly unitCents: number;
  readonly listUnitCents: number;
  /** Fields whose current text was refused (the value above is then the last accepted one). */
  readonly problems?: Partial<Record<LineField, FieldProblem>>;
}

export interface Draft {
  readonly id: string | null;
  readonly name: string;
  readonly date: IsoDate;
  readonly customer: CustomerKind;
  readonly ncbMode: NcbMode;
  readonly lines: readonly DraftLine[];
}

export function emptyDraft(date: IsoDate): Draft {
  return { id: null, name: '', date, customer: 'new', ncbMode: 'upfront', lines: [] };
}

export function lineTotal(line: DraftLine): number {
  return line.basis === 'unit' ? line.unitCents * line.quantity : line.lineTotalCents;
}

/** The unit price shown for a line total: rounded half up to the cent (display only). */
export function unitPrice(line: DraftLine): number {
  if (line.basis === 'unit') return line.unitCents;
  return line.quantity > 0 ? Math.round(line.lineTotalCents / line.quantity) : 0;
}

export function lineFromCatalog(item: CatalogRow, key: string): DraftLine {
  return {
    key,
    sku: item.sku,
    name: item.name,
    family: item.family,
    topseller: item.topseller,
    quantity: 1,
    basis: 'total',
    lineTotalCents: item.listPriceCents,
    unitCents: item.listPriceCents,
    listUnitCents: item.listPriceCents,
  };
}

/**
 * Every field of the draft that holds a refused text, in line order, plus line totals over the
 * bound (unit × quantity can pass it even when both fields are fine). Empty means the draft may be
 * calculated and saved.
 */
export function draftProblems(draft: Draft): DraftProblem[] {
  const out: DraftProblem[] = [];
  draft.lines.forEach((line, i) => {
    const own = line.problems ?? {};
    for (const field of ['quantity', 'lineTotal', 'unitPrice'] as const) {
      const error = own[field];
      if (error) out.push({ line: i + 1, field, error });
    }
    if (!own.lineTotal && !own.unitPrice && lineTotal(line) > MAX_MONEY_CENTS)
      out.push({ line: i + 1, field: 'lineTotal', error: 'tooLarge' });
  });
  return out;
}

/** The draft line with one field's problem set (or cleared with null). */
export function withProblem(
  line: DraftLine,
  field: LineField,
  error: FieldProblem | null,
): DraftLine {
  const { [field]: _old, ...others } = line.problems ?? {};
  return { ...line, problems: error ? { ...others, [field]: error } : others };
}

export function toDealInput(draft: Draft): DealPlanRow['input'] {
  const input: DealInput = {
    customer: draft.customer,
    ncbMode: draft.ncbMode,
    lines: draft.lines.map((l) => ({
      family: l.family,
      topseller: l.topseller,
      quantity: l.quantity,
      partnerPriceCents: lineTotal(l),
    })),
  };
  return {
    ...input,
    lineMeta: draft.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      listPriceCents: l.listUnitCents * l.quantity,
    })),
  };
}

export function fromPlan(plan: DealPlanRow): Draft {
  return {
    id: plan.id,
    name: plan.name,
    date: plan.date,
    customer: plan.input.customer,
    ncbMode: plan.input.ncbMode ?? 'upfront',
    lines: plan.input.lines.map((l, i) => {
      const meta = plan.input.lineMeta?.[i];
      return {
        key: `${plan.id}-${i}`,
        sku: meta?.sku ?? '',
        name: meta?.name ?? '',
        family: l.family,
        topseller: l.topseller ?? false,
        quantity: l.quantity,
        basis: 'total',
        lineTotalCents: l.partnerPriceCents,
        unitCents: l.quantity > 0 ? Math.round(l.partnerPriceCents / l.quantity) : 0,
        listUnitCents: meta && l.quantity > 0 ? Math.round(meta.listPriceCents / l.quantity) : 0,
      };
    }),
  };
}

export function listTotal(draft: Draft): number {
  return draft.lines.reduce((sum, l) => sum + l.listUnitCents * l.quantity, 0);
}
