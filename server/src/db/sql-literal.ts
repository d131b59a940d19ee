/**
 * A string as an SQL literal, for the statements sent with COMMIT in one simple-protocol message
 * (Tx.atCommit), which carries no parameters. The E'' form, so backslashes mean the same whatever
 * standard_conforming_strings says.
 */
export function sqlLiteral(value: string): string {
  return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A whole number as an SQL literal; anything else is a programming error, never data. */
export function sqlInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not a safe integer: ${value}`);
  return String(value);
}

/** Strings as an SQL text[] literal (each one through sqlLiteral). */
export function sqlTextArray(values: readonly string[]): string {
  return values.length === 0
    ? `'{}'::text[]`
    : `array[${values.map(sqlLiteral).join(', ')}]::text[]`;
}
