import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/index';
import { formatDate, formatMoney, formatNumber, formatQuarter } from '../../format/format';
import {
  dueNotices,
  loyaltyNotice,
  rememberShown,
  shownNotices,
  type LoyaltyReach,
} from '../../platform/deadline-notices';
import { platform } from '../../platform/index';
import type { Deadline } from './deadlines';

/**
 * OS notifications for the deadlines the dashboard lists (three days ahead and on the day) and for a
 * loyalty tier within reach, unless turned off in Settings. Renders nothing.
 */
export function DeadlineNotices({
  deadlines,
  today,
  loyalty,
}: {
  deadlines: readonly Deadline[];
  today: IsoDate;
  loyalty?: LoyaltyReach;
}) {
  const { t, i18n } = useTranslation();
  // Primitive dependencies: the dashboard builds a new `loyalty` object on every render.
  const reachQuarter = loyalty?.quarter;
  const reachUnits = loyalty?.unitsToNext ?? null;
  const reachTier = loyalty?.nextMinUnits ?? null;
  const reachGain = loyalty?.gainCents ?? null;
  useEffect(() => {
    const loyalty: LoyaltyReach | undefined =
      reachQuarter === undefined
        ? undefined
        : {
            quarter: reachQuarter,
            unitsToNext: reachUnits,
            nextMinUnits: reachTier,
            gainCents: reachGain,
          };
    let cancelled = false;
    void platform.shell.settings().then(async (settings) => {
      if (cancelled || !settings.deadlineNotifications) return;
      const shown = shownNotices();
      const due = dueNotices(deadlines, today, shown);
      const reach = loyalty ? loyaltyNotice(loyalty, shown) : null;
      if (due.length === 0 && !reach) return;
      rememberShown([...due.map((n) => n.id), ...(reach ? [reach.id] : [])]);
      if (reach && loyalty)
        await platform.notify
          .show({
            title: t('dashboard.loyaltyReach.title', { quarter: formatQuarter(loyalty.quarter) }),
            body: t('dashboard.loyaltyReach.body', {
              count: loyalty.unitsToNext ?? 0,
              gain: formatMoney(loyalty.gainCents ?? 0, 'EUR', i18n.language),
              tier: formatNumber(loyalty.nextMinUnits ?? 0, i18n.language),
            }),
            route: reach.route,
          })
          .catch(() => undefined);
      for (const { deadline, days, route } of due) {
        const title =
          deadline.kind === 'pdpRequest'
            ? t('dashboard.deadlines.pdpRequest', {
                invoice: deadline.invoiceNo,
                category: t(`dashboard.pdp.categories.${deadline.category}`),
              })
            : t(`dashboard.deadlines.${deadline.kind}`, {
                quarter: formatQuarter(deadline.quarter),
              });
        const when =
          days === 0
            ? t('dashboard.deadlines.today')
            : t('dashboard.deadlines.inDays', { count: days });
        await platform.notify
          .show({ title, body: `${formatDate(deadline.date, i18n.language)} · ${when}`, route })
          .catch(() => undefined);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [deadlines, today, reachQuarter, reachUnits, reachTier, reachGain, t, i18n.language]);
  return null;
}
