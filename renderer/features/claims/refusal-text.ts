import type { TFunction } from 'i18next';
import type { SyncRejection } from '../../db/index';
import { formatDate, formatMoney, formatNumber } from '../../format/format';
import { refusalWords } from './sync-refusal';

/** A server refusal as a sentence in the app's language; the server's own words for a new code. */
export function refusalText(refusal: SyncRejection, t: TFunction, locale: string): string {
  const words = refusalWords(refusal, {
    money: (cents, currency) => formatMoney(cents, currency, locale),
    date: (iso) => formatDate(iso, locale),
    number: (value) => formatNumber(value, locale),
    family: (family) => t(`families.${family}`),
    status: (status) => t(`claimStatus.${status}`),
  });
  return words ? t(words.key, words.values) : refusal.message;
}
