import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { parseQuarterKey, quarterEnd, quarterStart } from '../../../shared/index';
import { Chart } from '../../components/charts/Chart';
import { Card } from '../../components/Card';
import { weeklyAggregatesFor } from '../../db/index';
import { db } from '../../data/db';
import { formatDate, formatMoney, formatMoneyCompact, formatQuarter } from '../../format/format';
import { today } from '../../state/clock';
import { cumulativeCounted } from './progress';
import type { ElevateData } from './useElevate';

export function ProgressCard({ data, partnerId }: { data: ElevateData; partnerId: string }) {
  const { t, i18n } = useTranslation();
  const { view, rules } = data;
  const q = parseQuarterKey(view.quarter);
  const start = quarterStart(q);
  const end = quarterEnd(q);
  const currency = rules.currency;
  const multiplier = rules.acceleratorMultiplierBps;
  const points = useLiveQuery(async () => {
    const weeks = await weeklyAggregatesFor(db, view.quarter);
    return cumulativeCounted(
      start,
      end,
      today(),
      weeks.filter((w) => w.partnerId === partnerId && w.currency === currency),
      multiplier,
    );
  }, [view.quarter, start, end, partnerId, currency, multiplier]);
  const targetCents = view.targetCents;
  const money = (cents: number) => formatMoney(cents, currency, i18n.language, { whole: true });
  return (
    <Card title={t('elevate.progress.title')}>
      {points === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <Chart
          title={t('elevate.progress.chart', { quarter: formatQuarter(view.quarter) })}
          labelHeader={t('elevate.progress.week')}
          data={points.map((p) => ({
            label: t('elevate.progress.weekLabel', { n: p.week }),
            ...(p.countedCents === null ? {} : { counted: p.countedCents }),
          }))}
          series={[
            {
              key: 'counted',
              name: t('elevate.progress.counted'),
              kind: 'area',
              color: '#0b5cad',
            },
          ]}
          referenceLines={[
            {
              value: targetCents,
              label: t('elevate.progress.target', { amount: money(targetCents) }),
              color: '#c8102e',
            },
          ]}
          format={money}
          formatAxis={(cents) => formatMoneyCompact(cents, currency, i18n.language)}
          rowLabel={(i) =>
            t('elevate.progress.weekRow', {
              n: points[i]?.week ?? i + 1,
              date: formatDate(points[i]?.end ?? end, i18n.language),
            })
          }
        />
      )}
    </Card>
  );
}
