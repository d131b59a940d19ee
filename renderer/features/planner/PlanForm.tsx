import { DateField } from '../../components/DateField';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KINDS } from '../../../shared/index';
import type { Draft } from './plan-draft';

/** Name, date (which rules apply), customer kind and NCB mode of the plan. */
export function PlanForm({ draft, onChange }: { draft: Draft; onChange: (next: Draft) => void }) {
  const { t } = useTranslation();
  return (
    <div className="plan-form">
      <div className="form-row">
        <label className="field">
          <span>{t('planner.form.name')}</span>
          <input
            name="plan-name"
            type="text"
            value={draft.name}
            placeholder={t('planner.form.namePlaceholder')}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('planner.form.date')}</span>
          <DateField
            name="plan-date"
            value={draft.date}
            required
            onChange={(date) => onChange({ ...draft, date })}
          />
        </label>
      </div>
      <fieldset className="choice-group">
        <legend>{t('planner.form.customer')}</legend>
        {CUSTOMER_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="customer"
              value={kind}
              checked={draft.customer === kind}
              onChange={() => onChange({ ...draft, customer: kind })}
            />
            <span>{t(`planner.customer.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      {draft.customer === 'new' && (
        <fieldset className="choice-group">
          <legend>{t('planner.form.ncbMode')}</legend>
          {(['upfront', 'backend'] as const).map((mode) => (
            <label key={mode} className="choice">
              <input
                type="radio"
                name="ncbMode"
                value={mode}
                checked={draft.ncbMode === mode}
                onChange={() => onChange({ ...draft, ncbMode: mode })}
              />
              <span>{t(`planner.ncbMode.${mode}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {draft.customer === 'new' && draft.ncbMode === 'backend' && (
        <p className="banner banner-warning">{t('planner.backendReminder')}</p>
      )}
    </div>
  );
}
