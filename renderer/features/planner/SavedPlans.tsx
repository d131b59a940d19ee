import { useTranslation } from 'react-i18next';
import type { DealPlanRow } from '../../db/index';
import { formatDate } from '../../format/format';

/** The saved plans: open one, and tick two or three to compare. */
export function SavedPlans({
  plans,
  currentId,
  selected,
  onOpen,
  onToggle,
}: {
  plans: readonly DealPlanRow[];
  currentId: string | null;
  selected: readonly string[];
  onOpen: (plan: DealPlanRow) => void;
  onToggle: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (plans.length === 0) return <p className="empty-state">{t('planner.saved.empty')}</p>;
  return (
    <>
      <p className="small muted">{t('planner.saved.compareHint')}</p>
      <ul className="saved-plans">
        {plans.map((plan) => {
          const checked = selected.includes(plan.id);
          return (
            <li key={plan.id} className={plan.id === currentId ? 'current' : undefined}>
              <input
                name="compare-plan"
                type="checkbox"
                checked={checked}
                disabled={!checked && selected.length >= 3}
                onChange={() => onToggle(plan.id)}
                aria-label={t('planner.saved.compareThis', { name: plan.name })}
              />
              <div className="saved-plan-text">
                <span className="saved-plan-name">{plan.name}</span>
                <span className="small muted">
                  {t('planner.saved.meta', {
                    date: formatDate(plan.date, i18n.language),
                    count: plan.input.lines.length,
                  })}
                </span>
              </div>
              <button
                type="button"
                onClick={() => onOpen(plan)}
                aria-label={t('planner.saved.openThis', { name: plan.name })}
                aria-current={plan.id === currentId ? 'true' : undefined}
              >
                {t('planner.saved.open')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
