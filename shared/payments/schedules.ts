import {
  addDays,
  compareIsoDates,
  endOfMonth,
  formatIsoDate,
  parseIsoDate,
  type IsoDate,
} from '../calendar/dates';
import {
  DEFAULT_FISCAL_CALENDAR,
  quarterEnd,
  quarterOf,
  type FiscalCalendar,
} from '../calendar/fiscal';
import { InputError } from '../errors';

/**
 * When the money arrives, as versioned rule data (issue 13). The seeds say how often each program
 * pays, not on which day: those days are illustrative and listed in `illustrative`.
 */
export type PaymentRule =
  /** Paid twice a month, on `firstDay` and on the last day of the month. */
  | { readonly kind: 'twiceMonthly'; readonly firstDay: number }
  /** Paid once a month, on `day` of the month after the claim is approved. */
  | { readonly kind: 'monthly'; readonly day: number }
  /** Paid `days` after the fiscal quarter of the earning closes. */
  | { readonly kind: 'afterQuarter'; readonly days: number };

export type PaidProgram = 'ncbBackend' | 'spiff' | 'elevate' | 'loyalty' | 'dealBackend';

export interface PaymentSchedules {
  readonly program: 'payments';
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly source: string;
  /** Fields whose values are not in the seeds (illustrative defaults, editable rule data). */
  readonly illustrative: readonly string[];
  readonly schedules: Readonly<
    Record<PaidProgram, PaymentRule & { readonly currency: 'USD' | 'EUR' }>
  >;
}

export const PAYMENTS_2017: PaymentSchedules = {
  program: 'payments',
  version: 'payments-2017.1',
  effectiveFrom: '2017-04-01',
  source:
    'seed 001: NCB back-end paid twice a month, SPIFF paid monthly onto a prepaid card, topseller rebate monthly; seed 000/002: Elevate and loyalty paid at quarter end',
  illustrative: [
    'schedules.ncbBackend.firstDay',
    'schedules.spiff.day',
    'schedules.dealBackend.day',
    'schedules.elevate.days',
    'schedules.loyalty.days',
  ],
  schedules: {
    ncbBackend: { kind: 'twiceMonthly', firstDay: 15, currency: 'USD' },
    spiff: { kind: 'monthly', day: 15, currency: 'USD' },
    dealBackend: { kind: 'monthly', day: 20, currency: 'USD' },
    elevate: { kind: 'afterQuarter', days: 45, currency: 'USD' },
    loyalty: { kind: 'afterQuarter', days: 30, currency: 'EUR' },
  },
};

/**
 * The expected payment date of money earned (claim approved, sale made) on `basis`, never before
 * `notBefore` (today: a date already past is not "expected" any more; the next run is).
 */
export function expectedPayment(
  program: PaidProgram,
  basis: IsoDate,
  notBefore: IsoDate,
  schedules: PaymentSchedules = PAYMENTS_2017,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): IsoDate {
  const rule = schedules.schedules[program];
  if (!rule) throw new InputError('unknown_value', 'program', `no payment schedule for ${program}`);
  const from = compareIsoDates(basis, notBefore) > 0 ? basis : notBefore;
  switch (rule.kind) {
    case 'twiceMonthly': {
      // The first run strictly after the basis: the money must be in before the run.
      const { year, month, day } = parseIsoDate(addDays(from, 1), 'basis');
      if (day <= rule.firstDay) return formatIsoDate({ year, month, day: rule.firstDay });
      return endOfMonth(year, month);
    }
    case 'monthly': {
      const { year, month } = parseIsoDate(basis, 'basis');
      let y = month === 12 ? year + 1 : year;
      let m = month === 12 ? 1 : month + 1;
      let date = formatIsoDate({ year: y, month: m, day: rule.day });
      while (compareIsoDates(date, notBefore) < 0) {
        y = m === 12 ? y + 1 : y;
        m = m === 12 ? 1 : m + 1;
        date = formatIsoDate({ year: y, month: m, day: rule.day });
      }
      return date;
    }
    case 'afterQuarter': {
      const paid = addDays(quarterEnd(quarterOf(basis, calendar), calendar), rule.days);
      return compareIsoDates(paid, notBefore) < 0 ? notBefore : paid;
    }
  }
}
