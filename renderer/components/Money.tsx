import { useTranslation } from 'react-i18next';
import type { Currency } from '../../shared/index';
import { formatMoney } from '../format/format';

export function Money({
  cents,
  currency,
  whole = false,
}: {
  cents: number;
  currency: Currency;
  whole?: boolean;
}) {
  const { i18n } = useTranslation();
  return <span className="money">{formatMoney(cents, currency, i18n.language, { whole })}</span>;
}
