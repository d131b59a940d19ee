import type { ClaimWarning } from '../../../shared/index';
import type { LineCheck } from '../../db/index';

/** Formatters the caller supplies (locale-aware); keeps this file free of i18n and the DOM. */
export interface WarningFormat {
  readonly money: (cents: number) => string;
  readonly date: (iso: string) => string;
  readonly family: (family: string) => string;
  readonly status: (status: string) => string;
  readonly rep: (repId: string) => string;
}

export interface WarningMessage {
  /** Translation key under claims.warning. */
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
  /** Hard warnings can never be claimed past; soft ones can with an explicit choice. */
  readonly hard: boolean;
}

/** One warning → a plain-words sentence (key + values), with what matters: amounts, dates, names. */
export function warningMessage(warning: ClaimWarning, format: WarningFormat): WarningMessage {
  switch (warning.code) {
    case 'family_not_eligible':
      return {
        key: 'claims.warning.family_not_eligible',
        values: { family: format.family(warning.family) },
        hard: false,
      };
    case 'already_claimed':
      return {
        key: 'claims.warning.already_claimed',
        values: { rep: format.rep(warning.byRepId), status: format.status(warning.status) },
        hard: true,
      };
    case 'outside_claim_window':
      return {
        key: 'claims.warning.outside_claim_window',
        values: { date: format.date(warning.lastDay) },
        hard: false,
      };
    case 'line_in_future':
      return {
        key: 'claims.warning.line_in_future',
        values: { date: format.date(warning.date) },
        hard: false,
      };
    case 'over_spiff_cap':
      return {
        key: 'claims.warning.over_spiff_cap',
        values: {
          beyond: format.money(warning.beyondCapCents),
          cap: format.money(warning.capCents),
        },
        hard: false,
      };
    case 'customer_name_mismatch':
      return {
        key: 'claims.warning.customer_name_mismatch',
        values: { nominated: warning.nominated, invoiced: warning.invoiced },
        hard: false,
      };
  }
}

export function isHard(warning: ClaimWarning): boolean {
  return warning.code === 'already_claimed';
}

export interface ReviewSummary {
  /** Lines with no warning: claimed in any case. */
  readonly clean: readonly string[];
  /** Lines with only soft warnings: claimed only when the rep says so. */
  readonly soft: readonly string[];
  /** Lines that cannot be claimed (already claimed for this program). */
  readonly blocked: readonly string[];
}

export function summariseChecks(checks: readonly LineCheck[]): ReviewSummary {
  const clean: string[] = [];
  const soft: string[] = [];
  const blocked: string[] = [];
  for (const check of checks) {
    if (check.warnings.length === 0) clean.push(check.lineKey);
    else if (check.warnings.some(isHard)) blocked.push(check.lineKey);
    else soft.push(check.lineKey);
  }
  return { clean, soft, blocked };
}

/** The lines a "Claim N lines" press sends: clean ones, plus soft ones when accepted. */
export function linesToClaim(summary: ReviewSummary, acceptWarnings: boolean): string[] {
  return acceptWarnings ? [...summary.clean, ...summary.soft] : [...summary.clean];
}
