import { InputError } from '../errors';

/** The currencies the programs pay in. Each program result carries its own. */
export const CURRENCIES = ['USD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Integer minor units (cents). Never a float: every amount in the product is one of these. */
export type Cents = number;
/** Basis points: 1 bps = 0.01 %, so 10 % = 1000 bps. */
export type Bps = number;

export interface Money {
  readonly amountCents: Cents;
  readonly currency: Currency;
}

export const BPS_PER_UNIT = 10_000;

export function money(amountCents: Cents, currency: Currency): Money {
  assertCents(amountCents, 'amountCents', { allowNegative: true });
  return { amountCents, currency };
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

interface CentsOptions {
  allowNegative?: boolean;
}

/** Rejects NaN, Infinity, fractions and (by default) negatives, naming the field. */
export function assertCents(value: unknown, field: string, options: CentsOptions = {}): Cents {
  return assertInteger(value, field, options);
}

export function assertInteger(value: unknown, field: string, options: CentsOptions = {}): number {
  if (typeof value !== 'number') {
    throw new InputError('missing', field, `expected an integer, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new InputError('not_finite', field, `expected a finite integer, got ${value}`);
  }
  if (!Number.isSafeInteger(value)) {
    throw new InputError('not_integer', field, `expected an integer, got ${value}`);
  }
  if (!options.allowNegative && value < 0) {
    throw new InputError('negative', field, `must not be negative, got ${value}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * value × numerator / denominator, rounded half away from zero: the single rounding step of a
 * computed line. Exact for any safe-integer inputs (falls back to BigInt when the product would
 * leave the safe-integer range).
 */
export function mulDivRound(value: number, numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('mulDivRound: denominator is 0');
  const product = value * numerator;
  if (Number.isSafeInteger(product)) {
    const sign = Math.sign(product) * Math.sign(denominator);
    const absProduct = Math.abs(product);
    const absDenominator = Math.abs(denominator);
    const quotient = Math.floor(absProduct / absDenominator);
    const remainder = absProduct - quotient * absDenominator;
    const rounded = remainder * 2 >= absDenominator ? quotient + 1 : quotient;
    return rounded === 0 ? 0 : sign * rounded;
  }
  return mulDivRoundBig(value, numerator, denominator);
}

function mulDivRoundBig(value: number, numerator: number, denominator: number): number {
  const product = BigInt(value) * BigInt(numerator);
  const den = BigInt(denominator);
  const negative = product < 0n !== den < 0n;
  const absProduct = product < 0n ? -product : product;
  const absDen = den < 0n ? -den : den;
  let quotient = absProduct / absDen;
  if ((absProduct % absDen) * 2n >= absDen) quotient += 1n;
  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result))
    throw new RangeError('mulDivRound: result is not a safe integer');
  return result === 0 ? 0 : result;
}

/** cents × bps / 10 000, rounded half away from zero. */
export function applyBps(cents: Cents, bps: Bps): Cents {
  return mulDivRound(cents, bps, BPS_PER_UNIT);
}

/** part / whole in basis points, rounded half away from zero; 0 when whole is 0. */
export function ratioBps(part: Cents, whole: Cents): Bps {
  if (whole === 0) return 0;
  return mulDivRound(part, BPS_PER_UNIT, whole);
}

/** Sum that stays exact: throws rather than silently losing precision. */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new RangeError('sumCents: total is not a safe integer');
  return total;
}

export function minCents(a: Cents, b: Cents): Cents {
  return a < b ? a : b;
}

export function maxCents(a: Cents, b: Cents): Cents {
  return a > b ? a : b;
}
