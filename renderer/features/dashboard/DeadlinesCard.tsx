import { useTranslation } from 'react-i18next';
import { daysBetween, pdpAllocation, type IsoDate, type PdpRules } from '../../../shared/index';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercentBps,
  formatQuarter,
} from '../../format/format';
import type { Deadline } from './deadlines';
import { explanationOf } from '../../components/explanation';

function useDeadlineText() {
  const { t } = useTranslation();
  return (d: Deadline): string => {
    switch (d.kind) {
      case 'pdpRequest':
        return t('dashboard.deadlines.pdpRequest', {
          invoice: d.invoiceNo,
          category: t(`dashboard.pdp.categories.${d.category}`),
        });
      default:
        return t(`dashboard.deadlines.${d.kind}`, { quarter: formatQuarter(d.quarter) });
    }
  };
}

export function DeadlinesCard({
  deadlines,
  today,
  pdpRules,
  previousQuarterPurchasesCents,
}: {
  deadlines: readonly Deadline[];
  today: IsoDate;
  pdpRules: PdpRules;
  previousQuarterPurchasesCents: number;
}) {
  const { t, i18n } = useTranslation();
  const text = useDeadlineText();
  const pdp = pdpAllocation({ previousQuarterPurchasesCents }, pdpRules);
  const whole = (cents: number) =>
    formatMoney(cents, pdpRules.currency, i18n.language, { whole: true });
  return (
    <Card title={t('dashboard.deadlines.title')}>
      {deadlines.length === 0 ? (
        <p className="empty-state">{t('dashboard.deadlines.empty')}</p>
      ) : (
        <ol className="deadline-list">
          {deadlines.map((d) => {
            const days = daysBetween(today, d.date);
            return (
              <li key={`${d.kind}-${d.date}-${'quarter' in d ? d.quarter : d.invoiceNo}`}>
                <time className="deadline-date" dateTime={d.date}>
                  {formatDate(d.date, i18n.language)}
                </time>
                <span>{text(d)}</span>
                <span className={`badge ${days <= 7 ? 'badge-warn' : ''}`}>
                  {days === 0
                    ? t('dashboard.deadlines.today')
                    : t('dashboard.deadlines.inDays', { count: days })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <h3 className="pdp-summary">{t('dashboard.pdp.title')}</h3>
      <p className="small">
        <ExplainButton explanation={explanationOf(t('dashboard.pdp.explain'), pdp, pdp.currency)}>
          {pdp.bracketIndex === null
            ? t('dashboard.pdp.none', { purchases: whole(previousQuarterPurchasesCents) })
            : t('dashboard.pdp.allocation', {
                purchases: whole(previousQuarterPurchasesCents),
                client: t('dashboard.pdp.clientSystems', {
                  count: pdp.allocation.clientSystems,
                  formatted: formatNumber(pdp.allocation.clientSystems, i18n.language),
                }),
                dcg: t('dashboard.pdp.dcgSystems', {
                  count: pdp.allocation.dcgSystems,
                  formatted: formatNumber(pdp.allocation.dcgSystems, i18n.language),
                }),
                options: t('dashboard.pdp.options', {
                  count: pdp.allocation.enterpriseOptions,
                  formatted: formatNumber(pdp.allocation.enterpriseOptions, i18n.language),
                }),
                clientDiscount: formatPercentBps(pdp.discountBps.clientSystems, i18n.language, 0),
                dcgDiscount: formatPercentBps(pdp.discountBps.dcgSystems, i18n.language, 0),
                cap: whole(pdp.dcgCapCents),
              })}
        </ExplainButton>
      </p>
      <p className="muted small">
        {t('dashboard.pdp.windowNote', { count: pdpRules.requestWindowDays })}
      </p>
    </Card>
  );
}
