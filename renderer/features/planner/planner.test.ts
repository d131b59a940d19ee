import { describe, expect, it } from 'vitest';
import { dealRulesOn, stackDeal } from '../../../shared/index';
import { comparePlans } from './compare';
import { MAX_MONEY_CENTS } from './money-input';
import {
  draftProblems,
  emptyDraft,
  fromPlan,
  lineTotal,
  toDealInput,
  unitPrice,
  withProblem,
  type DraftLine,
} from './plan-draft';

const server: DraftLine = {
  key: 'a',
  sku: '8871KJU',
  name: 'System x3650 M5 Rack Server',
  family: 'server',
  topseller: true,
  quantity: 3,
  basis: 'total',
  lineTotalCents: 774_500,
  unitCents: 0,
  listUnitCents: 330_000,
};
const support: DraftLine = {
  ...server,
  key: 'b',
  sku: '01JY247',
  family: 'dcg-services',
  lineTotalCents: 314_000,
  listUnitCents: 119_800,
};

describe('plan draft', () => {
  it('keeps the line total exact and derives the unit price for display', () => {
    expect(lineTotal(server)).toBe(774_500);
    expect(unitPrice(server)).toBe(258_167);
    const byUnit: DraftLine = { ...server, basis: 'unit', unitCents: 258_167 };
    expect(lineTotal(byUnit)).toBe(774_501);
  });

  it('reproduces the seed example with the rules of its date', () => {
    const draft = { ...emptyDraft('2017-06-30'), lines: [server, support] };
    const result = stackDeal(toDealInput(draft), dealRulesOn(draft.date));
    expect(result.totalCents).toBe(202_763);
    expect(result.marginPct).toBe(18.6);
  });

  it('round-trips through a saved plan', () => {
    const draft = { ...emptyDraft('2026-11-25'), id: 'p', name: 'Seed', lines: [server, support] };
    const row = {
      id: 'p',
      name: 'Seed',
      date: draft.date,
      createdAt: '',
      updatedAt: '',
      input: toDealInput(draft),
    };
    const back = fromPlan(row);
    expect(back.lines.map(lineTotal)).toEqual([774_500, 314_000]);
    expect(back.lines.map((l) => l.listUnitCents)).toEqual([330_000, 119_800]);
    expect(toDealInput(back)).toEqual(row.input);
  });
});

describe('comparePlans', () => {
  it('lines up benefits by program and picks the best margin', () => {
    const seed = stackDeal(toDealInput({ ...emptyDraft('2017-06-30'), lines: [server, support] }));
    const registered = stackDeal(
      toDealInput({
        ...emptyDraft('2017-06-30'),
        customer: 'registered',
        lines: [server, support],
      }),
    );
    const c = comparePlans([seed, registered]);
    expect(c.rows.map((r) => r.program)).toEqual([
      'ncb',
      'dealRegistration',
      'dcg',
      'services',
      'spiff',
    ]);
    expect(c.rows[0]?.amounts).toEqual([108_850, null]);
    expect(c.rows[1]?.amounts).toEqual([null, 87_080]);
    expect(c.rows.find((r) => r.program === 'spiff')?.best).toBeNull();
    expect(c.totals[0]).toBe(202_763);
    expect(c.bestTotal).toBe(0);
  });
});

describe('draftProblems', () => {
  it('lists every refused field by line and lets a clean draft through', () => {
    const clean = { ...emptyDraft('2026-11-25'), lines: [server, support] };
    expect(draftProblems(clean)).toEqual([]);
    const bad = {
      ...clean,
      lines: [
        server,
        withProblem(withProblem(support, 'quantity', 'notWhole'), 'unitPrice', 'tooManyDecimals'),
      ],
    };
    expect(draftProblems(bad)).toEqual([
      { line: 2, field: 'quantity', error: 'notWhole' },
      { line: 2, field: 'unitPrice', error: 'tooManyDecimals' },
    ]);
    expect(
      draftProblems({
        ...bad,
        lines: [server, withProblem(bad.lines[1] ?? support, 'quantity', null)],
      }),
    ).toEqual([{ line: 2, field: 'unitPrice', error: 'tooManyDecimals' }]);
  });

  it('refuses a line whose unit price × quantity passes the bound', () => {
    const line: DraftLine = { ...server, basis: 'unit', unitCents: MAX_MONEY_CENTS, quantity: 2 };
    expect(draftProblems({ ...emptyDraft('2026-11-25'), lines: [line] })).toEqual([
      { line: 1, field: 'lineTotal', error: 'tooLarge' },
    ]);
  });
});
