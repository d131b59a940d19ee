import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  parseQuarterKey,
  previousQuarters,
  quarterEnd,
  quarterKey,
  quarterStart,
} from '../../../shared/index';
import { dismissBootPaint } from '../../boot/paint';
import { PageHeader } from '../../components/Card';
import { quarterSummary } from '../../db/index';
import { db } from '../../data/db';
import { claimantIdsOf, repsInView } from '../../data/current-user';
import { useCurrentUser, useRules, useUsers } from '../../data/hooks';
import { loyaltyView, partnerRevenue, spiffForRep } from '../../data/programs';
import { formatDate, formatQuarter } from '../../format/format';
import { today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { useElevateData } from '../elevate/useElevate';
import { useLeapData } from '../leap/useLeap';
import { buildDeadlines } from './deadlines';
import { DeadlinesCard } from './DeadlinesCard';
import { DeadlineNotices } from './DeadlineNotices';
import { ElevateCard } from './ElevateCard';
import { LeapCard } from './LeapCard';
import { LoyaltyCard } from './LoyaltyCard';
import { SpiffCard } from './SpiffCard';
import { TrendCard } from './TrendCard';
import { UnclaimedCard } from './UnclaimedCard';
import { ArrivingCard } from './ArrivingCard';
import { arrivals } from './arrivals';
import { usePdpWindows } from './usePdpWindows';
import './dashboard.css';

const MAX_PDP_DEADLINES = 4;

export default function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const quarter = useUi((s) => s.quarter);
  const user = useCurrentUser();
  const users = useUsers();
  const q = parseQuarterKey(quarter);
  const start = quarterStart(q);
  const end = quarterEnd(q);
  const rules = useRules(start);
  const asOf = today();
  const summary = useLiveQuery(() => quarterSummary(db, quarter), [quarter]);
  const elevate = useElevateData(user?.partnerId, quarter);
  const leap = useLeapData();
  // PDP windows read recent invoice lines (thousands with a big feed): only after the numbers.
  const numbersReady = !!summary && !!elevate && !!leap;
  const pdp = usePdpWindows(
    numbersReady ? user?.partnerId : undefined,
    asOf,
    rules.pdp.requestWindowDays,
  );

  // The numbers are in: the start-up paint of the first of them (renderer/boot/) can go.
  useEffect(() => {
    if (user && numbersReady) dismissBootPaint();
  }, [user, numbersReady]);

  const team = user?.role === 'manager';
  const reps = repsInView(user, users, claimantIdsOf(summary?.claims ?? []));
  const repIds = reps.map((u) => u.id);

  const header = (
    <PageHeader title={t('dashboard.title')}>
      <div className="dashboard-header-meta">
        <span className="muted">
          {t('dashboard.quarterRange', {
            quarter: formatQuarter(quarter),
            start: formatDate(start, i18n.language),
            end: formatDate(end, i18n.language),
          })}
        </span>
        <span className="badge">
          {team ? t('dashboard.scope.team', { count: repIds.length }) : t('dashboard.scope.mine')}
        </span>
      </div>
    </PageHeader>
  );
  if (!user || !summary || !elevate || !leap)
    return (
      <>
        {header}
        <p className="loading">{t('common.loading')}</p>
      </>
    );

  const previousQuarter = quarterKey(previousQuarters(q, 1)[0] ?? q);
  const deadlines = buildDeadlines({
    today: asOf,
    quarter,
    spiffRules: rules.spiff,
    elevate: elevate.view.enrolment ? null : elevate.view.deadlines,
    pdp: pdp ?? [],
    maxPdp: MAX_PDP_DEADLINES,
  });

  const loyaltyNow = loyaltyView(summary.lines, user.partnerId, quarter, rules.loyalty);
  const spiffUnpaid = repIds
    .map((id) => spiffForRep(summary.claims, id, rules.spiff))
    .reduce((n, b) => n + b.approvedCents - b.paidCents, 0);
  const arriving = arrivals({
    today: asOf,
    quarterEnd: end,
    claims: summary.claims,
    repIds,
    spiffApprovedUnpaidCents: spiffUnpaid,
    elevatePayoutCents: elevate.view.payout.payoutCents,
    loyaltyEurCents: loyaltyNow.result.totalCents,
  });

  return (
    <>
      {header}
      <DeadlineNotices
        deadlines={deadlines}
        today={asOf}
        loyalty={{
          quarter,
          unitsToNext: loyaltyNow.result.nextTierUnits,
          nextMinUnits:
            loyaltyNow.result.nextTierUnits === null
              ? null
              : loyaltyNow.units + loyaltyNow.result.nextTierUnits,
          gainCents: loyaltyNow.result.nextTierGainCents,
        }}
      />
      <div className="grid dashboard-cards">
        <SpiffCard claims={summary.claims} reps={reps} team={team} rules={rules.spiff} />
        <ElevateCard data={elevate} users={users} />
        <LoyaltyCard
          lines={summary.lines}
          partnerId={user.partnerId}
          quarter={quarter}
          rules={rules.loyalty}
        />
        <LeapCard data={leap} userId={user.id} />
        <UnclaimedCard repId={user.id} today={asOf} />
        <ArrivingCard items={arriving} />
      </div>
      <div className="grid-2">
        <DeadlinesCard
          deadlines={deadlines}
          today={asOf}
          pdpRules={rules.pdp}
          previousQuarterPurchasesCents={
            partnerRevenue(elevate.lines, user.partnerId, previousQuarter).totalCents
          }
        />
        <TrendCard
          quarter={quarter}
          start={start}
          end={end}
          partnerId={user.partnerId}
          repIds={repIds}
          currency={rules.spiff.currency}
        />
      </div>
    </>
  );
}
