import { useTranslation } from 'react-i18next';
import { PAYMENTS_2017 } from '../../../shared/index';
import { Card } from '../../components/Card';
import { formatDate, formatMoney } from '../../format/format';
import type { Arrival } from './arrivals';

/** "Arriving this month": expected payments by schedule, this month first, then the next ones. */
export function ArrivingCard({ items }: { items: readonly Arrival[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const now = items.filter((a) => a.thisMonth);
  const later = items.filter((a) => !a.thisMonth);
  const totals = new Map<string, number>();
  for (const a of now) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.amountCents);
  const row = (a: Arrival) => (
    <li key={a.program}>
      <span>{t(`dashboard.arriving.programs.${a.program}`)}</span>{' '}
      <strong>{formatMoney(a.amountCents, a.currency, lang, { whole: true })}</strong>{' '}
      <span className="muted">
        {t('dashboard.arriving.on', { date: formatDate(a.expectedOn, lang) })}
      </span>
    </li>
  );
  return (
    <Card className="dashboard-card" title={t('dashboard.arriving.title')}>
      {totals.size === 0 ? (
        <p className="stat-label" data-testid="arriving-total">
          {t('dashboard.arriving.nothing')}
        </p>
      ) : (
        <div className="big-number" data-testid="arriving-total">
          {[...totals]
            .map(([c, cents]) =>
              formatMoney(cents, c as Arrival['currency'], lang, { whole: true }),
            )
            .join(' + ')}
        </div>
      )}
      {now.length > 0 && <ul className="arriving-list">{now.map(row)}</ul>}
      {later.length > 0 && (
        <>
          <p className="stat-label">{t('dashboard.arriving.later')}</p>
          <ul className="arriving-list">{later.map(row)}</ul>
        </>
      )}
      <p className="small muted">
        {t('dashboard.arriving.illustrative', { version: PAYMENTS_2017.version })}
      </p>
    </Card>
  );
}
