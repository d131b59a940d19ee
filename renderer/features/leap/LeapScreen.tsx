import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '../../../shared/index';
import { PageHeader } from '../../components/Card';
import { useCurrentUser, useUsers } from '../../data/hooks';
import { formatDate } from '../../format/format';
import { BalanceCard } from './BalanceCard';
import { useServerLeaderboard } from '../../sync/leaderboard';
import { LeaderboardCard } from './LeaderboardCard';
import { LedgerCard } from './LedgerCard';
import { ledgerEntries } from './ledger';
import { PromotionsCard } from './PromotionsCard';
import { RecordForm } from './RecordForm';
import { RequestsCard } from './RequestsCard';
import { RewardsCard } from './RewardsCard';
import { useLeapData } from './useLeap';
import './leap.css';

export default function LeapScreen() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const users = useUsers();
  const data = useLeapData();
  const serverBoard = useServerLeaderboard();
  if (!user || !data)
    return (
      <>
        <PageHeader title={t('leap.title')} />
        <p className="loading">{t('common.loading')}</p>
      </>
    );
  const balance = data.balanceOf(user.id);
  const year = fiscalYearOf(data.asOf);
  const entries = ledgerEntries({
    userId: user.id,
    from: year.start,
    to: data.asOf,
    activities: data.activities,
    claims: data.claims,
    awards: data.awards,
    redemptions: data.redemptions,
    rules: data.rules,
  });
  return (
    <div className="leap-screen">
      <PageHeader title={t('leap.title')}>
        <span className="muted">
          {t('leap.programYear', {
            start: formatDate(year.start, i18n.language),
            end: formatDate(year.end, i18n.language),
          })}
        </span>
      </PageHeader>
      <div className="grid-2">
        <BalanceCard balance={balance} />
        <RecordForm userId={user.id} rules={data.rules} yearStart={year.start} />
      </div>
      <div className="grid-2">
        <RewardsCard userId={user.id} balancePoints={balance.balancePoints} rules={data.rules} />
        <RequestsCard requests={data.redemptions.filter((r) => r.userId === user.id)} />
      </div>
      <LedgerCard entries={entries} />
      <div className="grid-2 leap-bottom">
        <PromotionsCard rules={data.rules} asOf={data.asOf} />
        <LeaderboardCard
          participants={
            serverBoard.length
              ? serverBoard.map((e) => ({ id: e.userId, name: e.name, points: e.points }))
              : users
                  .filter((u) => u.partnerId === user.partnerId)
                  .map((u) => ({
                    id: u.id,
                    name: u.name,
                    points: data.balanceOf(u.id).balancePoints,
                  }))
          }
          currentUserId={user.id}
          fromServer={serverBoard.length > 0}
        />
      </div>
    </div>
  );
}
