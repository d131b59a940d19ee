import { addDays, assertIsoDate, toDayNumber, type IsoDate } from '../calendar/dates';
import { InputError } from '../errors';

/**
 * The NCB nomination and deal-registration log (seed 001): a partner nominates up to
 * `maxNominationsPerWeek` new customers per week for the New Customer Bonus; a back-end NCB claim
 * needs the end-customer name exactly as nominated; deal registration goes through the same tool
 * (logged here, not counted against the NCB limit). Weeks run Monday to Sunday (ISO weeks: the
 * seed gives no week start, so this is an illustrative reading).
 */
export type NominationProgram = 'ncb' | 'dealRegistration';
export const NOMINATION_PROGRAMS: readonly NominationProgram[] = ['ncb', 'dealRegistration'];
export type NominationMode = 'upfront' | 'backend';
/** queued: recorded here and waiting to be sent; the others only come from the vendor later. */
export type NominationStatus = 'queued' | 'accepted' | 'rejected' | 'withdrawn';

export interface NominationLike {
  readonly date: IsoDate;
  readonly program: NominationProgram;
  readonly status: NominationStatus;
  readonly customerName: string;
}

/** Monday of the ISO week of `date` (1970-01-01, day 0, was a Thursday). */
export function weekStart(date: IsoDate): IsoDate {
  const day = toDayNumber(date);
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  return addDays(date, -weekday);
}

export interface NominationWeek {
  readonly weekStart: IsoDate;
  readonly weekEnd: IsoDate;
  readonly used: number;
  readonly max: number;
  readonly remaining: number;
  /** When this week is full: the first day a new NCB nomination can be made. */
  readonly nextSlotOn: IsoDate | null;
}

const counts = (n: NominationLike): boolean =>
  n.program === 'ncb' && n.status !== 'rejected' && n.status !== 'withdrawn';

/** This week's NCB nominations against the weekly limit. */
export function nominationWeek(
  date: IsoDate,
  existing: readonly NominationLike[],
  maxPerWeek: number,
): NominationWeek {
  assertIsoDate(date, 'date');
  const start = weekStart(date);
  const end = addDays(start, 6);
  const used = existing.filter((n) => counts(n) && n.date >= start && n.date <= end).length;
  const remaining = Math.max(0, maxPerWeek - used);
  return {
    weekStart: start,
    weekEnd: end,
    used,
    max: maxPerWeek,
    remaining,
    nextSlotOn: remaining === 0 ? addDays(start, 7) : null,
  };
}

export interface NominationInput {
  readonly customerName: string;
  readonly date: IsoDate;
  readonly program: NominationProgram;
}

export type NominationCheck =
  | { readonly ok: true; readonly customerName: string; readonly week: NominationWeek }
  | {
      readonly ok: false;
      readonly reason: 'weekFull';
      readonly week: NominationWeek;
      readonly nextSlotOn: IsoDate;
    }
  | { readonly ok: false; readonly reason: 'duplicate'; readonly week: NominationWeek };

/**
 * Whether a nomination may be logged. The name is kept exactly as typed (trimmed at the ends
 * only): that exact text is what a back-end claim must report. A name already nominated for the
 * same program (and not rejected or withdrawn) is a duplicate.
 */
export function checkNomination(
  input: NominationInput,
  existing: readonly NominationLike[],
  maxPerWeek: number,
): NominationCheck {
  const customerName = typeof input.customerName === 'string' ? input.customerName.trim() : '';
  if (customerName === '')
    throw new InputError('missing', 'customerName', 'enter the customer name');
  if (!(NOMINATION_PROGRAMS as readonly string[]).includes(input.program))
    throw new InputError('unknown_value', 'program', `unknown program ${String(input.program)}`);
  const week = nominationWeek(input.date, existing, maxPerWeek);
  const live = existing.filter((n) => n.status !== 'rejected' && n.status !== 'withdrawn');
  if (live.some((n) => n.program === input.program && n.customerName === customerName))
    return { ok: false, reason: 'duplicate', week };
  if (input.program === 'ncb' && week.nextSlotOn !== null)
    return { ok: false, reason: 'weekFull', week, nextSlotOn: week.nextSlotOn };
  return { ok: true, customerName, week };
}
