import { assertIsoDate, daysBetween, type IsoDate } from '../calendar/dates';
import {
  DEFAULT_FISCAL_CALENDAR,
  parseQuarterKey,
  quarterKey,
  quarterOf,
  quarterStart,
  shiftQuarter,
  type FiscalCalendar,
} from '../calendar/fiscal';
import { assertFamily, FAMILIES, type Family } from '../catalog/families';
import { leapBalance } from '../calculators/leap';
import { spiffEarnings } from '../calculators/spiff';
import { requireArray, requireCount, requireObject } from '../calculators/input';
import { step, type Explained, type Step } from '../calculators/steps';
import { InputError } from '../errors';
import { assertCents, type Currency } from '../money/money';
import { ruleRef, type LeapRules, type SpiffRules } from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { claimWindowEnd } from './check-claim';
import { ACTIVE_CLAIM_STATUSES, isClaimStatus, type ClaimProgram } from './claim-status';

/**
 * The money a rep has not claimed yet: per program, what claiming every eligible line that no one
 * holds a claim on would add, with each line's claim deadline. Lines whose window has closed are
 * "missed": reported apart, never in the claimable figure.
 *
 * Programs: the claim dialog offers SPIFF, LEAP and the New Customer Bonus. SPIFF and LEAP are
 * valued here from the line alone. NCB is not: only a line sold to a nominated new customer
 * qualifies, and nothing on an invoice line says whether it was, so counting it would overstate.
 */
export const UNCLAIMED_PROGRAMS = ['spiff', 'leap'] as const satisfies readonly ClaimProgram[];
export type UnclaimedProgramId = (typeof UNCLAIMED_PROGRAMS)[number];

export interface UnclaimedRules {
  /** SPIFF rates and cap; its claimWindowDays is the claim window of every program (as checkClaim). */
  readonly spiff: SpiffRules;
  readonly leap: LeapRules;
}

export interface UnclaimedLineInput {
  readonly key: string;
  readonly date: IsoDate;
  readonly family: Family;
  readonly quantity: number;
  /** Invoice lines this entry stands for: 1 for a line (default); more for a group of lines. */
  readonly lineCount?: number;
  /** Programs to value this entry in (default: all); a group read from aggregates is per program. */
  readonly programs?: readonly UnclaimedProgramId[];
}

export interface UnclaimedClaim {
  readonly lineKey: string;
  readonly program: ClaimProgram;
  readonly status: string;
}

export interface UnclaimedInput {
  readonly today: IsoDate;
  readonly lines: readonly UnclaimedLineInput[];
  /** Claims known locally on these lines (anyone's, any status): an active one holds its line. */
  readonly claims?: readonly UnclaimedClaim[];
  /**
   * SPIFF the rep already holds in active claims, per quarter key (draft to paid, full amounts:
   * what the cap check counts). Claiming more adds only what fits under the cap above it.
   */
  readonly spiffHeldCents?: Readonly<Record<string, number>>;
  /** "Expires soon" = the deadline is at most this many days away (default 7). */
  readonly soonDays?: number;
}

export type UnclaimedState = 'open' | 'missed';

export interface UnclaimedLine {
  readonly key: string;
  readonly date: IsoDate;
  readonly quarter: string;
  readonly family: Family;
  readonly quantity: number;
  readonly lineCount: number;
  /** The last day the line can be claimed. */
  readonly deadline: IsoDate;
  /** Days from today to the deadline: 0 = today is the last day; negative once missed. */
  readonly daysLeft: number;
  readonly state: UnclaimedState;
  readonly soon: boolean;
  /** What claiming this line alone is worth per program it is open in (before the SPIFF cap). */
  readonly values: Readonly<Partial<Record<UnclaimedProgramId, number>>>;
}

export interface UnclaimedQuarter {
  readonly quarter: string;
  readonly deadline: IsoDate;
  readonly daysLeft: number;
  readonly state: UnclaimedState;
  readonly lines: number;
  readonly units: number;
  /** The lines' own values added up. */
  readonly beforeCapValue: number;
  /** What claiming them all adds (SPIFF: up to the cap room left by claims already held). */
  readonly value: number;
}

export interface UnclaimedProgram extends Explained {
  readonly program: UnclaimedProgramId;
  /** Currency of the amounts, or 'points' (LEAP). */
  readonly unit: Currency | 'points';
  /** What claiming every open line adds: the figure. */
  readonly value: number;
  readonly lines: number;
  /** Lines whose deadline is within soonDays, and what claiming just them adds. */
  readonly soonLines: number;
  readonly soonValue: number;
  /** Window closed: no longer claimable, what they would have added. */
  readonly missedLines: number;
  readonly missedValue: number;
  /** Open quarters first (by deadline), then missed ones. */
  readonly quarters: readonly UnclaimedQuarter[];
}

export interface UnclaimedResult {
  readonly today: IsoDate;
  readonly soonDays: number;
  readonly programs: readonly UnclaimedProgram[];
  /** Open lines with a value in at least one program, soonest deadline first (then date, key). */
  readonly open: readonly UnclaimedLine[];
  /** Lines whose window closed, most recently closed first. */
  readonly missed: readonly UnclaimedLine[];
}

function perUnit(program: UnclaimedProgramId, family: Family, rules: UnclaimedRules): number {
  return program === 'spiff'
    ? rules.spiff.perUnitCents[family]
    : rules.leap.salePointsPerUnit[family];
}

interface QuarterGroup {
  readonly quarter: string;
  readonly deadline: IsoDate;
  readonly state: UnclaimedState;
  lines: number;
  readonly units: Map<Family, { units: number; lines: number }>;
}

/** SPIFF of a quarter's open units through the SPIFF calculator, with the rep's held claims as "paid before". */
function spiffQuarter(
  group: QuarterGroup,
  heldCents: number,
  rules: SpiffRules,
): { beforeCap: number; value: number; steps: Step[] } {
  const result = spiffEarnings(
    {
      lines: [...group.units].map(([family, u]) => ({ family, quantity: u.units })),
      paidThisQuarterCents: heldCents,
    },
    rules,
  );
  const steps: Step[] = [];
  for (const s of result.steps)
    if (s.key === 'spiff.family' && s.result !== 0)
      steps.push(
        step(
          'unclaimed.spiffFamily',
          {
            family: s.inputs.family ?? null,
            lines: group.units.get(s.inputs.family as Family)?.lines ?? 0,
            units: s.inputs.units ?? null,
            perUnitCents: s.inputs.perUnitCents ?? null,
          },
          s.result,
          'cents',
        ),
      );
  const roomLeft = Math.max(0, rules.capCentsPerQuarter - heldCents);
  steps.push(
    step(
      'unclaimed.spiffRoom',
      { capCents: rules.capCentsPerQuarter, heldCents },
      roomLeft,
      'cents',
    ),
  );
  steps.push(
    step(
      'unclaimed.spiffQuarter',
      { quarter: group.quarter, beforeCapCents: result.earnedCents, roomLeftCents: roomLeft },
      result.payableCents,
      'cents',
    ),
  );
  return { beforeCap: result.earnedCents, value: result.payableCents, steps };
}

/** LEAP points of a quarter's open units through the LEAP calculator (claimed today, no cap). */
function leapQuarter(
  group: QuarterGroup,
  today: IsoDate,
  rules: LeapRules,
): { beforeCap: number; value: number; steps: Step[] } {
  const result = leapBalance(
    {
      asOf: today,
      sales: [...group.units].map(([family, u]) => ({
        family,
        quantity: u.units,
        claimedOn: today,
      })),
    },
    rules,
  );
  const steps: Step[] = [];
  for (const s of result.steps)
    if (s.key === 'leap.sales' && s.result !== 0)
      steps.push(
        step(
          'unclaimed.leapFamily',
          {
            family: s.inputs.family ?? null,
            lines: group.units.get(s.inputs.family as Family)?.lines ?? 0,
            units: s.inputs.units ?? null,
            pointsPerUnit: s.inputs.pointsPerUnit ?? null,
          },
          s.result,
          'points',
        ),
      );
  const points = result.earnedPoints.sales;
  steps.push(step('unclaimed.leapQuarter', { quarter: group.quarter }, points, 'points'));
  return { beforeCap: points, value: points, steps };
}

function compareLines(a: UnclaimedLine, b: UnclaimedLine): number {
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * What the rep has not claimed yet (see the module comment). Eligible = the program pays something
 * for the line's family; unclaimed = no active claim (anyone's) holds the line for the program.
 * Pure: the screens pass lines (claims screen) or groups built from aggregates (dashboard).
 */
export function unclaimedValue(
  input: UnclaimedInput,
  rules: UnclaimedRules,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): UnclaimedResult {
  checkRules('spiff', rules.spiff);
  checkRules('leap', rules.leap);
  requireObject(input, 'input');
  const today = assertIsoDate(input.today, 'today');
  const soonDays = input.soonDays === undefined ? 7 : requireCount(input.soonDays, 'soonDays');
  const lines = requireArray<UnclaimedLineInput>(input.lines, 'lines');
  const claims =
    input.claims === undefined ? [] : requireArray<UnclaimedClaim>(input.claims, 'claims');
  const held = input.spiffHeldCents ?? {};
  for (const [quarter, cents] of Object.entries(held)) {
    parseQuarterKey(quarter, `spiffHeldCents.${quarter}`);
    assertCents(cents, `spiffHeldCents.${quarter}`);
  }

  const holds = new Set<string>();
  claims.forEach((claim, i) => {
    requireObject(claim, `claims[${i}]`);
    if (!isClaimStatus(claim.status))
      throw new InputError(
        'unknown_value',
        `claims[${i}].status`,
        `unknown status ${JSON.stringify(claim.status)}`,
      );
    if (ACTIVE_CLAIM_STATUSES.has(claim.status))
      holds.add(`${claim.lineKey}\u001f${claim.program}`);
  });

  const deadlines = new Map<string, IsoDate>();
  const groups: Record<UnclaimedProgramId, Map<string, QuarterGroup>> = {
    spiff: new Map(),
    leap: new Map(),
  };
  const open: UnclaimedLine[] = [];
  const missed: UnclaimedLine[] = [];
  lines.forEach((line, i) => {
    requireObject(line, `lines[${i}]`);
    if (typeof line.key !== 'string' || line.key === '')
      throw new InputError('missing', `lines[${i}].key`, 'expected the line key');
    const date = assertIsoDate(line.date, `lines[${i}].date`);
    const family = assertFamily(line.family, `lines[${i}].family`);
    const quantity = requireCount(line.quantity, `lines[${i}].quantity`);
    const lineCount =
      line.lineCount === undefined ? 1 : requireCount(line.lineCount, `lines[${i}].lineCount`);
    const quarter = quarterKey(quarterOf(date, calendar));
    let deadline = deadlines.get(quarter);
    if (deadline === undefined) {
      deadline = claimWindowEnd(date, rules.spiff, calendar);
      deadlines.set(quarter, deadline);
    }
    const daysLeft = daysBetween(today, deadline);
    const state: UnclaimedState = daysLeft >= 0 ? 'open' : 'missed';
    const values: Partial<Record<UnclaimedProgramId, number>> = {};
    for (const program of line.programs ?? UNCLAIMED_PROGRAMS) {
      if (!(UNCLAIMED_PROGRAMS as readonly string[]).includes(program))
        throw new InputError(
          'unknown_value',
          `lines[${i}].programs`,
          `expected one of ${UNCLAIMED_PROGRAMS.join(', ')}, got ${JSON.stringify(program)}`,
        );
      const rate = perUnit(program, family, rules);
      if (rate === 0 || quantity === 0 || holds.has(`${line.key}\u001f${program}`)) continue;
      values[program] = rate * quantity;
      const byQuarter = groups[program];
      let group = byQuarter.get(quarter);
      if (!group) {
        group = { quarter, deadline, state, lines: 0, units: new Map() };
        byQuarter.set(quarter, group);
      }
      group.lines += lineCount;
      const u = group.units.get(family) ?? { units: 0, lines: 0 };
      u.units += quantity;
      u.lines += lineCount;
      group.units.set(family, u);
    }
    if (Object.keys(values).length === 0) return;
    const result: UnclaimedLine = {
      key: line.key,
      date,
      quarter,
      family,
      quantity,
      lineCount,
      deadline,
      daysLeft,
      state,
      soon: state === 'open' && daysLeft <= soonDays,
      values,
    };
    (state === 'open' ? open : missed).push(result);
  });
  open.sort(compareLines);
  missed.sort((a, b) => -compareLines(a, b));

  const programs = UNCLAIMED_PROGRAMS.map((program): UnclaimedProgram => {
    const quarters = [...groups[program].values()].sort((a, b) =>
      a.state !== b.state
        ? a.state === 'open'
          ? -1
          : 1
        : a.deadline < b.deadline
          ? -1
          : a.deadline > b.deadline
            ? 1
            : 0,
    );
    const steps: Step[] = [];
    const shown: UnclaimedQuarter[] = [];
    let value = 0;
    let count = 0;
    let soonLines = 0;
    let soonValue = 0;
    let missedLines = 0;
    let missedValue = 0;
    for (const group of quarters) {
      const daysLeft = daysBetween(today, group.deadline);
      const priced =
        program === 'spiff'
          ? spiffQuarter(group, held[group.quarter] ?? 0, rules.spiff)
          : leapQuarter(group, today, rules.leap);
      let units = 0;
      for (const u of group.units.values()) units += u.units;
      shown.push({
        quarter: group.quarter,
        deadline: group.deadline,
        daysLeft,
        state: group.state,
        lines: group.lines,
        units,
        beforeCapValue: priced.beforeCap,
        value: priced.value,
      });
      if (group.state === 'missed') {
        missedLines += group.lines;
        missedValue += priced.value;
        continue;
      }
      steps.push(
        step(
          'unclaimed.quarter',
          { quarter: group.quarter, deadline: group.deadline, daysLeft, lines: group.lines },
          group.lines,
          'units',
        ),
      );
      steps.push(...priced.steps);
      value += priced.value;
      count += group.lines;
      // Every line of a quarter shares its deadline, so "expires soon" is a whole quarter.
      if (daysLeft <= soonDays) {
        soonLines += group.lines;
        soonValue += priced.value;
      }
    }
    const unit = program === 'spiff' ? 'cents' : 'points';
    steps.push(
      step(
        'unclaimed.total',
        { quarters: shown.filter((q) => q.state === 'open').length, lines: count },
        value,
        unit,
      ),
    );
    return {
      program,
      unit: program === 'spiff' ? rules.spiff.currency : 'points',
      value,
      lines: count,
      soonLines,
      soonValue,
      missedLines,
      missedValue,
      quarters: shown,
      rule: ruleRef(program === 'spiff' ? rules.spiff : rules.leap),
      steps,
    };
  });

  return { today, soonDays, programs, open, missed };
}

/**
 * The quarters worth looking at on `today`: those whose claim window is still open (the current
 * one and, for a while after it ends, the previous ones) and the one that closed last ("missed").
 * Oldest first. Keeps the dashboard's reads to a few quarters' aggregates.
 */
export function claimWindowQuarters(
  today: IsoDate,
  rules: SpiffRules,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): { readonly open: readonly string[]; readonly missed: string } {
  assertIsoDate(today, 'today');
  const open: string[] = [];
  let q = quarterOf(today, calendar);
  while (claimWindowEnd(quarterStart(q, calendar), rules, calendar) >= today) {
    open.unshift(quarterKey(q));
    q = shiftQuarter(q, -1);
  }
  return { open, missed: quarterKey(q) };
}

/** Families a program pays for: what "eligible" means per program. */
export function eligibleFamilies(program: UnclaimedProgramId, rules: UnclaimedRules): Family[] {
  return FAMILIES.filter((f) => perUnit(program, f, rules) > 0);
}
