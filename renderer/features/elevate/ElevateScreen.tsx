import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';
import { useCurrentUser, useUsers } from '../../data/hooks';
import { formatQuarter } from '../../format/format';
import { useUi } from '../../state/ui-store';
import { AcceleratedProducts } from './AcceleratedProducts';
import { AcceptCard } from './AcceptCard';
import { PayoutCard } from './PayoutCard';
import { ProgressCard } from './ProgressCard';
import { TargetCard } from './TargetCard';
import { useElevateData } from './useElevate';
import { WhatIfCard } from './WhatIfCard';
import './elevate.css';

export default function ElevateScreen() {
  const { t, i18n } = useTranslation();
  const quarter = useUi((s) => s.quarter);
  const user = useCurrentUser();
  const users = useUsers();
  const data = useElevateData(user?.partnerId, quarter);
  const header = (
    <PageHeader title={t('elevate.title')}>
      <span className="badge">{formatQuarter(quarter)}</span>
    </PageHeader>
  );
  if (!user || !data)
    return (
      <>
        {header}
        <p className="loading">{t('common.loading')}</p>
      </>
    );
  const tiers = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
    data.rules.eligibleTiers.map((tier) => t(`elevate.tiers.${tier}`)),
  );
  return (
    <div className="elevate-screen">
      {header}
      <p className="banner banner-info">
        {t('elevate.eligibility', { tiers, count: data.rules.eligibleTiers.length })}
      </p>
      <div className="grid-2">
        <TargetCard data={data} />
        <AcceptCard data={data} user={user} users={users} />
      </div>
      <div className="grid-2">
        <PayoutCard data={data} />
        <WhatIfCard data={data} />
      </div>
      <div className="grid-2">
        <ProgressCard data={data} partnerId={user.partnerId} />
        <AcceleratedProducts
          multiplierBps={data.rules.acceleratorMultiplierBps}
          currency={data.rules.currency}
        />
      </div>
    </div>
  );
}
