import { isCurrency, type Currency, type ReasonCode } from '../../../shared/index';
import type { SyncRejection } from '../../db/rows';

/** Formatters the caller supplies (locale-aware); keeps this file free of i18n and the DOM. */
export interface RefusalFormat {
  readonly money: (cents: number, currency: Currency) => string;
  readonly date: (iso: string) => string;
  readonly number: (value: number) => string;
  readonly family: (family: string) => string;
  readonly status: (status: string) => string;
}

/** A refusal in the rep's language: a key under `sync.reason` and its values. */
export interface RefusalWords {
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
}

type Details = NonNullable<SyncRejection['details']>;
type Worder = (d: Details, f: RefusalFormat) => Record<string, string> | null;

const text = (d: Details, name: string): string | null => {
  const v = d[name];
  return typeof v === 'string' && v !== '' ? v : null;
};
const num = (d: Details, name: string): number | null => {
  const v = d[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/**
 * The values each code's sentence needs, from the refusal's details; null when they are missing
 * (a refusal recorded by an older server): the server's own words are shown then.
 */
const WORDERS: Record<ReasonCode, Worder> = {
  unknown_mutation: () => ({}),
  invalid_args: () => ({}),
  not_permitted: () => ({}),
  line_not_found: () => ({}),
  family_not_eligible: (d, f) => {
    const family = text(d, 'family');
    return family ? { family: f.family(family) } : null;
  },
  outside_claim_window: (d, f) => {
    const lastDay = text(d, 'lastDay');
    return lastDay ? { date: f.date(lastDay) } : null;
  },
  line_in_future: (d, f) => {
    const date = text(d, 'date');
    return date ? { date: f.date(date) } : null;
  },
  over_spiff_cap: (d, f) => {
    const cap = num(d, 'capCents');
    const currency = text(d, 'currency');
    return cap !== null && isCurrency(currency) ? { cap: f.money(cap, currency) } : null;
  },
  // Who holds the line is not said: it may be another rep, whose claims this rep does not see.
  already_claimed: () => ({}),
  customer_name_mismatch: (d) => {
    const nominated = text(d, 'nominated');
    const invoiced = text(d, 'invoiced');
    return nominated && invoiced ? { nominated, invoiced } : null;
  },
  value_mismatch: () => ({}),
  no_rule_in_force: () => ({}),
  claim_not_found: () => ({}),
  illegal_transition: (d, f) => {
    const status = text(d, 'status');
    return status ? { status: f.status(status) } : null;
  },
  already_accepted: (d) => {
    const quarter = text(d, 'quarter');
    return quarter ? { quarter } : null;
  },
  duplicate_id: () => ({}),
  insufficient_points: (d, f) => {
    const requested = num(d, 'requested');
    const available = num(d, 'available');
    return requested !== null && available !== null
      ? { requested: f.number(requested), available: f.number(available) }
      : null;
  },
};

/**
 * Why the server refused a change, worded by the app from the reason code and its values, or
 * null when the code is one this app does not know or the values are missing: then the caller
 * shows the server's sentence as it came.
 */
export function refusalWords(rejection: SyncRejection, format: RefusalFormat): RefusalWords | null {
  const worder = (WORDERS as Partial<Record<string, Worder>>)[rejection.code];
  const values = worder?.(rejection.details ?? {}, format) ?? null;
  return values ? { key: `sync.reason.${rejection.code}`, values } : null;
}
