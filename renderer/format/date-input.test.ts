import { describe, expect, it } from 'vitest';
import { dateInputExample, formatDateInput, parseDateInput } from './date-input';

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'] as const;

describe('date fields in the app language', () => {
  it("shows a date in each language's own numeric pattern", () => {
    expect(formatDateInput('2026-11-25', 'pl')).toBe('25.11.2026');
    expect(formatDateInput('2026-11-25', 'de')).toBe('25.11.2026');
    expect(formatDateInput('2026-11-25', 'fr')).toBe('25/11/2026');
    expect(formatDateInput('2026-11-25', 'zh-CN')).toBe('2026/11/25');
    expect(formatDateInput('2026-11-25', 'en')).toBe('11/25/2026');
    expect(formatDateInput('', 'pl')).toBe('');
  });

  it('reads back what it shows, in every language', () => {
    for (const lang of LANGS) {
      for (const iso of ['2026-11-25', '2027-01-05', '2028-02-29']) {
        expect(parseDateInput(formatDateInput(iso, lang), lang), `${lang} ${iso}`).toBe(iso);
      }
      expect(parseDateInput(dateInputExample(lang), lang)).toBe('2026-12-31');
    }
  });

  it("reads the day and month in the language's order, with any separator", () => {
    expect(parseDateInput('5.1.2027', 'pl')).toBe('2027-01-05');
    expect(parseDateInput('05/01/2027', 'fr')).toBe('2027-01-05');
    expect(parseDateInput('1/5/2027', 'en')).toBe('2027-01-05');
    expect(parseDateInput('2027年1月5日', 'zh-CN')).toBe('2027-01-05');
    expect(parseDateInput(' 2027-01-05 ', 'de')).toBe('2027-01-05');
  });

  it('refuses what is not a real date', () => {
    for (const text of ['', '25.11', '31.02.2026', '25.13.2026', '25.11.26', 'tomorrow', '1.2.3.4'])
      expect(parseDateInput(text, 'pl'), text).toBeNull();
    expect(parseDateInput('11/25/2026', 'pl')).toBeNull();
  });
});
