import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact, formatNumber, formatPercentBps } from './format';

describe('negative figures', () => {
  it('use one minus sign (U+2212) in every language', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN']) {
      for (const text of [
        formatMoney(-60_000, 'USD', locale),
        formatMoney(-60_000, 'EUR', locale, { whole: true }),
        formatNumber(-600, locale),
        formatPercentBps(-150, locale),
      ]) {
        expect(text, `${locale}: ${text}`).toContain('\u2212');
        expect(text, `${locale}: ${text}`).not.toContain('-');
      }
    }
  });
});

describe('compact money for chart axes', () => {
  it.each([
    ['en', '$10M'],
    ['fr', '10 M $US'],
    ['de', '10 Mio. $'],
  ])('%s: 10 million dollars in a few characters (%s)', (locale, expected) => {
    expect(formatMoneyCompact(1_000_000_000, 'USD', locale).replace(/\s/g, ' ')).toBe(expected);
  });
});
