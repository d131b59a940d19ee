import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Currency, IsoDate } from '../../../shared/index';
import { Chart } from '../../components/charts/Chart';
import { Card } from '../../components/Card';
import { weeklyAggregatesFor } from '../../db/index';
import { db } from '../../data/db';
import { formatDate, formatMoney, formatMoneyCompact, formatQuarter } from '../../format/format';
import { today } from '../../state/clock';
import { weeklySeries } from './weekly';

const CLAIMED = new Set(['queued', 'submitted', 'approved', 'paid']);

/** Weekly revenue and claimed SPIFF of the quarter. Mounted after the cards' numbers are in. */
export function TrendCard({
  quarter,
  start,
  end,
  partnerId,
  repIds,
  currency,
}: {
  quarter: string;
  start: IsoDate;
  end: IsoDate;
  partnerId: string;
  repIds: readonly string[];
  currency: Currency;
}) {
  const { t, i18n } = useTranslation();
  const asOf = today();
  const repKey = repIds.join(',');
  const weeks = useLiveQuery(async () => {
    const reps = new Set(repKey.split(','));
    const [revenue, claims] = await Promise.all([
      weeklyAggregatesFor(db, quarter),
      db.claims
        .where('[quarter+repId]')
        .between([quarter, ''], [quarter, '\uffff'])
        .filter((c) => c.program === 'spiff' && reps.has(c.repId) && CLAIMED.has(c.status))
        .toArray(),
    ]);
    return weeklySeries(
      start,
      end,
      revenue.filter((w) => w.partnerId === partnerId && w.currency === currency),
      claims.map((c) => ({ date: c.createdAt.slice(0, 10), amountCents: c.amount })),
    );
  }, [quarter, start, end, partnerId, repKey, currency]);
  const money = (cents: number) => formatMoney(cents, currency, i18n.language, { whole: true });
  const title = t('dashboard.trend.chart', { quarter: formatQuarter(quarter) });
  return (
    <Card title={t('dashboard.trend.title')}>
      {weeks === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <Chart
          title={title}
          labelHeader={t('dashboard.trend.week')}
          data={weeks.map((w) => ({
            label: t('dashboard.trend.weekLabel', { n: w.week }),
            ...(w.start <= asOf ? { revenue: w.revenueCents, claimed: w.claimedCents } : {}),
          }))}
          series={[
            { key: 'revenue', name: t('dashboard.trend.revenue'), kind: 'bar', color: '#0b5cad' },
            {
              key: 'claimed',
              name: t('dashboard.trend.claimed'),
              kind: 'line',
              color: '#c8102e',
              axis: 'right',
            },
          ]}
          format={money}
          formatAxis={(cents) => formatMoneyCompact(cents, currency, i18n.language)}
          height={320}
          rowLabel={(i) =>
            t('dashboard.trend.weekRow', {
              n: weeks[i]?.week ?? i + 1,
              date: formatDate(weeks[i]?.start ?? start, i18n.language),
            })
          }
        />
      )}
    </Card>
  );
}
