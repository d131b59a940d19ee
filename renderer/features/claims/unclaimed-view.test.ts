import { describe, expect, it } from 'vitest';
import { LEAP_2019, SPIFF_2017, unclaimedValue } from '../../../shared/index';
import { toInvoiceRow } from '../../db/index';
import { makeLine } from '../../db/test-support';
import { EMPTY_FILTER } from './filter-lines';
import { filterOpenLines, soonProgram, soonToClaim } from './unclaimed-view';

const rules = { spiff: SPIFF_2017, leap: LEAP_2019 };
// Q2 (closes 2026-11-29) and Q3 lines; today 2026-11-25.
const rows = [
  toInvoiceRow(makeLine(6, { family: 'server', date: '2026-08-10', quantity: 2 }), 'b'),
  toInvoiceRow(makeLine(7, { family: 'visuals', date: '2026-08-11', quantity: 1 }), 'b'),
  toInvoiceRow(makeLine(8, { family: 'notebook', date: '2026-10-02', quantity: 3 }), 'b'),
  toInvoiceRow(makeLine(9, { family: 'server', date: '2026-07-01', quantity: 1 }), 'b'),
];
const held = rows[3]?.key as string;
const result = unclaimedValue(
  {
    today: '2026-11-25',
    lines: rows,
    claims: [{ lineKey: held, program: 'spiff', status: 'approved' }],
  },
  rules,
);
const info = new Map(result.open.map((l) => [l.key, l]));
const openRows = result.open
  .map((l) => rows.find((r) => r.key === l.key))
  .filter((r) => r !== undefined);

describe('the unclaimed view', () => {
  it('keeps the lines still open in the chosen program, in deadline order', () => {
    const spiff = filterOpenLines(openRows, info, new Map(), {
      ...EMPTY_FILTER,
      claimed: 'open',
      program: 'spiff',
    });
    expect(spiff.map((r) => r.family)).toEqual(['server', 'notebook']);
    const leap = filterOpenLines(openRows, info, new Map(), {
      ...EMPTY_FILTER,
      claimed: 'open',
      program: 'leap',
    });
    expect(leap.map((r) => r.key)).toEqual([held, rows[0]?.key, rows[2]?.key]);
    expect(
      filterOpenLines(openRows, info, new Map(), {
        ...EMPTY_FILTER,
        claimed: 'open',
        program: 'ncb',
      }),
    ).toEqual([]);
    expect(
      filterOpenLines(openRows, info, new Map(), {
        ...EMPTY_FILTER,
        claimed: 'open',
        family: 'notebook',
      }).length,
    ).toBe(1);
  });

  it('claims soon in the filtered program, SPIFF by default, never NCB', () => {
    expect(soonProgram('any')).toBe('spiff');
    expect(soonProgram('leap')).toBe('leap');
    expect(soonProgram('ncb')).toBeNull();
    const soon = soonToClaim(result, 'spiff');
    expect(soon.keys).toEqual([rows[0]?.key]);
    expect(soon.value).toBe(30_000);
    expect(soon.deadline).toBe('2026-11-29');
    expect(soonToClaim(result, 'leap').keys).toEqual([held, rows[0]?.key]);
  });
});
