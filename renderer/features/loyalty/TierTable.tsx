import { useTranslation } from 'react-i18next';
import type { LoyaltyRules } from '../../../shared/index';
import { Card } from '../../components/Card';
import { formatMoney, formatNumber } from '../../format/format';
import { tierLadder } from './ladder';

export function TierTable({ rules, tierIndex }: { rules: LoyaltyRules; tierIndex: number }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, rules.currency, i18n.language);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Card title={t('loyalty.tiers.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('loyalty.tiers.units')}</th>
            <th scope="col" className="num">
              {t('loyalty.tiers.rate')}
            </th>
            <th scope="col" className="num">
              {t('loyalty.tiers.example')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tierLadder(rules).map((row) => {
            const current = row.index === tierIndex;
            return (
              <tr key={row.index} className={current ? 'loyalty-current-tier' : undefined}>
                <th scope="row">
                  {row.maxUnits === null
                    ? t('loyalty.tiers.from', { min: n(row.minUnits) })
                    : t('loyalty.tiers.range', { min: n(row.minUnits), max: n(row.maxUnits) })}
                  {current && (
                    <>
                      {' '}
                      <span className="badge badge-ok">{t('loyalty.tiers.current')}</span>
                    </>
                  )}
                </th>
                <td className="num">{money(row.perUnitCents)}</td>
                <td className="num">{money(row.atThresholdCents)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
