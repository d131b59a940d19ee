import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Money } from '../../components/Money';
import { formatNumber, formatPercentBps } from '../../format/format';
import type { PartnerFigures } from '../../export/team-sheets';

/** Partner-level programs: Elevate (USD) and the topseller loyalty rebate (EUR). */
export function PartnerFiguresCard({ partner }: { partner: PartnerFigures }) {
  const { t, i18n } = useTranslation();
  const { elevate, loyalty } = partner;
  return (
    <div className="grid grid-2">
      {elevate && (
        <Card title={t('team.partner.elevateTitle', { partner: partner.partnerId })}>
          <dl className="figures">
            <dt>{t('team.partner.target')}</dt>
            <dd>
              <Money cents={elevate.targetCents} currency={elevate.currency} whole />
            </dd>
            <dt>{t('team.partner.counted')}</dt>
            <dd>
              <Money cents={elevate.countedCents} currency={elevate.currency} whole />
            </dd>
            <dt>{t('team.partner.level')}</dt>
            <dd>{t(`elevate.levels.${elevate.level}`)}</dd>
            <dt>{t('team.partner.payout')}</dt>
            <dd>
              <Money cents={elevate.payoutCents} currency={elevate.currency} whole />{' '}
              <span className="muted small">
                {elevate.level === 'closed'
                  ? t('team.partner.notEnrolled')
                  : elevate.met
                    ? t('team.partner.metAt', {
                        rate: formatPercentBps(elevate.rateBps, i18n.language),
                      })
                    : t('team.partner.notMet')}
              </span>
            </dd>
          </dl>
        </Card>
      )}
      {loyalty && (
        <Card title={t('team.partner.loyaltyTitle', { partner: partner.partnerId })}>
          <dl className="figures">
            <dt>{t('team.partner.units')}</dt>
            <dd>{formatNumber(loyalty.units, i18n.language)}</dd>
            <dt>{t('team.partner.perUnit')}</dt>
            <dd>
              <Money cents={loyalty.perUnitCents} currency={loyalty.currency} />
            </dd>
            <dt>{t('team.partner.rebate')}</dt>
            <dd>
              <Money cents={loyalty.totalCents} currency={loyalty.currency} />
            </dd>
            <dt>{t('team.partner.nextTier')}</dt>
            <dd>
              {loyalty.nextTierUnits === null
                ? t('team.partner.topTier')
                : t('team.partner.unitsToGo', { count: loyalty.nextTierUnits })}
            </dd>
          </dl>
        </Card>
      )}
    </div>
  );
}
