import { InputError } from '../errors';
import { assertInteger } from '../money/money';

/** Input checks shared by the calculators. Each names the field it rejects. */

export function requireArray<T>(value: unknown, field: string): readonly T[] {
  if (!Array.isArray(value))
    throw new InputError(
      'missing',
      field,
      `expected a list, got ${value === null ? 'null' : typeof value}`,
    );
  return value as readonly T[];
}

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      'missing',
      field,
      `expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`,
    );
  }
  return value as Record<string, unknown>;
}

export function requireCount(value: unknown, field: string): number {
  return assertInteger(value, field);
}

export function optionalBoolean(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean')
    throw new InputError(
      'unknown_value',
      field,
      `expected true or false, got ${JSON.stringify(value)}`,
    );
  return value;
}

export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InputError(
      'unknown_value',
      field,
      `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}
