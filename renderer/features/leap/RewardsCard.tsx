import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeapRules } from '../../../shared/index';
import { Card } from '../../components/Card';
import { requestLeapRedemption } from '../../db/index';
import { db } from '../../data/db';
import { formatNumber } from '../../format/format';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { checkRedemption } from './ledger';
import { newId } from './new-id';
import { REWARDS, type Reward } from './rewards';
import { useRewardName } from './useRewardName';

export function RewardsCard({
  userId,
  balancePoints,
  rules,
}: {
  userId: string;
  balancePoints: number;
  rules: LeapRules;
}) {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const rewardName = useRewardName();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const n = (value: number) => formatNumber(value, i18n.language);

  async function redeem(reward: Reward) {
    const check = checkRedemption(balancePoints, reward.points);
    if (!check.ok) {
      setMessage(
        t('leap.rewards.refused', {
          cost: n(reward.points),
          reward: rewardName(reward.id),
          balance: n(balancePoints),
          short: n(check.shortBy),
        }),
      );
      return;
    }
    setMessage(null);
    setBusy(true);
    try {
      await requestLeapRedemption(
        db,
        {
          id: newId('red'),
          userId,
          rewardId: reward.id,
          points: reward.points,
          requestedOn: today(),
          status: 'requested',
        },
        nowIso(),
        rules,
      );
      toast('success', t('leap.rewards.done', { reward: rewardName(reward.id) }));
    } catch (e) {
      toast(
        'error',
        t('leap.rewards.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('leap.rewards.title')}>
      {message && (
        <p className="banner banner-error leap-message" role="alert">
          {message}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('leap.rewards.reward')}</th>
            <th scope="col" className="num">
              {t('leap.rewards.cost')}
            </th>
            <th scope="col">
              <span className="sr-only">{t('leap.rewards.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {REWARDS.map((reward) => {
            const check = checkRedemption(balancePoints, reward.points);
            const name = rewardName(reward.id);
            return (
              <tr key={reward.id}>
                <td>
                  {name}
                  <div className="muted small">{t(`leap.rewards.kinds.${reward.kind}`)}</div>
                </td>
                <td className="num">{n(reward.points)}</td>
                <td className="leap-action">
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={t('leap.rewards.redeemNamed', { reward: name })}
                    onClick={() => void redeem(reward)}
                  >
                    {t('leap.rewards.action')}
                  </button>
                  {!check.ok && (
                    <div className="muted small">
                      {t('leap.rewards.short', { points: n(check.shortBy) })}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
