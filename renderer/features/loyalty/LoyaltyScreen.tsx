import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';
import { useCurrentUser } from '../../data/hooks';
import { useUi } from '../../state/ui-store';
import { CurrentCard } from './CurrentCard';
import { HistoryCard } from './HistoryCard';
import { TierTable } from './TierTable';
import { useLoyaltyQuarters } from './useLoyalty';
import './loyalty.css';

const QUARTERS_SHOWN = 5;

export default function LoyaltyScreen() {
  const { t } = useTranslation();
  const quarter = useUi((s) => s.quarter);
  const user = useCurrentUser();
  const quarters = useLoyaltyQuarters(user?.partnerId, quarter, QUARTERS_SHOWN);
  const current = quarters?.[quarters.length - 1];
  return (
    <div className="loyalty-screen">
      <PageHeader title={t('loyalty.title')}>
        {current && <span className="badge">{current.result.currency}</span>}
      </PageHeader>
      <p className="muted">{t('loyalty.intro')}</p>
      {!quarters || !current ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <div className="grid-2">
            <CurrentCard current={current} />
            <TierTable rules={current.rules} tierIndex={current.result.tierIndex} />
          </div>
          <HistoryCard quarters={quarters} />
        </>
      )}
    </div>
  );
}
