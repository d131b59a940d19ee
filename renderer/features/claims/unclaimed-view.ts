import type {
  ClaimProgram,
  IsoDate,
  UnclaimedLine,
  UnclaimedProgramId,
  UnclaimedResult,
} from '../../../shared/index';
import type { InvoiceRow } from '../../db/index';
import { filterLines, type LineFilter } from './filter-lines';
import type { LineClaims } from './line-claims';

/**
 * The unclaimed view's rows: open lines (already sorted by deadline) after the family, text and
 * status filters; a chosen program keeps the lines still open in it. NCB is never valued (see
 * shared/claims/unclaimed.ts), so it keeps none.
 */
export function filterOpenLines(
  rows: readonly InvoiceRow[],
  info: ReadonlyMap<string, UnclaimedLine>,
  claims: ReadonlyMap<string, LineClaims>,
  filter: LineFilter,
): InvoiceRow[] {
  const base = filterLines(rows, claims, { ...filter, claimed: 'all' });
  if (filter.program === 'any') return base;
  const program = filter.program;
  return base.filter((r) => {
    const values = info.get(r.key)?.values;
    return values !== undefined && program in values;
  });
}

/** The program "claim all that expire soon" claims in: the one filtered on, SPIFF by default. */
export function soonProgram(program: ClaimProgram | 'any'): UnclaimedProgramId | null {
  if (program === 'ncb') return null;
  return program === 'leap' ? 'leap' : 'spiff';
}

export interface SoonToClaim {
  readonly program: UnclaimedProgramId;
  readonly keys: readonly string[];
  /** What claiming them adds (SPIFF: up to the cap room), as the dashboard card counts it. */
  readonly value: number;
  /** The soonest deadline among them. */
  readonly deadline: IsoDate | null;
}

/** Every open line of the program whose deadline is within the "soon" days, whatever the filters. */
export function soonToClaim(result: UnclaimedResult, program: UnclaimedProgramId): SoonToClaim {
  const lines = result.open.filter((l) => l.soon && l.values[program] !== undefined);
  return {
    program,
    keys: lines.map((l) => l.key),
    value: result.programs.find((p) => p.program === program)?.soonValue ?? 0,
    deadline: lines[0]?.deadline ?? null,
  };
}
