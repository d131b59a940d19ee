import {
  addDays,
  type Currency,
  type IsoDate,
  type TargetPriceResult,
} from '../../../shared/index';

/** What the customer receives: no partner price, no rebate, no margin. */
export interface CustomerQuote {
  readonly number: string;
  readonly date: IsoDate;
  readonly validUntil: IsoDate;
  readonly language: string;
  readonly partner: { readonly name: string; readonly address: string };
  readonly customer: string;
  readonly currency: Currency;
  readonly lines: readonly {
    readonly sku: string;
    readonly description: string;
    readonly quantity: number;
    readonly unitCents: number;
    readonly lineCents: number;
  }[];
  /** Before tax: the rep's own system adds tax (the quote says so). */
  readonly totalCents: number;
}

export const DEFAULT_VALIDITY_DAYS = 30;

export function defaultValidity(date: IsoDate): IsoDate {
  return addDays(date, DEFAULT_VALIDITY_DAYS);
}

/** A quote from the priced plan: one line per plan line, at the suggested selling price. */
export function buildQuote(
  priced: TargetPriceResult,
  lines: readonly { readonly sku: string; readonly name: string }[],
  meta: Omit<CustomerQuote, 'lines' | 'totalCents' | 'currency'>,
): CustomerQuote {
  return {
    ...meta,
    currency: priced.currency,
    lines: priced.lines.map((l, i) => ({
      sku: lines[i]?.sku ?? '',
      description: lines[i]?.name ?? '',
      quantity: l.quantity,
      unitCents: l.unitPriceCents,
      lineCents: l.linePriceCents,
    })),
    totalCents: priced.sellingCents,
  };
}

/** A4 everywhere but where Letter is the custom (the app's English is US English). */
export function paperFor(language: string): 'A4' | 'Letter' {
  return language === 'en' ? 'Letter' : 'A4';
}
