import { describe, expect, it } from 'vitest';
import { priceToTarget } from '../../../shared/index';
import { buildQuote, defaultValidity, paperFor } from './quote-model';

describe('buildQuote', () => {
  it('carries selling prices only: no partner price, benefit or margin reaches the customer', () => {
    const priced = priceToTarget({
      deal: {
        customer: 'new',
        lines: [{ family: 'server', topseller: true, quantity: 3, partnerPriceCents: 774_500 }],
      },
      target: { kind: 'margin', marginBps: 1_000 },
    });
    const quote = buildQuote(priced, [{ sku: '8871KJU', name: 'System x3650 M5' }], {
      number: 'Q-2026-0001',
      date: '2026-11-25',
      validUntil: defaultValidity('2026-11-25'),
      language: 'de',
      partner: { name: 'Muster IT GmbH', address: 'Hauptstr. 1' },
      customer: 'Contoso AG',
    });
    expect(quote.lines).toEqual([
      {
        sku: '8871KJU',
        description: 'System x3650 M5',
        quantity: 3,
        unitCents: 258_167,
        lineCents: 774_501,
      },
    ]);
    expect(quote.totalCents).toBe(774_501);
    expect(quote.validUntil).toBe('2026-12-25');
    const text = JSON.stringify(quote);
    for (const secret of ['774500', 'margin', 'rebate', 'netCost', '697050'])
      expect(text).not.toContain(secret);
  });
  it('prints on Letter in English and A4 in the other languages', () => {
    expect(paperFor('en')).toBe('Letter');
    expect(['de', 'fr', 'es', 'it', 'pl', 'zh-CN'].map(paperFor)).toEqual(Array(6).fill('A4'));
  });
});
