import { daysBetween, type IsoDate, type LinkableRoute } from '../../shared/index';

/** The parts of a dashboard deadline a notice needs. */
export interface NoticeDeadline {
  readonly kind: string;
  readonly date: IsoDate;
  readonly quarter?: string;
  readonly invoiceNo?: string;
}

/** Days ahead of a deadline that the first notice comes. */
export const NOTICE_LEAD_DAYS = 3;

/** Which screen a notice about this kind of deadline opens; null: no notice for it. */
export function noticeRoute(kind: string): LinkableRoute | null {
  switch (kind) {
    case 'elevateTop':
    case 'elevateEntry':
      return 'elevate';
    case 'claimWindow':
      return 'claims';
    case 'pdpRequest':
      return 'dashboard';
    default:
      return null;
  }
}

/**
 * The notices due today: one when a deadline is NOTICE_LEAD_DAYS or fewer days away, one more on
 * the day itself; never the same one twice (`shown` holds the ids already shown).
 */
export function dueNotices<D extends NoticeDeadline>(
  deadlines: readonly D[],
  today: IsoDate,
  shown: ReadonlySet<string>,
): { id: string; deadline: D; days: number; route: LinkableRoute }[] {
  const due = [];
  for (const deadline of deadlines) {
    const route = noticeRoute(deadline.kind);
    const days = daysBetween(today, deadline.date);
    if (!route || days < 0 || days > NOTICE_LEAD_DAYS) continue;
    const id = [
      deadline.kind,
      deadline.date,
      deadline.quarter ?? deadline.invoiceNo ?? '',
      days === 0 ? 'day' : 'ahead',
    ].join('|');
    if (!shown.has(id)) due.push({ id, deadline, days, route });
  }
  return due;
}

/**
 * Topseller units to the next loyalty tier at or under which the tier counts as "within reach"
 * and a notice says so (once per quarter and tier). A UI choice, not a program rule.
 */
export const LOYALTY_REACH_UNITS = 5;

export interface LoyaltyReach {
  readonly quarter: string;
  /** Units still missing for the next tier; null at the top tier. */
  readonly unitsToNext: number | null;
  readonly nextMinUnits: number | null;
  /** What reaching it adds to the whole quarter's rebate (the tier rate is retroactive). */
  readonly gainCents: number | null;
}

/** The "loyalty tier within reach" notice due now, if any. */
export function loyaltyNotice(
  reach: LoyaltyReach,
  shown: ReadonlySet<string>,
): { id: string; route: LinkableRoute } | null {
  const { unitsToNext, nextMinUnits, gainCents } = reach;
  if (unitsToNext === null || nextMinUnits === null || gainCents === null) return null;
  if (unitsToNext <= 0 || unitsToNext > LOYALTY_REACH_UNITS || gainCents <= 0) return null;
  const id = ['loyaltyReach', reach.quarter, String(nextMinUnits)].join('|');
  return shown.has(id) ? null : { id, route: 'loyalty' };
}

const SHOWN_KEY = 'partner-rewards.notices-shown';
const KEEP = 200;

export function readShown(raw: string | null): Set<string> {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberShown(ids: readonly string[]): void {
  const all = [...readShown(localStorage.getItem(SHOWN_KEY)), ...ids].slice(-KEEP);
  localStorage.setItem(SHOWN_KEY, JSON.stringify(all));
}

export function shownNotices(): Set<string> {
  return readShown(localStorage.getItem(SHOWN_KEY));
}
