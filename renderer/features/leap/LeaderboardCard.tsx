import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { formatNumber } from '../../format/format';

/** A row of the ranking; `name` null: the participant keeps their name private. */
export interface RankedParticipant {
  readonly id: string;
  readonly name: string | null;
  readonly points: number;
}

/**
 * The LEAP ranking: the server's leaderboard when this database syncs with one (`fromServer`:
 * names only with their owners' consent, as the server sends them), else the colleagues whose
 * data is on this computer.
 */
export function LeaderboardCard({
  participants,
  currentUserId,
  fromServer,
}: {
  participants: readonly RankedParticipant[];
  currentUserId: string;
  fromServer: boolean;
}) {
  const { t, i18n } = useTranslation();
  const ranked = [...participants].sort(
    (a, b) => b.points - a.points || (a.name ?? '').localeCompare(b.name ?? ''),
  );
  return (
    <Card title={t(fromServer ? 'leap.leaderboard.serverTitle' : 'leap.leaderboard.title')}>
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
            const me = r.id === currentUserId;
            return (
              <tr key={r.id} className={me ? 'leap-me' : undefined}>
                <td className="num">{formatNumber(i + 1, i18n.language)}</td>
                <td className={r.name === null ? 'muted' : undefined}>
                  {r.name ?? t('leap.leaderboard.anonymous')}
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
      <p className="muted small">
        {t(fromServer ? 'leap.leaderboard.serverNote' : 'leap.leaderboard.note')}
      </p>
    </Card>
  );
}
