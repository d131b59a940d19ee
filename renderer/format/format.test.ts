import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercentBps } from './format';

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
