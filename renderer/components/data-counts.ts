import { useTranslation } from 'react-i18next';
import type { LocalDataCounts } from '../db/index';
import { formatNumber } from '../format/format';

/** "1,204 invoice lines, 56 claims and 2 saved deal plans": what a replace would delete or bring. */
export function useDataCountsList(): (counts: LocalDataCounts) => string {
  const { t, i18n } = useTranslation();
  return (counts) => {
    const items = (
      [
        ['lines', counts.invoiceLines],
        ['claims', counts.claims],
        ['unsent', counts.unsent],
        ['plans', counts.dealPlans],
        ['leap', counts.leapEntries],
        ['imports', counts.imports],
      ] as const
    )
      .filter(([, count]) => count > 0)
      .map(([key, count]) =>
        t(`dataCounts.${key}`, { count, n: formatNumber(count, i18n.language) }),
      );
    return items.length
      ? new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items)
      : t('dataCounts.nothing');
  };
}
