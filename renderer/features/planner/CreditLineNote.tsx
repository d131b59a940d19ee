import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { formatDate, formatMoney } from '../../format/format';
import { today } from '../../state/clock';
import { creditFit, useCreditLine, INTEREST_FREE_DAYS } from '../partner/partner-settings';

/** Whether the deal's partner price fits the credit line left, and when 60 free days end. */
export function CreditLineNote({ dealCents }: { dealCents: number }) {
  const { t, i18n } = useTranslation();
  const line = useCreditLine();
  if (line === undefined) return null;
  if (line === null) return <p className="small muted">{t('planner.credit.notSet')}</p>;
  const fit = creditFit(line, dealCents, today());
  const usd = (cents: number) => formatMoney(cents, 'USD', i18n.language, { whole: true });
  return (
    <div
      className={`banner ${fit.fits ? 'banner-info' : 'banner-warning'} credit-note`}
      data-testid="credit-note"
    >
      <strong>
        {fit.fits
          ? t('planner.credit.fits', { left: usd(fit.leftAfterCents) })
          : t('planner.credit.doesNotFit', { short: usd(-fit.leftAfterCents) })}
      </strong>
      <div className="small">
        {t('planner.credit.available', {
          available: usd(fit.availableCents),
          limit: usd(line.limitCents),
        })}{' '}
        <Money cents={dealCents} currency="USD" whole />
      </div>
      <div className="small">
        {t('planner.credit.interestFree', {
          days: INTEREST_FREE_DAYS,
          date: formatDate(fit.interestFreeUntil, i18n.language),
        })}
      </div>
    </div>
  );
}
