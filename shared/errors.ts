/**
 * Every rejected input names the field it came from (a path such as `lines[3].quantity`), so a
 * screen, an import report or a server response can point at the exact cell that is wrong.
 */
export type InputErrorCode =
  | 'not_integer'
  | 'negative'
  | 'not_finite'
  | 'out_of_range'
  | 'unknown_value'
  | 'bad_date'
  | 'bad_rules'
  | 'missing'
  | 'too_many'
  | 'no_rule_in_force';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
