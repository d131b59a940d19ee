import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates';
import { FAMILIES } from '../catalog/families';
import { LEAP_2019, SPIFF_2017 } from '../rules/defaults';
import { CLAIM_STATUSES } from './claim-status';
import {
  claimWindowQuarters,
  unclaimedValue,
  type UnclaimedClaim,
  type UnclaimedInput,
  type UnclaimedLineInput,
  type UnclaimedProgram,
} from './unclaimed';

const RULES = { spiff: SPIFF_2017, leap: LEAP_2019 };
const TODAY = '2026-11-25'; // FY2026 Q3; Q2's window closes 2026-11-29, Q1's closed 2026-08-29

const program = (result: ReturnType<typeof unclaimedValue>, id: 'spiff' | 'leap') =>
  result.programs.find((p) => p.program === id) as UnclaimedProgram;

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describe('unclaimedValue (golden)', () => {
  const lines: UnclaimedLineInput[] = [
    { key: 'A', date: '2026-08-10', family: 'server', quantity: 2 },
    { key: 'B', date: '2026-07-03', family: 'notebook', quantity: 3 },
    { key: 'C', date: '2026-07-04', family: 'visuals', quantity: 1 }, // pays in neither program
    { key: 'D', date: '2026-09-30', family: 'server', quantity: 1 },
    { key: 'E', date: '2026-10-20', family: 'server', quantity: 70 },
    { key: 'F', date: '2026-06-15', family: 'server', quantity: 1 }, // Q1: window closed
    { key: 'G', date: '2026-10-21', family: 'notebook', quantity: 1 },
  ];
  const claims: UnclaimedClaim[] = [
    { lineKey: 'D', program: 'spiff', status: 'queued' }, // someone holds D for SPIFF
    { lineKey: 'G', program: 'spiff', status: 'rejected' }, // a rejected claim frees the line
    { lineKey: 'G', program: 'leap', status: 'draft' }, // a draft holds it
  ];
  const result = unclaimedValue(
    { today: TODAY, lines, claims, spiffHeldCents: { 'FY2026-Q3': 200_000 } },
    RULES,
  );

  it('values SPIFF per quarter, capped by what the rep already holds', () => {
    const spiff = program(result, 'spiff');
    expect(spiff.unit).toBe('USD');
    expect(spiff.rule.version).toBe('spiff-2017.1');
    // Q2: 2 × $150 + 3 × $25 = $375; Q3: 70 × $150 + 1 × $25 = $10,525, room $8,000 → $8,000.
    expect(spiff.quarters.map((q) => [q.quarter, q.state, q.beforeCapValue, q.value])).toEqual([
      ['FY2026-Q2', 'open', 37_500, 37_500],
      ['FY2026-Q3', 'open', 1_052_500, 800_000],
      ['FY2026-Q1', 'missed', 15_000, 15_000],
    ]);
    expect(spiff.value).toBe(837_500);
    expect(spiff.lines).toBe(4);
    expect([spiff.soonLines, spiff.soonValue]).toEqual([2, 37_500]);
    expect([spiff.missedLines, spiff.missedValue]).toEqual([1, 15_000]);
  });

  it('values LEAP points per quarter without a cap', () => {
    const leap = program(result, 'leap');
    expect(leap.unit).toBe('points');
    expect(leap.rule.version).toBe('leap-2019.1');
    // Q2: 2 × 250 + 3 × 10 + 1 × 250 = 780; Q3: 70 × 250 = 17,500 (G held by a draft).
    expect(leap.value).toBe(18_280);
    expect([leap.soonLines, leap.soonValue]).toEqual([3, 780]);
    expect([leap.missedLines, leap.missedValue]).toEqual([1, 250]);
  });

  it('lists open lines by deadline with days left, missed lines apart', () => {
    expect(result.open.map((l) => [l.key, l.deadline, l.daysLeft, l.soon])).toEqual([
      ['B', '2026-11-29', 4, true],
      ['A', '2026-11-29', 4, true],
      ['D', '2026-11-29', 4, true],
      ['E', '2027-03-01', 96, false],
      ['G', '2027-03-01', 96, false],
    ]);
    expect(result.open.find((l) => l.key === 'D')?.values).toEqual({ leap: 250 });
    expect(result.open.find((l) => l.key === 'G')?.values).toEqual({ spiff: 2_500 });
    expect(result.missed.map((l) => [l.key, l.daysLeft, l.state])).toEqual([['F', -88, 'missed']]);
    expect(result.open.some((l) => l.key === 'C')).toBe(false);
  });

  it('explains each figure with steps that add up to it', () => {
    for (const p of result.programs) {
      const quarterValues = p.steps.filter(
        (s) => s.key === 'unclaimed.spiffQuarter' || s.key === 'unclaimed.leapQuarter',
      );
      expect(quarterValues.reduce((sum, s) => sum + Number(s.result), 0)).toBe(p.value);
      expect(p.steps[p.steps.length - 1]).toMatchObject({
        key: 'unclaimed.total',
        result: p.value,
      });
    }
    const spiff = program(result, 'spiff');
    const q3 = spiff.steps.filter((s) => s.key === 'unclaimed.spiffFamily').slice(-2);
    expect(q3.map((s) => [s.inputs.family, s.inputs.units, s.result])).toEqual([
      ['notebook', 1, 2_500],
      ['server', 70, 1_050_000],
    ]);
    expect(
      spiff.steps.find((s) => s.key === 'unclaimed.spiffRoom' && s.result === 800_000),
    ).toEqual(expect.objectContaining({ inputs: { capCents: 1_000_000, heldCents: 200_000 } }));
  });

  it('counts nothing once the cap is fully held', () => {
    const full = unclaimedValue(
      {
        today: TODAY,
        lines,
        claims,
        spiffHeldCents: { 'FY2026-Q2': 1_000_000, 'FY2026-Q3': 1_200_000 },
      },
      RULES,
    );
    expect(program(full, 'spiff').value).toBe(0);
    expect(full.open.find((l) => l.key === 'A')?.values.spiff).toBe(30_000); // its own value stays
  });

  it('rejects bad input naming the field', () => {
    expect(() => unclaimedValue({ today: '2026-13-01', lines: [] }, RULES)).toThrow(/^today: /);
    expect(() =>
      unclaimedValue(
        { today: TODAY, lines: [{ key: 'X', date: TODAY, family: 'server', quantity: -1 }] },
        RULES,
      ),
    ).toThrow(/^lines\[0\]\.quantity: /);
    expect(() =>
      unclaimedValue(
        {
          today: TODAY,
          lines: [],
          claims: [{ lineKey: 'X', program: 'spiff', status: 'maybe' }],
        },
        RULES,
      ),
    ).toThrow(/^claims\[0\]\.status: /);
    expect(() =>
      unclaimedValue({ today: TODAY, lines: [], spiffHeldCents: { Q2: 1 } }, RULES),
    ).toThrow(/^spiffHeldCents\.Q2: /);
  });
});

describe('claimWindowQuarters', () => {
  it('watches the quarters still open and the one that closed last', () => {
    expect(claimWindowQuarters('2026-11-25', SPIFF_2017)).toEqual({
      open: ['FY2026-Q2', 'FY2026-Q3'],
      missed: 'FY2026-Q1',
    });
    // 2026-11-30: Q2's window (to 2026-11-29) has closed.
    expect(claimWindowQuarters('2026-11-30', SPIFF_2017)).toEqual({
      open: ['FY2026-Q3'],
      missed: 'FY2026-Q2',
    });
  });
});

const line = fc.record({
  day: fc.integer({ min: 0, max: 300 }),
  family: fc.constantFrom(...FAMILIES),
  quantity: fc.integer({ min: 0, max: 40 }),
});
const scenario = fc.record({
  lines: fc.array(line, { maxLength: 30 }),
  claims: fc.array(
    fc.record({
      index: fc.nat(),
      program: fc.constantFrom('spiff', 'leap', 'ncb') as fc.Arbitrary<'spiff' | 'leap' | 'ncb'>,
      status: fc.constantFrom(...CLAIM_STATUSES),
    }),
    { maxLength: 20 },
  ),
  held: fc.array(fc.integer({ min: 0, max: 1_200_000 }), { minLength: 4, maxLength: 4 }),
  todayOffset: fc.integer({ min: 0, max: 400 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): UnclaimedInput {
  const lines = s.lines.map((l, i) => ({
    key: `L${i}`,
    date: addDays('2026-04-01', l.day),
    family: l.family,
    quantity: l.quantity,
  }));
  return {
    today: addDays('2026-04-01', s.todayOffset),
    lines,
    claims: lines.length
      ? s.claims.map((c) => ({
          lineKey: `L${c.index % lines.length}`,
          program: c.program,
          status: c.status,
        }))
      : [],
    spiffHeldCents: {
      'FY2026-Q1': s.held[0] ?? 0,
      'FY2026-Q2': s.held[1] ?? 0,
      'FY2026-Q3': s.held[2] ?? 0,
      'FY2026-Q4': s.held[3] ?? 0,
    },
  };
}

describe('unclaimedValue (properties)', () => {
  it('the lines’ own values add up to at least the capped figure (equal for LEAP)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = unclaimedValue(build(s), RULES);
        for (const p of result.programs) {
          const sum = result.open.reduce((total, l) => total + (l.values[p.program] ?? 0), 0);
          if (p.program === 'spiff') expect(sum).toBeGreaterThanOrEqual(p.value);
          else expect(sum).toBe(p.value);
          expect(p.value).toBeGreaterThanOrEqual(0);
          expect(p.soonValue).toBeLessThanOrEqual(p.value);
        }
      }),
    );
  });

  it('open lines are sorted by deadline, all open, none missed among them', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = unclaimedValue(build(s), RULES);
        for (let i = 1; i < result.open.length; i += 1)
          expect(defined(result.open[i - 1]).deadline <= defined(result.open[i]).deadline).toBe(
            true,
          );
        for (const l of result.open) expect(l.daysLeft).toBeGreaterThanOrEqual(0);
        for (const l of result.missed) expect(l.daysLeft).toBeLessThan(0);
      }),
    );
  });

  it('claiming a line never increases what is left to claim, and lowers it by what the claim adds', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.constantFrom('spiff', 'leap'), (s, pick, id) => {
        const input = build(s);
        const before = unclaimedValue(input, RULES);
        const candidates = before.open.filter((l) => l.values[id] !== undefined);
        if (candidates.length === 0) return;
        const claimed = defined(candidates[pick % candidates.length]);
        const held = { ...input.spiffHeldCents };
        if (id === 'spiff')
          held[claimed.quarter] = (held[claimed.quarter] ?? 0) + (claimed.values.spiff ?? 0);
        const after = unclaimedValue(
          {
            ...input,
            claims: [
              ...(input.claims ?? []),
              { lineKey: claimed.key, program: id, status: 'queued' },
            ],
            spiffHeldCents: held,
          },
          RULES,
        );
        for (const p of before.programs) {
          const next = defined(after.programs.find((q) => q.program === p.program));
          expect(next.value).toBeLessThanOrEqual(p.value);
          if (p.program !== id) expect(next.value).toBe(p.value);
        }
        const p = defined(before.programs.find((q) => q.program === id));
        const q = defined(p.quarters.find((x) => x.quarter === claimed.quarter));
        const room =
          id === 'spiff'
            ? Math.max(
                0,
                SPIFF_2017.capCentsPerQuarter - (input.spiffHeldCents?.[claimed.quarter] ?? 0),
              )
            : Infinity;
        // What the claim adds: its value, up to the cap room left in its quarter.
        const adds = Math.min(defined(claimed.values[id]), room, q.value);
        expect(p.value - defined(after.programs.find((x) => x.program === id)).value).toBe(adds);
      }),
    );
  });

  it('claiming everything that expires soon lowers the figure by exactly the "soon" value', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const before = unclaimedValue(input, RULES);
        const soon = before.open.filter((l) => l.soon);
        const held: Record<string, number> = { ...input.spiffHeldCents };
        const claims = [...(input.claims ?? [])];
        for (const l of soon) {
          if (l.values.spiff !== undefined) {
            held[l.quarter] = (held[l.quarter] ?? 0) + l.values.spiff;
            claims.push({ lineKey: l.key, program: 'spiff', status: 'queued' });
          }
        }
        const after = unclaimedValue({ ...input, claims, spiffHeldCents: held }, RULES);
        const b = defined(before.programs.find((p) => p.program === 'spiff'));
        const a = defined(after.programs.find((p) => p.program === 'spiff'));
        expect(b.value - a.value).toBe(b.soonValue);
        expect(a.soonValue).toBe(0);
      }),
    );
  });

  it('groups of lines (as read from aggregates) give the same figures as the lines', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        const byLine = unclaimedValue(input, RULES);
        const holds = new Set(
          (input.claims ?? [])
            .filter((c) => ['draft', 'queued', 'submitted', 'approved', 'paid'].includes(c.status))
            .map((c) => `${c.lineKey}|${c.program}`),
        );
        const groups = new Map<
          string,
          UnclaimedLineInput & { lineCount: number; quantity: number }
        >();
        for (const l of input.lines)
          for (const id of ['spiff', 'leap'] as const) {
            if (holds.has(`${l.key}|${id}`)) continue;
            const key = `${l.date.slice(0, 7)}|${l.family}|${id}`;
            const g = groups.get(key) ?? {
              key,
              date: l.date,
              family: l.family,
              quantity: 0,
              lineCount: 0,
              programs: [id],
            };
            groups.set(key, {
              ...g,
              quantity: g.quantity + l.quantity,
              lineCount: g.lineCount + 1,
            });
          }
        const grouped = unclaimedValue(
          { ...input, lines: [...groups.values()], claims: [] },
          RULES,
        );
        for (const p of byLine.programs) {
          const g = defined(grouped.programs.find((x) => x.program === p.program));
          expect([g.value, g.soonValue, g.missedValue]).toEqual([
            p.value,
            p.soonValue,
            p.missedValue,
          ]);
        }
      }),
    );
  });
});
