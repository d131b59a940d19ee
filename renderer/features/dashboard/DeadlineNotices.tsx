import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/index';
import { formatDate, formatQuarter } from '../../format/format';
import { dueNotices, rememberShown, shownNotices } from '../../platform/deadline-notices';
import { platform } from '../../platform/index';
import type { Deadline } from './deadlines';

/**
 * OS notifications for the deadlines the dashboard lists (three days ahead and on the day), unless
 * turned off in Settings. Renders nothing.
 */
export function DeadlineNotices({
  deadlines,
  today,
}: {
  deadlines: readonly Deadline[];
  today: IsoDate;
}) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    let cancelled = false;
    void platform.shell.settings().then(async (settings) => {
      if (cancelled || !settings.deadlineNotifications) return;
      const due = dueNotices(deadlines, today, shownNotices());
      if (due.length === 0) return;
      rememberShown(due.map((n) => n.id));
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
  }, [deadlines, today, t, i18n.language]);
  return null;
}
