import { describe, expect, it } from 'vitest';
import { SPIFF_2017 } from '../../shared/index';
import type { ClaimAggregateRow, UserRow } from '../db/index';
import { toCsv } from './csv';
import { teamStatements, totalClaims } from './team-rows';
import { teamCsvRows, teamSheets, type Translate } from './team-sheets';

const t: Translate = (key, options) =>
  options && Object.keys(options).length ? `${key}(${Object.values(options).join(',')})` : key;

const users: UserRow[] = [
  { id: 'rep-ben', name: 'Ben', role: 'rep', partnerId: 'P', canAcceptTargets: false },
  { id: 'mgr', name: 'Maria', role: 'manager', partnerId: 'P', canAcceptTargets: true },
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

  it('builds one sheet per program with typed columns', () => {
    const sheets = teamSheets(
      {
        quarterLabel: 'FY26/27 Q3',
        statements,
        partner: {
          partnerId: 'P',
          elevate: null,
          loyalty: {
            currency: 'EUR',
            units: 12,
            perUnitCents: 500,
            totalCents: 6_000,
            nextTierUnits: 13,
          },
        },
      },
      t,
    );
    expect(sheets.map((s) => s.name)).toEqual([
      'programs.spiff',
      'team.export.claimsSheet',
      'programs.leap',
      'programs.loyalty',
    ]);
    expect(sheets[0]?.columns[1]).toEqual({
      header: 'team.export.columns.earned(USD)',
      kind: 'money',
      currency: 'USD',
    });
    expect(sheets[0]?.rows[0]).toEqual([
      '=Ana',
      1_050_000,
      1_000_000,
      50_000,
      1_000_000,
      1_000_000,
      600_000,
    ]);
    expect(sheets[1]?.rows).toHaveLength(6);
    expect(sheets[3]?.columns[4]?.currency).toBe('EUR');
  });

  it('writes a CSV with translated headers, decimals and neutralised names', () => {
    const csv = toCsv(teamCsvRows({ quarterLabel: 'Q3', statements, partner: null }, t), {
      bom: false,
    });
    const [header, ana] = csv.split('\r\n');
    expect(header?.startsWith('team.export.columns.quarter,team.export.columns.rep,')).toBe(true);
    expect(ana?.startsWith("Q3,'=Ana,10500.00,10000.00,500.00,6000.00,")).toBe(true);
  });
});
