import type { IsoDate } from '../../shared/index';

/**
 * Dates typed in the app's language, not the browser's: a native `<input type=date>` follows the
 * browser locale (a Polish plan showed 11/25/2026), so date fields are text in the locale's
 * numeric pattern ("25.11.2026", "2026/11/25", "11/25/2026") with this parser; state keeps ISO.
 */

type Part = 'day' | 'month' | 'year';

interface DatePattern {
  readonly order: readonly Part[];
  readonly format: Intl.DateTimeFormat;
}

const patterns = new Map<string, DatePattern>();

function patternOf(locale: string): DatePattern {
  let pattern = patterns.get(locale);
  if (!pattern) {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
      numberingSystem: 'latn',
    });
    const order = format
      .formatToParts(new Date(Date.UTC(2026, 10, 25)))
      .map((p) => p.type)
      .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
    pattern = { order, format };
    patterns.set(locale, pattern);
  }
  return pattern;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** ISO → what the field shows in the locale ('2026-11-25' → pl '25.11.2026'); '' stays ''. */
export function formatDateInput(iso: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  return patternOf(locale).format.format(utc(iso));
}

/** An example of the locale's pattern, for the field's hint. */
export function dateInputExample(locale: string): string {
  return formatDateInput('2026-12-31', locale);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * What a person typed → ISO, or null when it is not a real date in the locale's order (day,
 * month and year in the order the locale writes them; any separator; a four-digit year). An ISO
 * date (2026-11-25) is understood in every language.
 */
export function parseDateInput(text: string, locale: string): IsoDate | null {
  const trimmed = text.trim();
  const groups = trimmed.match(/\d+/g);
  if (!groups || groups.length !== 3 || /[^\d\s./\-年月日]/u.test(trimmed)) return null;
  const order: readonly Part[] = /^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)
    ? ['year', 'month', 'day']
    : patternOf(locale).order;
  const value: Partial<Record<Part, string>> = {};
  order.forEach((part, i) => (value[part] = groups[i]));
  if (!value.year || value.year.length !== 4) return null;
  if (!value.month || value.month.length > 2 || !value.day || value.day.length > 2) return null;
  const year = Number(value.year);
  const month = Number(value.month);
  const day = Number(value.day);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${value.year}-${pad(month)}-${pad(day)}` as IsoDate;
}
