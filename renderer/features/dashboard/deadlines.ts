import {
  addDays,
  claimWindowEnd,
  isClientSystem,
  parseQuarterKey,
  previousQuarters,
  quarterEnd,
  quarterKey,
  quarterStart,
  type Family,
  type IsoDate,
  type PdpCategory,
  type SpiffRules,
} from '../../../shared/index';

/** Something to do by a date, for the dashboard's deadline list. Text is the screen's job. */
export type Deadline =
  | {
      readonly kind: 'elevateTop' | 'elevateEntry';
      readonly date: IsoDate;
      readonly quarter: string;
    }
  | { readonly kind: 'claimWindow'; readonly date: IsoDate; readonly quarter: string }
  | { readonly kind: 'quarterEnd'; readonly date: IsoDate; readonly quarter: string }
  | {
      readonly kind: 'pdpRequest';
      readonly date: IsoDate;
      readonly invoiceNo: string;
      readonly category: PdpCategory;
    };

/** The demo-unit category a purchase qualifies for (PDP), or null. */
export function pdpCategoryOf(family: Family, topseller: boolean): PdpCategory | null {
  if (isClientSystem(family)) return topseller ? 'clientSystems' : null;
  if (family === 'server' || family === 'storage') return 'dcgSystems';
  if (family === 'server-option') return 'enterpriseOptions';
  return null;
}

export interface PurchaseLine {
  readonly invoiceNo: string;
  readonly date: IsoDate;
  readonly family: Family;
  readonly topseller: boolean;
}

/**
 * Purchases whose 30-day demo-unit request window is still open on `today`: one entry per
 * invoice and category, soonest deadline first.
 */
export function pdpWindows(
  lines: readonly PurchaseLine[],
  today: IsoDate,
  windowDays: number,
): Deadline[] {
  const byInvoice = new Map<string, Deadline>();
  for (const line of lines) {
    const category = pdpCategoryOf(line.family, line.topseller);
    if (!category || line.date > today) continue;
    const date = addDays(line.date, windowDays);
    if (date < today) continue;
    const key = `${line.invoiceNo}|${category}`;
    const known = byInvoice.get(key);
    if (!known || date < known.date)
      byInvoice.set(key, { kind: 'pdpRequest', date, invoiceNo: line.invoiceNo, category });
  }
  return [...byInvoice.values()].sort(byDate);
}

function byDate(a: Deadline, b: Deadline): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export interface DeadlineInput {
  readonly today: IsoDate;
  readonly quarter: string;
  readonly spiffRules: SpiffRules;
  /** Acceptance deadlines, when the quarter's Elevate target is not accepted yet. */
  readonly elevate: { readonly top: IsoDate; readonly entry: IsoDate } | null;
  readonly pdp: readonly Deadline[];
  /** How many PDP windows to list at most. */
  readonly maxPdp: number;
}

/** Upcoming deadlines (today or later) of the quarter, soonest first. */
export function buildDeadlines(input: DeadlineInput): Deadline[] {
  const q = parseQuarterKey(input.quarter);
  const list: Deadline[] = [];
  if (input.elevate) {
    list.push({ kind: 'elevateTop', date: input.elevate.top, quarter: input.quarter });
    list.push({ kind: 'elevateEntry', date: input.elevate.entry, quarter: input.quarter });
  }
  for (const claimQuarter of [...previousQuarters(q, 1), q])
    list.push({
      kind: 'claimWindow',
      date: claimWindowEnd(quarterStart(claimQuarter), input.spiffRules),
      quarter: quarterKey(claimQuarter),
    });
  list.push({ kind: 'quarterEnd', date: quarterEnd(q), quarter: input.quarter });
  list.push(...input.pdp.slice(0, input.maxPdp));
  return list.filter((d) => d.date >= input.today).sort(byDate);
}
