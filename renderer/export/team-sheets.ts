import { CLAIM_PROGRAMS, CLAIM_STATUSES, type Currency } from '../../shared/index';
import type { CsvCell } from './csv';
import { totalClaims, type RepStatement } from './team-rows';
import type { ColumnSpec, SheetSpec } from './workbook-spec';

/** The team exports' tables, in the user's language: one sheet per program, one CSV table. */
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
    {
      name: t('programs.spiff'),
      columns: [
        col(t, 'rep', 'text'),
        ...['earned', 'payable', 'capped', 'claimed', 'approved', 'paid'].map((k) =>
          col(t, k, 'money', 'USD'),
        ),
      ],
      rows: reps.map((r) => [
        r.name,
        r.spiff.earnedCents,
        r.spiff.payableCents,
        r.spiff.cappedCents,
        r.spiff.claimedCents,
        r.spiff.approvedCents,
        r.spiff.paidCents,
      ]),
    },
    {
      name: t('team.export.claimsSheet'),
      columns: [
        col(t, 'rep', 'text'),
        col(t, 'program', 'text'),
        ...CLAIM_STATUSES.map((s) => ({ header: t(`claimStatus.${s}`), kind: 'integer' as const })),
      ],
      rows: reps.flatMap((r) =>
        CLAIM_PROGRAMS.map((p) => [
          r.name,
          t(`team.claimPrograms.${p}`),
          ...CLAIM_STATUSES.map((s) => r.claims[p][s]),
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

const decimal = (cents: number): string => (cents / 100).toFixed(2);

/** One CSV table: a row per rep with SPIFF (USD), claims by status and LEAP points. */
export function teamCsvRows(data: TeamExportData, t: Translate): CsvCell[][] {
  const header: CsvCell[] = [
    t('team.export.columns.quarter'),
    t('team.export.columns.rep'),
    ...['earned', 'payable', 'capped', 'paid'].map((k) =>
      t('team.export.columns.spiffAmount', {
        metric: t(`team.export.columns.${k}`, { currency: 'USD' }),
      }),
    ),
    ...CLAIM_STATUSES.map((s) =>
      t('team.export.columns.claimsWithStatus', { status: t(`claimStatus.${s}`) }),
    ),
    t('team.export.columns.leapBalance'),
  ];
  return [
    header,
    ...data.statements.map((r) => [
      data.quarterLabel,
      r.name,
      decimal(r.spiff.earnedCents),
      decimal(r.spiff.payableCents),
      decimal(r.spiff.cappedCents),
      decimal(r.spiff.paidCents),
      ...CLAIM_STATUSES.map((s) => totalClaims(r, s)),
      r.leap?.balancePoints ?? '',
    ]),
  ];
}
