import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import type { UserRow } from '../../db/index';
import { formatNumber } from '../../format/format';

export function LeaderboardCard({
  users,
  pointsOf,
  currentUserId,
}: {
  users: readonly UserRow[];
  pointsOf: (userId: string) => number;
  currentUserId: string;
}) {
  const { t, i18n } = useTranslation();
  const ranked = users
    .map((u) => ({ user: u, points: pointsOf(u.id) }))
    .sort((a, b) => b.points - a.points || a.user.name.localeCompare(b.user.name));
  return (
    <Card title={t('leap.leaderboard.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('leap.leaderboard.rank')}
            </th>
            <th scope="col">{t('leap.leaderboard.name')}</th>
            <th scope="col" className="num">
              {t('leap.leaderboard.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r, i) => {
            const me = r.user.id === currentUserId;
            return (
              <tr key={r.user.id} className={me ? 'leap-me' : undefined}>
                <td className="num">{formatNumber(i + 1, i18n.language)}</td>
                <td>
                  {r.user.name}
                  {me && (
                    <>
                      {' '}
                      <span className="badge">{t('leap.leaderboard.you')}</span>
                    </>
                  )}
                </td>
                <td className="num">{formatNumber(r.points, i18n.language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('leap.leaderboard.note')}</p>
    </Card>
  );
}
