import {
  ACTIVE_CLAIM_STATUSES,
  CLAIM_PROGRAMS,
  type ClaimProgram,
  type ClaimStatus,
} from '../../../shared/index';
import type { InvoiceRow } from '../../db/index';
import type { LineClaim, LineClaims } from './line-claims';

export interface LineFilter {
  /** '' = every family. */
  readonly family: string;
  /** Which program the claimed / status filters look at; 'any' = all three. */
  readonly program: ClaimProgram | 'any';
  /** 'open': not claimed yet and still claimable, across quarters (its own view, by deadline). */
  readonly claimed: 'all' | 'claimed' | 'unclaimed' | 'open';
  /** '' = any status. */
  readonly status: ClaimStatus | '';
  readonly text: string;
}

export const EMPTY_FILTER: LineFilter = {
  family: '',
  program: 'any',
  claimed: 'all',
  status: '',
  text: '',
};

function claimsInScope(
  claims: LineClaims | undefined,
  program: LineFilter['program'],
): LineClaim[] {
  if (!claims) return [];
  const programs = program === 'any' ? CLAIM_PROGRAMS : [program];
  const found: LineClaim[] = [];
  for (const p of programs) {
    const claim = claims[p];
    if (claim) found.push(claim);
  }
  return found;
}

/**
 * The invoice table's rows after the filters. Linear, allocation-light: it runs on every keystroke
 * over up to 100,000 lines, so the text test uses the row's precomputed lower-case `search`.
 */
export function filterLines(
  rows: readonly InvoiceRow[],
  claims: ReadonlyMap<string, LineClaims>,
  filter: LineFilter,
): InvoiceRow[] {
  const text = filter.text.trim().toLowerCase();
  const needsClaims =
    (filter.claimed !== 'all' && filter.claimed !== 'open') || filter.status !== '';
  const out: InvoiceRow[] = [];
  for (const row of rows) {
    if (filter.family && row.family !== filter.family) continue;
    if (text && !row.search.includes(text)) continue;
    if (needsClaims) {
      const scoped = claimsInScope(claims.get(row.key), filter.program);
      const active = scoped.some((c) => ACTIVE_CLAIM_STATUSES.has(c.status));
      if (filter.claimed === 'claimed' && !active) continue;
      if (filter.claimed === 'unclaimed' && active) continue;
      if (filter.status && !scoped.some((c) => c.status === filter.status)) continue;
    }
    out.push(row);
  }
  return out;
}
