import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { useUi } from '../../state/ui-store';
import { MoneyField } from '../planner/MoneyField';
import {
  CREDIT_MAX_CENTS,
  saveCreditLine,
  saveProfile,
  useCreditLine,
  usePartnerProfile,
} from '../partner/partner-settings';

/** The partner's name and address (printed on quotes) and its credit line (limit, in use). */
export function PartnerSection() {
  const { t } = useTranslation();
  const toast = useUi((s) => s.toast);
  const profile = usePartnerProfile();
  const credit = useCreditLine();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [limit, setLimit] = useState(CREDIT_MAX_CENTS);
  const [inUse, setInUse] = useState(0);
  const [bad, setBad] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (profile) {
      setName(profile.name);
      setAddress(profile.address);
    }
  }, [profile]);
  useEffect(() => {
    if (credit) {
      setLimit(credit.limitCents);
      setInUse(credit.inUseCents);
    }
  }, [credit]);
  const mark = (field: string, error: unknown) =>
    setBad((s) => {
      const next = new Set(s);
      if (error) next.add(field);
      else next.delete(field);
      return next;
    });
  const save = async () => {
    if (bad.size > 0) {
      toast('error', t('settings.partner.fixFirst'));
      return;
    }
    if (limit > CREDIT_MAX_CENTS) {
      toast('error', t('settings.partner.limitTooLarge'));
      return;
    }
    await saveProfile({ name: name.trim(), address: address.trim() });
    await saveCreditLine({ limitCents: limit, inUseCents: inUse });
    toast('success', t('settings.partner.saved'));
  };
  return (
    <Card title={t('settings.partner.title')}>
      <form
        className="partner-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span>{t('settings.partner.name')}</span>
          <input
            name="partner-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('settings.partner.address')}</span>
          <textarea
            name="partner-address"
            rows={3}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        </label>
        <div className="field">
          <span>{t('settings.partner.creditLimit')}</span>
          <MoneyField
            label={t('settings.partner.creditLimit')}
            value={limit}
            onValue={setLimit}
            onProblem={(e) => mark('limit', e)}
          />
        </div>
        <div className="field">
          <span>{t('settings.partner.creditInUse')}</span>
          <MoneyField
            label={t('settings.partner.creditInUse')}
            value={inUse}
            onValue={setInUse}
            onProblem={(e) => mark('inUse', e)}
          />
        </div>
        <p className="small muted">{t('settings.partner.creditHint')}</p>
        <button type="submit" className="primary">
          {t('settings.partner.save')}
        </button>
      </form>
    </Card>
  );
}
