import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { acceptElevateTarget, type UserRow } from '../../db/index';
import { db } from '../../data/db';
import { formatDate, formatMoney, formatPercentBps } from '../../format/format';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import type { ElevateData } from './useElevate';

export function AcceptCard({
  data,
  user,
  users,
}: {
  data: ElevateData;
  user: UserRow;
  users: readonly UserRow[];
}) {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const [busy, setBusy] = useState(false);
  const { view, rules } = data;
  const enrolment = view.enrolment;
  const amount = formatMoney(view.targetCents, rules.currency, i18n.language, {
    whole: true,
  });
  const allowed = users.filter((u) => u.canAcceptTargets && u.partnerId === user.partnerId);
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    allowed.map((u) => u.name),
  );

  async function accept() {
    setBusy(true);
    try {
      const row = await acceptElevateTarget(
        db,
        {
          partnerId: user.partnerId,
          quarter: view.quarter,
          targetCents: view.targetCents,
          acceptedOn: today(),
          user,
          now: nowIso(),
        },
        rules,
      );
      toast('success', t('elevate.accept.done', { level: t(`elevate.levels.${row.level}`) }));
    } catch (error) {
      toast(
        'error',
        t('elevate.accept.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  if (enrolment) {
    const by = users.find((u) => u.id === enrolment.acceptedBy)?.name ?? enrolment.acceptedBy;
    return (
      <Card title={t('elevate.accept.title')}>
        <p className="banner banner-info" role="status">
          {t('elevate.accept.acceptedBy', {
            name: by,
            date: formatDate(enrolment.acceptedOn, i18n.language),
            level: t(`elevate.levels.${enrolment.level}`),
          })}
        </p>
      </Card>
    );
  }

  const asOf = today();
  const levels = (['top', 'entry'] as const).map((level) => ({
    level,
    date: view.deadlines[level],
    open: asOf <= view.deadlines[level],
  }));
  const helpId = 'elevate-accept-help';
  return (
    <Card title={t('elevate.accept.title')}>
      <ul className="elevate-levels">
        {levels.map((l) => (
          <li key={l.level}>
            <span>
              {t('elevate.accept.levelLine', {
                level: t(`elevate.levels.${l.level}`),
                rate: formatPercentBps(rules.levels[l.level].rateBps, i18n.language, 0),
                date: formatDate(l.date, i18n.language),
              })}
            </span>
            <span className={`badge ${l.open ? 'badge-ok' : ''}`}>
              {t(l.open ? 'elevate.accept.open' : 'elevate.accept.closedBadge')}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {view.openLevel && view.daysLeftToAccept !== null
          ? t('elevate.accept.openNow', {
              level: t(`elevate.levels.${view.openLevel}`),
              count: view.daysLeftToAccept,
            })
          : t('elevate.accept.windowsClosed')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={!user.canAcceptTargets || !view.openLevel || busy}
          aria-describedby={user.canAcceptTargets ? undefined : helpId}
          onClick={() => void accept()}
        >
          {t('elevate.accept.button', { amount })}
        </button>
      </div>
      {!user.canAcceptTargets && (
        <p id={helpId} className="muted small">
          {allowed.length
            ? t('elevate.accept.onlyThese', { names, count: allowed.length })
            : t('elevate.accept.nobody')}
        </p>
      )}
    </Card>
  );
}
