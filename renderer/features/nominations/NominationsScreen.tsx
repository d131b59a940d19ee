import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nominationWeek, type NominationMode, type NominationProgram } from '../../../shared/index';
import { Card, PageHeader } from '../../components/Card';
import { db } from '../../data/db';
import { useCurrentUser, useRule } from '../../data/hooks';
import { addNomination } from '../../db/index';
import { formatDate } from '../../format/format';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { useNominations } from './useNominations';
import './nominations.css';

/** The NCB nomination and deal-registration log: this week against the limit, and every entry. */
export default function NominationsScreen() {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const user = useCurrentUser();
  const date = today();
  const deal = useRule('deal', date);
  const rows = useNominations(user?.partnerId);
  const [name, setName] = useState('');
  const [program, setProgram] = useState<NominationProgram>('ncb');
  const [mode, setMode] = useState<NominationMode>('backend');
  const [refusal, setRefusal] = useState<string | null>(null);
  const max = deal.newCustomerBonus.maxNominationsPerWeek;
  const week = nominationWeek(date, rows ?? [], max);
  const lang = i18n.language;

  const submit = async () => {
    setRefusal(null);
    if (!user) return;
    if (name.trim() === '') {
      setRefusal(t('nominations.needName'));
      return;
    }
    const outcome = await addNomination(db, {
      id: `nom-${crypto.randomUUID()}`,
      partnerId: user.partnerId,
      customerName: name,
      date,
      program,
      mode: program === 'ncb' ? mode : null,
      createdBy: user.id,
      now: nowIso(),
      maxPerWeek: max,
    });
    if (outcome.ok) {
      toast('success', t('nominations.logged', { name: outcome.row.customerName }));
      setName('');
    } else if (outcome.reason === 'weekFull')
      setRefusal(t('nominations.weekFull', { max, date: formatDate(outcome.nextSlotOn, lang) }));
    else setRefusal(t('nominations.duplicate', { name: name.trim() }));
  };

  return (
    <div className="nominations">
      <PageHeader title={t('nominations.title')} />
      <p className="muted">{t('nominations.intro')}</p>
      <div className="grid-2">
        <Card title={t('nominations.newTitle')}>
          <p className="nomination-count" data-testid="nomination-count">
            {t('nominations.thisWeek', {
              used: week.used,
              max,
              from: formatDate(week.weekStart, lang),
              to: formatDate(week.weekEnd, lang),
            })}
          </p>
          <form
            className="nomination-form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <label className="field">
              <span>{t('nominations.customer')}</span>
              <input
                name="customer"
                type="text"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <p className="small muted">{t('nominations.exactHint')}</p>
            <fieldset className="choice-group">
              <legend>{t('nominations.program')}</legend>
              {(['ncb', 'dealRegistration'] as const).map((p) => (
                <label key={p} className="choice">
                  <input
                    type="radio"
                    name="nomination-program"
                    checked={program === p}
                    onChange={() => setProgram(p)}
                  />
                  <span>{t(`nominations.programs.${p}`)}</span>
                </label>
              ))}
            </fieldset>
            {program === 'ncb' && (
              <fieldset className="choice-group">
                <legend>{t('nominations.mode')}</legend>
                {(['upfront', 'backend'] as const).map((m) => (
                  <label key={m} className="choice">
                    <input
                      type="radio"
                      name="nomination-mode"
                      checked={mode === m}
                      onChange={() => setMode(m)}
                    />
                    <span>{t(`planner.ncbMode.${m}`)}</span>
                  </label>
                ))}
              </fieldset>
            )}
            {refusal && (
              <p className="banner banner-error" role="alert">
                {refusal}
              </p>
            )}
            <button type="submit" className="primary" disabled={!user}>
              {t('nominations.submit')}
            </button>
            <p className="small muted">{t('nominations.localOnly')}</p>
          </form>
        </Card>
        <Card title={t('nominations.logTitle')}>
          {!rows || rows.length === 0 ? (
            <p className="empty-state">{t('nominations.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="nomination-table">
                <caption className="sr-only">{t('nominations.logTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('nominations.customer')}</th>
                    <th scope="col">{t('nominations.date')}</th>
                    <th scope="col">{t('nominations.program')}</th>
                    <th scope="col">{t('nominations.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td className="nominated-name">{r.customerName}</td>
                      <td>{formatDate(r.date, lang)}</td>
                      <td>
                        {t(`nominations.programs.${r.program}`)}
                        {r.mode && ` · ${t(`planner.ncbMode.${r.mode}`)}`}
                      </td>
                      <td>{t(`nominations.statuses.${r.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
