import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../format/format';
import { rewardById } from './rewards';

/** The translated name of a reward of the catalogue, by id. */
export function useRewardName(): (id: string) => string {
  const { t, i18n } = useTranslation();
  return (id) => {
    const reward = rewardById(id);
    if (!reward) return t('leap.rewards.unknown', { id });
    return t(`leap.rewards.${reward.id}`, {
      amount: formatMoney(reward.valueCents, reward.currency, i18n.language, { whole: true }),
    });
  };
}
