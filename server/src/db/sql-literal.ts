/**
 * A string as an SQL literal, for statements sent several to a simple-protocol message, which
 * carries no parameters (Tx.batch, and those sent with COMMIT: Tx.atCommit). The E'' form, so
 * backslashes mean the same whatever standard_conforming_strings says. Text PostgreSQL cannot
 * hold (NUL) is refused before it gets here, by the shared schemas (shared/sync/protocol.ts).
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
