import { DateField } from '../../components/DateField';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isIsoDate,
  LEAP_ACTIVITY_KINDS,
  type IsoDate,
  type LeapActivityKind,
  type LeapRules,
} from '../../../shared/index';
import { Card } from '../../components/Card';
import { recordLeapActivity } from '../../db/index';
import { db } from '../../data/db';
import { formatDate, formatNumber } from '../../format/format';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { newId } from './new-id';

export function RecordForm({
  userId,
  rules,
  yearStart,
}: {
  userId: string;
  rules: LeapRules;
  yearStart: IsoDate;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const toast = useUi((s) => s.toast);
  const asOf = today();
  const [kind, setKind] = useState<LeapActivityKind>('course');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string>(asOf);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const points = rules.activityPoints[kind];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = title.trim();
    if (!name) return setError(t('leap.record.titleRequired'));
    if (!isIsoDate(date) || date < yearStart || date > asOf)
      return setError(
        t('leap.record.dateInvalid', {
          from: formatDate(yearStart, i18n.language),
          to: formatDate(asOf, i18n.language),
        }),
      );
    setError(null);
    setBusy(true);
    try {
      await recordLeapActivity(
        db,
        { id: newId('act'), userId, kind, title: name, completedOn: date, points },
        nowIso(),
      );
      setTitle('');
      toast(
        'success',
        t('leap.record.done', { title: name, points: formatNumber(points, i18n.language) }),
      );
    } catch (e) {
      toast(
        'error',
        t('leap.record.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('leap.record.title')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <label className="field" htmlFor={`${id}-kind`}>
            {t('leap.record.kind')}
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.target.value as LeapActivityKind)}
            >
              {LEAP_ACTIVITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`leap.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field leap-grow" htmlFor={`${id}-title`}>
            {t('leap.record.courseTitle')}
            <input
              id={`${id}-title`}
              type="text"
              value={title}
              required
              aria-invalid={error === t('leap.record.titleRequired') || undefined}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <label className="field" htmlFor={`${id}-date`}>
            {t('leap.record.date')}
            <DateField
              id={`${id}-date`}
              name="leap-date"
              value={date}
              min={yearStart}
              max={asOf}
              onChange={setDate}
            />
          </label>
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('leap.record.submit')}
          </button>
          <span className="muted small">
            {t('leap.record.worth', { points: formatNumber(points, i18n.language) })}
          </span>
        </div>
        {error && (
          <p className="banner banner-error leap-message" role="alert">
            {error}
          </p>
        )}
      </form>
    </Card>
  );
}
