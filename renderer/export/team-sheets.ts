import { CLAIM_PROGRAMS, CLAIM_STATUSES, type Currency } from '../../shared/index';
import { totalClaims, type RepStatement } from './team-rows';
import type { ColumnSpec, SheetSpec } from './workbook-spec';

/** The team exports' tables, in the user's language: one sheet per program, one CSV table. */
/** SPIFF amounts per rep, in the order of the table's columns. */
export const TEAM_SPIFF_METRICS = [
  'earned',
  'payable',
  'capped',
  'claimed',
  'approved',
  'paid',
] as const;

/** Withdrawn claims never count for anything, so no table shows them. */
export const TEAM_CLAIM_STATUSES = CLAIM_STATUSES.filter((s) => s !== 'withdrawn');

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface PartnerFigures {
  readonly partnerId: string;
  readonly elevate: {
    readonly currency: Currency;
    readonly targetCents: number;
    readonly actualCents: number;
    readonly countedCents: number;
    readonly met: boolean;
    readonly level: string;
    readonly rateBps: number;
    readonly payoutCents: number;
  } | null;
  readonly loyalty: {
    readonly currency: Currency;
    readonly units: number;
    readonly perUnitCents: number;
    readonly totalCents: number;
    readonly nextTierUnits: number | null;
  } | null;
}

export interface TeamExportData {
  readonly quarterLabel: string;
  readonly statements: readonly RepStatement[];
  readonly partner: PartnerFigures | null;
}

const col = (
  t: Translate,
  key: string,
  kind: ColumnSpec['kind'],
  currency?: Currency,
): ColumnSpec => ({
  header: t(`team.export.columns.${key}`, { currency }),
  kind,
  currency,
});

export function teamSheets(data: TeamExportData, t: Translate): SheetSpec[] {
  const { statements: reps, partner } = data;
  const sheets: SheetSpec[] = [
    teamSummarySheet(data, t),
    {
      name: t('team.export.claimsSheet'),
      columns: [
        col(t, 'rep', 'text'),
        col(t, 'program', 'text'),
        ...TEAM_CLAIM_STATUSES.map((s) => ({
          header: t('team.export.columns.claimsWithStatus', { status: t(`claimStatus.${s}`) }),
          kind: 'integer' as const,
        })),
      ],
      totalsLabel: t('team.totals'),
      rows: reps.flatMap((r) =>
        CLAIM_PROGRAMS.map((p) => [
          r.name,
          t(`team.claimPrograms.${p}`),
          ...TEAM_CLAIM_STATUSES.map((s) => r.claims[p][s]),
        ]),
      ),
    },
    {
      name: t('programs.leap'),
      columns: [
        col(t, 'rep', 'text'),
        ...['learning', 'sales', 'promotions', 'earnedPoints', 'redeemed', 'balance'].map((k) =>
          col(t, k, 'integer'),
        ),
      ],
      rows: reps.map((r) => [
        r.name,
        r.leap?.earnedPoints.learning ?? null,
        r.leap?.earnedPoints.sales ?? null,
        r.leap?.earnedPoints.promotions ?? null,
        r.leap?.earnedTotalPoints ?? null,
        r.leap?.redeemedPoints ?? null,
        r.leap?.balancePoints ?? null,
      ]),
      totalsLabel: t('team.totals'),
    },
  ];
  if (partner?.elevate) {
    const e = partner.elevate;
    sheets.push({
      name: t('programs.elevate'),
      columns: [
        col(t, 'partner', 'text'),
        col(t, 'quarter', 'text'),
        col(t, 'target', 'money', e.currency),
        col(t, 'actual', 'money', e.currency),
        col(t, 'counted', 'money', e.currency),
        col(t, 'met', 'text'),
        col(t, 'level', 'text'),
        col(t, 'rate', 'percent'),
        col(t, 'payout', 'money', e.currency),
      ],
      rows: [
        [
          partner.partnerId,
          data.quarterLabel,
          e.targetCents,
          e.actualCents,
          e.countedCents,
          e.met ? t('common.yes') : t('common.no'),
          t(`elevate.levels.${e.level}`),
          e.rateBps,
          e.payoutCents,
        ],
      ],
    });
  }
  if (partner?.loyalty) {
    const l = partner.loyalty;
    sheets.push({
      name: t('programs.loyalty'),
      columns: [
        col(t, 'partner', 'text'),
        col(t, 'quarter', 'text'),
        col(t, 'units', 'integer'),
        col(t, 'perUnit', 'money', l.currency),
        col(t, 'rebate', 'money', l.currency),
        col(t, 'toNextTier', 'integer'),
      ],
      rows: [
        [
          partner.partnerId,
          data.quarterLabel,
          l.units,
          l.perUnitCents,
          l.totalCents,
          l.nextTierUnits,
        ],
      ],
    });
  }
  return sheets;
}

export interface TeamTotals {
  readonly spiff: Readonly<Record<(typeof TEAM_SPIFF_METRICS)[number], number>>;
  readonly claims: Readonly<Record<(typeof TEAM_CLAIM_STATUSES)[number], number>>;
  readonly leapPoints: number;
}

/** The team's totals as the screen shows them (the exports sum the same cells: columnTotals). */
export function teamTotals(statements: readonly RepStatement[]): TeamTotals {
  const sum = (value: (r: RepStatement) => number) => statements.reduce((n, r) => n + value(r), 0);
  return {
    spiff: Object.fromEntries(
      TEAM_SPIFF_METRICS.map((k) => [k, sum((r) => r.spiff[`${k}Cents`])]),
    ) as TeamTotals['spiff'],
    claims: Object.fromEntries(
      TEAM_CLAIM_STATUSES.map((s) => [s, sum((r) => totalClaims(r, s))]),
    ) as TeamTotals['claims'],
    leapPoints: sum((r) => r.leap?.balancePoints ?? 0),
  };
}

/**
 * The team table: a row per rep with SPIFF (USD), claims by status and LEAP points. The screen's
 * table, the CSV and the workbook's first sheet show exactly these columns, and its totals.
 */
export function teamSummarySheet(data: TeamExportData, t: Translate): SheetSpec {
  return {
    name: t('team.export.teamSheet'),
    columns: [
      col(t, 'rep', 'text'),
      ...TEAM_SPIFF_METRICS.map((k) => ({
        header: t('team.export.columns.spiffAmount', {
          metric: t(`team.export.columns.${k}`, { currency: 'USD' }),
        }),
        kind: 'money' as const,
        currency: 'USD' as const,
      })),
      ...TEAM_CLAIM_STATUSES.map((s) => ({
        header: t('team.export.columns.claimsWithStatus', { status: t(`claimStatus.${s}`) }),
        kind: 'integer' as const,
      })),
      col(t, 'leapBalance', 'integer'),
    ],
    rows: data.statements.map((r) => [
      r.name,
      ...TEAM_SPIFF_METRICS.map((k) => r.spiff[`${k}Cents`]),
      ...TEAM_CLAIM_STATUSES.map((s) => totalClaims(r, s)),
      r.leap?.balancePoints ?? null,
    ]),
    totalsLabel: t('team.totals'),
  };
}

/** The file name's stem: the quarter as the screen labels it, in characters every system allows. */
export function exportFileStem(quarterLabel: string): string {
  const label = quarterLabel.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `partner-rewards-${label}`;
}
