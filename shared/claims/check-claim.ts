import { addDays, type IsoDate } from '../calendar/dates';
import {
  DEFAULT_FISCAL_CALENDAR,
  quarterEnd,
  quarterOf,
  type FiscalCalendar,
} from '../calendar/fiscal';
import type { InvoiceLine } from '../invoices/invoice-line';
import type { SpiffRules } from '../rules/schemas';
import { ACTIVE_CLAIM_STATUSES, type ClaimProgram, type ClaimStatus } from './claim-status';

export interface ExistingClaim {
  readonly lineKey: string;
  readonly program: ClaimProgram;
  readonly status: ClaimStatus;
  readonly repId: string;
}

export interface ClaimCheckInput {
  readonly line: InvoiceLine & { readonly key: string };
  readonly program: ClaimProgram;
  readonly repId: string;
  readonly today: IsoDate;
  /** Claims known locally (anyone's) on this line. */
  readonly existingClaims: readonly ExistingClaim[];
  /** SPIFF earned so far this quarter by the rep in claims that are still active (excluding this line). */
  readonly spiffClaimedThisQuarterCents?: number;
  /** For an NCB back-end claim: the end-customer name as nominated. */
  readonly nominatedCustomerName?: string;
}

export type ClaimWarning =
  | { readonly code: 'family_not_eligible'; readonly family: string }
  | { readonly code: 'already_claimed'; readonly byRepId: string; readonly status: ClaimStatus }
  | { readonly code: 'outside_claim_window'; readonly lastDay: IsoDate }
  | { readonly code: 'line_in_future'; readonly date: IsoDate }
  | { readonly code: 'over_spiff_cap'; readonly beyondCapCents: number; readonly capCents: number }
  | {
      readonly code: 'customer_name_mismatch';
      readonly nominated: string;
      readonly invoiced: string;
      readonly diff: readonly NameDiffPart[];
    };

/** Segments of a name comparison: same text, or what the nomination has vs what the invoice has. */
export interface NameDiffPart {
  readonly kind: 'same' | 'nominated' | 'invoiced';
  readonly text: string;
}

/** The last day a line can be claimed: the quarter's end plus the claim window. */
export function claimWindowEnd(
  date: IsoDate,
  rules: SpiffRules,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): IsoDate {
  return addDays(quarterEnd(quarterOf(date, calendar), calendar), rules.claimWindowDays);
}

/**
 * "Check before you claim": every reason the server would reject this claim, known locally, so the
 * rep sees it before queuing. Warnings, not errors: the rep decides; the server has the last word.
 */
export function checkClaim(
  input: ClaimCheckInput,
  rules: SpiffRules,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): ClaimWarning[] {
  const warnings: ClaimWarning[] = [];
  const { line, program } = input;
  const perUnit = rules.perUnitCents[line.family];
  if (program === 'spiff' && perUnit === 0)
    warnings.push({ code: 'family_not_eligible', family: line.family });

  const holder = input.existingClaims.find(
    (c) => c.lineKey === line.key && c.program === program && ACTIVE_CLAIM_STATUSES.has(c.status),
  );
  if (holder)
    warnings.push({ code: 'already_claimed', byRepId: holder.repId, status: holder.status });

  if (line.date > input.today) warnings.push({ code: 'line_in_future', date: line.date });
  const lastDay = claimWindowEnd(line.date, rules, calendar);
  if (input.today > lastDay) warnings.push({ code: 'outside_claim_window', lastDay });

  if (program === 'spiff' && perUnit > 0) {
    const before = input.spiffClaimedThisQuarterCents ?? 0;
    const after = before + perUnit * line.quantity;
    const beyond = Math.min(after - rules.capCentsPerQuarter, perUnit * line.quantity);
    if (beyond > 0)
      warnings.push({
        code: 'over_spiff_cap',
        beyondCapCents: beyond,
        capCents: rules.capCentsPerQuarter,
      });
  }

  if (
    program === 'ncb' &&
    input.nominatedCustomerName !== undefined &&
    input.nominatedCustomerName !== line.customerName
  ) {
    warnings.push({
      code: 'customer_name_mismatch',
      nominated: input.nominatedCustomerName,
      invoiced: line.customerName,
      diff: diffNames(input.nominatedCustomerName, line.customerName),
    });
  }
  return warnings;
}

/**
 * Character diff of two names (longest common subsequence), merged into runs. Names are short,
 * so the quadratic table is fine; it shows exactly where "ACME GmbH" and "ACME Gmbh." differ.
 */
export function diffNames(nominated: string, invoiced: string): NameDiffPart[] {
  const a = [...nominated];
  const b = [...invoiced];
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = table[i] as number[];
      row[j] =
        a[i] === b[j]
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: NameDiffPart[] = [];
  const push = (kind: NameDiffPart['kind'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i] as string);
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      push('nominated', a[i] as string);
      i += 1;
    } else {
      push('invoiced', b[j] as string);
      j += 1;
    }
  }
  if (i < a.length) push('nominated', a.slice(i).join(''));
  if (j < b.length) push('invoiced', b.slice(j).join(''));
  return parts;
}
