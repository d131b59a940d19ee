import { describe, expect, it } from 'vitest';
import { SPIFF_2017 } from '../../shared/index';
import type { ClaimAggregateRow, UserRow } from '../db/index';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { CSV_STYLES, sheetCsvRows } from './csv';
import { columnTotals } from './totals';
import { teamStatements, totalClaims } from './team-rows';
import {
  exportFileStem,
  teamSheets,
  teamSummarySheet,
  teamTotals,
  type Translate,
} from './team-sheets';

const t: Translate = (key, options) =>
  options && Object.keys(options).length ? `${key}(${Object.values(options).join(',')})` : key;

const users: UserRow[] = [
  { id: 'rep-ben', name: 'Ben', role: 'rep', partnerId: 'P', canAcceptTargets: false },
  // A manager the partner does not let claim (seed 004 personas): in the figures only with claims.
  {
    id: 'mgr',
    name: 'Maria',
    role: 'manager',
    partnerId: 'P',
    canAcceptTargets: true,
    mayClaim: false,
  },
  { id: 'rep-ana', name: '=Ana', role: 'rep', partnerId: 'P', canAcceptTargets: false },
];

function agg(
  repId: string,
  status: ClaimAggregateRow['status'],
  units: number,
  claims = 1,
): ClaimAggregateRow {
  return {
    id: `${repId}-${status}`,
    quarter: 'FY2026-Q3',
    repId,
    program: 'spiff',
    status,
    family: 'server',
    unit: 'USD',
    claims,
    units,
    amount: units * 15_000,
  };
}

describe('team statements', () => {
  const claims = [
    agg('rep-ana', 'paid', 40, 4),
    agg('rep-ana', 'approved', 30, 3),
    agg('rep-ben', 'rejected', 2),
  ];
  const statements = teamStatements(users, claims, SPIFF_2017, () => null);

  it('counts a manager who claimed in the team figures; one who did not stays out', () => {
    const withManager = teamStatements(
      users,
      [...claims, agg('mgr', 'submitted', 5)],
      SPIFF_2017,
      () => null,
    );
    expect(withManager.map((s) => s.repId)).toEqual(['rep-ana', 'rep-ben', 'mgr']);
    expect(withManager[2]?.spiff.claimedCents).toBe(75_000);
    expect(teamTotals(withManager).spiff.claimed).toBe(
      teamTotals(statements).spiff.claimed + 75_000,
    );
  });

  it('counts a manager who may claim even before her first claim, as the dashboard does', () => {
    const claiming = users.map((u) => (u.id === 'mgr' ? { ...u, mayClaim: true } : u));
    const team = teamStatements(claiming, claims, SPIFF_2017, () => null);
    expect(team.map((s) => s.repId)).toEqual(['rep-ana', 'rep-ben', 'mgr']);
    expect(team[2]?.spiff.earnedCents).toBe(0);
  });

  it('lists reps only, by name, with the SPIFF cap applied and shown', () => {
    expect(statements.map((s) => s.repId)).toEqual(['rep-ana', 'rep-ben']);
    const ana = statements[0];
    expect(ana?.spiff.earnedCents).toBe(1_050_000);
    expect(ana?.spiff.payableCents).toBe(1_000_000);
    expect(ana?.spiff.cappedCents).toBe(50_000);
    expect(ana?.spiff.paidCents).toBe(600_000);
    expect(ana && totalClaims(ana, 'paid')).toBe(4);
    expect(statements[1]?.spiff.earnedCents).toBe(0);
    expect(statements[1] && totalClaims(statements[1], 'rejected')).toBe(1);
  });

  const data = {
    quarterLabel: 'FY26/27 Q3',
    statements,
    partner: {
      partnerId: 'P',
      elevate: null,
      loyalty: {
        currency: 'EUR' as const,
        units: 12,
        perUnitCents: 500,
        totalCents: 6_000,
        nextTierUnits: 13,
      },
    },
  };

  it('builds the team sheet with the same columns as the screen, then one sheet per program', () => {
    const sheets = teamSheets(data, t);
    expect(sheets.map((s) => s.name)).toEqual([
      'team.export.teamSheet',
      'team.export.claimsSheet',
      'programs.leap',
      'programs.loyalty',
    ]);
    const team = sheets[0];
    expect(team?.columns[1]).toEqual({
      header: 'team.export.columns.spiffAmount(team.export.columns.earned(USD))',
      kind: 'money',
      currency: 'USD',
    });
    // Rep, six SPIFF amounts, six statuses (withdrawn is shown nowhere), LEAP points.
    expect(team?.columns).toHaveLength(14);
    expect(team?.rows[0]).toEqual([
      '=Ana',
      1_050_000,
      1_000_000,
      50_000,
      1_000_000,
      1_000_000,
      600_000,
      0,
      0,
      0,
      3,
      0,
      4,
      null,
    ]);
    expect(team?.totalsLabel).toBe('team.totals');
    expect(sheets[1]?.rows).toHaveLength(6);
    expect(sheets[3]?.columns[4]?.currency).toBe('EUR');
  });

  it('totals the screen shows are the totals of the exported cells', () => {
    const totals = teamTotals(statements);
    const sheetTotals = columnTotals(teamSummarySheet(data, t));
    expect(sheetTotals.slice(1, 7)).toEqual([
      totals.spiff.earned,
      totals.spiff.payable,
      totals.spiff.capped,
      totals.spiff.claimed,
      totals.spiff.approved,
      totals.spiff.paid,
    ]);
    expect(sheetTotals[11]).toBe(totals.claims.rejected);
    expect(sheetTotals[11]).toBe(1);
    expect(totals.spiff.earned).toBe(1_050_000);
  });

  it('writes the CSV in either spreadsheet convention, with a totals row', () => {
    const sheet = teamSummarySheet({ ...data, partner: null }, t);
    const semicolon = sheetCsvRows(sheet, CSV_STYLES.semicolon).map((r) => r.join(';'));
    expect(semicolon[1]).toBe(
      "'=Ana;10500,00;10000,00;500,00;10000,00;10000,00;6000,00;0;0;0;3;0;4;",
    );
    expect(semicolon[3]).toBe(
      'team.totals;10500,00;10000,00;500,00;10000,00;10000,00;6000,00;0;0;0;3;1;4;0',
    );
    const comma = sheetCsvRows(sheet, CSV_STYLES.comma).map((r) => r.join(','));
    expect(comma[1]).toBe("'=Ana,10500.00,10000.00,500.00,10000.00,10000.00,6000.00,0,0,0,3,0,4,");
  });

  it('names files after the quarter as the screen shows it', () => {
    expect(exportFileStem('FY26/27 Q3')).toBe('partner-rewards-FY26-27-Q3');
  });

  it.each(['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'])(
    'gives every column of every sheet its own header in %s',
    async (lng) => {
      const resources = JSON.parse(
        readFileSync(new URL(`../../locales/${lng}.json`, import.meta.url), 'utf8'),
      ) as Record<string, unknown>;
      const i18n = i18next.createInstance();
      await i18n.init({ lng, resources: { [lng]: { translation: resources } } });
      const translate: Translate = (key, options) => i18n.t(key, options ?? {});
      const withElevate = {
        ...data,
        partner: {
          ...data.partner,
          elevate: {
            currency: 'USD' as const,
            targetCents: 1,
            actualCents: 1,
            countedCents: 1,
            met: true,
            level: 'top',
            rateBps: 100,
            payoutCents: 1,
          },
        },
      };
      for (const sheet of teamSheets(withElevate, translate)) {
        const headers = sheet.columns.map((c) => c.header);
        expect(new Set(headers).size, `${sheet.name}: ${headers.join(' | ')}`).toBe(headers.length);
        for (const header of headers) expect(header).not.toMatch(/team\.|\{\{/);
      }
    },
  );
});
