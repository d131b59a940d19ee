import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../shared/index';
import en from '../../../locales/en.json';
import type { SyncRejection } from '../../db/index';
import { refusalWords, type RefusalFormat } from './sync-refusal';

const format: RefusalFormat = {
  money: (cents, currency) => `${currency} ${(cents / 100).toFixed(2)}`,
  date: (iso) => `<${iso}>`,
  number: (value) => `#${value}`,
  family: (family) => `[${family}]`,
  status: (status) => `{${status}}`,
};
const refusal = (code: string, details?: SyncRejection['details']): SyncRejection => ({
  mutation: 'claim.create',
  code,
  message: 'The server’s English sentence.',
  at: '2026-12-02T10:00:00.000Z',
  ...(details ? { details } : {}),
});

describe('a refusal worded by the app', () => {
  it('words the claim window, the cap and the points with the refusal’s values, formatted', () => {
    expect(
      refusalWords(refusal('outside_claim_window', { lastDay: '2026-10-30' }), format),
    ).toEqual({ key: 'sync.reason.outside_claim_window', values: { date: '<2026-10-30>' } });
    expect(
      refusalWords(
        refusal('over_spiff_cap', { capCents: 250_000, beyondCapCents: 1_000, currency: 'USD' }),
        format,
      ),
    ).toEqual({ key: 'sync.reason.over_spiff_cap', values: { cap: 'USD 2500.00' } });
    expect(
      refusalWords(refusal('insufficient_points', { requested: 500, available: 120 }), format),
    ).toEqual({
      key: 'sync.reason.insufficient_points',
      values: { requested: '#500', available: '#120' },
    });
  });

  it('falls back to the server’s words when the values are missing or malformed, or the code is new', () => {
    expect(refusalWords(refusal('outside_claim_window'), format)).toBeNull();
    expect(
      refusalWords(refusal('over_spiff_cap', { capCents: 100, currency: 'XXX' }), format),
    ).toBeNull();
    expect(refusalWords(refusal('family_not_eligible', { family: 7 }), format)).toBeNull();
    expect(refusalWords(refusal('a_code_of_a_newer_server'), format)).toBeNull();
  });

  it('never names who holds a line claimed already (it may be another rep)', () => {
    expect(
      refusalWords(refusal('already_claimed', { status: 'approved', byRepId: 'rep-b' }), format),
    ).toEqual({ key: 'sync.reason.already_claimed', values: {} });
  });

  it('has an English sentence for every reason code the server sends, using only its values', () => {
    const sentences = (en as { sync: { reason: Record<string, string> } }).sync.reason;
    const full: SyncRejection['details'] = {
      family: 'storage',
      lastDay: '2026-10-30',
      date: '2026-12-24',
      capCents: 250_000,
      currency: 'USD',
      nominated: 'Acme',
      invoiced: 'ACME Ltd',
      status: 'paid',
      quarter: 'FY2026-Q4',
      requested: 5,
      available: 1,
    };
    for (const code of REASON_CODES) {
      const words = refusalWords(refusal(code, full), format);
      expect(words, code).not.toBeNull();
      const sentence = sentences[code];
      expect(sentence, code).toBeTypeOf('string');
      const placeholders = [...(sentence ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      expect(placeholders.sort(), code).toEqual(Object.keys(words?.values ?? {}).sort());
    }
  });
});
