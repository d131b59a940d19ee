import type { FormatterModule } from 'i18next';

/**
 * Counts in sentences with the language's digit grouping ("100 044 lignes", "100.044 Zeilen"):
 * i18next interpolates a number as it is, so every message passing `count` (or another count)
 * as a number would otherwise read "100044". Only these keys: a year or an id is not a count.
 * The app's messages use no `{{value, format}}` specifiers, so this replaces i18next's formatter.
 */
const COUNT_KEYS: ReadonlySet<string> = new Set([
  'count',
  'total',
  'rows',
  'lines',
  'done',
  'units',
  'claims',
  'quantity',
  'points',
  'reps',
  'row',
  'inserted',
  'updated',
  'unchanged',
  'quarantined',
]);

const formats = new Map<string, Intl.NumberFormat>();

export function groupCount(value: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 20 });
    formats.set(language, format);
  }
  return format.format(value);
}

export const groupedNumbers: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, lng, options) => {
    const key = (options as { interpolationkey?: string } | undefined)?.interpolationkey ?? '';
    return typeof value === 'number' && Number.isFinite(value) && COUNT_KEYS.has(key)
      ? groupCount(value, lng ?? 'en')
      : // Anything else goes back untouched, as i18next's own formatter returns it (the type
        // says string; i18next turns the value into text after this).
        (value as string);
  },
};
